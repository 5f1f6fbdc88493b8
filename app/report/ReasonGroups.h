#pragma once
// The engine's change log, grouped for reading: changes of one persona with the same reason
// become one line ("Sympathie +6, Vertrauen +3: because ..."), instead of one line per value.
// Shared by the window's debrief and the printed one.

#include "rapport/play/Runner.h"

#include <string>
#include <vector>

namespace rapport {

/// Changes that share a persona and a reason.
struct ReasonGroup {
    std::string who;                ///< the persona's name; empty for facts, time, favours, links
    std::vector<std::string> items; ///< "Sympathie +6", "Vertrauen +3" (the engine's formatChange)
    std::vector<std::int64_t> deltas; ///< per item, hundredths, for printing the numbers another way
    std::vector<std::string> names;   ///< per item, the dimension's (or pressure's) name
    std::string why;                ///< the engine's sentence
    int tone = 0;                   ///< +1 good for the relationship, -1 bad, 0 neutral

    /// "Dr. Weber: Sympathie +6, Vertrauen +3"; empty for the one-sentence kinds.
    [[nodiscard]] std::string what() const;
};

/// Groups the changes at `indices` of the runner's log; `at` is the state the texts are read in.
[[nodiscard]] std::vector<ReasonGroup> groupChanges(const Runner& runner, const State* at, const std::vector<std::size_t>& indices,
                                                    Lang lang);

} // namespace rapport
