// Opening the database safely, profiles, and writing runs. Queries are in StoreQueries.cpp.

#include "store/ProgressStore.h"

#include "store/Schema.h"

#include "rapport/core/Cite.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <system_error>
#include <utility>

namespace rapport::store {
namespace {

// The first 16 bytes of every SQLite 3 database file.
constexpr std::string_view kSqliteHeader{"SQLite format 3\0", 16};

// What is in the file before SQLite touches it: a missing or empty file is ours to create; a file
// without the SQLite header is someone else's (SQLite would otherwise answer only at the first query).
enum class FileKind : std::uint8_t { Missing, Empty, Sqlite, Other };

FileKind inspect(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return FileKind::Missing;
    std::ifstream in(file, std::ios::binary);
    if (!in) throw StoreError(file.string() + ": cannot be read");
    std::array<char, 16> head{};
    in.read(head.data(), head.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) return FileKind::Empty;
    return got == head.size() && std::string_view(head.data(), head.size()) == kSqliteHeader ? FileKind::Sqlite : FileKind::Other;
}

std::size_t utf8Length(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++n;
    return n;
}

// The log is copied into the database file when the learner is not waiting (checkpointIfDue), or
// in commit() once it is this large: about 1 MB and 32 MB with 4 KB pages.
constexpr int kIdleCheckpointPages = 256;
constexpr int kForcedCheckpointPages = 8192;

} // namespace

int noteWalPages(void* self, sqlite3*, const char*, int pages) {
    static_cast<ProgressStore*>(self)->m_walPages = pages;
    return SQLITE_OK;
}

std::int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string trimName(std::string_view name) {
    const auto first = name.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = name.find_last_not_of(" \t");
    return std::string(name.substr(first, last - first + 1));
}

ProgressStore::ProgressStore(const std::filesystem::path& file, bool create) : m_file(file), m_db(file.string(), create) {}

std::unique_ptr<ProgressStore> ProgressStore::open(const std::filesystem::path& file) {
    const FileKind kind = inspect(file);
    if (kind == FileKind::Other)
        throw StoreError(file.string() + ": not a Rapport progress database (not an SQLite file)", StoreProblem::Foreign);
    if (kind == FileKind::Missing) {
        std::error_code ec;
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) throw StoreError(file.parent_path().string() + ": cannot create the folder: " + ec.message());
        // Names and results are the learner's own: readable by the learner only (SQLite gives its
        // log files the same mode). An empty file is a new database to SQLite.
        const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) throw StoreError(file.string() + ": cannot create the file: " + std::strerror(errno));
        if (fd >= 0) ::close(fd);
    }
    std::unique_ptr<ProgressStore> store(new ProgressStore(file, kind != FileKind::Sqlite));
    Database& db = store->m_db;
    // Another process (the window and a terminal) may hold the write lock for a moment.
    db.exec("PRAGMA busy_timeout = 5000");
    if (kind == FileKind::Sqlite) {
        // Read before anything writes: a foreign or newer file must stay exactly as it is.
        std::int64_t appId = 0, version = 0, tables = 0;
        try {
            appId = db.queryInt("PRAGMA application_id");
            version = db.queryInt("PRAGMA user_version");
            tables = db.queryInt("SELECT count(*) FROM sqlite_master");
        } catch (const StoreError& e) {
            // The file says it is SQLite, but SQLite cannot read it.
            throw StoreError(file.string() + ": " + e.what(), e.problem() == StoreProblem::Io ? StoreProblem::Io : StoreProblem::Damaged);
        }
        if (appId != kApplicationId && (appId != 0 || tables != 0))
            throw StoreError(file.string() + ": not a Rapport progress database (another program's SQLite file)", StoreProblem::Foreign);
        if (version > currentSchemaVersion())
            throw StoreError(file.string() + ": written by a newer Rapport (schema " + std::to_string(version) + ", this one knows up to " +
                                 std::to_string(currentSchemaVersion()) + ")",
                             StoreProblem::Newer);
    }
    store->configureConnection();
    migrate(db);
    return store;
}

