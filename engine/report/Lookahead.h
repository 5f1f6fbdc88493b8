#pragma once
// Searches the playthroughs that follow a state for the best (or worst) final result, for the
// debrief's "best move from here". Internal to report/: the analyzer has its own exact search.

#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <cstdint>
#include <vector>

namespace rapport {

struct LookaheadOptions {
    bool maximise = true;
    std::size_t stateBudget = 20000; ///< distinct states to expand before settling for the best found
    std::uint64_t maxWork = 20'000'000; ///< work (Play.h's units) before settling; the greedy finish may spend as much again
};

/// A continuation to an ending and the scenario result it reaches (hundredths).
struct Continuation {
    std::vector<ChoiceIndex> choices;
    std::int64_t result = 0;
    bool proved = false;   ///< the whole space was searched: nothing better exists
    bool reachesEnd = false;
};

/// The best (or worst) continuation from a state standing at a decision or ending.
[[nodiscard]] Continuation searchContinuation(const Scenario& scenario, const State& from, const LookaheadOptions& options = {});

} // namespace rapport
