// The act table (ActRules.h) as the one source of every act: each variant can be taken, the
// analyzer's bounds hold whatever the situation, the trace of factors explains the numbers, and
// every reason has exactly one principle.

#include "ScenarioBuilder.h"

#include "rapport/model/ActRules.h"
#include "rapport/model/Drift.h"
#include "rapport/play/Play.h"

#include <doctest/doctest.h>

#include <thread>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

using namespace rapport;
using rapport::test::ScenarioBuilder;

namespace {

constexpr std::int64_t kDay = 24 * 60;

/// A small generator, so the situations are the same on every run.
struct Rng {
    std::uint64_t s;
    std::uint32_t next(std::uint32_t n) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>((s >> 33) % n);
    }
};

/// A random situation for an act: a persona with random traits and history, a choice with a
/// random channel, topic and research.
struct RandomSituation {
    Scenario scenario;
    State state;
    PersonaIndex who = 0;

    RandomSituation(Act act, Rng& rng) {
        ScenarioBuilder b;
        const std::uint32_t need = b.topic("need");
        const std::uint32_t other = b.topic("other");
        const PersonaIndex p = b.persona("p", {}, 30);
        const PersonaIndex q = b.persona("q", {}, 30);
        b.personaRef(p).traits = rng.next(256);
        b.personaRef(q).traits = rng.next(256);
        b.personaRef(p).channel = static_cast<Channel>(rng.next(kChannelCount));
        b.personaRef(q).channel = static_cast<Channel>(rng.next(kChannelCount));
        if (rng.next(2) != 0) b.personaRef(p).concerns.push_back(need);
        if (rng.next(2) != 0) b.personaRef(p).interests.push_back(rng.next(2) != 0 ? need : other);
        if (rng.next(2) != 0) b.personaRef(p).needs.push_back(need);
        if (rng.next(2) != 0) b.personaRef(q).offers.push_back(need);
        for (PersonaIndex x : {p, q}) {
            Persona& persona = b.personaRef(x);
            persona.hasPreferredChannel = rng.next(4) != 0;
            persona.avoidsEffective = static_cast<std::uint8_t>(rng.next(3) == 0 ? 1u << rng.next(kChannelCount) : 0u);
            persona.strictGifts = rng.next(3) == 0;
        }
        b.raw().format = 1 + static_cast<int>(rng.next(2));
        const std::uint32_t fact = b.fact("f", p);
        const NodeIndex d = b.decision("d", p);
        const NodeIndex end = b.ending("end");
        Choice& c = b.choice(d, "c", act, end, p);
        if (act == Act::Introduce) c.withSecond = q;
        c.channel = static_cast<Channel>(rng.next(kChannelCount));
        const std::uint32_t topic = rng.next(3);
        c.topic = topic == 0 ? kNone : topic == 1 ? need : other;
        if (rng.next(2) != 0) c.uses = fact;
        c.asked = rng.next(3) == 0;
        c.value = static_cast<Value>(rng.next(3));
        c.size = static_cast<RequestSize>(rng.next(3));
        c.failure = static_cast<Failure>(rng.next(6));
        c.warned = rng.next(2) != 0;
        c.inconvenient = rng.next(4) == 0;
        c.ultimatum = rng.next(2) != 0;
        scenario = b.build();
        state = initialState(scenario, 1);
        state.time = 400 * kDay;
        state.decayedUntil = state.time;
        state.learn(fact);
        for (PersonaIndex x : {p, q}) {
            PersonaState& ps = state.personas[x];
            for (auto& v : ps.dims) v = static_cast<std::int32_t>(rng.next(10001));
            ps.encounters = static_cast<std::int32_t>(rng.next(8));
            ps.faceEncounters = std::min(ps.encounters, static_cast<std::int32_t>(rng.next(8)));
            ps.praises = static_cast<std::int32_t>(rng.next(6));
            ps.disclosuresThisEncounter = static_cast<std::int32_t>(rng.next(4));
            ps.giftThisEncounter = static_cast<std::int32_t>(rng.next(2));
            ps.owed = static_cast<std::int32_t>(rng.next(4)) - 1;
            ps.pressure = static_cast<std::int32_t>(rng.next(8001));
            ps.gestures = static_cast<std::int32_t>(rng.next(6));
            ps.lastContact = rng.next(3) == 0 ? kNever : state.time - static_cast<std::int64_t>(rng.next(3 * 24 * 60));
            ps.substance = static_cast<std::int32_t>(rng.next(3));
            ps.knownSince = rng.next(2) == 0 ? kNever : state.time - static_cast<std::int64_t>(rng.next(3000)) * kDay;
            for (auto& r : ps.repeats) r = static_cast<std::int32_t>(rng.next(4) == 0 ? rng.next(600) : 0);
            ps.repeatsAt = state.time - static_cast<std::int64_t>(rng.next(30)) * kDay;
            if (rng.next(3) == 0) ps.openLoss[static_cast<std::size_t>(rng.next(kDimensionCount))] = static_cast<std::int32_t>(rng.next(1500));
            if (rng.next(4) == 0) ps.flags |= kFlagTender;
            if (rng.next(4) == 0) ps.promiseDue = state.time + kDay;
        }
    }
};

