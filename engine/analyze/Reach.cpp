// Goal-directed search for what is still undecided after the other layers: first endings and
// decisions not yet reached, then decisions where a dead end is possible but not shown. Depth
// first, the choice whose node lies closest to a target (in the abstract layer's node graph)
// first; states whose node cannot lead to any target are cut off, which is sound because that
// graph holds every way play can go. Before it searches from the start, it searches from the
// states along playthroughs already found, nearest to a target first: targets that need a
// good (or bad) relationship on the way are often a few choices away from such a playthrough. A hit is a concrete playthrough, so it proves what it shows;
// a search that runs out of states without a hit proves that its targets cannot be reached.

#include "analyze/Detail.h"

#include "rapport/play/Play.h"

#include <algorithm>
#include <string>

namespace rapport::detail {
namespace {

constexpr std::uint32_t kFar = 0xFFFFFFFFu;
constexpr std::size_t kMaxRestarts = 256;

struct Child {
    State state;
    ChoiceIndex via = kNone;
    std::uint32_t distance = kFar;
};

struct Frame {
    ChoiceIndex via = kNone;
    std::vector<Child> children;
    std::size_t next = 0;
    std::size_t bytes = 0; // what its children take
};

/// A state to search from, and the choices that lead there.
struct Restart {
    State state;
    std::vector<ChoiceIndex> path;
    std::uint32_t distance = kFar;
};

class TargetSearch {
public:
    TargetSearch(const AnalysisModel& model, const AbstractResult& abs, std::size_t maxStates, std::size_t maxFrameBytes,
                 Observations& obs)
        : m_model(model), m_s(model.explore), m_abs(abs), m_obs(obs), m_codec(m_s), m_prev(m_s.nodes.size()),
          m_maxStates(maxStates == 0 ? std::size_t{1} << 22 : maxStates), m_maxFrameBytes(maxFrameBytes),
          m_stateBytes(bytesOf(initialState(m_s, 0))) {
        for (NodeIndex n = 0; n < m_s.nodes.size(); ++n)
            for (const auto& edge : abs.edges[n]) m_prev[edge.first].push_back(n);
    }

    /// Searches until every target is hit, the rest settled, or the deadline passes.
    TargetResult run(Deadline deadline, std::uint64_t& states) {
        m_deadline = deadline;
        TargetResult out;
        for (m_deadEnds = false;; m_deadEnds = true) {
            while (collectTargets() && !deadline.passed()) {
                computeDistances();
                bool exhausted = m_distance[m_s.start] == kFar;
                if (!exhausted && searchOnce(deadline, states)) continue; // a hit: aim again
                // Everything that can lead to a target was searched without a hit: in phase one
                // no target can be reached, in phase two no target is ever a dead end.
                exhausted = exhausted || (!m_cut && !deadline.passed());
                if (exhausted)
                    for (NodeIndex n = 0; n < m_s.nodes.size(); ++n)
                        if (m_target[n]) (m_deadEnds ? out.noDeadEnd : out.unreachable).push_back(n);
                break;
            }
            if (m_deadEnds || deadline.passed()) break;
        }
        return out;
    }

private:
    /// Phase one: decisions and endings not reached yet; phase two: possible dead ends.
    bool collectTargets() {
        m_target.assign(m_s.nodes.size(), false);
        bool any = false;
        for (NodeIndex n = 0; n < m_s.nodes.size(); ++n) {
            if (!m_abs.nodeReached[n]) continue;
            const Node& node = m_s.nodes[n];
            if (node.kind != NodeKind::Decision && node.kind != NodeKind::Ending) continue;
            const bool wanted = m_deadEnds ? m_abs.deadEndPossible[n] && !m_obs.deadEndAt[n] : !m_obs.nodeReached[n];
            if (wanted) m_target[n] = any = true;
        }
        return any;
    }

    void computeDistances() {
        m_distance.assign(m_s.nodes.size(), kFar);
        std::vector<NodeIndex> todo;
        for (NodeIndex n = 0; n < m_s.nodes.size(); ++n)
            if (m_target[n]) m_distance[n] = 0, todo.push_back(n);
        for (std::size_t i = 0; i < todo.size(); ++i) {
            const NodeIndex v = todo[i];
            for (NodeIndex u : m_prev[v])
                if (m_distance[u] == kFar) m_distance[u] = m_distance[v] + 1, todo.push_back(u);
        }
    }

