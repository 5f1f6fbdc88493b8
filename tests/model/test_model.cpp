// The relationship model, version 2 (issue 12): quality and stages, then each of the ten principles
// shown on small situations, in both directions where a principle has two. The expert cases in
// tests/judgments/ check the same through `rapport play --json`, as an outside reader would.

#include "ScenarioBuilder.h"

#include "rapport/model/ActRules.h"
#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/play/Play.h"

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
constexpr std::int64_t kDay = 24 * 60;

/// Applies one choice to a copy of `state` and returns the copy.
State afterAct(const Scenario& s, State state, ChoiceIndex c, std::vector<Change>* log = nullptr) {
    ChangeSink sink{log, state.step, state.node, c};
    applyChoice(s, state, c, sink);
    return state;
}

/// Lets `days` pass without contact.
State afterDays(const Scenario& s, State state, std::int64_t days) {
    ChangeSink sink;
    advanceTime(s, state, days * kDay, sink);
    return state;
}

std::int32_t gain(const State& before, const State& after, PersonaIndex p, std::size_t d) {
    return after.personas[p].dims[d] - before.personas[p].dims[d];
}

std::int32_t points(int p) { return p * kScale; }

/// A persona at a stage's typical levels with a matching history, as format 2 sets it up.
PersonaIndex personaAt(ScenarioBuilder& b, const std::string& id, Stage stage, std::initializer_list<Trait> traits = {}) {
    const PersonaIndex p = b.persona(id, traits);
    StartRelationship& start = b.personaRef(p).start;
    start.dimensions = model::kStageProfile[static_cast<std::size_t>(stage)];
    start.encounters = model::kStageRules[static_cast<std::size_t>(stage)].encounters;
    start.inPerson = start.encounters / 2;
    start.knownFor = std::int64_t{model::kStageKnownForDays[static_cast<std::size_t>(stage)]} * kDay;
    b.personaRef(p).hasPreferredChannel = false;
    return p;
}

} // namespace

TEST_CASE("quality punishes imbalance: six at 65 beat five at 90 and one at 10") {
    PersonaState balanced;
    balanced.dims.fill(65 * kScale);
    PersonaState lopsided;
    lopsided.dims = {90 * kScale, 90 * kScale, 90 * kScale, 90 * kScale, 90 * kScale, 10 * kScale};
    CHECK(qualityOf(balanced) == 65 * kScale);
    CHECK(qualityOf(lopsided) < qualityOf(balanced));
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

TEST_CASE("stages need quality and a history, and the typical profile of each stage carries it") {
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
    CHECK(stageOf(PersonaState{}) == Stage::Stranger);
    for (int st = 0; st < kStageCount; ++st) {
        PersonaState typical;
        for (std::size_t d = 0; d < kDimensionCount; ++d) typical.dims[d] = model::kStageProfile[static_cast<std::size_t>(st)][d] * kScale;
        typical.encounters = model::kStageRules[static_cast<std::size_t>(st)].encounters;
        CAPTURE(st);
        CHECK(stageOf(typical) == static_cast<Stage>(st));
    }
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
    CHECK(explained > 60);
}

// --- 1. Time ------------------------------------------------------------------------------------

TEST_CASE("time: a stranger is not cold on everything, and silence changes nothing at a stranger's level") {
    ScenarioBuilder b;
    const PersonaIndex p = personaAt(b, "stranger", Stage::Stranger);
    b.ending("end");
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    CHECK(start.personas[p].dims[V] > start.personas[p].dims[I]);
    CHECK(start.personas[p].dims[K] > start.personas[p].dims[I]);
    const State later = afterDays(s, start, 180);
    CHECK(later.personas[p].dims == start.personas[p].dims);
}

TEST_CASE("time: silence cools gradually, depth and liking before trust and competence, and never raises a value") {
    ScenarioBuilder b;
    const PersonaIndex p = personaAt(b, "contact", Stage::Contact);
    b.personaRef(p).start.dimensions = {60, 60, 60, 60, 60, 60};
    const PersonaIndex grudge = personaAt(b, "grudge", Stage::Contact);
    b.personaRef(grudge).start.dimensions = {20, 20, 15, 20, 10, 20};
    b.ending("end");
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State twoWeeks = afterDays(s, start, 14);
    const State twoMonths = afterDays(s, start, 60);
    const State sixMonths = afterDays(s, start, 180);
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        CHECK(gain(start, twoWeeks, p, d) == 0);
        CHECK(gain(start, twoMonths, p, d) >= gain(start, sixMonths, p, d)); // losses only grow
        CHECK(gain(start, sixMonths, grudge, d) == 0);                        // a grudge does not heal in silence
    }
    const auto lost = [&](std::size_t d) { return -gain(start, sixMonths, p, d); };
    CHECK(lost(I) >= points(5));
    CHECK(lost(I) > lost(S));
    CHECK(lost(S) > lost(V));
    CHECK(lost(V) > lost(K));
    CHECK(lost(K) <= points(4));
}

