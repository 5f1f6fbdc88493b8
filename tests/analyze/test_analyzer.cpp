// The analyzer: small hand-made scenarios whose answers are known (tests/data/analyzer/), the
// soundness of the abstract layer against concrete play, and the pinned results of every
// bundled scenario (tests/data/analyzer/pinned/; RAPPORT_UPDATE_PINS=1 rewrites them).

#include "analyze/AnalyzerTestKit.h"
#include "rapport/analyze/Analyzer.h"
#include "analyze/Detail.h"
#include "rapport/report/AnalyzerReport.h"
#include "rapport/play/Play.h"
#include "rapport/play/Runner.h"
#include "rapport/load/ScenarioLoader.h"

#include "ScenarioBuilder.h"
#include "ScenarioFiles.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_set>

namespace {

using namespace rapport;

std::shared_ptr<const Scenario> loadTestScenario(const std::string& name) { return test::loadAnalyzerScenario(name); }

/// Options that make every answer independent of the machine's speed.
AnalyzerOptions deterministic() {
    AnalyzerOptions o = test::deterministicOptions();
    o.beamWidth = 64; // not from the budget: the beams stay quick
    return o;
}

const EndingReport& ending(const Scenario& s, const AnalysisReport& r, const std::string& id) {
    for (const EndingReport& e : r.endings)
        if (s.nodes[e.node].id == id) return e;
    FAIL("no ending " << id);
    return r.endings.front();
}

std::vector<std::string> steps(const Scenario& s, const Witness& w) {
    std::vector<std::string> out;
    for (const PathStep& step : w.steps)
        out.push_back(step.choice != kNone ? s.choices[step.choice].id
                                           : "chance:" + s.nodes[step.chanceNode].id + ">" + s.nodes[step.chanceNext].id);
    return out;
}

template <typename Name>
std::vector<std::string> names(const std::vector<NeverItem>& items, Name name) {
    std::vector<std::string> out;
    for (const NeverItem& i : items) out.push_back(name(i.index));
    return out;
}

std::string count(const PlaythroughCount& c) {
    if (!c.known) return "unknown";
    if (c.unbounded) return "unbounded";
    if (c.overflow) return "overflow";
    return countToString(c.value);
}

} // namespace

TEST_CASE("analyzer: an ending nobody reaches, a choice never open, a variable never read") {
    const auto s = loadTestScenario("unreachable-ending");
    const AnalysisReport r = analyzeScenario(*s, deterministic());
    CHECK(r.stats.exactComplete);
    CHECK(ending(*s, r, "ende_a").reach == Reach::Reachable);
    CHECK(ending(*s, r, "ende_b").reach == Reach::Unreachable);
    CHECK(ending(*s, r, "ende_b").guarantee == Guarantee::Proved);
    CHECK(names(r.neverOpenChoices, [&](std::uint32_t i) { return s->choices[i].id; }) == std::vector<std::string>{"geheim"});
    CHECK(names(r.unreachedNodes, [&](std::uint32_t i) { return s->nodes[i].id; }) == std::vector<std::string>{"ende_b"});
    CHECK(names(r.unreadVariables, [&](std::uint32_t i) { return s->variableNames[i]; }) == std::vector<std::string>{"unbenutzt"});
    CHECK(count(r.playthroughs) == "2");
    CHECK(verdictOf(r) == Verdict::Problem);
}

TEST_CASE("analyzer: a dead end behind a fact nobody can learn") {
    const auto s = loadTestScenario("dead-end");
    const AnalysisReport r = analyzeScenario(*s, deterministic());
    REQUIRE(r.deadEnds.size() == 1);
    CHECK(s->nodes[r.deadEnds[0].node].id == "sackgasse");
    CHECK(r.deadEnds[0].guarantee == Guarantee::Proved);
    CHECK(steps(*s, r.deadEnds[0].witness) == std::vector<std::string>{"weiter"});
    CHECK(names(r.unlearnedFacts, [&](std::uint32_t i) { return s->facts[i].id; }) == std::vector<std::string>{"artikel"});
    CHECK(count(r.playthroughs) == "1");
    CHECK(verdictOf(r) == Verdict::Problem);
}

