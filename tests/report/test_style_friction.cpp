// The hothead's evidence is confrontation: a reproach the author marks as a violation counts, a
// clumsy introduction or follow-up the author marks the same way does not.
#include "rapport/load/ScenarioLoader.h"
#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"

#include <doctest/doctest.h>

#include <string>

using namespace rapport;

namespace {

/// Three decisions, each offering a cold introduction, a cold follow-up and a reproach; each
/// of them breaks a principle and costs Ms Weber trust.
std::string threeMissteps() {
    std::string nodes;
    for (int i = 1; i <= 3; ++i) {
        const std::string n = std::to_string(i);
        const std::string next = i < 3 ? "d" + std::to_string(i + 1) : "ende";
        const std::string cost = R"("adjust": [{"persona": "weber", "vertrauen": -5, "reason": {"de": "Das ärgert sie.", "en": "It annoys her."}}])";
        nodes += R"({"id": "d)" + n + R"(", "type": "decision", "speaker": "weber",
           "text": {"de": "Und jetzt?", "en": "And now?"},
           "choices": [
             {"id": "kalt)" + n + R"(", "act": "introduce", "with": ["weber", "kim"], "channel": "email", "violates": "connect",
              "next": ")" + next + R"(", "text": {"de": "Beide in eine Mail setzen", "en": "Put both on one e-mail"}, )" + cost + R"(},
             {"id": "nachhaken)" + n + R"(", "act": "followup", "channel": "email", "violates": "keep-in-touch",
              "next": ")" + next + R"(", "text": {"de": "Eine Rundmail", "en": "A circular"}, )" + cost + R"(},
             {"id": "vorwurf)" + n + R"(", "with": "weber", "violates": "appreciation",
              "next": ")" + next + R"(", "text": {"de": "„Das hätten Sie früher sagen müssen.“", "en": "“You should have said so earlier.”"}, )" + cost + R"(}
           ]},
        )";
    }
    return R"({"format": 1, "id": "reibung", "title": {"de": "Reibung", "en": "Friction"},
      "summary": {"de": "Test", "en": "Test"}, "goals": [{"de": "Test", "en": "Test"}], "level": "beginner", "minutes": 5,
      "principles": ["connect", "keep-in-touch", "appreciation"],
      "player": {"name": "Alex Berger", "role": {"de": "Berater", "en": "Consultant"}, "company": "Berger Consulting",
                 "offer": {"de": "Beratung", "en": "Consulting"}},
      "personas": [
        {"id": "weber", "name": "Jana Weber", "address": {"de": "Frau Weber", "en": "Ms Weber"},
         "role": {"de": "Leiterin", "en": "Head"}, "company": "Nordfracht AG", "weight": 2,
         "start": {"sympathie": 40, "anerkennung": 40, "vertrauen": 40, "gegenseitigkeit": 40, "intensitaet": 40, "kompetenz": 40,
                   "stage": "contact"}},
        {"id": "kim", "name": "Kim Berg", "address": {"de": "Herr Berg", "en": "Mr Berg"},
         "role": {"de": "Einkäufer", "en": "Buyer"}, "company": "Berg GmbH"}],
      "start": "d1",
      "nodes": [)" + nodes + R"(
        {"id": "ende", "type": "ending", "text": {"de": "Ende.", "en": "The end."}, "debrief": {"de": "Vorbei.", "en": "Over."}, "rating": "poor"}]})";
}

/// The style a run of three equal choices gets, and whether its evidence counts anyone hurt.
struct Diagnosis {
    Style style;
    bool hurtSomeone;
};

Diagnosis diagnose(const Scenario& s, const char* kind) {
    Runner runner(s);
    for (int i = 1; i <= 3; ++i) REQUIRE(runner.choose(kind + std::to_string(i)) == ChooseError::None);
    REQUIRE(runner.finished());
    const StyleDiagnosis d = buildDebrief(runner).style;
    bool hurt = false;
    for (const std::string& e : d.evidenceEn) hurt = hurt || e.find("annoyed or hurt") != std::string::npos;
    return {d.style, hurt};
}

} // namespace

TEST_CASE("style: reproaches make a hothead, clumsy introductions and follow-ups do not") {
    const LoadResult loaded = loadScenarioText(threeMissteps(), "reibung.json");
    REQUIRE_MESSAGE(loaded.ok(), (loaded.diagnostics.empty() ? std::string() : loaded.diagnostics.front().messageEn + " at " + loaded.diagnostics.front().path));
    const Scenario& s = *loaded.scenario;
    const Diagnosis reproaches = diagnose(s, "vorwurf");
    CHECK(reproaches.style == Style::Hothead);
    CHECK(reproaches.hurtSomeone);
    for (const char* clumsy : {"kalt", "nachhaken"}) {
        CAPTURE(clumsy);
        const Diagnosis d = diagnose(s, clumsy);
        CHECK(d.style != Style::Hothead);
        CHECK_FALSE(d.hurtSomeone);
    }
}
