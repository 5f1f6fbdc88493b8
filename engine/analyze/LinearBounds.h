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

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace rapport::detail {

struct Deadline;

/// A part of the control state folded into the graph (CounterGraph.h): a variable over the small
/// range the abstract layer allows, or a fact or a visited()/chose() flag (0 or 1).
struct FoldedTerm {
    enum class Kind : std::uint8_t { Variable, Fact, Slot };
    Kind kind = Kind::Variable;
    std::uint32_t index = 0;
    std::int64_t lo = 0, size = 1;
};

/// The places of the graph: a node on a cycle has one per combination of the terms' values, any
/// other node one.
struct FoldedTerms {
    std::vector<FoldedTerm> terms;
    std::size_t combos = 1;         ///< values of all of them together
    std::vector<bool> onCycle;      ///< per node: holds the terms (else one place)
    std::vector<std::size_t> first; ///< per node: its first place
    std::vector<NodeIndex> nodeOf;  ///< per place

    /// Where a state stands among the combinations (SIZE_MAX: outside the ranges).
    [[nodiscard]] std::size_t combo(const State& state) const;
    /// The place of a state (SIZE_MAX: outside the ranges).
    [[nodiscard]] std::size_t place(const State& state) const;
    /// Lays out the places: every node one, or `combos` where `onCycle` (empty: none).
    void layOut(std::size_t nodes);
};

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
    /// `layers`: the number of counted edges + 1 (the fixpoint's layers, as in ResultBounds);
    /// `start`: the state play starts in, where the weightings are chosen to be tight.
    /// The edges run between places (FoldedTerms).
    LinearBounds(const Scenario& scenario, std::vector<LinearEdge> edges, const std::vector<bool>& nodeReached,
                 std::size_t layers, FoldedTerms folded, const State& start,
                 const std::vector<std::pair<State, std::size_t>>& seeds, const Deadline& deadline);

    [[nodiscard]] bool usable() const { return m_usable; }
    /// The highest (maximise) or lowest result any playthrough from this state can end with;
    /// `closedCounted`: how many counted edges can no longer be taken from it.
    /// With `enough`, above: the first plane that does not beat it is taken (ResultBounds::bound).
    [[nodiscard]] std::int64_t bound(const State& state, std::size_t closedCounted, bool maximise,
                                     std::optional<std::int64_t> enough = std::nullopt) const;

private:
    /// c·v + constant bounds 12·W times the result from above (upper) or, summed over the
    /// personas with the smallest per persona, from below; `after` holds per layer kept and node
    /// the most (least) c·Δ any way to an ending adds.
    struct Sum {
        std::vector<std::int64_t> coef; // per persona dimension
        std::size_t from = 0, to = SIZE_MAX; // the coefficients outside [from, to) are 0
        std::int64_t constant = 0;
        std::vector<std::int64_t> after;
    };

    bool solve(Sum& sum, bool upper, const Deadline& deadline);
    /// Frank-Wolfe steps from a state (with `closed` counted edges no longer open): a tangent
    /// plane where the ways the last planes favour end; false when out of time.
    bool addPlanes(const State& from, std::size_t closed, std::size_t steps, const Deadline& deadline);
    /// The relaxed final values along the way `sum` takes from the start (no clamps), or empty.
    [[nodiscard]] std::vector<std::int64_t> wayOf(const Sum& sum, bool upper, const State& from, std::size_t closed) const;
    [[nodiscard]] std::int64_t afterAt(const Sum& sum, std::size_t layer, std::size_t place) const;
    /// What one sum's values take.
    [[nodiscard]] std::size_t sumBytes() const { return m_layers * m_nodes * sizeof(std::int64_t); }
    /// A state's values as the sums read them (m_width of them into `out`).
    void valuesOf(const State& state, bool upper, std::int64_t* out) const;
    /// A sum's value for a state with values `x` (valuesOf) at `place`.
    [[nodiscard]] std::int64_t valueAt(const Sum& sum, const std::int64_t* x, std::size_t layer, std::size_t place) const;
    /// Where a state stands in the graph (SIZE_MAX: outside the counters' ranges).
    [[nodiscard]] std::size_t placeOf(const State& state) const;
    [[nodiscard]] bool isEnding(std::size_t place) const { return m_s.nodes[m_folded.nodeOf[place]].kind == NodeKind::Ending; }

    const Scenario& m_s;
    std::vector<LinearEdge> m_edges;
    std::vector<std::vector<std::size_t>> m_out; // per place: its edges
    std::vector<std::vector<std::size_t>> m_parts; // the places of each strongly connected part, in the order to settle them
    std::vector<bool> m_reached;            // per place
    FoldedTerms m_folded;
    bool m_usable = false;
    std::size_t m_nodes = 0, m_width = 0, m_layers = 1;
    std::int64_t m_weights = 0;             // the personas' weights summed
    std::size_t m_lowerCount = 0;           // the sums below: six per persona that counts
    std::vector<Sum> m_upper;               // each bounds the result alone
    std::vector<std::vector<Sum>> m_lower;  // each set: per persona that counts, six sums (one per weakest dimension)
};

} // namespace rapport::detail
