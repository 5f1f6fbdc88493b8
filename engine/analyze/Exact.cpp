// Layer 1: exact exploration of every playthrough, merging identical states.

#include "analyze/Detail.h"

#include "rapport/core/ScenarioGraph.h"
#include "rapport/play/Play.h"

#include <string>

namespace rapport::detail {

void exploreExact(const AnalysisModel& model, ExactGraph& g, Deadline deadline, std::size_t maxStates,
                  std::size_t maxEdges) {
    // maxStates leaves room in the store for the successors of the last state expanded.
    const Scenario& s = model.explore;
    ChangeSink none; // no explanations: the fast path
    std::string scratch;
    State cur = initialState(s, 0);
    if (!enterNodes(s, cur, none, nullptr, Lang::En, scratch)) {
        g.loops.push_back(LoopHit{kNone, kNone, cur.node});
        g.edgeBegin.push_back(0);
        g.complete = true;
        return;
    }
    std::vector<std::uint64_t> buf(g.codec.words());
    g.codec.encode(cur, buf.data());
    g.root = g.store.insert(buf.data()).first;
    g.parent.push_back(kNone);
    g.parentChoice.push_back(kNone);
    State next = cur;
    std::vector<ChoiceIndex> open;
    std::uint64_t checkedAt = 0; // work done when the clock was last read
    while (g.expanded < g.store.size()) {
        // Checking the clock costs; every 256 states keeps the overshoot far below a millisecond,
        // and a check after much work keeps it there when states have thousands of choices.
        if ((g.expanded & 255u) == 0 && deadline.passed(256)) {
            g.outOfTime = true;
            break;
        }
        const auto id = static_cast<std::uint32_t>(g.expanded);
        g.codec.decode(g.store.at(id), cur);
        open.clear();
        if (!atEnding(s, cur)) openChoices(s, cur, open);
        // Expand a state completely or not at all: its successors and edges must all fit.
        if (!g.store.fits(open.size()) || g.store.size() >= maxStates || g.edgeTarget.size() + open.size() > maxEdges) {
            g.outOfMemory = true;
            break;
        }
        const std::size_t edgesBefore = g.edgeTarget.size();
        const std::size_t loopsBefore = g.loops.size();
        g.edgeBegin.push_back(edgesBefore);
        ++g.expanded;
        bool abandoned = false;
        for (ChoiceIndex c : open) {
            if (none.work - checkedAt > kWorkBetweenClockChecks) {
                checkedAt = none.work;
                if (deadline.passed()) {
                    abandoned = true;
                    break;
                }
            }
            next = cur;
            applyChoice(s, next, c, none);
            if (!enterNodes(s, next, none, nullptr, Lang::En, scratch)) {
                g.edgeTarget.push_back(kLoopTarget);
                g.edgeChoice.push_back(c);
                g.loops.push_back(LoopHit{id, c, next.node});
                continue;
            }
            g.codec.encode(next, buf.data());
            const auto [target, isNew] = g.store.insert(buf.data());
            if (isNew) {
                g.parent.push_back(id);
                g.parentChoice.push_back(c);
            }
            g.edgeTarget.push_back(target);
            g.edgeChoice.push_back(c);
        }
        if (abandoned) {
            // Half of a state's edges would read as a state with fewer choices: take them back.
            // Successors it found stay in the store, unexpanded, as the deadline leaves them.
            --g.expanded;
            g.edgeBegin.resize(g.edgeBegin.size() - 1);
            g.edgeTarget.resize(edgesBefore);
            g.edgeChoice.resize(edgesBefore);
            g.loops.resize(loopsBefore);
            g.outOfTime = true;
            break;
        }
    }
    g.edgeBegin.push_back(g.edgeTarget.size());
    g.complete = g.expanded == g.store.size();
}

std::vector<ChoiceIndex> pathTo(const ExactGraph& g, std::uint32_t state) {
    std::vector<ChoiceIndex> path;
    for (std::uint32_t s = state; s != kNone && g.parent[s] != kNone; s = g.parent[s]) path.push_back(g.parentChoice[s]);
    return {path.rbegin(), path.rend()};
}

NodeIndex loopRepresentative(const Scenario& s, NodeIndex stuck) {
    NodeIndex best = stuck;
    NodeIndex n = stuck;
    for (std::size_t i = 0; i < s.nodes.size(); ++i) {
        const Node& node = s.nodes[n];
        if (node.kind != NodeKind::Narration && node.kind != NodeKind::Line) return stuck; // depends on state
        n = node.next;
        if (n == kNone) return stuck;
        if (n < best) best = n;
        if (n == stuck) return best;
    }
    return stuck;
}

namespace {

/// What the state graph says about ways out and counts. Kahn's order peels off every state that
/// no cycle leads to; the rest (the region on or after a cycle) is closed under successors, is
/// reached in unboundedly many ways, and is small or empty in authored scenarios.
struct GraphFacts {
    BigArray<std::uint32_t> order;      // states no cycle leads to, in topological order
    std::vector<bool> inRegion;         // on a cycle or after one
    std::vector<bool> isEnd;
    std::vector<bool> coReach;          // an ending can still be reached
    std::vector<bool> reachesCycle;     // (region only) a cycle can still be reached
};

GraphFacts graphFacts(const AnalysisModel& model, const ExactGraph& g) {
    const Scenario& s = model.explore;
    const std::size_t n = g.store.size();
    GraphFacts f;
    f.isEnd.assign(n, false);
    BigArray<std::uint32_t> indegree(n);
    indegree.resize(n);
    for (std::uint32_t v = 0; v < n; ++v) {
        f.isEnd[v] = s.nodes[StateCodec::nodeOf(g.store.at(v))].kind == NodeKind::Ending;
        for (std::uint64_t e = g.edgeBegin[v]; e < g.edgeBegin[v + 1]; ++e)
            if (g.edgeTarget[e] != kLoopTarget) ++indegree[g.edgeTarget[e]];
    }
    f.order.reset(n);
    if (indegree[g.root] == 0) f.order.push_back(g.root);
    for (std::size_t i = 0; i < f.order.size(); ++i) {
        const std::uint32_t v = f.order[i];
        for (std::uint64_t e = g.edgeBegin[v]; e < g.edgeBegin[v + 1]; ++e) {
            const std::uint32_t t = g.edgeTarget[e];
            if (t != kLoopTarget && --indegree[t] == 0) f.order.push_back(t);
        }
    }
    indegree = BigArray<std::uint32_t>();
    f.inRegion.assign(n, true);
    for (std::size_t i = 0; i < f.order.size(); ++i) f.inRegion[f.order[i]] = false;
    f.coReach.assign(n, false);
    f.reachesCycle.assign(n, false);

    if (f.order.size() < n) {
        // The region: backward edges inside it, an ending search and a trim of the states that
        // cannot reach a cycle (repeatedly drop states without a successor left).
        std::vector<std::uint64_t> revBegin(n + 1, 0);
        std::vector<std::uint32_t> outdegree(n, 0);
        for (std::uint32_t v = 0; v < n; ++v) {
            if (!f.inRegion[v]) continue;
            for (std::uint64_t e = g.edgeBegin[v]; e < g.edgeBegin[v + 1]; ++e)
                if (g.edgeTarget[e] != kLoopTarget) {
                    ++revBegin[g.edgeTarget[e] + 1];
                    ++outdegree[v];
                }
        }
        for (std::size_t v = 0; v < n; ++v) revBegin[v + 1] += revBegin[v];
        std::vector<std::uint32_t> revSource(revBegin[n]);
        std::vector<std::uint64_t> fill(revBegin.begin(), revBegin.end() - 1);
        for (std::uint32_t v = 0; v < n; ++v) {
            if (!f.inRegion[v]) continue;
            for (std::uint64_t e = g.edgeBegin[v]; e < g.edgeBegin[v + 1]; ++e)
                if (g.edgeTarget[e] != kLoopTarget) revSource[fill[g.edgeTarget[e]]++] = v;
        }
        std::vector<std::uint32_t> todo;
        for (std::uint32_t v = 0; v < n; ++v)
            if (f.inRegion[v] && f.isEnd[v]) f.coReach[v] = true, todo.push_back(v);
        while (!todo.empty()) {
            const std::uint32_t v = todo.back();
            todo.pop_back();
            for (std::uint64_t e = revBegin[v]; e < revBegin[v + 1]; ++e)
                if (!f.coReach[revSource[e]]) f.coReach[revSource[e]] = true, todo.push_back(revSource[e]);
        }
        for (std::uint32_t v = 0; v < n; ++v) {
            if (!f.inRegion[v]) continue;
            f.reachesCycle[v] = true;
            if (outdegree[v] == 0) todo.push_back(v);
        }
        while (!todo.empty()) {
            const std::uint32_t v = todo.back();
            todo.pop_back();
            f.reachesCycle[v] = false;
            for (std::uint64_t e = revBegin[v]; e < revBegin[v + 1]; ++e)
                if (--outdegree[revSource[e]] == 0) todo.push_back(revSource[e]);
        }
    }
    // The rest in reverse topological order: every successor is settled first.
    for (std::size_t i = f.order.size(); i-- > 0;) {
        const std::uint32_t v = f.order[i];
        bool reach = f.isEnd[v];
        for (std::uint64_t e = g.edgeBegin[v]; e < g.edgeBegin[v + 1] && !reach; ++e)
            reach = g.edgeTarget[e] != kLoopTarget && f.coReach[g.edgeTarget[e]];
        f.coReach[v] = reach;
    }
    return f;
}

PlaythroughCount toCount(const Count& c) {
    PlaythroughCount p;
    p.known = true;
    p.value = c.value;
    p.overflow = c.overflow && !c.infinite;
    p.unbounded = c.infinite;
    p.guarantee = Guarantee::Proved;
    return p;
}

/// Which nodes that need no decision play passed on the way between states: replays a
/// transition on the traced copy, where every node sets a tracking bit, but only while some
/// node that could follow the entry node is still unseen.
class AutoNodeTracer {
public:
    AutoNodeTracer(const AnalysisModel& model, const ExactGraph& g, std::vector<bool>& reached)
        : m_model(model), m_g(g), m_reached(reached), m_closure(model.explore.nodes.size()),
          m_closureKnown(model.explore.nodes.size(), false), m_done(model.explore.nodes.size(), false) {
        m_state = initialState(model.traced, 0);
        m_before = m_state.tracking;
        m_exploreWords = (model.explore.trackingSlots + 63) / 64;
    }

