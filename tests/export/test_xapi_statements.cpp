// A recorded run as xAPI statements, and the queue that keeps them until an LRS has them.

#include "ExportTestRuns.h"
#include "export/StatementSource.h"
#include "export/XapiStatements.h"
#include "store/ExportQueries.h"
#include "store/LearnerScore.h"
#include "store/StatementQueue.h"
#include "store/StoreTestFiles.h"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <set>

namespace fs = std::filesystem;
using namespace rapport;
using nlohmann::json;

namespace {

std::vector<json> parsed(const std::vector<store::QueuedStatement>& list) {
    std::vector<json> out;
    for (const store::QueuedStatement& q : list) out.push_back(json::parse(q.body));
    return out;
}

std::string verbOf(const json& s) { return s["verb"]["id"].get<std::string>(); }

} // namespace

TEST_CASE("xAPI: a finished run is attempted, answered per decision, completed, then passed or failed at the mastery score") {
    const fs::path dir = test::storeScratch("xapi-run");
    auto store = store::ProgressStore::open(dir / "rapport.db");
    const store::ProfileId anna = store->createProfile("Anna Beispiel");
    const store::RunId good = test::addExportRun(*store, anna, "erstgespraech", 1'765'000'000'000, 3);
    test::finishExportRun(*store, good, 1'765'000'009'000, store::masteryScore());
    const store::RunId poor = test::addExportRun(*store, anna, "erstgespraech", 1'765'000'100'000, 2);
    test::finishExportRun(*store, poor, 1'765'000'109'000, store::masteryScore() - 1);
    test::addExportRun(*store, anna, "erstgespraech", 1'765'000'200'000, 1); // unfinished
    store->commit();

    const std::vector<store::QueuedStatement> all = exports::allStatements(*store, std::nullopt);
    REQUIRE(all.size() == (1 + 3 + 2) + (1 + 2 + 2)); // none for the unfinished run
    const std::vector<json> s = parsed(all);
    const std::string adl = "http://adlnet.gov/expapi/verbs/";
    CHECK(verbOf(s[0]) == adl + "attempted");
    CHECK(verbOf(s[1]) == adl + "answered");
    CHECK(s[1]["result"]["response"] == "choice-0");
    CHECK(s[3]["result"]["response"] == "choice-2");
    CHECK(verbOf(s[4]) == adl + "completed");
    CHECK(verbOf(s[5]) == adl + "passed");
    CHECK(s[5]["result"]["success"] == true);
    CHECK(verbOf(s[9]) == adl + "completed");
    CHECK(verbOf(s[10]) == adl + "failed");
    CHECK(s[10]["result"]["success"] == false);

    const json& completed = s[4];
    CHECK(completed["result"]["score"] == json({{"scaled", 0.7}, {"raw", 70}, {"min", 0}, {"max", 100}}));
    CHECK(completed["context"]["revision"] == "3f1c0ffee");
    CHECK(completed["context"]["language"] == "de");
    CHECK(completed["object"]["id"] == "https://rapport.example/xapi/scenarios/erstgespraech");
    const json& weber = completed["result"]["extensions"]["https://rapport.example/xapi/extensions/persons"]["weber"];
    CHECK(weber["end"]["kompetenz"] == 30.0);
    CHECK(weber["start"].size() == 6);

    // The learner is the profile's random pseudonym, never its name or an e-mail address.
    const json& actor = s[0]["actor"];
    CHECK(actor["account"]["name"] == store::xapiAccount(*store, anna));
    CHECK(actor["account"]["name"].get<std::string>().size() == 36);
    CHECK_FALSE(actor.contains("mbox"));
    CHECK_FALSE(actor.contains("name"));
    CHECK(all.front().body.find("Anna") == std::string::npos);

    // Every statement id differs, and building them again gives the same ids and bodies.
    std::set<std::string> ids;
    for (const json& one : s) ids.insert(one["id"].get<std::string>());
    CHECK(ids.size() == all.size());
    const std::vector<store::QueuedStatement> again = exports::allStatements(*store, anna);
    REQUIRE(again.size() == all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(again[i].id == all[i].id);
        CHECK(again[i].body == all[i].body);
    }
    fs::remove_all(dir);
}

