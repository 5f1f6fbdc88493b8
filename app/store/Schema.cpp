#include "store/Schema.h"

#include <string>

namespace rapport::store {
namespace {

// Times are milliseconds since 1970-01-01 UTC; model values (results, dimensions) are hundredths
// of a point as the engine keeps them (0-10000 = 0-100), so nothing is rounded on the way in.
constexpr std::string_view kProgressV1 = R"sql(
CREATE TABLE profile (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at INTEGER NOT NULL
);
CREATE TABLE run (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
  scenario_id TEXT NOT NULL,
  scenario_file TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  language TEXT NOT NULL,
  seed INTEGER NOT NULL,
  origin TEXT NOT NULL,
  replay_of INTEGER REFERENCES run(id) ON DELETE SET NULL,
  replay_from_step INTEGER,
  started_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  finished_at INTEGER,
  active_ms INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'playing' CHECK (status IN ('playing', 'finished')),
  steps INTEGER NOT NULL DEFAULT 0,
  start_result INTEGER NOT NULL,
  result INTEGER NOT NULL,
  score INTEGER NOT NULL,
  score_label TEXT,
  ending_id TEXT,
  ending_rating TEXT,
  style TEXT
);
CREATE INDEX run_by_profile ON run (profile_id, started_at DESC, id DESC);
CREATE INDEX run_unfinished ON run (profile_id, updated_at) WHERE status = 'playing';
CREATE TABLE decision (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  node_id TEXT NOT NULL,
  choice_id TEXT NOT NULL,
  chosen_at INTEGER NOT NULL,
  think_ms INTEGER NOT NULL,
  result_before INTEGER NOT NULL,
  result_after INTEGER NOT NULL,
  score INTEGER NOT NULL,
  PRIMARY KEY (run_id, step)
) WITHOUT ROWID;
CREATE TABLE run_person (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  person INTEGER NOT NULL,
  persona_id TEXT NOT NULL,
  moment TEXT NOT NULL CHECK (moment IN ('start', 'end')),
  name TEXT NOT NULL,
  sympathie INTEGER NOT NULL,
  anerkennung INTEGER NOT NULL,
  vertrauen INTEGER NOT NULL,
  gegenseitigkeit INTEGER NOT NULL,
  intensitaet INTEGER NOT NULL,
  kompetenz INTEGER NOT NULL,
  quality INTEGER NOT NULL,
  stage TEXT NOT NULL,
  PRIMARY KEY (run_id, person, moment)
) WITHOUT ROWID;
CREATE TABLE run_principle (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  principle TEXT NOT NULL,
  followed INTEGER NOT NULL,
  violated INTEGER NOT NULL,
  PRIMARY KEY (run_id, principle)
) WITHOUT ROWID;
)sql";

// The seminar mode records a session once it is finished; its live crash store stays the
// session file. session_json is the engine's own serialisation of the whole session (branches
// included); teams and votes are also spelled out for queries and exports.
constexpr std::string_view kSeminarV2 = R"sql(
CREATE TABLE seminar_session (
  id INTEGER PRIMARY KEY,
  scenario_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  language TEXT NOT NULL,
  form TEXT NOT NULL CHECK (form IN ('plenary', 'teams')),
  started_at INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  session_json TEXT NOT NULL
);
CREATE TABLE seminar_team (
  session_id INTEGER NOT NULL REFERENCES seminar_session(id) ON DELETE CASCADE,
  team INTEGER NOT NULL,
  name TEXT NOT NULL,
  choices TEXT NOT NULL,
  result INTEGER,
  score INTEGER,
  score_label TEXT,
  ending_id TEXT,
  style TEXT,
  PRIMARY KEY (session_id, team)
) WITHOUT ROWID;
CREATE TABLE seminar_vote (
  session_id INTEGER NOT NULL REFERENCES seminar_session(id) ON DELETE CASCADE,
  team INTEGER NOT NULL,
  step INTEGER NOT NULL,
  choice_id TEXT NOT NULL,
  votes INTEGER NOT NULL,
  PRIMARY KEY (session_id, team, step, choice_id)
) WITHOUT ROWID;
)sql";

