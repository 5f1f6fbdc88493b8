// Every act in a matrix of situations (persona traits, history, topic, research, channel), with
// every change it makes pinned in tests/data/golden/acts.txt: one line per act and situation,
// so a changed number, condition, factor, reason or principle of the model shows up as a changed
// line. After a deliberate change: RAPPORT_UPDATE_PINS=1 build/tests/rapport_tests -tc='*golden*'.

#include "Golden.h"
#include "ScenarioBuilder.h"

#include "rapport/model/Model.h"
#include "rapport/play/Play.h"

#include <doctest/doctest.h>

#include <functional>
#include <sstream>
#include <string>
#include <vector>

using namespace rapport;
using namespace rapport::test;

namespace {

constexpr std::int64_t kHour = 60;

/// One situation an act is tried in.
struct Situation {
    std::string label;
    std::vector<Trait> traits;
    enum class Topic { None, Concern, Interest } topic = Topic::None;
    bool usesFact = false;
    Channel channel = Channel::Face;
    Channel preferred = Channel::Face;
    bool fittingIntroduction = true;
    std::function<void(PersonaState&, State&)> history; // the persona's past, set on the start state
};

std::string traitLabel(const std::vector<Trait>& traits) {
    if (traits.empty()) return "-";
    std::string out;
    for (Trait t : traits) out += (out.empty() ? "" : "+") + std::string(idOf(t));
    return out;
}

/// The changes of one act as one line: per reason, the changes it explains.
std::string actLine(Act act, const Situation& sit) {
    ScenarioBuilder b;
    const std::uint32_t need = b.topic("need");
    const std::uint32_t interest = b.topic("interest");
    const PersonaIndex p = b.persona("p", {}, 30);
    const PersonaIndex other = b.persona("other", {}, 30);
    Persona& persona = b.personaRef(p);
    for (Trait t : sit.traits) persona.traits |= 1u << static_cast<unsigned>(t);
    persona.channel = sit.preferred;
    persona.concerns.push_back(need);
    persona.interests.push_back(interest);
    persona.needs.push_back(need);
    b.personaRef(other).offers.push_back(sit.fittingIntroduction ? need : interest);
    const std::uint32_t fact = b.fact("fact", p);
    const NodeIndex d = b.decision("d", p);
    const NodeIndex end = b.ending("end");
    Choice& c = b.choice(d, "c", act, end, p);
    c.channel = sit.channel;
    if (act == Act::Introduce) c.withSecond = other;
    if (sit.topic == Situation::Topic::Concern) c.topic = need;
    if (sit.topic == Situation::Topic::Interest) c.topic = interest;
    if (sit.usesFact) c.uses = fact;
    const Scenario s = b.build();
    State state = initialState(s, 1);
    state.time = 100 * 24 * kHour;
    state.decayedUntil = state.time;
    if (sit.usesFact) state.learn(fact);
    if (sit.history) sit.history(state.personas[p], state);
    std::vector<Change> log;
    ChangeSink sink{&log, 0, d, 0};
    applyChoice(s, state, 0, sink);

    std::ostringstream out;
    out << idOf(act) << " | " << sit.label << " | " << traitLabel(sit.traits) << " |";
    Reason last = Reason::Adjustment;
    PersonaIndex lastWho = kNone;
    bool any = false;
    for (const Change& ch : log) {
        if (ch.target == ChangeTarget::Time || ch.target == ChangeTarget::Fact || ch.target == ChangeTarget::Variable) continue;
        if (!any || ch.reason != last || ch.persona != lastWho) {
            out << (any ? ";" : "") << " " << (ch.persona == other ? "other:" : "") << idOf(ch.reason);
            if (ch.principle >= 0) out << "[" << idOf(static_cast<Principle>(ch.principle)) << (ch.violation ? "!" : "") << "]";
            if (ch.modifiers != 0) out << "{" << int{ch.modifiers} << "}";
            if (ch.count != 0) out << "#" << ch.count;
            last = ch.reason;
            lastWho = ch.persona;
            any = true;
        }
        switch (ch.target) {
        case ChangeTarget::Dimension:
            out << " " << idOf(static_cast<Dimension>(ch.dimension)).substr(0, 3) << (ch.delta() >= 0 ? "+" : "") << points(ch.delta());
            break;
        case ChangeTarget::Pressure: out << " pressure" << (ch.delta() >= 0 ? "+" : "") << points(ch.delta()); break;
        case ChangeTarget::Owed: out << " owed" << (ch.delta() >= 0 ? "+" : "") << ch.delta(); break;
        case ChangeTarget::Link: out << " linked"; break;
        default: break;
        }
    }
    if (!any) out << " (nothing)";
    const PersonaState& after = state.personas[p];
    out << " | praises " << after.praises << ", gestures " << after.gestures << ", encounters " << after.encounters << "/"
        << after.faceEncounters << ", disclosures " << after.disclosuresThisEncounter << ", gift " << after.giftThisEncounter << "\n";
    return out.str();
}

void met(PersonaState& ps, State& st) {
    ps.dims.fill(50 * kScale);
    ps.encounters = 2;
    ps.faceEncounters = 2;
    ps.lastContact = st.time - 3 * 24 * kHour;
}

std::vector<std::pair<std::string, std::function<void(PersonaState&, State&)>>> histories() {
    return {
        {"fresh", nullptr},
        {"met", met},
        {"close", [](PersonaState& ps, State& st) {
             ps.dims.fill(72 * kScale);
             ps.encounters = 6;
             ps.faceEncounters = 5;
             ps.lastContact = st.time - 2 * 24 * kHour;
         }},
        {"praised-once", [](PersonaState& ps, State& st) { met(ps, st), ps.praises = 1; }},
        {"praised-twice", [](PersonaState& ps, State& st) { met(ps, st), ps.praises = 2; }},
        {"praised-thrice", [](PersonaState& ps, State& st) { met(ps, st), ps.praises = 3; }},
        {"talked-twice-now", [](PersonaState& ps, State& st) {
             met(ps, st);
             ps.disclosuresThisEncounter = 2;
             ps.lastContact = st.time - 1 * kHour;
         }},
        {"gave-just-now", [](PersonaState& ps, State& st) {
             met(ps, st);
             ps.owed = 1;
             ps.giftThisEncounter = 1;
             ps.lastContact = st.time - 1 * kHour;
         }},
        {"gave-yesterday", [](PersonaState& ps, State& st) {
             met(ps, st);
             ps.owed = 1;
             ps.giftThisEncounter = 1;
             ps.lastContact = st.time - 20 * kHour;
         }},
        {"owes-one", [](PersonaState& ps, State& st) { met(ps, st), ps.owed = 1; }},
        {"pressed", [](PersonaState& ps, State& st) {
             met(ps, st);
             ps.pressure = 40 * kScale;
             ps.gestures = 3;
         }},
        {"pressed-hard", [](PersonaState& ps, State& st) {
             met(ps, st);
             ps.pressure = 95 * kScale;
             ps.gestures = 9;
         }},
    };
}

} // namespace

