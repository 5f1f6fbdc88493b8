#pragma once
// How `rapport play` records a run in the progress store: which profile, opening the database,
// committing after every decision at a keyboard and in batches for piped or scripted input, and
// finding the run that --resume continues. Everything said about recording goes to stderr, and
// a failure to record never stops the game or changes its exit code.

#include "store/RunRecorder.h"

#include "rapport/play/Runner.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rapport::cli {

/// The profile choice of a terminal command: --profile NAME, --guest, or the default profile.
struct ProfileChoice {
    std::string name{store::kDefaultProfileName};
    bool guest = false;
};

/// Opens the progress database at its usual place; on failure prints why (in `lang`) on stderr,
/// prefixed with "rapport COMMAND: ", and returns null.
[[nodiscard]] std::unique_ptr<store::ProgressStore> openStoreFor(const char* command, Lang lang);

/// The scenario file a stored run was played from, or (when that file has moved) the bundled
/// scenario with the run's id; none, after saying so on stderr, when neither is there.
[[nodiscard]] std::optional<std::filesystem::path> storedRunScenarioFile(const store::RunSummary& run, const std::string& dataDir,
                                                                         const char* command, Lang lang);

/// Takes a stored run's choices in order, calling `beforeEach` before each one (a transcript shows
/// the story up to it) and `afterEach` after it. Returns the index of the first choice that is no
/// longer open (the scenario has changed since), or none when all were taken.
[[nodiscard]] std::optional<std::size_t> replayStoredChoices(Runner& runner, const std::vector<std::string>& choices,
                                                             const std::function<void()>& beforeEach = {},
                                                             const std::function<void()>& afterEach = {});

/// Why a stored run stops at `index`: "das Szenario hat sich geändert, Entscheidung 3 („x“) ist
/// nicht mehr möglich."
[[nodiscard]] std::string choiceGoneMessage(const std::vector<std::string>& choices, std::size_t index, Lang lang);

/// Records one terminal playthrough. Inactive (every call does nothing) for guests or when the
/// database cannot be used.
class PlayRecording {
public:
    /// Opens the store for `profile` unless it is a guest; `origin` is "terminal" or "script".
    PlayRecording(const ProfileChoice& profile, const std::filesystem::path& scenarioFile, const std::string& origin, Lang lang);
    /// Continues a stored run (from --resume) in an already open store.
    PlayRecording(std::unique_ptr<store::ProgressStore> store, const store::StoredRun& run, const std::filesystem::path& scenarioFile,
                  const Runner& runner, Lang lang);
    ~PlayRecording();

    /// After each decision: records it; `keyboard` commits at once, otherwise only when the
    /// batch is due.
    void afterDecision(const Runner& runner, bool keyboard);
    /// Before waiting for input: if no input is ready, commits what is pending, so a decision
    /// whose prompt has been answered is on disk before the next prompt shows.
    void beforeWaiting();
    /// At the end of play: records the ending (if reached) and commits.
    void finish(const Runner& runner);

    [[nodiscard]] bool active() const { return m_recorder != nullptr; }
    [[nodiscard]] std::optional<store::RunId> run() const;

private:
    template <typename F> void guarded(F&& action);

    Lang m_lang;
    std::unique_ptr<store::ProgressStore> m_store;
    std::unique_ptr<store::RunRecorder> m_recorder;
};

} // namespace rapport::cli