std::unique_ptr<ProgressStore> ProgressStore::openAnother() const {
    // No inspect(): reading the file through a descriptor of our own and closing it would drop
    // every POSIX lock this process holds on it, this connection's included; the next connection
    // to close would then take itself for the last one and delete the log this one still writes.
    std::unique_ptr<ProgressStore> store(new ProgressStore(m_file, false));
    store->m_db.exec("PRAGMA busy_timeout = 5000");
    store->configureConnection();
    return store;
}

void ProgressStore::configureConnection() {
    // WAL: readers never wait for the writer, and a commit is one append to the log.
    // synchronous=NORMAL: a commit survives a crash of the process; only a power cut may lose the
    // latest one (the file itself stays consistent either way).
    if (m_db.queryText("PRAGMA journal_mode = WAL") != "wal") throw StoreError(m_file.string() + ": cannot switch to WAL mode");
    m_db.exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    // SQLite would copy the log into the file inside some commit, with an fsync: that commit
    // would take milliseconds instead of microseconds. The store does it between decisions.
    m_db.exec("PRAGMA wal_autocheckpoint = 0");
    sqlite3_wal_hook(m_db.handle(), noteWalPages, this);
}

ProgressStore::~ProgressStore() {
    try {
        commit();
        checkpointIfDue(); // closing the last connection checkpoints too; this covers the others
    } catch (const StoreError&) { // nothing sensible to do in a destructor; SQLite rolls back
    }
}

void ProgressStore::write() {
    if (!m_db.inTransaction()) m_db.exec("BEGIN IMMEDIATE");
}

void ProgressStore::commit() {
    flushRunUpdate();
    if (m_db.inTransaction()) m_db.exec("COMMIT");
    if (m_walPages >= kForcedCheckpointPages) checkpointIfDue();
}

void ProgressStore::checkpointIfDue() {
    if (m_walPages < kIdleCheckpointPages || m_db.inTransaction()) return;
    // PASSIVE: copies what no reader still needs and never waits for another process.
    check(m_db.handle(), sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr), "checkpoint");
    m_walPages = 0;
}

void ProgressStore::flushRunUpdate() {
    if (!m_pendingRun) return;
    const PendingRunUpdate& u = *m_pendingRun;
    m_updateRunAfterDecision->bind(1, u.run.v).bind(2, u.steps).bind(3, u.updatedAt).bind(4, u.activeMs).bind(5, u.result);
    m_updateRunAfterDecision->bind(6, u.score).bind(7, u.scoreLabel);
    m_updateRunAfterDecision->run();
    m_pendingRun.reset();
}

std::vector<Profile> ProgressStore::profiles() {
    Statement s = m_db.prepare("SELECT p.id, p.name, p.created_at, (SELECT count(*) FROM run r WHERE r.profile_id = p.id) "
                               "FROM profile p ORDER BY p.name COLLATE NOCASE");
    std::vector<Profile> out;
    while (s.step()) out.push_back(Profile{ProfileId{s.int64(0)}, s.text(1), s.int64(2), s.int64(3)});
    return out;
}

std::optional<ProfileId> ProgressStore::findProfile(std::string_view name) {
    Statement s = m_db.prepare("SELECT id FROM profile WHERE name = ?1");
    s.bind(1, trimName(name));
    if (!s.step()) return std::nullopt;
    const ProfileId id{s.int64(0)};
    s.reset();
    return id;
}

NameProblem ProgressStore::checkNewName(std::string_view raw) {
    const std::string name = trimName(raw);
    if (name.empty()) return NameProblem::Empty;
    if (utf8Length(name) > kMaxProfileNameChars) return NameProblem::TooLong;
    for (char c : name)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return NameProblem::ControlCharacter;
    if (findProfile(name)) return NameProblem::Taken;
    return NameProblem::None;
}

ProfileId ProgressStore::createProfile(std::string_view raw) {
    if (checkNewName(raw) != NameProblem::None) throw StoreError("cannot use '" + cite(raw) + "' as a profile name");
    write();
    Statement s = m_db.prepare("INSERT INTO profile (name, created_at) VALUES (?1, ?2)");
    s.bind(1, trimName(raw)).bind(2, nowMs()).run();
    const ProfileId id{m_db.lastInsertId()};
    commit();
    return id;
}

