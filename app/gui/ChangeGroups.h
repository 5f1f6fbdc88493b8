#pragma once
// The engine's change log grouped by reason (report/ReasonGroups.h), drawn in the window.

#include "AppState.h"
#include "report/ReasonGroups.h"

#include <string>
#include <vector>

namespace rapport::gui {

using rapport::ReasonGroup;
using rapport::groupChanges;

/// Draws the groups as a bulleted list, values coloured by tone.
void drawReasonGroups(const AppState& app, const std::vector<ReasonGroup>& groups);

} // namespace rapport::gui
