#pragma once
// The learner's progress on this computer: profiles, every run with its decisions and outcome,
// finished seminar sessions. One SQLite file in WAL mode; a write joins the open transaction and
// commit() makes everything so far durable against a crash of the process (a power cut may cost
// the last commit). Every failure is a StoreError; a file that is not ours, damaged or from a
// newer Rapport is refused and never written to.

#include "store/Progress.h"
#include "store/Records.h"
#include "store/Sqlite.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

/// Why a profile name cannot be used.
enum class NameProblem : std::uint8_t { None, Empty, TooLong, ControlCharacter, Taken };

/// The longest profile name, in characters.
inline constexpr std::size_t kMaxProfileNameChars = 40;

/// Milliseconds since 1970 (UTC), the store's unit of time.
[[nodiscard]] std::int64_t nowMs();

/// The name with spaces trimmed at both ends.
[[nodiscard]] std::string trimName(std::string_view name);

/// The profile the terminal uses when no --profile is given.
inline constexpr std::string_view kDefaultProfileName = "default";

class ProgressStore {
public:
    /// Opens the file (creating it and its folder if missing) and brings its schema up to date.
    /// Throws StoreError: Foreign for a file that is not a Rapport database, Damaged, Newer, Io.
    [[nodiscard]] static std::unique_ptr<ProgressStore> open(const std::filesystem::path& file);
    /// A second connection to the same file, for another thread of this process. Never open()
    /// the file again while a connection is open: its check of the file would drop this
    /// process's locks on it (POSIX), and SQLite could then delete the log in use.
    [[nodiscard]] std::unique_ptr<ProgressStore> openAnother() const;

    /// Commits pending writes (a normal end never loses a decision).
    ~ProgressStore();
    ProgressStore(const ProgressStore&) = delete;
    ProgressStore& operator=(const ProgressStore&) = delete;

    [[nodiscard]] const std::filesystem::path& file() const { return m_file; }

    // Profiles.
    /// Every profile with its number of runs, by name.
    [[nodiscard]] std::vector<Profile> profiles();
    [[nodiscard]] std::optional<ProfileId> findProfile(std::string_view name);
    /// What is wrong with a new profile's name (after trimming), or None.
    [[nodiscard]] NameProblem checkNewName(std::string_view name);
    /// Creates a profile; throws StoreError if checkNewName finds a problem.
    ProfileId createProfile(std::string_view name);
    /// The profile with this name, created if it does not exist yet.
    ProfileId profileNamed(std::string_view name);
    /// Deletes the profile with all its runs, decisions and outcomes, and commits.
    void deleteProfile(ProfileId profile);

    // Writing a run (inside the open transaction; commit() makes it durable).
    RunId beginRun(const RunStart& start);
    void addDecision(RunId run, const DecisionRecord& decision);
    /// Forgets the decisions from `fromStep` on (the learner went back) and any recorded ending.
    void truncateRun(RunId run, std::uint32_t fromStep, std::int64_t now, std::int64_t result, int score);
    void setLanguage(RunId run, Lang lang);
    void setContentHash(RunId run, const std::string& hash);
    void finishRun(RunId run, const RunOutcome& outcome);
    /// Makes every write so far durable against a crash of the process: appends to the
    /// write-ahead log, no fsync. Cheap when nothing is pending.
    void commit();
    /// Copies the write-ahead log into the database file (with an fsync) once it has grown past a
    /// few hundred pages. Call it while waiting for the learner: a decision's write never waits
    /// for it (commit() does it only when the log has grown very large, in long scripted runs).
    void checkpointIfDue();
    [[nodiscard]] bool pending() const { return m_db.inTransaction(); }

    // Reading.
    /// The profile's runs, newest first; with `details` also principles and persons.
    [[nodiscard]] std::vector<RunSummary> history(ProfileId profile, bool details);
    /// The profile's most recently played unfinished run, with its choices.
    [[nodiscard]] std::optional<StoredRun> newestUnfinished(ProfileId profile);
    /// Choice ids of a run, in order.
    [[nodiscard]] std::vector<std::string> choicesOf(RunId run);
    /// One run as the history lists it (with `details`: principles and persons); none if unknown.
    [[nodiscard]] std::optional<RunSummary> runSummary(RunId run, bool details);
    /// A run's decisions in order, as they were recorded (for the exports).
    [[nodiscard]] std::vector<DecisionRecord> decisionsOf(RunId run);
    /// Everything the progress screen shows for a profile.
    [[nodiscard]] ProgressData progress(ProfileId profile);

    /// Records a finished seminar session (for the seminar mode); returns its row id.
    std::int64_t recordSeminarSession(const SeminarRecord& session);

    /// The underlying connection (for tests and the benchmark).
    [[nodiscard]] Database& database() { return m_db; }

private:
    ProgressStore(const std::filesystem::path& file, bool create);
    void configureConnection(); // WAL, synchronous, foreign keys, our own checkpoints
    void write(); // opens the write transaction if none is open
    void flushRunUpdate(); // writes the run row's running totals that addDecision kept back
    void readPrinciples(std::vector<RunSummary>& runs);
    void readPersons(std::vector<RunSummary>& runs);

    std::filesystem::path m_file;
    Database m_db;
    std::optional<Statement> m_insertDecision, m_updateRunAfterDecision;
    // A scripted run inserts hundreds of thousands of decisions: the run row's totals are
    // updated once per commit (and before anything reads or changes the run), not per decision.
    struct PendingRunUpdate {
        RunId run;
        std::int64_t steps = 0, updatedAt = 0, activeMs = 0, result = 0;
        int score = 0;
        std::optional<std::string> scoreLabel;
    };
    std::optional<PendingRunUpdate> m_pendingRun;
    int m_walPages = 0; // pages in the write-ahead log after the latest commit
    friend int noteWalPages(void*, struct sqlite3*, const char*, int);
};

} // namespace rapport::store
