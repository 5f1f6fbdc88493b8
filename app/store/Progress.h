#pragma once
// What the progress screen shows, computed from the database in one pass: each scenario's scores
// over time and its best run, each principle followed and violated across runs, and what to
// practise next.

#include "rapport/core/Vocabulary.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

/// One finished run on a scenario's line chart.
struct ScorePoint {
    std::int64_t run = 0;
    std::int64_t finishedAt = 0;
    int score = 0;
};

/// A scenario's finished runs, oldest first, and its best one.
struct ScenarioProgress {
    std::string scenarioId;
    std::vector<ScorePoint> scores;
    std::int64_t runs = 0; ///< finished and unfinished
    ScorePoint best;       ///< the highest score (the earliest of equal ones); valid when scores is not empty
    std::optional<std::string> bestLabel;
};

/// A principle's total across the profile's finished runs.
struct PrincipleTally {
    Principle principle = Principle::Quality;
    std::int64_t followed = 0;
    std::int64_t violated = 0;
};

struct ProgressData {
    std::int64_t runs = 0;
    std::int64_t finished = 0;
    std::vector<ScenarioProgress> scenarios; ///< by scenario id
    std::vector<PrincipleTally> principles;  ///< in Principle order, only those seen
};

/// A scenario that can be played, with the principles it lists (from the library).
struct ScenarioPrinciples {
    std::string scenarioId;
    std::vector<Principle> principles;
};

/// What to practise next: the principle violated most, and a scenario that trains it.
struct PracticeAdvice {
    Principle principle = Principle::Quality;
    std::int64_t violated = 0;
    std::int64_t followed = 0;
    std::optional<std::string> scenarioId; ///< none when no available scenario lists the principle
};

/// The most violated principle (ties: fewer times followed, then the principle's order) and, of
/// the available scenarios that list it, the one with the lowest best score (unplayed first).
/// std::nullopt when no principle has been violated yet.
[[nodiscard]] std::optional<PracticeAdvice> practiseNext(const ProgressData& progress,
                                                         const std::vector<ScenarioPrinciples>& available);

} // namespace rapport::store
