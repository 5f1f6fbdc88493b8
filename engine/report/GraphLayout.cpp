#include "rapport/report/GraphLayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rapport {
namespace {

constexpr int kOrderingSweeps = 6; // down and up, three times each: enough for scenario-sized graphs

// The model's nodes by NodeIndex (the model lists them in file order, one per node).
std::vector<std::uint32_t> positionOfNode(const GraphModel& graph) {
    NodeIndex highest = 0;
    for (const GraphNode& n : graph.nodes) highest = std::max(highest, n.node);
    std::vector<std::uint32_t> at(graph.nodes.empty() ? 0 : highest + 1, kNone);
    for (std::uint32_t i = 0; i < graph.nodes.size(); ++i) at[graph.nodes[i].node] = i;
    return at;
}

// Edges that close a cycle in a depth-first walk from the start (then from every node not yet
// seen, in file order): without them the graph has no cycle and can be drawn top to bottom.
std::vector<bool> findBackEdges(const GraphModel& graph, const std::vector<std::vector<std::uint32_t>>& outEdges,
                                const std::vector<std::uint32_t>& to) {
    const std::size_t n = graph.nodes.size();
    enum : std::uint8_t { Unseen, Open, Done };
    std::vector<std::uint8_t> mark(n, Unseen);
    std::vector<bool> back(graph.edges.size(), false);
    std::vector<std::uint32_t> roots;
    for (std::uint32_t i = 0; i < n; ++i)
        if (graph.nodes[i].start) roots.push_back(i);
    for (std::uint32_t i = 0; i < n; ++i) roots.push_back(i);
    struct Frame {
        std::uint32_t node;
        std::size_t next;
    };
    for (std::uint32_t root : roots) {
        if (mark[root] != Unseen) continue;
        std::vector<Frame> stack{{root, 0}};
        mark[root] = Open;
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.next < outEdges[f.node].size()) {
                const std::uint32_t e = outEdges[f.node][f.next++];
                const std::uint32_t w = to[e];
                if (mark[w] == Open) back[e] = true;
                else if (mark[w] == Unseen) {
                    mark[w] = Open;
                    stack.push_back({w, 0});
                }
                continue;
            }
            mark[f.node] = Done;
            stack.pop_back();
        }
    }
    return back;
}

} // namespace

GraphLayout layoutGraph(const GraphModel& graph) {
    const std::size_t n = graph.nodes.size();
    GraphLayout layout;
    layout.layer.assign(n, 0);
    layout.column.assign(n, 0.0f);
    if (n == 0) return layout;
    const std::vector<std::uint32_t> at = positionOfNode(graph);
    std::vector<std::uint32_t> from(graph.edges.size(), kNone), to(graph.edges.size(), kNone);
    std::vector<std::vector<std::uint32_t>> outEdges(n);
    for (std::uint32_t e = 0; e < graph.edges.size(); ++e) {
        const GraphEdge& edge = graph.edges[e];
        if (edge.from >= at.size() || edge.to >= at.size() || at[edge.from] == kNone || at[edge.to] == kNone) continue;
        from[e] = at[edge.from];
        to[e] = at[edge.to];
        outEdges[from[e]].push_back(e);
    }
    layout.backEdge = findBackEdges(graph, outEdges, to);

    // Longest way down over the forward edges (Kahn's order, file order among equals).
    std::vector<std::uint32_t> incoming(n, 0);
    for (std::uint32_t e = 0; e < graph.edges.size(); ++e)
        if (from[e] != kNone && !layout.backEdge[e]) ++incoming[to[e]];
    std::vector<std::uint32_t> ready, topo;
    for (std::uint32_t i = 0; i < n; ++i)
        if (incoming[i] == 0) ready.push_back(i);
    std::reverse(ready.begin(), ready.end());
    while (!ready.empty()) {
        const std::uint32_t v = ready.back();
        ready.pop_back();
        topo.push_back(v);
        for (std::uint32_t e : outEdges[v]) {
            if (layout.backEdge[e]) continue;
            layout.layer[to[e]] = std::max(layout.layer[to[e]], layout.layer[v] + 1);
            if (--incoming[to[e]] == 0) ready.push_back(to[e]);
        }
    }
    for (std::uint32_t l : layout.layer) layout.layers = std::max(layout.layers, l + 1);

    // Order within layers: start in file order, then sweep by the mean position of neighbours
    // (above on the way down, below on the way up); ties keep their place, so it stays stable.
    std::vector<std::vector<std::uint32_t>> rows(layout.layers);
    for (std::uint32_t i = 0; i < n; ++i) rows[layout.layer[i]].push_back(i);
    std::vector<float> position(n, 0.0f);
    const auto place = [&] {
        for (const auto& row : rows)
            for (std::size_t k = 0; k < row.size(); ++k) position[row[k]] = static_cast<float>(k) - static_cast<float>(row.size() - 1) / 2.0f;
    };
    place();
    std::vector<std::vector<std::uint32_t>> above(n), below(n);
    for (std::uint32_t e = 0; e < graph.edges.size(); ++e) {
        if (from[e] == kNone || layout.backEdge[e] || from[e] == to[e]) continue;
        below[from[e]].push_back(to[e]);
        above[to[e]].push_back(from[e]);
    }
    for (int sweep = 0; sweep < kOrderingSweeps; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (std::uint32_t r = 0; r < layout.layers; ++r) {
            auto& row = rows[down ? r : layout.layers - 1 - r];
            const auto& neighbours = down ? above : below;
            std::vector<std::pair<float, std::uint32_t>> keyed;
            for (std::size_t k = 0; k < row.size(); ++k) {
                const std::uint32_t v = row[k];
                float key = position[v];
                if (!neighbours[v].empty()) {
                    float sum = 0;
                    for (std::uint32_t w : neighbours[v]) sum += position[w];
                    key = sum / static_cast<float>(neighbours[v].size());
                }
                keyed.emplace_back(key, v);
            }
            std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            for (std::size_t k = 0; k < row.size(); ++k) row[k] = keyed[k].second;
            for (std::size_t k = 0; k < row.size(); ++k) position[row[k]] = static_cast<float>(k) - static_cast<float>(row.size() - 1) / 2.0f;
        }
    }
    for (std::uint32_t i = 0; i < n; ++i) {
        layout.column[i] = position[i];
        layout.halfWidth = std::max(layout.halfWidth, std::fabs(position[i]));
    }
    return layout;
}

} // namespace rapport