TEST_CASE("time: a long, rich history cools slower and keeps more") {
    ScenarioBuilder b;
    const PersonaIndex old = personaAt(b, "old", Stage::Relationship);
    const PersonaIndex fresh = personaAt(b, "fresh", Stage::Contact);
    for (PersonaIndex p : {old, fresh}) b.personaRef(p).start.dimensions = {65, 65, 65, 65, 65, 65};
    b.personaRef(old).start.encounters = 30;
    b.personaRef(old).start.inPerson = 20;
    b.personaRef(old).start.knownFor = 8 * 365 * kDay;
    b.personaRef(fresh).start.knownFor = 120 * kDay;
    b.personaRef(fresh).start.inPerson = 0;
    b.ending("end");
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State year = afterDays(s, start, 365);
    for (std::size_t d = 0; d < kDimensionCount; ++d) CHECK(year.personas[old].dims[d] > year.personas[fresh].dims[d]);
    CHECK(-gain(start, year, fresh, I) >= points(10));
}

TEST_CASE("time: a relationship holds with a meaningful contact every quarter and slips without one") {
    ScenarioBuilder b;
    const PersonaIndex kept = personaAt(b, "kept", Stage::Relationship);
    const PersonaIndex left = personaAt(b, "left", Stage::Relationship);
    const std::uint32_t orders = b.topic("orders");
    b.personaRef(kept).concerns.push_back(orders);
    const NodeIndex d = b.decision("d", kept);
    b.choice(d, "call", Act::Followup, d).topic = orders;
    b.raw().choices.back().channel = Channel::Phone;
    const Scenario s = b.build();
    State state = initialState(s, 1);
    for (int quarter = 0; quarter < 4; ++quarter) state = afterAct(s, afterDays(s, state, 91), 0);
    CHECK(stageOf(state.personas[kept]) >= Stage::Relationship);
    CHECK(stageOf(state.personas[left]) < Stage::Relationship);
}

TEST_CASE("time: people present in the scene, own colleagues and contact off stage do not cool") {
    ScenarioBuilder b;
    const PersonaIndex colleague = personaAt(b, "colleague", Stage::Relationship);
    b.personaRef(colleague).colleague = true;
    const PersonaIndex routine = personaAt(b, "routine", Stage::Contact);
    b.personaRef(routine).routine = 7 * kDay;
    const PersonaIndex present = personaAt(b, "present", Stage::Contact);
    const PersonaIndex absent = personaAt(b, "absent", Stage::Contact);
    const NodeIndex d = b.decision("d", present);
    b.choice(d, "long-meeting", Act::None, d).takes = 90 * kDay;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State after = afterAct(s, start, 0);
    for (PersonaIndex p : {colleague, routine, present})
        for (std::size_t dim = 0; dim < kDimensionCount; ++dim) CHECK(gain(start, after, p, dim) == 0);
    CHECK(gain(start, after, absent, I) < 0);
}

// --- 2. Substance versus gesture ------------------------------------------------------------------

