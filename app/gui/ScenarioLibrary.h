#pragma once
// The scenario files of the data folder, loaded, and reloaded as soon as one changes on disk.

#include "rapport/load/ScenarioLoader.h"

#include <filesystem>
#include <string>
#include <vector>

namespace rapport::gui {

/// One scenario file and the outcome of its latest load (a scenario, diagnostics, or both).
struct ScenarioEntry {
    std::filesystem::path path;
    std::filesystem::file_time_type mtime{};
    std::uintmax_t size = 0;
    LoadResult loaded;
    int version = 1; ///< counts loads of this file, so a game can tell that it changed
};

struct ScenarioLibrary {
    std::filesystem::path folder; ///< the scenarios/ folder; empty when no data folder was found
    std::vector<ScenarioEntry> entries;
    double lastPoll = -1.0;
};

/// How often the folder is checked for changes, in seconds.
inline constexpr double kLibraryPollSeconds = 0.5;

/// Loads every scenario file in `folder` (sorted by file name).
void openLibrary(ScenarioLibrary& library, const std::filesystem::path& folder);

/// Checks the files' times and sizes; reloads changed files, adds new and drops removed ones.
/// Returns true if anything changed.
bool refreshLibrary(ScenarioLibrary& library);

/// The entry for a file path, or nullptr.
[[nodiscard]] const ScenarioEntry* findEntry(const ScenarioLibrary& library, const std::filesystem::path& path);

} // namespace rapport::gui