TEST_CASE("analyzer: a loop without a decision and a loop with no way out") {
    const auto s = loadTestScenario("loops");
    const AnalysisReport r = analyzeScenario(*s, deterministic());
    REQUIRE(r.loops.size() == 1);
    CHECK(s->nodes[r.loops[0].node].id == "runde_a");
    CHECK(r.loops[0].guarantee == Guarantee::Proved);
    CHECK(steps(*s, r.loops[0].witness) == std::vector<std::string>{"kreis"});
    REQUIRE(r.closedLoops.size() == 1);
    CHECK(s->nodes[r.closedLoops[0].node].id == "wartezimmer");
    CHECK(steps(*s, r.closedLoops[0].witness) == std::vector<std::string>{"warten"});
    CHECK(r.deadEnds.empty());
    CHECK(r.unreachedNodes.empty()); // runde_b is passed inside the loop
    CHECK(verdictOf(r) == Verdict::Problem);
}

TEST_CASE("analyzer: exact playthrough counts, per ending and in total") {
    const auto s = loadTestScenario("counts");
    const AnalysisReport r = analyzeScenario(*s, deterministic());
    CHECK(count(r.playthroughs) == "12");
    CHECK(count(ending(*s, r, "ende_x").playthroughs) == "6");
    CHECK(count(ending(*s, r, "ende_y").playthroughs) == "6");
    CHECK(r.playthroughs.guarantee == Guarantee::Proved);
    // "connect" is listed but on no choice and produced by no act; "appreciation" is on a1.
    CHECK(names(r.unexercisedPrinciples, [](std::uint32_t i) { return std::string(idOf(static_cast<Principle>(i))); }) ==
          std::vector<std::string>{"connect"});
    CHECK(verdictOf(r) == Verdict::Clean);
}

TEST_CASE("analyzer: a loop that can be left makes the count unbounded") {
    const auto s = loadTestScenario("unbounded");
    const AnalysisReport r = analyzeScenario(*s, deterministic());
    CHECK(count(r.playthroughs) == "unbounded");
    CHECK(r.closedLoops.empty());
    CHECK(verdictOf(r) == Verdict::Clean);
}

TEST_CASE("analyzer: the best and the worst playthrough, checked against the runner") {
    const auto s = loadTestScenario("best-worst");
    const AnalysisReport r = analyzeScenario(*s, deterministic());
    REQUIRE(r.best.found);
    REQUIRE(r.worst.found);
    CHECK(r.best.guarantee == Guarantee::Proved);
    CHECK(r.worst.guarantee == Guarantee::Proved);
    CHECK(steps(*s, r.best.witness) == std::vector<std::string>{"zuhoeren", "danken"});
    CHECK(steps(*s, r.worst.witness) == std::vector<std::string>{"unterbrechen", "schweigen"});
    for (const Extreme* x : {&r.best, &r.worst}) {
        Runner runner(*s);
        for (const PathStep& step : x->witness.steps) REQUIRE(runner.choose(step.choice) == ChooseError::None);
        CHECK(runner.finished());
        CHECK(resultOf(*s, runner.state()) == x->result);
    }
    CHECK(count(r.playthroughs) == "4");
}

TEST_CASE("analyzer: every outcome of a chance node is a branch, a 0 % outcome never happens") {
    const auto s = loadTestScenario("chance");
    const AnalysisReport r = analyzeScenario(*s, deterministic());
    CHECK(ending(*s, r, "glueck").reach == Reach::Reachable);
    CHECK(ending(*s, r, "pech").reach == Reach::Reachable);
    CHECK(ending(*s, r, "nie").reach == Reach::Unreachable);
    CHECK(steps(*s, ending(*s, r, "pech").witness) == std::vector<std::string>{"anrufen", "chance:zufall>pech"});
    CHECK(count(r.playthroughs) == "2");
    // The playouts roll the real dice: roughly 70 : 30.
    const std::uint32_t luck = r.playouts.endingCounts[0], bad = r.playouts.endingCounts[1];
    CHECK(luck + bad == r.playouts.random);
    CHECK(luck > bad);
}

