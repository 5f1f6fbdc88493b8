// Linear bounds on the result (LinearBounds.h).
//
// A persona's quality q = m - floor((m - weakest) / 2) with m = floor(sum / 6), in hundredths, so
//   12 q <= sum + 6 weakest + 6   and   12 q >= sum + 6 weakest - 5.
// Above: a value ends at most at min(100, x), x its value now plus the most each step of the way
// can add. The right-hand side over min(100, x) is concave in x, so each of its tangent planes lies
// above it everywhere: c·x + constant, with c >= 0, bounds 12 W times the result, and c·x grows
// along a way by the sum of c·(the steps' most). The planes are taken where the best ways end
// (Frank-Wolfe steps towards the best point of their convex hull), so that together they come
// close to the largest result over that hull; the per-dimension transforms take the box around it.
// Below: for each persona and each dimension taken as the weakest, sum + 6 · that dimension is a
// weighted sum whose smallest value over the ways is a number per node; a dimension whose value
// would fall below 0 counts with weight 0 instead (a value never falls below 0).

#include "analyze/LinearBounds.h"

#include "analyze/Detail.h"

#include "rapport/core/ScenarioGraph.h"

#include <algorithm>
#include <array>

namespace rapport::detail {
namespace {

constexpr std::size_t kUpperSteps = 24;                   // tangent planes above from the start, at most
constexpr std::size_t kSeedSteps = 4;                     // ... from each state given
constexpr std::size_t kLowerRounds = 4;                   // weightings per persona and weakest dimension below
constexpr std::size_t kMaxLayerCells = std::size_t{1} << 19; // layers * nodes kept per sum, else one layer
constexpr std::size_t kMaxBytes = std::size_t{96} << 20;      // every sum's values together, at most
constexpr int kRoundsBeforeCap = 64;
constexpr std::int64_t kCap = INT64_MAX / 8;   // a cycle that kept raising: no bound
constexpr std::int64_t kUnset = INT64_MIN / 4; // no ending follows (above; negated below)
constexpr std::int64_t kTop = 100 * kScale;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

} // namespace

LinearBounds::LinearBounds(const Scenario& scenario, std::vector<LinearEdge> edges, const std::vector<bool>& nodeReached,
                           std::size_t layers, FoldedTerms folded, const State& start,
                           const std::vector<std::pair<State, std::size_t>>& seeds, const Deadline& deadline)
    : m_s(scenario), m_edges(std::move(edges)), m_folded(std::move(folded)),
      m_nodes(m_folded.nodeOf.size()), m_width(scenario.personas.size() * kDimensionCount),
      m_layers(std::max<std::size_t>(layers, 1)) {
    for (const Persona& p : scenario.personas) m_weights += p.weight;
    if (m_weights <= 0 || m_nodes == 0 || placeOf(start) >= m_nodes || start.personas.size() != scenario.personas.size()) return;
    m_reached.assign(m_nodes, false);
    for (std::size_t place = 0; place < m_nodes; ++place) m_reached[place] = nodeReached[m_folded.nodeOf[place]];
    std::size_t counting = 0;
    for (const Persona& p : scenario.personas) counting += p.weight > 0 ? 1u : 0u;
    m_lowerCount = counting * kDimensionCount;
    // Too many layers to keep (in cells, or in memory with the sums below and a few planes):
    // every counted edge as any other.
    if (m_layers * m_nodes > kMaxLayerCells || (m_lowerCount + 4) * sumBytes() > kMaxBytes) {
        m_layers = 1;
        for (LinearEdge& e : m_edges) e.counted = false;
    }
    if ((m_lowerCount + 4) * sumBytes() > kMaxBytes) return;
    m_out.assign(m_nodes, {});
    for (std::size_t e = 0; e < m_edges.size(); ++e) m_out[m_edges[e].from].push_back(e);
    // Within a layer the fixpoint settles one strongly connected part of the graph at a time, the
    // parts nothing follows first (Tarjan closes them in that order), so a part without a cycle
    // takes one visit per place.
    std::vector<std::vector<NodeIndex>> within(m_nodes);
    for (const LinearEdge& e : m_edges)
        if (!e.counted) within[e.from].push_back(e.to);
    const std::vector<std::uint32_t> part = strongComponents(within);
    std::uint32_t parts = 0;
    for (std::uint32_t p : part) parts = std::max(parts, p + 1);
    m_parts.assign(parts, {});
    for (std::size_t place = 0; place < m_nodes; ++place) m_parts[part[place]].push_back(place);

    // Above: tangent planes where the ways they favour end, from the start (more from the states
    // given, at the end).
    if (!addPlanes(start, 0, kUpperSteps, deadline)) return;

    // Below: per persona that counts and weakest dimension, sum + 6 · weakest; a dimension the
    // way to the smallest sum takes below 0 counts 0 in the next round.
    std::vector<std::int64_t> startValues(m_width);
    valuesOf(start, false, startValues.data());
    const std::size_t startPlace = placeOf(start);
    for (std::size_t p = 0; p < scenario.personas.size(); ++p) {
        const std::int64_t w = scenario.personas[p].weight;
        if (w <= 0) continue;
        std::vector<Sum> perWeakest;
        for (std::size_t weakest = 0; weakest < kDimensionCount; ++weakest) {
            std::array<std::int64_t, kDimensionCount> counts{1, 1, 1, 1, 1, 1};
            Sum best;
            std::int64_t bestAtStart = 0;
            for (std::size_t round = 0; round < kLowerRounds; ++round) {
                Sum sum;
                sum.coef.assign(m_width, 0);
                for (std::size_t d = 0; d < kDimensionCount; ++d)
                    sum.coef[p * kDimensionCount + d] = w * counts[d] * (d == weakest ? 7 : 1);
                sum.from = p * kDimensionCount;
                sum.to = sum.from + kDimensionCount;
                sum.constant = -5 * w;
                if (!solve(sum, false, deadline)) return;
                const std::int64_t atStart = valueAt(sum, startValues.data(), m_layers - 1, startPlace);
                if (round == 0 || atStart > bestAtStart) {
                    bestAtStart = atStart;
                    best = sum;
                }
                const std::vector<std::int64_t> end = wayOf(sum, false, start, 0);
                bool changed = false;
                for (std::size_t d = 0; d < kDimensionCount && !end.empty(); ++d)
                    if (end[p * kDimensionCount + d] < 0 && counts[d] != 0) {
                        counts[d] = 0;
                        changed = true;
                    }
                if (!changed) break;
            }
            perWeakest.push_back(std::move(best));
        }
        m_lower.push_back(std::move(perWeakest));
    }
    m_usable = true;
    // More planes from the states given (the best playthrough known passes through them), while
    // there is time and memory, so that states deep in the scenario find planes tight for them
    // too: each plane is sound alone.
    for (const auto& [seed, closed] : seeds)
        if (!addPlanes(seed, closed, kSeedSteps, deadline)) break;
}

bool LinearBounds::addPlanes(const State& from, std::size_t closed, std::size_t steps, const Deadline& deadline) {
    if (placeOf(from) >= m_nodes || from.personas.size() != m_s.personas.size()) return true;
    std::vector<std::int64_t> point(m_width);
    for (std::size_t i = 0; i < m_width; ++i) point[i] = from.personas[i / kDimensionCount].dims[i % kDimensionCount];
    for (std::size_t k = 0; k < steps; ++k) {
        Sum plane;
        plane.coef.assign(m_width, 0);
        for (std::size_t p = 0; p < m_s.personas.size(); ++p) {
            const std::int64_t w = m_s.personas[p].weight;
            if (w <= 0) continue;
            const std::int64_t* x = &point[p * kDimensionCount];
            std::size_t weakest = 0;
            std::int64_t bracket = 6;
            for (std::size_t d = 0; d < kDimensionCount; ++d) {
                bracket += std::min(x[d], kTop);
                if (std::min(x[d], kTop) < std::min(x[weakest], kTop)) weakest = d;
            }
            bracket += 6 * std::min(x[weakest], kTop);
            for (std::size_t d = 0; d < kDimensionCount; ++d) {
                const std::int64_t slope = x[d] < kTop ? 1 : 0; // min(x, 100) rises until 100
                plane.coef[p * kDimensionCount + d] = w * slope * (d == weakest ? 7 : 1);
            }
            plane.constant += w * bracket;
            for (std::size_t d = 0; d < kDimensionCount; ++d) plane.constant -= plane.coef[p * kDimensionCount + d] * x[d];
        }
        // A plane with the same weights has the same sums after every place: the lower constant counts.
        Sum* used = nullptr;
        for (Sum& s : m_upper)
            if (s.coef == plane.coef) used = &s;
        if (used != nullptr) {
            used->constant = std::min(used->constant, plane.constant);
        } else {
            if ((m_upper.size() + m_lowerCount + 1) * sumBytes() > kMaxBytes) return true; // memory for planes spent
            if (!solve(plane, true, deadline)) return false;
            m_upper.push_back(std::move(plane));
            used = &m_upper.back();
        }
        const std::vector<std::int64_t> end = wayOf(*used, true, from, closed);
        if (end.empty()) break;
        // The first step goes to the way's end, later ones part of the way (2 / (k + 2)).
        for (std::size_t i = 0; i < m_width; ++i) point[i] = k == 0 ? end[i] : point[i] + (end[i] - point[i]) * 2 / static_cast<std::int64_t>(k + 2);
    }
    return true;
}

bool LinearBounds::solve(Sum& sum, bool upper, const Deadline& deadline) {
    // Backward fixpoint, one layer per number of counted choices allowed (as in ResultBounds).
    const std::int64_t unset = upper ? kUnset : -kUnset;
    const std::int64_t cap = upper ? kCap : -kCap;
    auto better = [upper](std::int64_t a, std::int64_t b) { return upper ? a > b : a < b; };
    std::vector<std::int64_t> step(m_edges.size());
    for (std::size_t e = 0; e < m_edges.size(); ++e) {
        const std::vector<std::int64_t>& delta = upper ? m_edges[e].up : m_edges[e].low;
        std::int64_t v = 0;
        for (std::size_t i = 0; i < m_width; ++i) v += sum.coef[i] * delta[i];
        step[e] = v;
    }
    sum.after.assign(m_layers * m_nodes, unset);
    std::size_t visits = 0;
    for (std::size_t layer = 0; layer < m_layers; ++layer) {
        std::int64_t* cur = &sum.after[layer * m_nodes];
        const std::int64_t* prev = layer > 0 ? &sum.after[(layer - 1) * m_nodes] : nullptr;
        if (prev != nullptr) std::copy(prev, prev + m_nodes, cur); // every way the layer below covers, this one covers too
        // A layer equal to the one below it is followed by equal ones: one more counted choice
        // allowed adds nothing where none did.
        if (layer >= 2 && std::equal(prev, prev + m_nodes, &sum.after[(layer - 2) * m_nodes])) continue;
        for (const std::vector<std::size_t>& members : m_parts)
        for (int round = 0;; ++round) {
            bool any = false;
            for (std::size_t n : members) {
                // A place's visit carries one number where the per-dimension fixpoint's carries 72
                // transforms: 128 count as one step of work (about 40,000 take a millisecond, measured).
                if ((++visits & 131071u) == 0 && deadline.passed(1024)) return false;
                if (!m_reached[n]) continue;
                std::int64_t next = unset;
                if (isEnding(n)) {
                    next = 0;
                } else {
                    for (std::size_t e : m_out[n]) {
                        const LinearEdge& edge = m_edges[e];
                        if (edge.counted && prev == nullptr) continue;
                        const std::int64_t after = (edge.counted ? prev : cur)[edge.to];
                        if (after == unset) continue;
                        const std::int64_t v = std::clamp(after + step[e], -kCap, kCap);
                        if (next == unset || better(v, next)) next = v;
                    }
                }
                if (next == unset || (cur[n] != unset && !better(next, cur[n]))) continue;
                cur[n] = next;
                any = true;
            }
            if (!any) break;
            if (round >= kRoundsBeforeCap) { // still rising round after round: a cycle that adds, no bound
                for (std::size_t n : members)
                    if (m_reached[n] && cur[n] != unset) cur[n] = cap;
                break;
            }
        }
    }
    return true;
}

std::size_t LinearBounds::placeOf(const State& state) const {
    return state.node >= m_s.nodes.size() ? SIZE_MAX : m_folded.place(state);
}

std::int64_t LinearBounds::afterAt(const Sum& sum, std::size_t layer, std::size_t node) const {
    return sum.after[std::min(layer, m_layers - 1) * m_nodes + node];
}

std::vector<std::int64_t> LinearBounds::wayOf(const Sum& sum, bool upper, const State& from, std::size_t closed) const {
    const std::int64_t unset = upper ? kUnset : -kUnset;
    std::vector<std::int64_t> x(m_width);
    for (std::size_t i = 0; i < m_width; ++i) x[i] = from.personas[i / kDimensionCount].dims[i % kDimensionCount];
    std::size_t n = placeOf(from);
    std::size_t layer = closed >= m_layers ? 0 : m_layers - 1 - closed;
    const std::int64_t total = afterAt(sum, layer, n);
    if (total == unset || std::abs(total) >= kCap / 2) return {};
    for (std::size_t steps = 0; steps < 4 * m_nodes + 16; ++steps) {
        if (isEnding(n)) return x;
        // The edge the fixpoint's value at this node comes from.
        const std::int64_t want = afterAt(sum, layer, n);
        std::size_t chosen = SIZE_MAX;
        for (std::size_t e : m_out[n]) {
            const LinearEdge& edge = m_edges[e];
            if (edge.counted && layer == 0) continue;
            const std::int64_t after = afterAt(sum, edge.counted ? layer - 1 : layer, edge.to);
            if (after == unset) continue;
            std::int64_t v = after;
            const std::vector<std::int64_t>& delta = upper ? edge.up : edge.low;
            for (std::size_t i = 0; i < m_width; ++i) v += sum.coef[i] * delta[i];
            if (v == want) {
                chosen = e;
                break;
            }
        }
        if (chosen == SIZE_MAX && layer > 0 && afterAt(sum, layer - 1, n) == want) { // the value came from the layer below
            --layer;
            continue;
        }
        if (chosen == SIZE_MAX) return {};
        const LinearEdge& edge = m_edges[chosen];
        for (std::size_t i = 0; i < m_width; ++i) x[i] += (upper ? edge.up : edge.low)[i];
        if (edge.counted) --layer;
        n = edge.to;
    }
    return {}; // a cycle the weights do not leave
}

void LinearBounds::valuesOf(const State& state, bool upper, std::int64_t* out) const {
    for (std::size_t i = 0; i < m_width; ++i) {
        const PersonaState& ps = state.personas[i / kDimensionCount];
        // Above, open losses may still be given back by a repair (the edges count none).
        out[i] = ps.dims[i % kDimensionCount] + (upper ? ps.openLoss[i % kDimensionCount] : 0);
    }
}

std::int64_t LinearBounds::valueAt(const Sum& sum, const std::int64_t* x, std::size_t layer, std::size_t place) const {
    const std::int64_t after = afterAt(sum, layer, place);
    if (after == kUnset || after == -kUnset || std::abs(after) >= kCap / 2) return after;
    std::int64_t v = sum.constant + after;
    for (std::size_t i = sum.from, end = std::min(sum.to, m_width); i < end; ++i) v += sum.coef[i] * x[i];
    return v;
}

std::int64_t LinearBounds::bound(const State& state, std::size_t closedCounted, bool maximise,
                                 std::optional<std::int64_t> enough) const {
    const std::int64_t none = maximise ? kTop : 0;
    const std::size_t place = m_usable ? placeOf(state) : SIZE_MAX;
    if (place >= m_nodes || state.personas.size() != m_s.personas.size()) return none;
    const std::size_t layer = closedCounted >= m_layers ? 0 : m_layers - 1 - closedCounted;
    const std::int64_t scale = 12 * m_weights;
    // The values the sums read, once for all of them (on the stack unless there are many).
    constexpr std::size_t kOnStack = 96;
    std::array<std::int64_t, kOnStack> onStack{};
    std::vector<std::int64_t> onHeap(m_width > kOnStack ? m_width : 0);
    std::int64_t* x = m_width > kOnStack ? onHeap.data() : onStack.data();
    valuesOf(state, maximise, x);
    if (maximise) {
        std::int64_t best = kUnset;
        for (const Sum& plane : m_upper) {
            const std::int64_t v = valueAt(plane, x, layer, place);
            if (v == kUnset || v >= kCap / 2) continue;
            if (best == kUnset || v < best) best = v;
            // Every plane bounds on its own: one that does not beat the result to beat settles it.
            if (enough && std::clamp<std::int64_t>(floorDiv(best, scale), 0, kTop) <= *enough) break;
        }
        return best == kUnset ? none : std::clamp<std::int64_t>(floorDiv(best, scale), 0, kTop);
    }
    // Each persona's smallest over its weakest dimensions, summed over the personas.
    std::int64_t total = 0;
    for (const std::vector<Sum>& perWeakest : m_lower) {
        std::int64_t least = -kUnset;
        for (const Sum& sum : perWeakest) {
            const std::int64_t v = valueAt(sum, x, layer, place);
            if (v == -kUnset) continue; // no ending follows for this sum: it bounds nothing
            if (v <= -kCap / 2) return none;
            least = std::min(least, v);
        }
        if (least == -kUnset) return none;
        total += least;
    }
    return std::clamp<std::int64_t>(floorDiv(total, scale), 0, kTop);
}

} // namespace rapport::detail
