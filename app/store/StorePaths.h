#pragma once
// Where the progress database lives: $XDG_DATA_HOME/rapport/rapport.db, else
// ~/.local/share/rapport/rapport.db (the XDG base directory rules).

#include <filesystem>
#include <optional>

namespace rapport::store {

/// The database file; std::nullopt when neither XDG_DATA_HOME (absolute) nor HOME is set.
[[nodiscard]] std::optional<std::filesystem::path> defaultDatabasePath();

} // namespace rapport::store