TEST_CASE("analyzer: too large for exact exploration, the abstract layer still proves") {
    const auto s = loadTestScenario("large");
    AnalyzerOptions o = deterministic();
    o.maxStates = 2000;
    o.beamWidth = 32; // the beams only need to show the reachable ending; wider costs minutes under the sanitizers
    const AnalysisReport r = analyzeScenario(*s, o);
    CHECK_FALSE(r.stats.exactComplete);
    CHECK(r.stats.memoryExhausted);
    CHECK(r.stats.abstractComplete);
    CHECK(ending(*s, r, "ende").reach == Reach::Reachable);          // shown by a playthrough
    CHECK(ending(*s, r, "unmoeglich").reach == Reach::Unreachable);  // n never drops below 0
    CHECK(ending(*s, r, "unmoeglich").guarantee == Guarantee::Proved);
    CHECK(names(r.neverOpenChoices, [&](std::uint32_t i) { return s->choices[i].id; }) == std::vector<std::string>{"verboten"});
    CHECK(r.deadEnds.empty());
    CHECK(r.loops.empty());
    CHECK_FALSE(r.playthroughs.known);
    CHECK(verdictOf(r) == Verdict::Problem);

    SUBCASE("without the abstract layer the node graph alone cannot rule the ending out") {
        o.abstract = false;
        const AnalysisReport weak = analyzeScenario(*s, o);
        CHECK(ending(*s, weak, "unmoeglich").reach == Reach::Unknown);
        CHECK(ending(*s, weak, "unmoeglich").guarantee == Guarantee::Possible);
    }
}

TEST_CASE("analyzer: narrowing by conditions proves that a decision always has an open choice") {
    const auto s = loadTestScenario("conditional");
    AnalyzerOptions o = deterministic();
    o.maxStates = 1000;
    o.beamWidth = 32; // as above
    const AnalysisReport r = analyzeScenario(*s, o);
    CHECK_FALSE(r.stats.exactComplete);
    CHECK(r.deadEnds.empty());
    CHECK(ending(*s, r, "ende").reach == Reach::Reachable);
    CHECK(verdictOf(r) == Verdict::Clean);

    SUBCASE("with no time at all nothing is proved") {
        AnalyzerOptions none;
        none.budgetMs = 0;
        const AnalysisReport nothing = analyzeScenario(*s, none);
        CHECK(ending(*s, nothing, "ende").reach == Reach::Unknown);
        REQUIRE(nothing.deadEnds.size() == 1);
        CHECK(nothing.deadEnds[0].guarantee == Guarantee::Possible);
        CHECK(verdictOf(nothing) == Verdict::Unproved);
    }
}

TEST_CASE("analyzer: exact exploration finds the same distinct states as a plain search") {
    // A plain breadth-first search over whole States (the engine's own equality and hash)
    // must find exactly as many states as the packed, merged exploration.
    for (const char* name : {"acts", "best-worst", "counts", "dead-end", "chance"}) {
        CAPTURE(name);
        const auto s = loadTestScenario(name);
        const detail::AnalysisModel model = detail::buildAnalysisModel(*s);
        const Scenario& x = model.explore;
        struct Hash {
            std::size_t operator()(const State& st) const { return hashState(st); }
        };
        std::unordered_set<State, Hash> seen;
        std::vector<State> todo;
        ChangeSink none;
        std::string scratch;
        State start = initialState(x, 0);
        REQUIRE(enterNodes(x, start, none, nullptr, Lang::En, scratch));
        seen.insert(start);
        todo.push_back(start);
        std::vector<ChoiceIndex> open;
        while (!todo.empty()) {
            const State cur = todo.back();
            todo.pop_back();
            if (atEnding(x, cur)) continue;
            openChoices(x, cur, open);
            for (ChoiceIndex c : open) {
                State next = cur;
                applyChoice(x, next, c, none);
                if (enterNodes(x, next, none, nullptr, Lang::En, scratch) && seen.insert(next).second) todo.push_back(next);
            }
        }
        const AnalysisReport r = analyzeScenario(*s, deterministic());
        REQUIRE(r.stats.exactComplete);
        CHECK(r.stats.states == seen.size());
    }
}

