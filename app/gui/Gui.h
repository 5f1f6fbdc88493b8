#pragma once

#include "cli/Commands.h"

namespace rapport::gui {

/// Opens the simulator window; without a display it says so in one line and returns 0.
int runGui(const cli::GlobalOptions& global);

} // namespace rapport::gui
