#include "rapport/model/Drift.h"

#include "rapport/core/State.h"
#include "rapport/core/TimeUnits.h"
#include "rapport/model/ModelConstants.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace rapport {
namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

} // namespace

std::int64_t driftStartDay(std::int64_t lastContact, int graceDays) {
    const std::int64_t contactDay = lastContact == kNever ? 0 : floorDiv(lastContact, kMinutesPerDay);
    return contactDay + graceDays;
}

std::int64_t driftDays(std::int64_t firstDay, std::int64_t lastDay, std::int64_t lastContact, int graceDays, int routineDays) {
    if (routineDays > 0) {
        // Contact off stage every routineDays days: each interval cools only beyond its grace.
        if (routineDays <= graceDays) return 0;
        const std::int64_t span = std::max<std::int64_t>(0, lastDay - firstDay);
        return std::min(span * (routineDays - graceDays) / routineDays, model::kDriftMaxDays);
    }
    const std::int64_t from = std::max(firstDay, driftStartDay(lastContact, graceDays));
    return lastDay <= from ? 0 : std::min(lastDay - from, model::kDriftMaxDays);
}

namespace {

std::int64_t computeDrift(std::int64_t value, std::int64_t floor, Dimension dimension, std::int64_t days, int history) {
    // Per mille per day, slowed by history (rate x 100 / (100 + k x history)), in millionths; the
    // value is followed in ten-thousandths of a hundredth so that slow dimensions cool smoothly.
    const std::int64_t rate = std::int64_t{model::kDriftPerMille[static_cast<std::size_t>(dimension)]} * 1000 * 100 /
                              (100 + std::int64_t{model::kDriftHistorySlowdown} * history);
    constexpr std::int64_t kFine = 10000;
    std::int64_t fine = value * kFine;
    const std::int64_t fineFloor = floor * kFine;
    for (std::int64_t day = 0; day < days && fine > fineFloor; ++day) fine -= (fine - fineFloor) * rate / 1000000 + 1;
    // Rounded up: cooling never takes more than the rule says.
    return std::max(floor, (std::max(fine, fineFloor) + kFine - 1) / kFine);
}

/// The last cooling computed per key, a day at a time being the analyzer's hottest loop; the same
/// value, floor, dimension, days and history recur across the states it searches.
struct DriftMemo {
    static constexpr unsigned kBits = 12;
    struct Entry {
        std::uint64_t key = 0; // 0: empty
        std::int64_t value = 0;
    };
    std::array<Entry, std::size_t{1} << kBits> entries{};
};

} // namespace

std::int64_t driftValue(std::int64_t value, std::int64_t floor, Dimension dimension, std::int64_t days, int history) {
    if (value <= floor) return value; // never up, and nothing below the floor moves
    const bool fits = value <= 0x3FFF && floor >= 0 && days >= 0 && days <= 0xFFF && history >= 0 && history <= 0x7F;
    if (!fits) return computeDrift(value, floor, dimension, days, history);
    const std::uint64_t key = 1 + (static_cast<std::uint64_t>(value) | static_cast<std::uint64_t>(floor) << 14 |
                                   static_cast<std::uint64_t>(dimension) << 28 | static_cast<std::uint64_t>(days) << 31 |
                                   static_cast<std::uint64_t>(history) << 43);
    thread_local DriftMemo memo;
    DriftMemo::Entry& e = memo.entries[(key * 0x9E3779B97F4A7C15ull) >> (64 - DriftMemo::kBits)];
    if (e.key != key) {
        e.key = key;
        e.value = computeDrift(value, floor, dimension, days, history);
    }
    return e.value;
}

void driftReach(Dimension dimension, std::int64_t& lo, std::int64_t& hi) {
    (void)hi; // never up
    lo = std::min<std::int64_t>(lo, std::int64_t{model::kNeutral[static_cast<std::size_t>(dimension)]} * kScale);
}

} // namespace rapport
