// Profiles and runs in the progress store: names, deleting a profile with everything it owns, the
// history's order, the run to resume, and the hook for finished seminar sessions.

#include "store/ProgressStore.h"
#include "store/StoreTestFiles.h"

#include <doctest/doctest.h>

#include <cstdlib>

namespace fs = std::filesystem;
using namespace rapport;
using namespace rapport::store;

namespace {

RunId addRun(ProgressStore& store, ProfileId profile, const std::string& scenario, std::int64_t at, int decisions) {
    RunStart start;
    start.profile = profile;
    start.scenarioId = scenario;
    start.scenarioFile = "/scenarios/" + scenario + ".json";
    start.contentHash = "hash";
    start.origin = "script";
    start.startedAt = at;
    const RunId run = store.beginRun(start);
    for (int k = 0; k < decisions; ++k) {
        DecisionRecord d;
        d.step = static_cast<std::uint32_t>(k);
        d.nodeId = "n" + std::to_string(k);
        d.choiceId = "c" + std::to_string(k);
        d.chosenAt = at + 1000 * (k + 1);
        d.thinkMs = 1000;
        d.resultAfter = 100 * k;
        d.score = k;
        store.addDecision(run, d);
    }
    return run;
}

RunOutcome outcome(std::int64_t at, int score) {
    RunOutcome o;
    o.finishedAt = at;
    o.endingId = "end";
    o.endingRating = "good";
    o.result = score * 100;
    o.score = score;
    o.style = "steady";
    PersonRecord p;
    p.personaId = "weber";
    p.name = "Weber";
    p.start.dims = {2000, 2000, 2000, 2000, 2000, 2000};
    p.end.dims = {2500, 2600, 2700, 2800, 2900, 3000};
    p.start.stage = "stranger";
    p.end.stage = "acquaintance";
    o.persons.push_back(p);
    o.principles.push_back(PrincipleRecord{"give-first", 2, 1});
    return o;
}

std::int64_t count(ProgressStore& store, const std::string& table) { return store.database().queryInt("SELECT count(*) FROM " + table); }

} // namespace

TEST_CASE("profile names: trimmed, unique without regard to case, not empty, not too long, no control characters") {
    const fs::path dir = rapport::test::storeScratch("names");
    auto store = ProgressStore::open(dir / "rapport.db");
    CHECK(store->checkNewName("  Anna  ") == NameProblem::None);
    const ProfileId anna = store->createProfile("  Anna  ");
    CHECK(store->profiles().at(0).name == "Anna");
    CHECK(store->checkNewName("anna") == NameProblem::Taken);
    CHECK(store->checkNewName("   ") == NameProblem::Empty);
    CHECK(store->checkNewName(std::string(41, 'x')) == NameProblem::TooLong);
    CHECK(store->checkNewName("Ärztin Müller-Lüdenscheidt, Team Ost") == NameProblem::None); // umlauts count as one character each
    CHECK(store->checkNewName("a\tb") == NameProblem::ControlCharacter);
    CHECK(store->checkNewName("a\nb") == NameProblem::ControlCharacter);
    CHECK_THROWS_AS(store->createProfile("ANNA"), StoreError);
    CHECK(store->profileNamed("Anna") == anna);
    CHECK(store->profileNamed("Ben") != anna);
    CHECK(store->profiles().size() == 2);
    fs::remove_all(dir);
}

TEST_CASE("deleting a profile deletes its runs, decisions, persons and principles, and nobody else's") {
    const fs::path dir = rapport::test::storeScratch("delete");
    auto store = ProgressStore::open(dir / "rapport.db");
    const ProfileId anna = store->createProfile("Anna");
    const ProfileId ben = store->createProfile("Ben");
    store->finishRun(addRun(*store, anna, "a", 1000, 3), outcome(9000, 50));
    addRun(*store, anna, "b", 2000, 2);
    store->finishRun(addRun(*store, ben, "a", 3000, 4), outcome(9000, 70));
    store->commit();
    REQUIRE(count(*store, "run") == 3);
    store->deleteProfile(anna);
    CHECK(count(*store, "profile") == 1);
    CHECK(count(*store, "run") == 1);
    CHECK(count(*store, "decision") == 4);
    CHECK(count(*store, "run_person") == 2); // Ben's one person, at start and end
    CHECK(count(*store, "run_principle") == 1);
    CHECK(store->history(ben, false).size() == 1);
    fs::remove_all(dir);
}

