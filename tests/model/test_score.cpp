// The learner's score (docs/score.md): a fixed reading of the result through the scenario's
// calibration, its bands and labels, and the loader's check of a calibration a trainer writes.

#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Score.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace rapport;

namespace {

constexpr Calibration kCongress{9 * kScale, 32 * kScale, 40 * kScale};

std::string minimalWithCalibration(const std::string& calibration) {
    std::ifstream in(std::string(RAPPORT_TEST_DATA) + "/good/minimal.json", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    const std::size_t at = text.find("  \"personas\"");
    REQUIRE(at != std::string::npos);
    return text.insert(at, "  \"calibration\": " + calibration + ",\n");
}

} // namespace

TEST_CASE("score: the calibration's results read 10, 75 and 100, and the score never falls as the result rises") {
    CHECK(scoreOf(kCongress, 9 * kScale) == kScoreAtWorst);
    CHECK(scoreOf(kCongress, 32 * kScale) == kScoreAtPar);
    CHECK(scoreOf(kCongress, 40 * kScale) == kScoreAtBest);
    CHECK(scoreOf(kCongress, 100 * kScale) == 100); // above best: no more than 100
    CHECK(scoreOf(Calibration{20 * kScale, 40 * kScale, 60 * kScale}, 10 * kScale) == 0); // ten below worst: 0
    int previous = -1;
    for (std::int64_t r = 0; r <= 100 * kScale; ++r) {
        const int score = scoreOf(kCongress, r);
        CAPTURE(r);
        REQUIRE(score >= previous);
        REQUIRE(score <= 100);
        previous = score;
    }
}

TEST_CASE("score: a solid result is a success, a poor one is not, and each band has words in both languages") {
    CHECK(isSuccess(scoreOf(kCongress, 33 * kScale)));
    CHECK_FALSE(isSuccess(scoreOf(kCongress, 20 * kScale)));
    CHECK(bandOf(95) == ScoreBand::Outstanding);
    CHECK(bandOf(70) == ScoreBand::Successful);
    CHECK(bandOf(69) == ScoreBand::PartlySuccessful);
    CHECK(bandOf(30) == ScoreBand::LittleAchieved);
    CHECK(bandOf(29) == ScoreBand::NotSuccessful);
    CHECK(labelOf(ScoreBand::Successful, Lang::De) == "Gelungen");
    CHECK(labelOf(ScoreBand::Successful, Lang::En) == "Successful");
    CHECK(idOf(ScoreBand::PartlySuccessful) == "partly-successful");
}

TEST_CASE("score: a calibration in the file is read, one that does not rise is refused with both values named") {
    const LoadResult good = loadScenarioText(minimalWithCalibration(R"({"worst": 9, "par": 32.5, "best": 40})"), "c.json");
    REQUIRE(good.ok());
    REQUIRE(good.scenario->calibration.has_value());
    CHECK(good.scenario->calibration->par == 3250);
    CHECK(scoreOf(*good.scenario, 40 * kScale) == 100);

    const LoadResult falling = loadScenarioText(minimalWithCalibration(R"({"worst": 9, "par": 45, "best": 40})"), "c.json");
    CHECK_FALSE(falling.ok());
    REQUIRE_FALSE(falling.diagnostics.empty());
    const std::string message = formatDiagnostic(falling.diagnostics[0], Lang::En);
    CHECK(message.find("45") != std::string::npos);
    CHECK(message.find("40") != std::string::npos);

    const LoadResult fraction = loadScenarioText(minimalWithCalibration(R"({"worst": 9.125, "par": 30, "best": 40})"), "c.json");
    CHECK_FALSE(fraction.ok());
}

TEST_CASE("score: a scenario without calibration uses the documented fixed scale") {
    const LoadResult plain = loadScenarioText(minimalWithCalibration("null"), "c.json");
    // "calibration": null is a wrong type, not a missing field
    CHECK_FALSE(plain.ok());
    CHECK(calibrationOf(Scenario{}).worst == 15 * kScale);
    CHECK(calibrationOf(Scenario{}).par == 45 * kScale);
    CHECK(calibrationOf(Scenario{}).best == 65 * kScale);
}
