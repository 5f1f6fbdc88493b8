// The relationship model's properties (issue 3, items 1-10), each shown on a small scenario.

#include "ScenarioBuilder.h"

#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/play/Play.h"
#include "rapport/play/Runner.h"

#include <doctest/doctest.h>

using namespace rapport;
using rapport::test::ScenarioBuilder;

namespace {

constexpr auto S = static_cast<std::size_t>(Dimension::Sympathie);
constexpr auto A = static_cast<std::size_t>(Dimension::Anerkennung);
constexpr auto V = static_cast<std::size_t>(Dimension::Vertrauen);
constexpr auto G = static_cast<std::size_t>(Dimension::Gegenseitigkeit);
constexpr auto I = static_cast<std::size_t>(Dimension::Intensitaet);
constexpr auto K = static_cast<std::size_t>(Dimension::Kompetenz);

/// Applies one act to a fresh copy of `state` and returns the copy.
State afterAct(const Scenario& s, State state, ChoiceIndex c, std::vector<Change>* log = nullptr) {
    ChangeSink sink{log, state.step, state.node, c};
    applyChoice(s, state, c, sink);
    return state;
}

std::int32_t gain(const State& before, const State& after, PersonaIndex p, std::size_t d) {
    return after.personas[p].dims[d] - before.personas[p].dims[d];
}

} // namespace

TEST_CASE("quality punishes imbalance: six at 65 beat five at 90 and one at 10") {
    PersonaState balanced;
    balanced.dims.fill(65 * kScale);
    PersonaState lopsided;
    lopsided.dims = {90 * kScale, 90 * kScale, 90 * kScale, 90 * kScale, 90 * kScale, 10 * kScale};
    CHECK(qualityOf(balanced) == 65 * kScale);
    CHECK(qualityOf(lopsided) < qualityOf(balanced));
    // Raising the weakest dimension is worth more than raising a strong one.
    PersonaState weakRaised = lopsided;
    weakRaised.dims[5] += 10 * kScale;
    PersonaState strongRaised = lopsided;
    strongRaised.dims[0] += 10 * kScale;
    CHECK(qualityOf(weakRaised) > qualityOf(strongRaised));
}

TEST_CASE("the result is the weighted mean of quality over the personas that count") {
    ScenarioBuilder b;
    const PersonaIndex a = b.persona("a", {}, 60);
    const PersonaIndex c = b.persona("c", {}, 20);
    b.personaRef(a).weight = 3;
    b.personaRef(c).weight = 1;
    const PersonaIndex ignored = b.persona("ignored", {}, 100);
    b.personaRef(ignored).weight = 0;
    b.ending("end");
    const Scenario s = b.build();
    const State state = initialState(s, 1);
    CHECK(resultOf(s, state) == (3 * 60 + 1 * 20) * kScale / 4);
}

TEST_CASE("stages need quality and a history: one charming conversation does not make a partner") {
    PersonaState charmed;
    charmed.dims.fill(90 * kScale);
    charmed.encounters = 1;
    CHECK(stageOf(charmed) == Stage::Acquaintance);
    charmed.encounters = 6;
    CHECK(stageOf(charmed) == Stage::Partner);
    PersonaState longButPoor;
    longButPoor.dims.fill(30 * kScale);
    longButPoor.encounters = 20;
    CHECK(stageOf(longButPoor) == Stage::Acquaintance);
    PersonaState metOnce;
    metOnce.dims.fill(5 * kScale);
    metOnce.encounters = 1;
    CHECK(stageOf(metOnce) == Stage::Acquaintance); // a soured contact is still someone you have met
    CHECK(stageOf(PersonaState{}) == Stage::Stranger);
}

TEST_CASE("every change carries a reason in both languages, for every act") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p", {Trait::Formal});
    const PersonaIndex q = b.persona("q", {Trait::Open});
    const NodeIndex d = b.decision("d", p);
    const NodeIndex end = b.ending("end");
    for (int a = 0; a < kActCount; ++a) {
        Choice& c = b.choice(d, std::string(idOf(static_cast<Act>(a))), static_cast<Act>(a), end, p);
        if (static_cast<Act>(a) == Act::Introduce) c.withSecond = q;
    }
    b.choice(d, "adjusted", Act::None, end, p).adjustments.push_back(b.adjustment(p, Dimension::Vertrauen, -7));
    const Scenario s = b.build();
    int explained = 0;
    for (ChoiceIndex c = 0; c < s.choices.size(); ++c) {
        State state = initialState(s, 1);
        state.personas[p].pressure = 40 * kScale; // so pressure erosion shows up too
        std::vector<Change> log;
        (void)afterAct(s, state, c, &log);
        for (const Change& change : log) {
            CAPTURE(s.choices[c].id);
            CHECK_FALSE(explainChange(s, nullptr, change, Lang::De).empty());
            CHECK_FALSE(explainChange(s, nullptr, change, Lang::En).empty());
            ++explained;
        }
    }
    CHECK(explained > 40);
}

