#pragma once
// The window's settings, kept between runs in $XDG_CONFIG_HOME/rapport/settings.ini (or
// ~/.config/rapport/settings.ini).

#include "rapport/core/Vocabulary.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace rapport::gui {

enum class ThemeKind : std::uint8_t { Light, Dark, HighContrast };

struct Settings {
    Lang lang = Lang::De;
    int textPercent = 100; ///< 100-250, in steps of 25
    ThemeKind theme = ThemeKind::Light;
    bool fullscreen = false;
    bool introSeen = false;
    std::string profile; ///< the progress profile chosen last; empty: ask (first start, or a guest last time)
};

inline constexpr int kMinTextPercent = 100;
inline constexpr int kMaxTextPercent = 250;
inline constexpr int kTextPercentStep = 25;

/// The settings file path; std::nullopt when neither XDG_CONFIG_HOME nor HOME is set.
[[nodiscard]] std::optional<std::filesystem::path> settingsPath();

/// Reads the settings. A damaged or truncated file gives `defaults` and, in `problem` (in the
/// language of `defaults`), what was wrong; a missing file is no problem. Keys of a newer
/// version are ignored.
[[nodiscard]] Settings loadSettings(const Settings& defaults, std::string* problem = nullptr);

/// The same for the text of a settings file (`where` names it in the message).
[[nodiscard]] Settings parseSettings(std::string_view text, const Settings& defaults, const std::string& where,
                                     std::string& problem);

/// The text saveSettings writes.
[[nodiscard]] std::string settingsText(const Settings& settings);

/// Writes the settings through writeFileAtomically; false (and why in `error`) if that failed.
bool saveSettings(const Settings& settings, std::string* error = nullptr);

/// Rounds to the nearest allowed text size.
[[nodiscard]] int clampTextPercent(int percent);

/// The theme's id in the settings file ("light", "dark", "high-contrast").
[[nodiscard]] std::string_view themeId(ThemeKind theme);

} // namespace rapport::gui
