// Format 2 conveniences (issue 22): a decision's channel carries over to later decisions as a
// scene does, a node marked "todo" lets a file being written validate, with a warning, and a
// person's name may differ per language. Format 1 files keep their meaning.

#include "ScenarioJson.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/core/State.h"
#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>


using namespace rapport;
using nlohmann::json;

namespace {

json draft() { return test::readJsonFile(std::string(RAPPORT_TEST_DATA) + "/good/format2-draft.json"); }

json& node(json& scenario, const std::string& id) { return test::nodeById(scenario, id); }

LoadResult load(const json& s) { return loadScenarioText(s.dump(2), "draft.json"); }

Channel channelOf(const LoadResult& r, const std::string& choice) {
    REQUIRE(r.scenario);
    for (const Choice& c : r.scenario->choices)
        if (c.id == choice) return c.channel;
    FAIL("no choice " << choice);
    return Channel::Face;
}

std::string codes(const LoadResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += d.code + " ";
    return out;
}

} // namespace

TEST_CASE("a decision's channel carries over to later decisions until another one sets it") {
    json s = draft();
    s["nodes"][2] = {{"id", "besuch"}, {"type", "ending"}, {"text", {{"de", "Ende."}, {"en", "The end."}}},
                     {"debrief", {{"de", "Gut."}, {"en", "Good."}}}};
    LoadResult r = load(s);
    CHECK(codes(r).empty());
    CHECK(channelOf(r, "dank") == Channel::Phone);
    // A channel written on the later decision, or on the choice, wins.
    node(s, "nachfrage")["channel"] = "video";
    CHECK(channelOf(load(s), "dank") == Channel::Video);
    node(s, "nachfrage").erase("channel");
    node(s, "nachfrage")["choices"][0]["channel"] = "email";
    CHECK(channelOf(load(s), "dank") == Channel::Email);
    // Format 1 keeps its meaning: no channel on the decision is face to face.
    json old = draft();
    old["format"] = 1;
    old["nodes"][2] = s["nodes"][2];
    old["nodes"][0]["choices"][1]["act"] = "question"; // "propose" is format 2
    CHECK(channelOf(load(old), "dank") == Channel::Face);
}

TEST_CASE("ways with different channels meeting at a decision without one are a warning") {
    json s = draft();
    // A face-to-face start that can lead to the phone call or straight to the follow-up.
    s["start"] = "flur";
    s["nodes"].push_back({{"id", "flur"}, {"type", "decision"}, {"speaker", "weber"}, {"channel", "face"},
                          {"text", {{"de", "„Hallo.“"}, {"en", "“Hello.”"}}},
                          {"choices", {{{"id", "gruss"}, {"act", "smalltalk"}, {"next", "nachfrage"},
                                        {"text", {{"de", "„Hallo!“"}, {"en", "“Hello!”"}}}},
                                       {{"id", "spaeter"}, {"next", "anruf"},
                                        {"text", {{"de", "Später anrufen."}, {"en", "Call later."}}}}}}});
    s["nodes"][2] = {{"id", "besuch"}, {"type", "ending"}, {"text", {{"de", "Ende."}, {"en", "The end."}}},
                     {"debrief", {{"de", "Gut."}, {"en", "Good."}}}};
    const LoadResult r = load(s);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "channel-unclear");
    CHECK(r.diagnostics[0].path == "nodes[nachfrage].id");
    CHECK(r.diagnostics[0].messageDe.find("(phone, face)") != std::string::npos);
    CHECK(channelOf(r, "dank") == Channel::Face);
}

TEST_CASE("a node marked todo validates with a warning and play ends there with a note") {
    const LoadResult r = load(draft());
    REQUIRE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "todo-node");
    CHECK(r.diagnostics[0].messageEn == "The node “besuch” is a placeholder (“todo”): play ends there until it is written.");
    Runner runner(*r.scenario);
    CHECK(runner.choose("treffen") == ChooseError::None);
    CHECK(runner.finished());
    std::string shown;
    for (const ShownLine& l : runner.lines()) shown += std::string(runner.lineText(l)) + "\n";
    CHECK(shown.find("(Noch nicht geschrieben: besuch)") != std::string::npos);
    // Without the placeholder the reference is an error again.
    json s = draft();
    s["nodes"].erase(2);
    CHECK(codes(load(s)).find("unknown-node") != std::string::npos);
}

