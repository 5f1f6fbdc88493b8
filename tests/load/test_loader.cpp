// The scenario loader: a good file loads completely; each bad file in tests/data/bad reports its
// problem at the exact line, column and JSON pointer, with a stable code.

#include "rapport/core/Diagnostics.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/load/ScenarioLoader.h"
#include "load/Suggest.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace rapport;

namespace {

const std::string kData = RAPPORT_TEST_DATA;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string describe(const std::vector<Diagnostic>& list) {
    std::string out;
    for (const Diagnostic& d : list) out += formatDiagnostic(d, Lang::En) + " [" + d.code + "]\n";
    return out;
}

std::uint32_t nodeIndex(const Scenario& s, const std::string& id) {
    for (std::uint32_t i = 0; i < s.nodes.size(); ++i)
        if (s.nodes[i].id == id) return i;
    FAIL("no node " << id);
    return kNone;
}

std::uint32_t choiceIndex(const Scenario& s, const std::string& id) {
    for (std::uint32_t i = 0; i < s.choices.size(); ++i)
        if (s.choices[i].id == id) return i;
    FAIL("no choice " << id);
    return kNone;
}

struct BadFile {
    const char* file;
    const char* code;
    int line;
    int column;
    const char* pointer;
    Severity severity;
    std::size_t count; // all diagnostics the file produces (follow-on ones included)
};

// One file per class of problem; the locations were checked by hand against the files.
const BadFile kBadFiles[] = {
    {"address-in-address.json", "bad-placeholder", 24, 60, "/personas/0/address/en", Severity::Error, 1},
    {"avoids-preferred-channel.json", "avoids-preferred-channel", 37, 34, "/personas/2/avoids/2", Severity::Error, 1},
    {"bom-in-middle.json", "bom-in-middle", 8, 3, "", Severity::Error, 1},
    {"nul-byte.json", "nul-byte", 9, 16, "", Severity::Error, 1},
    {"bad-colour.json", "bad-colour", 40, 24, "/personas/0/look/hair", Severity::Error, 1},
    {"bad-duration.json", "bad-duration", 87, 77, "/nodes/1/choices/2/takes", Severity::Error, 1},
    {"bad-expression.json", "bad-expression", 63, 24, "/nodes/0/effects/1/if", Severity::Error, 1},
    {"bad-placeholder-brace.json", "bad-placeholder", 59, 74, "/nodes/0/text/1/de", Severity::Error, 1},
    {"bad-placeholder.json", "bad-placeholder", 59, 32, "/nodes/0/text/1/de", Severity::Error, 1},
    {"branch-no-fallback.json", "branch-no-fallback", 97, 16, "/nodes/2/branches/1/if", Severity::Error, 1},
    {"chance-sum.json", "chance-sum", 110, 19, "/nodes/4/outcomes", Severity::Error, 1},
    {"duplicate-id-choice.json", "duplicate-id", 87, 17, "/nodes/1/choices/2/id", Severity::Error, 1},
    {"duplicate-id-node.json", "duplicate-id", 108, 13, "/nodes/4/id", Severity::Error, 2},
    {"duplicate-key.json", "duplicate-key", 10, 3, "/minutes", Severity::Error, 1},
    {"empty-file.json", "empty-file", 1, 1, "", Severity::Error, 1},
    {"field-needs-act.json", "field-needs-act", 74, 54, "/nodes/1/choices/1/value", Severity::Error, 1},
    {"format1-new-act.json", "needs-format-2", 75, 34, "/nodes/1/choices/0/act", Severity::Error, 1},
    {"format1-new-effect.json", "needs-format-2", 122, 10, "/nodes/5/effects/3/vouch", Severity::Error, 1},
    {"format1-new-field.json", "needs-format-2", 75, 46, "/nodes/1/choices/0/asked", Severity::Error, 1},
    {"format1-name-per-language.json", "needs-format-2", 38, 15, "/personas/0/name", Severity::Error, 1},
    {"format1-new-persona-field.json", "needs-format-2", 29, 27, "/personas/0/avoids", Severity::Error, 1},
    {"format1-new-start-field.json", "needs-format-2", 37, 20, "/personas/0/start/knownFor", Severity::Error, 1},
    {"format1-present.json", "needs-format-2", 103, 25, "/nodes/3/present", Severity::Error, 1},
    {"format1-todo.json", "needs-format-2", 104, 7, "/nodes/2/todo", Severity::Error, 1},
    {"format1-willingness.json", "needs-format-2", 96, 23, "/nodes/2/branches/0/if", Severity::Error, 1},
    {"in-person-too-many.json", "out-of-range", 24, 66, "/personas/0/start/inPerson", Severity::Error, 1},
    {"invalid-id.json", "invalid-id", 4, 9, "/id", Severity::Error, 1},
    {"invalid-utf8.json", "invalid-utf8", 7, 37, "/goals/0/de", Severity::Error, 1},
    {"json-control-char.json", "json-control-char", 58, 23, "/nodes/0/text/0/de", Severity::Error, 1},
    {"json-invalid-escape.json", "json-invalid-escape", 58, 56, "/nodes/0/text/0/en", Severity::Error, 1},
    {"json-invalid-literal.json", "json-invalid-literal", 8, 12, "/level", Severity::Error, 1},
    {"json-invalid-number.json", "json-invalid-number", 9, 16, "/minutes", Severity::Error, 1},
    {"json-mismatched-bracket.json", "json-mismatched-bracket", 7, 75, "/goals", Severity::Error, 1},
    {"json-missing-colon.json", "json-missing-colon", 8, 11, "/level", Severity::Error, 1},
    {"json-missing-comma.json", "json-missing-comma", 4, 3, "", Severity::Error, 1},
    {"json-single-quotes.json", "json-invalid-literal", 8, 12, "/level", Severity::Error, 1},
    {"json-trailing-comma.json", "json-trailing-comma", 10, 46, "/principles", Severity::Error, 1},
    {"json-trailing-content.json", "json-trailing-content", 126, 1, "", Severity::Error, 1},
    {"json-unclosed-string.json", "json-unclosed-string", 50, 3, "", Severity::Error, 1},
    {"json-unexpected-end.json", "json-unexpected-end", 50, 3, "", Severity::Error, 1},
    {"letdown-without-failure.json", "missing-field", 75, 9, "/nodes/1/choices/2", Severity::Error, 1},
    {"missing-field.json", "missing-field", 1, 1, "", Severity::Error, 1},
    {"missing-next.json", "missing-next", 100, 5, "/nodes/3", Severity::Error, 1},
    {"missing-persona.json", "missing-persona", 74, 34, "/nodes/1/choices/0/act", Severity::Error, 2},
    {"missing-translation.json", "missing-translation", 56, 16, "/nodes/0/scene", Severity::Warning, 1},
    {"misspelled-new-act.json", "unknown-value", 77, 38, "/nodes/1/choices/3/act", Severity::Error, 1},
    {"name-missing-language.json", "missing-field", 38, 15, "/personas/0/name", Severity::Error, 1},
    {"name-wrong-shape.json", "wrong-type", 38, 15, "/personas/0/name", Severity::Error, 1},
    {"no-choices.json", "no-choices", 73, 18, "/nodes/1/choices", Severity::Error, 5},
    {"out-of-range-dimension.json", "out-of-range", 34, 58, "/personas/0/start/vertrauen", Severity::Error, 1},
    {"out-of-range.json", "out-of-range", 9, 14, "/minutes", Severity::Error, 1},
    {"reserved-name.json", "reserved-name", 18, 30, "/variables/time", Severity::Error, 1},
    {"root-not-object.json", "wrong-type", 1, 1, "", Severity::Error, 1},
    {"same-persona.json", "same-persona", 50, 15, "/network/0", Severity::Error, 1},
    {"start-stage.json", "start-stage", 35, 18, "/personas/0/start/stage", Severity::Warning, 1},
    {"tender-without-running.json", "missing-field", 59, 9, "/nodes/0/effects/4", Severity::Error, 1},
    {"too-few.json", "too-few", 7, 12, "/goals", Severity::Error, 1},
    {"unknown-choice-expr.json", "unknown-choice", 83, 47, "/nodes/1/choices/1/if", Severity::Error, 1},
    {"unknown-dimension-expr.json", "unknown-dimension", 96, 23, "/nodes/2/branches/0/if", Severity::Error, 1},
    {"unknown-dimension.json", "unknown-dimension", 77, 23, "/nodes/1/choices/0/adjust/0/vertraun", Severity::Error, 1},
    {"unknown-effect.json", "unknown-effect", 121, 9, "/nodes/5/effects/2", Severity::Error, 1},
    {"unknown-fact.json", "unknown-fact", 87, 57, "/nodes/1/choices/2/uses", Severity::Error, 1},
    {"unknown-failure.json", "unknown-value", 75, 60, "/nodes/1/choices/2/failure", Severity::Error, 1},
    {"unknown-field.json", "unknown-field", 9, 3, "/lvel", Severity::Error, 1},
    {"unknown-node.json", "unknown-node", 65, 15, "/nodes/0/next", Severity::Error, 1},
    {"unknown-persona.json", "unknown-persona", 103, 18, "/nodes/3/speaker", Severity::Error, 1},
    {"unknown-topic.json", "unknown-topic", 28, 20, "/personas/0/concerns/0", Severity::Error, 1},
    {"unknown-value.json", "unknown-value", 71, 18, "/nodes/1/channel", Severity::Error, 1},
    {"unknown-variable.json", "unknown-variable", 62, 17, "/nodes/0/effects/0/var", Severity::Error, 1},
    {"unreachable.json", "unreachable", 112, 12, "/nodes/5/id", Severity::Warning, 1},
    {"unsupported-format.json", "unsupported-format", 3, 13, "/format", Severity::Error, 1},
    {"vouch-by-same-persona.json", "same-persona", 56, 33, "/nodes/0/effects/1/by", Severity::Error, 1},
    {"wrong-type-text.json", "wrong-type", 5, 12, "/title", Severity::Error, 1},
    {"wrong-type.json", "wrong-type", 9, 14, "/minutes", Severity::Error, 1},
};

} // namespace

