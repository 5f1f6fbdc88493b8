// "What will this choice do?" (issue 21): the explanation finds the state on a shortest path, and
// its changes are exactly those the runner logs when the choice is played there.

#include "rapport/load/ScenarioLoader.h"
#include "rapport/play/Runner.h"
#include "rapport/report/ChoiceExplanation.h"

#include <doctest/doctest.h>

#include <string>

using namespace rapport;

namespace {

std::shared_ptr<const Scenario> coffee() {
    const LoadResult r = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/sample-coffee-break.json");
    REQUIRE(r.ok());
    return r.scenario;
}

ChoiceIndex choiceNamed(const Scenario& s, const std::string& id) {
    for (ChoiceIndex i = 0; i < s.choices.size(); ++i)
        if (s.choices[i].id == id) return i;
    FAIL("no choice " << id);
    return kNone;
}

} // namespace

SCENARIO("explaining a choice that needs research first") {
    const auto s = coffee();
    GIVEN("the opener that uses the researched article") {
        ExplainRequest request;
        request.choice = choiceNamed(*s, "artikel_ansprechen");
        WHEN("it is explained without a path") {
            const ExplainResult r = explainChoice(*s, request);
            THEN("the shortest path researches the article and goes to the foyer, and the factors include research") {
                REQUIRE(r.error == ExplainError::None);
                const ChoiceExplanation& e = r.explanation;
                REQUIRE(e.path.size() == 2);
                CHECK(s->choices[e.path[0]].id == "profil");
                CHECK(s->choices[e.path[1]].id == "ins_foyer");
                CHECK(e.shortestPath);
                REQUIRE(e.acts.size() == 1);
                bool research = false;
                for (std::uint8_t i = 0; i < e.acts[0].outcome.traceCount; ++i)
                    research = research || e.acts[0].outcome.trace[i].id == FactorId::UsesFact;
                CHECK(research);
            }
        }
    }
}

SCENARIO("the explanation's changes are the ones play makes") {
    const auto s = coffee();
    GIVEN("a path to 'vertiefen' and the choice with an author's adjustment") {
        std::vector<ChoiceIndex> path;
        for (const char* id : {"presse", "ins_foyer", "neubau_ansprechen", "frage_nachtschicht"}) path.push_back(choiceNamed(*s, id));
        ExplainRequest request;
        request.choice = choiceNamed(*s, "zusammenfassen");
        request.fromPath = path;
        WHEN("it is explained and played") {
            const ExplainResult r = explainChoice(*s, request);
            Runner runner(*s);
            for (ChoiceIndex c : path) REQUIRE(runner.choose(c) == ChooseError::None);
            REQUIRE(runner.choose(request.choice) == ChooseError::None);
            THEN("every change is the same, and the adjustment is counted as the author's") {
                REQUIRE(r.error == ExplainError::None);
                const StepRecord& step = runner.steps().back();
                REQUIRE(r.explanation.changes.size() == step.changeCount);
                for (std::size_t i = 0; i < step.changeCount; ++i) {
                    const Change& played = runner.changes()[step.firstChange + i];
                    CHECK(r.explanation.changes[i].delta() == played.delta());
                    CHECK(r.explanation.changes[i].reason == played.reason);
                }
                bool adjusted = false;
                for (const DimensionSum& sum : r.explanation.sums)
                    if (sum.dimension == Dimension::Kompetenz) {
                        CHECK(sum.author == 300);
                        CHECK(sum.after - sum.before == sum.model + sum.author);
                        adjusted = true;
                    }
                CHECK(adjusted);
            }
        }
    }
    GIVEN("a path on which the choice is not open") {
        ExplainRequest request;
        request.choice = choiceNamed(*s, "artikel_ansprechen");
        request.fromPath = std::vector<ChoiceIndex>{choiceNamed(*s, "ins_foyer")};
        WHEN("it is explained") {
            const ExplainResult r = explainChoice(*s, request);
            THEN("it says so and what is open there") {
                CHECK(r.error == ExplainError::NotOpenThere);
                CHECK(s->nodes[r.stoppedAt].id == "eroeffnung");
                CHECK_FALSE(r.openThere.empty());
            }
        }
    }
}