TEST_CASE("personas modulate acts: a casual opener costs with a formal persona and earns with a relaxed one") {
    ScenarioBuilder b;
    const PersonaIndex formal = b.persona("formal", {Trait::Formal});
    const PersonaIndex relaxed = b.persona("relaxed", {Trait::Relaxed});
    const PersonaIndex neutral = b.persona("neutral");
    const NodeIndex d = b.decision("d");
    const NodeIndex end = b.ending("end");
    b.choice(d, "f", Act::Smalltalk, end, formal);
    b.choice(d, "r", Act::Smalltalk, end, relaxed);
    b.choice(d, "n", Act::Smalltalk, end, neutral);
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    CHECK(gain(start, afterAct(s, start, 0), formal, S) < 0);
    CHECK(gain(start, afterAct(s, start, 1), relaxed, S) > gain(start, afterAct(s, start, 2), neutral, S));
    CHECK(gain(start, afterAct(s, start, 2), neutral, S) > 0);
}

TEST_CASE("a question about a current concern earns more than a generic one") {
    ScenarioBuilder b;
    const std::uint32_t supply = b.topic("supply");
    const PersonaIndex p = b.persona("p");
    b.personaRef(p).concerns.push_back(supply);
    const NodeIndex d = b.decision("d", p);
    const NodeIndex end = b.ending("end");
    b.choice(d, "generic", Act::Question, end);
    b.choice(d, "concern", Act::Question, end).topic = supply;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State generic = afterAct(s, start, 0);
    const State concern = afterAct(s, start, 1);
    CHECK(qualityOf(concern.personas[p]) > qualityOf(generic.personas[p]));
    CHECK(gain(start, concern, p, V) > 0);
    CHECK(gain(start, generic, p, V) == 0);
}

TEST_CASE("self-disclosure deepens the contact only when the persona responds to it") {
    ScenarioBuilder b;
    const PersonaIndex open = b.persona("open", {Trait::Open});
    const PersonaIndex reserved = b.persona("reserved", {Trait::Reserved});
    const NodeIndex d = b.decision("d");
    const NodeIndex end = b.ending("end");
    b.choice(d, "o", Act::Disclose, end, open);
    b.choice(d, "r", Act::Disclose, end, reserved);
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    CHECK(gain(start, afterAct(s, start, 0), open, I) > gain(start, afterAct(s, start, 1), reserved, I));
    CHECK(gain(start, afterAct(s, start, 1), reserved, S) < 0);
}

TEST_CASE("praise has diminishing returns and repeated empty praise becomes flattery that costs trust") {
    ScenarioBuilder b;
    const std::uint32_t talk = b.topic("talk");
    const PersonaIndex p = b.persona("p");
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "specific", Act::Praise, d).topic = talk;
    b.choice(d, "empty", Act::Praise, d);
    const Scenario s = b.build();
    State state = initialState(s, 1);
    const State first = afterAct(s, state, 0);
    const State second = afterAct(s, first, 0);
    CHECK(gain(state, first, p, A) > gain(first, second, p, A));
    CHECK(gain(first, second, p, A) > 0);
    const State emptyAgain = afterAct(s, first, 1);
    CHECK(gain(first, emptyAgain, p, V) < 0);
}

TEST_CASE("pressure: gestures out of proportion to substance erode liking and trust, and the persona declines") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p", {}, 50);
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "invite", Act::Invite, d);
    b.choice(d, "pitch", Act::Pitch, d);
    const Scenario s = b.build();
    State state = initialState(s, 1);
    CHECK(willing(state.personas[p]));
    for (int i = 0; i < 7; ++i) state = afterAct(s, state, 0);
    CHECK(state.personas[p].pressure >= model::kPressureErodesFrom * kScale);
    CHECK_FALSE(willing(state.personas[p]));
    std::vector<Change> log;
    (void)afterAct(s, state, 0, &log);
    bool eroded = false;
    for (const Change& c : log) eroded = eroded || (c.reason == Reason::PressureErodes && c.delta() < 0);
    CHECK(eroded);
    // Business substance takes pressure out again.
    const State eased = afterAct(s, state, 1);
    CHECK(eased.personas[p].pressure < state.personas[p].pressure);
}

