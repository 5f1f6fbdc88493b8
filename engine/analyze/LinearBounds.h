#pragma once
// Bounds on the result that keep the choices of one playthrough together. The per-dimension
// transforms (Bounds.cpp) take each dimension's best branch alone, so over twenty decisions that
// favour different dimensions they add up every dimension's best. Here a weighted sum of all
// dimensions is followed along each way to an ending instead: the largest (smallest) sum any way
// from a node can add is one number per node and weighting, from a backward fixpoint over the node
// graph, and the weightings are chosen so that they bound the result. Internal to the analyzer.

#include "analyze/Domain.h"

#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <cstdint>
#include <vector>

namespace rapport::detail {

struct Deadline;

/// A way from the decision at `from` (its effects applied) to `to` (its effects applied): per
/// persona dimension, the most (`up`) and the least (`low`) it can change a value by, in hundredths.
struct LinearEdge {
    NodeIndex from = kNone;
    NodeIndex to = kNone;
    bool counted = false; ///< taken at most once in a playthrough (leads to the layer below)
    std::vector<std::int64_t> up, low;
};

class LinearBounds {
public:
    /// `layers`: the number of counted choices + 1 (the fixpoint's layers, as in ResultBounds);
    /// `start`: the state play starts in, where the weightings are chosen to be tight.
    LinearBounds(const Scenario& scenario, std::vector<LinearEdge> edges, const std::vector<bool>& nodeReached,
                 std::size_t layers, const State& start, const Deadline& deadline);

    [[nodiscard]] bool usable() const { return m_usable; }
    /// The highest (maximise) or lowest result any playthrough from this state can end with;
    /// `closedCounted`: how many counted choices can no longer be taken from it.
    [[nodiscard]] std::int64_t bound(const State& state, std::size_t closedCounted, bool maximise) const;
    /// How many weighted sums bound the result from above and from below.
    [[nodiscard]] std::size_t upperSums() const { return m_upper.size(); }
    [[nodiscard]] std::size_t lowerSums() const { return m_lower.size(); }

private:
    /// c·v + constant bounds 12·W times the result from above (upper) or, summed over the
    /// personas with the smallest per persona, from below; `after` holds per layer kept and node
    /// the most (least) c·Δ any way to an ending adds.
    struct Sum {
        std::vector<std::int64_t> coef; // per persona dimension
        std::int64_t constant = 0;
        std::size_t persona = 0;        // the lower bounds: whose dimensions it weighs
        std::vector<std::int64_t> after;
    };

    bool solve(Sum& sum, bool upper, const Deadline& deadline);
    /// The relaxed final values along the way `sum` takes from the start (no clamps), or empty.
    [[nodiscard]] std::vector<std::int64_t> wayOf(const Sum& sum, bool upper) const;
    [[nodiscard]] std::int64_t afterAt(const Sum& sum, std::size_t layer, NodeIndex node) const;
    [[nodiscard]] std::int64_t valueOf(const Sum& sum, const State& state, std::size_t layer, bool upper) const;

    const Scenario& m_s;
    std::vector<LinearEdge> m_edges;
    std::vector<std::vector<std::size_t>> m_out; // per node: its edges
    std::vector<bool> m_reached;
    bool m_usable = false;
    std::size_t m_nodes = 0, m_width = 0, m_layers = 1;
    std::int64_t m_weights = 0;             // the personas' weights summed
    State m_start;
    std::vector<Sum> m_upper;               // each bounds the result alone
    std::vector<std::vector<Sum>> m_lower;  // each set: per persona that counts, six sums (one per weakest dimension)
};

} // namespace rapport::detail