TEST_CASE("substance and gesture: a gesture after substance earns, gestures without it build pressure and cost trust") {
    ScenarioBuilder b;
    const PersonaIndex p = personaAt(b, "p", Stage::Acquaintance);
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "chat", Act::Smalltalk, d).channel = Channel::Phone;
    b.choice(d, "gift", Act::Gift, d).value = Value::Token;
    b.choice(d, "praise", Act::Praise, d);
    const std::uint32_t need = b.topic("need");
    b.personaRef(p).concerns.push_back(need);
    b.choice(d, "help", Act::Give, d).topic = need;
    b.choice(d, "lunch", Act::Invite, d).value = Value::Token;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    // Four gestures within three weeks, no substance.
    State courted = start;
    const ChoiceIndex order[] = {2, 0, 1, 0};
    std::int32_t lastPressure = 0;
    for (int i = 0; i < 4; ++i) {
        courted = afterDays(s, afterAct(s, courted, order[i]), 7);
        if (i >= 1) CHECK(courted.personas[p].pressure >= lastPressure);
        lastPressure = courted.personas[p].pressure;
    }
    CHECK(courted.personas[p].pressure > 0);
    CHECK(courted.personas[p].dims[V] < start.personas[p].dims[V]);
    // Substance first, then the same kind of gesture: no pressure.
    const State helped = afterAct(s, afterAct(s, start, 3), 4);
    CHECK(helped.personas[p].pressure == 0);
    CHECK(gain(start, helped, p, S) > 0);
    // Substance eases pressure by a share, not all at once.
    const State eased = afterAct(s, courted, 3);
    CHECK(eased.personas[p].pressure < courted.personas[p].pressure);
    CHECK(eased.personas[p].pressure > 0);
}

TEST_CASE("substance and gesture: unsolicited selling is pressure, an offer that was asked for is not") {
    ScenarioBuilder b;
    const PersonaIndex p = personaAt(b, "p", Stage::Contact, {Trait::Analytical});
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "pitch", Act::Pitch, d).channel = Channel::Email;
    Choice& asked = b.choice(d, "quote", Act::Pitch, d);
    asked.channel = Channel::Email;
    asked.asked = true;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State pitched = afterAct(s, start, 0);
    const State quoted = afterAct(s, start, 1);
    CHECK(pitched.personas[p].pressure > 0);
    CHECK(gain(start, pitched, p, K) <= 0);
    CHECK(gain(start, pitched, p, S) <= 0);
    CHECK(quoted.personas[p].pressure == 0);
    CHECK(gain(start, quoted, p, K) > 0);
}

// --- 3. Competence ---------------------------------------------------------------------------------

TEST_CASE("competence: expertise on a real concern earns it, selling at the same concern does not") {
    ScenarioBuilder b;
    const std::uint32_t migration = b.topic("migration");
    const PersonaIndex p = personaAt(b, "p", Stage::Acquaintance, {Trait::Analytical});
    b.personaRef(p).concerns.push_back(migration);
    const NodeIndex d = b.decision("d", p);
    Choice& help = b.choice(d, "help", Act::Give, d);
    help.topic = migration;
    help.channel = Channel::Phone;
    Choice& sell = b.choice(d, "sell", Act::Pitch, d);
    sell.topic = migration;
    sell.channel = Channel::Phone;
    b.choice(d, "deliver", Act::Deliver, d).channel = Channel::Email;
    b.choice(d, "dinner", Act::Smalltalk, d);
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State helped = afterAct(s, start, 0);
    const State sold = afterAct(s, start, 1);
    CHECK(gain(start, helped, p, K) >= points(5));
    CHECK(gain(start, helped, p, K) <= points(9));
    CHECK(helped.personas[p].owed == 1);
    CHECK(gain(start, sold, p, K) <= 0);
    CHECK(sold.personas[p].pressure > 0);
    CHECK(gain(start, afterAct(s, start, 2), p, K) > 0);
    CHECK(std::abs(gain(start, afterAct(s, start, 3), p, K)) < points(1)); // a pleasant chat is not competence
}

// --- 4. Repetition ---------------------------------------------------------------------------------

