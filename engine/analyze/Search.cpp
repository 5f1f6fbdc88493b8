// Layer 3: branch and bound for the best or the worst playthrough by the scenario's result.
// Depth first, most promising choice first; identical states are searched once; a state whose
// node cannot lead to anything better than the best found (bounds from the abstract layer) is
// cut off. When the search ends before the deadline, the best found is proved optimal.
// A helper (analyze/Assist.h) may search the same tree beside it, in mirror order, and tell it
// which states it need not search.

#include "analyze/Assist.h"
#include "analyze/Detail.h"
#include "analyze/Fingerprints.h"

#include "rapport/play/Play.h"

#include <algorithm>
#include <climits>
#include <deque>
#include <string>

namespace rapport::detail {
namespace {

constexpr std::size_t kPastFullFactor = 3; // states searched past a full store, per state it holds

struct Child {
    State state;
    ChoiceIndex via = kNone;
    std::int64_t score = 0; // result right after the step: the order to try children in
};

/// A decision being searched. Frames and their children are kept when play backs up and filled
/// again at the same depth, so the states' lists and vectors are allocated once, not per state.
struct Frame {
    ChoiceIndex via = kNone;
    std::vector<Child> children; // the first `count` are this decision's
    std::size_t count = 0;
    std::vector<std::uint32_t> order; // the children's indices, the most promising first
    std::size_t next = 0;            // in `order`
    std::size_t bytes = 0;           // what its children take
    // A helper's: the state's fingerprint, and whether a playthrough below may beat or tie the
    // lead's best (then the state is not published as closed).
    Fingerprint print;
    bool open = false;
};

/// A lead searches and answers (with or without a helper); a helper only publishes closed states.
enum class Role { Lead, Helper };

class BranchAndBound {
public:
    BranchAndBound(const AnalysisModel& model, const AbstractResult* bounds, const ResultBounds* precise, bool maximise,
                   std::size_t maxStates, std::size_t maxFrameBytes, Observations& obs, bool pastFullStore,
                   SearchAssist* assist = nullptr, Role role = Role::Lead)
        : m_model(model), m_s(model.explore), m_bounds(bounds), m_precise(precise != nullptr && precise->usable() ? precise : nullptr),
          m_max(maximise), m_obs(obs), m_codec(m_s),
          m_seen(m_codec.words(), maxStates == 0 ? std::size_t{1} << 22 : maxStates), m_buf(m_codec.words()),
          m_maxFrameBytes(maxFrameBytes), m_pastFullStore(pastFullStore),
          m_pastFullLimit(kPastFullFactor * m_seen.capacity()), m_assist(assist), m_helper(role == Role::Helper) {}

    Extreme run(Deadline deadline, const Extreme* incumbent) {
        m_deadline = deadline;
        // A playthrough already known: the search needs to beat it, and never reports less.
        if (incumbent != nullptr && incumbent->found) {
            m_found = true;
            m_best = *incumbent;
        }
        if (m_helper) followLead();
        else publishBest();
        State start = initialState(m_s, 0);
        m_stateBytes = bytesOf(start);
        if (!enterNodes(m_s, start, m_none, nullptr, Lang::En, m_scratch)) {
            m_obs.loop(start.node, kNone, Witness{});
            m_complete = true;
            return finish();
        }
        if (!consider(start)) {
            m_complete = true;
            return finish();
        }
        std::size_t steps = 0;
        while (m_depth > 0) {
            if ((steps++ & 63u) == 0) {
                if (deadline.passed(64)) return finish();
                if (m_helper && !followLead()) return finish();
            }
            if (m_full) return finish();
            Frame& top = m_frames[m_depth - 1];
            if (top.next == top.count) {
                if (m_helper && !closeFrame(top)) return finish();
                m_frameBytes -= top.bytes;
                --m_depth;
                continue;
            }
            // The child stays where it is: consider() fills the frame one deeper, never this one.
            const Child& child = top.children[top.order[top.next++]];
            m_path.push_back(child.via);
            consider(child.state);
            m_path.pop_back();
        }
        m_complete = true;
        return finish();
    }

    [[nodiscard]] std::size_t states() const { return m_seen.size(); }

private:
    [[nodiscard]] bool better(std::int64_t a, std::int64_t b) const { return m_max ? a > b : a < b; }

