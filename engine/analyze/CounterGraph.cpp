// The node graph with a little of the control state folded in (CounterGraph.h).

#include "analyze/CounterGraph.h"

#include "analyze/Domain.h"

#include "rapport/core/ScenarioGraph.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace rapport::detail {
namespace {

constexpr std::int64_t kMaxValuesFolded = 8; // a variable with more values is not folded in

void termsRead(const Scenario& s, ExprId e, std::vector<FoldedTerm>& out, int depth = 0) {
    if (e == kNoExpr || e >= s.expressions.size() || depth > 64) return;
    const ExprNode& n = s.expressions[e];
    switch (n.op) {
    case ExprOp::Variable: out.push_back({FoldedTerm::Kind::Variable, n.a}); return;
    case ExprOp::Known: out.push_back({FoldedTerm::Kind::Fact, n.a}); return;
    case ExprOp::Visited:
    case ExprOp::Chose:
        if (n.b != kNone) out.push_back({FoldedTerm::Kind::Slot, n.b});
        return;
    case ExprOp::Neg:
    case ExprOp::Not: termsRead(s, n.a, out, depth + 1); return;
    case ExprOp::Add: case ExprOp::Sub: case ExprOp::Mul: case ExprOp::Div: case ExprOp::Mod:
    case ExprOp::Eq: case ExprOp::Ne: case ExprOp::Lt: case ExprOp::Le: case ExprOp::Gt: case ExprOp::Ge:
    case ExprOp::And: case ExprOp::Or:
        termsRead(s, n.a, out, depth + 1);
        termsRead(s, n.b, out, depth + 1);
        return;
    default: return;
    }
}

/// Narrows `st` to one value of a term; false when the abstract state rules it out.
bool narrow(AbsState& st, const FoldedTerm& t, std::int64_t value) {
    switch (t.kind) {
    case FoldedTerm::Kind::Variable: {
        Iv& iv = st.vars[t.index];
        if (value < iv.lo || value > iv.hi) return false;
        iv = {value, value};
        return true;
    }
    case FoldedTerm::Kind::Fact:
    case FoldedTerm::Kind::Slot: {
        std::uint8_t& tri = (t.kind == FoldedTerm::Kind::Fact ? st.facts : st.tracking)[t.index];
        const std::uint8_t want = value != 0 ? kYes : kNo;
        if (!(tri & want)) return false;
        tri = want;
        return true;
    }
    }
    return false;
}

/// The values a term may hold in `st`, within its folded range.
std::pair<std::int64_t, std::int64_t> valuesOf(const AbsState& st, const FoldedTerm& t) {
    if (t.kind == FoldedTerm::Kind::Variable) {
        const Iv iv = st.vars[t.index];
        return {std::max(iv.lo, t.lo), std::min(iv.hi, t.lo + t.size - 1)};
    }
    const std::uint8_t tri = (t.kind == FoldedTerm::Kind::Fact ? st.facts : st.tracking)[t.index];
    return {(tri & kNo) ? 0 : 1, (tri & kYes) ? 1 : 0};
}

} // namespace

std::size_t FoldedTerms::combo(const State& state) const {
    std::size_t index = 0;
    for (std::size_t i = terms.size(); i-- > 0;) {
        const FoldedTerm& t = terms[i];
        std::int64_t v = 0;
        switch (t.kind) {
        case FoldedTerm::Kind::Variable:
            if (t.index >= state.vars.size()) return SIZE_MAX;
            v = state.vars[t.index] - t.lo;
            break;
        case FoldedTerm::Kind::Fact: v = state.knows(t.index) ? 1 : 0; break;
        case FoldedTerm::Kind::Slot: v = state.tracked(t.index) ? 1 : 0; break;
        }
        if (v < 0 || v >= t.size) return SIZE_MAX;
        index = index * static_cast<std::size_t>(t.size) + static_cast<std::size_t>(v);
    }
    return index;
}

std::size_t FoldedTerms::place(const State& state) const {
    if (state.node >= first.size()) return SIZE_MAX;
    if (!onCycle[state.node]) return first[state.node];
    const std::size_t k = combo(state);
    return k == SIZE_MAX ? SIZE_MAX : first[state.node] + k;
}

void FoldedTerms::layOut(std::size_t nodes) {
    onCycle.resize(nodes, false);
    first.assign(nodes, 0);
    nodeOf.clear();
    for (NodeIndex n = 0; n < nodes; ++n) {
        first[n] = nodeOf.size();
        nodeOf.insert(nodeOf.end(), onCycle[n] ? combos : 1, n);
    }
}