TEST_CASE("analyzer: the abstract layer contains every state concrete play reaches") {
    // Soundness: random playthroughs of every test and bundled scenario never leave the
    // abstract states (after each node's effects), with the model's acts, time and conditions.
    std::vector<std::string> files;
    for (const char* folder : {RAPPORT_TEST_DATA "/analyzer", RAPPORT_SOURCE_DIR "/scenarios"}) {
        std::error_code ec;
        for (const std::filesystem::path& file : listScenarioFiles(folder, ec)) files.push_back(file.string());
        REQUIRE_FALSE(ec);
    }
    for (const std::string& file : files) {
        CAPTURE(file);
        const LoadResult loaded = loadScenarioFile(file);
        if (!loaded.ok()) continue; // a bundled scenario mid-edit; the loader tests report it
        const detail::AnalysisModel model = detail::buildAnalysisModel(*loaded.scenario);
        const detail::AbstractResult abs = detail::analyseAbstract(model, detail::Deadline{detail::Clock::now() + std::chrono::minutes(1)}, SIZE_MAX);
        REQUIRE(abs.complete);
        const Scenario& x = model.explore;
        auto inside = [&](const State& st) {
            const detail::AbsState& a = abs.atNode[st.node];
            if (!a.live) return false;
            auto in = [](detail::Iv iv, std::int64_t v) { return iv.lo <= v && v <= iv.hi; };
            bool ok = in(a.time, st.time) && in(a.budget, st.budget);
            for (std::size_t v = 0; v < st.vars.size(); ++v) ok = ok && in(a.vars[v], st.vars[v]);
            for (std::uint32_t f = 0; f < x.facts.size(); ++f) ok = ok && (a.facts[f] & (st.knows(f) ? detail::kYes : detail::kNo));
            for (std::uint32_t t = 0; t < x.trackingSlots; ++t) ok = ok && (a.tracking[t] & (st.tracked(t) ? detail::kYes : detail::kNo));
            for (std::size_t p = 0; p < st.personas.size(); ++p) {
                const PersonaState& ps = st.personas[p];
                const detail::AbsPersona& ap = a.personas[p];
                for (std::size_t d = 0; d < kDimensionCount; ++d) ok = ok && in(ap.dims[d], ps.dims[d]);
                ok = ok && in(ap.pressure, ps.pressure) && in(ap.owed, ps.owed) && in(ap.encounters, ps.encounters);
                ok = ok && (ap.mustLinks & ~ps.links) == 0 && (ps.links & ~ap.mayLinks) == 0;
            }
            return ok;
        };
        // Small scenarios: every state there is, from the exact layer.
        {
            detail::ExactGraph graph(x, 30000, 30000 * 64);
            detail::exploreExact(model, graph, detail::Deadline{detail::Clock::now() + std::chrono::minutes(1)}, 20000, 20000 * 64);
            if (graph.complete && graph.root != kNone) {
                State st = initialState(x, 0);
                for (std::uint32_t v = 0; v < graph.store.size(); ++v) {
                    graph.codec.decode(graph.store.at(v), st);
                    CAPTURE(x.nodes[st.node].id);
                    REQUIRE(inside(st));
                    for (std::uint64_t e = graph.edgeBegin[v]; e < graph.edgeBegin[v + 1]; ++e) REQUIRE(abs.choiceMayOpen[graph.edgeChoice[e]]);
                }
            }
        }
        // Larger ones: random playthroughs.
        ChangeSink none;
        std::string scratch;
        std::vector<ChoiceIndex> open;
        std::uint64_t rng = 12345;
        for (int walk = 0; walk < 200; ++walk) {
            State st = initialState(x, 0);
            if (!enterNodes(x, st, none, nullptr, Lang::En, scratch)) break;
            for (int step = 0; step < 200; ++step) {
                CAPTURE(x.nodes[st.node].id);
                REQUIRE(inside(st));
                if (atEnding(x, st)) break;
                openChoices(x, st, open);
                if (open.empty()) break;
                rng = rng * 6364136223846793005ull + 1442695040888963407ull;
                const ChoiceIndex c = open[(rng >> 33) % open.size()];
                CHECK(abs.choiceMayOpen[c]);
                applyChoice(x, st, c, none);
                if (!enterNodes(x, st, none, nullptr, Lang::En, scratch)) break;
            }
        }
    }
}

TEST_CASE("analyzer: 128-bit counts as decimal digits") {
    CHECK(countToString(0) == "0");
    CHECK(countToString(PathCount128{1} << 100) == "1267650600228229401496703205376");
    CHECK(countToString(~PathCount128{0}) == "340282366920938463463374607431768211455");
}

// --- pinned results of the bundled scenarios ------------------------------------------------------

