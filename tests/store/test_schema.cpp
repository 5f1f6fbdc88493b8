// The database file: a new one gets the current schema, an old one is upgraded with its data
// kept, and a file that is not ours, damaged or newer is refused with a clear reason and left
// byte for byte as it was.

#include "store/ProgressStore.h"
#include "store/Schema.h"
#include "store/StoreTestFiles.h"

#include <doctest/doctest.h>

#include <sqlite3.h>

namespace fs = std::filesystem;
using namespace rapport;
using namespace rapport::store;
using rapport::test::fileBytes;
using rapport::test::storeScratch;

namespace {

/// Runs SQL on a file with the plain SQLite API (the way another program would).
void rawSql(const fs::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error != nullptr ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(code == SQLITE_OK);
}

/// Opening must fail with `problem`, and the file must keep every byte.
void refused(const fs::path& file, StoreProblem problem, const char* words) {
    const std::string before = fileBytes(file);
    try {
        (void)ProgressStore::open(file);
        FAIL("the file was accepted");
    } catch (const StoreError& e) {
        CHECK(e.problem() == problem);
        CHECK(std::string(e.what()).find(file.string()) != std::string::npos); // the message names the file
        CHECK(std::string(e.what()).find(words) != std::string::npos);
    }
    CHECK(fileBytes(file) == before);
    CHECK_FALSE(fs::exists(file.string() + "-wal"));
}

} // namespace

TEST_CASE("a new database gets the whole schema, WAL mode and Rapport's application id, in a new folder") {
    const fs::path dir = storeScratch("new");
    const fs::path file = dir / "deeper" / "rapport.db";
    auto store = ProgressStore::open(file);
    Database& db = store->database();
    CHECK(db.queryInt("PRAGMA user_version") == currentSchemaVersion());
    CHECK(db.queryInt("PRAGMA application_id") == kApplicationId);
    CHECK(db.queryText("PRAGMA journal_mode") == "wal");
    CHECK(db.queryInt("PRAGMA foreign_keys") == 1);
    // The learner's names and results: readable by the learner only.
    CHECK((fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    for (const char* table : {"profile", "run", "decision", "run_person", "run_principle", "seminar_session", "seminar_team", "seminar_vote"})
        CHECK_MESSAGE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + std::string(table) + "'") == 1, table);
    store.reset();
    // Opening again changes nothing.
    store = ProgressStore::open(file);
    CHECK(store->database().queryInt("PRAGMA user_version") == currentSchemaVersion());
    fs::remove_all(dir);
}

TEST_CASE("the migrations are numbered 1, 2, ... without gaps") {
    int expected = 1;
    for (const Migration& m : migrations()) CHECK(m.version == expected++);
}

SCENARIO("a database written by schema version 1 is upgraded and keeps its runs") {
    const fs::path dir = storeScratch("upgrade");
    const fs::path file = dir / "rapport.db";
    GIVEN("a file exactly as version 1 left it") {
        rawSql(file, fileBytes(fs::path(RAPPORT_TEST_DATA) / "store" / "schema-v1.sql"));
        WHEN("the current Rapport opens it") {
            auto store = ProgressStore::open(file);
            THEN("it has the current schema and the old runs read back unchanged") {
                CHECK(store->database().queryInt("PRAGMA user_version") == currentSchemaVersion());
                const auto anna = store->findProfile("anna"); // names compare without case
                REQUIRE(anna);
                const std::vector<RunSummary> runs = store->history(*anna, true);
                REQUIRE(runs.size() == 2);
                CHECK(runs[0].scenarioId == "trade-fair"); // newest first
                CHECK_FALSE(runs[0].finished);
                CHECK(runs[1].score == 61);
                CHECK(runs[1].style == "relationship-builder");
                REQUIRE(runs[1].persons.size() == 1);
                CHECK(runs[1].persons[0].end.dims[1] == 6100);
                CHECK(runs[1].persons[0].start.stage == "stranger");
                REQUIRE(runs[1].principles.size() == 1);
                CHECK(runs[1].principles[0].followed == 2);
                const auto unfinished = store->newestUnfinished(*anna);
                REQUIRE(unfinished);
                CHECK(unfinished->choices == std::vector<std::string>{"ask_first"});
                // The new tables work in the upgraded file.
                SeminarRecord session;
                session.scenarioId = "trade-fair";
                session.form = "plenary";
                session.sessionJson = "{}";
                CHECK(store->recordSeminarSession(session) > 0);
            }
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("another program's SQLite file is refused and left as it is") {
    const fs::path dir = storeScratch("foreign");
    const fs::path file = dir / "rapport.db";
    rawSql(file, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');");
    refused(file, StoreProblem::Foreign, "not a Rapport progress database");
    fs::remove_all(dir);
}

TEST_CASE("a file that is not SQLite at all is refused and left as it is") {
    const fs::path dir = storeScratch("text");
    const fs::path file = dir / "rapport.db";
    std::ofstream(file) << "These are my notes, not a database.\n";
    refused(file, StoreProblem::Foreign, "not an SQLite file");
    fs::remove_all(dir);
}

TEST_CASE("a damaged database is refused and left as it is") {
    const fs::path dir = storeScratch("damaged");
    const fs::path file = dir / "rapport.db";
    {
        auto store = ProgressStore::open(file);
        store->profileNamed("Anna");
    }
    // Checkpointed and closed: everything is in the main file. Garble the first page's b-tree
    // header (the table of tables) behind the 100-byte file header.
    std::string bytes = fileBytes(file);
    REQUIRE(bytes.size() > 4096);
    for (std::size_t i = 100; i < 140; ++i) bytes[i] = static_cast<char>(0xA5);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    refused(file, StoreProblem::Damaged, "malformed");
    fs::remove_all(dir);
}

TEST_CASE("a database from a newer Rapport is refused and left as it is") {
    const fs::path dir = storeScratch("newer");
    const fs::path file = dir / "rapport.db";
    {
        auto store = ProgressStore::open(file);
    }
    rawSql(file, "PRAGMA user_version = " + std::to_string(currentSchemaVersion() + 1));
    refused(file, StoreProblem::Newer, "newer Rapport");
    fs::remove_all(dir);
}
