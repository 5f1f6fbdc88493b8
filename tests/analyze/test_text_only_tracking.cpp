// What only a text asks about must not split the analysis: a `chose()` in a text's `if` changes
// what the player reads, never where play goes, so runs that differ only there are one state.

#include "analyze/AnalyzerTestKit.h"
#include "rapport/analyze/Analyzer.h"
#include "rapport/load/ScenarioLoader.h"

#include "ScenarioJson.h"

#include <doctest/doctest.h>

namespace rapport {
namespace {

AnalysisReport analyzeJson(const nlohmann::json& scenario) {
    const LoadResult r = loadScenarioText(scenario.dump(), "sample.json");
    REQUIRE(r.ok());
    return analyzeScenario(*r.scenario, test::deterministicOptions());
}

TEST_CASE("analyzer: a choice that only a text asks about does not multiply the states") {
    nlohmann::json sample = test::sampleScenarioJson();
    const AnalysisReport plain = analyzeJson(sample);
    REQUIRE(plain.stats.exactComplete);

    // The farewell reads differently after the press research; play still goes the same way.
    nlohmann::json& farewell = test::nodeById(sample, "abschied");
    farewell["text"] = {{"if", "chose(presse)"}, {"then", farewell["text"]}, {"else", farewell["text"]}};
    const AnalysisReport withText = analyzeJson(sample);
    REQUIRE(withText.stats.exactComplete);

    CHECK(withText.stats.states == plain.stats.states);
    CHECK(withText.best.result == plain.best.result);
    CHECK(withText.worst.result == plain.worst.result);

    // The same condition on a choice does change where play can go, so it is still tracked.
    nlohmann::json& decision = test::nodeById(sample, "nachfassen");
    decision["choices"][0]["if"] = "chose(presse)";
    const AnalysisReport withFlow = analyzeJson(sample);
    REQUIRE(withFlow.stats.exactComplete);
    CHECK(withFlow.stats.states > plain.stats.states);
}

} // namespace
} // namespace rapport
