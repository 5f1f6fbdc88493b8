#pragma once
// The two export files as bytes, built from the store (docs/exports.md): what `rapport export`
// writes and the window's export buttons will write, so both say the same.

#include "store/ProgressStore.h"

#include <optional>
#include <string>

namespace rapport::exports {

/// Which runs an export covers: one profile, or every profile on this computer.
struct ExportScope {
    std::optional<store::ProfileId> profile; ///< none: all profiles (and, for xAPI, the seminar sessions)
    std::string dataDir;                     ///< --data, to find bundled scenarios for their titles
};

/// The CSV document of every run in scope (finished and unfinished), profile by profile, oldest
/// run first; separators and decimals as `lang` expects. Throws store::StoreError.
[[nodiscard]] std::string runsCsvFile(store::ProgressStore& store, const ExportScope& scope, Lang lang);

/// The xAPI statements of every finished run in scope, one JSON object per line. Throws store::StoreError.
[[nodiscard]] std::string statementsFile(store::ProgressStore& store, const ExportScope& scope, std::size_t* count = nullptr);

} // namespace rapport::exports