TEST_CASE("repetition: empty check-ins wear thin and turn into annoyance, useful ones keep earning") {
    ScenarioBuilder b;
    const std::uint32_t worry = b.topic("worry");
    const PersonaIndex busy = personaAt(b, "busy", Stage::Contact, {Trait::Busy});
    const PersonaIndex open = personaAt(b, "open", Stage::Contact, {Trait::Open});
    b.personaRef(open).concerns.push_back(worry);
    const NodeIndex d = b.decision("d", busy);
    b.choice(d, "checkin", Act::Followup, d, busy).channel = Channel::Email;
    Choice& article = b.choice(d, "article", Act::Followup, d, open);
    article.channel = Channel::Email;
    article.topic = worry;
    const Scenario s = b.build();
    State state = initialState(s, 1);
    const State start = state;
    std::int32_t firstGain = 0, lastGain = 0;
    for (int week = 0; week < 6; ++week) {
        const State before = state;
        state = afterDays(s, afterAct(s, state, 0), 7);
        const std::int32_t g = gain(before, afterAct(s, before, 0), busy, S);
        if (week == 0) firstGain = g;
        if (week == 5) lastGain = g;
    }
    CHECK(firstGain >= 0);
    CHECK(lastGain < 0);
    CHECK(state.personas[busy].dims[S] < start.personas[busy].dims[S]);
    CHECK(state.personas[busy].pressure > 0);
    State monthly = initialState(s, 1);
    std::int32_t first = 0, fifth = 0;
    for (int month = 0; month < 5; ++month) {
        const std::int32_t g = gain(monthly, afterAct(s, monthly, 1), open, K);
        CHECK(g > 0);
        if (month == 0) first = g;
        if (month == 4) fifth = g;
        monthly = afterDays(s, afterAct(s, monthly, 1), 30);
    }
    CHECK(fifth <= first);
    CHECK(monthly.personas[open].pressure == 0);
}

TEST_CASE("repetition: praise turns into flattery, a sceptic spots it one praise earlier") {
    ScenarioBuilder b;
    const std::uint32_t talk = b.topic("talk");
    const PersonaIndex open = personaAt(b, "open", Stage::Stranger, {Trait::Open});
    const PersonaIndex sceptic = personaAt(b, "sceptic", Stage::Stranger, {Trait::Sceptical});
    const NodeIndex d = b.decision("d");
    b.choice(d, "open", Act::Praise, d, open).topic = talk;
    b.choice(d, "sceptic", Act::Praise, d, sceptic).topic = talk;
    const Scenario s = b.build();
    State state = initialState(s, 1);
    std::vector<std::int32_t> toOpen, toSceptic;
    for (int i = 0; i < 3; ++i) {
        const State before = state;
        state = afterAct(s, afterAct(s, state, 0), 1);
        toOpen.push_back(gain(before, state, open, A));
        toSceptic.push_back(gain(before, state, sceptic, A));
    }
    CHECK(toOpen[0] > toOpen[1]);
    CHECK(toOpen[1] > 0);
    CHECK(toOpen[2] <= 0);
    CHECK(toSceptic[1] <= 0);
}

// --- 5. Specificity ---------------------------------------------------------------------------------

TEST_CASE("specificity: a prepared opener earns more than a generic one, the generic costs with a sceptic, not an open person") {
    ScenarioBuilder b;
    const std::uint32_t article = b.topic("article");
    const PersonaIndex boss = personaAt(b, "boss", Stage::Stranger, {Trait::Status});
    b.personaRef(boss).interests.push_back(article);
    const std::uint32_t fact = b.fact("her-article", boss);
    const PersonaIndex sceptic = personaAt(b, "sceptic", Stage::Acquaintance, {Trait::Sceptical});
    const PersonaIndex open = personaAt(b, "open", Stage::Acquaintance, {Trait::Open, Trait::Relaxed});
    const NodeIndex d = b.decision("d", boss);
    Choice& prepared = b.choice(d, "prepared", Act::Question, d);
    prepared.topic = article;
    prepared.uses = fact;
    b.choice(d, "generic", Act::Question, d);
    b.choice(d, "compliment-sceptic", Act::Praise, d, sceptic);
    b.choice(d, "compliment-open", Act::Praise, d, open);
    const Scenario s = b.build();
    State start = initialState(s, 1);
    start.learn(fact);
    CHECK(gain(start, afterAct(s, start, 0), boss, A) >= gain(start, afterAct(s, start, 1), boss, A) + points(4));
    CHECK(gain(start, afterAct(s, start, 2), sceptic, V) < 0);
    CHECK(gain(start, afterAct(s, start, 3), open, S) > 0);
}

// --- 6. History and personality --------------------------------------------------------------------