    /// The entry at the start of play.
    void traceStart() {
        State s = initialState(m_model.traced, 0);
        ChangeSink none;
        enterNodes(m_model.traced, s, none, nullptr, Lang::En, m_scratch);
        for (std::size_t n = 0; n < m_reached.size(); ++n)
            if (s.tracked(m_model.slotOf[n])) m_reached[n] = true;
    }

    void traceEdge(std::uint32_t from, ChoiceIndex choice) {
        const NodeIndex entry = m_model.explore.choices[choice].next;
        if (entry == kNone || m_done[entry]) return;
        const std::vector<NodeIndex>& closure = closureOf(entry);
        bool missing = false;
        for (NodeIndex n : closure) missing = missing || !m_reached[n];
        if (!missing) {
            m_done[entry] = true;
            return;
        }
        m_g.codec.decode(m_g.store.at(from), m_state);
        for (std::size_t w = m_exploreWords; w < m_state.tracking.size(); ++w) m_state.tracking[w] = 0;
        m_before = m_state.tracking;
        ChangeSink none;
        applyChoice(m_model.traced, m_state, choice, none);
        enterNodes(m_model.traced, m_state, none, nullptr, Lang::En, m_scratch);
        for (NodeIndex n : closure) {
            const std::uint32_t slot = m_model.slotOf[n];
            const bool was = (m_before[slot >> 6] >> (slot & 63)) & 1u;
            if (m_state.tracked(slot) && !was) m_reached[n] = true;
        }
    }

private:
    /// Nodes that may be passed after entering `entry`, up to the next decision or ending.
    const std::vector<NodeIndex>& closureOf(NodeIndex entry) {
        if (m_closureKnown[entry]) return m_closure[entry];
        m_closure[entry] = reachableNodes(m_model.explore, entry, true);
        m_closureKnown[entry] = true;
        return m_closure[entry];
    }