    /// The lead's: tells the helper the result to beat.
    void publishBest() {
        if (m_assist != nullptr && m_found) m_assist->publish(m_best.result);
    }
    /// The helper's: takes the lead's best, one short of it, as the result to beat, so that what
    /// it cuts off can neither beat nor tie it. False once the lead has ended.
    bool followLead() {
        if (m_assist->leadDone.load(std::memory_order_relaxed)) return false;
        if (m_assist->found.load(std::memory_order_acquire)) {
            const std::int64_t lead = m_assist->result.load(std::memory_order_relaxed);
            m_found = true;
            m_best.result = m_max ? lead - 1 : lead + 1;
        }
        return true;
    }
    /// The lead's: whether its helper has published any state yet (once it has, it stays so).
    bool helperPublished() { return m_helped || (m_helped = m_assist->closed.size() > 0); }
    /// The helper's: a playthrough below the frame's parent may beat or tie the lead's best.
    void parentOpen() {
        if (m_depth > 0) m_frames[m_depth - 1].open = true;
    }
    /// The helper's, once every child of the frame is searched: publishes it when closed, else
    /// passes on that its parent is open. False when there is no more room to publish.
    bool closeFrame(const Frame& frame) {
        if (frame.open) {
            if (m_depth >= 2) m_frames[m_depth - 2].open = true;
            return true;
        }
        return m_assist->closed.add(frame.print);
    }

    [[nodiscard]] bool hasLimit() const { return m_bounds != nullptr || m_precise != nullptr; }
    [[nodiscard]] bool canEnd(NodeIndex n) const {
        if (m_precise != nullptr && !m_precise->canEnd(n)) return false;
        return m_bounds == nullptr || m_bounds->boundKnown[n];
    }
    /// The abstract layer's limit for any playthrough from this node.
    [[nodiscard]] std::int64_t abstractLimit(NodeIndex node) const {
        return (m_max ? m_bounds->bestFrom : m_bounds->worstFrom)[node];
    }
    /// The best (worst) result any playthrough from this state can end with; both layers'
    /// bounds are sound, so the tighter one counts.
    [[nodiscard]] std::int64_t limitOf(const State& state) const {
        if (atEnding(m_s, state)) return resultOf(m_s, state);
        std::int64_t limit = m_max ? INT64_MAX : INT64_MIN;
        if (m_bounds != nullptr) limit = abstractLimit(state.node);
        if (m_precise != nullptr) {
            const std::int64_t p = m_precise->bound(state, m_max);
            limit = m_max ? std::min(limit, p) : std::max(limit, p);
        }
        return limit;
    }

    /// Whether a playthrough from this state may still beat the best found: limitOf, with the
    /// cheaper bounds first and each allowed to stop once it settles the question.
    [[nodiscard]] bool canBeat(const State& state) const {
        if (atEnding(m_s, state)) return better(resultOf(m_s, state), m_best.result);
        if (m_bounds != nullptr && !better(abstractLimit(state.node), m_best.result)) return false;
        return m_precise == nullptr || better(m_precise->bound(state, m_max, m_best.result), m_best.result);
    }

    [[nodiscard]] std::vector<ChoiceIndex> currentPath() const {
        std::vector<ChoiceIndex> path;
        for (std::size_t i = 1; i < m_depth; ++i) path.push_back(m_frames[i].via);
        path.insert(path.end(), m_path.begin(), m_path.end());
        return path;
    }

