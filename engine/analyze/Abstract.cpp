// Layer 2: the abstract interpretation of a scenario. One abstract state per node (the states
// play can enter it with), computed to a fixpoint with widening; then the facts it proves.

#include "analyze/Detail.h"
#include "analyze/Domain.h"

#include "rapport/core/ScenarioGraph.h"

#include <algorithm>
#include <deque>

namespace rapport::detail {
namespace {

constexpr std::uint32_t kWidenAfter = 6; // joins at a node before its growing bounds are widened

/// The state that stands for every state: any values, any facts, any links.
AbsState topState(const Domain& dom) {
    AbsState top = dom.initial();
    for (Iv& v : top.vars) v = Iv{};
    top.time = top.budget = Iv{};
    for (auto& f : top.facts) f = kMaybe;
    for (auto& t : top.tracking) t = kMaybe;
    for (AbsPersona& p : top.personas) {
        for (Iv& d : p.dims) d = {0, 100 * kScale};
        p.pressure = {0, 100 * kScale};
        p.owed = p.encounters = Iv{};
        p.mustLinks = 0;
        p.mayLinks = ~std::uint64_t{0};
    }
    return top;
}

/// Memory one abstract state takes.
std::size_t bytesOf(const AbsState& st) {
    return sizeof(AbsState) + st.vars.size() * sizeof(Iv) + st.facts.size() + st.tracking.size() +
           st.personas.size() * sizeof(AbsPersona);
}

/// The fixpoint: `in[n]` holds every state play may enter node n with.
class Fixpoint {
public:
    Fixpoint(const Scenario& s, const Domain& dom) : m_s(s), m_dom(dom), m_in(s.nodes.size()), m_updates(s.nodes.size(), 0),
                                                     m_queued(s.nodes.size(), false) {}

    /// Every node may be entered with any state: the sound answer when the fixpoint can't finish.
    void giveUp() {
        const AbsState top = topState(m_dom);
        // Only nodes the node graph leads to from the start.
        for (AbsState& st : m_in) st.live = false;
        for (NodeIndex n : reachableNodes(m_s, m_s.start)) m_in[n] = top;
    }

    bool run(Deadline deadline, std::uint32_t& rounds) {
        m_in[m_s.start] = m_dom.initial();
        push(m_s.start);
        while (!m_work.empty()) {
            if ((rounds++ & 63u) == 0 && deadline.passed(64)) return false;
            const NodeIndex n = m_work.front();
            m_work.pop_front();
            m_queued[n] = false;
            visit(n, nullptr);
        }
        return true;
    }

    /// A node's effects applied to its entry states.
    [[nodiscard]] AbsState after(NodeIndex n) const {
        AbsState st = m_in[n];
        const Node& node = m_s.nodes[n];
        if (node.trackingSlot != kNone) st.tracking[node.trackingSlot] = kYes;
        m_dom.applyEffects(st, node.effects);
        return st;
    }

    /// Where play may go from node n, by choice or branch (for a node graph).
    void successors(NodeIndex n, std::vector<std::pair<NodeIndex, ChoiceIndex>>& out) {
        out.clear();
        visit(n, &out);
    }

    [[nodiscard]] const AbsState& in(NodeIndex n) const { return m_in[n]; }

private:
    void push(NodeIndex n) {
        if (m_queued[n]) return;
        m_queued[n] = true;
        m_work.push_back(n);
    }

    void propagate(NodeIndex to, const AbsState& st, std::vector<std::pair<NodeIndex, ChoiceIndex>>* edges, ChoiceIndex via) {
        if (to == kNone || !st.live) return;
        if (edges != nullptr) {
            edges->emplace_back(to, via);
            return;
        }
        AbsState& target = m_in[to];
        if (!target.live) {
            target = st;
            push(to);
            return;
        }
        const AbsState before = m_updates[to] >= kWidenAfter ? target : AbsState{};
        if (!Domain::join(target, st)) return;
        if (++m_updates[to] > kWidenAfter) m_dom.widen(target, before);
        push(to);
    }

