// The scenario graph for authors: the analyzer's findings land on the right nodes and choices,
// loops are marked, and the DOT text carries them (issue 21).

#include "analyze/AnalyzerTestKit.h"
#include "rapport/analyze/Analyzer.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/report/GraphModel.h"

#include <doctest/doctest.h>

#include <string>

using namespace rapport;

namespace {

std::shared_ptr<const Scenario> loadGraphScenario(const std::string& name) { return test::loadAnalyzerScenario(name); }

GraphModel graphOf(const Scenario& s, Lang lang = Lang::En) {
    return buildGraphModel(s, analyzeScenario(s, test::deterministicOptions()), lang);
}

const GraphNode& nodeNamed(const GraphModel& g, const std::string& id) {
    for (const GraphNode& n : g.nodes)
        if (n.id == id) return n;
    FAIL("no node " << id);
    return g.nodes.front();
}

const GraphEdge& edgeNamed(const GraphModel& g, const std::string& label) {
    for (const GraphEdge& e : g.edges)
        if (e.label == label) return e;
    FAIL("no edge " << label);
    return g.edges.front();
}

} // namespace

TEST_CASE("a dead end is marked on its decision, proved, and named in the DOT text") {
    const auto s = loadGraphScenario("dead-end");
    const GraphModel g = graphOf(*s);
    CHECK(g.nodes.size() == s->nodes.size());
    CHECK(nodeNamed(g, "sackgasse").deadEnd == Guarantee::Proved);
    CHECK_FALSE(nodeNamed(g, "start").deadEnd);
    CHECK(nodeNamed(g, "start").start);
    CHECK(edgeNamed(g, "artikel_nennen").neverOpen == Guarantee::Proved);
    CHECK(nodeNamed(g, "sackgasse").neverOpenChoices == 1);
    CHECK_FALSE(edgeNamed(g, "weiter").neverOpen);
    const std::string dot = graphDot(*s, g, Lang::En);
    CHECK(dot.find("\"sackgasse\" [label=\"sackgasse\\n! dead end\\n! 1 choice never open\"") != std::string::npos);
    CHECK(dot.find("\"sackgasse\" -> \"ende\" [label=\"artikel_nennen\\n(never open)\", style=dotted") != std::string::npos);
    const std::string de = graphDot(*s, g, Lang::De);
    CHECK(de.find("! Sackgasse") != std::string::npos);
}

TEST_CASE("loops are marked on their nodes and edges, the way out is not") {
    const auto s = loadGraphScenario("loops");
    const GraphModel g = graphOf(*s);
    CHECK(nodeNamed(g, "runde_a").inLoop);
    CHECK(nodeNamed(g, "runde_b").inLoop);
    CHECK(nodeNamed(g, "wartezimmer").inLoop); // a choice that leads back to its own decision
    CHECK_FALSE(nodeNamed(g, "start").inLoop);
    CHECK_FALSE(nodeNamed(g, "ende").inLoop);
    CHECK(edgeNamed(g, "noch_einmal").inLoop);
    CHECK_FALSE(edgeNamed(g, "kreis").inLoop);
    // play runs round runde_a and runde_b without a decision: the analyzer's finding is on them
    CHECK((nodeNamed(g, "runde_a").endlessLoop || nodeNamed(g, "runde_b").endlessLoop));
}

TEST_CASE("an ending never reached is marked and keeps its rating colour") {
    const auto s = loadGraphScenario("unreachable-ending");
    const GraphModel g = graphOf(*s);
    const GraphNode& b = nodeNamed(g, "ende_b");
    CHECK(b.neverReached == Guarantee::Proved);
    CHECK_FALSE(nodeNamed(g, "ende_a").neverReached);
    CHECK(edgeNamed(g, "geheim").neverOpen);
    const std::string dot = graphDot(*s, g, Lang::En);
    CHECK(dot.find("! never reached") != std::string::npos);
    CHECK(dot.find("style=\"rounded,filled,dashed\"") != std::string::npos);
}
