// Starting a run elsewhere with other start values (rapport play --from/--set, issue 21): read
// with plain-word errors, applied by the runner before the first node is entered.

#include "rapport/load/ScenarioLoader.h"
#include "rapport/play/Runner.h"
#include "rapport/play/StartPoint.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace rapport;

namespace {

std::shared_ptr<const Scenario> coffeeBreak() {
    const LoadResult r = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/sample-coffee-break.json");
    REQUIRE(r.ok());
    return r.scenario;
}

} // namespace

SCENARIO("a run that starts at a later node with a person's trust set") {
    const auto s = coffeeBreak();
    GIVEN("a start point at the decision 'vertiefen' with lindemann's trust at 70 and a variable set") {
        const StartPointResult start = parseStartPoint(*s, "vertiefen", {"lindemann.vertrauen=70", "notizen=2"}, Lang::En);
        REQUIRE(start.errors.empty());
        RunnerOptions options;
        options.start = start.point;
        WHEN("a runner starts with it") {
            Runner runner(*s, options);
            THEN("it waits at that decision with the values set") {
                CHECK(runner.current().id == "vertiefen");
                CHECK(runner.state().personas[0].dims[static_cast<std::size_t>(Dimension::Vertrauen)] == 70 * kScale);
                const auto& names = s->variableNames;
                const auto notizen = static_cast<std::size_t>(std::find(names.begin(), names.end(), "notizen") - names.begin());
                REQUIRE(notizen < names.size());
                CHECK(runner.state().vars[notizen] == 2);
                CHECK(runner.path().empty());
            }
        }
    }
}

SCENARIO("a start point with mistakes names every one in plain words") {
    const auto s = coffeeBreak();
    WHEN("the node, a person, a field, a value and a variable are wrong") {
        const StartPointResult r = parseStartPoint(
            *s, "vertiefn", {"lindeman.vertrauen=50", "lindemann.mut=50", "lindemann.vertrauen=150", "petersen.owed=x", "budget=3", "nothing"},
            Lang::De);
        THEN("each is reported, with a suggestion where one is close") {
            REQUIRE(r.errors.size() == 7);
            CHECK(r.errors[0] == "Den Knoten „vertiefn“ gibt es nicht. Meinten Sie „vertiefen“?");
            CHECK(r.errors[1] == "Die Person „lindeman“ gibt es nicht. Meinten Sie „lindemann“?");
            CHECK(r.errors[2].find("Das Feld „mut“ gibt es nicht; möglich sind: sympathie,") == 0);
            CHECK(r.errors[3] == "„lindemann.vertrauen=150“: der Wert muss zwischen 0 und 100 liegen.");
            CHECK(r.errors[4] == "„petersen.owed=x“: „x“ ist keine ganze Zahl.");
            CHECK(r.errors[5].find("Die Variable „budget“ gibt es nicht") == 0);
            CHECK(r.errors[6].find("„nothing“: bitte als PERSON.FELD=WERT") == 0);
            CHECK(r.point.overrides.empty());
        }
    }
    WHEN("English names of dimensions are used") {
        const StartPointResult r = parseStartPoint(*s, "", {"petersen.Trust=10", "petersen.pressure=30"}, Lang::En);
        THEN("they are read as the dimension ids") {
            REQUIRE(r.errors.empty());
            REQUIRE(r.point.overrides.size() == 2);
            CHECK(r.point.overrides[0].field == StartField::Dimension);
            CHECK(r.point.overrides[0].index == static_cast<std::uint32_t>(Dimension::Vertrauen));
            CHECK(r.point.overrides[1].field == StartField::Pressure);
            CHECK(r.point.node == kNone);
        }
    }
}

SCENARIO("a start point can hand the player a fact, as a seminar cut after the research does") {
    const auto s = coffeeBreak();
    const auto opensArticle = [&](const std::vector<std::string>& set) {
        const StartPointResult start = parseStartPoint(*s, "eroeffnung", set, Lang::De);
        REQUIRE(start.errors.empty());
        RunnerOptions options;
        options.start = start.point;
        Runner runner(*s, options);
        REQUIRE(runner.current().id == "eroeffnung");
        const auto choice = runner.findChoice("artikel_ansprechen");
        REQUIRE(choice.has_value());
        const auto& open = runner.choices();
        return std::find(open.begin(), open.end(), *choice) != open.end();
    };
    WHEN("the fact the opener uses is set known") {
        THEN("the opener is offered") { CHECK(opensArticle({"artikel=1"})); }
    }
    WHEN("it is not set, or set to 0") {
        THEN("the opener is not offered") {
            CHECK_FALSE(opensArticle({}));
            CHECK_FALSE(opensArticle({"artikel=0"}));
        }
    }
    WHEN("a fact is set to 2") {
        const StartPointResult r = parseStartPoint(*s, "", {"artikel=2"}, Lang::De);
        THEN("the value is refused") {
            REQUIRE(r.errors.size() == 1);
            CHECK(r.errors[0] == "„artikel=2“: der Wert muss zwischen 0 und 1 liegen.");
        }
    }
}

SCENARIO("a start point can set what a skipped part leaves: a node visited, a choice taken, two people linked") {
    const auto s = coffeeBreak();
    WHEN("linked(lindemann,petersen)=1 is set") {
        const StartPointResult start = parseStartPoint(*s, "", {"linked(lindemann, petersen)=1", "visited(foyer)=1", "chose(profil)=1"}, Lang::En);
        REQUIRE(start.errors.empty());
        RunnerOptions options;
        options.start = start.point;
        Runner runner(*s, options);
        THEN("both know each other from the start") {
            CHECK(((runner.state().personas[0].links >> 1) & 1u) == 1u);
            CHECK(((runner.state().personas[1].links >> 0) & 1u) == 1u);
        }
    }
    WHEN("the names in the conditions are wrong") {
        const StartPointResult r =
            parseStartPoint(*s, "", {"visited(foyr)=1", "chose(nix)=1", "linked(lindemann,nobody)=1", "seen(foyer)=1", "visited(foyer)=3"}, Lang::De);
        THEN("each is named") {
            REQUIRE(r.errors.size() == 5);
            CHECK(r.errors[0] == "Den Knoten „foyr“ gibt es nicht.");
            CHECK(r.errors[1] == "Die Wahl „nix“ gibt es nicht.");
            CHECK(r.errors[2] == "Die Person „nobody“ gibt es nicht.");
            CHECK(r.errors[3].find("möglich sind visited(KNOTEN), chose(WAHL) und linked(PERSON,PERSON)") != std::string::npos);
            CHECK(r.errors[4] == "„visited(foyer)=3“: der Wert muss zwischen 0 und 1 liegen.");
        }
    }
}