TEST_CASE("reciprocity: giving first builds trust; asking right after turns the gift into a trade; later it is redeemed") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p");
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "give", Act::Give, d);
    b.choice(d, "ask", Act::Ask, d);
    Choice& wait = b.choice(d, "wait", Act::None, d);
    wait.takes = 3 * 24 * 60;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State given = afterAct(s, start, 0);
    CHECK(gain(start, given, p, G) > 0);
    CHECK(gain(start, given, p, V) > 0);
    CHECK(given.personas[p].owed == 1);

    const State traded = afterAct(s, given, 1);
    CHECK(traded.personas[p].owed == 0);
    CHECK(gain(given, traded, p, G) < 0);

    const State later = afterAct(s, afterAct(s, given, 2), 1);
    const State waited = afterAct(s, given, 2);
    CHECK(later.personas[p].owed == 0);
    CHECK(gain(waited, later, p, G) > 0); // redeemed: the favour comes back gladly
}

TEST_CASE("time: without contact relationships drift back; face-to-face history slows the drift") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p", {}, 70);
    const NodeIndex d = b.decision("d", p);
    Choice& wait = b.choice(d, "wait", Act::None, d);
    wait.takes = 8 * 7 * 24 * 60;
    const Scenario s = b.build();
    State state = initialState(s, 1);
    State buffered = state;
    buffered.personas[p].faceEncounters = 4;
    const State after = afterAct(s, state, 0);
    const State afterBuffered = afterAct(s, buffered, 0);
    CHECK(after.personas[p].dims[I] < 70 * kScale);
    CHECK(after.personas[p].dims[I] < afterBuffered.personas[p].dims[I]);
    // Two weeks of grace: a short pause costs nothing.
    ScenarioBuilder b2;
    const PersonaIndex p2 = b2.persona("p", {}, 70);
    const NodeIndex d2 = b2.decision("d", p2);
    b2.choice(d2, "wait", Act::None, d2).takes = 10 * 24 * 60;
    const Scenario s2 = b2.build();
    const State start2 = initialState(s2, 1);
    CHECK(afterAct(s2, start2, 0).personas[p2].dims == start2.personas[p2].dims);
}

TEST_CASE("channels: richer channels carry more, the preferred channel more still, e-mail friction hurts more") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p");
    b.personaRef(p).channel = Channel::Phone;
    const NodeIndex d = b.decision("d", p);
    const NodeIndex end = b.ending("end");
    b.choice(d, "mail", Act::Followup, end).channel = Channel::Email;
    b.choice(d, "face", Act::Followup, end).channel = Channel::Face;
    b.choice(d, "phone", Act::Followup, end).channel = Channel::Phone;
    b.choice(d, "sulk-mail", Act::Sulk, end).channel = Channel::Email;
    b.choice(d, "sulk-face", Act::Sulk, end).channel = Channel::Face;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    CHECK(gain(start, afterAct(s, start, 0), p, V) < gain(start, afterAct(s, start, 1), p, V));
    CHECK(gain(start, afterAct(s, start, 2), p, V) > gain(start, afterAct(s, start, 1), p, V) * 75 / 100);
    CHECK(gain(start, afterAct(s, start, 3), p, S) < gain(start, afterAct(s, start, 4), p, S));
}

TEST_CASE("face-to-face history buffers later friction") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p", {}, 50);
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "sulk", Act::Sulk, d);
    const Scenario s = b.build();
    State fresh = initialState(s, 1);
    State known = fresh;
    known.personas[p].faceEncounters = 3;
    CHECK(gain(fresh, afterAct(s, fresh, 0), p, S) < gain(known, afterAct(s, known, 0), p, S));
}

TEST_CASE("research reveals facts within a budget; a researched opener is offered and lands better") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p");
    const std::uint32_t article = b.fact("article", p);
    const NodeIndex d = b.decision("d", p);
    Choice& research = b.choice(d, "research", Act::Research, d);
    research.takes = 30;
    research.reveals.push_back(article);
    Choice& costly = b.choice(d, "costly-research", Act::Research, d);
    costly.takes = 90;
    b.choice(d, "generic", Act::Question, d);
    b.choice(d, "prepared", Act::Question, d).uses = article;
    b.raw().researchBudget = 60;
    const Scenario s = b.build();
    State state = initialState(s, 1);
    std::vector<ChoiceIndex> open;
    openChoices(s, state, open);
    CHECK(open == std::vector<ChoiceIndex>{0, 2}); // too costly and unprepared choices are closed
    state = afterAct(s, state, 0);
    CHECK(state.budget == 30);
    CHECK(state.knows(article));
    openChoices(s, state, open);
    CHECK(open == std::vector<ChoiceIndex>{0, 2, 3});
    CHECK(qualityOf(afterAct(s, state, 3).personas[p]) > qualityOf(afterAct(s, state, 2).personas[p]));
}

