#pragma once
// Which files are scenarios: the one answer that `validate`, bundled ids, the window's library
// and the tests share.

#include <filesystem>
#include <system_error>
#include <vector>

namespace rapport {

/// Whether a file is a scenario by its name: `*.json`, except JSON Schemas (`*.schema.json`).
[[nodiscard]] bool isScenarioFile(const std::filesystem::path& file);

/// Every scenario file under `folder` and its subfolders, sorted by path so that every machine
/// lists them in the same order. A folder that cannot be read completely sets `error` and gives
/// the files found until then.
[[nodiscard]] std::vector<std::filesystem::path> listScenarioFiles(const std::filesystem::path& folder,
                                                                   std::error_code& error);

} // namespace rapport
