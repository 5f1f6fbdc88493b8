// `rapport analyze`: what a scenario can do, with how sure each answer is (issue 4).

#include "Commands.h"
#include "Locale.h"
#include "ScenarioCommand.h"

#include "rapport/analyze/Analyzer.h"
#include "rapport/core/Cite.h"
#include "rapport/report/AnalyzerReport.h"

#include <charconv>
#include <iostream>
#include <optional>

namespace rapport::cli {
namespace {

struct AnalyzeOptions {
    ScenarioCommandArgs common;
    std::int64_t budgetMs = 1000;
    std::uint64_t budgetWork = 0; // 0: the budget is budgetMs
    bool details = false;
};

void printAnalyzeHelp(std::ostream& out) {
    out << "usage: rapport analyze SCENARIO [--json] [--details] [--budget-ms N | --budget-work N]\n"
           "                        [--lang de|en]\n\n"
           "Shows what a scenario can do, for trainers: a short summary first (which endings a group\n"
           "reaches and how often, how good and how bad a run can get on the learner's 0-100 score,\n"
           "what to fix), then the problems (dead ends, endless loops, endings never reached, loops\n"
           "that drive the score up, endings whose rating and result disagree, conditions that can\n"
           "never hold), the endings and the best and the worst run by the choices' texts, and\n"
           "remarks (facts learned but never used, ties for the best run, what never happens).\n"
           "Every answer says how sure it is: proved, possible (neither shown nor ruled out) or\n"
           "estimated (from sample runs). docs/authoring.md explains every term of the report,\n"
           "docs/analyzer.md the JSON and how the answers are found.\n"
           "SCENARIO is a file path or the id of a bundled scenario.\n\n"
           "  --json          print one JSON document instead of text\n"
           "  --details       add the technical figures: number of runs, samples, statistics\n"
           "  --budget-ms N   time for the whole analysis in milliseconds (default 1000); the analysis\n"
           "                  stops earlier when its work is done, and uses at most about 1 GB of memory\n"
           "  --budget-work N a budget in work instead of time (for tests and tools): the analysis counts\n"
           "                  its steps and stops at the same step on every machine and under any load,\n"
           "                  so the same N always gives the same answers; 400 steps take 0.7-0.8 ms\n"
           "                  on one idle core of the build machine (1 to 1000000000000)\n"
           "  --lang de|en    language of the text (default: from the system locale)\n\n"
           "Exit: 0 every ending reachable and no dead end possible, 1 a problem proved or possible\n"
           "      (a loop that drives the score up, a rating that disagrees, a condition that can never\n"
           "      hold count as problems),\n"
           "      2 usage or load error, 3 the budget ran out before anything could be proved.\n";
}

std::optional<int> parseArgs(const std::vector<std::string>& args, AnalyzeOptions& o) {
    return parseScenarioArgs("analyze", args, o.common, printAnalyzeHelp, [&](const std::string& a, ArgCursor& cursor) -> std::optional<int> {
        if (a == "--details") {
            o.details = true;
            return std::nullopt;
        }
        if (a == "--budget-work") {
            const std::optional<std::string> v = cursor.value("--budget-work");
            if (!v) return 2;
            auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), o.budgetWork);
            if (ec != std::errc() || ptr != v->data() + v->size() || o.budgetWork == 0 || o.budgetWork > 1'000'000'000'000)
                return cursor.usageError("--budget-work takes a whole number of steps from 1 to 1000000000000, not '" +
                                         cite(*v) + "'");
            return std::nullopt;
        }
        if (a != "--budget-ms") return -1;
        const std::optional<std::string> v = cursor.value("--budget-ms");
        if (!v) return 2;
        auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), o.budgetMs);
        if (ec != std::errc() || ptr != v->data() + v->size() || o.budgetMs < 0)
            return cursor.usageError("--budget-ms takes a whole number of milliseconds from 0 to 9223372036854775807, not '" +
                                     cite(*v) + "'");
        return std::nullopt;
    });
}

} // namespace

int runAnalyze(const AppOptions& global, const std::vector<std::string>& args) {
    AnalyzeOptions o;
    if (auto code = parseArgs(args, o)) return *code;
    const Lang lang = o.common.lang.value_or(systemLanguage());
    const std::shared_ptr<const Scenario> loaded = loadScenarioFor("analyze", o.common.scenario, global, lang);
    if (!loaded) return 2;
    const Scenario& scenario = *loaded;

    AnalyzerOptions options;
    options.budgetMs = o.budgetMs;
    options.budgetWork = o.budgetWork;
    const AnalysisReport report = analyzeScenario(scenario, options);
    if (o.common.json) std::cout << analysisJson(scenario, report) << "\n";
    else std::cout << analysisText(scenario, report, lang, o.details);

    switch (verdictOf(report)) {
    case Verdict::Clean: return 0;
    case Verdict::Problem: return 1;
    case Verdict::Unproved: return 3;
    }
    return 1;
}

} // namespace rapport::cli