    const AnalysisModel& m_model;
    const ExactGraph& m_g;
    std::vector<bool>& m_reached;
    std::vector<std::vector<NodeIndex>> m_closure;
    std::vector<bool> m_closureKnown, m_done;
    State m_state;
    std::vector<std::uint64_t> m_before;
    std::size_t m_exploreWords = 0;
    std::string m_scratch;
};

void addRanges(EndingRanges& r, const Scenario& s, const State& state) {
    r.result.add(resultOf(s, state));
    if (r.personas.size() != s.personas.size()) r.personas.resize(s.personas.size());
    for (std::size_t p = 0; p < s.personas.size(); ++p) {
        r.personas[p].quality.add(qualityOf(state.personas[p]));
        for (std::size_t d = 0; d < kDimensionCount; ++d) r.personas[p].dims[d].add(state.personas[p].dims[d]);
    }
}

} // namespace

void reportFromExact(const AnalysisModel& model, const ExactGraph& g, AnalysisReport& report) {
    const Scenario& s = model.explore;
    const std::size_t n = g.store.size();
    std::vector<bool> nodeReached(s.nodes.size(), false);
    std::vector<bool> choiceOpen(s.choices.size(), false);
    std::uint32_t principles = 0;

    // Loops without a decision, one finding per loop.
    std::vector<bool> loopReported(s.nodes.size(), false);
    for (const LoopHit& hit : g.loops) {
        const NodeIndex where = loopRepresentative(s, hit.node);
        if (loopReported[where]) continue;
        loopReported[where] = true;
        Finding f;
        f.guarantee = Guarantee::Proved;
        f.node = where;
        f.choice = hit.choice < model.realChoices ? hit.choice : kNone;
        std::vector<ChoiceIndex> path = hit.from == kNone ? std::vector<ChoiceIndex>{} : pathTo(g, hit.from);
        if (hit.choice != kNone) path.push_back(hit.choice);
        f.witness = witnessOf(model, path);
        report.loops.push_back(std::move(f));
    }
    report.closedLoopsChecked = true;
    if (g.root == kNone) {
        // Play never reaches a decision: nothing else can happen.
        for (std::size_t e = 0; e < report.endings.size(); ++e) {
            report.endings[e].reach = Reach::Unreachable;
            report.endings[e].guarantee = Guarantee::Proved;
        }
        report.playthroughs = toCount(Count{});
        report.stats.exactComplete = true;
        return;
    }

    // How many playthroughs reach each state: along the topological order; the region after a
    // cycle is reached in unboundedly many ways.
    const GraphFacts facts = graphFacts(model, g);
    const std::vector<bool>& isEnd = facts.isEnd;
    BigArray<PathCount128> ways(n);
    ways.resize(n);
    BigArray<std::uint8_t> waysFlags(n); // 1 overflow, 2 unbounded
    waysFlags.resize(n);
    for (std::uint32_t v = 0; v < n; ++v)
        if (facts.inRegion[v]) waysFlags[v] = 2;
    ways[g.root] = 1;
    for (std::size_t i = 0; i < facts.order.size(); ++i) {
        const std::uint32_t v = facts.order[i];
        for (std::uint64_t e = g.edgeBegin[v]; e < g.edgeBegin[v + 1]; ++e) {
            const std::uint32_t t = g.edgeTarget[e];
            if (t == kLoopTarget || facts.inRegion[t]) continue;
            const PathCount128 sum = ways[t] + ways[v];
            waysFlags[t] = static_cast<std::uint8_t>(waysFlags[t] | waysFlags[v] | (sum < ways[t] ? 1 : 0));
            ways[t] = sum;
        }
    }
    auto countAt = [&](std::uint32_t v) {
        Count c;
        c.value = ways[v];
        c.overflow = (waysFlags[v] & 1) != 0;
        c.infinite = (waysFlags[v] & 2) != 0;
        return c;
    };

    // Closed loops: states that can still reach a cycle but no ending.
    std::vector<bool> closedReported(s.nodes.size(), false);
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!facts.inRegion[v] || !facts.reachesCycle[v] || facts.coReach[v]) continue;
        const NodeIndex where = StateCodec::nodeOf(g.store.at(v));
        if (closedReported[where]) continue;
        closedReported[where] = true;
        Finding f;
        f.guarantee = Guarantee::Proved;
        f.node = where;
        f.witness = witnessOf(model, pathTo(g, v));
        report.closedLoops.push_back(std::move(f));
    }

    // Per state: endings, dead ends, what was reached.
    State state = initialState(s, 0);
    std::vector<std::uint64_t> factsSeen((s.facts.size() + 63) / 64, 0);
    std::vector<bool> deadEndReported(s.nodes.size(), false);
    Count total;
    std::vector<Count> perEnding(model.endings.size());
    std::uint32_t bestState = kNone, worstState = kNone;
    std::int64_t bestResult = 0, worstResult = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        const std::uint64_t* packed = g.store.at(v);
        const NodeIndex node = StateCodec::nodeOf(packed);
        nodeReached[node] = true;
        for (std::uint64_t e = g.edgeBegin[v]; e < g.edgeBegin[v + 1]; ++e) choiceOpen[g.edgeChoice[e]] = true;
        g.codec.decode(packed, state);
        for (std::size_t w = 0; w < factsSeen.size(); ++w) factsSeen[w] |= state.facts[w];
        if (isEnd[v]) {
            const std::uint32_t e = model.endingIndex[node];
            EndingReport& er = report.endings[e];
            addRanges(er.seen, s, state);
            perEnding[e].add(countAt(v));
            total.add(countAt(v));
            if (er.reach != Reach::Reachable) {
                er.reach = Reach::Reachable;
                er.guarantee = Guarantee::Proved;
                er.witness = witnessOf(model, pathTo(g, v));
            }
            const std::int64_t r = resultOf(s, state);
            if (bestState == kNone || r > bestResult) bestState = v, bestResult = r;
            if (worstState == kNone || r < worstResult) worstState = v, worstResult = r;
        } else if (g.edgeBegin[v] == g.edgeBegin[v + 1] && !deadEndReported[node]) {
            deadEndReported[node] = true;
            Finding f;
            f.guarantee = Guarantee::Proved;
            f.node = node;
            const std::vector<ChoiceIndex> path = pathTo(g, v);
            f.choice = path.empty() || path.back() >= model.realChoices ? kNone : path.back();
            f.witness = witnessOf(model, path);
            report.deadEnds.push_back(std::move(f));
        }
    }
    for (std::size_t e = 0; e < report.endings.size(); ++e) {
        EndingReport& er = report.endings[e];
        er.seenGuarantee = Guarantee::Proved;
        er.playthroughs = toCount(perEnding[e]);
        if (er.reach != Reach::Reachable) {
            er.reach = Reach::Unreachable;
            er.guarantee = Guarantee::Proved;
        }
    }
    report.playthroughs = toCount(total);
    for (Extreme* x : {&report.best, &report.worst}) {
        const std::uint32_t v = x == &report.best ? bestState : worstState;
        if (v == kNone) continue;
        x->found = true;
        x->result = x == &report.best ? bestResult : worstResult;
        x->ending = StateCodec::nodeOf(g.store.at(v));
        x->witness = witnessOf(model, pathTo(g, v));
        x->guarantee = Guarantee::Proved;
        x->bounded = true;
        x->bound = x->result;
    }

    // Nodes passed without a decision.
    AutoNodeTracer tracer(model, g, nodeReached);
    tracer.traceStart();
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint64_t e = g.edgeBegin[v]; e < g.edgeBegin[v + 1]; ++e) tracer.traceEdge(v, g.edgeChoice[e]);
    for (const LoopHit& hit : g.loops) nodeReached[hit.node] = true;

    for (std::size_t node = 0; node < s.nodes.size(); ++node) {
        if (!nodeReached[node]) {
            report.unreachedNodes.push_back(NeverItem{static_cast<std::uint32_t>(node), Guarantee::Proved});
            continue;
        }
        principles |= principlesOfEffects(s, s.nodes[node].effects);
        if (s.nodes[node].kind != NodeKind::Decision) continue;
        for (ChoiceIndex c : s.nodes[node].choices) {
            if (c >= model.realChoices) continue;
            if (choiceOpen[c]) principles |= principlesOfChoice(s, s.choices[c]);
            else report.neverOpenChoices.push_back(NeverItem{c, Guarantee::Proved});
        }
    }
    for (std::size_t f = 0; f < s.facts.size(); ++f)
        if (((factsSeen[f >> 6] >> (f & 63)) & 1u) == 0)
            report.unlearnedFacts.push_back(NeverItem{static_cast<std::uint32_t>(f), Guarantee::Proved});
    for (Principle p : s.principles)
        if (((principles >> static_cast<unsigned>(p)) & 1u) == 0)
            report.unexercisedPrinciples.push_back(NeverItem{static_cast<std::uint32_t>(p), Guarantee::Proved});
    report.stats.exactComplete = true;
}

