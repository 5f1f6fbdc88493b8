#include "store/LearnerScore.h"

#include <algorithm>

namespace rapport::store {

LearnerScore learnerScore(const Scenario& /*scenario: for the per-scenario calibration to come*/, std::int64_t resultHundredths) {
    LearnerScore out;
    out.score = static_cast<int>(std::clamp<std::int64_t>(resultHundredths / 100, 0, 100));
    return out;
}

} // namespace rapport::store
