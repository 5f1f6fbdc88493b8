#include "rapport/model/Drift.h"

#include "rapport/core/State.h"
#include "rapport/core/TimeUnits.h"
#include "rapport/model/ModelConstants.h"

#include <algorithm>

namespace rapport {
namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

} // namespace

int driftSlowdown(int faceEncounters) {
    return std::min(model::kDriftSlowdownMax, faceEncounters * model::kDriftSlowdownPerFaceEncounter);
}

std::int64_t driftStartDay(std::int64_t lastContact) {
    const std::int64_t contactDay = lastContact == kNever ? 0 : floorDiv(lastContact, kMinutesPerDay);
    return contactDay + model::kDriftGraceDays;
}

std::int64_t driftDays(std::int64_t firstDay, std::int64_t lastDay, std::int64_t lastContact) {
    // Only days that lie beyond the grace period after the last contact.
    const std::int64_t from = std::max(firstDay, driftStartDay(lastContact));
    return lastDay <= from ? 0 : std::min(lastDay - from, model::kDriftMaxDays);
}

std::int64_t driftTarget(Dimension dimension) {
    return std::int64_t{model::kDriftTarget[static_cast<std::size_t>(dimension)]} * kScale;
}

std::int64_t driftValue(std::int64_t value, Dimension dimension, std::int64_t days, int faceEncounters) {
    const std::int64_t target = driftTarget(dimension);
    const std::int64_t rate = std::int64_t{model::kDriftPerMille[static_cast<std::size_t>(dimension)]} * (100 - driftSlowdown(faceEncounters));
    for (std::int64_t day = 0; day < days && value != target; ++day) {
        // Per mille of the distance (rate is per mille times percent), at least a hundredth a day.
        std::int64_t step = (value - target) * rate / 100000;
        if (step == 0) step = value > target ? 1 : -1;
        value -= step;
    }
    return value;
}

void driftReach(Dimension dimension, std::int64_t& lo, std::int64_t& hi) {
    const std::int64_t target = driftTarget(dimension);
    lo = std::min(lo, target);
    hi = std::max(hi, target);
}

} // namespace rapport
