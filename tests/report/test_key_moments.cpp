// Key moments by counterfactual (issue 14): the decisions that decided the outcome, what each
// option would have reached with the best continuation after it, what the contact thought, and
// a style diagnosis that sees the passive and the escalating learner. Played on the library.

#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Score.h"
#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"
#include "rapport/report/PlayReport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace rapport;

namespace {

std::shared_ptr<const Scenario> library(const std::string& id) {
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/" + id + ".json");
    REQUIRE_MESSAGE(loaded.ok(), id);
    return loaded.scenario;
}

/// The authored path of `kind` ("good" or "poor") for a scenario, from tests/data/paths.
std::vector<std::string> authoredPath(const std::string& scenario, const std::string& kind) {
    std::ifstream in(std::string(RAPPORT_TEST_DATA) + "/paths/library-paths.txt");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string id, k, ending, choices;
        if (!(words >> id >> k >> ending >> choices) || id != scenario || k != kind) continue;
        std::vector<std::string> out;
        std::istringstream list(choices);
        for (std::string c; std::getline(list, c, ',');) out.push_back(c);
        return out;
    }
    FAIL("no authored path " << scenario << " " << kind);
    return {};
}

void play(Runner& runner, const std::vector<std::string>& choices) {
    for (const std::string& c : choices) REQUIRE_MESSAGE(runner.choose(c) == ChooseError::None, c);
}

const KeyMoment* momentOf(const Runner& runner, const Debrief& d, const std::string& choice) {
    for (const KeyMoment& km : d.keyMoments)
        if (runner.scenario().choices[km.choice].id == choice) return &km;
    return nullptr;
}

} // namespace

TEST_CASE("key moments: a flawless congress run is not blamed for anything") {
    const auto s = library("congress-approach");
    Runner runner(*s);
    play(runner, authoredPath("congress-approach", "good"));
    REQUIRE(runner.finished());
    const Debrief d = buildDebrief(runner);
    REQUIRE_FALSE(d.keyMoments.empty());
    for (const KeyMoment& km : d.keyMoments) {
        CAPTURE(s->choices[km.choice].id);
        CHECK(km.scoreLost == 0);
        CHECK(km.bestMove == km.choice); // nothing "would have brought more"
    }
    CHECK(d.style.style == Style::RelationshipBuilder);
    for (const Lang lang : {Lang::De, Lang::En}) {
        const std::string text = debriefToText(runner, d, lang);
        CHECK(text.find(lang == Lang::De ? "Am meisten hätte gebracht" : "The most would have come from") == std::string::npos);
        CHECK(text.find(lang == Lang::De ? "abgewartet" : "held back") == std::string::npos); // no plot step counts as waiting
    }
}

TEST_CASE("key moments: the last decision is among them when it changed the ending") {
    // The review's case: a flawless congress run that ends with one more question at the end.
    const auto s = library("congress-approach");
    std::vector<std::string> path = authoredPath("congress-approach", "good");
    const auto visit = std::find(path.begin(), path.end(), "tg_besuch");
    REQUIRE(visit != path.end());
    path.erase(visit, path.end());
    path.push_back("tg_zuhoeren");
    Runner runner(*s);
    play(runner, path);
    REQUIRE(runner.finished());
    const Debrief d = buildDebrief(runner);
    REQUIRE_FALSE(d.keyMoments.empty());
    const KeyMoment& last = d.keyMoments.back();
    CHECK(last.step + 1 == runner.path().size());
    CHECK(last.decidedEnding);
    CHECK(last.scoreLost > 0);
    CHECK(s->choices[last.bestMove].id == "tg_besuch");
    CHECK(std::find(d.endingSteps.begin(), d.endingSteps.end(), last.step) != d.endingSteps.end());
    // Every earlier moment of this run was played as well as it could be.
    for (const KeyMoment& km : d.keyMoments)
        if (&km != &last) CHECK(km.scoreLost == 0);
}

TEST_CASE("key moments: a decision whose consequence shows weeks later is found") {
    // The handshake with Mr Lammers barely moves anything at the time; weeks later the
    // "Seilschaft" ending follows from it. The largest immediate changes never showed it.
    const auto s = library("key-account-diagnosis");
    Runner runner(*s);
    play(runner, authoredPath("key-account-diagnosis", "poor"));
    REQUIRE(runner.finished());
    const Debrief d = buildDebrief(runner);
    const KeyMoment* handshake = momentOf(runner, d, "e_handschlag");
    REQUIRE(handshake != nullptr);
    CHECK(handshake->decidedEnding);
    CHECK(handshake->scoreLost > 0);
    CHECK(std::llabs(handshake->resultAfter - handshake->resultBefore) < 2 * kScale); // small at the time
}

