// A budget in work (AnalyzerOptions::budgetWork, `rapport analyze --budget-work`): the layers
// count their steps instead of reading the clock, so the same budget gives the same answers on
// every machine and under any load (the tests and tools that pin results rely on it).

#include "rapport/analyze/Analyzer.h"
#include "rapport/load/ScenarioLoader.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

using namespace rapport;

namespace {

std::shared_ptr<const Scenario> library(const std::string& id) {
    const LoadResult r = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/" + id + ".json");
    REQUIRE(r.ok());
    return r.scenario;
}

std::vector<ChoiceIndex> choicesOf(const Witness& w) {
    std::vector<ChoiceIndex> out;
    for (const PathStep& step : w.steps) out.push_back(step.choice);
    return out;
}

/// Everything a budget could change: the extremes with their witnesses and limits, what every
/// ending is known to be, and how much each layer did.
void checkSame(const AnalysisReport& a, const AnalysisReport& b) {
    for (auto side : {&AnalysisReport::best, &AnalysisReport::worst}) {
        const Extreme& x = a.*side;
        const Extreme& y = b.*side;
        CHECK(x.found == y.found);
        CHECK(x.result == y.result);
        CHECK(x.guarantee == y.guarantee);
        CHECK(x.bounded == y.bounded);
        CHECK(x.bound == y.bound);
        CHECK(choicesOf(x.witness) == choicesOf(y.witness));
    }
    REQUIRE(a.endings.size() == b.endings.size());
    for (std::size_t e = 0; e < a.endings.size(); ++e) {
        CHECK(a.endings[e].reach == b.endings[e].reach);
        CHECK(a.endings[e].guarantee == b.endings[e].guarantee);
    }
    CHECK(a.deadEnds.size() == b.deadEnds.size());
    CHECK(a.stats.states == b.stats.states);
    CHECK(a.stats.beamStates == b.stats.beamStates);
    CHECK(a.stats.searchStates == b.stats.searchStates);
    CHECK(a.stats.work == b.stats.work);
    CHECK(a.playouts.random == b.playouts.random);
}

/// A small analysis bounded by work: quick, and the same on every machine.
AnalyzerOptions smallWorkBudget() {
    AnalyzerOptions o;
    o.budgetWork = 60'000;
    o.maxMemoryBytes = std::size_t{64} << 20;
    o.maxPlayouts = 100;
    return o;
}

} // namespace

TEST_CASE("a budget in work gives the same answers whatever the clock allows") {
    // trade-fair is not proved in this budget: every layer stops at its share of the work, the
    // exact layer, the beams, the bounds' fixpoint and both searches, where a budget in time would
    // stop them at a point that depends on the machine and its load.
    const auto s = library("trade-fair");
    AnalyzerOptions o = smallWorkBudget();
    o.budgetMs = 0; // would stop every layer at once, were the clock read
    const AnalysisReport noTime = analyzeScenario(*s, o);
    o.budgetMs = 600000;
    const AnalysisReport plenty = analyzeScenario(*s, o);
    checkSame(noTime, plenty);
    REQUIRE(noTime.best.found);
    CHECK(noTime.best.guarantee == Guarantee::Estimated);
    CHECK(noTime.stats.budgetExhausted);
    CHECK(noTime.stats.searchStates > 0); // the searches ran, and stopped at their work
    // The work counted stays near the budget: the playouts and the findings for authors may take
    // a small share more, as they do of a budget in time.
    CHECK(noTime.stats.work >= o.budgetWork / 2);
    CHECK(noTime.stats.work <= o.budgetWork * 2 + 100 * kAnalyzerWorkPerMs);
}

TEST_CASE("the best and the worst searched side by side give what one thread gives") {
    // Two threads search the best and the worst apart, each on its own copy of what was observed;
    // taking the copies back must give the very answers (witnesses, endings' witnesses, dead ends,
    // ranges) that one thread gets searching one after the other.
    const auto s = library("key-account-diagnosis");
    AnalyzerOptions o = smallWorkBudget();
    o.threads = 1;
    const AnalysisReport one = analyzeScenario(*s, o);
    o.threads = 2;
    const AnalysisReport two = analyzeScenario(*s, o);
    checkSame(one, two);
    REQUIRE(one.endings.size() == two.endings.size());
    for (std::size_t e = 0; e < one.endings.size(); ++e) {
        CAPTURE(e);
        CHECK(choicesOf(one.endings[e].witness) == choicesOf(two.endings[e].witness));
        CHECK(one.endings[e].seen.result.lo == two.endings[e].seen.result.lo);
        CHECK(one.endings[e].seen.result.hi == two.endings[e].seen.result.hi);
    }
    CHECK(one.stats.searchStates > 0);
}

