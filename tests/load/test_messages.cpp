// Messages that finish the job (issue 22): what exactly is wrong with an id, a duration written
// with a space, where to declare an unknown variable, the place as an author reads it, and a
// "$schema" that points nowhere.

#include "ScenarioJson.h"
#include "rapport/core/Expression.h"
#include "rapport/load/ScenarioLoader.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <unistd.h>

using namespace rapport;
using nlohmann::json;

namespace {

json sample() { return test::sampleScenarioJson(); }

json& choice(json& s, const std::string& node, const std::string& id) {
    for (json& n : s["nodes"])
        if (n["id"] == node)
            for (json& c : n["choices"])
                if (c["id"] == id) return c;
    FAIL("no choice " << id);
    return s;
}

Diagnostic only(const json& s) {
    const LoadResult r = loadScenarioText(s.dump(2), "messages.json");
    REQUIRE(r.diagnostics.size() == 1);
    return r.diagnostics[0];
}

} // namespace

TEST_CASE("an invalid id says which character is wrong and what to write instead") {
    json s = sample();
    choice(s, "recherche", "profil")["id"] = "größe";
    Diagnostic d = only(s);
    CHECK(d.code == "invalid-id");
    CHECK(d.messageDe.find("„ö“ ist nicht erlaubt: Schreiben Sie „oe“.") != std::string::npos);
    s = sample();
    choice(s, "recherche", "profil")["id"] = "Profil";
    d = only(s);
    CHECK(d.messageEn.find("“P” is not allowed: write “p”.") != std::string::npos);
    s = sample();
    choice(s, "recherche", "profil")["id"] = "1profil";
    CHECK(only(s).messageEn.find("It starts with “1”.") != std::string::npos);
}

TEST_CASE("a duration with a space is shown written without it") {
    json s = sample();
    choice(s, "recherche", "profil")["takes"] = "10 m";
    const Diagnostic d = only(s);
    CHECK(d.code == "bad-duration");
    CHECK(d.messageEn.find("Without the space: \"10m\".") != std::string::npos);
    CHECK(d.path == "nodes[recherche].choices[profil].takes");
    CHECK(formatDiagnostic(d, Lang::En).find("(/nodes/1/choices/0/takes, nodes[recherche].choices[profil].takes)") != std::string::npos);
}

TEST_CASE("a duration may combine units from the largest down, and nothing else") {
    CHECK(parseDuration("6h30m") == 390);
    CHECK(parseDuration("1d12h") == 36 * 60);
    CHECK(parseDuration("1w2d3h4m") == 7 * 1440 + 2 * 1440 + 3 * 60 + 4);
    CHECK(parseDuration("45") == 45);
    CHECK(parseDuration("2h") == 120);
    for (const char* bad : {"", "30m6h", "2h2h", "2h30", "h", "6h 30m", "1.5h", "2x", "m30", "1234567890m"}) {
        CAPTURE(bad);
        CHECK_FALSE(parseDuration(bad).has_value());
    }
    json s = sample();
    choice(s, "recherche", "profil")["takes"] = "30m6h";
    const Diagnostic d = only(s);
    CHECK(d.code == "bad-duration");
    CHECK(d.messageEn.find("\"6h30m\" (the largest unit first)") != std::string::npos);
}

TEST_CASE("an unknown variable without a near name says where to declare it") {
    json s = sample();
    choice(s, "recherche", "profil")["if"] = "zaehler > 0";
    const Diagnostic d = only(s);
    CHECK(d.messageDe.find("unter „variables“ an: \"variables\": {\"zaehler\": 0}.") != std::string::npos);
    choice(s, "recherche", "profil")["if"] = "notitzen > 0";
    CHECK(only(s).messageEn.find("did you mean “notizen”?") != std::string::npos);
}

TEST_CASE("a $schema that points nowhere is a warning, only for files on disk") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("rapport-schema-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    json s = sample();
    s["$schema"] = "../nowhere/rapport-scenario.schema.json";
    { std::ofstream(dir / "a.json") << s.dump(2); }
    const LoadResult r = loadScenarioFile((dir / "a.json").string());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "schema-not-found");
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    // The bundled file's own reference resolves.
    CHECK(loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/sample-coffee-break.json").diagnostics.empty());
    // Text in memory has no folder to resolve against.
    CHECK(loadScenarioText(s.dump(2), "memory.json").diagnostics.empty());
    std::filesystem::remove_all(dir);
}
