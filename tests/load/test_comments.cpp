// "$comment" fields (issue 21): JSON has no comments, so an author's note may stand in any object
// of a scenario; the loader reads and ignores it, and insists only that it is text.

#include "rapport/load/ScenarioLoader.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace rapport;

namespace {

nlohmann::json coffeeBreakJson() {
    std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/sample-coffee-break.json");
    std::stringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str());
}

} // namespace

TEST_CASE("a $comment in the root, a persona, a node, a choice and a text is ignored") {
    nlohmann::json doc = coffeeBreakJson();
    doc["$comment"] = "Die Kaffeepause: so beginnt ein Szenario.";
    doc["personas"][0]["$comment"] = "Die wichtigste Person.";
    doc["nodes"][1]["$comment"] = "Die erste Entscheidung.";
    doc["nodes"][1]["choices"][0]["$comment"] = "Recherche kostet Zeit.";
    doc["title"]["$comment"] = "Kurz halten.";
    const LoadResult plain = loadScenarioText(coffeeBreakJson().dump(), "plain.json");
    const LoadResult r = loadScenarioText(doc.dump(), "commented.json");
    REQUIRE(r.ok());
    CHECK(r.diagnostics.size() == plain.diagnostics.size());
    CHECK(r.scenario->nodes.size() == plain.scenario->nodes.size());
}

TEST_CASE("a $comment that is not text is an error at its place") {
    nlohmann::json doc = coffeeBreakJson();
    doc["nodes"][1]["$comment"] = 3;
    const LoadResult r = loadScenarioText(doc.dump(), "bad-comment.json");
    CHECK_FALSE(r.ok());
    bool found = false;
    for (const Diagnostic& d : r.diagnostics) found = found || (d.severity == Severity::Error && d.pointer.find("$comment") != std::string::npos);
    CHECK(found);
}
