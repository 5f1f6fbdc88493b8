// The analyzer's findings for authors (issue 22), each on a small scenario that shows it and on
// one that must not: a loop that inflates the result, a rating that disagrees with the result, a
// condition contradictory in itself, a fact learned but never used, careless runs per ending and
// ties for the best run. The first three are problems (exit 1); the others are remarks.

#include "analyze/AnalyzerTestKit.h"
#include "rapport/analyze/Analyzer.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/report/AnalyzerReport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace rapport;

namespace {

std::shared_ptr<const Scenario> loadFinding(const std::string& name) { return test::loadAnalyzerScenario("findings/" + name); }

AnalyzerOptions deterministic() { return test::deterministicOptions(400); }

struct Analysed {
    std::shared_ptr<const Scenario> scenario;
    AnalysisReport report;
    nlohmann::json json;
    std::string de, en;
};

Analysed analyse(const std::string& name) {
    Analysed a;
    a.scenario = loadFinding(name);
    a.report = analyzeScenario(*a.scenario, deterministic());
    a.json = nlohmann::json::parse(analysisJson(*a.scenario, a.report));
    a.de = analysisText(*a.scenario, a.report, Lang::De);
    a.en = analysisText(*a.scenario, a.report, Lang::En);
    return a;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("a loop the player can repeat that raises the score each round is a problem") {
    const Analysed a = analyse("inflation");
    CHECK(verdictOf(a.report) == Verdict::Problem);
    REQUIRE(a.json["inflatingLoops"].size() == 1);
    const nlohmann::json& loop = a.json["inflatingLoops"][0];
    CHECK(loop["node"] == "gespraech");
    CHECK(loop["place"]["pointer"] == "/nodes/0");
    CHECK(loop["place"]["path"] == "nodes[gespraech]");
    CHECK(loop["round"] == nlohmann::json::array({"lob", "entschuldigen"}));
    CHECK(loop["results"].size() >= 3);
    CHECK(loop["results"][0].get<double>() < loop["results"][1].get<double>());
    CHECK(has(a.de, "Eine Schleife treibt die Wertung hoch"));
    CHECK(has(a.de, "„Ich lobe ihren Vortrag.“"));
    CHECK(has(a.en, "A loop drives the score up"));
}

TEST_CASE("a loop closed by not chose is no inflation") {
    const Analysed a = analyse("inflation-guarded");
    CHECK(a.json["inflatingLoops"].empty());
    CHECK(verdictOf(a.report) == Verdict::Clean);
}

TEST_CASE("a good ending whose best result is below a poor ending's is a problem") {
    const Analysed a = analyse("rating-mismatch");
    CHECK(verdictOf(a.report) == Verdict::Problem);
    REQUIRE(a.json["ratingMismatches"].size() == 1);
    const nlohmann::json& m = a.json["ratingMismatches"][0];
    CHECK(m["good"] == "ende_gut");
    CHECK(m["poor"] == "ende_schwach");
    CHECK(m["guarantee"] == "proved");
    CHECK(m["goodPlace"]["path"] == "nodes[ende_gut]");
    CHECK(m["goodBest"].get<double>() < m["poorBest"].get<double>());
    CHECK(has(a.de, "Bewertung und Ergebnis passen nicht"));
    CHECK(has(a.en, "Rating and result disagree"));
}

TEST_CASE("a good ending that reaches more than the poor one is no mismatch") {
    const Analysed a = analyse("rating-fine");
    CHECK(a.json["ratingMismatches"].empty());
    CHECK(verdictOf(a.report) == Verdict::Clean);
}

TEST_CASE("a condition no values satisfy is a problem, with its place by pointer and by ids") {
    const Analysed a = analyse("condition-contradictory");
    CHECK(verdictOf(a.report) == Verdict::Problem);
    REQUIRE(a.json["contradictoryConditions"].size() == 1);
    const nlohmann::json& c = a.json["contradictoryConditions"][0];
    CHECK(c["condition"] == "zahl < 20 and zahl > 50");
    CHECK(c["choice"] == "besonders");
    CHECK(c["place"]["pointer"] == "/nodes/0/choices/1/if");
    CHECK(c["place"]["path"] == "nodes[start].choices[besonders].if");
    CHECK(has(a.de, "Die Bedingung „zahl < 20 and zahl > 50“ kann nie gelten"));
    CHECK(has(a.en, "nodes[start].choices[besonders].if, /nodes/0/choices/1/if"));
}

TEST_CASE("a contradictory condition nested in a choice's effects is found at its place") {
    const Analysed a = analyse("condition-in-effect");
    CHECK(verdictOf(a.report) == Verdict::Problem);
    REQUIRE(a.json["contradictoryConditions"].size() == 1);
    const nlohmann::json& c = a.json["contradictoryConditions"][0];
    CHECK(c["condition"] == "zahl >= 3 and zahl <= 2");
    CHECK(c["place"]["pointer"] == "/nodes/0/choices/0/effects/1/then/0/if");
    CHECK(c["place"]["path"] == "nodes[start].choices[gehen].effects[1].then[0].if");
}

TEST_CASE("a narrow condition that some values satisfy is no contradiction") {
    const Analysed a = analyse("condition-narrow");
    CHECK(a.json["contradictoryConditions"].empty());
    CHECK(verdictOf(a.report) == Verdict::Clean);
}

TEST_CASE("a fact learned but never used is a remark, not a problem") {
    const Analysed a = analyse("fact-unused");
    CHECK(verdictOf(a.report) == Verdict::Clean);
    REQUIRE(a.json["unusedFacts"].size() == 1);
    CHECK(a.json["unusedFacts"][0]["fact"] == "artikel");
    CHECK(a.json["unusedFacts"][0]["place"]["pointer"] == "/personas/0/facts/0");
    CHECK(a.json["unusedFacts"][0]["place"]["path"] == "personas[weber].facts[artikel]");
    CHECK(has(a.de, "Erfahren, aber nie genutzt: „artikel“"));
    CHECK(analyse("fact-used").json["unusedFacts"].empty());
}

TEST_CASE("careless runs take the first option, and shares per ending include the rare ones") {
    const Analysed a = analyse("ties");
    CHECK(a.json["playouts"]["careless"] == 1);
    CHECK(a.json["playouts"]["carelessEndings"]["ende_gut"] == 1);
    CHECK(a.json["endingShares"]["ende_gut"]["careless"] == 1.0);
    CHECK(a.json["endingShares"]["rar"]["careless"] == 0.0);
    CHECK(a.json["endingShares"]["rar"]["random"].get<double>() < 0.05);
    CHECK(has(a.de, "rar (gemischt): "));
    CHECK(has(a.de, "der unachtsamen"));
    CHECK(has(a.en, "of careless ones"));
}

TEST_CASE("ties for the best run are named with the choice that differs") {
    const Analysed a = analyse("ties");
    CHECK(a.json["bestTies"]["checked"] == true);
    CHECK(a.json["bestTies"]["found"].get<int>() >= 1);
    CHECK(a.json["bestTies"]["examples"][0]["step"] == 1);
    CHECK(has(a.de, "weiterer Durchgang erreicht genau dasselbe Ergebnis"));
    const Analysed b = analyse("no-ties");
    CHECK(b.json["bestTies"]["checked"] == true);
    CHECK(b.json["bestTies"]["found"] == 0);
}
