#pragma once
// The simulator window's entry point, called by main() when no command is given.

#include "AppOptions.h"

namespace rapport::gui {

/// Opens the simulator window; without a display it says so in one line and returns 0.
int runGui(const AppOptions& global);

} // namespace rapport::gui
