#pragma once
// The best reachable result after each option of a decision, for the debrief's key moments. One
// search keeps a memo that all of a debrief's questions share; each question is bounded in states
// and work (never in time), and the memo in entries, whatever the length of the run. Internal to
// report/: the analyzer has its own exact search.

#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace rapport {

/// What the best continuation from a state reaches.
struct Reach {
    std::int64_t result = 0; ///< hundredths: at the ending reached, or where an estimate stopped
    NodeIndex ending = kNone; ///< the ending reached; kNone when the search found none
    bool complete = false;    ///< every continuation was searched: nothing better exists
};

/// What one question may spend.
struct ReachBudget {
    std::size_t states = 2000;      ///< distinct states to expand before settling for the best found
    std::uint64_t work = 2'000'000; ///< work (Play.h's units); the greedy finish may spend as much again
};

/// Answers "what is the best reachable from here?" for many states of one scenario.
class ReachSearch {
public:
    /// `memoLimit`: results kept between questions; past it the memo starts afresh.
    ReachSearch(const Scenario& scenario, std::size_t memoLimit);

    /// The best reachable from a state standing at a decision or an ending.
    [[nodiscard]] Reach bestFrom(const State& state, const ReachBudget& budget);
    /// The best reachable after taking `choice` at the decision `at`.
    [[nodiscard]] Reach bestAfter(const State& at, ChoiceIndex choice, const ReachBudget& budget);
    /// States expanded over all questions so far.
    [[nodiscard]] std::size_t expanded() const { return m_totalExpanded; }

private:
    struct Memo {
        std::int64_t value = 0;
        NodeIndex ending = kNone;
        bool reachesEnd = false;
        bool complete = false;
    };
    Memo visit(const State& state);
    Memo greedy(State state);
    bool step(State& state, ChoiceIndex choice);
    [[nodiscard]] bool outOfWork() const { return m_work >= m_budget.work; }
    [[nodiscard]] bool greedyOutOfWork() const { return m_work >= 2 * m_budget.work; }
    void startQuestion(const ReachBudget& budget);

    const Scenario& m_scenario;
    std::size_t m_memoLimit;
    std::unordered_map<std::uint64_t, Memo> m_memo;
    ReachBudget m_budget;
    std::size_t m_expanded = 0;
    std::size_t m_totalExpanded = 0;
    std::uint64_t m_work = 0;
    int m_depth = 0;
    bool m_exhausted = false;
    std::string m_scratch;
};

} // namespace rapport
