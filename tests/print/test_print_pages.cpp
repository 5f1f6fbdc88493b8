// Printed pages (issue 18): the debrief of every bundled scenario and a seminar's comparison and
// handouts lay out on A4 within their page budget, in both languages. The text in the files is
// checked with poppler's tools in tests/cli/print_cli.sh.

#include "../session/SessionFixture.h"
#include "Golden.h"

#include "print/DebriefPrint.h"
#include "print/SeminarPrint.h"
#include "rapport/session/SessionJson.h"

#include "ScenarioFiles.h"

#include <doctest/doctest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

/// Plays `scenario` to its end (or 60 decisions), taking the `pick`-th open choice (wrapping).
Runner playedThrough(const Scenario& scenario, std::size_t pick, Lang lang) {
    RunnerOptions options;
    options.lang = lang;
    Runner runner(scenario, options);
    for (int step = 0; step < 60 && !runner.finished() && !runner.stuck(); ++step)
        REQUIRE(runner.choose(runner.choices()[pick % runner.choices().size()]) == ChooseError::None);
    return runner;
}

} // namespace

TEST_CASE("print: every bundled scenario's debrief fits on one or two A4 pages, German and English") {
    std::error_code error;
    const std::vector<std::filesystem::path> files = listScenarioFiles(std::string(RAPPORT_SOURCE_DIR) + "/scenarios", error);
    REQUIRE(!error);
    REQUIRE(files.size() >= 5);
    for (const std::filesystem::path& file : files) {
        const LoadResult loaded = loadScenarioFile(file.string());
        REQUIRE_MESSAGE(loaded.ok(), file.string());
        for (const Lang lang : {Lang::De, Lang::En}) {
            // Two paths in German, one in English: the layout is the same, the words are longer in German.
            for (std::size_t pick : {0u, 1u}) {
                if (lang == Lang::En && pick > 0) continue;
                CAPTURE(file.filename().string());
                CAPTURE(pick);
                CAPTURE(lang == Lang::De ? "de" : "en");
                const Runner runner = playedThrough(*loaded.scenario, pick, lang);
                print::PageWriter page(print::PageFormat::Pdf, lang, print::debriefHeader(*loaded.scenario, lang));
                const Debrief debrief = buildDebrief(runner);
                print::printDebrief(page, runner, debrief, print::fittingOptions(runner, debrief, lang, {}));
                const std::vector<std::string> pdf = page.finish();
                REQUIRE(pdf.size() == 1);
                CHECK(pdf[0].rfind("%PDF-", 0) == 0);
                CHECK(page.pageCount() >= 1);
                CHECK(page.pageCount() <= 2);
            }
        }
    }
}

/// Two teams that parted at the opening, and a "what if" branch of the first: the saved session
/// that tests/cli/print_cli.sh prints (pinned: RAPPORT_UPDATE_PINS=1 rewrites it).
TEST_CASE("print: a seminar of two teams and a branch prints a comparison page and one handout each") {
    SessionOptions options = teamsOf({"Nord", "Süd"});
    options.source = "sample-coffee-break"; // no such file: `rapport report` finds the bundled scenario by id
    options.started = "2026-12-03T09:30";
    Session session(sampleScenario(), options);
    decideAll(session, "profil");
    decideAll(session, "ins_foyer");
    // The teams part at the opening: Nord asks about the article, Süd hands over a card.
    REQUIRE(session.apply(act(PhaseAction::Open)).ok());
    REQUIRE(vote(session, kFirst, "trainer", "artikel_ansprechen").ok());
    REQUIRE(vote(session, kSecond, "trainer", "karte_zuecken").ok());
    for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply, PhaseAction::Next}) REQUIRE(session.apply(act(a)).ok());
    while (!session.allEnded()) REQUIRE(session.apply(act(PhaseAction::Forward)).ok());
    // Nord asks "what if" at the opening and plays the branch to its end.
    REQUIRE(session.apply(Rewind{3, kFirst, choiceId(session.scenario(), "kaffee_spruch")}).ok());
    while (session.phase(kFirst) != Phase::Ended) REQUIRE(session.apply(act(PhaseAction::Forward, kFirst)).ok());
    checkGolden("sessions/coffee-two-teams.json", sessionToJson(session));

    const Comparison comparison = compareSession(session);
    REQUIRE(comparison.entries.size() == 3);
    for (const Lang lang : {Lang::De, Lang::En}) {
        print::PageWriter page(print::PageFormat::Pdf, lang, print::seminarHeader(session, lang));
        print::printSeminar(page, session, comparison);
        CHECK(page.finish().size() == 1);
        CHECK(page.pageCount() >= 4); // the comparison, then a handout per line, each on its own pages
        CHECK(page.pageCount() <= 7);
        CHECK(print::lineName(session, comparison.entries[1].line, lang) ==
              (lang == Lang::De ? "Nord – Variante 1 (ab Entscheidung 3)" : "Nord – variant 1 (from decision 3)"));
    }
}

TEST_CASE("print: PNG pages are one image per page, the same count as the PDF's pages") {
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/sample-coffee-break.json");
    REQUIRE(loaded.ok());
    const Runner runner = playedThrough(*loaded.scenario, 0, Lang::De);
    const Debrief debrief = buildDebrief(runner);
    print::PageWriter pdf(print::PageFormat::Pdf, Lang::De, print::debriefHeader(*loaded.scenario, Lang::De));
    print::printDebrief(pdf, runner, debrief);
    print::PageWriter png(print::PageFormat::Png, Lang::De, print::debriefHeader(*loaded.scenario, Lang::De));
    print::printDebrief(png, runner, debrief);
    (void)pdf.finish();
    const std::vector<std::string> pages = png.finish();
    REQUIRE(pages.size() == static_cast<std::size_t>(pdf.pageCount()));
    for (const std::string& p : pages) CHECK(p.rfind("\x89PNG", 0) == 0);
}
