#pragma once
// Where each node of the scenario graph sits when drawn: a deterministic layered layout (layers
// from the start downwards, an order within each layer that keeps arrows short), so the window
// can draw the graph without Graphviz and the same file always looks the same.

#include "rapport/report/GraphModel.h"

#include <cstdint>
#include <vector>

namespace rapport {

/// The place of every node and which edges point back up (into a loop).
struct GraphLayout {
    std::vector<std::uint32_t> layer; ///< per node of the model (in its order): 0 at the top
    std::vector<float> column;        ///< per node: position in its layer, centred on 0, 1 apart
    std::vector<bool> backEdge;       ///< per edge of the model: leads to a node drawn above or level
    std::uint32_t layers = 0;         ///< number of layers
    float halfWidth = 0;              ///< the largest |column| of any node
};

/// Lays out `graph`: layers by the longest way from the start without going round a loop, then
/// a few sweeps that order each layer by where its neighbours sit. Same model, same layout.
[[nodiscard]] GraphLayout layoutGraph(const GraphModel& graph);

} // namespace rapport
