// `rapport graph`: the scenario as a picture for authors (issue 21): Graphviz DOT on standard
// output, or SVG through Graphviz's `dot` when it is installed. The graph is the engine's.

#include "Commands.h"
#include "Locale.h"
#include "ScenarioCommand.h"

#include "rapport/analyze/Analyzer.h"
#include "rapport/report/GraphModel.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>

namespace rapport::cli {
namespace {

struct GraphOptions {
    ScenarioCommandArgs common;
    std::string format = "dot";
    std::int64_t budgetMs = 1000;
};

void printGraphHelp(std::ostream& out) {
    out << "usage: rapport graph SCENARIO [--format dot|svg] [--budget-ms N] [--lang de|en]\n\n"
           "Writes the scenario as a graph to standard output: every node, every choice as an arrow\n"
           "(labelled with its id), endings filled by rating (green good, yellow mixed, red poor),\n"
           "loops in blue, and what the analyzer finds in red (orange when only possible): nodes never\n"
           "reached, dead ends, loops without a way out, choices never open (dotted).\n"
           "SCENARIO is a file path or the id of a bundled scenario.\n\n"
           "  --format dot    Graphviz DOT text (default); render it with `dot -Tsvg`\n"
           "  --format svg    an SVG picture, drawn by Graphviz's `dot` (package graphviz)\n"
           "  --budget-ms N   time for the analysis behind the findings (default 1000; see rapport analyze)\n"
           "  --lang de|en    language of the notes (default: from the system locale)\n\n"
           "Example: rapport graph my-scenario.json --format svg > my-scenario.svg\n"
           "Exit: 0 written, 1 Graphviz missing or failed, 2 usage or load error.\n";
}

/// The full path of an executable found on PATH, if any.
std::optional<std::filesystem::path> findOnPath(const std::string& name) {
    const char* path = std::getenv("PATH");
    if (path == nullptr) return std::nullopt;
    std::stringstream dirs(path);
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        if (dir.empty()) continue;
        std::error_code ec;
        const std::filesystem::path candidate = std::filesystem::path(dir) / name;
        const auto status = std::filesystem::status(candidate, ec);
        if (!ec && std::filesystem::is_regular_file(status) &&
            (status.permissions() & std::filesystem::perms::owner_exec) != std::filesystem::perms::none)
            return candidate;
    }
    return std::nullopt;
}

/// Pipes the DOT text through `dot -Tsvg`, whose output goes straight to our standard output.
int renderSvg(const std::string& dotText, Lang lang) {
    const std::optional<std::filesystem::path> dot = findOnPath("dot");
    if (!dot) {
        std::cerr << (lang == Lang::De
                          ? "rapport graph: Für --format svg fehlt Graphviz (das Programm „dot“). Installieren Sie das "
                            "Paket „graphviz“ (zum Beispiel: apt-get install graphviz) oder schreiben Sie mit "
                            "--format dot den Text des Graphen.\n"
                          : "rapport graph: --format svg needs Graphviz (the program 'dot'). Install the package "
                            "'graphviz' (for example: apt-get install graphviz), or write the graph's text with "
                            "--format dot.\n");
        return 1;
    }
    std::cout.flush();
    const std::string command = "'" + dot->string() + "' -Tsvg";
    FILE* pipe = popen(command.c_str(), "w");
    if (pipe == nullptr) {
        std::cerr << "rapport graph: " << (lang == Lang::De ? "Graphviz ließ sich nicht starten.\n" : "could not start Graphviz.\n");
        return 1;
    }
    const bool written = std::fwrite(dotText.data(), 1, dotText.size(), pipe) == dotText.size();
    const int status = pclose(pipe);
    if (!written || status != 0) {
        std::cerr << "rapport graph: "
                  << (lang == Lang::De ? "Graphviz konnte den Graphen nicht zeichnen.\n" : "Graphviz could not draw the graph.\n");
        return 1;
    }
    return 0;
}

} // namespace

int runGraph(const AppOptions& global, const std::vector<std::string>& args) {
    GraphOptions o;
    const std::optional<int> stop =
        parseScenarioArgs("graph", args, o.common, printGraphHelp, [&](const std::string& a, ArgCursor& cursor) -> std::optional<int> {
            if (a == "--budget-ms") {
                const std::optional<std::string> v = cursor.value("--budget-ms");
                if (!v) return 2;
                auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), o.budgetMs);
                if (ec != std::errc() || ptr != v->data() + v->size() || o.budgetMs < 0)
                    return cursor.usageError("--budget-ms takes a whole number of milliseconds, not '" + *v + "'");
                return std::nullopt;
            }
            if (a != "--format") return -1;
            const std::optional<std::string> v = cursor.value("--format");
            if (!v) return 2;
            if (*v != "dot" && *v != "svg") return cursor.usageError("--format takes dot or svg, not '" + *v + "'");
            o.format = *v;
            return std::nullopt;
        });
    if (stop) return *stop;
    if (o.common.json) {
        std::cerr << "rapport graph: --json is not a format of the graph (use --format dot or svg)\n";
        return 2;
    }
    const Lang lang = o.common.lang.value_or(systemLanguage());
    const std::shared_ptr<const Scenario> loaded = loadScenarioFor("graph", o.common.scenario, global, lang);
    if (!loaded) return 2;

    AnalyzerOptions analysis;
    analysis.budgetMs = o.budgetMs;
    const AnalysisReport report = analyzeScenario(*loaded, analysis);
    const std::string dotText = graphDot(*loaded, buildGraphModel(*loaded, report, lang), lang);
    if (o.format == "svg") return renderSvg(dotText, lang);
    std::cout << dotText;
    return 0;
}

} // namespace rapport::cli
