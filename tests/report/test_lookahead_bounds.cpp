// The debrief's search for the best move within its work budget (issue 11): at a decision with
// 1,000 choices every step offers them all again, so states alone were no bound.

#include "report/Lookahead.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"

#include <doctest/doctest.h>

#include <chrono>

using namespace rapport;

TEST_CASE("the best move from a decision with 1,000 choices is searched within its work budget") {
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_TEST_DATA) + "/hostile/many-choices.json");
    REQUIRE(loaded.ok());
    const auto s = loaded.scenario;
    Runner runner(*s);
    for (int i = 0; i < 6; ++i) REQUIRE(runner.choose("c0" + std::to_string(100 + i)) == ChooseError::None);
    REQUIRE(runner.choose("ende_jetzt") == ChooseError::None);
    REQUIRE(runner.finished());
    LookaheadOptions look;
    look.maxWork = 2'000'000;
    const auto start = std::chrono::steady_clock::now();
    const Continuation best = searchContinuation(*s, runner.decisionStates()[0], look);
    CHECK_FALSE(best.proved); // the budget ended it: each step offers 1,000 choices again
    CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 30.0);
    DebriefOptions options;
    options.searchWork = 2'000'000;
    const Debrief d = buildDebrief(runner, options);
    CHECK(d.keyMoments.size() == 4);
    for (const KeyMoment& km : d.keyMoments) CHECK(km.alternatives.size() == 1001);
}