TEST_CASE("history and personality: the same lunch lands better with an old companion, openness is answered by the open") {
    ScenarioBuilder b;
    const PersonaIndex companion = personaAt(b, "companion", Stage::Relationship);
    const PersonaIndex newcomer = personaAt(b, "newcomer", Stage::Acquaintance);
    const PersonaIndex open = personaAt(b, "open", Stage::Contact, {Trait::Open});
    const PersonaIndex reserved = personaAt(b, "reserved", Stage::Contact, {Trait::Reserved});
    const NodeIndex d = b.decision("d");
    b.choice(d, "lunch-old", Act::Invite, d, companion).channel = Channel::Phone;
    b.choice(d, "lunch-new", Act::Invite, d, newcomer).channel = Channel::Phone;
    b.choice(d, "share-open", Act::Disclose, d, open);
    b.choice(d, "share-reserved", Act::Disclose, d, reserved);
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State toOld = afterAct(s, start, 0);
    const State toNew = afterAct(s, start, 1);
    CHECK(gain(start, toOld, companion, S) > gain(start, toNew, newcomer, S));
    CHECK(toOld.personas[companion].pressure == 0);
    CHECK(toNew.personas[newcomer].pressure > 0);
    CHECK(gain(start, afterAct(s, start, 2), open, I) >= gain(start, afterAct(s, start, 3), reserved, I) + points(3));
}

// --- 7. Requests ------------------------------------------------------------------------------------

TEST_CASE("requests: a likeable contact without substance gets a friendly no, after real giving it is a yes") {
    ScenarioBuilder b;
    const std::uint32_t need = b.topic("need");
    const PersonaIndex likeable = personaAt(b, "likeable", Stage::Contact);
    b.personaRef(likeable).start.dimensions = {75, 45, 45, 40, 55, 35};
    const PersonaIndex helped = personaAt(b, "helped", Stage::Contact);
    b.personaRef(helped).concerns.push_back(need);
    const NodeIndex d = b.decision("d");
    b.choice(d, "ask-likeable", Act::Ask, d, likeable);
    b.choice(d, "help", Act::Give, d, helped).topic = need;
    b.choice(d, "ask-helped", Act::Ask, d, helped).channel = Channel::Phone;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    CHECK(willingnessOf(s, start, likeable) < model::kGrantedFrom);
    const State refused = afterAct(s, start, 0);
    CHECK(refused.personas[likeable].owed == 0); // asking books nothing that was not granted
    CHECK(gain(start, refused, likeable, S) > -points(5));
    // Help, then ask weeks later: a normal step, granted, and now the player owes.
    State later = afterDays(s, afterAct(s, start, 1), 30);
    later = afterAct(s, afterAct(s, later, 1), 1);
    later = afterDays(s, later, 14);
    const std::int32_t owedBefore = later.personas[helped].owed;
    CHECK(requestGrade(later.personas[helped], Channel::Phone, RequestSize::Medium) >= model::kGrantedFrom);
    const State granted = afterAct(s, later, 2);
    CHECK(granted.personas[helped].owed == owedBefore - 1);
}

TEST_CASE("requests: right after giving it is a trade, size, channel, pressure and the ledger shape the grade") {
    ScenarioBuilder b;
    const std::uint32_t need = b.topic("need");
    const PersonaIndex p = personaAt(b, "p", Stage::Contact);
    b.personaRef(p).concerns.push_back(need);
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "help", Act::Give, d).topic = need;
    b.choice(d, "ask", Act::Ask, d);
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State given = afterAct(s, start, 0);
    const State traded = afterAct(s, given, 1);
    CHECK(traded.personas[p].dims[G] < given.personas[p].dims[G]);
    CHECK(traded.personas[p].dims[S] < given.personas[p].dims[S]);
    PersonaState ps = start.personas[p];
    CHECK(requestGrade(ps, Channel::Face, RequestSize::Small) > requestGrade(ps, Channel::Face, RequestSize::Large));
    CHECK(requestGrade(ps, Channel::Face, RequestSize::Medium) >= requestGrade(ps, Channel::Phone, RequestSize::Medium));
    CHECK(requestGrade(ps, Channel::Phone, RequestSize::Medium) > requestGrade(ps, Channel::Email, RequestSize::Medium));
    CHECK(requestGrade(ps, Channel::Email, RequestSize::Medium) > requestGrade(ps, Channel::Sms, RequestSize::Medium));
    PersonaState owes = ps, owing = ps, pressed = ps;
    owes.owed = 1;
    owing.owed = -2;
    pressed.pressure = 40 * kScale;
    const int base = requestGrade(ps, Channel::Phone, RequestSize::Medium);
    CHECK(requestGrade(owes, Channel::Phone, RequestSize::Medium) > base);
    CHECK(requestGrade(owing, Channel::Phone, RequestSize::Medium) < base);
    CHECK(requestGrade(pressed, Channel::Phone, RequestSize::Medium) < base);
}

