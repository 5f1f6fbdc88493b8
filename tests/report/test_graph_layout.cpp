// The authoring view's layout: arrows point down except into loops, no two nodes share a place,
// and the same scenario always gets the same picture (issue 21).

#include "rapport/analyze/Analyzer.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/report/GraphLayout.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <utility>

using namespace rapport;

namespace {

GraphModel unanalysedGraph(const std::string& file) {
    const LoadResult r = loadScenarioFile(file);
    REQUIRE(r.ok());
    return buildGraphModel(*r.scenario, AnalysisReport{}, Lang::De);
}

std::uint32_t indexOf(const GraphModel& g, const std::string& id) {
    for (std::uint32_t i = 0; i < g.nodes.size(); ++i)
        if (g.nodes[i].id == id) return i;
    FAIL("no node " << id);
    return 0;
}

} // namespace

TEST_CASE("every bundled scenario is laid out top to bottom, one node per place, the start on top") {
    for (const char* name : {"sample-coffee-break", "trade-fair", "key-account-diagnosis", "regular-customers-year"}) {
        CAPTURE(name);
        const GraphModel g = unanalysedGraph(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/" + name + ".json");
        const GraphLayout layout = layoutGraph(g);
        REQUIRE(layout.layer.size() == g.nodes.size());
        REQUIRE(layout.backEdge.size() == g.edges.size());
        std::set<std::pair<std::uint32_t, float>> places;
        for (std::uint32_t i = 0; i < g.nodes.size(); ++i) {
            CHECK(places.insert({layout.layer[i], layout.column[i]}).second);
            CHECK(layout.layer[i] < layout.layers);
            if (g.nodes[i].start) CHECK(layout.layer[i] == 0);
        }
        for (std::size_t e = 0; e < g.edges.size(); ++e) {
            const std::uint32_t a = layout.layer[indexOf(g, g.nodes[g.edges[e].from].id)];
            const std::uint32_t b = layout.layer[indexOf(g, g.nodes[g.edges[e].to].id)];
            if (!layout.backEdge[e]) CHECK(b > a);
            else CHECK(g.edges[e].inLoop); // only a loop leads back up
        }
        // Deterministic: a second layout of the same model is identical.
        const GraphLayout again = layoutGraph(g);
        CHECK(again.layer == layout.layer);
        CHECK(again.column == layout.column);
    }
}

TEST_CASE("a loop is drawn with exactly the edge that closes it pointing back up") {
    const GraphModel g = unanalysedGraph(std::string(RAPPORT_TEST_DATA) + "/analyzer/loops.json");
    const GraphLayout layout = layoutGraph(g);
    std::size_t back = 0, inLoop = 0;
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        if (layout.backEdge[e]) ++back;
        if (g.edges[e].inLoop) ++inLoop;
    }
    CHECK(back >= 1);
    CHECK(back < inLoop);
    CHECK(layout.layers >= 2);
}
