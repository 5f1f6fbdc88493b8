#pragma once
// For the smoke test and the benchmark: when $RAPPORT_GUI_STATE names a file, the window writes
// what it shows there after each frame (screen, language, text size, game progress, the
// rectangles of named controls, frame statistics). Nothing is written otherwise.

#include "AppState.h"

#include <string>

namespace rapport::gui {

/// The dump as text: `key=value` lines, then `widget NAME X Y W H` lines.
[[nodiscard]] std::string describeState(const AppState& app);

/// Writes the dump if $RAPPORT_GUI_STATE is set and the text changed since the last call.
/// `lastWritten` remembers what was written.
void writeStateDump(const AppState& app, std::string& lastWritten);

} // namespace rapport::gui