    [[nodiscard]] std::vector<ChoiceIndex> currentPath() const {
        std::vector<ChoiceIndex> path = m_prefix;
        for (std::size_t i = 1; i < m_stack.size(); ++i) path.push_back(m_stack[i].via);
        path.insert(path.end(), m_path.begin(), m_path.end());
        return path;
    }

    /// Looks at a state; true when it hit a target (the search then starts afresh).
    bool consider(const State& state, StateStore& seen) {
        const NodeIndex n = state.node;
        m_obs.nodeReached[n] = true;
        if (atEnding(m_s, state)) {
            m_obs.ending(m_model, state, [&] { return witnessOf(m_model, currentPath()); });
            return m_target[n];
        }
        openChoices(m_s, state, m_open);
        if (m_open.empty()) {
            const std::vector<ChoiceIndex> path = currentPath();
            m_obs.deadEnd(n, path.empty() ? kNone : path.back(), witnessOf(m_model, path));
            return m_target[n];
        }
        if (m_target[n] && !m_deadEnds) return true; // reached: that was the target
        if (m_distance[n] == kFar) return false;
        m_codec.encode(state, m_buf.data());
        if (!seen.fits(1)) {
            m_cut = true;
            return false;
        }
        if (!seen.insert(m_buf.data()).second) return false;
        Frame frame;
        frame.via = m_path.empty() ? kNone : m_path.back();
        for (ChoiceIndex c : m_open) {
            // A decision with thousands of choices: look at the clock on the way.
            if (m_none.work - m_checkedAt > kWorkBetweenClockChecks) {
                m_checkedAt = m_none.work;
                if (m_deadline.passed()) {
                    m_cut = m_stop = true; // this state stays unexpanded: the search saw less than everything
                    return false;
                }
            }
            if (c < m_model.realChoices) m_obs.choiceTaken[c] = true;
            Child child{state, c, kFar};
            applyChoice(m_s, child.state, c, m_none);
            if (!enterNodes(m_s, child.state, m_none, nullptr, Lang::En, m_scratch)) {
                std::vector<ChoiceIndex> path = currentPath();
                path.push_back(c);
                m_obs.loop(child.state.node, c, witnessOf(m_model, path));
                continue;
            }
            child.distance = m_distance[child.state.node];
            frame.children.push_back(std::move(child));
        }
        std::stable_sort(frame.children.begin(), frame.children.end(),
                         [](const Child& a, const Child& b) { return a.distance < b.distance; });
        if (frame.children.empty()) return false;
        // The waiting children are whole states: past the memory given, stop short of everything.
        frame.bytes = frame.children.size() * m_stateBytes;
        if (m_frameBytes + frame.bytes > m_maxFrameBytes) {
            m_cut = m_stop = true;
            return false;
        }
        m_frameBytes += frame.bytes;
        m_stack.push_back(std::move(frame));
        return false;
    }

    /// The choices of a witness in the explored scenario, or false when chance was left to a seed.
    bool choicesOf(const Witness& w, std::vector<ChoiceIndex>& out) const {
        out.clear();
        if (w.seeded) return false;
        for (const PathStep& step : w.steps) {
            if (step.choice != kNone) {
                out.push_back(step.choice);
                continue;
            }
            ChoiceIndex found = kNone;
            for (ChoiceIndex c : m_s.nodes[step.chanceNode].choices)
                if (m_s.choices[c].next == step.chanceNext) found = c;
            if (found == kNone) return false;
            out.push_back(found);
        }
        return true;
    }