void observeExact(const AnalysisModel& model, const ExactGraph& g, Observations& obs) {
    const Scenario& s = model.explore;
    if (g.root == kNone) {
        for (const LoopHit& hit : g.loops) obs.loop(hit.node, kNone, Witness{});
        return;
    }
    State state = initialState(s, 0);
    // Each state's distance from the start, for ties between endings (see Observations::ending).
    // A state is stored when its parent is expanded, so the parent always comes first.
    std::vector<std::uint32_t> depth(g.store.size(), 0);
    for (std::uint32_t v = 0; v < g.store.size(); ++v) {
        const std::uint64_t* packed = g.store.at(v);
        const NodeIndex node = StateCodec::nodeOf(packed);
        obs.nodeReached[node] = true;
        if (const std::uint32_t p = g.parent[v]; p != kNone)
            depth[v] = p < v ? depth[p] + 1 : static_cast<std::uint32_t>(pathTo(g, v).size());
        if (s.nodes[node].kind == NodeKind::Ending) {
            g.codec.decode(packed, state);
            obs.ending(model, state, [&] { return witnessOf(model, pathTo(g, v)); }, depth[v]);
        } else if (v < g.expanded && g.edgeBegin[v] == g.edgeBegin[v + 1] && !obs.deadEndAt[node]) {
            const std::vector<ChoiceIndex> path = pathTo(g, v);
            obs.deadEnd(node, path.empty() ? kNone : path.back(), witnessOf(model, path));
        }
        if (v < g.expanded)
            for (std::uint64_t e = g.edgeBegin[v]; e < g.edgeBegin[v + 1]; ++e)
                if (g.edgeChoice[e] < model.realChoices) obs.choiceTaken[g.edgeChoice[e]] = true;
    }
    for (const LoopHit& hit : g.loops) {
        if (obs.loopAt[loopRepresentative(s, hit.node)]) continue;
        std::vector<ChoiceIndex> path = hit.from == kNone ? std::vector<ChoiceIndex>{} : pathTo(g, hit.from);
        if (hit.choice != kNone) path.push_back(hit.choice);
        obs.loop(hit.node, hit.choice, witnessOf(model, path));
    }
}

} // namespace rapport::detail
