#pragma once
// Whether a window can be opened at all. SFML 2.5 aborts the process when it cannot open the X
// display, so this is checked with Xlib before any SFML window exists.

#include "rapport/core/Vocabulary.h"

#include <memory>
#include <optional>
#include <string>

namespace rapport::gui {

/// Why no window can be opened (no DISPLAY, the display refuses, CI=true), or std::nullopt.
/// When the display opens, the connection is handed to `keepOpen`: an X server resets when its
/// last client leaves (Xvfb does), and SFML's own connection made during that reset fails and
/// aborts the process. Holding this one open until the window exists avoids that.
[[nodiscard]] std::optional<std::string> whyNoWindow(Lang lang, std::shared_ptr<void>& keepOpen);

/// The one line `rapport` prints instead of opening the window.
[[nodiscard]] std::string noWindowMessage(const std::string& reason, Lang lang);

} // namespace rapport::gui
