// The text linter of `rapport validate` (issue 22): narration inside a speaker's words, quotation
// marks and apostrophes of the wrong language, „Sie“ and „du“ mixed for one person, translations
// of very different length, a choice naming a person not met on some way in; and the bundled
// library free of all of them.

#include "ScenarioJson.h"
#include "rapport/load/ScenarioLoader.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

using namespace rapport;
using nlohmann::json;

namespace {

json sample() { return test::sampleScenarioJson(); }

json& node(json& scenario, const std::string& id) { return test::nodeById(scenario, id); }

json& choice(json& s, const std::string& nodeId, const std::string& id) {
    for (json& c : node(s, nodeId)["choices"])
        if (c["id"] == id) return c;
    FAIL("no choice " << id);
    return s;
}

/// The linter's warnings for a scenario, as "code path" lines.
std::vector<Diagnostic> lint(const json& s) {
    LoadLimits limits;
    limits.lintTexts = true;
    LoadResult r = loadScenarioText(s.dump(2), "lint.json", limits);
    for (const Diagnostic& d : r.diagnostics) INFO(formatDiagnostic(d, Lang::En));
    REQUIRE(!hasErrors(r.diagnostics));
    return r.diagnostics;
}

std::size_t count(const std::vector<Diagnostic>& list, const std::string& code) {
    std::size_t n = 0;
    for (const Diagnostic& d : list)
        if (d.code == code) ++n;
    return n;
}

} // namespace

TEST_CASE("the bundled library passes the text linter in both languages") {
    namespace fs = std::filesystem;
    std::size_t files = 0;
    for (const fs::directory_entry& e : fs::directory_iterator(std::string(RAPPORT_SOURCE_DIR) + "/scenarios")) {
        const std::string name = e.path().filename().string();
        if (e.path().extension() != ".json" || name.find(".schema.") != std::string::npos) continue;
        LoadLimits limits;
        limits.lintTexts = true;
        const LoadResult r = loadScenarioFile(e.path().string(), limits);
        std::string all;
        for (const Diagnostic& d : r.diagnostics) all += formatDiagnostic(d, Lang::En) + " [" + d.code + "]\n";
        INFO(all);
        CHECK(r.diagnostics.empty());
        ++files;
    }
    CHECK(files >= 9);
}

TEST_CASE("narration inside a speaker's line is a warning at its first word, speech alone is not") {
    json s = sample();
    CHECK(lint(s).empty());
    node(s, "l_lob")["text"] = {{"de", "„Danke.“ Sie lächelt. „Das freut mich.“"}, {"en", "“Thank you.” She smiles."}};
    const std::vector<Diagnostic> one = lint(s);
    REQUIRE(count(one, "narration-in-speech") == 1);
    CHECK(one[0].path == "nodes[l_lob].text.de");
    CHECK(one[0].messageDe.find("als Rede von Dr. Katrin Lindemann") != std::string::npos);
    // The column points at „Sie“ (the line's "de" value starts with „Danke.“ and a space).
    node(s, "l_lob")["text"] = {{"if", "visited(recherche)"},
                                {"then", {{"de", "„Danke.“"}, {"en", "“Thank you.”"}}},
                                {"else", {{"de", "„Danke.“"}, {"en", "“Thank you.” She nods."}}}};
    const std::vector<Diagnostic> inElse = lint(s);
    REQUIRE(count(inElse, "narration-in-speech") == 1);
    CHECK(inElse[0].path == "nodes[l_lob].text.else.en");
    // The same words in a narration node are fine.
    node(s, "l_lob")["type"] = "narration";
    node(s, "l_lob").erase("speaker");
    CHECK(lint(s).empty());
}

TEST_CASE("quotation marks and apostrophes follow each language") {
    json s = sample();
    json& text = choice(s, "eroeffnung", "vortrag_loben")["text"];
    text["de"] = "\"Ihre Zahl hat mich nachdenklich gemacht.\"";
    std::vector<Diagnostic> d = lint(s);
    REQUIRE(count(d, "text-marks") == 1);
    CHECK(d[0].messageDe.find("Schreiben Sie „…“") != std::string::npos);
    text["de"] = "“Ihre Zahl hat mich nachdenklich gemacht.”";
    REQUIRE(count(lint(s), "text-marks") == 1);
    text["de"] = "„Ihre Zahl hat mich nachdenklich gemacht – wie geht’s weiter?“";
    text["en"] = "„Your figure made me think.“";
    d = lint(s);
    REQUIRE(count(d, "text-marks") == 1);
    CHECK(d[0].path.find(".en") != std::string::npos);
    text["en"] = "“Your figure made me think – what's next?”";
    d = lint(s);
    REQUIRE(count(d, "text-marks") == 1);
    CHECK(d[0].messageEn.find("write ’") != std::string::npos);
    text["en"] = "“Your figure made me think – what’s next?”";
    CHECK(lint(s).empty());
}

