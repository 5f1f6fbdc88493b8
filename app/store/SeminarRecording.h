#pragma once
// What the progress store keeps of a finished seminar: each team's path, result, score, ending
// and style along the line it played last, and the votes that decided each of its steps. Built
// from the engine's session, so the store never re-derives a rule of play or scoring.

#include "store/Records.h"

#include "rapport/session/Session.h"

#include <cstdint>
#include <string>

namespace rapport::store {

/// The record of `session` as it stands (normally once the trainer has ended it). `contentHash`
/// ties it to the scenario file's version; `finishedAt` is in ms since 1970 (UTC). The start is
/// read from the session's own stamp (local time), else taken as `finishedAt`.
[[nodiscard]] SeminarRecord seminarRecordOf(const Session& session, const std::string& contentHash, std::int64_t finishedAt);

} // namespace rapport::store
