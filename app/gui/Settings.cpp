#include "Settings.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <system_error>

namespace rapport::gui {

std::optional<std::filesystem::path> settingsPath() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    if (xdg != nullptr && xdg[0] == '/') return std::filesystem::path(xdg) / "rapport" / "settings.ini";
    const char* home = std::getenv("HOME");
    if (home != nullptr && home[0] != '\0') return std::filesystem::path(home) / ".config" / "rapport" / "settings.ini";
    return std::nullopt;
}

int clampTextPercent(int percent) {
    const int rounded = (percent + kTextPercentStep / 2) / kTextPercentStep * kTextPercentStep;
    return std::clamp(rounded, kMinTextPercent, kMaxTextPercent);
}

std::string_view themeId(ThemeKind theme) {
    switch (theme) {
    case ThemeKind::Light: return "light";
    case ThemeKind::Dark: return "dark";
    case ThemeKind::HighContrast: return "high-contrast";
    }
    return "light";
}

Settings loadSettings(const Settings& defaults) {
    Settings s = defaults;
    const auto path = settingsPath();
    if (!path) return s;
    std::ifstream in(*path);
    for (std::string line; std::getline(in, line);) {
        const auto eq = line.find('=');
        if (eq == std::string::npos || line[0] == '#') continue;
        const std::string key = line.substr(0, eq);
        const std::string value = line.substr(eq + 1);
        if (key == "language") {
            if (const auto lang = langFromId(value)) s.lang = *lang;
        } else if (key == "text-size") {
            s.textPercent = clampTextPercent(std::atoi(value.c_str()));
        } else if (key == "theme") {
            for (ThemeKind t : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast})
                if (value == themeId(t)) s.theme = t;
        } else if (key == "fullscreen") {
            s.fullscreen = value == "1";
        } else if (key == "intro-seen") {
            s.introSeen = value == "1";
        } else if (key == "profile") {
            s.profile = value;
        }
    }
    return s;
}

bool saveSettings(const Settings& settings) {
    const auto path = settingsPath();
    if (!path) return false;
    std::error_code ec;
    std::filesystem::create_directories(path->parent_path(), ec);
    // Write beside and rename, so a crash mid-write never leaves half a file.
    const std::filesystem::path temp = path->string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        if (!out) return false;
        out << "# Rapport window settings\n"
            << "language=" << langId(settings.lang) << "\n"
            << "text-size=" << settings.textPercent << "\n"
            << "theme=" << themeId(settings.theme) << "\n"
            << "fullscreen=" << (settings.fullscreen ? 1 : 0) << "\n"
            << "intro-seen=" << (settings.introSeen ? 1 : 0) << "\n"
            << "profile=" << settings.profile << "\n";
        if (!out) return false;
    }
    std::filesystem::rename(temp, *path, ec);
    return !ec;
}

} // namespace rapport::gui