namespace {

/// What a scenario can do, in a stable line format (no times).
std::string summary(const Scenario& s, const AnalysisReport& r) {
    std::ostringstream out;
    const char* verdicts[] = {"clean", "problem", "unproved"};
    out << "verdict: " << verdicts[static_cast<int>(verdictOf(r))] << "\n";
    out << "exact: " << (r.stats.exactComplete ? "yes" : "no") << "\n";
    for (const EndingReport& e : r.endings) {
        const char* reach = e.reach == Reach::Reachable ? "reachable" : e.reach == Reach::Unreachable ? "unreachable" : "unknown";
        out << "ending " << s.nodes[e.node].id << ": " << reach << " " << guaranteeId(e.guarantee);
        if (e.playthroughs.known) out << ", " << count(e.playthroughs) << " playthroughs";
        out << "\n";
    }
    for (const auto& [name, x] : {std::pair<const char*, const Extreme*>{"best", &r.best}, {"worst", &r.worst}}) {
        // Estimates move whenever the search gets better; only proved extremes are pinned.
        out << name << ": ";
        if (!x->found) out << "none";
        else if (x->guarantee == Guarantee::Proved) out << x->result << " at " << s.nodes[x->ending].id << " proved";
        else out << "estimated";
        out << "\n";
    }
    for (const auto& [name, list] : {std::pair<const char*, const std::vector<Finding>*>{"dead end", &r.deadEnds},
                                     {"loop", &r.loops}, {"closed loop", &r.closedLoops}})
        for (const Finding& f : *list) out << name << ": " << s.nodes[f.node].id << " " << guaranteeId(f.guarantee) << "\n";
    auto never = [&](const char* name, const std::vector<NeverItem>& items, auto id) {
        for (const NeverItem& i : items) out << name << ": " << id(i.index) << " " << guaranteeId(i.guarantee) << "\n";
    };
    never("unreached node", r.unreachedNodes, [&](std::uint32_t i) { return s.nodes[i].id; });
    never("never open", r.neverOpenChoices, [&](std::uint32_t i) { return s.choices[i].id; });
    never("unexercised principle", r.unexercisedPrinciples, [](std::uint32_t i) { return std::string(idOf(static_cast<Principle>(i))); });
    never("unlearned fact", r.unlearnedFacts, [&](std::uint32_t i) { return s.facts[i].id; });
    never("unread variable", r.unreadVariables, [&](std::uint32_t i) { return s.variableNames[i]; });
    out << "playthroughs: " << count(r.playthroughs) << "\n";
    return out.str();
}

} // namespace

TEST_CASE("analyzer: results of every bundled scenario are pinned") {
    // An edit that changes what a scenario can do shows up here. After a deliberate change:
    // RAPPORT_UPDATE_PINS=1 rapport_tests -tc="*pinned*", then review the diff of the pins.
    const bool update = std::getenv("RAPPORT_UPDATE_PINS") != nullptr;
    const std::filesystem::path pins = std::filesystem::path(RAPPORT_TEST_DATA) / "analyzer" / "pinned";
    std::error_code ec;
    const std::vector<std::filesystem::path> bundled = listScenarioFiles(RAPPORT_SOURCE_DIR "/scenarios", ec);
    REQUIRE_FALSE(ec);
    for (const std::filesystem::path& file : bundled) {
        CAPTURE(file.string());
        const LoadResult loaded = loadScenarioFile(file.string());
        if (!loaded.ok()) continue; // the loader's own tests report a broken scenario
        AnalyzerOptions o = deterministic();
        o.maxStates = 10000;
        o.maxSearchStates = 5000;
        o.maxPlayouts = 200;
        const std::string got = summary(*loaded.scenario, analyzeScenario(*loaded.scenario, o));
        const std::filesystem::path pin = pins / (loaded.scenario->id + ".txt");
        if (update) {
            std::filesystem::create_directories(pins);
            std::ofstream(pin) << got;
            continue;
        }
        std::ifstream in(pin);
        if (!in) {
            WARN_MESSAGE(false, "no pinned analyzer results for " << loaded.scenario->id << " (RAPPORT_UPDATE_PINS=1 writes them)");
            continue;
        }
        std::stringstream want;
        want << in.rdbuf();
        CHECK(got == want.str());
    }
}

TEST_CASE("analyzer: waiting exercises keeping in touch (drift), and nothing else does here") {
    for (bool wait : {true, false}) {
        CAPTURE(wait);
        test::ScenarioBuilder b;
        const PersonaIndex p = b.persona("p", {}, 60);
        const NodeIndex d = b.decision("d", p);
        const NodeIndex end = b.ending("end");
        b.choice(d, "pause", Act::None, end).takes = wait ? 30 * 24 * 60 : 0;
        b.raw().principles = {Principle::KeepInTouch, Principle::Connect};
        const Scenario s = b.build();
        const AnalysisReport r = analyzeScenario(s, deterministic());
        const auto unexercised = names(r.unexercisedPrinciples, [](std::uint32_t i) { return std::string(idOf(static_cast<Principle>(i))); });
        CHECK(unexercised == (wait ? std::vector<std::string>{"connect"} : std::vector<std::string>{"keep-in-touch", "connect"}));
    }
}

