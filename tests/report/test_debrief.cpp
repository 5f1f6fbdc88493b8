// The debrief: key moments with their reasons, the roads not taken, the best move, principles and
// the style diagnosis, built from a runner's playthrough.

#include "ScenarioBuilder.h"

#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"

#include <doctest/doctest.h>

using namespace rapport;
using rapport::test::smallScenario;

TEST_CASE("the debrief names key moments with reasons, the roads not taken, and the best move") {
    const Scenario s = smallScenario();
    Runner runner(s);
    for (const char* id : {"chat", "chat", "chat", "chat", "leave"}) REQUIRE(runner.choose(id) == ChooseError::None);
    const Debrief d = buildDebrief(runner);
    CHECK(d.finished);
    REQUIRE_FALSE(d.keyMoments.empty());
    for (const KeyMoment& km : d.keyMoments) {
        CHECK_FALSE(km.alternatives.empty());
        CHECK(km.bestMove != kNone);
    }
    // A best continuation from the first decision beats the chatty path that was played.
    CHECK(d.keyMoments.front().bestFinal > d.result);
    bool proportionViolated = false;
    for (const PrincipleReview& r : d.principles)
        proportionViolated = proportionViolated || (r.principle == Principle::Proportion && r.violated > 0);
    CHECK(proportionViolated);
    const std::string text = debriefToText(runner, d, Lang::De);
    CHECK(text.find("Schlüsselmomente") != std::string::npos);
}

TEST_CASE("the style diagnosis tells a relationship builder from an onlooker") {
    const Scenario s = smallScenario();
    Runner builder(s);
    for (const char* id : {"ask", "give", "ask", "share", "leave"}) REQUIRE(builder.choose(id) == ChooseError::None);
    CHECK(buildDebrief(builder).style.style == Style::RelationshipBuilder);
    Runner onlooker(s);
    REQUIRE(onlooker.choose("leave") == ChooseError::None);
    CHECK(buildDebrief(onlooker).style.style == Style::Onlooker);
}
