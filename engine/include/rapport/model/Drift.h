#pragma once
// How relationships cool without contact, in one place: the model applies it day by day and the
// analyzer bounds it with driftReach, which follows from the same rule (a value moves towards its
// target and never passes it). docs/scoring-model.md "Time" explains the numbers.

#include "rapport/core/Vocabulary.h"

#include <cstdint>

namespace rapport {

/// The percent by which face-to-face history slows drift (0 = full speed).
[[nodiscard]] int driftSlowdown(int faceEncounters);

/// The first day on which drift applies after a contact on `lastContact` (minutes; kNever: the
/// grace period counts from the start).
[[nodiscard]] std::int64_t driftStartDay(std::int64_t lastContact);

/// The days of drift when time moves from `firstDay` to `lastDay` (whole days since the start).
[[nodiscard]] std::int64_t driftDays(std::int64_t firstDay, std::int64_t lastDay, std::int64_t lastContact);

/// Where a dimension drifts to, in hundredths.
[[nodiscard]] std::int64_t driftTarget(Dimension dimension);

/// A dimension's value (hundredths) after `days` days of drift with this much face-to-face history.
[[nodiscard]] std::int64_t driftValue(std::int64_t value, Dimension dimension, std::int64_t days, int faceEncounters);

/// Every value drift can lead to from [lo, hi], after any number of days and with any history:
/// drift moves a value towards the target without passing it, and a higher value never ends below
/// a lower one. Written into `lo` and `hi`.
void driftReach(Dimension dimension, std::int64_t& lo, std::int64_t& hi);

} // namespace rapport
