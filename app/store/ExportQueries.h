#pragma once
// What the exports read besides runs (docs/exports.md): each profile's xAPI pseudonym and the
// finished seminar sessions with their registrations, teams and votes.

#include "store/ProgressStore.h"

#include <cstdint>
#include <optional>
#include <string>

namespace rapport::store {

/// The pseudonym (a random UUID, made with the profile) that stands for the profile in xAPI.
[[nodiscard]] std::string xapiAccount(ProgressStore& store, ProfileId profile);

/// A finished seminar session read back, with the registration (a random UUID) made when it was recorded.
struct StoredSeminar {
    std::int64_t id = 0;
    std::string registration;
    SeminarRecord record;
};

/// A recorded seminar session with its teams (by number) and votes; none if there is no such session.
[[nodiscard]] std::optional<StoredSeminar> readSeminarSession(ProgressStore& store, std::int64_t id);

} // namespace rapport::store
