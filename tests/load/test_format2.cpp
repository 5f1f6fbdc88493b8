// Format 2: a file using every new field, act and effect loads with each value where the model
// reads it; a format 1 file keeps its meanings and is told plainly when it uses something new;
// the analyzer and the runner take the new shapes without tripping.

#include "rapport/analyze/Analyzer.h"
#include "rapport/core/Diagnostics.h"
#include "rapport/core/TimeUnits.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Evaluate.h"
#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/play/Runner.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

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

template <typename T>
std::uint32_t indexOf(const std::vector<T>& list, const std::string& id) {
    for (std::uint32_t i = 0; i < list.size(); ++i)
        if (list[i].id == id) return i;
    FAIL("no " << id);
    return kNone;
}

std::uint8_t channels(std::initializer_list<Channel> list) {
    unsigned bits = 0;
    for (Channel c : list) bits |= 1u << static_cast<unsigned>(c);
    return static_cast<std::uint8_t>(bits);
}

std::shared_ptr<const Scenario> loadGood(const std::string& name) {
    const LoadResult r = loadScenarioFile(kData + "/good/" + name);
    INFO(describe(r.diagnostics));
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.ok());
    return r.scenario;
}

/// The one diagnostic a text produces.
Diagnostic onlyProblem(const std::string& text) {
    const LoadResult r = loadScenarioText(text, "edited.json");
    INFO(describe(r.diagnostics));
    REQUIRE(r.diagnostics.size() == 1);
    return r.diagnostics[0];
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

} // namespace

TEST_CASE("format 2: personas carry avoided channels, colleagues, routines, gift rules and tenders") {
    const auto sc = loadGood("format2.json");
    const Scenario& s = *sc;
    CHECK(s.format == 2);
    const Persona& weber = s.personas[indexOf(s.personas, "weber")];
    const Persona& kim = s.personas[indexOf(s.personas, "kim")];
    const Persona& lang = s.personas[indexOf(s.personas, "lang")];
    const Persona& ott = s.personas[indexOf(s.personas, "ott")];

    // Nothing written: a formal person avoids sms and messenger by default.
    CHECK(weber.avoids == 0);
    CHECK(weber.avoidsEffective == channels({Channel::Sms, Channel::Messenger}));
    CHECK(weber.avoidsChannel(Channel::Sms));
    CHECK_FALSE(weber.avoidsChannel(Channel::Email));
    // A status-conscious person who prefers the messenger avoids nothing by default.
    CHECK(kim.has(Trait::Status));
    CHECK(kim.avoidsEffective == 0);
    CHECK(kim.colleague);
    CHECK(kim.routine == kMinutesPerWeek);
    // Written avoids replace the default, also an empty list for a formal person.
    CHECK(lang.avoids == channels({Channel::Sms, Channel::Phone}));
    CHECK(lang.avoidsEffective == lang.avoids);
    CHECK(ott.has(Trait::Formal));
    CHECK(ott.avoidsEffective == 0);
    CHECK(lang.strictGifts);
    CHECK(lang.tenderAtStart);
    CHECK_FALSE(weber.strictGifts);
    CHECK_FALSE(weber.tenderAtStart);
    CHECK_FALSE(weber.colleague);
    CHECK(weber.routine == 0);
}

TEST_CASE("format 2: start relationships fill what is left out from the stage's typical profile") {
    const auto sc = loadGood("format2.json");
    const Scenario& s = *sc;
    const StartRelationship& weber = s.personas[indexOf(s.personas, "weber")].start;
    model::Deltas expected = model::kStageProfile[static_cast<std::size_t>(Stage::Contact)];
    expected[static_cast<std::size_t>(Dimension::Vertrauen)] = 60; // written
    CHECK(weber.dimensions == expected);
    CHECK(weber.encounters == model::kStageRules[static_cast<std::size_t>(Stage::Contact)].encounters);
    CHECK(weber.inPerson == 1);
    CHECK(weber.knownFor == 26 * kMinutesPerWeek);

    const StartRelationship& lang = s.personas[indexOf(s.personas, "lang")].start;
    CHECK(lang.dimensions == model::kStageProfile[static_cast<std::size_t>(Stage::Relationship)]);
    CHECK(lang.encounters == 5);
    CHECK(lang.inPerson == 2); // half of them
    CHECK(lang.knownFor == model::kStageKnownForDays[static_cast<std::size_t>(Stage::Relationship)] * kMinutesPerDay);

    // No start at all: a stranger at the neutral levels, not at 20 everywhere.
    const StartRelationship& kim = s.personas[indexOf(s.personas, "kim")].start;
    CHECK(kim.dimensions == model::kNeutral);
    CHECK(kim.stage == Stage::Stranger);
    CHECK(kim.encounters == 0);
    CHECK(kim.inPerson == 0);
    CHECK(kim.knownFor == 0);
}