// --- known playthroughs and the witness ----------------------------------------------------------

namespace {

/// The choice ids of a witness (no chance nodes in the library scenarios).
std::vector<std::string> idsOf(const Scenario& s, const Witness& w) {
    std::vector<std::string> ids;
    for (const PathStep& step : w.steps) ids.push_back(step.choice == kNone ? std::string("?") : s.choices[step.choice].id);
    return ids;
}

/// The result a list of choices plays to, or -1 when it does not play to an ending.
std::int64_t playedResult(const Scenario& s, const std::vector<std::string>& ids) {
    Runner runner(s);
    for (const std::string& id : ids)
        if (runner.choose(id) != ChooseError::None) return -1;
    return runner.finished() ? resultOf(s, runner.state()) : -1;
}

} // namespace

TEST_CASE("analyzer: the best and the worst are never less extreme than the authors' playthroughs") {
    // tests/data/paths/library-paths.txt holds a good and a poor playthrough of every library
    // scenario; given as known playthroughs they bound the answer whatever the budget.
    std::ifstream in(std::string(RAPPORT_TEST_DATA) + "/paths/library-paths.txt");
    REQUIRE(in);
    std::map<std::string, std::vector<std::vector<std::string>>> paths;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string id, kind, ending, choices;
        fields >> id >> kind >> ending >> choices;
        std::vector<std::string> ids;
        std::istringstream list(choices);
        for (std::string c; std::getline(list, c, ',');) ids.push_back(c);
        paths[id].push_back(ids);
    }
    CHECK(paths.size() >= 8);
    for (const auto& entry : paths) {
        const std::string& id = entry.first;
        CAPTURE(id);
        const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/" + id + ".json");
        REQUIRE(loaded.ok());
        const Scenario& s = *loaded.scenario;
        AnalyzerOptions o;
        o.budgetMs = 100; // far too little to find them: the known playthroughs must carry it
        o.beamWidth = 16;
        o.playouts = false;
        o.knownPlaythroughs = entry.second;
        const AnalysisReport r = analyzeScenario(s, o);
        REQUIRE(r.best.found);
        REQUIRE(r.worst.found);
        for (const std::vector<std::string>& known : entry.second) {
            const std::int64_t v = playedResult(s, known);
            REQUIRE(v >= 0);
            CHECK(r.best.result >= v);
            CHECK(r.worst.result <= v);
        }
        // The witnesses play to what they claim.
        CHECK(playedResult(s, idsOf(s, r.best.witness)) == r.best.result);
        CHECK(playedResult(s, idsOf(s, r.worst.witness)) == r.worst.result);
    }
}

TEST_CASE("analyzer: among equally good playthroughs the witness is the same whichever layer met it first") {
    // Two choices lead to the same result; the witness is the shorter, then the first in choice order.
    test::ScenarioBuilder b;
    const PersonaIndex p = b.persona("p", {}, 60);
    const NodeIndex d = b.decision("d", p);
    const NodeIndex end = b.ending("end");
    b.choice(d, "zweite", Act::None, end);
    b.choice(d, "erste", Act::None, end);
    const Scenario s = b.build();
    for (bool exact : {true, false}) {
        CAPTURE(exact);
        AnalyzerOptions o = deterministic();
        o.exact = exact;
        const AnalysisReport r = analyzeScenario(s, o);
        REQUIRE(r.best.found);
        CHECK(idsOf(s, r.best.witness) == std::vector<std::string>{"zweite"});
        CHECK(idsOf(s, r.worst.witness) == std::vector<std::string>{"zweite"});
    }
    // A library scenario, twice, with beams only: the same playthroughs both times.
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/trade-fair.json");
    REQUIRE(loaded.ok());
    AnalyzerOptions o;
    o.exact = false;
    o.playouts = false;
    o.search = true;
    o.budgetMs = 600000;
    o.beamWidth = 32;
    o.maxSearchStates = 2000;
    const AnalysisReport first = analyzeScenario(*loaded.scenario, o);
    const AnalysisReport second = analyzeScenario(*loaded.scenario, o);
    CHECK(first.best.result == second.best.result);
    CHECK(idsOf(*loaded.scenario, first.best.witness) == idsOf(*loaded.scenario, second.best.witness));
    CHECK(idsOf(*loaded.scenario, first.worst.witness) == idsOf(*loaded.scenario, second.worst.witness));
}