    /// Looks at a state play has reached; pushes a frame when it needs to be searched further.
    bool consider(const State& state) {
        m_obs.nodeReached[state.node] = true;
        if (atEnding(m_s, state)) {
            const std::int64_t r = resultOf(m_s, state);
            m_obs.ending(m_model, state, [&] { return witnessOf(m_model, currentPath()); });
            if (m_helper) {
                if (!m_found || better(r, m_best.result)) parentOpen();
                return false;
            }
            if (!m_found || better(r, m_best.result)) {
                m_found = true;
                m_best.result = r;
                m_best.ending = state.node;
                m_best.witness = witnessOf(m_model, currentPath());
                publishBest();
            } else if (r == m_best.result) {
                Witness w = witnessOf(m_model, currentPath());
                if (witnessBefore(w, m_best.witness)) {
                    m_best.ending = state.node;
                    m_best.witness = std::move(w);
                }
            }
            return false;
        }
        if (!canEnd(state.node)) return false; // no ending can follow
        if (m_found && hasLimit() && !canBeat(state)) return false;
        m_codec.encode(state, m_buf.data());
        const Fingerprint print = m_seen.fingerprint(m_buf.data());
        if (m_helper) return helperExpands(state, print);
        // Identical states are searched once while the store has room; past that the search goes
        // on without it (a state met again is searched again) until its time or work runs out or
        // it has searched three times as many states again, or stops there when the store's size
        // was given as the limit.
        if (m_seen.fits(1)) {
            if (!m_seen.insert(print)) return false;
        } else if (!m_pastFullStore || ++m_pastFull > m_pastFullLimit) {
            m_full = true;
            return false;
        } else if (m_seen.contains(print)) {
            return false;
        }
        // What the helper published holds nothing that beats or ties the best found. Asked only
        // for states not searched before, and once the helper has published any.
        if (m_assist != nullptr && helperPublished() && m_assist->closed.contains(print)) return false;
        return expand(state, print);
    }

    /// The helper's consider(), past the bounds: a state it searched before counts as open unless
    /// it was published (it may still be on the stack, or have had something to beat below).
    /// Past a full store it goes on as the lead does, searching again what it meets again: a state
    /// searched to the end may be published however often it was searched.
    bool helperExpands(const State& state, const Fingerprint& print) {
        const bool before = m_seen.fits(1) ? !m_seen.insert(print) : m_seen.contains(print);
        if (before) {
            if (!m_assist->closed.contains(print)) parentOpen();
            return false;
        }
        return expand(state, print);
    }

    /// Pushes the frame of a state's children; false when there are none to search.
    bool expand(const State& state, const Fingerprint& print) {
        if (m_frames.size() == m_depth) m_frames.emplace_back();
        Frame& frame = m_frames[m_depth];
        frame.via = m_path.empty() ? kNone : m_path.back();
        frame.count = 0;
        frame.next = 0;
        frame.print = print;
        frame.open = false;
        openChoices(m_s, state, m_open);
        if (m_open.empty()) {
            const std::vector<ChoiceIndex> path = currentPath();
            m_obs.deadEnd(state.node, path.empty() ? kNone : path.back(), witnessOf(m_model, path));
            if (m_helper) m_assist->closed.add(print); // no playthrough goes on from here
            return false;
        }
        for (ChoiceIndex c : m_open) {
            // A decision with thousands of choices: look at the clock on the way.
            if (m_none.work - m_checkedAt > kWorkBetweenClockChecks) {
                m_checkedAt = m_none.work;
                if (m_deadline.passed()) {
                    m_full = true; // stop as out of time; this state stays unexpanded
                    return false;
                }
            }
            if (c < m_model.realChoices) m_obs.choiceTaken[c] = true;
            if (frame.children.size() == frame.count) frame.children.emplace_back();
            Child& child = frame.children[frame.count];
            child.state = state; // into the vectors' room from earlier visits
            child.via = c;
            applyChoice(m_s, child.state, c, m_none);
            if (!enterNodes(m_s, child.state, m_none, nullptr, Lang::En, m_scratch)) {
                std::vector<ChoiceIndex> path = currentPath();
                path.push_back(c);
                m_obs.loop(child.state.node, c, witnessOf(m_model, path));
                continue;
            }
            child.score = resultOf(m_s, child.state);
            ++frame.count;
        }
        if (frame.count == 0) {
            if (m_helper) m_assist->closed.add(print);
            return false;
        }
        // Children are tried in order: the most promising first, to find a good bound early; among
        // equals in choice order (an insertion sort: a decision has few choices).
        frame.order.resize(frame.count);
        for (std::uint32_t i = 0; i < frame.count; ++i) {
            std::uint32_t j = i;
            while (j > 0 && better(frame.children[i].score, frame.children[frame.order[j - 1]].score)) {
                frame.order[j] = frame.order[j - 1];
                --j;
            }
            frame.order[j] = i;
        }
        // The helper starts from the other end, to meet the lead in the middle.
        if (m_helper) std::reverse(frame.order.begin(), frame.order.end());
        // The waiting children are whole states: past the memory given, stop as if out of time.
        frame.bytes = frame.count * m_stateBytes;
        if (m_frameBytes + frame.bytes > m_maxFrameBytes) {
            m_full = true;
            return false;
        }
        m_frameBytes += frame.bytes;
        ++m_depth;
        return true;
    }

