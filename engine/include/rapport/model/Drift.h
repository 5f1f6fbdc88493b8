#pragma once
// How relationships cool without contact, in one place: the model applies it day by day and the
// analyzer bounds it with driftReach, which follows from the same rule (a value moves down towards
// its floor and never passes it, never rises, and a floor is never below a stranger's level unless
// the value already is). docs/scoring-model.md "Time" explains the numbers.

#include "rapport/core/Vocabulary.h"

#include <cstdint>

namespace rapport {

/// The first day on which cooling applies after a contact on `lastContact` (minutes; kNever: the
/// grace period counts from the start), with `graceDays` of grace.
[[nodiscard]] std::int64_t driftStartDay(std::int64_t lastContact, int graceDays);

/// The days of cooling when time moves from `firstDay` to `lastDay` (whole days since the start).
/// With contact off stage every `routineDays` days (0: none), only the part of each interval that
/// lies beyond the grace period counts.
[[nodiscard]] std::int64_t driftDays(std::int64_t firstDay, std::int64_t lastDay, std::int64_t lastContact, int graceDays,
                                     int routineDays);

/// A dimension's value (hundredths) after `days` days of cooling towards `floor`, with a shared
/// history of `history` (0-100) that slows it.
[[nodiscard]] std::int64_t driftValue(std::int64_t value, std::int64_t floor, Dimension dimension, std::int64_t days,
                                      int history);

/// Every value cooling can lead to from [lo, hi], after any number of days and with any history.
void driftReach(Dimension dimension, std::int64_t& lo, std::int64_t& hi);

} // namespace rapport
