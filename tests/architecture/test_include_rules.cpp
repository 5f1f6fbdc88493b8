// The include rules of docs/architecture.md, checked on every #include line under engine/, app/,
// tests/ and bench/: a part includes only its own or lower parts, a public header only public
// headers, the engine no window, UI, network, database or drawing library, and an internal engine
// header is included only by its own part and by the white-box tests that mirror it.

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fs = std::filesystem;

namespace {

// The engine's parts, lowest first. Parts on one level (load and analyze) never include each other.
struct Part {
    std::string_view name;
    int level;
};
constexpr std::array<Part, 7> kParts{{
    {"core", 0}, {"model", 1}, {"play", 2}, {"load", 3}, {"analyze", 3}, {"report", 4}, {"session", 5},
}};
constexpr std::string_view kPartOrder = "core -> model -> play -> load, analyze -> report -> session";

// What the engine must never include, with the words a message uses for it.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kForbidden{{
    {"SFML/", "SFML"},          {"imgui", "Dear ImGui"},      {"backends/imgui", "Dear ImGui"},
    {"X11/", "X11"},            {"GL/", "OpenGL"},            {"sqlite3", "SQLite"},
    {"SQLiteCpp/", "SQLite"},   {"cairo", "cairo"},           {"sys/socket.h", "sockets"},
    {"netinet/", "sockets"},    {"arpa/", "sockets"},         {"netdb.h", "sockets"},
    {"httplib.h", "networking"}, {"asio", "networking"},      {"boost/asio", "networking"},
    {"curl/", "networking"},    {"qrencode.h", "QR codes"},
}};

// Headers beyond the C++ standard library the engine may include (docs/architecture.md says why).
constexpr std::array<std::string_view, 3> kEngineExtras{"nlohmann/json.hpp", "nlohmann/json_fwd.hpp", "sys/mman.h"};

