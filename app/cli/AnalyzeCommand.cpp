// `rapport analyze`: what a scenario can do, with how sure each answer is (issue 4).

#include "Commands.h"
#include "DataPaths.h"
#include "Locale.h"

#include "Analyzer.h"
#include "AnalyzerReport.h"
#include "ScenarioLoader.h"

#include <charconv>
#include <iostream>
#include <optional>

namespace rapport::cli {
namespace {

struct AnalyzeOptions {
    std::string scenario;
    std::optional<Lang> lang;
    std::int64_t budgetMs = 1000;
    bool json = false;
};

void printAnalyzeHelp(std::ostream& out) {
    out << "usage: rapport analyze SCENARIO [--json] [--budget-ms N] [--lang de|en]\n\n"
           "Shows what a scenario can do: which endings are reachable and with which values, the best\n"
           "and the worst playthrough, dead ends and endless loops, choices never open, nodes never\n"
           "reached, principles never exercised, facts never learned, variables never read, and the\n"
           "number of distinct playthroughs. Every answer says how sure it is: proved, possible\n"
           "(neither shown nor ruled out) or estimated (from sample playthroughs).\n"
           "SCENARIO is a file path or the id of a bundled scenario.\n\n"
           "  --json          print one JSON document instead of text\n"
           "  --budget-ms N   time for the whole analysis in milliseconds (default 1000)\n"
           "  --lang de|en    language of the text (default: from the system locale)\n\n"
           "Exit: 0 every ending reachable and no dead end possible, 1 a problem proved or possible,\n"
           "      2 usage or load error, 3 the budget ran out before anything could be proved.\n";
}

std::optional<int> parseArgs(const std::vector<std::string>& args, AnalyzeOptions& o) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                std::cerr << "rapport analyze: " << name << " needs a value\n";
                return std::nullopt;
            }
            return args[++i];
        };
        if (a == "-h" || a == "--help") {
            printAnalyzeHelp(std::cout);
            return 0;
        } else if (a == "--json") {
            o.json = true;
        } else if (a == "--lang") {
            auto v = value("--lang");
            if (!v) return 2;
            o.lang = langFromId(*v);
            if (!o.lang) {
                std::cerr << "rapport analyze: --lang takes de or en, not '" << *v << "'\n";
                return 2;
            }
        } else if (a == "--budget-ms") {
            auto v = value("--budget-ms");
            if (!v) return 2;
            auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), o.budgetMs);
            if (ec != std::errc() || ptr != v->data() + v->size() || o.budgetMs < 0) {
                std::cerr << "rapport analyze: --budget-ms takes a whole number of milliseconds, not '" << *v << "'\n";
                return 2;
            }
        } else if (!a.empty() && a[0] == '-') {
            std::cerr << "rapport analyze: unknown option '" << a << "' (see rapport analyze --help)\n";
            return 2;
        } else if (o.scenario.empty()) {
            o.scenario = a;
        } else {
            std::cerr << "rapport analyze: only one scenario at a time ('" << a << "' is extra)\n";
            return 2;
        }
    }
    if (o.scenario.empty()) {
        std::cerr << "rapport analyze: which scenario? (see rapport analyze --help)\n";
        return 2;
    }
    return std::nullopt;
}

} // namespace

int runAnalyze(const GlobalOptions& global, const std::vector<std::string>& args) {
    AnalyzeOptions o;
    if (auto code = parseArgs(args, o)) return *code;
    const Lang lang = o.lang.value_or(systemLanguage());
    const bool de = lang == Lang::De;

    const std::optional<std::filesystem::path> file = resolveScenario(o.scenario, global.dataDir);
    if (!file) {
        std::cerr << "rapport analyze: "
                  << (de ? "keine Szenario-Datei und keine bekannte Szenario-Kennung: " : "no such scenario file or bundled scenario id: ")
                  << o.scenario << "\n";
        return 2;
    }
    const LoadResult loaded = loadScenarioFile(file->string());
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Severity::Error) std::cerr << formatDiagnostic(d, lang) << "\n";
    if (!loaded.ok()) return 2;
    const Scenario& scenario = *loaded.scenario;

    AnalyzerOptions options;
    options.budgetMs = o.budgetMs;
    const AnalysisReport report = analyzeScenario(scenario, options);
    if (o.json) std::cout << analysisJson(scenario, report) << "\n";
    else std::cout << analysisText(scenario, report, lang);

    switch (verdictOf(report)) {
    case Verdict::Clean: return 0;
    case Verdict::Problem: return 1;
    case Verdict::Unproved: return 3;
    }
    return 1;
}

} // namespace rapport::cli
