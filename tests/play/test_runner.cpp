// The runner's pull loop, determinism, save/restore and rewind (issue 3, item 11 and "the runner").

#include "ScenarioBuilder.h"

#include "rapport/play/Runner.h"
#include "rapport/play/SaveGame.h"

#include <doctest/doctest.h>

using namespace rapport;
using rapport::test::ScenarioBuilder;
using rapport::test::smallScenario;

SCENARIO("narration never waits, only decisions do") {
    const Scenario s = smallScenario();
    GIVEN("a new runner") {
        Runner runner(s);
        THEN("it has passed the narration and waits at the decision") {
            CHECK(runner.current().id == "meet");
            CHECK(runner.choices().size() == 5);
            REQUIRE(runner.lines().size() == 1);
            CHECK(runner.lineText(runner.lines()[0]) == "The break begins.");
            CHECK_FALSE(runner.finished());
        }
    }
}

SCENARIO("choosing by number, by id, and refusing what is not possible") {
    const Scenario s = smallScenario();
    GIVEN("a runner at the first decision") {
        Runner runner(s);
        WHEN("the player types a number out of range") {
            const ChooseError e = runner.choose("9");
            THEN("it is refused and nothing changes") {
                CHECK(e == ChooseError::NotOpen);
                CHECK(runner.path().empty());
            }
        }
        WHEN("the player types an unknown id") {
            const ChooseError e = runner.choose("dance");
            THEN("it is refused as unknown") { CHECK(e == ChooseError::Unknown); }
        }
        WHEN("the player leaves by id") {
            const ChooseError e = runner.choose("leave");
            THEN("the scenario is finished and further choices are refused") {
                CHECK(e == ChooseError::None);
                CHECK(runner.finished());
                CHECK(runner.choose("ask") == ChooseError::Finished);
            }
        }
    }
}

TEST_CASE("the same scenario, seed and choices give the same state, bit for bit") {
    const Scenario s = smallScenario();
    Runner a(s);
    Runner b(s); // two independent states over one scenario, like two seminar teams
    for (const char* id : {"ask", "give", "chat", "share", "ask"}) {
        REQUIRE(a.choose(id) == ChooseError::None);
        REQUIRE(b.choose(id) == ChooseError::None);
    }
    CHECK(a.state() == b.state());
    CHECK(hashState(a.state()) == hashState(b.state()));
    CHECK(stateToJson(s, a.state()) == stateToJson(s, b.state()));
    Runner c(s);
    REQUIRE(c.choose("give") == ChooseError::None);
    CHECK(c.state() != a.state());
}

TEST_CASE("a state saves to JSON and loads back exactly") {
    const Scenario s = smallScenario();
    Runner runner(s);
    for (const char* id : {"ask", "give", "chat"}) REQUIRE(runner.choose(id) == ChooseError::None);
    const std::string json = stateToJson(s, runner.state());
    State loaded;
    std::string error;
    REQUIRE(stateFromJson(s, json, loaded, error));
    CHECK(loaded == runner.state());
    CHECK(stateToJson(s, loaded) == json);

    Runner restored(s);
    REQUIRE(loadGame(restored, saveGame(runner), error));
    CHECK(restored.state() == runner.state());
    CHECK(restored.changes().size() == runner.changes().size()); // the log is rebuilt by replay

    State broken;
    CHECK_FALSE(stateFromJson(s, "{\"node\": \"nowhere\"}", broken, error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("rewind restores any earlier decision, and play goes on from there") {
    const Scenario s = smallScenario();
    Runner runner(s);
    REQUIRE(runner.choose("ask") == ChooseError::None);
    const State atSecondDecision = runner.state();
    const std::size_t changesThen = runner.changes().size();
    REQUIRE(runner.choose("chat") == ChooseError::None);
    REQUIRE(runner.choose("leave") == ChooseError::None);
    REQUIRE(runner.finished());

    runner.rewindTo(1);
    CHECK(runner.state() == atSecondDecision);
    CHECK(runner.changes().size() == changesThen);
    CHECK(runner.path().size() == 1);
    CHECK_FALSE(runner.finished());
    REQUIRE(runner.choose("give") == ChooseError::None);
    CHECK(runner.path().size() == 2);
}

TEST_CASE("chance is explicit and seeded: the same seed gives the same branch, the stated odds hold") {
    ScenarioBuilder b;
    b.persona("p");
    const NodeIndex heads = b.ending("heads");
    const NodeIndex tails = b.ending("tails");
    Node coin;
    coin.id = "coin";
    coin.kind = NodeKind::Chance;
    coin.branches = {Branch{kNoExpr, heads, 30}, Branch{kNoExpr, tails, 70}};
    b.raw().nodes.push_back(coin);
    b.raw().start = static_cast<NodeIndex>(b.raw().nodes.size() - 1);
    const Scenario s = b.build();
    int headsCount = 0;
    for (std::uint64_t seed = 1; seed <= 1000; ++seed) {
        RunnerOptions options;
        options.seed = seed;
        Runner first(s, options);
        Runner again(s, options);
        CHECK(first.state() == again.state());
        if (first.current().id == "heads") ++headsCount;
    }
    CHECK(headsCount > 240);
    CHECK(headsCount < 360);
}
