// The debrief's counterfactual search keeps its budget (issues 11 and 14): at a decision with
// 1,000 choices every step offers them all again, so states alone were no bound.

#include "report/Counterfactual.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

using namespace rapport;

namespace {
double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

TEST_CASE("the counterfactual search at a decision with 1,000 choices keeps its work budget") {
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_TEST_DATA) + "/hostile/many-choices.json");
    REQUIRE(loaded.ok());
    const auto s = loaded.scenario;
    Runner runner(*s);
    for (int i = 0; i < 6; ++i) REQUIRE(runner.choose("c0" + std::to_string(100 + i)) == ChooseError::None);
    REQUIRE(runner.choose("ende_jetzt") == ChooseError::None);
    REQUIRE(runner.finished());
    ReachSearch search(*s, 1000);
    ReachBudget budget;
    budget.states = 20000;
    budget.work = 2'000'000;
    auto start = std::chrono::steady_clock::now();
    const Reach best = search.bestFrom(runner.decisionStates()[0], budget);
    CHECK_FALSE(best.complete); // the budget ended it: each step offers 1,000 choices again
    CHECK(search.expanded() <= budget.states);
    CHECK(secondsSince(start) < 30.0);

    DebriefOptions options;
    options.searchWork = 2'000'000;
    start = std::chrono::steady_clock::now();
    const Debrief d = buildDebrief(runner, options);
    CHECK(secondsSince(start) < 30.0);
    CHECK(d.keyMoments.size() <= options.keyMoments);
    for (const KeyMoment& km : d.keyMoments) {
        CHECK(km.alternatives.size() == 1001); // every option is listed...
        const auto searched = std::count_if(km.alternatives.begin(), km.alternatives.end(), [](const Alternative& a) { return a.searched; });
        CHECK(searched <= 12); // ...but only the most promising are searched
    }
}

TEST_CASE("the counterfactual search gives the same answers however often it is asked") {
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_TEST_DATA) + "/hostile/many-choices.json");
    REQUIRE(loaded.ok());
    Runner runner(*loaded.scenario);
    for (int i = 0; i < 3; ++i) REQUIRE(runner.choose("c0" + std::to_string(100 + i)) == ChooseError::None);
    REQUIRE(runner.choose("ende_jetzt") == ChooseError::None);
    DebriefOptions options;
    options.searchWork = 1'000'000;
    const Debrief a = buildDebrief(runner, options);
    const Debrief b = buildDebrief(runner, options);
    REQUIRE(a.keyMoments.size() == b.keyMoments.size());
    for (std::size_t i = 0; i < a.keyMoments.size(); ++i) {
        CHECK(a.keyMoments[i].step == b.keyMoments[i].step);
        CHECK(a.keyMoments[i].bestMove == b.keyMoments[i].bestMove);
        CHECK(a.keyMoments[i].bestFinal == b.keyMoments[i].bestFinal);
    }
}