TEST_CASE("format 2: choices carry the new acts and their fields") {
    const auto sc = loadGood("format2.json");
    const Scenario& s = *sc;
    const auto choice = [&](const char* id) -> const Choice& { return s.choices[indexOf(s.choices, id)]; };
    CHECK(choice("vorschlagen").act == Act::Propose);
    CHECK(choice("vorschlagen").asked);
    CHECK(choice("vorschlagen").inconvenient);
    CHECK(choice("liefern").act == Act::Deliver);
    CHECK_FALSE(choice("liefern").asked);
    CHECK_FALSE(choice("liefern").inconvenient);
    CHECK(choice("versaeumnis").act == Act::Letdown);
    CHECK(choice("versaeumnis").failure == Failure::BrokenPromise);
    CHECK(choice("versaeumnis").warned);
    CHECK(choice("versprechen").act == Act::Overpromise);
    CHECK(choice("ehrlich").act == Act::Candid);
    CHECK(choice("informieren").act == Act::Inform);
    CHECK(choice("umgehen").act == Act::Bypass);
    CHECK(choice("feilschen").act == Act::Bargain);
    CHECK(choice("feilschen").ultimatum);
    CHECK(choice("annehmen").act == Act::Receive);
    CHECK(choice("annehmen").value == Value::Lavish);
    CHECK(choice("annehmen").with == indexOf(s.personas, "lang"));
    CHECK(choice("schenken").value == Value::Token);
    CHECK(choice("einladen").value == Value::Modest);
    CHECK(choice("vorleisten").value == Value::Lavish);
    CHECK(choice("bitten").size == RequestSize::Large);
    CHECK(choice("liefern").size == RequestSize::Medium); // the default
    // introduce in format 2: the first receives the contact, the second is introduced to them.
    CHECK(choice("vorstellen").with == indexOf(s.personas, "weber"));
    CHECK(choice("vorstellen").withSecond == indexOf(s.personas, "lang"));
    const ExprNode& cond = s.expressions[choice("bitten").condition];
    CHECK(cond.op == ExprOp::Ge);
    CHECK(s.expressions[cond.a].op == ExprOp::PersonaField);
    CHECK(s.expressions[cond.a].b == static_cast<std::uint32_t>(PersonaField::Willingness));
}

TEST_CASE("format 2: nodes name who is present, effects carry the new events") {
    const auto sc = loadGood("format2.json");
    const Scenario& s = *sc;
    const PersonaIndex weber = indexOf(s.personas, "weber"), kim = indexOf(s.personas, "kim"),
                       lang = indexOf(s.personas, "lang"), ott = indexOf(s.personas, "ott");
    const Node& uebergabe = s.nodes[indexOf(s.nodes, "uebergabe")];
    CHECK(uebergabe.present == std::vector<PersonaIndex>{kim});
    CHECK(s.nodes[indexOf(s.nodes, "termin")].present == std::vector<PersonaIndex>{lang, ott});
    CHECK(s.nodes[indexOf(s.nodes, "ende")].present == std::vector<PersonaIndex>{kim});

    REQUIRE(uebergabe.effects.count == 7);
    const Effect* e = &s.effects[uebergabe.effects.first];
    CHECK(e[0].kind == Effect::Kind::Handover);
    CHECK(e[0].target == weber);
    CHECK(e[0].second == ott);
    CHECK(e[1].kind == Effect::Kind::Vouch);
    CHECK(e[1].target == lang);
    CHECK(e[1].second == weber);
    CHECK(e[1].amount == static_cast<std::int64_t>(Standing::High));
    CHECK(e[2].kind == Effect::Kind::Contact);
    CHECK(e[2].target == weber);
    CHECK(e[2].channel == Channel::Email); // her preferred channel
    CHECK(e[2].amount == 1);               // meaningful unless said otherwise
    CHECK(e[3].kind == Effect::Kind::Contact);
    CHECK(e[3].channel == Channel::Phone);
    CHECK(e[3].amount == 0);
    CHECK(e[4].kind == Effect::Kind::Tender);
    CHECK(e[4].target == lang);
    CHECK(e[4].amount == 0);
    CHECK(e[5].kind == Effect::Kind::Letdown);
    CHECK(e[5].failure == Failure::MissedDelivery);
    CHECK(e[5].amount == 1);
    REQUIRE(e[6].kind == Effect::Kind::If);
    REQUIRE(e[6].thenCount == 1);
    CHECK(s.effects[e[6].thenFirst].kind == Effect::Kind::Vouch);
    CHECK(s.effects[e[6].thenFirst].amount == static_cast<std::int64_t>(Standing::Normal)); // the default
    REQUIRE(e[6].elseCount == 1);
    CHECK(s.effects[e[6].elseFirst].kind == Effect::Kind::Letdown);
    CHECK(s.effects[e[6].elseFirst].failure == Failure::Unanswered);
    CHECK(s.effects[e[6].elseFirst].amount == 0); // not warned
}