ProfileId ProgressStore::profileNamed(std::string_view name) {
    if (const auto id = findProfile(name)) return *id;
    return createProfile(name);
}

void ProgressStore::deleteProfile(ProfileId profile) {
    write();
    flushRunUpdate();
    // The foreign keys cascade from profile to run to decisions, persons and principles.
    m_db.prepare("DELETE FROM profile WHERE id = ?1").bind(1, profile.v).run();
    commit();
}

RunId ProgressStore::beginRun(const RunStart& r) {
    write();
    flushRunUpdate();
    Statement s = m_db.prepare(
        "INSERT INTO run (profile_id, scenario_id, scenario_file, content_hash, language, seed, origin, replay_of, replay_from_step,"
        " started_at, updated_at, start_result, result, score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?11, ?12)");
    s.bind(1, r.profile.v).bind(2, r.scenarioId).bind(3, r.scenarioFile).bind(4, r.contentHash).bind(5, langId(r.lang));
    s.bind(6, static_cast<std::int64_t>(r.seed)).bind(7, r.origin);
    if (r.replayOf) {
        s.bind(8, r.replayOf->v).bind(9, static_cast<std::int64_t>(r.replayFromStep));
    } else {
        s.bindNull(8).bindNull(9);
    }
    s.bind(10, r.startedAt).bind(11, r.startResult).bind(12, r.startScore);
    s.run();
    return RunId{m_db.lastInsertId()};
}

