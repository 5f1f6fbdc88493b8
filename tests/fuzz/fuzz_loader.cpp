// libFuzzer target: a scenario file through the loader, and for a file that loads, what the three
// commands do with it: a few seeded playthroughs with their debriefs and a small analysis. Besides
// the sanitizers' findings it checks the promises about messages: every diagnostic prints as one
// line of bounded length, whatever the file contains.

#include "rapport/analyze/Analyzer.h"
#include "rapport/report/AnalyzerReport.h"
#include "rapport/core/Diagnostics.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"
#include "rapport/report/PlayReport.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using namespace rapport;

[[noreturn]] void broken(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_loader: %s: %.300s\n", what, detail.c_str());
    std::abort();
}

/// A diagnostic is one line, cites at most a short prefix, and says something in both languages.
void checkDiagnostic(const Diagnostic& d) {
    for (Lang lang : {Lang::De, Lang::En}) {
        const std::string line = formatDiagnostic(d, lang);
        if (line.find('\n') != std::string::npos || line.find('\r') != std::string::npos)
            broken("a diagnostic spans more than one line", line);
        // File name "fuzz.json", position, pointer (cut keys of 64 characters, up to 64 levels) and
        // a message that cites short prefixes: far below this.
        if (line.size() > 8000) broken("a diagnostic is too long", line);
        if (d.message(lang).empty()) broken("a diagnostic without words", d.code);
    }
}

/// Seeded playthroughs: a choice picked by the seed at each decision, until an ending or 40 steps.
void play(const Scenario& scenario, std::uint64_t seed) {
    RunnerOptions options;
    options.seed = seed;
    options.lang = seed % 2 == 0 ? Lang::De : Lang::En;
    options.maxWork = 2'000'000;
    options.maxLogBytes = std::size_t{1} << 20; // the reports of a full log stay quick under the sanitizers
    Runner runner(scenario, options);
    std::uint64_t pick = seed * 0x9E3779B97F4A7C15ull + 1;
    for (int step = 0; step < 40 && !runner.finished() && !runner.stuck(); ++step) {
        const std::vector<ChoiceIndex>& open = runner.choices();
        pick = pick * 6364136223846793005ull + 1442695040888963407ull;
        if (runner.choose(open[(pick >> 33) % open.size()]) != ChooseError::None) broken("an open choice was refused", "");
    }
    DebriefOptions debriefOptions;
    debriefOptions.searchStates = 600;
    debriefOptions.searchWork = 600'000;
    const Debrief debrief = buildDebrief(runner, debriefOptions);
    const std::string text = debriefToText(runner, debrief, options.lang);
    const std::string json = playReportJson(runner, debrief, options.lang);
    if (json.empty() || text.empty()) broken("an empty report", "");
    if (runner.path().size() > 40) broken("more steps than taken", "");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    LoadLimits limits;
    limits.maxFileBytes = 1u << 20; // keeps each run short; the limits scale, they don't change the code paths
    const LoadResult result = loadScenarioText(text, "fuzz.json", limits);
    for (const Diagnostic& d : result.diagnostics) checkDiagnostic(d);
    if (result.diagnostics.size() > limits.maxDiagnostics + 1) broken("more diagnostics than the limit", "");
    (void)diagnosticsToJson(result.diagnostics, Lang::De);
    if (!result.ok()) return 0;

    const Scenario& scenario = *result.scenario;
    for (std::uint64_t seed : {1u, 2u, 7u}) play(scenario, seed);

    AnalyzerOptions options;
    options.budgetMs = 2000; // a safety net: the caps below decide, so runs repeat exactly
    options.maxStates = 2000;
    options.maxSearchStates = 300;
    options.maxPlayouts = 10;
    options.maxMemoryBytes = std::size_t{64} << 20;
    const AnalysisReport report = analyzeScenario(scenario, options);
    (void)analysisText(scenario, report, Lang::De);
    (void)analysisJson(scenario, report);
    return 0;
}