TEST_CASE("todo is new in format 2") {
    json s = draft();
    s["format"] = 1;
    s["nodes"][0]["choices"][1]["act"] = "question";
    const LoadResult r = load(s);
    CHECK(!r.ok());
    std::string all;
    for (const Diagnostic& d : r.diagnostics) all += d.messageEn + "\n";
    CHECK(all.find("“todo” is new in format 2") != std::string::npos);
}

TEST_CASE("reaction author replaces the model's reaction with the choice's adjustments") {
    json s = draft();
    json& frage = s["nodes"][0]["choices"][0];
    frage["adjust"] = {{{"vertrauen", 3}, {"reason", {{"de", "Sie fragt gern zurück."}, {"en", "She likes the question."}}}}};
    const auto after = [](const json& file) {
        const LoadResult r = load(file);
        REQUIRE(r.ok());
        Runner runner(*r.scenario);
        const State before = runner.state();
        REQUIRE(runner.choose("frage") == ChooseError::None);
        std::array<std::int32_t, kDimensionCount> delta{};
        for (std::size_t d = 0; d < kDimensionCount; ++d)
            delta[d] = runner.state().personas[0].dims[d] - before.personas[0].dims[d];
        return std::make_pair(delta, runner.state().personas[0].encounters - before.personas[0].encounters);
    };
    const auto withModel = after(s);
    frage["reaction"] = "author";
    const auto authorOnly = after(s);
    std::array<std::int32_t, kDimensionCount> expected{};
    expected[static_cast<std::size_t>(Dimension::Vertrauen)] = 3 * kScale;
    CHECK(authorOnly.first == expected);
    CHECK(withModel.first != expected); // the model's reaction to a question moves more than trust
    CHECK(authorOnly.second == withModel.second); // still a contact
    // Without an adjustment the switch leaves the act moving nobody: a warning says so.
    frage.erase("adjust");
    const LoadResult r = load(s);
    CHECK(codes(r).find("reaction-without-adjust") != std::string::npos);
    // Format 1 keeps its meaning: the field is new in format 2.
    json old = draft();
    old["format"] = 1;
    old["nodes"][2] = {{"id", "besuch"}, {"type", "ending"}, {"text", {{"de", "Ende."}, {"en", "The end."}}},
                       {"debrief", {{"de", "Gut."}, {"en", "Good."}}}};
    old["nodes"][0]["choices"][1]["act"] = "question";
    old["nodes"][0]["choices"][0]["reaction"] = "author";
    CHECK(codes(load(old)).find("needs-format-2") != std::string::npos);
}