std::optional<int> levelOf(std::string_view part) {
    for (const Part& p : kParts)
        if (p.name == part) return p.level;
    return std::nullopt;
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string firstComponent(std::string_view path) { return std::string(path.substr(0, path.find('/'))); }

// Where a file sits: its area and, inside the engine, its part (or its first folder elsewhere).
struct Place {
    enum class Area { EnginePublic, EngineInternal, EngineLoose, App, Test, Bench, Other } area = Area::Other;
    std::string folder;
};

Place placeOf(const std::string& rel) {
    const std::string afterArea = rel.substr(rel.find('/') + 1);
    const bool nested = afterArea.find('/') != std::string::npos;
    Place place;
    if (startsWith(rel, "engine/include/rapport/")) {
        place.area = Place::Area::EnginePublic;
        place.folder = firstComponent(rel.substr(std::string_view("engine/include/rapport/").size()));
    } else if (startsWith(rel, "engine/")) {
        place.area = nested ? Place::Area::EngineInternal : Place::Area::EngineLoose;
        place.folder = nested ? firstComponent(afterArea) : "";
    } else if (startsWith(rel, "app/")) {
        place.area = Place::Area::App;
        place.folder = nested ? firstComponent(afterArea) : "";
    } else if (startsWith(rel, "tests/")) {
        place.area = Place::Area::Test;
        place.folder = nested ? firstComponent(afterArea) : "";
    } else if (startsWith(rel, "bench/")) {
        place.area = Place::Area::Bench;
    }
    return place;
}

bool inEngine(const Place& p) {
    return p.area == Place::Area::EnginePublic || p.area == Place::Area::EngineInternal || p.area == Place::Area::EngineLoose;
}

// What a problem with one include line is, or nothing. `root` is the source tree (internal
// headers are recognised by existing there); `file` is relative to it.
std::optional<std::string> includeProblem(const fs::path& root, const std::string& file, const std::string& target,
                                          bool angle) {
    const Place from = placeOf(file);
    if (angle) {
        if (!inEngine(from)) return std::nullopt; // the app and the tests may use any library
        for (const auto& [prefix, what] : kForbidden)
            if (startsWith(target, prefix))
                return "the engine never includes " + std::string(what) + "; the app supplies what the engine needs through a small interface";
        const bool standard = target.find('.') == std::string::npos && target.find('/') == std::string::npos;
        const bool extra = std::find(kEngineExtras.begin(), kEngineExtras.end(), target) != kEngineExtras.end();
        if (!standard && !extra)
            return "the engine uses the C++ standard library and nlohmann/json only (docs/architecture.md lists the exceptions)";
        if (from.area == Place::Area::EnginePublic && startsWith(target, "nlohmann/"))
            return "a public engine header does not expose nlohmann/json; keep it in the .cpp files";
        return std::nullopt;
    }

    // Which engine header a quoted include names, if any: public, or internal to a part.
    const bool localFile = fs::exists(root / fs::path(file).parent_path() / target);
    const bool publicHeader = startsWith(target, "rapport/");
    const std::string targetPart = publicHeader ? firstComponent(target.substr(8)) : firstComponent(target);
    const bool internalHeader = !publicHeader && levelOf(targetPart) && fs::exists(root / "engine" / target);
    if (publicHeader && !fs::exists(root / "engine/include" / target))
        return "there is no public engine header " + target;

    if (inEngine(from)) {
        if (from.area == Place::Area::EngineLoose) return "engine sources live in a part folder (engine/<part>/)";
        if (!publicHeader && !internalHeader)
            return "an engine include names its part: \"rapport/<part>/File.h\" (public) or \"<part>/File.h\" (internal)";
        const std::optional<int> fromLevel = levelOf(from.folder);
        const std::optional<int> toLevel = levelOf(targetPart);
        if (!fromLevel) return "engine/" + from.folder + "/ is not a part; add it to docs/architecture.md and this test";
        if (!toLevel) return targetPart + " is not a part of the engine";
        if (*toLevel > *fromLevel)
            return from.folder + " may not include " + targetPart + ": a lower part never includes a higher one (" +
                   std::string(kPartOrder) + ")";
        if (*toLevel == *fromLevel && targetPart != from.folder)
            return from.folder + " and " + targetPart + " stand side by side: neither includes the other";
        if (internalHeader && targetPart != from.folder)
            return target + " is internal to " + targetPart + "/; include a public header (rapport/" + targetPart + "/...) instead";
        if (internalHeader && from.area == Place::Area::EnginePublic)
            return "a public header includes only public headers: the build exports engine/include/ alone";
        return std::nullopt;
    }
    if (localFile) return std::nullopt;
    if (internalHeader) {
        if (from.area == Place::Area::Test && from.folder == targetPart) return std::nullopt; // a white-box test of its part
        // The fuzz targets reach inside what they fuzz (the analyzer's intervals against play).
        if (from.area == Place::Area::Test && from.folder == "fuzz") return std::nullopt;
        if (from.area == Place::Area::Test)
            return target + " is internal to the engine: only the white-box tests in tests/" + targetPart + "/ include it";
        return target + " is internal to the engine: the app and the benchmarks include only public headers (rapport/...)";
    }
    if (from.area == Place::Area::App && from.folder == "gui" && startsWith(target, "cli/"))
        return "the window does not include the terminal commands (app/cli/): what both need lives in app/ itself";
    if (from.area == Place::Area::App && from.folder == "cli" && startsWith(target, "gui/") && target != "gui/Gui.h")
        return "a terminal command reaches the window only through its entry point gui/Gui.h";
    if (from.area == Place::Area::App && from.folder == "store" && (startsWith(target, "cli/") || startsWith(target, "gui/")))
        return "the progress store (app/store/) serves the terminal and the window alike: it includes neither";
    return std::nullopt;
}

struct IncludeLine {
    std::string file; // relative to the source tree
    int line = 0;
    std::string target;
    bool angle = false;
};

std::vector<IncludeLine> includesOf(const fs::path& root, const std::string& rel) {
    static const std::regex include(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
    std::vector<IncludeLine> out;
    std::ifstream in(root / rel);
    std::string text;
    for (int n = 1; std::getline(in, text); ++n) {
        std::smatch m;
        if (std::regex_search(text, m, include)) out.push_back({rel, n, m[2].str(), m[1].str() == "<"});
    }
    return out;
}

std::vector<std::string> sourceFiles(const fs::path& root) {
    std::vector<std::string> files;
    for (const char* area : {"engine", "app", "tests", "bench"}) {
        for (const auto& e : fs::recursive_directory_iterator(root / area)) {
            const std::string ext = e.path().extension().string();
            if (e.is_regular_file() && (ext == ".h" || ext == ".hpp" || ext == ".cpp"))
                files.push_back(e.path().lexically_relative(root).generic_string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("include rules: each kind of wrong include is caught") {
    const fs::path root = RAPPORT_SOURCE_DIR;
    struct Case {
        const char* file;
        const char* target;
        bool angle;
    };
    // Each line breaks one rule (the files exist; the includes are made up).
    const Case wrong[] = {
        {"engine/core/State.cpp", "rapport/model/Model.h", false},            // lower includes higher
        {"engine/model/Model.cpp", "rapport/report/Debrief.h", false},
        {"engine/load/Checks.cpp", "rapport/analyze/Analyzer.h", false},      // siblings
        {"engine/analyze/Exact.cpp", "load/Loader.h", false},
        {"engine/report/Debrief.cpp", "analyze/Detail.h", false},             // another part's internals
        {"engine/include/rapport/analyze/Analyzer.h", "analyze/Domain.h", false}, // public includes internal
        {"engine/core/Expression.cpp", "Vocabulary.h", false},                // part not named
        {"engine/core/Expression.cpp", "DataPaths.h", false},                 // the app
        {"engine/model/Mood.cpp", "SFML/Graphics/Image.hpp", true},
        {"engine/model/Mood.cpp", "imgui.h", true},
        {"engine/play/Play.cpp", "sys/socket.h", true},
        {"engine/play/Play.cpp", "httplib.h", true},
        {"engine/report/Debrief.cpp", "sqlite3.h", true},
        {"engine/report/Debrief.cpp", "cairo/cairo.h", true},
        {"engine/report/Debrief.cpp", "boost/optional.hpp", true},             // not standard, not nlohmann
        {"engine/include/rapport/core/State.h", "nlohmann/json.hpp", true},  // json in a public header
        {"app/gui/Gui.cpp", "load/Loader.h", false},                          // app reaches inside the engine
        {"bench/bench_loader.cpp", "load/JsonTree.h", false},
        {"tests/play/test_runner.cpp", "analyze/Detail.h", false},           // not the analyzer's white-box test
        {"app/gui/Gui.cpp", "cli/ScenarioCommand.h", false},                  // window and terminal share via app/
        {"app/cli/PlayCommand.cpp", "gui/Game.h", false},                     // past the window's entry point
        {"app/store/RunRecorder.cpp", "gui/Game.h", false},                   // the store serves both front ends
        {"app/store/ProgressStore.cpp", "cli/PlayRecording.h", false},
    };
    for (const Case& c : wrong) {
        CAPTURE(c.file);
        CAPTURE(c.target);
        CHECK(includeProblem(root, c.file, c.target, c.angle).has_value());
    }
    const Case right[] = {
        {"engine/report/Debrief.cpp", "rapport/play/Runner.h", false},
        {"engine/analyze/Exact.cpp", "analyze/Detail.h", false},
        {"engine/analyze/Exact.cpp", "rapport/model/ModelConstants.h", false},
        {"engine/session/Seminar.cpp", "rapport/report/Debrief.h", false},   // room for the seminar part
        {"engine/load/JsonTree.cpp", "nlohmann/json.hpp", true},
        {"engine/load/JsonTree.cpp", "unordered_map", true},
        {"tests/load/test_json_tree.cpp", "load/JsonTree.h", false},
        {"app/gui/Gui.cpp", "SFML/Graphics/RenderWindow.hpp", true},
        {"app/gui/Gui.cpp", "AppOptions.h", false},
        {"app/cli/PlayCommand.cpp", "Commands.h", false},
        {"app/cli/PlayCommand.cpp", "gui/Gui.h", false},                      // a command may open the window
        {"app/gui/Recording.cpp", "store/RunRecorder.h", false},              // both front ends use the store
        {"app/cli/PlayRecording.cpp", "store/ProgressStore.h", false},
    };
    for (const Case& c : right) {
        CAPTURE(c.file);
        CAPTURE(c.target);
        CHECK_FALSE(includeProblem(root, c.file, c.target, c.angle).has_value());
    }
}

TEST_CASE("include rules: every #include under engine/, app/, tests/ and bench/ keeps them") {
    const fs::path root = RAPPORT_SOURCE_DIR;
    std::size_t files = 0, includes = 0, engineIncludes = 0;
    std::array<std::size_t, 4> filesPerArea{}; // engine, app, tests, bench
    std::string problems;
    for (const std::string& file : sourceFiles(root)) {
        ++files;
        for (std::size_t a = 0; a < 4; ++a)
            if (startsWith(file, std::array<std::string_view, 4>{"engine/", "app/", "tests/", "bench/"}[a])) ++filesPerArea[a];
        if (placeOf(file).area == Place::Area::EngineLoose)
            problems += file + ": engine sources live in a part folder (engine/<part>/)\n";
        for (const IncludeLine& inc : includesOf(root, file)) {
            ++includes;
            if (inEngine(placeOf(file))) ++engineIncludes;
            if (const auto problem = includeProblem(root, inc.file, inc.target, inc.angle))
                problems += inc.file + ":" + std::to_string(inc.line) + ": #include " + (inc.angle ? "<" : "\"") +
                            inc.target + (inc.angle ? ">" : "\"") + ": " + *problem + "\n";
        }
    }
    // A walk that found nothing would pass silently: the tree has well over these counts.
    CHECK(files >= 100);
    CHECK(includes >= 500);
    CHECK(engineIncludes >= 200);
    for (std::size_t n : filesPerArea) CHECK(n >= 3);
    INFO(problems);
    CHECK(problems.empty());
}
