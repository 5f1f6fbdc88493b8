// The analyzer's report for tools (one JSON document) and for trainers (text in German and
// English), on a scenario whose answer is known: a dead end behind a choice.

#include "analyze/AnalyzerTestKit.h"
#include "rapport/analyze/Analyzer.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/report/AnalyzerReport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace rapport;

namespace {

std::shared_ptr<const Scenario> loadTestScenario(const std::string& name) { return test::loadAnalyzerScenario(name); }

/// Options that make every answer independent of the machine's speed.
AnalyzerOptions deterministic() { return test::deterministicOptions(); }

} // namespace

TEST_CASE("the analyzer's report as JSON and as text in both languages") {
    const auto s = loadTestScenario("dead-end");
    const AnalysisReport r = analyzeScenario(*s, deterministic());
    const nlohmann::json doc = nlohmann::json::parse(analysisJson(*s, r));
    CHECK(doc["verdict"] == "problem");
    CHECK(doc["exact"] == true);
    CHECK(doc["deadEnds"][0]["node"] == "sackgasse");
    CHECK(doc["deadEnds"][0]["guarantee"] == "proved");
    CHECK(doc["deadEnds"][0]["witness"]["path"] == nlohmann::json::array({"weiter"}));
    CHECK(doc["playthroughs"]["count"] == "1");
    const std::string de = analysisText(*s, r, Lang::De);
    const std::string en = analysisText(*s, r, Lang::En);
    CHECK(de.find("== Auf einen Blick ==") < de.find("== Zu beheben =="));
    CHECK(de.find("Zu beheben: 1 Problem, siehe unten.") != std::string::npos);
    CHECK(de.find("Sackgasse: Keine Wahl ist offen bei „sackgasse“ (bewiesen; nodes[sackgasse], /nodes/1)") != std::string::npos);
    CHECK(de.find("1. „Wahl weiter“ (weiter)") != std::string::npos);
    CHECK(en.find("== At a glance ==") != std::string::npos);
    CHECK(en.find("Dead end: no choice is open at") != std::string::npos);
    // The technical figures only with --details.
    CHECK(en.find("== Statistics ==") == std::string::npos);
    CHECK(analysisText(*s, r, Lang::En, true).find("== Statistics ==") != std::string::npos);
    CHECK(analysisText(*s, r, Lang::De, true).find("== Statistik ==") != std::string::npos);
}