TEST_CASE("an act aimed at two people reaches each of them as if aimed at them alone") {
    json s = draft();
    s["personas"].push_back({{"id", "brandt"}, {"name", "Eva Brandt"}, {"address", {{"de", "Frau Brandt"}, {"en", "Ms Brandt"}}},
                             {"role", {{"de", "Compliance"}, {"en", "Compliance"}}}, {"company", "Nordfracht AG"}});
    const auto deltas = [](const json& file) {
        const LoadResult r = load(file);
        INFO(codes(r));
        REQUIRE(r.ok());
        Runner runner(*r.scenario);
        const State before = runner.state();
        REQUIRE(runner.choose("frage") == ChooseError::None);
        std::array<std::array<std::int32_t, kDimensionCount>, 2> delta{};
        for (std::size_t p = 0; p < 2; ++p)
            for (std::size_t d = 0; d < kDimensionCount; ++d)
                delta[p][d] = runner.state().personas[p].dims[d] - before.personas[p].dims[d];
        return delta;
    };
    const auto weberAlone = deltas(s);
    s["nodes"][0]["choices"][0]["with"] = "brandt";
    const auto brandtAlone = deltas(s);
    s["nodes"][0]["choices"][0]["with"] = {"weber", "brandt"};
    const auto both = deltas(s);
    const std::array<std::int32_t, kDimensionCount> none{};
    CHECK(weberAlone[1] == none);
    CHECK(weberAlone[0] != none);
    CHECK(both[0] == weberAlone[0]);
    CHECK(both[1] == brandtAlone[1]);
    // An adjustment on a joint act names its person.
    s["nodes"][0]["choices"][0]["adjust"] = {{{"vertrauen", 2}, {"reason", {{"de", "Gut."}, {"en", "Good."}}}}};
    CHECK(codes(load(s)).find("missing-field") != std::string::npos);
    s["nodes"][0]["choices"][0]["adjust"][0]["persona"] = "brandt";
    CHECK(load(s).ok());
    // In format 1 two people in "with" stay reserved for "introduce".
    json old = s;
    old["format"] = 1;
    old["nodes"][2] = {{"id", "besuch"}, {"type", "ending"}, {"text", {{"de", "Ende."}, {"en", "The end."}}},
                       {"debrief", {{"de", "Gut."}, {"en", "Good."}}}};
    old["nodes"][0]["choices"][1]["act"] = "question";
    CHECK(codes(load(old)).find("wrong-type") != std::string::npos);
}

TEST_CASE("format 2: a person's name per language is the one shown in the language played") {
    json s = draft();
    s["nodes"][2] = {{"id", "besuch"}, {"type", "ending"}, {"text", {{"de", "Ende."}, {"en", "The end."}}},
                     {"debrief", {{"de", "Gut."}, {"en", "Good."}}}};
    s["personas"][0]["name"] = {{"de", "Dr. Jana Weber"}, {"en", "Dr Jana Weber"}};
    node(s, "ende")["text"] = {{"de", "Sie legen auf. {weber.name} notiert sich Ihren Namen."},
                               {"en", "You hang up. {weber.name} writes down your name."}};
    const LoadResult r = load(s);
    INFO(codes(r));
    REQUIRE(r.ok());
    // Named locals, not a structured binding: Clang refuses CAPTURE of a binding (its lambda).
    for (const auto& played : {std::tuple{Lang::De, "Dr. Jana Weber", "Dr Jana Weber"},
                               std::tuple{Lang::En, "Dr Jana Weber", "Dr. Jana Weber"}}) {
        const Lang lang = std::get<0>(played);
        const std::string shown = std::get<1>(played);
        const std::string other = std::get<2>(played);
        CAPTURE(shown);
        RunnerOptions options;
        options.lang = lang;
        Runner runner(*r.scenario, options);
        REQUIRE(runner.choose("frage") == ChooseError::None);
        REQUIRE(runner.choose("dank") == ChooseError::None);
        REQUIRE(runner.finished());
        CHECK(r.scenario->personas[0].name(lang) == shown);
        const std::string last(runner.lineText(runner.lines().back()));
        CHECK(last.find(shown) != std::string::npos);
        const std::string debrief = debriefToText(runner, buildDebrief(runner), lang);
        CHECK(debrief.find(std::string(shown) + ": ") != std::string::npos);
        CHECK(debrief.find(other) == std::string::npos);
    }
    // A plain string stays one name for both languages, in format 2 as in format 1.
    s["personas"][0]["name"] = "Dr. Jana Weber";
    const LoadResult plain = load(s);
    REQUIRE(plain.ok());
    CHECK(plain.scenario->personas[0].name(Lang::En) == "Dr. Jana Weber");
    // Both languages are required, and the message names the missing one.
    s["personas"][0]["name"] = {{"de", "Dr. Jana Weber"}};
    const LoadResult half = load(s);
    CHECK(!half.ok());
    REQUIRE(!half.diagnostics.empty());
    CHECK(half.diagnostics[0].messageEn.find("The English name (“en”) is missing") != std::string::npos);
    CHECK(half.diagnostics[0].pointer == "/personas/0/name");
}