TEST_CASE("every bad file reports its problem at the exact place") {
    for (const BadFile& bad : kBadFiles) {
        CAPTURE(bad.file);
        const LoadResult result = loadScenarioFile(kData + "/bad/" + bad.file);
        INFO(describe(result.diagnostics));
        CHECK(result.diagnostics.size() == bad.count);
        const auto match = std::find_if(result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& d) {
            return d.code == bad.code && d.line == bad.line && d.column == bad.column && d.pointer == bad.pointer &&
                   d.severity == bad.severity;
        });
        CHECK(match != result.diagnostics.end());
        for (const Diagnostic& d : result.diagnostics) {
            CHECK(d.file == kData + "/bad/" + bad.file);
            CHECK_FALSE(d.messageEn.empty());
            CHECK_FALSE(d.messageDe.empty());
            CHECK(d.messageEn != d.messageDe);
        }
        // Errors make the scenario unusable; warnings alone don't.
        CHECK((result.scenario == nullptr) == hasErrors(result.diagnostics));
    }
}

TEST_CASE("the bad corpus has one listed expectation per file and at least 30 files") {
    std::set<std::string> listed;
    for (const BadFile& bad : kBadFiles) listed.insert(bad.file);
    std::set<std::string> present;
    for (const auto& entry : std::filesystem::directory_iterator(kData + "/bad"))
        present.insert(entry.path().filename().string());
    CHECK(present == listed);
    CHECK(present.size() >= 30);
}

