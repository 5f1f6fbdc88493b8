// Debrief benchmark (issue 14): the counterfactual key-moment search on the authored good and poor
// playthroughs of every bundled scenario, and on a run of thousands of decisions (the hostile
// answer loop), with the peak memory of the process. Prints `name: value unit`.
//
// usage: bench_debrief [PATHS_FILE]   (default: tests/data/paths/library-paths.txt)

#include "rapport/load/ScenarioLoader.h"
#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace rapport;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

long peakKilobytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv) {
    const std::string source = RAPPORT_SOURCE_DIR;
    std::ifstream paths(argc > 1 ? argv[1] : source + "/tests/data/paths/library-paths.txt");
    double slowest = 0;
    for (std::string line; std::getline(paths, line);) {
        std::istringstream words(line);
        std::string id, kind, ending, choices;
        if (line.empty() || line[0] == '#' || !(words >> id >> kind >> ending >> choices)) continue;
        const LoadResult loaded = loadScenarioFile(source + "/scenarios/" + id + ".json");
        if (!loaded.ok()) continue;
        Runner runner(*loaded.scenario);
        std::istringstream list(choices);
        for (std::string c; std::getline(list, c, ',');) (void)runner.choose(c);
        const auto start = Clock::now();
        const Debrief d = buildDebrief(runner);
        const double ms = msSince(start);
        slowest = std::max(slowest, ms);
        std::printf("debrief_%s_%s: %.1f ms (%zu decisions, %zu key moments)\n", id.c_str(), kind.c_str(), ms, runner.path().size(),
                    d.keyMoments.size());
    }
    std::printf("debrief_library_slowest: %.1f ms\n", slowest);

    // A run of thousands of decisions: the search stays within its budget of states and memory.
    const LoadResult loop = loadScenarioFile(source + "/tests/data/hostile/answer-loop.json");
    if (loop.ok()) {
        Runner runner(*loop.scenario);
        for (std::size_t answered = 0; answered < 300000 && !runner.stuck(); ++answered)
            (void)runner.choose(answered % 3 == 2 ? "recherche" : "fragen");
        const long before = peakKilobytes();
        const auto start = Clock::now();
        const Debrief d = buildDebrief(runner);
        std::printf("debrief_long_run_decisions: %zu decisions\n", runner.path().size());
        std::printf("debrief_long_run: %.1f ms (%zu key moments)\n", msSince(start), d.keyMoments.size());
        std::printf("debrief_long_run_peak_memory: %.1f MB (%.1f MB before the debrief)\n", static_cast<double>(peakKilobytes()) / 1024.0,
                    static_cast<double>(before) / 1024.0);
    }
    return 0;
}