// --- 8. The events the seeds need -------------------------------------------------------------------

TEST_CASE("events: a trusted voucher lends trust, a doubtful one hardly, a handover gives a start, not the history") {
    ScenarioBuilder b;
    const PersonaIndex target = personaAt(b, "target", Stage::Stranger, {Trait::Sceptical});
    const PersonaIndex other = personaAt(b, "other", Stage::Stranger, {Trait::Sceptical});
    const PersonaIndex voucher = personaAt(b, "voucher", Stage::Partner);
    const PersonaIndex successor = personaAt(b, "successor", Stage::Stranger);
    b.ending("end");
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    State high = start, low = start, handed = start;
    ChangeSink sink;
    applyVouch(s, high, target, voucher, Standing::High, sink);
    applyVouch(s, low, other, voucher, Standing::Low, sink);
    applyHandover(s, handed, successor, voucher, sink);
    CHECK(gain(start, high, target, V) >= points(5));
    CHECK(gain(start, low, other, V) <= points(1));
    CHECK(high.personas[voucher].owed == -1); // the player owes the voucher
    CHECK(gain(start, handed, successor, V) >= points(5));
    CHECK(gain(start, handed, successor, S) == 0);
    CHECK(stageOf(handed.personas[successor]) <= Stage::Contact);
}

TEST_CASE("events: own failures cost trust, less when announced in time, more the second time, repair gives back part") {
    ScenarioBuilder b;
    const PersonaIndex p = personaAt(b, "p", Stage::Contact);
    const NodeIndex d = b.decision("d", p);
    Choice& missed = b.choice(d, "missed", Act::Letdown, d);
    missed.failure = Failure::MissedDelivery;
    Choice& warned = b.choice(d, "warned", Act::Letdown, d);
    warned.failure = Failure::MissedDelivery;
    warned.warned = true;
    b.choice(d, "sorry", Act::Apologize, d);
    b.choice(d, "deliver", Act::Deliver, d);
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State once = afterAct(s, start, 0);
    const State twice = afterAct(s, once, 0);
    const State announced = afterAct(s, start, 1);
    CHECK(-gain(start, once, p, V) >= points(5));
    CHECK(-gain(start, announced, p, V) * 2 <= -gain(start, once, p, V));
    CHECK(-gain(once, twice, p, V) > -gain(start, once, p, V));
    const State repaired = afterAct(s, afterAct(s, once, 2), 3);
    CHECK(repaired.personas[p].dims[V] > once.personas[p].dims[V]);
    CHECK(repaired.personas[p].dims[K] < start.personas[p].dims[K] + points(4)); // a repair is not a gain
}

TEST_CASE("events: an honest no beats a promise that cannot be kept once it breaks, informing beats going around") {
    ScenarioBuilder b;
    const PersonaIndex p = personaAt(b, "p", Stage::Contact, {Trait::Formal, Trait::Status});
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "candid", Act::Candid, d).channel = Channel::Phone;
    b.choice(d, "overpromise", Act::Overpromise, d).channel = Channel::Phone;
    b.choice(d, "inform", Act::Inform, d);
    b.choice(d, "bypass", Act::Bypass, d);
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State honest = afterDays(s, afterAct(s, start, 0), 60);
    const State promised = afterAct(s, start, 1);
    const State broken = afterDays(s, promised, 60);
    for (std::size_t dim = 0; dim < kDimensionCount; ++dim) CHECK(gain(start, promised, p, dim) < points(5));
    CHECK(gain(start, afterAct(s, start, 0), p, V) > 0);
    CHECK(-gain(promised, broken, p, V) >= points(10));
    CHECK(honest.personas[p].dims[V] >= broken.personas[p].dims[V] + points(10));
    CHECK(gain(start, afterAct(s, start, 2), p, A) > 0);
    CHECK(-gain(start, afterAct(s, start, 3), p, V) >= points(10));
}

