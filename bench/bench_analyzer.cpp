// Analyzer benchmark: speed of exact exploration, exact counting on a 10,000-node scenario,
// and what the default budget proves on every bundled scenario. Prints `name: value unit`.
// Usage: bench_analyzer [SCENARIO_DIR]   (default: the source tree's scenarios/)
//        bench_analyzer --prove [--threads N] [SCENARIO_DIR]   what the proof budget proves (issue 23);
//                        --threads 1 searches the best and the worst one after the other (default 2)

#include "rapport/analyze/Analyzer.h"
#include "ScenarioGenerator.h"
#include "rapport/load/ScenarioLoader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace rapport;

std::shared_ptr<const Scenario> load(const std::string& text, const std::string& name) {
    LoadResult r = loadScenarioText(text, name);
    if (!r.ok()) {
        for (const Diagnostic& d : r.diagnostics) std::cerr << formatDiagnostic(d, Lang::En) << "\n";
        std::exit(2);
    }
    return r.scenario;
}

void line(const std::string& name, double value, const char* unit) {
    std::printf("%s: %.6g %s\n", name.c_str(), value, unit);
}

/// Exact exploration only (no playouts), with a budget far above what it needs.
AnalysisReport exactOnly(const Scenario& s) {
    AnalyzerOptions o;
    o.budgetMs = 60000;
    o.playouts = false;
    o.maxMemoryBytes = std::size_t{4} << 30;
    return analyzeScenario(s, o);
}

void speed(const std::string& name, const Scenario& s) {
    const AnalysisReport r = exactOnly(s);
    line("analyzer_" + name + "_states", static_cast<double>(r.stats.states), "states");
    line("analyzer_" + name + "_transitions", static_cast<double>(r.stats.transitions), "transitions");
    line("analyzer_" + name + "_explore_ms", r.stats.exploreMs, "ms");
    line("analyzer_" + name + "_exact_ms", r.stats.exactMs, "ms");
    line("analyzer_" + name + "_explore_states_per_second", static_cast<double>(r.stats.states) / (r.stats.exploreMs / 1000.0), "states/s");
    line("analyzer_" + name + "_exact_states_per_second", static_cast<double>(r.stats.states) / (r.stats.exactMs / 1000.0), "states/s");
    line("analyzer_" + name + "_complete", r.stats.exactComplete ? 1 : 0, "bool");
}

int proved(const std::vector<Finding>& list) {
    return static_cast<int>(std::count_if(list.begin(), list.end(), [](const Finding& f) { return f.guarantee == Guarantee::Proved; }));
}

void bundled(const std::filesystem::path& file) {
    LoadResult loaded = loadScenarioFile(file.string());
    if (!loaded.ok()) {
        std::cerr << "skipped (does not load): " << file << "\n";
        return;
    }
    const Scenario& s = *loaded.scenario;
    const AnalysisReport r = analyzeScenario(s, AnalyzerOptions{}); // the default 1 s budget
    const std::string p = "analyzer_bundled_" + s.id + "_";
    int endingsDecided = 0;
    for (const EndingReport& e : r.endings) endingsDecided += e.guarantee == Guarantee::Proved ? 1 : 0;
    line(p + "total_ms", r.stats.totalMs, "ms");
    line(p + "exact_complete", r.stats.exactComplete ? 1 : 0, "bool");
    line(p + "states", static_cast<double>(r.stats.states), "states");
    line(p + "endings", static_cast<double>(r.endings.size()), "endings");
    line(p + "endings_reach_proved", endingsDecided, "endings");
    line(p + "best_proved", r.best.guarantee == Guarantee::Proved ? 1 : 0, "bool");
    line(p + "worst_proved", r.worst.guarantee == Guarantee::Proved ? 1 : 0, "bool");
    line(p + "best_gap", r.best.bounded ? static_cast<double>(r.best.bound - r.best.result) / 100.0 : -1, "points");
    line(p + "worst_gap", r.worst.bounded ? static_cast<double>(r.worst.result - r.worst.bound) / 100.0 : -1, "points");
    line(p + "dead_ends_proved", proved(r.deadEnds), "findings");
    line(p + "dead_ends_possible", static_cast<double>(r.deadEnds.size()) - proved(r.deadEnds), "findings");
    line(p + "loops_possible", static_cast<double>(r.loops.size()) - proved(r.loops), "findings");
    line(p + "playthrough_count_proved", r.playthroughs.known ? 1 : 0, "bool");
    line(p + "undecided_nodes", static_cast<double>(r.undecidedNodes), "nodes");
    line(p + "verdict", static_cast<double>(verdictOf(r)), "(0 clean, 1 problem, 2 unproved)");
}