TEST_CASE("introductions: a fitting one earns gratitude from both and links them; a poor fit costs more than a fit earns") {
    ScenarioBuilder b;
    const std::uint32_t web = b.topic("web");
    const std::uint32_t tax = b.topic("tax");
    const PersonaIndex manager = b.persona("manager");
    const PersonaIndex designer = b.persona("designer");
    const PersonaIndex accountant = b.persona("accountant");
    b.personaRef(manager).needs.push_back(web);
    b.personaRef(designer).offers.push_back(web);
    b.personaRef(accountant).offers.push_back(tax);
    const NodeIndex d = b.decision("d");
    const NodeIndex end = b.ending("end");
    b.choice(d, "fit", Act::Introduce, end, manager).withSecond = designer;
    b.choice(d, "misfit", Act::Introduce, end, manager).withSecond = accountant;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State fit = afterAct(s, start, 0);
    const State misfit = afterAct(s, start, 1);
    CHECK(fit.personas[manager].owed == 1);
    CHECK(fit.personas[designer].owed == 1);
    CHECK(((fit.personas[manager].links >> designer) & 1u) == 1u);
    const std::int32_t earned = qualityOf(fit.personas[manager]) - qualityOf(start.personas[manager]);
    const std::int32_t lost = qualityOf(start.personas[manager]) - qualityOf(misfit.personas[manager]);
    CHECK(earned > 0);
    CHECK(lost > earned);
    CHECK(gain(start, misfit, accountant, K) < 0);
}

TEST_CASE("meaningful encounters are counted once per encounter, not per sentence") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p");
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "ask", Act::Question, d);
    b.choice(d, "next-day", Act::None, d).takes = 24 * 60;
    const Scenario s = b.build();
    State state = initialState(s, 1);
    for (int i = 0; i < 5; ++i) state = afterAct(s, state, 0);
    CHECK(state.personas[p].encounters == 1);
    state = afterAct(s, afterAct(s, state, 1), 0);
    state = afterAct(s, state, 0);
    CHECK(state.personas[p].encounters == 2);
}

TEST_CASE("a sceptical persona spots flattery one praise earlier, even when the praise is specific") {
    ScenarioBuilder b;
    const std::uint32_t talk = b.topic("talk");
    const PersonaIndex plain = b.persona("plain");
    const PersonaIndex sceptic = b.persona("sceptic", {Trait::Sceptical});
    const NodeIndex d = b.decision("d");
    b.choice(d, "plain", Act::Praise, d, plain).topic = talk;
    b.choice(d, "sceptic", Act::Praise, d, sceptic).topic = talk;
    const Scenario s = b.build();
    State state = initialState(s, 1);
    for (int i = 0; i < 2; ++i) state = afterAct(s, afterAct(s, state, 0), 1); // two specific praises each
    std::vector<Change> log;
    const State third = afterAct(s, afterAct(s, state, 0, &log), 1, &log);
    bool plainFlattered = false, scepticFlattered = false;
    for (const Change& c : log) {
        if (c.reason != Reason::Flattery) continue;
        (c.persona == plain ? plainFlattered : scepticFlattered) = true;
    }
    CHECK_FALSE(plainFlattered);
    CHECK(scepticFlattered);
    CHECK(gain(state, third, sceptic, V) < 0);
    CHECK(gain(state, third, plain, A) > 0);
    // The fourth praise is flattery for everyone.
    std::vector<Change> fourth;
    (void)afterAct(s, third, 0, &fourth);
    bool flattered = false;
    for (const Change& c : fourth) flattered = flattered || c.reason == Reason::Flattery;
    CHECK(flattered);
}

TEST_CASE("small talk is too casual for a formal persona until the two are in contact") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p", {Trait::Formal}, 50);
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "chat", Act::Smalltalk, d);
    const Scenario s = b.build();
    State acquainted = initialState(s, 1);
    acquainted.personas[p].encounters = 1; // quality 50, one encounter: an acquaintance
    State inContact = acquainted;
    inContact.personas[p].encounters = 2; // quality 50, two encounters: a contact
    REQUIRE(stageOf(acquainted.personas[p]) == Stage::Acquaintance);
    REQUIRE(stageOf(inContact.personas[p]) == Stage::Contact);
    CHECK(gain(acquainted, afterAct(s, acquainted, 0), p, S) < 0);
    CHECK(gain(inContact, afterAct(s, inContact, 0), p, S) > 0);
}

