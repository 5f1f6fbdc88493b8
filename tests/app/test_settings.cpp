// The window's settings file (issue 11): written through writeFileAtomically; a damaged or
// truncated file gives the defaults and a message, never a crash; a failed save is a failure.

#include "gui/Settings.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace rapport;
using namespace rapport::gui;
namespace fs = std::filesystem;

namespace {

Settings changed() {
    Settings s;
    s.lang = Lang::En;
    s.textPercent = 175;
    s.theme = ThemeKind::HighContrast;
    s.fullscreen = true;
    s.introSeen = true;
    s.profile = "Frau Özdemir";
    return s;
}

bool same(const Settings& a, const Settings& b) {
    return a.lang == b.lang && a.textPercent == b.textPercent && a.theme == b.theme && a.fullscreen == b.fullscreen &&
           a.introSeen == b.introSeen && a.profile == b.profile;
}

/// XDG_CONFIG_HOME pointed at a fresh folder for the test's lifetime.
struct ConfigHome {
    fs::path dir = fs::temp_directory_path() / ("rapport-settings-" + std::to_string(::getpid()));
    std::string before;
    bool had = false;
    ConfigHome() {
        fs::remove_all(dir);
        if (const char* old = std::getenv("XDG_CONFIG_HOME")) had = true, before = old;
        ::setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
    }
    ~ConfigHome() {
        if (had) ::setenv("XDG_CONFIG_HOME", before.c_str(), 1);
        else ::unsetenv("XDG_CONFIG_HOME");
        fs::remove_all(dir);
    }
    [[nodiscard]] fs::path file() const { return dir / "rapport" / "settings.ini"; }
};

} // namespace

TEST_CASE("settings survive a save and a load") {
    ConfigHome home;
    std::string problem = "x";
    CHECK(same(loadSettings(Settings{}, &problem), Settings{})); // no file yet: defaults, no problem
    CHECK(problem.empty());
    std::string error;
    REQUIRE(saveSettings(changed(), &error));
    CHECK(error.empty());
    CHECK(same(loadSettings(Settings{}, &problem), changed()));
    CHECK(problem.empty());
    int entries = 0; // no temporary left beside it
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(home.file().parent_path())) ++entries;
    CHECK(entries == 1);
}

TEST_CASE("a damaged or truncated settings file gives the defaults and says why") {
    Settings defaults;
    defaults.lang = Lang::En;
    const std::string good = settingsText(changed());
    struct Case {
        std::string text;
        const char* why;
    };
    const Case cases[] = {
        {good.substr(0, good.size() - 4), "cut short"},                   // truncated mid-line
        {good.substr(0, good.find("theme=")), "cut short"},              // truncated at a line end
        {good + std::string("\0\0\0", 3) + "\n", "binary data"},
        {"language=de\ntext-size=lots\ntheme=dark\nfullscreen=0\nintro-seen=0\n", "no value for text-size"},
        {"language=xx\ntext-size=100\ntheme=dark\nfullscreen=0\nintro-seen=0\n", "no value for language"},
        {"language=de\ntext-size=100\ntheme=dark\nfullscreen=2\nintro-seen=0\n", "no value for fullscreen"},
        {"language=de\ntext-size=99999999999999\ntheme=dark\nfullscreen=0\nintro-seen=0\n", "no value for text-size"},
        {"\x89PNG\r\n\x1a\n", "not “key=value”"},
        {std::string(100000, 'x') + "\n", "too large"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.why);
        std::string problem;
        const Settings s = parseSettings(c.text, defaults, "settings.ini", problem);
        CHECK(same(s, defaults));
        CHECK(problem.find(c.why) != std::string::npos);
        CHECK(problem.find("settings.ini") != std::string::npos);
        CHECK(problem.find('\n') == std::string::npos);
        CHECK(problem.size() < 600);
    }
    // In German when the defaults are German.
    Settings german;
    german.lang = Lang::De;
    std::string problem;
    (void)parseSettings("kaputt\n", german, "settings.ini", problem);
    CHECK(problem.find("beschädigt") != std::string::npos);
    // A file written by hand (no header) may set just some settings; the rest are the defaults.
    Settings some = defaults;
    some.lang = Lang::De;
    some.fullscreen = true;
    CHECK(same(parseSettings("language=de\nfullscreen=1\n", defaults, "settings.ini", problem), some));
    CHECK(problem.empty());
    // A file from before the progress store has no profile line: the window asks who is playing.
    Settings older = changed();
    older.profile.clear();
    CHECK(same(parseSettings(good.substr(0, good.find("profile=")), defaults, "settings.ini", problem), older));
    CHECK(problem.empty());
    // A key of a newer version is no damage.
    CHECK(same(parseSettings(good + "new-key=7\n", defaults, "settings.ini", problem), changed()));
    CHECK(problem.empty());

    // The same through the file, as the window starts.
    ConfigHome home;
    fs::create_directories(home.file().parent_path());
    { std::ofstream(home.file(), std::ios::binary) << good.substr(0, 30); }
    problem.clear();
    CHECK(same(loadSettings(defaults, &problem), defaults));
    CHECK(problem.find("cut short") != std::string::npos);
    // A folder where the file should be: not read, not a crash.
    fs::remove(home.file());
    fs::create_directories(home.file());
    CHECK(same(loadSettings(defaults, &problem), defaults));
    CHECK(problem.find("not a regular file") != std::string::npos);
}

TEST_CASE("a settings save that cannot happen is reported as a failure") {
    ConfigHome home;
    fs::create_directories(home.file()); // a folder in the file's place: the rename must fail
    std::string error;
    CHECK_FALSE(saveSettings(changed(), &error));
    CHECK(error.find("settings.ini") != std::string::npos);
    fs::remove_all(home.dir);
    { std::ofstream(home.dir) << "a file where the folder should be"; }
    CHECK_FALSE(saveSettings(changed(), &error));
    CHECK_FALSE(error.empty());
    fs::remove(home.dir);
}
