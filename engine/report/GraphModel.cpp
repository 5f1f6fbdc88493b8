#include "rapport/report/GraphModel.h"

#include "rapport/core/ScenarioGraph.h"
#include "rapport/model/Evaluate.h"

#include <algorithm>

namespace rapport {
namespace {

/// Strongly connected components of the node graph (Tarjan, iterative: long chains must not
/// overflow the stack). Returns the component of each node and whether it holds a cycle.
struct Components {
    std::vector<std::uint32_t> of;
    std::vector<bool> cyclic;
};

Components findComponents(const Scenario& scenario) {
    const std::size_t n = scenario.nodes.size();
    std::vector<std::vector<Edge>> out(n);
    std::vector<std::vector<NodeIndex>> targets(n);
    for (NodeIndex v = 0; v < n; ++v) {
        successors(scenario, v, out[v]);
        for (const Edge& e : out[v]) targets[v].push_back(e.to);
    }
    Components c;
    c.of = strongComponents(targets);
    // A component is a cycle when it has two nodes or more, or one node that leads to itself.
    std::vector<std::size_t> size;
    for (const std::uint32_t k : c.of) {
        if (k >= size.size()) size.resize(k + 1, 0);
        ++size[k];
    }
    c.cyclic.assign(size.size(), false);
    for (NodeIndex v = 0; v < n; ++v)
        for (const NodeIndex w : targets[v])
            if (size[c.of[v]] > 1 || w == v) c.cyclic[c.of[v]] = true;
    return c;
}

std::string branchLabel(const Node& node, std::uint32_t branch, Lang lang) {
    const Branch& b = node.branches[branch];
    if (node.kind == NodeKind::Chance) return std::to_string(b.chance) + " %";
    if (b.condition == kNoExpr) return lang == Lang::De ? "sonst" : "else";
    return (lang == Lang::De ? "wenn " : "if ") + std::to_string(branch + 1);
}

} // namespace

GraphModel buildGraphModel(const Scenario& scenario, const AnalysisReport& report, Lang lang) {
    GraphModel graph;
    const Components components = findComponents(scenario);
    graph.nodes.reserve(scenario.nodes.size());
    for (NodeIndex i = 0; i < scenario.nodes.size(); ++i) {
        const Node& node = scenario.nodes[i];
        GraphNode g;
        g.node = i;
        g.id = node.id;
        g.kind = node.kind;
        g.rating = node.rating;
        g.start = i == scenario.start;
        g.inLoop = components.cyclic[components.of[i]];
        const TextId first = !node.text.empty() ? node.text.front() : node.debrief;
        if (first != kNone) g.firstLine = textOf(scenario, nullptr, first, lang);
        graph.nodes.push_back(std::move(g));
    }
    for (const NeverItem& item : report.unreachedNodes)
        if (item.index < graph.nodes.size()) graph.nodes[item.index].neverReached = item.guarantee;
    for (const Finding& f : report.deadEnds)
        if (f.node < graph.nodes.size()) graph.nodes[f.node].deadEnd = f.guarantee;
    for (const auto* loops : {&report.loops, &report.closedLoops})
        for (const Finding& f : *loops)
            if (f.node < graph.nodes.size()) graph.nodes[f.node].endlessLoop = f.guarantee;

    std::vector<std::optional<Guarantee>> neverOpen(scenario.choices.size());
    for (const NeverItem& item : report.neverOpenChoices)
        if (item.index < neverOpen.size()) neverOpen[item.index] = item.guarantee;

    std::vector<Edge> out;
    for (NodeIndex i = 0; i < scenario.nodes.size(); ++i) {
        successors(scenario, i, out);
        for (const Edge& e : out) {
            GraphEdge g;
            g.from = i;
            g.to = e.to;
            g.choice = e.choice;
            g.branch = e.branch;
            g.inLoop = components.of[i] == components.of[e.to] && components.cyclic[components.of[i]];
            if (e.choice != kNone) {
                g.label = scenario.choices[e.choice].id;
                g.neverOpen = neverOpen[e.choice];
                if (g.neverOpen) ++graph.nodes[i].neverOpenChoices;
            } else if (e.branch != kNone) {
                g.label = branchLabel(scenario.nodes[i], e.branch, lang);
            }
            graph.edges.push_back(std::move(g));
        }
    }
    return graph;
}

} // namespace rapport