TEST_CASE("the history lists a profile's runs newest first, with their totals and outcome") {
    const fs::path dir = rapport::test::storeScratch("history");
    auto store = ProgressStore::open(dir / "rapport.db");
    const ProfileId anna = store->createProfile("Anna");
    const ProfileId ben = store->createProfile("Ben");
    store->finishRun(addRun(*store, anna, "first", 1000, 3), outcome(5000, 40));
    addRun(*store, anna, "second", 2000, 2);
    addRun(*store, ben, "bens", 3000, 1);
    const std::vector<RunSummary> runs = store->history(anna, true);
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].scenarioId == "second");
    CHECK_FALSE(runs[0].finished);
    CHECK(runs[0].steps == 2);
    CHECK(runs[0].activeMs == 2000);
    CHECK(runs[0].score == 1); // the latest decision's score while unfinished
    CHECK(runs[1].finished);
    CHECK(runs[1].score == 40);
    CHECK(runs[1].finishedAt == 5000);
    CHECK(runs[1].endingRating == "good");
    REQUIRE(runs[1].persons.size() == 1);
    CHECK(runs[1].persons[0].start.dims[0] == 2000);
    CHECK(runs[1].persons[0].end.dims[5] == 3000);
    CHECK(runs[1].persons[0].end.stage == "acquaintance");
    CHECK(runs[1].principles.at(0).violated == 1);
    fs::remove_all(dir);
}

TEST_CASE("the run to resume is the profile's most recently played unfinished one, with its choices in order") {
    const fs::path dir = rapport::test::storeScratch("resume");
    auto store = ProgressStore::open(dir / "rapport.db");
    const ProfileId anna = store->createProfile("Anna");
    CHECK_FALSE(store->newestUnfinished(anna));
    addRun(*store, anna, "older", 1000, 2);          // last played at 3000
    addRun(*store, anna, "newer-start", 500, 5);     // started earlier, last played at 5500
    store->finishRun(addRun(*store, anna, "done", 9000, 1), outcome(11000, 10));
    const auto run = store->newestUnfinished(anna);
    REQUIRE(run);
    CHECK(run->summary.scenarioId == "newer-start");
    CHECK(run->choices == std::vector<std::string>{"c0", "c1", "c2", "c3", "c4"});
    fs::remove_all(dir);
}

TEST_CASE("a write is visible to another connection only after commit") {
    const fs::path dir = rapport::test::storeScratch("commit");
    auto writer = ProgressStore::open(dir / "rapport.db");
    const ProfileId anna = writer->createProfile("Anna"); // creating a profile commits at once
    addRun(*writer, anna, "a", 1000, 3);
    auto reader = ProgressStore::open(dir / "rapport.db");
    CHECK(reader->history(anna, false).empty());
    writer->commit();
    const auto runs = reader->history(anna, false);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].steps == 3);
    fs::remove_all(dir);
}

TEST_CASE("a finished seminar session is recorded with its teams and votes") {
    const fs::path dir = rapport::test::storeScratch("seminar");
    auto store = ProgressStore::open(dir / "rapport.db");
    SeminarRecord s;
    s.scenarioId = "trade-fair";
    s.contentHash = "abc";
    s.form = "teams";
    s.startedAt = 1000;
    s.finishedAt = 2000;
    s.sessionJson = "{\"teams\": 2}";
    s.teams.push_back(SeminarTeamRecord{"Nord", {"a", "b\"quoted\""}, 5000, 50, std::nullopt, "end", "steady"});
    s.teams.push_back(SeminarTeamRecord{"Süd", {"a"}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    s.votes.push_back(SeminarVoteRecord{0, 0, "a", 7});
    s.votes.push_back(SeminarVoteRecord{1, 0, "a", 5});
    const std::int64_t id = store->recordSeminarSession(s);
    Database& db = store->database();
    CHECK(db.queryInt("SELECT count(*) FROM seminar_team WHERE session_id = " + std::to_string(id)) == 2);
    CHECK(db.queryText("SELECT choices FROM seminar_team WHERE team = 0") == "[\"a\",\"b\\\"quoted\\\"\"]");
    CHECK(db.queryInt("SELECT sum(votes) FROM seminar_vote") == 12);
    fs::remove_all(dir);
}

TEST_CASE("a second connection in the same process (the window's background sync) never costs the first one its commits") {
    // Another process (a terminal's rapport, the sqlite3 shell) that opens and closes the file must
    // still see this process's locks: were they dropped, it would take itself for the last
    // connection and delete the log that the window goes on writing to.
    const fs::path dir = rapport::test::storeScratch("second-connection");
    const fs::path file = dir / "rapport.db";
    // A process of its own (python3's sqlite3), not a fork: a forked child would inherit this
    // process's SQLite state and trust locks the kernel no longer has.
    auto otherProcessReads = [&] {
        const std::string command = "python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"SELECT count(*) FROM profile\").fetchone(); c.close()' " + file.string();
        REQUIRE(std::system(command.c_str()) == 0);
    };
    {
        auto store = ProgressStore::open(file);
        store->createProfile("Anna");
        store->commit();
        {
            auto other = store->openAnother();
            other->createProfile("Ben");
            other->commit();
        }
        otherProcessReads();
        store->createProfile("Cem");
        store->commit();
        otherProcessReads();
        CHECK(fs::exists(dir / "rapport.db-wal"));
    }
    auto reopened = ProgressStore::open(file);
    CHECK(reopened->profiles().size() == 3);
    fs::remove_all(dir);
}
