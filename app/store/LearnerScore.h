#pragma once
// The learner's score (0-100) and its label, in one place: the store, the history, the progress
// screen and the exports all read it from here. It is the engine's calibrated score
// (rapport/model/Score.h, docs/score.md) with the id of its band as the label.

#include "rapport/core/Scenario.h"

#include <cstdint>
#include <optional>
#include <string>

namespace rapport::store {

/// A score as a learner reads it, with the word for its band when there is one.
struct LearnerScore {
    int score = 0;                    ///< whole points, 0-100
    std::optional<std::string> label; ///< the band's id ("successful"); none in runs stored before the score existed
};

/// Whether a finished run with this score counts as mastered: the xAPI export says `passed`, else
/// `failed`. The engine's threshold (kSuccessScore, the lowest score of the band "successful").
[[nodiscard]] bool mastered(int score);

/// The threshold mastered() uses, for the statements that name it.
[[nodiscard]] int masteryScore();

/// The learner's score for a result (hundredths of a point) reached in `scenario`, through the
/// scenario's calibration, with its band's id.
/// `ending` is where the run ended (kNone while it goes on): an ending rated poor caps the score.
[[nodiscard]] LearnerScore learnerScore(const Scenario& scenario, std::int64_t resultHundredths, NodeIndex ending = kNone);

} // namespace rapport::store