TEST_CASE("key moments: every option is priced in the learner's score, and no moment reads the same for all") {
    for (const char* id : {"congress-approach", "email-relationship-repair", "trade-fair", "regular-customers-year"}) {
        for (const char* kind : {"good", "poor"}) {
            CAPTURE(id);
            CAPTURE(kind);
            const auto s = library(id);
            Runner runner(*s);
            play(runner, authoredPath(id, kind));
            const Debrief d = buildDebrief(runner);
            CHECK(d.keyMoments.size() <= 4);
            for (const KeyMoment& km : d.keyMoments) {
                int lowest = 100, highest = 0, taken = 0;
                for (const Alternative& alt : km.alternatives) {
                    CHECK(alt.scoreAfter == scoreAt(*s, alt.finalAfter, alt.ending));
                    lowest = std::min(lowest, alt.scoreAfter);
                    highest = std::max(highest, alt.scoreAfter);
                    taken += alt.taken ? 1 : 0;
                }
                CHECK(taken == 1);
                CHECK(lowest < highest);
            }
            for (std::size_t i = 1; i < d.keyMoments.size(); ++i) CHECK(d.keyMoments[i - 1].step < d.keyMoments[i].step);
        }
    }
}

TEST_CASE("key moments: play --json lists scoreAfter and the contact's thought, and stays the same run after run") {
    const auto s = library("email-relationship-repair");
    auto report = [&](Lang lang) {
        Runner runner(*s);
        play(runner, authoredPath("email-relationship-repair", "poor"));
        std::ostringstream out;
        writePlayReportJson(out, runner, buildDebrief(runner), lang);
        return out.str();
    };
    const std::string de = report(Lang::De);
    CHECK(de == report(Lang::De)); // deterministic: the search is bounded in states, not in time
    const nlohmann::json doc = nlohmann::json::parse(de);
    const nlohmann::json& moments = doc["debrief"]["keyMoments"];
    REQUIRE_FALSE(moments.empty());
    bool anyThought = false;
    for (const nlohmann::json& m : moments) {
        for (const nlohmann::json& alt : m["alternatives"]) {
            CHECK(alt["scoreAfter"].is_number_integer());
            CHECK(alt["scoreAfter"].get<int>() >= 0);
            CHECK(alt["scoreAfter"].get<int>() <= 100);
        }
        if (!m["thought"].is_string()) continue;
        anyThought = true;
        const std::string thought = m["thought"].get<std::string>();
        CHECK(thought.find("dachte: „") != std::string::npos);
        for (const char* engineWord : {"Sympathie", "Vertrauen", "Druck +", "Punkte", "Reason", "Adjustment"})
            CHECK(thought.find(engineWord) == std::string::npos);
    }
    CHECK(anyThought);
    const nlohmann::json en = nlohmann::json::parse(report(Lang::En));
    for (const nlohmann::json& m : en["debrief"]["keyMoments"])
        if (m["thought"].is_string()) CHECK(m["thought"].get<std::string>().find(" thought: “") != std::string::npos);
}

TEST_CASE("style: the passive trade-fair player is an onlooker, the escalating beginner a hothead") {
    // No rule for the booth, the first in line served first while the best prospect leaves, a card
    // instead of an answer, an early night instead of the own party, no follow-up.
    const auto fair = library("trade-fair");
    Runner passive(*fair);
    play(passive, {"b_lassen", "sa_flyer", "an_brueckner", "br_vage", "ke_laestern", "kw_karte", "pa_hotel", "tr_liste",
                   "ns_nichts", "nk_spaeter", "rq_liegen"});
    REQUIRE(passive.finished());
    CHECK(buildDebrief(passive).style.style == Style::Onlooker);

    const auto mail = library("email-relationship-repair");
    Runner escalating(*mail);
    play(escalating, authoredPath("email-relationship-repair", "poor"));
    const Debrief d = buildDebrief(escalating);
    CHECK(d.style.style == Style::Hothead);
    CHECK(styleId(d.style.style) == "hothead");
    CHECK(styleName(d.style.style, Lang::De) == "Hitzkopf");

    // The good runs of the library are never told they held back.
    for (const char* id : {"congress-approach", "trade-fair", "gifts-and-invitations"}) {
        CAPTURE(id);
        const auto s = library(id);
        Runner good(*s);
        play(good, authoredPath(id, "good"));
        const Debrief g = buildDebrief(good);
        CHECK(g.style.style == Style::RelationshipBuilder);
    }
}

TEST_CASE("endings follow the path: the congress run that only missed the last step is told just that") {
    const auto s = library("congress-approach");
    std::vector<std::string> path = authoredPath("congress-approach", "good");
    path.erase(std::find(path.begin(), path.end(), "tg_besuch"), path.end());
    path.push_back("tg_zuhoeren");
    Runner runner(*s);
    play(runner, path);
    REQUIRE(runner.finished());
    const Debrief d = buildDebrief(runner);
    const std::string de = debriefToText(runner, d, Lang::De);
    // Not the generic "one of three things was missing": they were all there.
    CHECK(de.find("Meist fehlte eines von drei Dingen") == std::string::npos);
    CHECK(de.find("Gefehlt hat nur der nächste Schritt") != std::string::npos);
    // The debrief names the decision that produced the ending.
    CHECK(de.find("Entschieden hat sich dieses Ende bei Entscheidung " + std::to_string(runner.path().size())) != std::string::npos);
    const std::string en = debriefToText(runner, d, Lang::En);
    CHECK(en.find("Only the next step was missing") != std::string::npos);
    CHECK(endingDecisionsNote(d, Lang::En).rfind("This ending was decided at decision", 0) == 0);
}
