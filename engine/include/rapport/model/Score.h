#pragma once
// The learner's score: a whole number 0-100 with a short label, read off the scenario's result
// through the scenario's calibration (docs/score.md). The result (weighted mean relationship
// quality) depends on how many people a scenario has and how far they can get, so the same 47
// is a triumph in one scenario and a failure in another; the calibration places each scenario's
// worst, solid (par) and best playthrough on one scale a group can read. The function is fixed
// and needs no search, so the same result always gives the same score.

#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <cstdint>
#include <string_view>

namespace rapport {

// --- The scale's anchors: the score at the calibration's three results -------------------------
inline constexpr int kScoreAtWorst = 10;  ///< the worst playthrough: something happened, little of it good
inline constexpr int kScoreAtPar = 75;    ///< a solid, successful playthrough (the scenario's pinned good path)
inline constexpr int kScoreAtBest = 100;  ///< the best playthrough there is
/// Below `worst` the score falls to 0 over this many result points (hundredths).
inline constexpr std::int64_t kScoreFloorSpan = 10 * kScale;

/// From this score on a playthrough counts as a success (the xAPI export's mastery threshold).
inline constexpr int kSuccessScore = 70;

/// The scale for a scenario without `calibration` (a trainer's own file): results that are typical
/// of the bundled scenarios (docs/score.md), in hundredths.
inline constexpr Calibration kUncalibrated{15 * kScale, 45 * kScale, 65 * kScale};

/// The bands of the score, lowest first; each has a label in both languages.
enum class ScoreBand : std::uint8_t { NotSuccessful, LittleAchieved, PartlySuccessful, Successful, Outstanding };

/// The calibration the score of this scenario uses: its own, or kUncalibrated.
[[nodiscard]] const Calibration& calibrationOf(const Scenario& scenario);

/// The score 0-100 of a result (hundredths) on a calibration: piecewise linear through
/// (worst - 10 points, 0), (worst, 10), (par, 75), (best, 100), rounded half up, clamped.
[[nodiscard]] int scoreOf(const Calibration& calibration, std::int64_t result);

/// The score of a result in this scenario (its calibration or the uncalibrated scale).
[[nodiscard]] int scoreOf(const Scenario& scenario, std::int64_t result);

/// The most a playthrough can score when it ends in an ending rated `poor`: the ending says it did
/// not work out (no contact, the customer lost), so the number never says "successful" or
/// "partly successful" beside it, however much the relationships grew on the way.
inline constexpr int kPoorEndingCap = 49;

/// The score of a playthrough with this result that ended at `ending` (kNone: not ended, or
/// not known): scoreOf, capped at kPoorEndingCap for an ending rated `poor`.
[[nodiscard]] int scoreAt(const Scenario& scenario, std::int64_t result, NodeIndex ending);

/// The band a score 0-100 falls in: 0-29, 30-49, 50-69, 70-89, 90-100.
[[nodiscard]] ScoreBand bandOf(int score);

/// Whether a score counts as a success (kSuccessScore and above).
[[nodiscard]] inline bool isSuccess(int score) { return score >= kSuccessScore; }

/// The band's label for learners („Gelungen“, "Successful").
[[nodiscard]] std::string_view labelOf(ScoreBand band, Lang lang);

/// A stable id of the band ("successful"), for tools.
[[nodiscard]] std::string_view idOf(ScoreBand band);

} // namespace rapport
