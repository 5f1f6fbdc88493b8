#include "Settings.h"

#include "io/AtomicFile.h"
#include "rapport/core/Cite.h"

#include <algorithm>
#include <charconv>
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

namespace {

// A settings file is a few lines; anything much larger is not one.
constexpr std::size_t kMaxSettingsBytes = 64 * 1024;

// The first line of every file saveSettings writes.
constexpr std::string_view kHeader = "# Rapport window settings\n";

bool isKey(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

std::optional<int> wholeNumber(const std::string& value) {
    int n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) return std::nullopt;
    return n;
}

std::optional<bool> flag(const std::string& value) {
    if (value == "0") return false;
    if (value == "1") return true;
    return std::nullopt;
}

} // namespace

Settings parseSettings(std::string_view text, const Settings& defaults, const std::string& where, std::string& problem) {
    const bool de = defaults.lang == Lang::De;
    problem.clear();
    // Any doubt about the file, and none of it is used: a half-read file could hold anything.
    const auto damaged = [&](const std::string& en, const std::string& germanWhy) {
        problem = de ? "Die Einstellungsdatei " + where + " ist beschädigt (" + germanWhy +
                           "); Rapport verwendet die Standardeinstellungen und schreibt die Datei neu, sobald Sie eine "
                           "Einstellung ändern."
                     : "The settings file " + where + " is damaged (" + en +
                           "); Rapport uses the default settings and writes a new file as soon as you change a setting.";
        return defaults;
    };
    if (text.size() > kMaxSettingsBytes) return damaged("it is far too large", "sie ist viel zu groß");
    if (text.find('\0') != std::string_view::npos) return damaged("it holds binary data", "sie enthält Binärdaten");
    if (!text.empty() && text.back() != '\n')
        return damaged("it ends in the middle of a line, cut short", "sie endet mitten in einer Zeile, abgeschnitten");
    Settings s = defaults;
    int seen = 0;
    std::size_t lineNumber = 0;
    for (std::size_t from = 0; from < text.size();) {
        const std::size_t end = text.find('\n', from);
        const std::string line(text.substr(from, end - from));
        from = end + 1;
        ++lineNumber;
        if (line.empty() || line[0] == '#') continue;
        const std::string at = std::to_string(lineNumber);
        const auto eq = line.find('=');
        if (eq == std::string::npos || !isKey(line.substr(0, eq)))
            return damaged("line " + at + " is not “key=value”: “" + cite(line) + "”",
                           "Zeile " + at + " ist kein „Schlüssel=Wert“: „" + cite(line) + "“");
        const std::string key = line.substr(0, eq);
        const std::string value = line.substr(eq + 1);
        const auto bad = [&] {
            return damaged("line " + at + ": “" + cite(value) + "” is no value for " + key,
                           "Zeile " + at + ": „" + cite(value) + "“ ist kein Wert für " + key);
        };
        if (key == "language") {
            const auto lang = langFromId(value);
            if (!lang) return bad();
            s.lang = *lang;
        } else if (key == "text-size") {
            const auto percent = wholeNumber(value);
            if (!percent || *percent < kMinTextPercent || *percent > kMaxTextPercent) return bad();
            s.textPercent = clampTextPercent(*percent);
        } else if (key == "theme") {
            bool known = false;
            for (ThemeKind t : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast})
                if (value == themeId(t)) s.theme = t, known = true;
            if (!known) return bad();
        } else if (key == "fullscreen" || key == "intro-seen") {
            const auto on = flag(value);
            if (!on) return bad();
            (key == "fullscreen" ? s.fullscreen : s.introSeen) = *on;
        } else if (key == "profile") {
            // Any name the profile dialog accepted; empty means "ask" (see Settings.h). Not counted
            // below: files written before the progress store have no profile line.
            s.profile = value;
            continue;
        } else {
            continue; // written by a newer version: not ours to judge
        }
        ++seen;
    }
    // saveSettings writes its header and then these five: fewer means the end of the file is
    // missing. A file someone wrote by hand (no header) may set just the settings it cares about.
    if (text.substr(0, kHeader.size()) == kHeader && seen < 5) return damaged("settings are missing, the file was cut short", "es fehlen Einstellungen, die Datei wurde abgeschnitten");
    return s;
}

Settings loadSettings(const Settings& defaults, std::string* problem) {
    const auto path = settingsPath();
    std::string ignored;
    std::string& out = problem != nullptr ? *problem : ignored;
    out.clear();
    if (!path) return defaults;
    std::error_code ec;
    const auto status = std::filesystem::status(*path, ec);
    if (!std::filesystem::exists(status)) return defaults; // the first run
    const std::string where = escapeForMessage(path->string());
    const bool de = defaults.lang == Lang::De;
    if (!std::filesystem::is_regular_file(status)) {
        out = de ? "Die Einstellungsdatei " + where + " ist keine gewöhnliche Datei; Rapport verwendet die Standardeinstellungen."
                 : "The settings file " + where + " is not a regular file; Rapport uses the default settings.";
        return defaults;
    }
    std::ifstream in(*path, std::ios::binary);
    std::string text(kMaxSettingsBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad() || (!in && in.gcount() == 0 && !in.eof())) {
        out = de ? "Die Einstellungsdatei " + where + " lässt sich nicht lesen; Rapport verwendet die Standardeinstellungen."
                 : "The settings file " + where + " cannot be read; Rapport uses the default settings.";
        return defaults;
    }
    text.resize(static_cast<std::size_t>(in.gcount()));
    return parseSettings(text, defaults, where, out);
}

std::string settingsText(const Settings& settings) {
    return std::string(kHeader) + "language=" + std::string(langId(settings.lang)) + "\n" +
           "text-size=" + std::to_string(settings.textPercent) + "\n" + "theme=" + std::string(themeId(settings.theme)) + "\n" +
           "fullscreen=" + (settings.fullscreen ? "1" : "0") + "\n" + "intro-seen=" + (settings.introSeen ? "1" : "0") + "\n" + "profile=" + settings.profile + "\n";
}

bool saveSettings(const Settings& settings, std::string* error) {
    const auto path = settingsPath();
    if (!path) {
        if (error != nullptr) *error = "neither XDG_CONFIG_HOME nor HOME is set: nowhere to keep the settings";
        return false;
    }
    const WriteResult written = writeFileAtomically(*path, settingsText(settings));
    if (error != nullptr) *error = written.error;
    return written.ok();
}

} // namespace rapport::gui
