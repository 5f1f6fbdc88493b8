#pragma once
// The engine's change log, grouped for reading: changes of one persona with the same reason
// become one line ("Sympathie +6, Vertrauen +3: because ..."), instead of one line per value.

#include "AppState.h"

#include <string>
#include <vector>

namespace rapport::gui {

/// Changes that share a persona and a reason.
struct ReasonGroup {
    std::string what; ///< "Dr. Weber: Sympathie +6, Vertrauen +3"; empty for facts, time, favours
    std::string why;  ///< the engine's sentence
    int tone = 0;     ///< +1 good for the relationship, -1 bad, 0 neutral
};

/// Groups the changes at `indices` of the runner's log; `at` is the state the texts are read in.
[[nodiscard]] std::vector<ReasonGroup> groupChanges(const Runner& runner, const State* at, const std::vector<std::size_t>& indices,
                                                    Lang lang);

/// Draws the groups as a bulleted list, values coloured by tone.
void drawReasonGroups(const AppState& app, const std::vector<ReasonGroup>& groups);

} // namespace rapport::gui
