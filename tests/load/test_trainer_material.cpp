// The trainer's material in a scenario file (issue 15): the guide, seminar cuts and discussion
// questions load, are checked with plain errors at their place, and change nothing about play;
// a seminar begun at a cut starts where the cut says, with its values, and saves and restores so.

#include "ScenarioJson.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Evaluate.h"
#include "rapport/session/Session.h"
#include "rapport/session/SessionJson.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>


using namespace rapport;
using nlohmann::json;

namespace {

json sample() { return test::sampleScenarioJson(); }

json& node(json& scenario, const std::string& id) { return test::nodeById(scenario, id); }

LoadResult load(const json& scenario) { return loadScenarioText(scenario.dump(2), "material.json"); }

json cutAtOpening() {
    return {{"id", "ab-eroeffnung"},
            {"name", {{"de", "Ab der Eröffnung"}, {"en", "From the opening"}}},
            {"description", {{"de", "Die Recherche ist getan."}, {"en", "The research is done."}}},
            {"start", "eroeffnung"},
            {"set", {"lindemann.vertrauen=40", "notizen=1"}}};
}

const Diagnostic* firstError(const LoadResult& r) {
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity == Severity::Error) return &d;
    return nullptr;
}

} // namespace

TEST_CASE("a guide, a seminar cut and discussion questions load without changing play") {
    json s = sample();
    s["guide"] = {{"de", "Worum es geht: die erste Minute."}, {"en", "What it is about: the first minute."}};
    s["seminarCuts"] = json::array({cutAtOpening()});
    node(s, "eroeffnung")["discuss"] = json::array({{{"de", "Warum wirkt die Frage nach dem Artikel?"}, {"en", "Why does asking about the article work?"}}});
    const LoadResult with = load(s);
    REQUIRE_MESSAGE(with.ok(), (firstError(with) ? firstError(with)->messageEn : ""));
    const Scenario& sc = *with.scenario;
    CHECK(textOf(sc, nullptr, sc.guide, Lang::De) == "Worum es geht: die erste Minute.");
    REQUIRE(sc.seminarCuts.size() == 1);
    CHECK(sc.seminarCuts[0].id == "ab-eroeffnung");
    CHECK(sc.nodes[sc.seminarCuts[0].start].id == "eroeffnung");
    CHECK(textOf(sc, nullptr, sc.seminarCuts[0].name, Lang::En) == "From the opening");
    bool asked = false;
    for (const Node& n : sc.nodes)
        if (n.id == "eroeffnung") asked = n.discuss.size() == 1 && textOf(sc, nullptr, n.discuss[0], Lang::De).find("Artikel") != std::string::npos;
    CHECK(asked);

    // Play from the start is the same with and without the material.
    const LoadResult without = load(sample());
    REQUIRE(without.ok());
    Runner a(sc), b(*without.scenario);
    CHECK(a.current().id == b.current().id);
    CHECK(resultOf(sc, a.state()) == resultOf(*without.scenario, b.state()));
}

TEST_CASE("bad trainer's material is refused at its place in plain words") {
    SUBCASE("a cut that starts at an unknown node") {
        json s = sample();
        json cut = cutAtOpening();
        cut["start"] = "eroefnung";
        s["seminarCuts"] = json::array({cut});
        const LoadResult r = load(s);
        REQUIRE(firstError(r) != nullptr);
        CHECK(firstError(r)->pointer == "/seminarCuts/0/start");
        CHECK(firstError(r)->messageEn.find("eroeffnung") != std::string::npos); // did you mean
    }
    SUBCASE("a cut that sets a value nobody has") {
        json s = sample();
        json cut = cutAtOpening();
        cut["set"] = {"lindemann.vertraun=40"};
        s["seminarCuts"] = json::array({cut});
        const LoadResult r = load(s);
        REQUIRE(firstError(r) != nullptr);
        CHECK(firstError(r)->code == std::string("cut-value"));
        CHECK(firstError(r)->pointer == "/seminarCuts/0/set");
        CHECK(firstError(r)->messageDe.find("Seminarfassung „ab-eroeffnung“") != std::string::npos);
    }
    SUBCASE("two cuts with one id") {
        json s = sample();
        s["seminarCuts"] = json::array({cutAtOpening(), cutAtOpening()});
        const LoadResult r = load(s);
        REQUIRE(firstError(r) != nullptr);
        CHECK(firstError(r)->code == std::string("duplicate-id"));
        CHECK(firstError(r)->pointer == "/seminarCuts/1/id");
    }
    SUBCASE("discussion questions on story, not on a decision") {
        json s = sample();
        node(s, "vortrag")["discuss"] = json::array({{{"de", "Was fällt auf?"}, {"en", "What stands out?"}}});
        const LoadResult r = load(s);
        REQUIRE(firstError(r) != nullptr);
        CHECK(firstError(r)->code == std::string("unknown-field"));
    }
    SUBCASE("a guide in one language only is said, as for every text") {
        json s = sample();
        s["guide"] = {{"de", "Nur Deutsch."}};
        const LoadResult r = load(s);
        bool said = false;
        for (const Diagnostic& d : r.diagnostics) said = said || d.pointer.rfind("/guide", 0) == 0;
        CHECK(said);
    }
}

TEST_CASE("a seminar begun at a cut starts there with the cut's values, and is restored so") {
    json s = sample();
    s["seminarCuts"] = json::array({cutAtOpening()});
    const LoadResult loaded = load(s);
    REQUIRE(loaded.ok());
    const Scenario& sc = *loaded.scenario;
    SessionOptions options;
    options.cut = "ab-eroeffnung";
    REQUIRE(Session::whyInvalid(sc, options, Lang::De).empty());
    Session session(sc, options);
    const Runner& runner = session.runner(TeamId{0});
    CHECK(runner.current().id == "eroeffnung");
    CHECK(runner.state().personas[0].dims[static_cast<std::size_t>(Dimension::Vertrauen)] == 40 * kScale);

    const SessionLoad again = sessionFromJson(sc, sessionToJson(session), Lang::De);
    REQUIRE(again.session != nullptr);
    CHECK(again.session->options().cut == "ab-eroeffnung");
    CHECK(again.session->runner(TeamId{0}).current().id == "eroeffnung");

    options.cut = "ab-kaffee";
    CHECK(Session::whyInvalid(sc, options, Lang::De) == "Das Szenario hat keine Seminarfassung „ab-kaffee“.");
}
