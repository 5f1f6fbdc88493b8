#pragma once
// The pull loop that the terminal and the window both drive: what is shown now, which choices
// are open, choose one, finished? It keeps the explanatory log and a snapshot at every decision,
// so any earlier decision can be restored (rewind). Many runners can share one Scenario.

#include "rapport/model/Model.h"
#include "rapport/play/Play.h"
#include "rapport/play/StartPoint.h"
#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

struct RunnerOptions {
    Lang lang = Lang::De;
    std::uint64_t seed = 1;
    bool keepLog = true; ///< record changes and lines (the debrief needs them)
    StartPoint start;    ///< another start node or start values (authors trying a part); default: the scenario's
    /// Work one playthrough may do (Play.h's units); past it play stops as too long. An authored
    /// playthrough needs well under a million.
    std::uint64_t maxWork = 50'000'000;
    /// Memory the log and the snapshots may take; past it play stops as too long.
    std::size_t maxLogBytes = std::size_t{128} << 20;
};

/// A line of text as it was shown. `text` indexes the runner's text buffer.
struct ShownLine {
    std::uint32_t step = 0;
    NodeIndex node = kNone;
    PersonaIndex speaker = kNone;
    std::uint32_t begin = 0;
    std::uint32_t length = 0;
    std::uint32_t changesBefore = 0; ///< changes logged before this line, to tell them apart in order
};

/// One decision taken: where, which choice, the result before and right after the choice's own
/// changes (the scenes it leads into are logged after it, with no choice attached).
struct StepRecord {
    NodeIndex decision = kNone;
    ChoiceIndex choice = kNone;
    std::int64_t resultBefore = 0; // hundredths
    std::int64_t resultAfter = 0;
    std::uint32_t firstChange = 0;
    std::uint32_t changeCount = 0;
};

/// Why a choice was refused.
enum class ChooseError : std::uint8_t { None, Finished, NotOpen, Unknown, TooLong };

class Runner {
public:
    /// The scenario must outlive the runner.
    explicit Runner(const Scenario& scenario, const RunnerOptions& options = {});

    /// Back to the start with the same seed; the log is cleared.
    void restart();

    [[nodiscard]] const Scenario& scenario() const { return m_scenario; }
    [[nodiscard]] const RunnerOptions& options() const { return m_options; }
    /// Changes the language of lines produced from now on.
    void setLanguage(Lang lang) { m_options.lang = lang; }

    /// The decision or ending where play waits now.
    [[nodiscard]] const Node& current() const { return m_scenario.nodes[m_state.node]; }
    /// The open choices at the current decision; empty at an ending (or a dead end).
    [[nodiscard]] const std::vector<ChoiceIndex>& choices() const { return m_open; }
    [[nodiscard]] bool finished() const { return atEnding(m_scenario, m_state); }
    /// A decision with no open choice, a loop with no decision, or a playthrough grown too long:
    /// play cannot go on.
    [[nodiscard]] bool stuck() const { return !finished() && (m_open.empty() || m_looped || m_tooLong); }
    /// Play ran on without reaching a decision (a loop, or more work than kMaxAutoWork; so it is stuck).
    [[nodiscard]] bool looped() const { return m_looped; }
    /// The playthrough did more work or logged more than RunnerOptions allow (so it is stuck).
    [[nodiscard]] bool tooLong() const { return m_tooLong; }

    /// Takes an open choice.
    ChooseError choose(ChoiceIndex choice);
    /// Takes a choice by id, or by its 1-based number among the open choices ("2").
    ChooseError choose(std::string_view idOrNumber);
    /// The choice with this id anywhere in the scenario.
    [[nodiscard]] std::optional<ChoiceIndex> findChoice(std::string_view id) const;

    /// Restores the decision before choice number `step` (0 = the first decision).
    void rewindTo(std::size_t step);

    [[nodiscard]] const State& state() const { return m_state; }
    /// The state at each decision taken so far, and the current one last.
    [[nodiscard]] const std::vector<State>& decisionStates() const { return m_history; }
    [[nodiscard]] const std::vector<ChoiceIndex>& path() const { return m_path; }
    [[nodiscard]] const std::vector<Change>& changes() const { return m_changes; }
    [[nodiscard]] const std::vector<ShownLine>& lines() const { return m_lines; }
    [[nodiscard]] const std::vector<StepRecord>& steps() const { return m_steps; }
    [[nodiscard]] std::string_view lineText(const ShownLine& line) const {
        return std::string_view(m_text).substr(line.begin, line.length);
    }
    /// A hook that sees every line as it is produced (the benchmark hashes them); may be null.
    void setLineObserver(LineSink* observer) { m_observer = observer; }

private:
    class Recorder;
    void advance();
    void pushSnapshot();
    /// Counts work and log memory; marks the playthrough too long past the options' limits.
    void account(std::uint64_t work);
    [[nodiscard]] std::size_t logBytes() const;
    /// How many changes the log may hold in all before it is over its budget.
    [[nodiscard]] std::size_t changeRoom() const;

    const Scenario& m_scenario;
    RunnerOptions m_options;
    State m_state;
    bool m_looped = false;
    bool m_tooLong = false;
    std::uint64_t m_work = 0;
    std::vector<std::uint64_t> m_workAtSnapshot; // per snapshot: the work done when it was taken
    std::size_t m_stateBytes = 0; // memory of one snapshot
    std::vector<ChoiceIndex> m_open;
    std::vector<ChoiceIndex> m_path;
    std::vector<State> m_history;
    std::vector<State> m_spare; // snapshots from before a restart, whose buffers we reuse
    std::vector<Change> m_changes;
    std::vector<ShownLine> m_lines;
    std::vector<StepRecord> m_steps;
    std::string m_text;
    std::string m_scratch;
    LineSink* m_observer = nullptr;
};

} // namespace rapport
