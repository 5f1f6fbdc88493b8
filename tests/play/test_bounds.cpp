// Play bounded in work, memory and time whatever the file asks (issue 11): loops that produce
// text or effects without a decision, a decision answered hundreds of thousands of times, time
// that grows without end, and the debrief and JSON report of a long playthrough.

#include "rapport/load/ScenarioLoader.h"
#include "rapport/play/Play.h"
#include "rapport/play/Runner.h"
#include "rapport/report/Debrief.h"
#include "rapport/report/PlayReport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <sstream>

using namespace rapport;

namespace {

std::shared_ptr<const Scenario> hostile(const std::string& name) {
    const LoadResult r = loadScenarioFile(std::string(RAPPORT_TEST_DATA) + "/hostile/" + name);
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity == Severity::Error) MESSAGE(formatDiagnostic(d, Lang::En));
    REQUIRE(r.ok());
    return r.scenario;
}

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

std::size_t logBytes(const Runner& r) {
    std::size_t text = 0;
    for (const ShownLine& l : r.lines()) text += l.length;
    return r.changes().size() * sizeof(Change) + r.lines().size() * sizeof(ShownLine) + text;
}

} // namespace

TEST_CASE("a loop without a decision stops after a bounded amount of work, whatever it does") {
    for (const char* file : {"text-loop.json", "effects-loop.json"}) {
        CAPTURE(file);
        const auto s = hostile(file);
        // Once 100,000 nodes per advance: 100,000 copies of a 24 KB text, or 30 million favours.
        State state = initialState(*s, 1);
        ChangeSink sink;
        std::string scratch;
        CHECK_FALSE(enterNodes(*s, state, sink, nullptr, Lang::De, scratch));
        std::uint64_t largest = 0;
        for (const Node& n : s->nodes) largest = std::max(largest, n.work);
        CHECK(sink.work <= kMaxAutoWork + largest + 1);
        CHECK(state.personas[1].owed <= kCounterLimit);

        Runner runner(*s);
        CHECK(runner.looped());
        CHECK(runner.stuck());
        CHECK_FALSE(runner.finished());
        CHECK(logBytes(runner) < std::size_t{64} << 20);
    }
}

TEST_CASE("a decision answered 300,000 times stops as too long within its memory and time") {
    const auto s = hostile("answer-loop.json");
    RunnerOptions options;
    options.maxLogBytes = std::size_t{16} << 20;
    Runner runner(*s, options);
    const auto start = std::chrono::steady_clock::now();
    std::size_t answered = 0;
    for (; answered < 300000 && !runner.stuck(); ++answered)
        REQUIRE(runner.choose(answered % 3 == 2 ? "recherche" : "fragen") == ChooseError::None);
    CHECK(runner.tooLong());
    CHECK(runner.stuck());
    CHECK(runner.choose("fragen") == ChooseError::TooLong);
    CHECK(answered < 300000);
    CHECK(seconds(start) < 60.0);
    // The snapshots and the log stay within the budget (snapshots of 2,000 variables each).
    const std::size_t snapshot = s->variableNames.size() * sizeof(std::int64_t);
    CHECK(runner.decisionStates().size() * snapshot + logBytes(runner) <= options.maxLogBytes + 2 * snapshot + 4096);
    // Time saturates instead of overflowing (UBSan watches the arithmetic in the sanitizer job).
    CHECK(runner.state().time == kTimeLimit);
    CHECK(runner.state().personas[1].owed <= kCounterLimit);

    // The debrief and the JSON report of such a playthrough stay bounded too.
    const Debrief debrief = buildDebrief(runner);
    std::ostringstream json;
    writePlayReportJson(json, runner, debrief, Lang::En);
    const nlohmann::json doc = nlohmann::json::parse(json.str());
    CHECK(doc["stuck"] == true);
    CHECK(doc["log"].size() == runner.changes().size());
    CHECK(json.str() == playReportJson(runner, debrief, Lang::En));
}

TEST_CASE("a playthrough past its work budget stops as too long") {
    const auto s = hostile("answer-loop.json");
    RunnerOptions options;
    options.maxWork = 5000;
    Runner runner(*s, options);
    int answered = 0;
    while (!runner.stuck() && answered < 10000) {
        REQUIRE(runner.choose("fragen") == ChooseError::None);
        ++answered;
    }
    CHECK(runner.tooLong());
    CHECK(answered < 1000);
    // Taking the steps back gives their work back: the playthrough can go on from there.
    runner.rewindTo(1);
    CHECK_FALSE(runner.tooLong());
    REQUIRE(runner.choose("fragen") == ChooseError::None);
    CHECK_FALSE(runner.tooLong());
}
