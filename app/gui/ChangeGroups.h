#pragma once
// Draws the engine's grouped change log (rapport/report/ChangeGroups.h) as a bulleted list.

#include "AppState.h"

#include "rapport/report/ChangeGroups.h"

#include <string>
#include <vector>

namespace rapport::gui {

/// The groups of the changes at `indices` of the runner's log, read in the state `at`.
[[nodiscard]] inline std::vector<ReasonGroup> groupChanges(const Runner& runner, const State* at, const std::vector<std::size_t>& indices,
                                                           Lang lang) {
    std::vector<ReasonGroup> groups = rapport::groupChanges(runner.scenario(), runner.changes(), at, indices, lang);
    if (std::string drift = driftSummary(runner.scenario(), runner.changes(), indices, lang); !drift.empty())
        groups.push_back(ReasonGroup{"", std::move(drift), -1});
    return groups;
}

/// Draws the groups as a bulleted list, values coloured by tone.
void drawReasonGroups(const AppState& app, const std::vector<ReasonGroup>& groups);

} // namespace rapport::gui