/// The outcome recomputed from the variant and the trace alone, as a view explaining the
/// choice would show it: base, then each factor listed, on the values it scales.
std::array<std::int64_t, kDimensionCount> replayTrace(const ActOutcome& out, Channel channel) {
    std::array<std::int64_t, kDimensionCount> v{};
    for (std::size_t d = 0; d < kDimensionCount; ++d)
        v[d] = std::int64_t{out.variant->points[d]} * kScale * out.variant->percent / 100 + std::int64_t{out.variant->bonus[d]} * kScale;
    for (std::uint8_t i = 0; i < out.traceCount; ++i) {
        const ActFactor& f = actFactors()[static_cast<std::size_t>(out.trace[i].id)];
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            if (!((f.dimensions >> d) & 1u)) continue;
            const bool scales = v[d] != 0 && (f.values == FactorValues::All || (f.values == FactorValues::Gains && v[d] > 0) ||
                                              (f.values == FactorValues::Losses && v[d] < 0));
            if (!scales) continue;
            const int percent = f.from == PercentFrom::ChannelRichness ? channelPercent(channel, static_cast<Dimension>(d))
                                                                        : out.trace[i].percent;
            v[d] = v[d] * percent / 100;
            if (f.bonusOnGain && v[d] > 0) v[d] += std::int64_t{f.bonus[d]} * kScale;
        }
        if (!f.bonusOnGain)
            for (std::size_t d = 0; d < kDimensionCount; ++d) v[d] += std::int64_t{f.bonus[d]} * kScale;
    }
    return v;
}

} // namespace

TEST_CASE("act table: every act that reaches someone ends with a variant that always holds") {
    for (int a = 0; a < kActCount; ++a) {
        const ActRule& rule = actRule(static_cast<Act>(a));
        CAPTURE(idOf(rule.act));
        CHECK(static_cast<int>(rule.act) == a);
        if (rule.reach == ActReach::Nobody) {
            CHECK(rule.variantCount == 0);
            continue;
        }
        REQUIRE(rule.variantCount > 0);
        CHECK(rule.variants[rule.variantCount - 1].condition.count == 0);
    }
}

TEST_CASE("act table: every reason has exactly one principle, from the variants or the model's own list") {
    std::map<Reason, std::pair<int, bool>> fromVariants;
    for (int a = 0; a < kActCount; ++a)
        for (const ActVariant& v : actRule(static_cast<Act>(a))) {
            CAPTURE(idOf(v.reason));
            const auto [it, fresh] = fromVariants.emplace(v.reason, std::make_pair(int{v.principle}, v.violation));
            if (!fresh) CHECK(it->second == std::make_pair(int{v.principle}, v.violation)); // two variants, one verdict
            CHECK(v.principle >= 0);
            CHECK(principleOfReason(v.reason) == v.principle);
            CHECK(reasonIsViolation(v.reason) == v.violation);
        }
    std::set<Reason> covered;
    for (const auto& [r, p] : fromVariants) covered.insert(r);
    for (const ReasonPrinciple* r = otherReasonsBegin(); r != otherReasonsEnd(); ++r) {
        CAPTURE(idOf(r->reason));
        CHECK(covered.insert(r->reason).second); // not also a variant's reason
        CHECK(principleOfReason(r->reason) == r->principle);
        CHECK(reasonIsViolation(r->reason) == r->violation);
    }
    CHECK(covered.size() == static_cast<std::size_t>(kReasonCount));
    // What the debrief counts as violations of the model's own verdicts.
    CHECK(reasonIsViolation(Reason::Flattery));
    CHECK(reasonIsViolation(Reason::Trade));
    CHECK(reasonIsViolation(Reason::Drift));
    CHECK(reasonIsViolation(Reason::PressureRises));
    CHECK_FALSE(reasonIsViolation(Reason::Redeem));
    CHECK(principleOfReason(Reason::Drift) == static_cast<int>(Principle::KeepInTouch));
    CHECK(principleOfReason(Reason::IntroduceMisfit) == static_cast<int>(Principle::Connect));
    CHECK(principleOfReason(Reason::Adjustment) == -1);
}