TEST_CASE("the good minimal scenario loads with every field") {
    const LoadResult result = loadScenarioFile(kData + "/good/minimal.json");
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.ok());
    const Scenario& s = *result.scenario;

    CHECK(s.id == "minimal");
    CHECK(s.format == 1);
    CHECK(s.level == Level::Beginner);
    CHECK(s.minutes == 5);
    CHECK(s.principles == std::vector<Principle>{Principle::Appreciation, Principle::GiveFirst});
    CHECK(s.goals.size() == 1);
    CHECK(s.player.name == "Alex Berger");
    CHECK(s.player.company == "Berger Consulting");
    REQUIRE(s.player.offer != kNone);
    CHECK(s.texts[s.player.offer].parts[static_cast<std::size_t>(Lang::De)][0].literal == "Prozessberatung");
    REQUIRE(s.topics.size() == 1);
    CHECK(s.topics[0].id == "logistik");
    CHECK(s.variableNames == std::vector<std::string>{"punkte"});
    CHECK(s.variableStart == std::vector<std::int64_t>{2});
    CHECK(s.researchBudget == 30);

    REQUIRE(s.personas.size() == 2);
    const Persona& weber = s.personas[0];
    CHECK(weber.id == "weber");
    CHECK(weber.name(Lang::De) == "Dr. Jana Weber");
    CHECK(weber.name(Lang::En) == "Dr. Jana Weber"); // one string: the same name in both languages
    CHECK(weber.company == "Nordfracht AG");
    CHECK(weber.has(Trait::Formal));
    CHECK(weber.has(Trait::Busy));
    CHECK_FALSE(weber.has(Trait::Open));
    CHECK(weber.concerns == std::vector<std::uint32_t>{0});
    CHECK(weber.channel == Channel::Email);
    REQUIRE(weber.facts.size() == 1);
    CHECK(s.facts[weber.facts[0]].id == "artikel");
    CHECK(s.facts[weber.facts[0]].topic == 0);
    CHECK(s.facts[weber.facts[0]].persona == 0);
    CHECK(weber.start.dimensions == std::array<int, kDimensionCount>{30, 30, 40, 30, 30, 30});
    CHECK(weber.start.stage == Stage::Acquaintance);
    CHECK(weber.start.encounters == model::kStageRules[1].encounters); // default: what the stage needs
    CHECK(weber.start.hasLastContact);
    CHECK(weber.start.lastContactAgo == 3 * 24 * 60);
    CHECK(weber.start.lastContactChannel == Channel::Phone);
    CHECK(weber.start.owed == 1);
    CHECK(weber.weight == 2);
    CHECK(weber.look.hair == 0x112233u);
    CHECK(weber.look.skin == Look{}.skin);
    const Persona& kim = s.personas[1];
    CHECK(kim.weight == 1);
    CHECK(kim.channel == Channel::Face);
    CHECK(kim.start.stage == Stage::Stranger);
    CHECK(kim.start.dimensions == std::array<int, kDimensionCount>{20, 20, 20, 20, 20, 20});
    CHECK(s.network == std::vector<std::array<PersonaIndex, 2>>{{0, 1}});
    CHECK(s.totalWeight() == 3);

    REQUIRE(s.nodes.size() == 6);
    CHECK(s.start == nodeIndex(s, "pause"));
    const Node& pause = s.nodes[nodeIndex(s, "pause")];
    CHECK(pause.kind == NodeKind::Narration);
    CHECK(pause.next == nodeIndex(s, "frage"));
    CHECK(pause.scene != kNone);
    REQUIRE(pause.text.size() == 2);
    // "Tag {days}: {weber.address} wartet, {player.name}. {{frei}}"
    const auto& parts = s.texts[pause.text[1]].parts[static_cast<std::size_t>(Lang::De)];
    REQUIRE(parts.size() == 7);
    CHECK(parts[0].literal == "Tag ");
    CHECK(parts[1].kind == TextPart::Kind::Value);
    REQUIRE(parts[1].expr != kNoExpr);
    CHECK(s.expressions[parts[1].expr].op == ExprOp::Days);
    CHECK(parts[2].literal == ": ");
    CHECK(parts[3].kind == TextPart::Kind::PersonaAddress);
    CHECK(parts[3].persona == 0);
    CHECK(parts[5].kind == TextPart::Kind::PlayerName);
    CHECK(parts[6].literal == ". {frei}");
    const auto& enParts = s.texts[pause.text[1]].parts[static_cast<std::size_t>(Lang::En)];
    REQUIRE(enParts.size() == 7);
    CHECK(enParts[3].kind == TextPart::Kind::PersonaName);

    // Effects: flat ranges, the `if` with its then/else ranges.
    REQUIRE(pause.effects.count == 2);
    const Effect& add = s.effects[pause.effects.first];
    CHECK(add.kind == Effect::Kind::AddVar);
    CHECK(add.target == 0);
    CHECK(s.expressions[add.value].value == 1);
    const Effect& cond = s.effects[pause.effects.first + 1];
    CHECK(cond.kind == Effect::Kind::If);
    CHECK(cond.value != kNoExpr);
    REQUIRE(cond.thenCount == 2);
    CHECK(s.effects[cond.thenFirst].kind == Effect::Kind::Wait);
    CHECK(s.effects[cond.thenFirst].amount == 15);
    CHECK(s.effects[cond.thenFirst + 1].kind == Effect::Kind::SetVar);
    REQUIRE(cond.elseCount == 1);
    CHECK(s.effects[cond.elseFirst].kind == Effect::Kind::Learn);
    CHECK(s.effects[cond.elseFirst].facts == std::vector<std::uint32_t>{0});

    const Node& frage = s.nodes[nodeIndex(s, "frage")];
    CHECK(frage.kind == NodeKind::Decision);
    CHECK(frage.speaker == 0);
    CHECK(frage.channel == Channel::Phone);
    REQUIRE(frage.choices.size() == 3);
    const Choice& fragen = s.choices[choiceIndex(s, "fragen")];
    CHECK(fragen.node == nodeIndex(s, "frage"));
    CHECK(fragen.act == Act::Question);
    CHECK(fragen.with == 0);                  // the decision's speaker
    CHECK(fragen.channel == Channel::Phone);  // the decision's channel
    CHECK(fragen.topic == 0);
    CHECK(fragen.next == nodeIndex(s, "weiche"));
    CHECK(fragen.principle == static_cast<int>(Principle::Appreciation));
    CHECK(fragen.feedback != kNone);
    REQUIRE(fragen.adjustments.size() == 1);
    const Adjustment& adj = s.adjustments[fragen.adjustments[0]];
    CHECK(adj.persona == 0); // defaults to `with`
    CHECK(adj.delta[static_cast<std::size_t>(Dimension::Vertrauen)] == 2);
    CHECK(adj.reason != kNone);
    const Choice& vorstellen = s.choices[choiceIndex(s, "vorstellen")];
    CHECK(vorstellen.act == Act::Introduce);
    CHECK(vorstellen.with == 0);
    CHECK(vorstellen.withSecond == 1);
    CHECK(vorstellen.channel == Channel::Face);
    CHECK(vorstellen.condition != kNoExpr);
    const Choice& recherche = s.choices[choiceIndex(s, "recherche")];
    CHECK(recherche.act == Act::Research);
    CHECK(recherche.uses == 0);
    CHECK(recherche.takes == 10);
    CHECK(recherche.reveals == std::vector<std::uint32_t>{0});
    const Text& conditional = s.texts[recherche.text];
    CHECK(conditional.condition != kNoExpr);
    CHECK(conditional.whenTrue != kNone);
    CHECK(conditional.whenFalse != kNone);

    // visited(pause) and chose(fragen) each get a tracking slot.
    CHECK(s.trackingSlots == 2);
    CHECK(pause.trackingSlot != kNone);
    REQUIRE(s.choiceTrackingSlot.size() == s.choices.size());
    CHECK(s.choiceTrackingSlot[choiceIndex(s, "fragen")] != kNone);
    CHECK(s.choiceTrackingSlot[choiceIndex(s, "recherche")] == kNone);
    CHECK(s.nodes[nodeIndex(s, "frage")].trackingSlot == kNone);

    const Node& weiche = s.nodes[nodeIndex(s, "weiche")];
    CHECK(weiche.kind == NodeKind::Branch);
    REQUIRE(weiche.branches.size() == 2);
    CHECK(weiche.branches[0].condition != kNoExpr);
    CHECK(weiche.branches[1].condition == kNoExpr);
    CHECK(weiche.branches[1].next == nodeIndex(s, "zeile"));
    const Node& zeile = s.nodes[nodeIndex(s, "zeile")];
    CHECK(zeile.kind == NodeKind::Line);
    CHECK(zeile.speaker == 1);
    const Node& zufall = s.nodes[nodeIndex(s, "zufall")];
    CHECK(zufall.kind == NodeKind::Chance);
    REQUIRE(zufall.branches.size() == 2);
    CHECK(zufall.branches[0].chance == 60);
    CHECK(zufall.branches[1].chance == 40);
    const Node& ende = s.nodes[nodeIndex(s, "ende")];
    CHECK(ende.kind == NodeKind::Ending);
    CHECK(ende.rating == Rating::Good);
    CHECK(ende.debrief != kNone);
    REQUIRE(ende.effects.count == 3);
    const Effect& adjustEffect = s.effects[ende.effects.first];
    CHECK(adjustEffect.kind == Effect::Kind::Adjust);
    CHECK(s.adjustments[adjustEffect.adjustment].delta[0] == 3);
    CHECK(s.adjustments[adjustEffect.adjustment].pressure == -1);
    CHECK(s.adjustments[adjustEffect.adjustment].principle == static_cast<int>(Principle::Quality));
    const Effect& favour = s.effects[ende.effects.first + 1];
    CHECK(favour.kind == Effect::Kind::Favour);
    CHECK(favour.target == 1);
    CHECK(favour.amount == 1);
    const Effect& intro = s.effects[ende.effects.first + 2];
    CHECK(intro.kind == Effect::Kind::Introduce);
    CHECK(intro.target == 0);
    CHECK(intro.second == 1);
}