TEST_CASE("golden act matrix: every act in every situation makes the pinned changes") {
    const std::vector<std::vector<Trait>> traitSets{
        {}, {Trait::Formal}, {Trait::Relaxed}, {Trait::Busy}, {Trait::Analytical}, {Trait::Open}, {Trait::Reserved},
        {Trait::Status}, {Trait::Sceptical}, {Trait::Status, Trait::Analytical}, {Trait::Open, Trait::Reserved},
        {Trait::Sceptical, Trait::Status}, {Trait::Formal, Trait::Relaxed}, {Trait::Relaxed, Trait::Busy}};
    const std::vector<std::vector<Trait>> fewTraits{{}, {Trait::Formal}, {Trait::Reserved}, {Trait::Sceptical}, {Trait::Open}};
    std::ostringstream out;
    out << "# act | situation | traits | per reason[principle, ! = violation]{modifier bits}#count: changes | history after\n"
        << "# Rewrite after a deliberate change: RAPPORT_UPDATE_PINS=1 build/tests/rapport_tests -tc='*golden*'\n";
    int lines = 0;
    for (int a = 0; a < kActCount; ++a) {
        const Act act = static_cast<Act>(a);
        // Traits on a first meeting.
        for (const auto& traits : traitSets) {
            Situation sit;
            sit.label = "fresh";
            sit.traits = traits;
            out << actLine(act, sit);
            ++lines;
        }
        // History: stage, counters, ledger, pressure; without and with a topic.
        for (const auto& [label, history] : histories())
            for (auto topic : {Situation::Topic::None, Situation::Topic::Interest})
                for (const auto& traits : fewTraits) {
                    Situation sit;
                    sit.label = label + (topic == Situation::Topic::None ? "" : "+interest");
                    sit.topic = topic;
                    sit.traits = traits;
                    sit.history = history;
                    out << actLine(act, sit);
                    ++lines;
                }
        // Topic and research.
        for (auto topic : {Situation::Topic::None, Situation::Topic::Concern, Situation::Topic::Interest})
            for (bool uses : {false, true})
                for (const auto& traits : std::vector<std::vector<Trait>>{{}, {Trait::Analytical}, {Trait::Sceptical}}) {
                    Situation sit;
                    sit.label = std::string(topic == Situation::Topic::None ? "no-topic" : topic == Situation::Topic::Concern ? "concern" : "interest") +
                                (uses ? "+fact" : "");
                    sit.topic = topic;
                    sit.usesFact = uses;
                    sit.traits = traits;
                    sit.history = met;
                    out << actLine(act, sit);
                    ++lines;
                }
        // Channels, the preferred channel and a face-to-face history.
        for (int ch = 0; ch < kChannelCount; ++ch)
            for (Channel preferred : {Channel::Face, Channel::Phone})
                for (const auto& [label, history] : {std::pair<const char*, std::function<void(PersonaState&, State&)>>{"no-history", nullptr},
                                                     {"met", met}}) {
                    Situation sit;
                    sit.channel = static_cast<Channel>(ch);
                    sit.preferred = preferred;
                    sit.label = std::string(idOf(sit.channel)) + "/prefers-" + std::string(idOf(preferred)) + "/" + label;
                    sit.history = history;
                    out << actLine(act, sit);
                    ++lines;
                }
        if (act == Act::Introduce) {
            Situation misfit;
            misfit.label = "misfit";
            misfit.fittingIntroduction = false;
            for (const auto& traits : fewTraits) {
                misfit.traits = traits;
                out << actLine(act, misfit);
                misfit.channel = Channel::Email;
                out << actLine(act, misfit);
                misfit.channel = Channel::Face;
                lines += 2;
            }
        }
    }
    CHECK(lines > 1500);
    checkGolden("acts.txt", out.str());
}