TEST_CASE("act table: in random situations every variant is taken, stays inside its bounds, and its trace explains it") {
    Rng rng{2024};
    std::set<const ActVariant*> taken;
    std::map<Act, std::uint32_t> principlesSeen;
    int outcomes = 0;
    for (int a = 0; a < kActCount; ++a) {
        const Act act = static_cast<Act>(a);
        CAPTURE(idOf(act));
        for (int i = 0; i < 3000; ++i) {
            RandomSituation sit(act, rng);
            const Choice& c = sit.scenario.choices[0];
            for (PersonaIndex who : {c.with, c.withSecond}) {
                if (who == kNone) continue;
                const ActOutcome out = evaluateAct(sit.scenario, sit.state, c, who);
                const ActBounds b = actBounds(sit.scenario, c, who);
                CHECK(b.contact == (out.variant != nullptr));
                if (out.variant == nullptr) continue;
                ++outcomes;
                taken.insert(out.variant);
                CAPTURE(idOf(out.variant->reason));
                for (std::size_t d = 0; d < kDimensionCount; ++d) {
                    CAPTURE(d);
                    std::int64_t total = out.delta[d];
                    for (std::uint8_t k = 0; k < out.sideCount; ++k) total += out.sides[k].delta[d];
                    // A repair may give back up to the open losses on top.
                    if (out.variant->does & (kRepairsByApology | kRepairsByDelivery)) total += std::max(0, sit.state.personas[who].openLoss[d]) / 2;
                    CHECK(b.lo[d] <= total);
                    CHECK(total <= b.hi[d]);
                }
                CHECK(b.owedLo <= out.variant->ledger);
                CHECK(out.variant->ledger <= b.owedHi);
                CHECK(replayTrace(out, c.channel) == out.delta);
            }
            // The principles the changes carry are the ones the analyzer expects of the act.
            std::vector<Change> log;
            ChangeSink sink{&log, 0, 0, 0};
            State st = sit.state;
            applyChoice(sit.scenario, st, 0, sink);
            for (const Change& ch : log)
                if (ch.principle >= 0 && ch.reason != Reason::FactLearned && ch.reason != Reason::TimePassed)
                    principlesSeen[act] |= 1u << static_cast<unsigned>(ch.principle);
        }
    }
    CHECK(outcomes > 40000);
    for (int a = 0; a < kActCount; ++a) {
        const Act act = static_cast<Act>(a);
        CAPTURE(idOf(act));
        for (const ActVariant& v : actRule(act)) {
            CAPTURE(idOf(v.reason));
            CHECK(taken.count(&v) == 1);
        }
        CHECK((principlesSeen[act] & ~actPrinciples(act)) == 0u);
        std::uint32_t variants = 0;
        for (const ActVariant& v : actRule(act)) variants |= 1u << static_cast<unsigned>(v.principle);
        CHECK((variants & ~actPrinciples(act)) == 0u);
    }
}

TEST_CASE("act table: a persona without the trait never meets the trait's variant, with it, the variant is certain") {
    ScenarioBuilder b;
    const PersonaIndex plain = b.persona("plain");
    const PersonaIndex open = b.persona("open", {Trait::Open});
    const PersonaIndex reserved = b.persona("reserved", {Trait::Reserved});
    const NodeIndex d = b.decision("d");
    const NodeIndex end = b.ending("end");
    b.choice(d, "plain", Act::Disclose, end, plain);
    b.choice(d, "open", Act::Disclose, end, open);
    b.choice(d, "reserved", Act::Disclose, end, reserved);
    const Scenario s = b.build();
    // Disclosing: a monologue is possible for everyone; besides it, exactly the persona's answer.
    const ActBounds toPlain = actBounds(s, s.choices[0], plain);
    const ActBounds toOpen = actBounds(s, s.choices[1], open);
    const ActBounds toReserved = actBounds(s, s.choices[2], reserved);
    const auto I = static_cast<std::size_t>(Dimension::Intensitaet);
    const auto V = static_cast<std::size_t>(Dimension::Vertrauen);
    CHECK(toOpen.hi[I] > toPlain.hi[I]);     // answered: +5 against +3
    CHECK(toReserved.hi[I] < toPlain.hi[I]); // ignored: +1
    CHECK(toOpen.hi[V] > 0);                 // only the answered disclosure builds trust
    CHECK(toPlain.hi[V] == 0);
    CHECK(toReserved.hi[V] == 0);
    CHECK(toPlain.lo[I] == 0); // the monologue changes no depth
}

