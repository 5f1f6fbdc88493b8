#include "DataPaths.h"

#include "ScenarioFiles.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace rapport {
namespace detail {
namespace {

// A scenario worth opening to read its id is small; anything larger is left to `validate`.
constexpr std::uintmax_t kMaxIdProbeBytes = 8u * 1024u * 1024u;

bool hasScenariosFolder(const fs::path& dir) {
    std::error_code ec;
    return !dir.empty() && fs::is_directory(dir / "scenarios", ec);
}

// The folder `../share/rapport` beside the running executable, wherever the copy was installed.
std::optional<fs::path> installedBesideExecutable() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec || exe.empty()) return std::nullopt;
    return (exe.parent_path() / RAPPORT_INSTALL_DATA_RELDIR).lexically_normal();
}

// The top-level "id" of a JSON file, or empty when the file is unreadable, too large or not an
// object with a string id; the loader explains such files, this lookup only skips them.
std::string topLevelId(const fs::path& file) {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec || size > kMaxIdProbeBytes) return {};
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    const nlohmann::json doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_object()) return {};
    const auto id = doc.find("id");
    return id != doc.end() && id->is_string() ? id->get<std::string>() : std::string{};
}

// The folders findDataDir tries, in the order DataPaths.h promises.
std::vector<fs::path> dataDirCandidates(const std::string& cliDataDir) {
    std::vector<fs::path> candidates;
    if (!cliDataDir.empty()) candidates.emplace_back(cliDataDir);
    if (const char* env = std::getenv("RAPPORT_DATA"); env != nullptr && *env != '\0') {
        candidates.emplace_back(env);
    }
    candidates.emplace_back(RAPPORT_SOURCE_DATA_DIR);
    if (auto beside = installedBesideExecutable()) candidates.push_back(*beside);
    candidates.emplace_back(RAPPORT_INSTALL_DATA_DIR);
    return candidates;
}

} // namespace
} // namespace detail

std::optional<fs::path> findDataDir(const std::string& cliDataDir) {
    for (const fs::path& dir : detail::dataDirCandidates(cliDataDir)) {
        if (detail::hasScenariosFolder(dir)) return dir;
    }
    return std::nullopt;
}

std::optional<fs::path> findIcon(const fs::path& dataDir, int size) {
    const fs::path file = dataDir / "assets" / "icons" / ("rapport-" + std::to_string(size) + ".png");
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) return file;
    return std::nullopt;
}

std::optional<fs::path> resolveScenario(const std::string& pathOrId, const std::string& cliDataDir) {
    if (pathOrId.empty()) return std::nullopt;
    std::error_code ec;
    if (fs::exists(pathOrId, ec)) return fs::path(pathOrId);
    // A link that leads nowhere or in a circle is still the file meant: the loader says what is wrong.
    if (fs::is_symlink(fs::symlink_status(pathOrId, ec))) return fs::path(pathOrId);

    const std::optional<fs::path> dataDir = findDataDir(cliDataDir);
    if (!dataDir) return std::nullopt;
    // Sorted, so that a lookup gives the same answer every time; an unreadable corner of the
    // folder only hides the files in it (validate reports it).
    std::error_code listError;
    const std::vector<fs::path> files = listScenarioFiles(*dataDir / "scenarios", listError);

    // The file name is the cheap and usual match; "kaffeepause.json" is accepted as well.
    const std::string fileName = fs::path(pathOrId).extension() == ".json" ? pathOrId : pathOrId + ".json";
    for (const fs::path& file : files) {
        if (file.filename() == fileName) return file;
    }
    // A trainer may name the file differently from its id; then read the ids.
    for (const fs::path& file : files) {
        if (detail::topLevelId(file) == pathOrId) return file;
    }
    return std::nullopt;
}

} // namespace rapport
