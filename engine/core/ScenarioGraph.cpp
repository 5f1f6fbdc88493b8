#include "rapport/core/ScenarioGraph.h"

namespace rapport {

void successors(const Scenario& scenario, NodeIndex node, std::vector<Edge>& out) {
    out.clear();
    const Node& n = scenario.nodes[node];
    const auto add = [&](NodeIndex to, ChoiceIndex choice, std::uint32_t branch) {
        if (to < scenario.nodes.size()) out.push_back(Edge{to, choice, branch});
    };
    switch (n.kind) {
    case NodeKind::Narration:
    case NodeKind::Line: add(n.next, kNone, kNone); break;
    case NodeKind::Decision:
        for (ChoiceIndex c : n.choices) add(scenario.choices[c].next, c, kNone);
        break;
    case NodeKind::Branch:
    case NodeKind::Chance:
        for (std::uint32_t b = 0; b < n.branches.size(); ++b) add(n.branches[b].next, kNone, b);
        break;
    case NodeKind::Ending: break;
    }
}

bool passesThrough(const Node& node) { return node.kind != NodeKind::Decision && node.kind != NodeKind::Ending; }

std::vector<NodeIndex> reachableNodes(const Scenario& scenario, NodeIndex from, bool throughOnly) {
    std::vector<NodeIndex> found;
    if (from >= scenario.nodes.size()) return found;
    std::vector<bool> seen(scenario.nodes.size(), false);
    std::vector<NodeIndex> work{from};
    seen[from] = true;
    std::vector<Edge> edges;
    while (!work.empty()) {
        const NodeIndex n = work.back();
        work.pop_back();
        found.push_back(n);
        if (throughOnly && !passesThrough(scenario.nodes[n])) continue;
        successors(scenario, n, edges);
        for (const Edge& e : edges) {
            if (seen[e.to]) continue;
            seen[e.to] = true;
            work.push_back(e.to);
        }
    }
    return found;
}

std::vector<bool> reachableFrom(const Scenario& scenario, NodeIndex from, bool throughOnly) {
    std::vector<bool> seen(scenario.nodes.size(), false);
    for (NodeIndex n : reachableNodes(scenario, from, throughOnly)) seen[n] = true;
    return seen;
}

} // namespace rapport