// The progress screen reads every run of a profile and adds up its principles: from two covering
// indexes, without the rows' longer columns and without a lookup per run, so that 10,000 runs
// open in a few milliseconds of CPU. A run's principles carry its profile for that.
constexpr std::string_view kProgressIndexV3 = R"sql(
CREATE INDEX run_progress ON run (profile_id, finished_at, id, scenario_id, status, score, score_label);
ALTER TABLE run_principle ADD COLUMN profile_id INTEGER REFERENCES profile(id) ON DELETE CASCADE;
UPDATE run_principle SET profile_id = (SELECT r.profile_id FROM run r WHERE r.id = run_principle.run_id);
CREATE INDEX principle_by_profile ON run_principle (profile_id, principle, followed, violated);
)sql";

// The exports of issue 20 (docs/exports.md). Every profile gets a pseudonym for its xAPI
// `account` and every seminar session a registration: random version-4 UUIDs made here, so that
// two laptops never produce the same learner or statement ids, and a profile created again under
// an old name is a new learner. The queue holds the statements of finished runs until a Learning
// Record Store has taken them: `body` is the statement as built when the run was queued (NULL
// once sent), `last_error` the LRS's reason when it rejected it.
#define RAPPORT_SQL_UUID4                                                                                            \
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)" \
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'"          \
    " || lower(hex(randomblob(6)))"
constexpr std::string_view kStatementQueueV4 =
    "ALTER TABLE profile ADD COLUMN xapi_account TEXT;\n"
    "UPDATE profile SET xapi_account = " RAPPORT_SQL_UUID4 ";\n"
    "CREATE TRIGGER profile_xapi_account AFTER INSERT ON profile WHEN NEW.xapi_account IS NULL BEGIN\n"
    "  UPDATE profile SET xapi_account = " RAPPORT_SQL_UUID4 " WHERE id = NEW.id;\n"
    "END;\n"
    "ALTER TABLE seminar_session ADD COLUMN registration TEXT;\n"
    "UPDATE seminar_session SET registration = " RAPPORT_SQL_UUID4 ";\n"
    "CREATE TRIGGER seminar_session_registration AFTER INSERT ON seminar_session WHEN NEW.registration IS NULL BEGIN\n"
    "  UPDATE seminar_session SET registration = " RAPPORT_SQL_UUID4 " WHERE id = NEW.id;\n"
    "END;\n"
    R"sql(
CREATE TABLE xapi_statement (
  id TEXT PRIMARY KEY,
  run_id INTEGER REFERENCES run(id) ON DELETE CASCADE,
  session_id INTEGER REFERENCES seminar_session(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  body TEXT,
  queued_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_attempt_at INTEGER,
  last_error TEXT,
  sent_at INTEGER,
  CHECK ((run_id IS NULL) <> (session_id IS NULL))
);
CREATE INDEX xapi_statement_by_run ON xapi_statement (run_id);
CREATE INDEX xapi_statement_by_session ON xapi_statement (session_id);
CREATE INDEX xapi_statement_unsent ON xapi_statement (sent_at) WHERE sent_at IS NULL;
)sql";
#undef RAPPORT_SQL_UUID4

} // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1, "profiles, runs, decisions, each person's dimensions at start and end, principles", kProgressV1},
        {2, "finished seminar sessions: teams, votes, results", kSeminarV2},
        {3, "indexes from which the progress screen reads a profile's runs and principles", kProgressIndexV3},
        {4, "xAPI: a pseudonym per profile, a registration per seminar session, the queue of statements to send", kStatementQueueV4},
    };
    return list;
}

int currentSchemaVersion() { return migrations().back().version; }

void migrate(Database& db, int target) {
    if (target < 0) target = currentSchemaVersion();
    // Up to date: no write lock needed (another process may be in the middle of a write).
    if (db.queryInt("PRAGMA user_version") >= target) return;
    db.exec("BEGIN IMMEDIATE");
    try {
        // Read inside the write transaction: two processes opening a new file at once must not
        // both apply migration 1.
        const auto version = static_cast<int>(db.queryInt("PRAGMA user_version"));
        if (version < target) {
            for (const Migration& m : migrations())
                if (m.version > version && m.version <= target) db.exec(m.sql);
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db.exec("PRAGMA user_version = " + std::to_string(target));
        }
        db.exec("COMMIT");
    } catch (...) {
        try {
            db.exec("ROLLBACK");
        } catch (const StoreError&) { // SQLite may have rolled back already
        }
        throw;
    }
}

} // namespace rapport::store
