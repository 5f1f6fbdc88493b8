// Progress store benchmark (issue 19). Prints `name: value unit` lines.
//
// usage: bench_store measure SCENARIO [RUNS] [DECISIONS]
//          Fills a fresh database with RUNS finished runs (default 10,000), then plays SCENARIO (an
//          endless one: tests/data/store/endless-talk.json) for DECISIONS decisions (default 5,000)
//          and times each decision's write as the terminal and the window do it at a keyboard:
//          the recorder's sync plus a commit. Then times the progress screen's and the history's
//          queries on the RUNS runs.
//        bench_store make-db FILE PROFILE [RUNS]
//          Writes RUNS finished runs (default 10,000) for PROFILE into FILE, for the window's
//          measurement in run_store_bench.sh.

#include "store/RunRecorder.h"

#include "rapport/load/ScenarioLoader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace rapport;
using namespace rapport::store;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

// CPU time of this thread, to tell the work itself from waiting for a core on a shared machine.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

// The bundled scenarios' ids and principles, so the generated history looks like a real one.
struct FakeScenario {
    const char* id;
    std::vector<const char*> principles;
};
const std::vector<FakeScenario> kScenarios = {
    {"sample-coffee-break", {"preparation", "appreciation", "give-first"}},
    {"congress-approach", {"preparation", "quality", "individuality"}},
    {"giving-in-advance", {"give-first", "proportion"}},
    {"introducing-contacts", {"connect", "give-first"}},
    {"email-relationship-repair", {"keep-in-touch", "diagnose"}},
    {"gifts-and-invitations", {"proportion", "appreciation"}},
    {"trade-fair", {"prioritise", "preparation", "connect"}},
    {"regular-customers-year", {"keep-in-touch", "prioritise", "quality"}},
    {"key-account-diagnosis", {"diagnose", "individuality", "quality"}},
};

