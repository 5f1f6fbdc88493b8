#pragma once
// Whether a window can be opened at all. SFML 2.5 aborts the process when it cannot open the X
// display, so this is checked with Xlib before any SFML window exists.

#include "Vocabulary.h"

#include <optional>
#include <string>

namespace rapport::gui {

/// Why no window can be opened (no DISPLAY, the display refuses, CI=true), or std::nullopt.
[[nodiscard]] std::optional<std::string> whyNoWindow(Lang lang);

/// The one line `rapport` prints instead of opening the window.
[[nodiscard]] std::string noWindowMessage(const std::string& reason, Lang lang);

} // namespace rapport::gui
