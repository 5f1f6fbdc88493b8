#pragma once
// Scenario time counts whole minutes since the start (State::time); these are the larger units
// that durations ("3d", "1w"), drift, conditions and the texts for people name.

#include <cstdint>

namespace rapport {

/// Minutes in an hour.
inline constexpr std::int64_t kMinutesPerHour = 60;
/// Hours in a day.
inline constexpr std::int64_t kHoursPerDay = 24;
/// Minutes in a day: the step of drift and of the `days` and `silence` values in conditions.
inline constexpr std::int64_t kMinutesPerDay = kHoursPerDay * kMinutesPerHour;
/// Days in a week: the step at which pressure fades.
inline constexpr std::int64_t kDaysPerWeek = 7;
/// Minutes in a week.
inline constexpr std::int64_t kMinutesPerWeek = kDaysPerWeek * kMinutesPerDay;

} // namespace rapport
