#include "rapport/core/ScenarioGraph.h"

#include <algorithm>
#include <utility>

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

std::vector<std::uint32_t> strongComponents(const std::vector<std::vector<NodeIndex>>& successorsOf) {
    const std::size_t n = successorsOf.size();
    std::vector<std::uint32_t> component(n, kNone), index(n, kNone), low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<NodeIndex> stack;
    std::vector<std::pair<NodeIndex, std::size_t>> frames; // node, next successor to look at
    std::uint32_t counter = 0, components = 0;
    for (NodeIndex root = 0; root < n; ++root) {
        if (index[root] != kNone) continue;
        frames.push_back({root, 0});
        index[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = true;
        while (!frames.empty()) {
            const NodeIndex v = frames.back().first;
            std::size_t& next = frames.back().second;
            if (next < successorsOf[v].size()) {
                const NodeIndex w = successorsOf[v][next++];
                if (index[w] == kNone) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = true;
                    frames.push_back({w, 0});
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            frames.pop_back();
            if (!frames.empty()) low[frames.back().first] = std::min(low[frames.back().first], low[v]);
            if (low[v] != index[v]) continue;
            NodeIndex w = kNone;
            do {
                w = stack.back();
                stack.pop_back();
                onStack[w] = false;
                component[w] = components;
            } while (w != v);
            ++components;
        }
    }
    return component;
}

} // namespace rapport
