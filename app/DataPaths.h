#pragma once
// Finds the folder that holds scenarios/ and assets/, for a build folder anywhere and for an
// installed copy alike.

#include <filesystem>
#include <optional>
#include <string>

namespace rapport {

/// Tries, in order: `cliDataDir` (from --data), $RAPPORT_DATA, the source tree recorded at
/// configure time, the install prefix. Returns the first that has a scenarios/ folder.
[[nodiscard]] std::optional<std::filesystem::path> findDataDir(const std::string& cliDataDir);

/// Resolves what the user typed as SCENARIO: an existing path, or the id of a bundled scenario
/// (a file scenarios/**/ID.json under the data folder). std::nullopt if neither.
[[nodiscard]] std::optional<std::filesystem::path> resolveScenario(const std::string& pathOrId,
                                                                   const std::string& cliDataDir);

/// The sizes, in pixels, in which assets/icons/ holds the application icon as PNG.
inline constexpr int kIconSizes[] = {16, 32, 48, 64, 128, 256};

/// The application icon of `size` pixels under the data folder (assets/icons/rapport-SIZE.png),
/// or std::nullopt when that file is not there.
[[nodiscard]] std::optional<std::filesystem::path> findIcon(const std::filesystem::path& dataDir, int size);

} // namespace rapport
