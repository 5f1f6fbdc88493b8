#pragma once
// The store's times (milliseconds since 1970, UTC) as people and programs read them.

#include "rapport/core/Vocabulary.h"

#include <cstdint>
#include <string>

namespace rapport::store {

/// ISO 8601 in UTC with milliseconds: "2026-12-07T14:03:05.123Z" (for JSON).
[[nodiscard]] std::string isoTimeUtc(std::int64_t ms);

/// The local date: "07.12.2026" in German, "2026-12-07" in English.
[[nodiscard]] std::string localDate(std::int64_t ms, Lang lang);

/// The local date and time to the minute: "07.12.2026 14:03" / "2026-12-07 14:03".
[[nodiscard]] std::string localDateTime(std::int64_t ms, Lang lang);

} // namespace rapport::store
