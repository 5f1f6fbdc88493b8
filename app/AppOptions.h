#pragma once
// The options `rapport` takes before any command, shared by the terminal commands and the window.

#include <string>

namespace rapport {

/// Options that come before the subcommand (or stand alone when the window opens).
struct AppOptions {
    std::string dataDir; ///< from --data, empty if not given
};

} // namespace rapport