TEST_CASE("events: fair firmness earns respect, an ultimatum makes an opponent, a concrete next step is no trade") {
    ScenarioBuilder b;
    const PersonaIndex p = personaAt(b, "p", Stage::Relationship, {Trait::Analytical});
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "firm", Act::Bargain, d);
    b.choice(d, "ultimatum", Act::Bargain, d).ultimatum = true;
    b.choice(d, "next-step", Act::Propose, d);
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State firm = afterAct(s, start, 0);
    const State threat = afterAct(s, start, 1);
    const State proposed = afterAct(s, start, 2);
    CHECK(gain(start, firm, p, K) >= 0);
    CHECK(gain(start, firm, p, G) > -points(2));
    CHECK(-gain(start, threat, p, V) >= points(5));
    CHECK(-gain(start, threat, p, G) >= points(5));
    CHECK(threat.personas[p].pressure >= points(5));
    CHECK(proposed.personas[p].owed == start.personas[p].owed);
    CHECK(proposed.personas[p].pressure == 0);
    CHECK(gain(start, proposed, p, I) > 0);
}

TEST_CASE("events: a gift within the rules pleases, during a tender or above the rules it costs trust, lavish most") {
    ScenarioBuilder b;
    const PersonaIndex p = personaAt(b, "p", Stage::Contact, {Trait::Formal});
    b.personaRef(p).strictGifts = true;
    const NodeIndex d = b.decision("d", p);
    b.choice(d, "book", Act::Gift, d).value = Value::Token;
    b.choice(d, "wine", Act::Gift, d).value = Value::Lavish;
    const Scenario s = b.build();
    const State calm = initialState(s, 1);
    State tender = calm;
    tender.personas[p].flags |= kFlagTender;
    const std::int32_t a = afterAct(s, calm, 0).personas[p].dims[V];
    const std::int32_t bb = afterAct(s, tender, 0).personas[p].dims[V];
    const std::int32_t c = afterAct(s, calm, 1).personas[p].dims[V];
    const std::int32_t dd = afterAct(s, tender, 1).personas[p].dims[V];
    CHECK(a > bb);
    CHECK(bb > c);
    CHECK(c > dd);
    CHECK(gain(calm, afterAct(s, calm, 0), p, S) > 0);
    CHECK(-gain(calm, afterAct(s, calm, 1), p, V) >= points(10));
}

// --- 9. Channels and moments ------------------------------------------------------------------------

TEST_CASE("channels: richer channels carry more warmth, face to face most, competence travels too, the preferred channel adds") {
    ScenarioBuilder b;
    const std::uint32_t project = b.topic("project");
    const PersonaIndex p = personaAt(b, "p", Stage::Contact);
    b.personaRef(p).concerns.push_back(project);
    const PersonaIndex caller = personaAt(b, "caller", Stage::Contact);
    b.personaRef(caller).channel = Channel::Phone;
    b.personaRef(caller).hasPreferredChannel = true;
    b.personaRef(caller).concerns.push_back(project);
    const NodeIndex d = b.decision("d", p);
    for (int c = 0; c < kChannelCount; ++c) {
        Choice& q = b.choice(d, std::string(idOf(static_cast<Channel>(c))), Act::Followup, d);
        q.topic = project;
        q.channel = static_cast<Channel>(c);
    }
    Choice& call = b.choice(d, "call-caller", Act::Followup, d, caller);
    call.topic = project;
    call.channel = Channel::Phone;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    std::vector<std::int32_t> depth, competence;
    for (ChoiceIndex c = 0; c < kChannelCount; ++c) {
        const State after = afterAct(s, start, c);
        depth.push_back(gain(start, after, p, I));
        competence.push_back(gain(start, after, p, K));
    }
    for (std::size_t c = 1; c < depth.size(); ++c) CHECK(depth[c] >= depth[c - 1]);
    CHECK(depth[static_cast<std::size_t>(Channel::Face)] >= depth[static_cast<std::size_t>(Channel::Video)] + points(1));
    CHECK(competence.back() - competence.front() <= points(3));
    std::vector<Change> log;
    const State called = afterAct(s, start, kChannelCount, &log);
    CHECK(gain(start, called, caller, S) > gain(start, afterAct(s, start, static_cast<ChoiceIndex>(Channel::Phone)), p, S));
    bool named = false;
    for (const Change& c : log)
        if (c.persona == caller && c.delta() > 0 && (c.modifiers & kModPreferred)) named = true;
    CHECK(named);
}

