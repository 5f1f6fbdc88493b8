// The analyzer's numbers, pinned (tests/data/golden/analyzer-bounds.txt): for every bundled and
// every analyzer test scenario, the abstract layer's ranges at each ending and the search's result
// bounds from the start. The summaries in tests/data/analyzer/pinned/ say what was proved; these
// say how tight the bounds are, so a change in how the analyzer bounds a rule shows up as a number.
// After a deliberate change: RAPPORT_UPDATE_PINS=1 build/tests/rapport_tests -tc='*golden*'.

#include "Golden.h"

#include "analyze/Detail.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/play/Play.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

using namespace rapport;
using namespace rapport::test;

namespace {

std::string boundsOf(const Scenario& s) {
    std::ostringstream out;
    const detail::AnalysisModel model = detail::buildAnalysisModel(s);
    const detail::AbstractResult abs = detail::analyseAbstract(model, detail::Deadline{detail::Clock::now() + std::chrono::minutes(2)});
    REQUIRE(abs.complete);
    out << "== " << s.id << ": " << abs.rounds << " rounds\n";
    for (std::size_t e = 0; e < model.endings.size(); ++e) {
        const EndingRanges& r = abs.endingBound[e];
        out << "ending " << s.nodes[model.endings[e]].id << ":";
        if (!r.result.known) {
            out << " unreached\n";
            continue;
        }
        out << " result " << points(r.result.lo) << ".." << points(r.result.hi) << ";";
        for (std::size_t p = 0; p < r.personas.size(); ++p) {
            out << " " << s.personas[p].id << " " << points(r.personas[p].quality.lo) << ".." << points(r.personas[p].quality.hi) << " [";
            for (std::size_t d = 0; d < kDimensionCount; ++d)
                out << (d ? " " : "") << points(r.personas[p].dims[d].lo) << ".." << points(r.personas[p].dims[d].hi);
            out << "]";
        }
        out << "\n";
    }
    const detail::ResultBounds bounds(model, abs);
    if (bounds.usable()) {
        State start = initialState(model.explore, 0);
        ChangeSink none;
        std::string scratch;
        if (enterNodes(model.explore, start, none, nullptr, Lang::En, scratch) && bounds.canEnd(start.node))
            out << "search bounds from the start: " << points(bounds.bound(start, false)) << ".." << points(bounds.bound(start, true)) << "\n";
    }
    return out.str();
}

} // namespace

TEST_CASE("golden analyzer bounds: the abstract ranges and search bounds of every scenario are pinned") {
    std::vector<std::string> files;
    for (const char* dir : {"/scenarios", "/tests/data/analyzer"})
        for (const auto& e : std::filesystem::directory_iterator(std::string(RAPPORT_SOURCE_DIR) + dir))
            if (e.path().extension() == ".json" && e.path().filename().string().find("schema") == std::string::npos)
                files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    std::string all = "# Abstract ranges per ending (result, quality per persona, dimensions) and search bounds.\n"
                      "# Rewrite after a deliberate change: RAPPORT_UPDATE_PINS=1 build/tests/rapport_tests -tc='*golden*'\n";
    for (const std::string& file : files) {
        CAPTURE(file);
        const LoadResult loaded = loadScenarioFile(file);
        REQUIRE(loaded.ok());
        all += boundsOf(*loaded.scenario);
    }
    checkGolden("analyzer-bounds.txt", all);
}
