// The learner's score: a fixed piecewise-linear reading of the result on the scenario's calibration.

#include "rapport/model/Score.h"

#include <algorithm>
#include <array>

namespace rapport {
namespace {

// `low` + (`high` - `low`) * (x - from) / (to - from), rounded half up; from <= x <= to, from < to.
std::int64_t interpolate(std::int64_t x, std::int64_t from, std::int64_t to, int low, int high) {
    const std::int64_t numerator = static_cast<std::int64_t>(high - low) * (x - from);
    const std::int64_t denominator = to - from;
    return low + (2 * numerator + denominator) / (2 * denominator);
}

struct BandWords {
    std::string_view id, de, en;
};

constexpr std::array<BandWords, 5> kBands{{
    {"not-successful", "Nicht gelungen", "Not successful"},
    {"little-achieved", "Wenig erreicht", "Little achieved"},
    {"partly-successful", "Teilweise gelungen", "Partly successful"},
    {"successful", "Gelungen", "Successful"},
    {"outstanding", "Hervorragend", "Outstanding"},
}};

} // namespace

const Calibration& calibrationOf(const Scenario& scenario) {
    return scenario.calibration ? *scenario.calibration : kUncalibrated;
}

int scoreOf(const Calibration& c, std::int64_t result) {
    // The loader guarantees worst < par < best; a hand-built calibration that breaks it is a bug.
    if (!(c.worst < c.par && c.par < c.best)) return 0;
    std::int64_t score = 0;
    if (result >= c.best) score = kScoreAtBest;
    else if (result >= c.par) score = interpolate(result, c.par, c.best, kScoreAtPar, kScoreAtBest);
    else if (result >= c.worst) score = interpolate(result, c.worst, c.par, kScoreAtWorst, kScoreAtPar);
    else if (result > c.worst - kScoreFloorSpan) score = interpolate(result, c.worst - kScoreFloorSpan, c.worst, 0, kScoreAtWorst);
    return static_cast<int>(score);
}

int scoreOf(const Scenario& scenario, std::int64_t result) { return scoreOf(calibrationOf(scenario), result); }

int scoreAt(const Scenario& scenario, std::int64_t result, NodeIndex ending) {
    const int score = scoreOf(scenario, result);
    const bool poor = ending < scenario.nodes.size() && scenario.nodes[ending].rating == Rating::Poor;
    return poor ? std::min(score, kPoorEndingCap) : score;
}

ScoreBand bandOf(int score) {
    if (score >= 90) return ScoreBand::Outstanding;
    if (score >= kSuccessScore) return ScoreBand::Successful;
    if (score >= 50) return ScoreBand::PartlySuccessful;
    if (score >= 30) return ScoreBand::LittleAchieved;
    return ScoreBand::NotSuccessful;
}

std::string_view labelOf(ScoreBand band, Lang lang) {
    const BandWords& w = kBands[static_cast<std::size_t>(band)];
    return lang == Lang::De ? w.de : w.en;
}

std::string_view idOf(ScoreBand band) { return kBands[static_cast<std::size_t>(band)].id; }

} // namespace rapport