TEST_CASE("a leading BOM is accepted and columns count from after it") {
    const std::string good = readFile(kData + "/good/minimal.json");
    const LoadResult ok = loadScenarioText("\xEF\xBB\xBF" + good, "bom.json");
    CHECK(ok.diagnostics.empty());
    CHECK(ok.ok());
    const LoadResult bad = loadScenarioText("\xEF\xBB\xBF{\"format\": 3}", "bom.json");
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].code == "unsupported-format");
    CHECK(bad.diagnostics[0].line == 1);
    CHECK(bad.diagnostics[0].column == 12);
}

TEST_CASE("limits: nesting depth and file size give an error") {
    LoadLimits limits;
    limits.maxDepth = 10;
    const LoadResult deep = loadScenarioText("{\"a\": " + std::string(50, '[') + std::string(50, ']') + "}", "deep.json", limits);
    REQUIRE(deep.diagnostics.size() == 1);
    CHECK(deep.diagnostics[0].code == "too-deep");
    CHECK(deep.diagnostics[0].column == 16);
    CHECK(deep.scenario == nullptr);

    limits = LoadLimits{};
    limits.maxFileBytes = 100;
    const LoadResult big = loadScenarioText(std::string(200, ' '), "big.json", limits);
    REQUIRE(big.diagnostics.size() == 1);
    CHECK(big.diagnostics[0].code == "too-large");
    const LoadResult bigFile = loadScenarioFile(kData + "/good/minimal.json", limits);
    REQUIRE(bigFile.diagnostics.size() == 1);
    CHECK(bigFile.diagnostics[0].code == "too-large");
}