TEST_CASE("act table: the pressure an act may add, and the ledger, come from its variants") {
    ScenarioBuilder b;
    const std::uint32_t need = b.topic("need");
    const PersonaIndex p = b.persona("p");
    b.personaRef(p).concerns.push_back(need);
    const NodeIndex d = b.decision("d", p);
    const NodeIndex end = b.ending("end");
    b.choice(d, "invite", Act::Invite, end);
    b.choice(d, "pitch", Act::Pitch, end);
    b.choice(d, "push", Act::Push, end);
    b.choice(d, "ask", Act::Ask, end);
    b.choice(d, "followup-concern", Act::Followup, end).topic = need;
    b.choice(d, "followup", Act::Followup, end);
    b.choice(d, "give", Act::Give, end);
    const Scenario s = b.build();
    auto bounds = [&](ChoiceIndex c) { return actBounds(s, s.choices[c], p); };
    CHECK(bounds(0).pressureLo == 0);                 // a gesture in proportion adds none...
    CHECK(bounds(0).pressureHi >= model::kOutOfProportionPressure * kScale); // ...one too many does
    CHECK(bounds(1).pressureLo > 0);                  // unsolicited selling always presses
    CHECK(bounds(2).pressureLo == model::kPushPressure * kScale);
    CHECK(bounds(3).owedLo == -1);                    // granted: the player owes
    CHECK(bounds(3).owedHi == 0);                     // refused: nothing is booked
    CHECK(bounds(4).pressureLo < 0);                  // a follow-up on a concern is substance...
    CHECK(bounds(5).pressureHi > 0);                  // ...an empty one a gesture
    CHECK(bounds(6).owedLo == 1);
    CHECK(bounds(6).pressureLo == -model::kSubstanceEasesPercent * kScale);
}

TEST_CASE("drift: the model's day-by-day cooling stays inside the analyzer's reach, keeps the order of values, never rises") {
    for (int d = 0; d < kDimensionCount; ++d) {
        const auto dim = static_cast<Dimension>(d);
        const std::int64_t neutral = std::int64_t{model::kNeutral[static_cast<std::size_t>(d)]} * kScale;
        for (std::int64_t v = 0; v <= 100 * kScale; v += 37) {
            for (std::int64_t days : {1, 5, 30, 400}) {
                for (int history : {0, 40, 100}) {
                    const std::int64_t floor = std::min(v, neutral + std::max<std::int64_t>(0, v - neutral) * history * 6 / 1000);
                    const std::int64_t after = driftValue(v, floor, dim, days, history);
                    std::int64_t lo = v, hi = v;
                    driftReach(dim, lo, hi);
                    CHECK(lo <= after);
                    CHECK(after <= hi);
                    CHECK(after <= v);      // never up in silence
                    CHECK(after >= floor);  // never below the floor
                    CHECK(driftValue(v + 37, floor, dim, days, history) >= after); // a higher value never ends lower
                    // Split into two silences it may differ by a hundredth (each rounds up), never more.
                    CHECK(std::abs(driftValue(v, floor, dim, days + 1, history) - driftValue(after, floor, dim, 1, history)) <= 1);
                }
            }
        }
        const std::int64_t high = 80 * kScale;
        CHECK(driftValue(high, neutral, dim, 30, 0) < high);
        CHECK(driftValue(high, neutral, dim, 30, 100) > driftValue(high, neutral, dim, 30, 0)); // history slows it
        CHECK(driftValue(neutral - 500, neutral, dim, 300, 0) == neutral - 500);              // below the floor: nothing
    }
    // Depth fades fastest, then liking; trust and competence last (docs/scoring-model.md).
    const std::int64_t v = 80 * kScale, f = 30 * kScale;
    CHECK(driftValue(v, f, Dimension::Intensitaet, 30, 0) < driftValue(v, f, Dimension::Sympathie, 30, 0));
    CHECK(driftValue(v, f, Dimension::Sympathie, 30, 0) < driftValue(v, f, Dimension::Vertrauen, 30, 0));
    CHECK(driftValue(v, f, Dimension::Vertrauen, 30, 0) < driftValue(v, f, Dimension::Kompetenz, 30, 0));
    // The grace period after a contact; without a contact it counts from the start.
    CHECK(driftDays(0, 13, 0, 14, 0) == 0);
    CHECK(driftDays(0, 20, 0, 14, 0) == 6);
    CHECK(driftDays(10, 30, 5 * kDay, 14, 0) == 30 - (5 + 14));
    CHECK(driftDays(0, 20, kNever, 14, 0) == 6);
    // Contact off stage at a rhythm within the grace period: no cooling at all.
    CHECK(driftDays(0, 365, kNever, 45, 7) == 0);
    CHECK(driftDays(0, 300, kNever, 45, 60) == 300 * 15 / 60);
}