TEST_CASE("one person addressed with Sie and with du is a warning at the rarer form") {
    json s = sample();
    choice(s, "eroeffnung", "vortrag_loben")["text"]["de"] = "„Deine Zahl hat mich nachdenklich gemacht – hast du sie selbst erhoben?“";
    const std::vector<Diagnostic> d = lint(s);
    REQUIRE(count(d, "sie-du") == 1);
    CHECK(d[0].path == "nodes[eroeffnung].choices[vortrag_loben].text.de");
    CHECK(d[0].messageDe.find("sagt hier „du“ zu Dr. Katrin Lindemann") != std::string::npos);
    // „Sie“ at the start of a sentence may be "she": alone it is no evidence of the formal form.
    json t = sample();
    for (json& n : t["nodes"])
        if (n.contains("choices"))
            for (json& c : n["choices"])
                if (c["text"].contains("de")) c["text"]["de"] = "„Hast du kurz Zeit? Sie hat recht.“";
    CHECK(count(lint(t), "sie-du") == 0);
}

TEST_CASE("German and English texts of very different length are a warning") {
    json s = sample();
    json& text = choice(s, "eroeffnung", "vortrag_loben")["text"];
    text["en"] = "“Interesting.”";
    const std::vector<Diagnostic> d = lint(s);
    REQUIRE(count(d, "text-lengths") == 1);
    CHECK(d[0].messageEn.find("is a sentence missing") != std::string::npos);
}

TEST_CASE("the text linter runs only when asked for") {
    json s = sample();
    node(s, "l_lob")["text"] = {{"de", "\"Danke.\" Sie lächelt."}, {"en", "\"Thank you.\" She smiles."}};
    CHECK(loadScenarioText(s.dump(2), "plain.json").diagnostics.empty());
    CHECK(!lint(s).empty());
}

TEST_CASE("a choice naming a person the player has not come across on some way in gets a warning") {
    json s = test::readJsonFile(std::string(RAPPORT_TEST_DATA) + "/good/format2-draft.json");
    s["personas"].push_back({{"id", "brandt"}, {"name", "Eva Brandt"}, {"address", {{"de", "Frau Brandt"}, {"en", "Ms Brandt"}}},
                             {"role", {{"de", "Compliance"}, {"en", "Compliance"}}}, {"company", "Nordfracht AG"}});
    // Only the way through "treffen" passes the corridor where Frau Brandt introduces herself.
    s["nodes"][2] = {{"id", "besuch"}, {"type", "narration"}, {"next", "nachfrage"},
                     {"text", {{"de", "Auf dem Flur stellt sich Ihnen Frau Brandt aus der Compliance vor."},
                               {"en", "In the corridor Ms Brandt from compliance introduces herself."}}}};
    node(s, "nachfrage")["choices"][0]["text"] = {{"de", "„Danke. Grüßen Sie bitte Frau Brandt von mir.“"},
                                                  {"en", "“Thanks. Please give Ms Brandt my regards.”"}};
    const std::vector<Diagnostic> found = lint(s);
    REQUIRE(count(found, "unmet-person") == 1);
    const Diagnostic& d = *std::find_if(found.begin(), found.end(), [](const Diagnostic& x) { return x.code == "unmet-person"; });
    CHECK(d.severity == Severity::Warning);
    CHECK(d.pointer == "/nodes/1/choices/0/text/de");
    CHECK(d.line > 1);
    CHECK(d.column > 1);
    CHECK(d.messageEn.find("names Eva Brandt, but on some way into the decision “nachfrage” the player has not come across Eva Brandt yet (for example after frage)") != std::string::npos);
    CHECK(d.messageDe.find("nennt Eva Brandt, aber auf einem Weg zur Entscheidung „nachfrage“ ist Eva Brandt der Spielfigur noch nicht begegnet (zum Beispiel nach frage)") != std::string::npos);

    // Every way in passes the corridor: no warning.
    json corridor = s;
    corridor["nodes"][0]["choices"][0]["next"] = "besuch";
    CHECK(count(lint(corridor), "unmet-person") == 0);
    // Known from before the scenario: no warning either.
    json known = s;
    known["personas"][1]["start"] = {{"stage", "acquaintance"}};
    CHECK(count(lint(known), "unmet-person") == 0);
    // A choice aimed at her is how the player meets her.
    json aimed = s;
    node(aimed, "nachfrage")["choices"][0]["with"] = "brandt";
    CHECK(count(lint(aimed), "unmet-person") == 0);
}