TEST_CASE("xAPI: two profiles get different pseudonyms, and a profile made again under an old name is a new learner") {
    const fs::path dir = test::storeScratch("xapi-accounts");
    auto store = store::ProgressStore::open(dir / "rapport.db");
    const store::ProfileId anna = store->createProfile("Anna");
    const store::ProfileId ben = store->createProfile("Ben");
    const std::string annaAccount = store::xapiAccount(*store, anna);
    CHECK(annaAccount != store::xapiAccount(*store, ben));
    store->deleteProfile(anna);
    CHECK(store::xapiAccount(*store, store->createProfile("Anna")) != annaAccount);
    fs::remove_all(dir);
}

TEST_CASE("the queue takes each finished run's statements once, and deleting a profile drops its waiting statements") {
    const fs::path dir = test::storeScratch("xapi-queue");
    auto store = store::ProgressStore::open(dir / "rapport.db");
    const store::ProfileId anna = store->createProfile("Anna");
    const store::ProfileId ben = store->createProfile("Ben");
    test::finishExportRun(*store, test::addExportRun(*store, anna, "a", 1000, 2), 5000, 80);
    const store::RunId open = test::addExportRun(*store, ben, "b", 2000, 1);
    store->commit();
    CHECK(exports::queueNewStatements(*store) == 5);
    CHECK(exports::queueNewStatements(*store) == 0);
    test::finishExportRun(*store, open, 9000, 20);
    CHECK(exports::queueNewStatements(*store) == 4);
    store::StatementQueue queue(*store);
    CHECK(queue.counts().unsent == 9);
    const auto first = queue.waiting(store::QueuePass::Fresh, 0, 3);
    REQUIRE(first.size() == 3);
    CHECK(json::parse(first[0].body)["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attempted");
    queue.markSent({first[0].id, first[1].id}, 10'000);
    queue.markRejected(first[2].id, "HTTP 409: conflict", 10'000);
    const store::QueueCounts c = queue.counts();
    CHECK(c.sent == 2);
    CHECK(c.unsent == 7);
    CHECK(c.rejected == 1);
    CHECK(queue.rejected(10).at(0).lastError == "HTTP 409: conflict");
    // Sent statements are not queued again when the run is looked at once more.
    CHECK(exports::queueNewStatements(*store) == 0);
    store->deleteProfile(ben);
    CHECK(queue.counts().unsent == 3);
    fs::remove_all(dir);
}

TEST_CASE("xAPI: a finished seminar session's teams are groups under the session's registration") {
    const fs::path dir = test::storeScratch("xapi-seminar");
    auto store = store::ProgressStore::open(dir / "rapport.db");
    store::SeminarRecord r;
    r.scenarioId = "erstgespraech";
    r.contentHash = "abc";
    r.form = "teams";
    r.startedAt = 1000;
    r.finishedAt = 600'000;
    r.sessionJson = "{}";
    store::SeminarTeamRecord t;
    t.name = "Team Nord";
    t.choices = {"c1", "c2"};
    t.result = 7500;
    t.score = 75;
    r.teams.push_back(t);
    r.votes.push_back(store::SeminarVoteRecord{0, 0, "c1", 4});
    const std::int64_t id = store->recordSeminarSession(r);
    store->commit();
    const auto session = store::readSeminarSession(*store, id);
    REQUIRE(session);
    const std::vector<json> s = parsed(exports::seminarStatements(*session));
    REQUIRE(s.size() == 1 + 2 + 2);
    CHECK(s[0]["actor"]["objectType"] == "Group");
    CHECK(s[0]["context"]["registration"] == session->registration);
    CHECK(s[1]["result"]["extensions"]["https://rapport.example/xapi/extensions/votes"]["c1"] == 4);
    CHECK(s[4]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed");
    CHECK(exports::queueNewStatements(*store) == 5);
    fs::remove_all(dir);
}