TEST_CASE("a status-conscious persona values praise half as much again") {
    ScenarioBuilder b;
    const std::uint32_t talk = b.topic("talk");
    const PersonaIndex plain = b.persona("plain");
    const PersonaIndex status = b.persona("status", {Trait::Status});
    const NodeIndex d = b.decision("d");
    const NodeIndex end = b.ending("end");
    b.choice(d, "plain", Act::Praise, end, plain).topic = talk;
    b.choice(d, "status", Act::Praise, end, status).topic = talk;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const std::int32_t toPlain = gain(start, afterAct(s, start, 0), plain, A);
    const std::int32_t toStatus = gain(start, afterAct(s, start, 1), status, A);
    CHECK(toPlain > 0);
    CHECK(toStatus * 100 == toPlain * model::kStatusAttentionPercent);
}

TEST_CASE("scepticism cuts the trust a move aimed at the persona earns, not what an introduction earns") {
    ScenarioBuilder b;
    const std::uint32_t web = b.topic("web");
    const PersonaIndex plain = b.persona("plain");
    const PersonaIndex sceptic = b.persona("sceptic", {Trait::Sceptical});
    const PersonaIndex designer = b.persona("designer");
    b.personaRef(plain).needs.push_back(web);
    b.personaRef(sceptic).needs.push_back(web);
    b.personaRef(designer).offers.push_back(web);
    const NodeIndex d = b.decision("d");
    const NodeIndex end = b.ending("end");
    b.choice(d, "introduce-plain", Act::Introduce, end, plain).withSecond = designer;
    b.choice(d, "introduce-sceptic", Act::Introduce, end, sceptic).withSecond = designer;
    b.choice(d, "give-plain", Act::Give, end, plain);
    b.choice(d, "give-sceptic", Act::Give, end, sceptic);
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    CHECK(gain(start, afterAct(s, start, 1), sceptic, V) == gain(start, afterAct(s, start, 0), plain, V));
    CHECK(gain(start, afterAct(s, start, 3), sceptic, V) * 100 ==
          gain(start, afterAct(s, start, 2), plain, V) * model::kScepticalTrustPercent);
}

TEST_CASE("the sentence names a lean channel only where part of a gain is lost, and counts days of drift") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p", {}, 60);
    b.personaRef(p).channel = Channel::Phone; // so a meeting carries exactly all of a gain
    const NodeIndex d = b.decision("d", p);
    const NodeIndex end = b.ending("end");
    b.choice(d, "face", Act::Listen, end).channel = Channel::Face;
    b.choice(d, "video", Act::Listen, end).channel = Channel::Video;
    b.choice(d, "mail", Act::Listen, end).channel = Channel::Email;
    b.choice(d, "wait", Act::None, end).takes = 17 * 24 * 60;
    b.choice(d, "wait-long", Act::None, end).takes = 20 * 24 * 60;
    b.choice(d, "wait-short", Act::None, end).takes = 15 * 24 * 60;
    const Scenario s = b.build();
    auto sentences = [&](ChoiceIndex c, Lang lang) {
        std::vector<Change> log;
        (void)afterAct(s, initialState(s, 1), c, &log);
        std::string all;
        for (const Change& ch : log)
            if (ch.target == ChangeTarget::Dimension) all += explainChange(s, nullptr, ch, lang) + "\n";
        return all;
    };
    CHECK(sentences(0, Lang::En).find("only part of it") == std::string::npos);
    CHECK(sentences(0, Lang::De).find("nur ein Teil") == std::string::npos);
    CHECK(sentences(1, Lang::En).find("Over video only part of it comes across.") != std::string::npos);
    CHECK(sentences(2, Lang::De).find("kommt nur ein Teil an.") != std::string::npos);
    CHECK(sentences(3, Lang::De).find("Drei Tage ohne Kontakt") == std::string::npos);
    CHECK(sentences(3, Lang::De).find("3 Tage ohne Kontakt") != std::string::npos);
    CHECK(sentences(3, Lang::En).find("3 days without contact") != std::string::npos);
    CHECK(sentences(4, Lang::En).find("6 days without contact") != std::string::npos);
    CHECK(sentences(5, Lang::De).find("Ein Tag ohne Kontakt") != std::string::npos);
    CHECK(sentences(5, Lang::En).find("One day without contact") != std::string::npos);
}
