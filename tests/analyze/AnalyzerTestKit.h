#pragma once
// What the analyzer's tests share: their scenarios under tests/data/analyzer/ and options that
// make every answer independent of the machine's speed.

#include "rapport/analyze/Analyzer.h"
#include "rapport/load/ScenarioLoader.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <memory>
#include <string>

namespace rapport::test {

/// tests/data/analyzer/NAME.json (NAME may name a subfolder, "findings/ties"); its errors are
/// printed before the test stops.
inline std::shared_ptr<const Scenario> loadAnalyzerScenario(const std::string& name) {
    const LoadResult r = loadScenarioFile(std::string(RAPPORT_TEST_DATA) + "/analyzer/" + name + ".json");
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity == Severity::Error) MESSAGE(formatDiagnostic(d, Lang::En));
    REQUIRE(r.ok());
    return r.scenario;
}

/// Limits in states and samples instead of time, so every machine gets the same answers.
inline AnalyzerOptions deterministicOptions(std::uint32_t playouts = 200) {
    AnalyzerOptions o;
    o.budgetMs = 600000;
    o.maxStates = 100000;
    o.maxSearchStates = 5000;
    o.maxPlayouts = playouts;
    return o;
}

} // namespace rapport::test
