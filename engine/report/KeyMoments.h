#pragma once
// Finds the decisions that decided a run's outcome, by counterfactual: from the saved state at a
// decision, what would each option have reached with the best continuation after it? Internal to
// report/, used by buildDebrief.

#include "rapport/report/Debrief.h"

namespace rapport {

/// What the counterfactual search found about a run.
struct KeyMomentSearch {
    std::vector<KeyMoment> moments;         ///< in the order of the run
    std::vector<std::uint32_t> endingSteps; ///< decisions that kept the run on its ending
    /// Per decision: score points the best reachable fell by with the choice taken; -1 where the
    /// decision lay before the part of a long run that was screened (empty: no search ran).
    std::vector<int> scoreLost;
};

/// Searches the runner's run within the options' budget. With `options.keyMoments` 0 only the
/// screening runs (the style diagnosis needs `scoreLost`).
[[nodiscard]] KeyMomentSearch findKeyMoments(const Runner& runner, const DebriefOptions& options);

} // namespace rapport