TEST_CASE("channels and moments: an avoided channel or a bad moment costs, the same call at a good moment earns") {
    ScenarioBuilder b;
    const PersonaIndex board = personaAt(b, "board", Stage::Acquaintance, {Trait::Formal, Trait::Status});
    b.personaRef(board).avoidsEffective = static_cast<std::uint8_t>(1u << static_cast<unsigned>(Channel::Messenger));
    const PersonaIndex cfo = personaAt(b, "cfo", Stage::Contact, {Trait::Formal, Trait::Busy});
    const NodeIndex d = b.decision("d");
    b.choice(d, "messenger", Act::Followup, d, board).channel = Channel::Messenger;
    b.choice(d, "mail", Act::Followup, d, board).channel = Channel::Email;
    Choice& late = b.choice(d, "quarter-close", Act::Followup, d, cfo);
    late.channel = Channel::Phone;
    late.inconvenient = true;
    b.choice(d, "april", Act::Followup, d, cfo).channel = Channel::Phone;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State messaged = afterAct(s, start, 0);
    CHECK(gain(start, messaged, board, A) < 0);
    CHECK(messaged.personas[board].pressure > 0);
    CHECK(gain(start, afterAct(s, start, 1), board, A) >= 0);
    const State interrupted = afterAct(s, start, 2);
    CHECK(gain(start, interrupted, cfo, S) < 0);
    CHECK(gain(start, interrupted, cfo, I) <= 0);
    CHECK(gain(start, afterAct(s, start, 3), cfo, S) > 0);
}

// --- 10. Introductions ---------------------------------------------------------------------------------

TEST_CASE("introductions: a fitting one earns from both and links them, an unfitting one costs most with who received it") {
    ScenarioBuilder b;
    b.raw().format = 2;
    const std::uint32_t web = b.topic("web");
    const std::uint32_t sap = b.topic("sap");
    const PersonaIndex client = personaAt(b, "client", Stage::Relationship);
    const PersonaIndex designer = personaAt(b, "designer", Stage::Contact);
    b.personaRef(client).needs.push_back(web);
    b.personaRef(designer).offers.push_back(web);
    const PersonaIndex cfo = personaAt(b, "cfo", Stage::Contact, {Trait::Analytical});
    const PersonaIndex generalist = personaAt(b, "generalist", Stage::Acquaintance);
    b.personaRef(cfo).needs.push_back(sap);
    const NodeIndex d = b.decision("d");
    Choice& fit = b.choice(d, "fit", Act::Introduce, d, client);
    fit.withSecond = designer;
    fit.asked = true;
    b.choice(d, "misfit", Act::Introduce, d, cfo).withSecond = generalist;
    const Scenario s = b.build();
    const State start = initialState(s, 1);
    const State fitted = afterAct(s, start, 0);
    const State misfitted = afterAct(s, start, 1);
    for (PersonaIndex p : {client, designer}) {
        CHECK(gain(start, fitted, p, G) > 0);
        CHECK(fitted.personas[p].owed == 1);
        for (std::size_t dim = 0; dim < kDimensionCount; ++dim) CHECK(gain(start, fitted, p, dim) < points(10));
    }
    CHECK(((fitted.personas[client].links >> designer) & 1u) == 1u);
    const std::int32_t receiverLoss = -gain(start, misfitted, cfo, V);
    CHECK(receiverLoss >= points(5));
    for (std::size_t dim = 0; dim < kDimensionCount; ++dim) CHECK(-gain(start, misfitted, generalist, dim) < receiverLoss);
    CHECK(receiverLoss > gain(start, fitted, client, V));
}
