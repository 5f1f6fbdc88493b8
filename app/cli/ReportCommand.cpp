// `rapport report`: the printed pages of a saved seminar (the comparison page and one handout
// per team or branch) or of a run from the progress store, as an A4 PDF or PNG pages.

#include "Commands.h"
#include "DataPaths.h"
#include "Locale.h"
#include "PrintOutput.h"
#include "ScenarioCommand.h"
#include "StoredRunReport.h"
#include "print/SeminarPrint.h"
#include "seminar/SessionFiles.h"

#include "rapport/load/ScenarioLoader.h"
#include "rapport/session/Comparison.h"

#include <iostream>

namespace rapport::cli {
namespace {

void printReportHelp(std::ostream& out) {
    out << "usage: rapport report SESSION.json [--lang de|en] [--pdf FILE] [--png FILE] [--comparison-only]\n"
           "       rapport report RUN [--lang de|en] [--pdf FILE] [--png FILE]\n\n"
           "Prints a saved seminar: the comparison page of all teams and branches, then one handout per\n"
           "team or branch with its debrief. Saved seminars are in $XDG_DATA_HOME/rapport/sessions\n"
           "(or ~/.local/share/rapport/sessions).\n"
           "With a run number from `rapport history` (12 or #12) it prints that run's debrief, played\n"
           "again from its recorded choices (in the run's language unless --lang is given).\n\n"
           "options:\n"
           "  --lang de|en        language (default: from the system locale)\n"
           "  --pdf FILE          write the pages as one A4 PDF\n"
           "  --png FILE          write them as PNG pages (FILE, or FILE-1.png, FILE-2.png, ...)\n"
           "  --comparison-only   only the comparison page, no handouts\n\n"
           "exit status: 0 written, 2 usage error, or the session or its scenario cannot be read.\n";
}

// The seminar's scenario: the file it recorded, else the bundled scenario with its id.
std::shared_ptr<const Scenario> scenarioOf(const SessionSummary& summary, const AppOptions& global, Lang lang) {
    std::error_code ec;
    if (!summary.source.empty() && std::filesystem::is_regular_file(summary.source, ec))
        return loadScenarioFor("report", summary.source, global, lang);
    return loadScenarioFor("report", summary.scenario, global, lang);
}

} // namespace

int runReport(const AppOptions& global, const std::vector<std::string>& args) {
    ScenarioCommandArgs common;
    common.needsScenario = false;
    PrintTargets targets;
    bool comparisonOnly = false;
    if (auto code = parseScenarioArgs("report", args, common, printReportHelp, [&](const std::string& a, ArgCursor& cursor) -> std::optional<int> {
            if (a == "--comparison-only") {
                comparisonOnly = true;
                return std::nullopt;
            }
            return takePrintOption(a, cursor, targets);
        }))
        return *code;
    if (common.scenario.empty()) {
        std::cerr << "rapport report: which saved seminar or run? (see rapport report --help)\n";
        return 2;
    }
    if (common.json) {
        std::cerr << "rapport report: --json is not supported here: the saved seminar is JSON already\n";
        return 2;
    }
    if (!targets.any()) {
        std::cerr << "rapport report: nothing to write: give --pdf FILE or --png FILE\n";
        return 2;
    }
    std::error_code ec;
    if (const auto run = parseRunId(common.scenario); run && !std::filesystem::exists(common.scenario, ec)) {
        if (comparisonOnly) {
            std::cerr << "rapport report: --comparison-only is for a seminar; a run has no comparison page\n";
            return 2;
        }
        return reportStoredRun(global, *run, targets, common.lang);
    }
    const Lang lang = common.lang.value_or(systemLanguage());
    const bool de = lang == Lang::De;
    std::string error;
    const std::optional<std::string> text = readSessionText(common.scenario, error);
    if (!text) {
        std::cerr << "rapport report: " << error << "\n";
        return 2;
    }
    const std::optional<SessionSummary> summary = readSessionSummary(*text, error);
    if (!summary) {
        std::cerr << "rapport report: " << common.scenario << ": " << error << "\n";
        return 2;
    }
    const std::shared_ptr<const Scenario> scenario = scenarioOf(*summary, global, lang);
    if (!scenario) return 2;
    const SessionLoad loaded = sessionFromJson(*scenario, *text, lang);
    if (!loaded.session) {
        std::cerr << "rapport report: " << common.scenario << ": " << (de ? "das Seminar lässt sich nicht lesen: " : "the seminar cannot be read: ")
                  << loaded.error << "\n";
        return 2;
    }
    const Session& session = *loaded.session;
    const Comparison comparison = compareSession(session);
    const bool ok = writePrinted("report", targets, lang, print::seminarHeader(session, lang), [&](print::PageWriter& page) {
        if (comparisonOnly) print::printComparison(page, session, comparison);
        else print::printSeminar(page, session, comparison);
    });
    return ok ? 0 : 2;
}

} // namespace rapport::cli