/// RUNS finished runs of about 20 decisions, two persons and the scenario's principles each,
/// spread over a year, scores drifting upwards.
void fillRuns(ProgressStore& store, ProfileId profile, int runs) {
    std::mt19937 rng(7);
    const std::int64_t yearAgo = nowMs() - 365LL * 24 * 3600 * 1000;
    for (int i = 0; i < runs; ++i) {
        const FakeScenario& s = kScenarios[static_cast<std::size_t>(rng()) % kScenarios.size()];
        const std::int64_t at = yearAgo + static_cast<std::int64_t>(i) * (365LL * 24 * 3600 * 1000 / runs);
        RunStart start;
        start.profile = profile;
        start.scenarioId = s.id;
        start.scenarioFile = std::string("/usr/share/rapport/scenarios/") + s.id + ".json";
        start.contentHash = std::string(64, 'a');
        start.origin = "window";
        start.startedAt = at;
        start.startResult = 2000;
        start.startScore = 20;
        const RunId run = store.beginRun(start);
        const int decisions = 12 + static_cast<int>(rng() % 20);
        for (int k = 0; k < decisions; ++k) {
            DecisionRecord d;
            d.step = static_cast<std::uint32_t>(k);
            d.nodeId = "node_" + std::to_string(k);
            d.choiceId = "choice_" + std::to_string(rng() % 3);
            d.chosenAt = at + 20000LL * (k + 1);
            d.thinkMs = 20000;
            d.resultBefore = 2000 + 100 * k;
            d.resultAfter = 2100 + 100 * k;
            d.score = 21 + k;
            store.addDecision(run, d);
        }
        RunOutcome o;
        o.finishedAt = at + 20000LL * (decisions + 1);
        o.endingId = "ende";
        o.endingRating = "good";
        o.score = std::clamp(20 + i * 60 / runs + static_cast<int>(rng() % 30), 0, 100);
        o.result = o.score * 100;
        o.style = "relationship-builder";
        for (const char* who : {"weber", "petersen"}) {
            PersonRecord p;
            p.personaId = who;
            p.name = who;
            p.start.dims = {2000, 2000, 2000, 2000, 2000, 2000};
            p.end.dims = {5000, 4000, 4500, 3000, 3500, 6000};
            p.start.stage = "stranger";
            p.end.stage = "contact";
            o.persons.push_back(p);
        }
        for (const char* p : s.principles)
            o.principles.push_back(PrincipleRecord{p, static_cast<int>(rng() % 4), static_cast<int>(rng() % 3)});
        store.finishRun(run, o);
        if (i % 500 == 499) store.commit();
    }
    store.commit();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

int measure(const char* scenarioFile, int runs, int decisions) {
    const LoadResult loaded = loadScenarioFile(scenarioFile);
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot load %s\n", scenarioFile);
        return 2;
    }
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("rapport-bench-store-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    int code = 0;
    {
        auto store = ProgressStore::open(dir / "rapport.db");
        const ProfileId profile = store->createProfile("Bench");
        auto t0 = Clock::now();
        fillRuns(*store, profile, runs);
        std::printf("store_fill_runs: %d runs in %.0f ms\n", runs, msSince(t0));

        // A keyboard's decisions: each one recorded and committed on its own.
        const Scenario& scenario = *loaded.scenario;
        Runner runner(scenario);
        RunRecorder recorder(*store, RunContext{profile, scenarioFile, "hash", "terminal"});
        std::vector<double> writes, writesCpu, checkpoints;
        writes.reserve(static_cast<std::size_t>(decisions));
        for (int k = 0; k < decisions; ++k) {
            if (runner.choose(runner.choices()[static_cast<std::size_t>(k) % 2]) != ChooseError::None) std::abort();
            const double cpu0 = threadCpuMs();
            t0 = Clock::now();
            recorder.sync(runner);
            recorder.commit();
            writes.push_back(msSince(t0));
            writesCpu.push_back(threadCpuMs() - cpu0);
            // What the terminal and the window do next, while the learner reads the reply.
            t0 = Clock::now();
            store->checkpointIfDue();
            checkpoints.push_back(msSince(t0));
        }
        std::printf("store_decision_write_p50: %.3f ms (sync and commit, %d decisions, %d runs in the file)\n", percentile(writes, 0.5),
                    decisions, runs + 1);
        std::printf("store_decision_write_p99: %.3f ms\n", percentile(writes, 0.99));
        std::printf("store_decision_write_max: %.3f ms\n", percentile(writes, 1.0));
        std::printf("store_decision_write_cpu_p99: %.3f ms (CPU time of the writing thread)\n", percentile(writesCpu, 0.99));
        std::printf("store_idle_checkpoint_max: %.3f ms (copying the log into the file while waiting for the learner)\n",
                    percentile(checkpoints, 1.0));

        std::vector<double> progress, history;
        std::size_t scenarios = 0;
        for (int i = 0; i < 5; ++i) {
            t0 = Clock::now();
            const ProgressData p = store->progress(profile);
            progress.push_back(msSince(t0));
            scenarios = p.scenarios.size();
            t0 = Clock::now();
            const auto h = store->history(profile, false);
            history.push_back(msSince(t0));
            if (h.size() != static_cast<std::size_t>(runs) + 1) code = 1;
        }
        std::printf("store_progress_query: %.1f ms (median of 5, %d runs, %zu scenarios)\n", percentile(progress, 0.5), runs + 1, scenarios);
        std::printf("store_history_query: %.1f ms (median of 5, %d runs)\n", percentile(history, 0.5), runs + 1);
        std::printf("store_file_size: %.1f MB\n", static_cast<double>(std::filesystem::file_size(dir / "rapport.db")) / 1e6);
    }
    std::filesystem::remove_all(dir);
    return code;
}

} // namespace

int main(int argc, char** argv) {
    try {
        const std::string mode = argc > 1 ? argv[1] : "";
        if (mode == "measure" && argc >= 3)
            return measure(argv[2], argc > 3 ? std::atoi(argv[3]) : 10000, argc > 4 ? std::atoi(argv[4]) : 5000);
        if (mode == "make-db" && argc >= 4) {
            auto store = ProgressStore::open(argv[2]);
            fillRuns(*store, store->profileNamed(argv[3]), argc > 4 ? std::atoi(argv[4]) : 10000);
            return 0;
        }
    } catch (const StoreError& e) {
        std::fprintf(stderr, "bench_store: %s\n", e.what());
        return 2;
    }
    std::fprintf(stderr, "usage: bench_store measure SCENARIO [RUNS] [DECISIONS] | make-db FILE PROFILE [RUNS]\n");
    return 2;
}
