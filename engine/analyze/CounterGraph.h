#pragma once
// The node graph with a little of the control state folded in, for the linear bounds. A hub that a
// playthrough may leave and re-enter while a counter allows ("gespraeche > 0", each conversation
// lowers it), or a scene played twice until a flag is set (`visited(empfang)`), is a cycle of the
// node graph, so a bound over nodes alone adds its gains round after round. Over (node, counters,
// flags) the counter falls and the flag rises along the cycle, and the cycle is gone. Internal to
// the analyzer.

#include "analyze/Detail.h"
#include "analyze/LinearBounds.h"

#include <vector>

namespace rapport::detail {

class Domain;

/// Picks the variables, facts and visited()/chose() flags that guard choices and branches on cycles
/// of the node graph and take few values, as many as keep the graph at most `maxPlaces` places.
/// `counted`: what closes the edges ResultBounds counts in layers (folded last: a layer allows
/// any counted edge again, a folded flag does not).
[[nodiscard]] FoldedTerms chooseFoldedTerms(const Scenario& s, const AbstractResult& abs, const std::vector<ExprId>& counted,
                                            std::size_t maxPlaces);

/// Whether every flag in `expr` is folded in (then an edge it closes needs no counting).
[[nodiscard]] bool foldsAll(const Scenario& s, const FoldedTerms& folded, ExprId expr);

/// The edges of the node graph (`nodeEdges`, between nodes, taken by `via`) for every place
/// (node n with combination k is n * combos + k) the abstract layer allows, each going to every
/// combination the step and the next node's effects may leave.
[[nodiscard]] std::vector<LinearEdge> foldedEdges(const Scenario& s, const AbstractResult& abs, const Domain& dom,
                                                  const FoldedTerms& folded, const std::vector<LinearEdge>& nodeEdges,
                                                  const std::vector<ChoiceIndex>& via);

} // namespace rapport::detail
