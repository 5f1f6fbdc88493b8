#pragma once
// The node graph as an author reads the file: where play can go from a node, whatever the state.
// The loader's reachability check, the analyzer and the graph view all walk it through here
// (as Ren'Py's linter and runtime share get_reachable).

#include "rapport/core/Scenario.h"

#include <vector>

namespace rapport {

/// One way play can leave a node.
struct Edge {
    NodeIndex to = kNone;
    ChoiceIndex choice = kNone;   ///< the choice taken (decisions); kNone otherwise
    std::uint32_t branch = kNone; ///< the branch or outcome (branch and chance nodes); kNone otherwise
};

/// The static successors of a node in file order: `next` of a narration or line, each choice of a
/// decision, each branch or outcome (a 0 % outcome too). Targets that are not nodes are left out.
/// `out` is cleared first.
void successors(const Scenario& scenario, NodeIndex node, std::vector<Edge>& out);

/// Whether play passes the node without waiting for the player (narration, line, branch, chance).
[[nodiscard]] bool passesThrough(const Node& node);

/// Every node the static successors lead to from `from` (itself first), in the order found. With
/// `throughOnly`, only the successors of nodes that pass through are followed (what play may pass
/// on its way to the next decision or ending).
[[nodiscard]] std::vector<NodeIndex> reachableNodes(const Scenario& scenario, NodeIndex from, bool throughOnly = false);

/// The same as a flag per node.
[[nodiscard]] std::vector<bool> reachableFrom(const Scenario& scenario, NodeIndex from, bool throughOnly = false);

/// The strongly connected components of a graph given as each node's successors: the component
/// of every node (0, 1, … in the order Tarjan's algorithm closes them; a node on no cycle is a
/// component of its own). Iterative, so a long chain cannot exhaust the stack.
[[nodiscard]] std::vector<std::uint32_t> strongComponents(const std::vector<std::vector<NodeIndex>>& successorsOf);

} // namespace rapport