    /// States along the playthroughs found so far, nearest to a target first.
    std::vector<Restart> restarts() {
        std::vector<const Witness*> witnesses;
        for (std::size_t e = 0; e < m_obs.endingWitness.size(); ++e)
            if (m_obs.endingReached[e]) witnesses.push_back(&m_obs.endingWitness[e]);
        for (const Extreme* x : {&m_obs.best, &m_obs.worst})
            if (x->found) witnesses.push_back(&x->witness);
        std::vector<Restart> out;
        std::vector<ChoiceIndex> choices;
        for (const Witness* w : witnesses) {
            if (!choicesOf(*w, choices)) continue;
            State state = initialState(m_s, 0);
            if (!enterNodes(m_s, state, m_none, nullptr, Lang::En, m_scratch)) continue;
            for (std::size_t i = 0; i < choices.size() && !atEnding(m_s, state); ++i) {
                if (m_distance[state.node] != kFar && i > 0)
                    out.push_back(Restart{state, {choices.begin(), choices.begin() + static_cast<std::ptrdiff_t>(i)}, m_distance[state.node]});
                applyChoice(m_s, state, choices[i], m_none);
                if (!enterNodes(m_s, state, m_none, nullptr, Lang::En, m_scratch)) break;
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const Restart& a, const Restart& b) { return a.distance < b.distance; });
        if (out.size() > kMaxRestarts) out.resize(kMaxRestarts);
        return out;
    }

    /// Depth first from one state until a hit, the end of what it leads to, or the deadline.
    bool searchFrom(const State& from, Deadline deadline, StateStore& seen) {
        m_stack.clear();
        m_frameBytes = 0;
        m_path.clear();
        bool hit = consider(from, seen);
        for (std::size_t steps = 0; !hit && !m_stack.empty() && !m_stop; ++steps) {
            if ((steps & 63u) == 0 && deadline.passed(64)) {
                m_cut = true;
                break;
            }
            Frame& top = m_stack.back();
            if (top.next == top.children.size()) {
                m_frameBytes -= top.bytes;
                m_stack.pop_back();
                continue;
            }
            Child child = std::move(top.children[top.next++]);
            m_path.push_back(child.via);
            hit = consider(child.state, seen);
            m_path.pop_back();
        }
        return hit;
    }

    bool searchOnce(Deadline deadline, std::uint64_t& states) {
        StateStore seen(m_codec.words(), m_maxStates);
        m_buf.assign(m_codec.words(), 0);
        m_cut = m_stop = false;
        bool hit = false;
        // Every state a finished search from a restart point inserted was searched completely,
        // so the search from the start may skip it and still see everything.
        for (Restart& r : restarts()) {
            m_prefix = std::move(r.path);
            hit = searchFrom(r.state, deadline, seen);
            if (hit || m_cut) break;
        }
        m_prefix.clear();
        State start = initialState(m_s, 0);
        if (!hit && !m_cut && enterNodes(m_s, start, m_none, nullptr, Lang::En, m_scratch)) hit = searchFrom(start, deadline, seen);
        states += seen.size();
        return hit;
    }

    const AnalysisModel& m_model;
    const Scenario& m_s;
    const AbstractResult& m_abs;
    Observations& m_obs;
    StateCodec m_codec;
    std::vector<std::vector<NodeIndex>> m_prev;
    std::vector<bool> m_target;
    std::vector<std::uint32_t> m_distance;
    std::vector<std::uint64_t> m_buf;
    std::vector<Frame> m_stack;
    std::vector<ChoiceIndex> m_path;
    std::vector<ChoiceIndex> m_prefix; // the choices to the state a search started from
    std::vector<ChoiceIndex> m_open;
    ChangeSink m_none;
    std::string m_scratch;
    std::size_t m_maxStates;
    std::size_t m_maxFrameBytes;
    std::size_t m_stateBytes;
    std::size_t m_frameBytes = 0;
    std::uint64_t m_checkedAt = 0;
    Deadline m_deadline{};
    bool m_deadEnds = false; // phase two
    bool m_cut = false;      // the last search stopped before it had seen everything
    bool m_stop = false;     // ... and stopped at once (out of time, or its stack out of memory)
};

} // namespace

TargetResult searchTargets(const AnalysisModel& model, const AbstractResult& abs, Deadline deadline, std::size_t maxStates,
                           std::size_t maxFrameBytes, Observations& obs, std::uint64_t& statesOut) {
    TargetSearch search(model, abs, maxStates, maxFrameBytes, obs);
    return search.run(deadline, statesOut);
}

} // namespace rapport::detail