    /// Processes a node: its effects, then each static successor the states can take. With
    /// `edges`, only lists them.
    void visit(NodeIndex n, std::vector<std::pair<NodeIndex, ChoiceIndex>>* edges) {
        if (!m_in[n].live) return;
        const Node& node = m_s.nodes[n];
        const AbsState st = after(n);
        std::vector<Edge> next;
        rapport::successors(m_s, n, next);
        AbsState rest = st; // at a branch node: the states no earlier branch took
        for (const Edge& e : next) {
            if (e.choice != kNone) {
                AbsState t = st;
                if (!m_dom.refineOpen(t, m_s.choices[e.choice])) continue;
                m_dom.applyChoice(t, m_s.choices[e.choice]);
                propagate(e.to, t, edges, e.choice);
            } else if (node.kind == NodeKind::Branch) {
                const Branch& b = node.branches[e.branch];
                if (b.condition == kNoExpr) {
                    propagate(e.to, rest, edges, kNone);
                    break;
                }
                AbsState t = rest;
                if (m_dom.refine(t, b.condition, true)) propagate(e.to, t, edges, kNone);
                if (!m_dom.refine(rest, b.condition, false)) break;
            } else if (node.kind == NodeKind::Chance) { // explore has none left; kept for completeness
                if (node.branches[e.branch].chance > 0) propagate(e.to, st, edges, kNone);
            } else {
                propagate(e.to, st, edges, kNone);
            }
        }
    }

