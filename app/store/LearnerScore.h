#pragma once
// The learner's score (0-100) and its label, in one place: the store, the history and the
// progress screen all read it from here, so when the calibrated score of the scoring issue lands,
// only this function changes (and the label column starts filling).

#include "rapport/core/Scenario.h"

#include <cstdint>
#include <optional>
#include <string>

namespace rapport::store {

/// A score as a learner reads it, with the word for its band when there is one.
struct LearnerScore {
    int score = 0;                    ///< whole points, 0-100
    std::optional<std::string> label; ///< the band's id; none until the scoring issue defines bands
};

/// The score from which a run counts as mastered: the xAPI export says `passed` from here on,
/// `failed` below. The one place of the threshold (the scoring issue's band that means success).
inline constexpr int kSuccessScore = 70;

/// Whether a finished run with this learner's score counts as mastered.
[[nodiscard]] constexpr bool mastered(int score) { return score >= kSuccessScore; }

/// The learner's score for a result (hundredths of a point) reached in `scenario`. Today the
/// whole points of the result, cut off as the window and the terminal show it ("47 / 100").
[[nodiscard]] LearnerScore learnerScore(const Scenario& scenario, std::int64_t resultHundredths);

} // namespace rapport::store
