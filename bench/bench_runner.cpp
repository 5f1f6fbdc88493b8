// Runner benchmark: plays a converted story_graph.py scenario with the benchmark policy of
// ../shared/bench (at step s with c open choices take (s*7+3) % c; restart at an ending), with
// the same logging `rapport play` uses (changes, lines, decision snapshots), and prints the
// checksums the reference player prints, plus choices per second (median of several runs).
//
// usage: bench_runner graph SCENARIO M [RUNS]     the runner on a converted graph
//        bench_runner state SCENARIO [CHOICES...]  snapshot and save costs at a scenario's decision

#include "rapport/play/Runner.h"
#include "rapport/play/SaveGame.h"
#include "rapport/load/ScenarioLoader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace rapport;
using Clock = std::chrono::steady_clock;

namespace {

std::uint32_t fnv1a(std::uint32_t h, std::string_view s) {
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}
constexpr std::uint32_t kFnvOffset = 2166136261u;

/// "c," for a choice count, as the reference player hashes it (without printf's cost).
std::string_view countText(std::uint64_t c) {
    static thread_local char buffer[24];
    char* end = buffer + sizeof buffer;
    char* p = end;
    *--p = ',';
    do {
        *--p = static_cast<char>('0' + c % 10);
        c /= 10;
    } while (c != 0);
    return std::string_view(p, static_cast<std::size_t>(end - p));
}

/// Hashes every produced line followed by "\n", as the reference player does.
class TextHash final : public LineSink {
public:
    void line(NodeIndex, PersonaIndex, std::string_view text) override {
        hash = fnv1a(fnv1a(hash, text), "\n");
        ++lines;
    }
    std::uint32_t hash = kFnvOffset;
    std::uint64_t lines = 0;
};

struct GraphRun {
    double seconds = 0;
    std::uint32_t checksum = 0, path = 0, text = 0;
    std::uint64_t lines = 0, restarts = 0;
    std::string vars;
};

/// Plays m choices. With `verify`, every line is also hashed (the reference player's text
/// hash); timed runs leave that out, as inkjs's driver does: both still produce every line.
GraphRun playGraph(const Scenario& scenario, std::uint64_t m, bool verify) {
    RunnerOptions options;
    options.lang = Lang::En;
    Runner runner(scenario, options);
    TextHash text;
    if (verify) {
        runner.setLineObserver(&text);
        runner.restart(); // produce the first node's lines through the observer
    }
    GraphRun run;
    std::uint32_t path = kFnvOffset;
    const auto t0 = Clock::now();
    for (std::uint64_t step = 0; step < m; ++step) {
        const auto& open = runner.choices();
        const auto c = static_cast<std::uint64_t>(open.size());
        path = fnv1a(path, countText(c));
        if (runner.choose(open[(step * 7 + 3) % c]) != ChooseError::None) std::abort();
        if (runner.finished()) {
            ++run.restarts;
            runner.restart();
        }
    }
    run.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    std::string sums;
    for (std::size_t v = 0; v < scenario.variableNames.size(); ++v)
        sums += scenario.variableNames[v] + "=" + std::to_string(runner.state().vars[v]) + ";";
    run.checksum = fnv1a(kFnvOffset, sums);
    run.path = path;
    run.text = text.hash;
    run.lines = text.lines;
    run.vars = sums;
    return run;
}

std::shared_ptr<const Scenario> load(const char* file) {
    LoadResult loaded = loadScenarioFile(file);
    if (!loaded.ok()) {
        for (const Diagnostic& d : loaded.diagnostics)
            if (d.severity == Severity::Error) std::fprintf(stderr, "%s\n", formatDiagnostic(d, Lang::En).c_str());
        std::exit(2);
    }
    return loaded.scenario;
}

int benchGraph(int argc, char** argv) {
    if (argc < 4) return 2;
    const auto tl = Clock::now();
    const auto scenario = load(argv[2]);
    const double loadSeconds = std::chrono::duration<double>(Clock::now() - tl).count();
    const std::uint64_t m = std::strtoull(argv[3], nullptr, 10);
    const int runs = argc > 4 ? std::atoi(argv[4]) : 5;
    const GraphRun last = playGraph(*scenario, m, true);
    std::vector<double> rates;
    for (int r = 0; r < runs; ++r) {
        const GraphRun timed = playGraph(*scenario, m, false);
        if (timed.checksum != last.checksum || timed.path != last.path) std::abort(); // same walk, or no figure
        rates.push_back(static_cast<double>(m) / timed.seconds);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("runner_load: %.3f s\n", loadSeconds);
    std::printf("runner_choices: %llu choices\n", static_cast<unsigned long long>(m));
    std::printf("runner_restarts: %llu restarts\n", static_cast<unsigned long long>(last.restarts));
    std::printf("runner_lines: %llu lines\n", static_cast<unsigned long long>(last.lines));
    std::printf("runner_checksum: %08x hex\n", last.checksum);
    std::printf("runner_path: %08x hex\n", last.path);
    std::printf("runner_text: %08x hex\n", last.text);
    std::printf("runner_choices_per_s_median: %.0f choices/s\n", rates[rates.size() / 2]);
    std::printf("runner_choices_per_s_min: %.0f choices/s\n", rates.front());
    std::printf("runner_choices_per_s_max: %.0f choices/s\n", rates.back());
    return 0;
}

/// Snapshot (copy of the State) and JSON save costs at the decision reached by the given choices.
int benchState(int argc, char** argv) {
    if (argc < 3) return 2;
    const auto scenario = load(argv[2]);
    Runner runner(*scenario);
    for (int i = 3; i < argc; ++i)
        if (runner.choose(argv[i]) != ChooseError::None) {
            std::fprintf(stderr, "choice %s not open\n", argv[i]);
            return 2;
        }
    constexpr int kRepeats = 200000;
    std::vector<State> snapshots(16);
    auto t0 = Clock::now();
    for (int i = 0; i < kRepeats; ++i) snapshots[static_cast<std::size_t>(i) & 15u] = runner.state();
    const double snapshotUs = std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / kRepeats;

    constexpr int kSaves = 20000;
    std::size_t bytes = 0;
    t0 = Clock::now();
    for (int i = 0; i < kSaves; ++i) bytes = saveGame(runner).size();
    const double saveUs = std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / kSaves;

    std::string error;
    Runner restored(*scenario);
    const std::string save = saveGame(runner);
    t0 = Clock::now();
    constexpr int kLoads = 2000;
    for (int i = 0; i < kLoads; ++i)
        if (!loadGame(restored, save, error)) {
            std::fprintf(stderr, "restore failed: %s\n", error.c_str());
            return 1;
        }
    const double loadUs = std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / kLoads;
    std::printf("state_snapshot: %.3f us\n", snapshotUs);
    std::printf("state_save_json: %.2f us\n", saveUs);
    std::printf("state_save_json_size: %zu bytes\n", bytes);
    std::printf("state_restore_by_replay: %.2f us\n", loadUs);
    std::printf("state_decisions_taken: %zu choices\n", runner.path().size());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "graph") return benchGraph(argc, argv);
    if (argc >= 2 && std::string(argv[1]) == "state") return benchState(argc, argv);
    std::fprintf(stderr, "usage: bench_runner graph SCENARIO M [RUNS] | state SCENARIO [CHOICES...]\n");
    return 2;
}