void ProgressStore::addDecision(RunId run, const DecisionRecord& d) {
    write();
    // Prepared once: a scripted run writes hundreds of thousands of these.
    if (!m_insertDecision) {
        m_insertDecision.emplace(m_db.prepare("INSERT INTO decision (run_id, step, node_id, choice_id, chosen_at, think_ms, result_before,"
                                              " result_after, score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
        m_updateRunAfterDecision.emplace(m_db.prepare("UPDATE run SET steps = ?2, updated_at = ?3, active_ms = active_ms + ?4, result = ?5,"
                                                      " score = ?6, score_label = ?7 WHERE id = ?1"));
    }
    m_insertDecision->bind(1, run.v).bind(2, static_cast<std::int64_t>(d.step)).bind(3, d.nodeId).bind(4, d.choiceId);
    m_insertDecision->bind(5, d.chosenAt).bind(6, d.thinkMs).bind(7, d.resultBefore).bind(8, d.resultAfter).bind(9, d.score);
    m_insertDecision->run();
    if (m_pendingRun && m_pendingRun->run != run) flushRunUpdate();
    // Assigned whole, not emplace()d: Clang judges the nested struct not default-constructible
    // while std::optional is instantiated inside the still incomplete class.
    if (!m_pendingRun) {
        PendingRunUpdate fresh;
        fresh.run = run;
        m_pendingRun = std::move(fresh);
    }
    PendingRunUpdate& u = *m_pendingRun;
    u.steps = static_cast<std::int64_t>(d.step) + 1;
    u.updatedAt = d.chosenAt;
    u.activeMs += d.thinkMs;
    u.result = d.resultAfter;
    u.score = d.score;
    u.scoreLabel = d.scoreLabel;
}

void ProgressStore::truncateRun(RunId run, std::uint32_t fromStep, std::int64_t now, std::int64_t result, int score) {
    write();
    flushRunUpdate();
    m_db.prepare("DELETE FROM decision WHERE run_id = ?1 AND step >= ?2").bind(1, run.v).bind(2, static_cast<std::int64_t>(fromStep)).run();
    m_db.prepare("DELETE FROM run_person WHERE run_id = ?1").bind(1, run.v).run();
    m_db.prepare("DELETE FROM run_principle WHERE run_id = ?1").bind(1, run.v).run();
    m_db.prepare("UPDATE run SET steps = ?2, updated_at = ?3, status = 'playing', finished_at = NULL, ending_id = NULL,"
                 " ending_rating = NULL, style = NULL, result = ?4, score = ?5, score_label = NULL WHERE id = ?1")
        .bind(1, run.v).bind(2, static_cast<std::int64_t>(fromStep)).bind(3, now).bind(4, result).bind(5, score).run();
}

void ProgressStore::setLanguage(RunId run, Lang lang) {
    write();
    flushRunUpdate();
    m_db.prepare("UPDATE run SET language = ?2 WHERE id = ?1").bind(1, run.v).bind(2, langId(lang)).run();
}

void ProgressStore::setContentHash(RunId run, const std::string& hash) {
    write();
    flushRunUpdate();
    m_db.prepare("UPDATE run SET content_hash = ?2 WHERE id = ?1").bind(1, run.v).bind(2, hash).run();
}

void ProgressStore::finishRun(RunId run, const RunOutcome& o) {
    write();
    flushRunUpdate();
    m_db.prepare("UPDATE run SET status = 'finished', finished_at = ?2, updated_at = ?2, ending_id = ?3, ending_rating = ?4, result = ?5,"
                 " score = ?6, score_label = ?7, style = ?8 WHERE id = ?1")
        .bind(1, run.v).bind(2, o.finishedAt).bind(3, o.endingId).bind(4, o.endingRating).bind(5, o.result).bind(6, o.score)
        .bind(7, o.scoreLabel).bind(8, o.style).run();
    Statement person = m_db.prepare("INSERT OR REPLACE INTO run_person (run_id, person, persona_id, moment, name, sympathie, anerkennung,"
                                    " vertrauen, gegenseitigkeit, intensitaet, kompetenz, quality, stage)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    for (std::size_t i = 0; i < o.persons.size(); ++i) {
        const PersonRecord& p = o.persons[i];
        for (const auto& [moment, snap] : {std::pair<const char*, const PersonSnapshot*>{"start", &p.start}, {"end", &p.end}}) {
            person.bind(1, run.v).bind(2, static_cast<std::int64_t>(i)).bind(3, p.personaId).bind(4, moment).bind(5, p.name);
            for (int d = 0; d < kDimensionCount; ++d) person.bind(6 + d, static_cast<std::int64_t>(snap->dims[static_cast<std::size_t>(d)]));
            person.bind(12, static_cast<std::int64_t>(snap->quality)).bind(13, snap->stage);
            person.run();
        }
    }
    Statement principle = m_db.prepare("INSERT OR REPLACE INTO run_principle (run_id, principle, followed, violated, profile_id)"
                                       " VALUES (?1, ?2, ?3, ?4, (SELECT profile_id FROM run WHERE id = ?1))");
    for (const PrincipleRecord& p : o.principles) principle.bind(1, run.v).bind(2, p.principle).bind(3, p.followed).bind(4, p.violated).run();
}

std::int64_t ProgressStore::recordSeminarSession(const SeminarRecord& r) {
    write();
    m_db.prepare("INSERT INTO seminar_session (scenario_id, content_hash, language, form, started_at, finished_at, session_json)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, r.scenarioId).bind(2, r.contentHash).bind(3, langId(r.lang)).bind(4, r.form).bind(5, r.startedAt).bind(6, r.finishedAt)
        .bind(7, r.sessionJson).run();
    const std::int64_t id = m_db.lastInsertId();
    Statement team = m_db.prepare("INSERT INTO seminar_team (session_id, team, name, choices, result, score, score_label, ending_id, style)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (std::size_t i = 0; i < r.teams.size(); ++i) {
        const SeminarTeamRecord& t = r.teams[i];
        team.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, t.name).bind(4, nlohmann::json(t.choices).dump()).bind(5, t.result);
        if (t.score) team.bind(6, *t.score); else team.bindNull(6);
        team.bind(7, t.scoreLabel).bind(8, t.endingId).bind(9, t.style).run();
    }
    Statement vote = m_db.prepare("INSERT INTO seminar_vote (session_id, team, step, choice_id, votes) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const SeminarVoteRecord& v : r.votes)
        vote.bind(1, id).bind(2, v.team).bind(3, static_cast<std::int64_t>(v.step)).bind(4, v.choiceId).bind(5, v.votes).run();
    commit();
    return id;
}

} // namespace rapport::store
