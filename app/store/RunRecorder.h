#pragma once
// Keeps the database in step with a runner that the terminal or the window drives: call sync()
// after every move (the window: every frame) and it records what changed since: new decisions,
// a step back (the decisions after it are forgotten; after an ending a replay becomes a new run
// instead), a change of language, the outcome at the ending. It writes into the store's open
// transaction; the driver decides when to commit (every decision, or in batches for piped input).

#include "store/LearnerScore.h"
#include "store/ProgressStore.h"

#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

/// What a run is recorded with, besides what the runner knows.
struct RunContext {
    ProfileId profile;
    std::string scenarioFile;
    std::string contentHash;
    std::string origin; ///< "terminal", "script" or "window"
};

/// When piped or scripted decisions are committed: whichever limit is reached first.
struct BatchLimits {
    std::size_t decisions = 2000;
    std::int64_t milliseconds = 250;
};

/// The outcome of a finished playthrough, as the store keeps it.
[[nodiscard]] RunOutcome outcomeOf(const Runner& runner, const Debrief& debrief, std::int64_t finishedAt);

class RunRecorder {
public:
    using Clock = std::function<std::int64_t()>;

    /// Nothing is written until the first decision. The store must outlive the recorder.
    RunRecorder(ProgressStore& store, RunContext context, Clock clock = nowMs);

    /// Continues a stored run whose `choices` the runner has just replayed.
    void adopt(const StoredRun& run, const Runner& runner);

    /// Records what changed in the runner since the last call. Between a step back and the next
    /// choice the runner must be synced once (the window syncs every frame, the terminal after
    /// every decision): only the latest few recorded choices are compared, so that a sync costs
    /// the same after 300,000 decisions as after three.
    void sync(const Runner& runner);

    /// Commits now.
    void commit();
    /// Commits when the batch is full or old enough (for scripted and piped input).
    void commitIfDue(const BatchLimits& limits = {});

    /// The run being recorded; none before the first decision.
    [[nodiscard]] const std::optional<RunId>& run() const { return m_run; }
    [[nodiscard]] std::size_t recordedSteps() const { return m_path.size(); }
    [[nodiscard]] ProgressStore& store() { return m_store; }

private:
    std::size_t commonPrefix(const std::vector<ChoiceIndex>& path) const;
    void beginRun(const Runner& runner, std::int64_t now);

    ProgressStore& m_store;
    RunContext m_context;
    Clock m_clock;
    std::optional<RunId> m_run;
    std::vector<ChoiceIndex> m_path; // the choices recorded, in order
    bool m_finished = false;
    Lang m_lang = Lang::De;
    std::int64_t m_lastDecisionAt = 0;
    std::optional<RunId> m_replayOf; // the finished run the next run replays from
    std::uint32_t m_replayFrom = 0;
    std::size_t m_uncommitted = 0;
    std::int64_t m_oldestUncommittedAt = 0;
};

} // namespace rapport::store
