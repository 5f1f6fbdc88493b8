// The score never contradicts the ending (issue 13): a playthrough that ends in an ending rated
// poor ("no contact came of it") never reads "successful" or "partly successful", however much
// the relationships grew on the way; other endings keep the calibrated score.

#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Model.h"
#include "rapport/model/Score.h"
#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"

#include <doctest/doctest.h>

using namespace rapport;

TEST_CASE("a poor ending caps the learner's score below partly successful") {
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/sample-coffee-break.json");
    REQUIRE(loaded.ok());
    const Scenario& s = *loaded.scenario;
    int poorEndings = 0, capped = 0, otherEndings = 0;
    std::uint64_t pick = 12345;
    for (int walk = 0; walk < 400; ++walk) {
        Runner runner(s);
        for (int step = 0; step < 60 && !runner.finished() && !runner.stuck(); ++step) {
            pick = pick * 6364136223846793005ull + 1442695040888963407ull;
            REQUIRE(runner.choose(runner.choices()[(pick >> 33) % runner.choices().size()]) == ChooseError::None);
        }
        if (!runner.finished()) continue;
        DebriefOptions quick;
        quick.keyMoments = 0;
        const Debrief d = buildDebrief(runner, quick);
        const int uncapped = scoreOf(s, d.result);
        if (s.nodes[d.ending].rating == Rating::Poor) {
            ++poorEndings;
            CHECK(d.score <= kPoorEndingCap);
            CHECK(bandOf(d.score) < ScoreBand::PartlySuccessful);
            if (uncapped > kPoorEndingCap) ++capped;
        } else {
            ++otherEndings;
            CHECK(d.score == uncapped);
        }
    }
    CHECK(poorEndings > 0);
    CHECK(otherEndings > 0);
    CHECK(capped > 0); // the walk reaches a poor ending with a result that alone would read as a success
}