TEST_CASE("format 1 keeps its meanings: dimensions default to 20 and traits imply no avoided channel") {
    const auto sc = loadGood("minimal.json");
    const Scenario& s = *sc;
    CHECK(s.format == 1);
    const Persona& weber = s.personas[0]; // formal, yet format 1 knows no avoided channels
    CHECK(weber.has(Trait::Formal));
    CHECK(weber.avoidsEffective == 0);
    const Persona& kim = s.personas[1];
    CHECK(kim.start.dimensions == std::array<int, kDimensionCount>{20, 20, 20, 20, 20, 20});
    // The new start fields still get their defaults, so the model can read them for any file.
    CHECK(weber.start.inPerson == weber.start.encounters / 2);
    CHECK(weber.start.knownFor == model::kStageKnownForDays[1] * kMinutesPerDay);
    CHECK(kim.start.knownFor == 0);
}

TEST_CASE("the same file read as format 2 takes the neutral levels for a stranger") {
    const std::string text = replaced(readFile(kData + "/good/minimal.json"), "\"format\": 1", "\"format\": 2");
    const LoadResult r = loadScenarioText(text, "minimal-as-2.json");
    INFO(describe(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    CHECK(r.scenario->personas[1].start.dimensions == model::kNeutral);
    // Written values stay as written.
    CHECK(r.scenario->personas[0].start.dimensions == std::array<int, kDimensionCount>{30, 30, 40, 30, 30, 30});
    CHECK(r.scenario->personas[0].avoidsEffective == channels({Channel::Sms, Channel::Messenger}));
}

TEST_CASE("a format 1 file that uses something new is told to write format 2, in both languages") {
    const std::string minimal = readFile(kData + "/good/minimal.json");
    const Diagnostic field = onlyProblem(replaced(minimal, "\"act\": \"question\",", "\"act\": \"question\", \"asked\": true,"));
    CHECK(field.code == "needs-format-2");
    CHECK(field.messageEn == "“asked” is new in format 2: write \"format\": 2 at the top of the file.");
    CHECK(field.messageDe == "„asked“ gibt es erst ab Format 2: Schreiben Sie oben \"format\": 2.");

    const Diagnostic act = onlyProblem(replaced(minimal, "\"act\": \"question\"", "\"act\": \"bargain\""));
    CHECK(act.code == "needs-format-2");
    CHECK(act.messageDe == "„bargain“ gibt es erst ab Format 2: Schreiben Sie oben \"format\": 2.");

    const Diagnostic expr = onlyProblem(replaced(minimal, "weber.vertrauen >= 40", "weber.willingness >= 40"));
    CHECK(expr.code == "needs-format-2");
    CHECK(expr.messageEn == "“willingness” is new in format 2: write \"format\": 2 at the top of the file.");
    CHECK(expr.messageDe == "„willingness“ gibt es erst ab Format 2: Schreiben Sie oben \"format\": 2.");

    // A misspelled field of format 1 is suggested among format 1's fields only.
    const Diagnostic typo = onlyProblem(replaced(minimal, "\"act\": \"question\",", "\"act\": \"question\", \"tpoic\": \"logistik\","));
    CHECK(typo.code == "unknown-field");
    CHECK(typo.messageEn == "Unknown field “tpoic”. Did you mean “topic”?");
}

TEST_CASE("format 2: a field on the wrong act is named with the acts it belongs to") {
    const std::string good = readFile(kData + "/good/format2.json");
    const Diagnostic size = onlyProblem(replaced(good, "\"act\": \"deliver\",", "\"act\": \"deliver\", \"size\": \"small\","));
    CHECK(size.code == "field-needs-act");
    CHECK(size.messageEn == "“size” belongs to the act “ask”; this choice's act is “deliver”.");
    CHECK(size.messageDe == "„size“ gehört zur Handlung „ask“; diese Auswahl hat die Handlung „deliver“.");

    const Diagnostic warned = onlyProblem(replaced(good, "\"id\": \"umgehen\", \"act\": \"bypass\",", "\"id\": \"umgehen\", \"warned\": false,"));
    CHECK(warned.code == "field-needs-act");
    CHECK(warned.messageEn == "“warned” belongs to the act “letdown”; this choice has no act.");

    const Diagnostic value = onlyProblem(replaced(good, "\"act\": \"bargain\", \"ultimatum\": true,", "\"act\": \"bargain\", \"value\": \"token\","));
    CHECK(value.messageDe == "„value“ gehört zu den Handlungen „gift“, „invite“, „receive“ und „give“; diese Auswahl hat "
                             "die Handlung „bargain“.");

    const Diagnostic typo = onlyProblem(replaced(good, "\"value\": \"lavish\", \"next\": \"ende\",\n", "\"value\": \"lavsh\", \"next\": \"ende\",\n"));
    CHECK(typo.code == "unknown-value");
    CHECK(typo.messageDe == "Der Wert „lavsh“ ist unbekannt. Meinten Sie „lavish“?");
}

TEST_CASE("format 3 and format 0 are refused with what this version reads") {
    const std::string good = readFile(kData + "/good/format2.json");
    const Diagnostic newer = onlyProblem(replaced(good, "\"format\": 2", "\"format\": 3"));
    CHECK(newer.code == "unsupported-format");
    CHECK(newer.messageEn.find("formats 1 and 2") != std::string::npos);
    const Diagnostic zero = onlyProblem(replaced(good, "\"format\": 2", "\"format\": 0"));
    CHECK(zero.code == "unsupported-format");
}

TEST_CASE("format 2 plays and analyses: every choice can be taken and the analysis finishes") {
    const auto sc = loadGood("format2.json");
    const Scenario& s = *sc;
    const NodeIndex termin = indexOf(s.nodes, "termin");
    for (ChoiceIndex c : s.nodes[termin].choices) {
        CAPTURE(s.choices[c].id);
        Runner runner(s);
        const auto open = runner.choices();
        if (std::find(open.begin(), open.end(), c) == open.end()) continue; // its `if` may close it
        CHECK(runner.choose(c) == ChooseError::None);
        CHECK(runner.finished());
        for (PersonaIndex p = 0; p < s.personas.size(); ++p) {
            const int grade = willingnessOf(s, runner.state(), p);
            CHECK(grade >= 0);
            CHECK(grade <= 100);
        }
    }
    AnalyzerOptions options;
    options.budgetMs = 2000;
    const AnalysisReport report = analyzeScenario(s, options);
    REQUIRE(report.endings.size() == 1);
    CHECK(report.endings[0].reach != Reach::Unknown);
    // The analyzer bounds the new acts and events soundly (anything may change) until the model
    // gives them rules: a proved limit never lies below a result play reaches.
    CHECK(report.best.found);
    if (report.best.bounded) CHECK(report.best.bound >= report.best.result);
}

TEST_CASE("vocabulary: the format 2 acts and values have ids and names in both languages") {
    for (int a = static_cast<int>(kFirstFormat2Act); a < kActCount; ++a) {
        const Act act = static_cast<Act>(a);
        CAPTURE(idOf(act));
        CHECK(actFromId(idOf(act)) == act);
        CHECK_FALSE(nameOf(act, Lang::De).empty());
        CHECK(nameOf(act, Lang::De) != nameOf(act, Lang::En));
    }
    CHECK(actFromId("propose") == Act::Propose);
    CHECK(actFromId("receive") == Act::Receive);
    CHECK(valueFromId("lavish") == Value::Lavish);
    CHECK(requestSizeFromId("small") == RequestSize::Small);
    CHECK(failureFromId("cancelled-meeting") == Failure::CancelledMeeting);
    CHECK(standingFromId("high") == Standing::High);
    CHECK_FALSE(failureFromId("late").has_value());
    CHECK(idOf(Failure::Misunderstanding) == "misunderstanding");
}

TEST_CASE("the short examples in docs/scenario-format*.md are format 2 and load without a remark, texts included") {
    for (const char* page : {"scenario-format.md", "scenario-format.de.md"}) {
        CAPTURE(page);
        const std::string text = readFile(std::string(RAPPORT_SOURCE_DIR) + "/docs/" + page);
        const std::size_t start = text.find("```json\n");
        REQUIRE(start != std::string::npos);
        const std::size_t end = text.find("```", start + 8);
        REQUIRE(end != std::string::npos);
        LoadLimits withLint; // the examples also pass validate's text linter
        withLint.lintTexts = true;
        const LoadResult r = loadScenarioText(text.substr(start + 8, end - start - 8), page, withLint);
        INFO(describe(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.diagnostics.empty());
        CHECK(r.scenario->format == 2);
    }
}