FoldedTerms chooseFoldedTerms(const Scenario& s, const AbstractResult& abs, const std::vector<ExprId>& counted,
                              std::size_t maxPlaces) {
    FoldedTerms out;
    const std::size_t nodes = s.nodes.size();
    out.layOut(nodes);
    if (!abs.complete || abs.edges.size() != nodes || abs.atNode.size() != nodes || nodes == 0) return out;
    std::vector<std::vector<NodeIndex>> succ(nodes);
    for (NodeIndex n = 0; n < nodes; ++n)
        for (const auto& edge : abs.edges[n]) succ[n].push_back(edge.first);
    const std::vector<std::uint32_t> comp = strongComponents(succ);
    std::vector<std::size_t> compSize(nodes + 1, 0);
    for (NodeIndex n = 0; n < nodes; ++n) ++compSize[comp[n]];
    std::size_t cyclic = 0;
    for (NodeIndex n = 0; n < nodes; ++n) cyclic += compSize[comp[n]] > 1 ? 1u : 0u;
    // What the choices and branches inside a cycle read, in this order (each in file order): the
    // visited() flags (branches on them route a playthrough round a cycle or out of it), the
    // counters, the flags that close a counted edge (counting allows the same edge again), then
    // every other flag.
    std::vector<FoldedTerm> read, byChoices, closing;
    for (const ExprId e : counted) termsRead(s, e, closing);
    auto isClosing = [&closing](const FoldedTerm& t) {
        return std::any_of(closing.begin(), closing.end(), [&](const FoldedTerm& c) { return c.kind == t.kind && c.index == t.index; });
    };
    for (NodeIndex n = 0; n < nodes; ++n) {
        for (const auto& [to, via] : abs.edges[n])
            if (via != kNone && comp[n] == comp[to] && compSize[comp[n]] > 1) termsRead(s, s.choices[via].condition, byChoices);
        if (s.nodes[n].kind == NodeKind::Branch && compSize[comp[n]] > 1)
            for (const Branch& b : s.nodes[n].branches) termsRead(s, b.condition, read);
    }
    std::vector<bool> nodeSlot(s.trackingSlots, false); // the slots visited() reads, not chose()
    for (const Node& n : s.nodes)
        if (n.trackingSlot < nodeSlot.size()) nodeSlot[n.trackingSlot] = true;
    read.insert(read.end(), byChoices.begin(), byChoices.end());
    read.insert(read.end(), closing.begin(), closing.end());
    std::vector<std::pair<int, FoldedTerm>> ranked;
    for (const FoldedTerm& t : read) {
        const bool visited = t.kind == FoldedTerm::Kind::Slot && t.index < nodeSlot.size() && nodeSlot[t.index];
        ranked.emplace_back(visited ? 0 : t.kind == FoldedTerm::Kind::Variable ? 1 : isClosing(t) ? 2 : 3, t);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& entry : ranked) {
        FoldedTerm t = entry.second;
        const bool known = std::any_of(out.terms.begin(), out.terms.end(),
                                       [&](const FoldedTerm& o) { return o.kind == t.kind && o.index == t.index; });
        if (known) continue;
        if (t.kind == FoldedTerm::Kind::Variable) {
            std::int64_t lo = kMaxValue, hi = kMinValue;
            for (NodeIndex n = 0; n < nodes; ++n) {
                const AbsState& st = abs.atNode[n];
                if (!abs.nodeReached[n] || !st.live || t.index >= st.vars.size()) continue;
                lo = std::min(lo, st.vars[t.index].lo);
                hi = std::max(hi, st.vars[t.index].hi);
            }
            if (lo > hi || lo < -1000000 || hi > 1000000 || hi - lo + 1 > kMaxValuesFolded) continue;
            t.lo = lo;
            t.size = hi - lo + 1;
        } else {
            const std::size_t count = t.kind == FoldedTerm::Kind::Fact ? s.facts.size() : s.trackingSlots;
            if (t.index >= count) continue;
            t.lo = 0;
            t.size = 2;
        }
        if (nodes + cyclic * (out.combos * static_cast<std::size_t>(t.size) - 1) > maxPlaces) continue;
        out.terms.push_back(t);
        out.combos *= static_cast<std::size_t>(t.size);
    }
    if (out.terms.empty()) return out;
    for (NodeIndex n = 0; n < nodes; ++n) out.onCycle[n] = compSize[comp[n]] > 1;
    out.layOut(nodes);
    return out;
}