TEST_CASE("IO problems: missing path, folder, unreadable file, empty file") {
    LoadResult r = loadScenarioFile(kData + "/no-such-file.json");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "io-missing");
    CHECK(r.diagnostics[0].line == 0);

    r = loadScenarioFile(kData + "/bad");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "io-folder");

    r = loadScenarioText("   \n", "blank.json");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "empty-file");

    // Root can read any file, so the permission check only means something for other users.
    if (geteuid() != 0) {
        const std::string path = (std::filesystem::temp_directory_path() / "rapport-unreadable.json").string();
        { std::ofstream(path) << "{}"; }
        std::filesystem::permissions(path, std::filesystem::perms::none);
        r = loadScenarioFile(path);
        std::filesystem::remove(path);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == "io-unreadable");
    }
}

TEST_CASE("every problem in one pass") {
    std::string text = readFile(kData + "/good/minimal.json");
    const auto replace = [&](const std::string& from, const std::string& to) {
        const std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    replace("\"minutes\": 5", "\"minutes\": 0");
    replace("\"speaker\": \"kim\"", "\"speaker\": \"nobody\"");
    replace("\"takes\": \"10m\"", "\"takes\": \"soon\"");
    replace("\"channel\": \"email\"", "\"channel\": \"pigeon\"");
    const LoadResult r = loadScenarioText(text, "many.json");
    INFO(describe(r.diagnostics));
    std::vector<std::string> codes;
    for (const Diagnostic& d : r.diagnostics) codes.push_back(d.code);
    // In the order of the file.
    CHECK(codes == std::vector<std::string>{"out-of-range", "unknown-value", "bad-duration", "unknown-persona"});
}

TEST_CASE("diagnostics are printed like compiler messages, in both languages, and as JSON") {
    Diagnostic d;
    d.file = "a.json";
    d.line = 3;
    d.column = 7;
    d.pointer = "/nodes/0";
    d.code = "unknown-node";
    d.messageEn = "There is no node “x”.";
    d.messageDe = "Den Knoten „x“ gibt es nicht.";
    CHECK(formatDiagnostic(d, Lang::En) == "a.json:3:7: error: There is no node “x”. (/nodes/0)");
    CHECK(formatDiagnostic(d, Lang::De) == "a.json:3:7: Fehler: Den Knoten „x“ gibt es nicht. (/nodes/0)");
    d.severity = Severity::Warning;
    d.pointer.clear();
    CHECK(formatDiagnostic(d, Lang::De) == "a.json:3:7: Warnung: Den Knoten „x“ gibt es nicht.");
    Diagnostic io;
    io.file = "gone.json";
    io.messageEn = "There is no file at this path.";
    io.messageDe = "Unter diesem Pfad gibt es keine Datei.";
    CHECK(formatDiagnostic(io, Lang::En) == "gone.json: error: There is no file at this path.");

    const auto json = nlohmann::json::parse(diagnosticsToJson({d, io}, Lang::En));
    REQUIRE(json.size() == 2);
    CHECK(json[0]["file"] == "a.json");
    CHECK(json[0]["line"] == 3);
    CHECK(json[0]["column"] == 7);
    CHECK(json[0]["severity"] == "warning");
    CHECK(json[0]["code"] == "unknown-node");
    CHECK(json[0]["message"] == "There is no node “x”.");
    CHECK(json[1]["severity"] == "error");
}

TEST_CASE("did-you-mean suggestions use the edit distance") {
    using detail::closestMatch;
    using detail::editDistance;
    CHECK(editDistance("vertrauen", "vertrauen") == 0);
    CHECK(editDistance("vertraun", "vertrauen") == 1);
    CHECK(editDistance("nmae", "name") == 1); // a swap counts once
    CHECK(editDistance("Level", "level") == 0);
    CHECK(closestMatch("sympatie", {"sympathie", "vertrauen"}) == "sympathie");
    CHECK(closestMatch("xyz", {"sympathie", "vertrauen"}).empty());
}
