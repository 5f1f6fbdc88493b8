// What the progress screen shows: scores over time per scenario, the best run, principles across
// finished runs, and what to practise next.

#include "store/ProgressStore.h"
#include "store/StoreTestFiles.h"

#include <doctest/doctest.h>

namespace fs = std::filesystem;
using namespace rapport;
using namespace rapport::store;

namespace {

void finishedRun(ProgressStore& store, ProfileId profile, const std::string& scenario, std::int64_t at, int score,
                 std::vector<PrincipleRecord> principles) {
    RunStart start;
    start.profile = profile;
    start.scenarioId = scenario;
    start.origin = "script";
    start.startedAt = at;
    const RunId run = store.beginRun(start);
    RunOutcome o;
    o.finishedAt = at + 10;
    o.score = score;
    o.principles = std::move(principles);
    store.finishRun(run, o);
}

} // namespace

SCENARIO("the progress of a profile across its runs") {
    const fs::path dir = rapport::test::storeScratch("progress");
    auto store = ProgressStore::open(dir / "rapport.db");
    const ProfileId anna = store->createProfile("Anna");
    const ProfileId ben = store->createProfile("Ben");
    GIVEN("finished runs on two scenarios, an unfinished one, and another profile's run") {
        finishedRun(*store, anna, "trade-fair", 3000, 40, {{"give-first", 1, 2}, {"quality", 3, 0}});
        finishedRun(*store, anna, "trade-fair", 1000, 20, {{"give-first", 0, 3}});
        finishedRun(*store, anna, "trade-fair", 5000, 40, {});
        finishedRun(*store, anna, "coffee", 2000, 70, {{"quality", 1, 1}});
        RunStart unfinished;
        unfinished.profile = anna;
        unfinished.scenarioId = "coffee";
        unfinished.startedAt = 9000;
        const RunId open = store->beginRun(unfinished);
        RunOutcome notCounted; // principles of an unfinished run do not count
        store->finishRun(open, notCounted);
        store->truncateRun(open, 0, 9100, 0, 0);
        finishedRun(*store, ben, "coffee", 4000, 99, {{"quality", 0, 9}});
        WHEN("the progress is read") {
            const ProgressData p = store->progress(anna);
            THEN("each scenario's scores are in the order played, with the first best run") {
                CHECK(p.runs == 5);
                CHECK(p.finished == 4);
                REQUIRE(p.scenarios.size() == 2);
                const ScenarioProgress& coffee = p.scenarios[0];
                CHECK(coffee.scenarioId == "coffee");
                CHECK(coffee.runs == 2);
                REQUIRE(coffee.scores.size() == 1);
                CHECK(coffee.best.score == 70);
                const ScenarioProgress& fair = p.scenarios[1];
                REQUIRE(fair.scores.size() == 3);
                CHECK(fair.scores[0].score == 20);
                CHECK(fair.scores[1].score == 40);
                CHECK(fair.scores[2].score == 40);
                CHECK(fair.best.finishedAt == 3010); // the earlier of the two 40s
            }
            THEN("principles add up over the profile's finished runs only") {
                REQUIRE(p.principles.size() == 2);
                CHECK(p.principles[0].principle == Principle::Quality);
                CHECK(p.principles[0].followed == 4);
                CHECK(p.principles[0].violated == 1);
                CHECK(p.principles[1].principle == Principle::GiveFirst);
                CHECK(p.principles[1].violated == 5);
            }
            THEN("the advice is the most violated principle and a scenario that lists it") {
                const std::vector<ScenarioPrinciples> library = {
                    {"coffee", {Principle::Quality}},
                    {"trade-fair", {Principle::GiveFirst, Principle::Quality}},
                    {"giving", {Principle::Connect}},
                };
                const auto advice = practiseNext(p, library);
                REQUIRE(advice);
                CHECK(advice->principle == Principle::GiveFirst);
                CHECK(advice->violated == 5);
                CHECK(advice->scenarioId == "trade-fair");
            }
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("practise next: ties go to the principle followed less, unplayed scenarios first, then the lowest best score") {
    ProgressData p;
    p.principles = {{Principle::Quality, 5, 3}, {Principle::Connect, 1, 3}, {Principle::Diagnose, 9, 0}};
    ScenarioProgress played;
    played.scenarioId = "a";
    played.scores = {ScorePoint{1, 1, 80}};
    played.best = played.scores[0];
    ScenarioProgress weak = played;
    weak.scenarioId = "b";
    weak.best.score = 30;
    weak.scores[0].score = 30;
    p.scenarios = {played, weak};
    auto advice = practiseNext(p, {{"a", {Principle::Connect}}, {"b", {Principle::Connect}}});
    REQUIRE(advice);
    CHECK(advice->principle == Principle::Connect);
    CHECK(advice->scenarioId == "b");
    advice = practiseNext(p, {{"a", {Principle::Connect}}, {"b", {Principle::Connect}}, {"new", {Principle::Connect}}});
    CHECK(advice->scenarioId == "new");
    advice = practiseNext(p, {{"a", {Principle::Quality}}});
    CHECK_FALSE(advice->scenarioId);
    CHECK_FALSE(practiseNext(ProgressData{}, {}));
}

TEST_CASE("the progress screen's queries read covering indexes: no row lookups, no sort") {
    const fs::path dir = rapport::test::storeScratch("plan");
    auto store = ProgressStore::open(dir / "rapport.db");
    Database& db = store->database();
    auto planOf = [&](const std::string& sql) {
        Statement plan = db.prepare("EXPLAIN QUERY PLAN " + sql);
        std::string text;
        while (plan.step()) text += plan.text(3) + "\n";
        return text;
    };
    const std::string runs = planOf("SELECT id, scenario_id, status, finished_at, score, score_label FROM run WHERE profile_id = 1"
                                    " ORDER BY finished_at, id");
    CHECK_MESSAGE(runs.find("COVERING INDEX run_progress") != std::string::npos, runs);
    CHECK_MESSAGE(runs.find("TEMP B-TREE") == std::string::npos, runs);
    const std::string principles = planOf("SELECT principle, sum(followed), sum(violated) FROM run_principle WHERE profile_id = 1 GROUP BY principle");
    CHECK_MESSAGE(principles.find("COVERING INDEX principle_by_profile") != std::string::npos, principles);
    CHECK_MESSAGE(principles.find("TEMP B-TREE") == std::string::npos, principles);
    fs::remove_all(dir);
}