/// What the proof budget (`--budget-ms 10000`, issue 23) proves: the best and the worst, the time
/// to prove both and each (-1 when not proved within it), and the states every layer visited.
void prove(const std::string& name, const Scenario& s, std::uint32_t threads) {
    AnalyzerOptions o;
    o.budgetMs = 10000;
    o.threads = threads;
    const AnalysisReport r = analyzeScenario(s, o);
    const std::string p = "analyzer_prove_" + name + "_";
    const bool best = r.best.guarantee == Guarantee::Proved, worst = r.worst.guarantee == Guarantee::Proved;
    line(p + "best_proved", best ? 1 : 0, "bool");
    line(p + "worst_proved", worst ? 1 : 0, "bool");
    line(p + "time_to_prove_ms", best && worst ? r.stats.totalMs : -1, "ms");
    line(p + "time_to_prove_best_ms", r.stats.bestProvedMs, "ms");
    line(p + "time_to_prove_worst_ms", r.stats.worstProvedMs, "ms");
    line(p + "total_ms", r.stats.totalMs, "ms");
    line(p + "states_visited", static_cast<double>(r.stats.states + r.stats.searchStates + r.stats.beamStates), "states");
    line(p + "best_result", static_cast<double>(r.best.result) / 100.0, "points");
    line(p + "worst_result", static_cast<double>(r.worst.result) / 100.0, "points");
    line(p + "best_gap", r.best.bounded ? static_cast<double>(r.best.bound - r.best.result) / 100.0 : -1, "points");
    line(p + "worst_gap", r.worst.bounded ? static_cast<double>(r.worst.result - r.worst.bound) / 100.0 : -1, "points");
    line(p + "best_bound", r.best.bounded ? static_cast<double>(r.best.bound) / 100.0 : -1, "points");
    line(p + "worst_bound", r.worst.bounded ? static_cast<double>(r.worst.bound) / 100.0 : -1, "points");
    line(p + "work", static_cast<double>(r.stats.work), "steps");
}

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

constexpr const char* kUsage = "usage: bench_analyzer [SCENARIO_DIR]\n"
                               "       bench_analyzer --prove [--threads N] [SCENARIO_DIR]\n";

/// The scenario directory given, or a plain error when there is none.
bool isScenarioDir(const std::filesystem::path& dir) {
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec)) return true;
    std::fprintf(stderr, "bench_analyzer: not a directory: %s\n%s", dir.string().c_str(), kUsage);
    return false;
}

int main(int argc, char** argv) {
    if (argc > 1 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    // --prove: only the proof budget on every bundled scenario and on the generated one ten times
    // the largest (about 100 s).
    if (argc > 1 && std::string(argv[1]) == "--prove") {
        int next = 2;
        std::uint32_t threads = 2;
        if (argc > 2 && std::string(argv[2]) == "--threads") {
            const unsigned long n = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 0;
            if (n < 1 || n > 64) {
                std::fprintf(stderr, "bench_analyzer: --threads takes a number from 1 to 64\n%s", kUsage);
                return 2;
            }
            threads = static_cast<std::uint32_t>(n);
            next = 4;
        }
        const std::filesystem::path dir = argc > next ? argv[next] : RAPPORT_SCENARIO_DIR;
        if (!isScenarioDir(dir)) return 2;
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.path().extension() == ".json" && entry.path().filename().string().find("schema") == std::string::npos)
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        std::filesystem::path largest;
        std::size_t most = 0;
        for (const auto& f : files) {
            LoadResult loaded = loadScenarioFile(f.string());
            if (!loaded.ok()) continue;
            prove(loaded.scenario->id, *loaded.scenario, threads);
            const std::size_t size = loaded.scenario->nodes.size() + loaded.scenario->choices.size();
            if (size > most) most = size, largest = f;
        }
        if (!largest.empty()) {
            const auto big = load(bench::repeatedScenario(readFile(largest), 10), "repeated");
            line("analyzer_prove_generated_x10_nodes", static_cast<double>(big->nodes.size()), "nodes");
            line("analyzer_prove_generated_x10_choices", static_cast<double>(big->choices.size()), "choices");
            prove("generated_x10", *big, threads);
        }
        return 0;
    }
    const std::filesystem::path dir = argc > 1 ? argv[1] : RAPPORT_SCENARIO_DIR;
    if (!isScenarioDir(dir)) return 2;
    const auto grid = load(bench::gridScenario(80), "grid");
    speed("grid80", *grid);
    const auto acts = load(bench::actsScenario(9), "acts");
    speed("acts9", *acts);

    const auto layered = load(bench::layeredScenario(100, 100, 42), "layered");
    const auto t = std::chrono::steady_clock::now();
    const AnalysisReport r = exactOnly(*layered);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
    line("analyzer_layered10k_nodes", static_cast<double>(layered->nodes.size()), "nodes");
    line("analyzer_layered10k_states", static_cast<double>(r.stats.states), "states");
    line("analyzer_layered10k_analysis_ms", ms, "ms");
    std::printf("analyzer_layered10k_playthroughs: %s playthroughs\n",
                r.playthroughs.known && !r.playthroughs.overflow ? countToString(r.playthroughs.value).c_str() : "not counted");
    line("analyzer_layered10k_count_above_1e18",
         r.playthroughs.known && (r.playthroughs.overflow || r.playthroughs.value > PathCount128{1000000000000000000ull}) ? 1 : 0, "bool");

    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        if (entry.path().extension() == ".json" && entry.path().filename().string().find("schema") == std::string::npos)
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) bundled(f);
    return 0;
}