TEST_CASE("a budget in time counts the work too, and a small scenario is proved in either") {
    const auto s = library("sample-coffee-break");
    AnalyzerOptions time;
    time.budgetMs = 60000;
    const AnalysisReport byTime = analyzeScenario(*s, time);
    AnalyzerOptions work;
    work.budgetWork = 10'000'000;
    const AnalysisReport byWork = analyzeScenario(*s, work);
    CHECK(byTime.stats.work > 0);
    CHECK(byTime.stats.exactComplete);
    CHECK(byWork.stats.exactComplete);
    CHECK(byWork.best.guarantee == Guarantee::Proved);
    CHECK(byWork.best.result == byTime.best.result);
    CHECK(byWork.worst.result == byTime.worst.result);
}

TEST_CASE("a budget in work that runs out never proves what is not so") {
    // Every small budget stops the layers somewhere else: an extreme claimed proved must be the
    // true one, a limit must hold the true extreme, and an ending called unreachable must be so.
    // The truth comes from exact exploration of every playthrough; here only the other layers run.
    for (const char* name : {"acts", "best-worst", "counts", "hub", "unreachable-ending"}) {
        CAPTURE(name);
        const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_TEST_DATA) + "/analyzer/" + name + ".json");
        REQUIRE(loaded.ok());
        const Scenario& s = *loaded.scenario;
        AnalyzerOptions truthOptions;
        truthOptions.budgetWork = 100'000'000;
        truthOptions.maxPlayouts = 50;
        const AnalysisReport truth = analyzeScenario(s, truthOptions);
        REQUIRE(truth.stats.exactComplete);
        for (std::uint64_t work : {1ULL, 30ULL, 300ULL, 3'000ULL, 30'000ULL, 300'000ULL}) {
            CAPTURE(work);
            AnalyzerOptions o;
            o.budgetWork = work;
            o.exact = false;
            o.maxPlayouts = 50;
            const AnalysisReport r = analyzeScenario(s, o);
            for (auto side : {&AnalysisReport::best, &AnalysisReport::worst}) {
                const bool maximise = side == &AnalysisReport::best;
                const Extreme& x = r.*side;
                const Extreme& t = truth.*side;
                if (!x.found) continue;
                REQUIRE(t.found);
                CHECK((maximise ? x.result <= t.result : x.result >= t.result)); // a real playthrough
                if (x.guarantee == Guarantee::Proved) CHECK(x.result == t.result);
                if (x.bounded) CHECK((maximise ? x.bound >= t.result : x.bound <= t.result));
            }
            REQUIRE(r.endings.size() == truth.endings.size());
            for (std::size_t e = 0; e < r.endings.size(); ++e)
                if (r.endings[e].reach != Reach::Unknown) CHECK(r.endings[e].reach == truth.endings[e].reach);
        }
    }
}

TEST_CASE("a search whose store of seen states is full goes on unless the store's size was given as its limit") {
    // Sized by memory, a full store only ends the merging of states met again: the search goes
    // on until its share of the budget is spent. Given as the limit, it stops the search there
    // (the pinned results use it to stop at the same state on every machine).
    const auto s = library("key-account-diagnosis");
    AnalyzerOptions o;
    o.exact = false;
    o.playouts = false;
    o.budgetWork = 600'000;
    o.maxMemoryBytes = std::size_t{2} << 20; // a store of some ten thousand states
    const AnalysisReport byMemory = analyzeScenario(*s, o);
    o.maxSearchStates = byMemory.stats.searchStates / 2;
    const AnalysisReport capped = analyzeScenario(*s, o);
    CHECK(capped.stats.searchStates <= 3 * o.maxSearchStates); // the best's, the worst's and the targets' stores
    CHECK(capped.stats.work + 2 * o.maxSearchStates < byMemory.stats.work);
    CHECK(byMemory.best.result >= capped.best.result);
}