    Extreme finish() {
        Extreme x = m_best;
        x.found = m_found;
        x.guarantee = m_complete ? Guarantee::Proved : Guarantee::Estimated;
        if (m_complete) {
            x.bounded = m_found;
            x.bound = x.result;
            return x;
        }
        // What is left unsearched lies below the frames still on the stack.
        if (!hasLimit()) return x;
        bool any = false;
        std::int64_t limit = 0;
        for (std::size_t depth = 0; depth < m_depth; ++depth) {
            const Frame& f = m_frames[depth];
            for (std::size_t i = f.next; i < f.count; ++i) {
                const State& child = f.children[f.order[i]].state;
                if (!atEnding(m_s, child) && !canEnd(child.node)) continue;
                const std::int64_t v = limitOf(child);
                if (!any || better(v, limit)) limit = v;
                any = true;
            }
        }
        x.bounded = true;
        x.bound = !any ? x.result : (m_found && better(x.result, limit) ? x.result : limit);
        if (!m_found && !any) x.bounded = false;
        return x;
    }

    const AnalysisModel& m_model;
    const Scenario& m_s;
    const AbstractResult* m_bounds;
    const ResultBounds* m_precise;
    bool m_max;
    Observations& m_obs;
    StateCodec m_codec;
    SeenFingerprints m_seen; // what was searched: a fingerprint per state
    std::vector<std::uint64_t> m_buf;
    std::deque<Frame> m_frames; // a deque: a frame stays where it is while deeper ones are added
    std::size_t m_depth = 0;    // the frames in use
    std::vector<ChoiceIndex> m_path; // the choice being considered below the top frame
    std::vector<ChoiceIndex> m_open;
    ChangeSink m_none;
    std::string m_scratch;
    Extreme m_best;
    bool m_found = false;
    bool m_complete = false;
    bool m_full = false; // the store of seen states or the stack's memory is full: stop as if out of time
    std::size_t m_maxFrameBytes;
    bool m_pastFullStore = false; // a full store does not stop the search
    std::size_t m_pastFull = 0;   // states searched since the store was full
    std::size_t m_pastFullLimit;  // ... at most: so a large budget still ends in seconds
    std::size_t m_frameBytes = 0;
    std::size_t m_stateBytes = 0;
    std::uint64_t m_checkedAt = 0;
    Deadline m_deadline{};
    SearchAssist* m_assist; // the lead's helper, or the lead this one helps
    bool m_helper;
    bool m_helped = false; // the lead's: its helper has published states
};

} // namespace

Extreme searchExtreme(const AnalysisModel& model, const AbstractResult* bounds, const ResultBounds* precise, bool maximise,
                      Deadline deadline, std::size_t maxStates, std::size_t maxFrameBytes, Observations& obs,
                      std::uint64_t& statesOut, const Extreme* incumbent, bool pastFullStore, SearchAssist* assist) {
    BranchAndBound search(model, bounds, precise, maximise, maxStates, maxFrameBytes, obs, pastFullStore, assist);
    // With a helper the lead skips states at moments that depend on the threads' timing, so what
    // it meets of the other extreme would too; it keeps only its own, which it meets as alone.
    const Extreme other = maximise ? obs.worst : obs.best;
    Extreme x = search.run(deadline, incumbent);
    if (assist != nullptr) {
        (maximise ? obs.worst : obs.best) = other;
        assist->leadDone.store(true, std::memory_order_relaxed);
    }
    statesOut += search.states();
    return x;
}

void helpSearch(const AnalysisModel& model, const AbstractResult* bounds, const ResultBounds* precise, bool maximise,
                Deadline deadline, std::size_t maxStates, std::size_t maxFrameBytes, Observations& obs,
                std::uint64_t& statesOut, SearchAssist& assist) {
    if (assist.leadDone.load(std::memory_order_relaxed)) return;
    BranchAndBound search(model, bounds, precise, maximise, maxStates, maxFrameBytes, obs, false, &assist, Role::Helper);
    (void)search.run(deadline, nullptr);
    statesOut += search.states();
}

} // namespace rapport::detail