TEST_CASE("cooling: a value is the same whatever was cooled before it (the memo of the analyzer's hottest loop)") {
    // Computed on a fresh thread (an empty memo) in one order and here in the other: a key that
    // mixed up two inputs would give whichever comes second the other's value.
    struct Input {
        std::int64_t value, floor;
        Dimension dim;
        std::int64_t days;
        int history;
    };
    std::vector<Input> inputs;
    for (int d = 0; d < kDimensionCount; ++d)
        for (std::int64_t v = 0; v <= 100 * kScale; v += 331)
            for (std::int64_t floor : {std::int64_t{0}, std::int64_t{1500}, v / 2, v})
                for (std::int64_t days : {1, 2, 13, 400, 3650})
                    for (int history : {0, 1, 37, 100}) inputs.push_back({v, floor, static_cast<Dimension>(d), days, history});
    auto cool = [](const Input& i) { return driftValue(i.value, i.floor, i.dim, i.days, i.history); };
    std::vector<std::int64_t> forward, backward(inputs.size());
    std::thread([&] {
        for (const Input& i : inputs) forward.push_back(cool(i));
    }).join();
    for (std::size_t k = inputs.size(); k-- > 0;) backward[k] = cool(inputs[k]);
    CHECK(backward == forward);
    CHECK(forward.size() > 10000);
}

TEST_CASE("act table: the base changes in docs/scoring-model.md (both languages) are the table's") {
    // Rows such as "| `listen` | S+2 A+3 V+1 | ..." give the change of an act's last variant, the
    // one that holds when nothing special applies; rows in words ("fit: ...", "—") are skipped.
    const std::string letters = "SAVGIK";
    for (const char* doc : {"/docs/scoring-model.md", "/docs/scoring-model.de.md"}) {
        CAPTURE(doc);
        std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + doc);
        REQUIRE(in.good());
        int checked = 0;
        for (std::string line; std::getline(in, line);) {
            if (line.rfind("| `", 0) != 0) continue;
            const std::size_t idEnd = line.find('`', 3);
            const auto act = actFromId(line.substr(3, idEnd - 3));
            if (!act || actRule(*act).variantCount == 0) continue;
            const std::size_t cellStart = line.find("| ", idEnd) + 2;
            std::string cell = line.substr(cellStart, line.find(" |", cellStart) - cellStart);
            cell = cell.substr(0, cell.find(','));
            model::Deltas written{};
            bool parsed = !cell.empty();
            std::istringstream words(cell);
            for (std::string w; words >> w;) {
                const std::size_t dim = letters.find(w[0]);
                const bool minus = w.compare(1, 3, "−") == 0; // U+2212 as the docs write it
                const bool plus = w[1] == '+';
                if (dim == std::string::npos || (!minus && !plus)) {
                    parsed = false;
                    break;
                }
                written[dim] = (minus ? -1 : 1) * std::stoi(w.substr(minus ? 4 : 2));
            }
            if (!parsed) continue;
            CAPTURE(line);
            const ActRule& rule = actRule(*act);
            const ActVariant& plain = rule.variants[rule.variantCount - 1];
            CHECK(plain.condition.count == 0);
            CHECK(written == plain.points);
            ++checked;
        }
        CHECK(checked >= 15);
    }
}