    const Scenario& m_s;
    const Domain& m_dom;
    std::vector<AbsState> m_in;
    std::vector<std::uint32_t> m_updates;
    std::vector<bool> m_queued;
    std::deque<NodeIndex> m_work;
};

/// One node (the smallest) of each cycle of the given edges (iterative Tarjan).
std::vector<bool> onCycle(const std::vector<std::vector<NodeIndex>>& next) {
    const std::size_t n = next.size();
    std::vector<bool> cyclic(n, false);
    std::vector<std::uint32_t> index(n, kNone), low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<NodeIndex> stack;
    std::vector<std::pair<NodeIndex, std::size_t>> call;
    std::uint32_t counter = 0;
    for (NodeIndex root = 0; root < n; ++root) {
        if (index[root] != kNone) continue;
        auto open = [&](NodeIndex v) {
            index[v] = low[v] = counter++;
            stack.push_back(v);
            onStack[v] = true;
            call.emplace_back(v, 0);
        };
        open(root);
        while (!call.empty()) {
            const NodeIndex v = call.back().first;
            const std::size_t pos = call.back().second;
            if (pos < next[v].size()) {
                ++call.back().second;
                const NodeIndex w = next[v][pos];
                if (index[w] == kNone) open(w);
                else if (onStack[w]) low[v] = std::min(low[v], index[w]);
                continue;
            }
            if (low[v] == index[v]) {
                std::vector<NodeIndex> members;
                NodeIndex x = kNone;
                do {
                    x = stack.back();
                    stack.pop_back();
                    onStack[x] = false;
                    members.push_back(x);
                } while (x != v);
                const bool self = std::find(next[v].begin(), next[v].end(), v) != next[v].end();
                if (members.size() > 1 || self) cyclic[*std::min_element(members.begin(), members.end())] = true;
            }
            call.pop_back();
            if (!call.empty()) low[call.back().first] = std::min(low[call.back().first], low[v]);
        }
    }
    return cyclic;
}

void boundRanges(const Domain& dom, const AbsState& st, EndingRanges& r) {
    const Iv result = dom.resultBounds(st);
    r.result = ValueRange{result.lo, result.hi, true};
    r.personas.resize(st.personas.size());
    for (std::size_t p = 0; p < st.personas.size(); ++p) {
        const Iv q = dom.qualityBounds(st.personas[p]);
        r.personas[p].quality = ValueRange{q.lo, q.hi, true};
        for (std::size_t d = 0; d < kDimensionCount; ++d)
            r.personas[p].dims[d] = ValueRange{st.personas[p].dims[d].lo, st.personas[p].dims[d].hi, true};
    }
}

/// The node graph's answers, without a state per node: every node the graph leads to may be
/// reached, with any values; every choice may open, every decision may be a dead end.
template <typename AddEdge>
void graphOnly(const AnalysisModel& model, const AbsState& top, const Domain& dom, AbstractResult& r, const AddEdge& addEdge) {
    const Scenario& s = model.explore;
    std::vector<NodeIndex> todo{s.start};
    r.nodeReached[s.start] = true;
    const auto reach = [&](NodeIndex from, NodeIndex to, ChoiceIndex via) {
        if (to == kNone) return;
        addEdge(from, to, via);
        if (r.nodeReached[to]) return;
        r.nodeReached[to] = true;
        todo.push_back(to);
    };
    while (!todo.empty()) {
        const NodeIndex n = todo.back();
        todo.pop_back();
        const Node& node = s.nodes[n];
        switch (node.kind) {
        case NodeKind::Ending: boundRanges(dom, top, r.endingBound[model.endingIndex[n]]); break;
        case NodeKind::Narration:
        case NodeKind::Line: reach(n, node.next, kNone); break;
        case NodeKind::Decision:
            r.deadEndPossible[n] = true;
            for (ChoiceIndex c : node.choices) reach(n, s.choices[c].next, c);
            break;
        case NodeKind::Branch:
        case NodeKind::Chance:
            for (const Branch& b : node.branches) reach(n, b.next, kNone);
            break;
        }
    }
    r.factMayBeKnown.assign(s.facts.size(), true);
}

} // namespace

AbstractResult analyseAbstract(const AnalysisModel& model, Deadline deadline, std::size_t maxBytes) {
    const Scenario& s = model.explore;
    const std::size_t nodes = s.nodes.size();
    Domain dom(s);
    AbstractResult r;
    r.nodeReached.assign(nodes, false);
    r.choiceMayOpen.assign(s.choices.size(), false);
    r.deadEndPossible.assign(nodes, false);
    r.loopPossible.assign(nodes, false);
    r.noEndingFrom.assign(nodes, false);
    r.factMayBeKnown.assign(s.facts.size(), false);
    r.endingBound.assign(model.endings.size(), EndingRanges{});
    r.atNode.resize(nodes);
    r.edges.resize(nodes);
    std::vector<std::vector<NodeIndex>> autoNext(nodes), next(nodes), prev(nodes);
    const auto addEdge = [&](NodeIndex n, NodeIndex to, ChoiceIndex via) {
        r.edges[n].emplace_back(to, via);
        next[n].push_back(to);
        prev[to].push_back(n);
        if (via != kNone) r.choiceMayOpen[via] = true;
        const NodeKind kind = s.nodes[n].kind;
        const bool autoNode = kind == NodeKind::Narration || kind == NodeKind::Line || kind == NodeKind::Branch;
        const NodeKind toKind = s.nodes[to].kind;
        if (autoNode && toKind != NodeKind::Decision && toKind != NodeKind::Ending) autoNext[n].push_back(to);
    };
    // A state per node (twice over: the fixpoint's and the result's) must fit the memory given;
    // a scenario with thousands of variables on thousands of nodes gets the node graph's answers.
    if (nodes * bytesOf(dom.initial()) * 2 > maxBytes) {
        graphOnly(model, topState(dom), dom, r, addEdge);
    } else {
        Fixpoint fix(s, dom);
        // Unfinished, every node counts as entered with any state: the answers below stay sound,
        // they only become the static ones (what the node graph alone allows).
        r.complete = fix.run(deadline, r.rounds);
        if (!r.complete) fix.giveUp();
        std::vector<std::pair<NodeIndex, ChoiceIndex>> edges;
        for (NodeIndex n = 0; n < nodes; ++n) {
            if (!fix.in(n).live) continue;
            r.nodeReached[n] = true;
            const Node& node = s.nodes[n];
            const AbsState& st = r.atNode[n] = fix.after(n);
            for (std::size_t f = 0; f < s.facts.size(); ++f)
                if (st.facts[f] & kYes) r.factMayBeKnown[f] = true;
            fix.successors(n, edges);
            for (const auto& [to, via] : edges) addEdge(n, to, via);
            if (node.kind == NodeKind::Ending) boundRanges(dom, st, r.endingBound[model.endingIndex[n]]);
            if (node.kind == NodeKind::Decision) {
                // A dead end needs every choice closed at once: narrow by "closed" choice by choice.
                AbsState rest = st;
                bool safe = false;
                for (ChoiceIndex c : node.choices)
                    if (!dom.refineClosed(rest, s.choices[c])) {
                        safe = true;
                        break;
                    }
                r.deadEndPossible[n] = !safe;
            }
        }
    }
    r.loopPossible = onCycle(autoNext);

    // Which endings may follow a node, and bounds on their results.
    std::vector<bool> coReach(nodes, false);
    r.bestFrom.assign(nodes, 0);
    r.worstFrom.assign(nodes, 0);
    r.boundKnown.assign(nodes, false);
    std::vector<NodeIndex> order;
    for (NodeIndex e : model.endings)
        if (r.nodeReached[e]) order.push_back(e);
    for (bool maximise : {true, false}) {
        // Endings by bound, best first: the first ending whose backward search reaches a node
        // gives that node's bound, so every node is visited once.
        auto boundOf = [&](NodeIndex e) {
            const ValueRange& v = r.endingBound[model.endingIndex[e]].result;
            return maximise ? v.hi : v.lo;
        };
        std::sort(order.begin(), order.end(), [&](NodeIndex a, NodeIndex b) {
            return maximise ? boundOf(a) > boundOf(b) : boundOf(a) < boundOf(b);
        });
        std::vector<bool> seen(nodes, false);
        for (NodeIndex e : order) {
            if (seen[e]) continue;
            const std::int64_t value = boundOf(e);
            std::vector<NodeIndex> todo{e};
            seen[e] = true;
            while (!todo.empty()) {
                const NodeIndex v = todo.back();
                todo.pop_back();
                coReach[v] = true;
                r.boundKnown[v] = true;
                (maximise ? r.bestFrom : r.worstFrom)[v] = value;
                for (NodeIndex u : prev[v])
                    if (!seen[u]) {
                        seen[u] = true;
                        todo.push_back(u);
                    }
            }
        }
    }
    for (NodeIndex n = 0; n < nodes; ++n) r.noEndingFrom[n] = r.nodeReached[n] && !coReach[n];

    // An upper bound on the playthroughs: paths through the node graph, when it has no cycle on
    // the way to an ending (Kahn's order over the nodes that can still end).
    std::vector<std::uint32_t> indegree(nodes, 0);
    for (NodeIndex n = 0; n < nodes; ++n)
        if (coReach[n])
            for (NodeIndex to : next[n])
                if (coReach[to]) ++indegree[to];
    std::vector<Count> ways(nodes);
    std::vector<NodeIndex> ready;
    std::size_t ordered = 0, relevant = 0;
    for (NodeIndex n = 0; n < nodes; ++n)
        if (coReach[n]) {
            ++relevant;
            if (indegree[n] == 0) ready.push_back(n);
        }
    if (coReach[s.start]) ways[s.start].value = 1;
    Count total;
    while (!ready.empty()) {
        const NodeIndex n = ready.back();
        ready.pop_back();
        ++ordered;
        if (s.nodes[n].kind == NodeKind::Ending) total.add(ways[n]);
        for (NodeIndex to : next[n]) {
            if (!coReach[to]) continue;
            ways[to].add(ways[n]);
            if (--indegree[to] == 0) ready.push_back(to);
        }
    }
    r.playthroughBound.known = ordered == relevant;
    r.playthroughBound.guarantee = Guarantee::Proved;
    r.playthroughBound.value = total.value;
    r.playthroughBound.overflow = total.overflow;
    r.playthroughBound.unbounded = ordered != relevant; // possibly: a cycle may be left after a while
    return r;
}

} // namespace rapport::detail
