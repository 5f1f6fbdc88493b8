// The edges of the node graph a playthrough takes at most once, for the bounds' layers
// (ResultBounds): choices and branches on a cycle that close for good once taken.

#include "analyze/Detail.h"

#include "rapport/core/ScenarioGraph.h"

#include <algorithm>

namespace rapport::detail {
namespace {

// The conjunct of choice `ci`'s condition that makes it be taken at most once in a playthrough
// (kNoExpr: none): a top-level conjunct that turns false for good when it is taken (`not chose(itself)`: the choice is tracked;
// `not visited(its next node)`: entered at once; `not known(F)` with F among what it reveals:
// facts are never forgotten in play).
ExprId onceGuard(const Scenario& s, ChoiceIndex ci, ExprId expr, int depth = 0) {
    if (expr == kNoExpr || expr >= s.expressions.size() || depth > 64) return kNoExpr;
    const ExprNode& e = s.expressions[expr];
    if (e.op == ExprOp::And) {
        const ExprId left = onceGuard(s, ci, e.a, depth + 1);
        return left != kNoExpr ? left : onceGuard(s, ci, e.b, depth + 1);
    }
    if (e.op != ExprOp::Not || e.a >= s.expressions.size()) return kNoExpr;
    const Choice& c = s.choices[ci];
    const ExprNode& inner = s.expressions[e.a];
    const bool once = (inner.op == ExprOp::Chose && inner.a == ci) || (inner.op == ExprOp::Visited && inner.a == c.next) ||
                      (inner.op == ExprOp::Known && std::find(c.reveals.begin(), c.reveals.end(), inner.a) != c.reveals.end());
    return once ? expr : kNoExpr;
}

void flatten(const Scenario& s, ExprId expr, ExprOp op, std::vector<ExprId>& out, int depth = 0) {
    if (expr == kNoExpr || expr >= s.expressions.size() || depth > 64) return;
    const ExprNode& e = s.expressions[expr];
    if (e.op == op) {
        flatten(s, e.a, op, out, depth + 1);
        flatten(s, e.b, op, out, depth + 1);
    } else {
        out.push_back(expr);
    }
}

/// Whether every way from `to` back to `from` within the component passes a node of `nodes` or a
/// choice of `choices`: then the edge from `from` to `to` closes on the way round.
bool cutsEveryCycle(const Scenario& s, const AbstractResult& abs, const std::vector<std::uint32_t>& comp, NodeIndex from,
                    NodeIndex to, const std::vector<NodeIndex>& nodes, const std::vector<ChoiceIndex>& choices) {
    auto listed = [](const auto& list, auto v) { return std::find(list.begin(), list.end(), v) != list.end(); };
    if (listed(nodes, to)) return true;
    std::vector<bool> seen(s.nodes.size(), false);
    std::vector<NodeIndex> work{to};
    seen[to] = true;
    while (!work.empty()) {
        const NodeIndex n = work.back();
        work.pop_back();
        if (n == from) return false;
        for (const auto& [next, via] : abs.edges[n]) {
            if (comp[next] != comp[from] || seen[next] || listed(nodes, next) || (via != kNone && listed(choices, via))) continue;
            seen[next] = true;
            work.push_back(next);
        }
    }
    return true;
}

} // namespace

// Per edge of the node graph on a cycle (both ends in one strongly connected component) that is
// taken at most once in a playthrough: what closes it (ResultBounds::Guard); an empty guard
// otherwise. Only these need counting: a path uses any other edge that leaves its component at
// most once anyway. An edge closes for good
// - when a choice's own conjunct says so (onceGuard);
// - when its condition holds only while `not visited(X)` or `not chose(C)` (a top-level
//   conjunct), or, for a branch, while an earlier branch's `visited(X)` or `chose(C)` (a top-level
//   disjunct) is false, and every way back round to it passes such an X or C: flags are never
//   unset in play.
std::vector<std::vector<ResultBounds::Guard>> edgesToCount(const Scenario& s, const AbstractResult& abs) {
    const std::size_t nodes = s.nodes.size();
    std::vector<std::vector<NodeIndex>> out(nodes);
    for (NodeIndex n = 0; n < nodes; ++n)
        for (const auto& edge : abs.edges[n]) out[n].push_back(edge.first);
    const std::vector<std::uint32_t> comp = strongComponents(out);
    std::vector<std::vector<ResultBounds::Guard>> guards(nodes);
    for (NodeIndex n = 0; n < nodes; ++n) {
        guards[n].resize(abs.edges[n].size());
        const Node& node = s.nodes[n];
        for (std::size_t k = 0; k < abs.edges[n].size(); ++k) {
            const auto [to, via] = abs.edges[n][k];
            if (comp[n] != comp[to]) continue;
            ResultBounds::Guard& guard = guards[n][k];
            if (via != kNone) {
                const ExprId once = onceGuard(s, via, s.choices[via].condition);
                if (once != kNoExpr) {
                    guard.closers.push_back({once, false});
                    continue;
                }
            }
            // What must be false for the edge to be open, and the flag that makes it true.
            std::vector<ResultBounds::Closer> closers;
            std::vector<NodeIndex> flagNodes;
            std::vector<ChoiceIndex> flagChoices;
            auto flagOf = [&](ExprId id) { // a flag that, once set, keeps the edge closed
                const ExprNode& e = s.expressions[id];
                if (e.op == ExprOp::Visited) flagNodes.push_back(e.a);
                else if (e.op == ExprOp::Chose) flagChoices.push_back(e.a);
                else return;
                closers.push_back({id, true});
            };
            std::vector<ExprId> terms;
            ExprId own = kNoExpr;
            std::size_t branch = SIZE_MAX;
            if (via != kNone) {
                own = s.choices[via].condition;
            } else if (node.kind == NodeKind::Branch) {
                std::size_t leading = 0;
                for (std::size_t i = 0; i < node.branches.size(); ++i)
                    if (node.branches[i].next == to) {
                        if (branch == SIZE_MAX) branch = i;
                        ++leading;
                    }
                if (leading != 1) continue; // taken by either of two branches: left uncounted
                own = node.branches[branch].condition;
            } else {
                continue;
            }
            flatten(s, own, ExprOp::And, terms);
            for (ExprId t : terms) {
                const ExprNode& e = s.expressions[t];
                if (e.op == ExprOp::Not && e.a < s.expressions.size()) flagOf(e.a); // `not visited(X)`
            }
            for (std::size_t j = 0; branch != SIZE_MAX && j < branch; ++j) {
                terms.clear();
                flatten(s, node.branches[j].condition, ExprOp::Or, terms);
                for (ExprId t : terms) flagOf(t); // an earlier branch's `visited(X)`: taken instead
            }
            if (!closers.empty() && cutsEveryCycle(s, abs, comp, n, to, flagNodes, flagChoices)) guard.closers = std::move(closers);
        }
    }
    return guards;
}

} // namespace rapport::detail
