#pragma once
// Where the xAPI statements come from: every finished run of the chosen profiles (and, for the
// whole computer, every finished seminar session), built from the store; and the queue's filling,
// which builds the statements of runs that finished since the last time, once.

#include "store/ProgressStore.h"
#include "store/StatementQueue.h"

#include <optional>
#include <vector>

namespace rapport::exports {

/// The statements of every finished run of `profile` (all profiles when none; then the seminar
/// sessions too), oldest run first: what `rapport export --xapi` writes.
[[nodiscard]] std::vector<store::QueuedStatement> allStatements(store::ProgressStore& store, std::optional<store::ProfileId> profile);

/// Queues the statements of the finished runs and seminar sessions that have none queued yet;
/// returns how many statements were added.
std::size_t queueNewStatements(store::ProgressStore& store);

} // namespace rapport::exports