bool foldsAll(const Scenario& s, const FoldedTerms& folded, ExprId expr) {
    std::vector<FoldedTerm> read;
    termsRead(s, expr, read);
    if (read.empty()) return false;
    for (const FoldedTerm& t : read)
        if (t.kind == FoldedTerm::Kind::Variable ||
            !std::any_of(folded.terms.begin(), folded.terms.end(), [&](const FoldedTerm& f) { return f.kind == t.kind && f.index == t.index; }))
            return false;
    return true;
}

std::vector<LinearEdge> foldedEdges(const Scenario& s, const AbstractResult& abs, const Domain& dom,
                                    const FoldedTerms& folded, const std::vector<LinearEdge>& nodeEdges,
                                    const std::vector<ChoiceIndex>& via) {
    std::map<std::tuple<NodeIndex, NodeIndex, ChoiceIndex>, std::size_t> edgeOf;
    for (std::size_t e = 0; e < nodeEdges.size(); ++e) edgeOf.emplace(std::make_tuple(nodeEdges[e].from, nodeEdges[e].to, via[e]), e);
    std::vector<LinearEdge> out;
    std::vector<Edge> next;
    for (NodeIndex n = 0; n < s.nodes.size(); ++n) {
        if (!abs.nodeReached[n] || !abs.atNode[n].live || s.nodes[n].kind == NodeKind::Ending) continue;
        rapport::successors(s, n, next);
        const std::size_t combos = folded.onCycle[n] ? folded.combos : 1;
        for (std::size_t k = 0; k < combos; ++k) {
            // The abstract state at the node, narrowed to this combination (on a cycle).
            AbsState st = abs.atNode[n];
            bool possible = true;
            std::size_t rest = k;
            for (const FoldedTerm& t : folded.terms) {
                if (!folded.onCycle[n]) break;
                possible = possible && narrow(st, t, t.lo + static_cast<std::int64_t>(rest % static_cast<std::size_t>(t.size)));
                rest /= static_cast<std::size_t>(t.size);
            }
            if (!possible) continue;
            auto arrive = [&](AbsState t, NodeIndex to, ChoiceIndex by) {
                const auto found = edgeOf.find(std::make_tuple(n, to, by));
                if (found == edgeOf.end() || !t.live) return; // the abstract layer rules the step out
                const Node& target = s.nodes[to];
                if (target.trackingSlot != kNone) t.tracking[target.trackingSlot] = kYes;
                dom.applyEffects(t, target.effects);
                if (!t.live) return;
                std::vector<std::size_t> places{0};
                std::size_t stride = 1;
                for (const FoldedTerm& term : folded.terms) {
                    if (!folded.onCycle[to]) break;
                    const auto [lo, hi] = valuesOf(t, term);
                    std::vector<std::size_t> grown;
                    for (std::size_t base : places)
                        for (std::int64_t v = lo; v <= hi; ++v) grown.push_back(base + stride * static_cast<std::size_t>(v - term.lo));
                    places = std::move(grown);
                    stride *= static_cast<std::size_t>(term.size);
                }
                for (std::size_t k2 : places) {
                    LinearEdge copy = nodeEdges[found->second];
                    copy.from = static_cast<NodeIndex>(folded.first[n] + k);
                    copy.to = static_cast<NodeIndex>(folded.first[to] + k2);
                    out.push_back(std::move(copy));
                }
            };
            // As the abstract layer steps (Abstract.cpp): choices open, the first branch that holds.
            AbsState remaining = st;
            for (const Edge& e : next) {
                if (e.choice != kNone) {
                    AbsState t = st;
                    if (!dom.refineOpen(t, s.choices[e.choice])) continue;
                    dom.applyChoice(t, s.choices[e.choice]);
                    arrive(std::move(t), e.to, e.choice);
                } else if (s.nodes[n].kind == NodeKind::Branch) {
                    const Branch& b = s.nodes[n].branches[e.branch];
                    if (b.condition == kNoExpr) {
                        arrive(remaining, e.to, kNone);
                        break;
                    }
                    AbsState t = remaining;
                    if (dom.refine(t, b.condition, true)) arrive(std::move(t), e.to, kNone);
                    if (!dom.refine(remaining, b.condition, false)) break;
                } else {
                    arrive(st, e.to, kNone);
                }
            }
        }
    }
    return out;
}

} // namespace rapport::detail
