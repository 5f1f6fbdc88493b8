#pragma once
// The progress database's schema as a list of migrations. PRAGMA user_version says how many have
// been applied; opening a file applies the missing ones in one transaction. A migration, once
// released, is never edited: a change of schema is a new migration at the end of the list.

#include "store/Sqlite.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace rapport::store {

/// PRAGMA application_id of a Rapport database ("Rapt"), to tell it from other SQLite files.
inline constexpr std::int64_t kApplicationId = 0x52617074;

/// One step of the schema's history.
struct Migration {
    int version;          ///< user_version after this step
    std::string_view what; ///< one sentence for the log and the docs
    std::string_view sql;
};

/// Every migration, oldest first; the last one's version is the current schema version.
[[nodiscard]] const std::vector<Migration>& migrations();

/// The schema version this build writes.
[[nodiscard]] int currentSchemaVersion();

/// Applies the migrations after the file's user_version up to `target` (default: all) in one
/// transaction, and stamps the application id. Throws StoreError on failure (nothing applied).
void migrate(Database& db, int target = -1);

} // namespace rapport::store
