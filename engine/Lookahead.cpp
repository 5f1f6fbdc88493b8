#include "Lookahead.h"

#include "Model.h"
#include "Play.h"

#include <unordered_map>

namespace rapport {
namespace {

struct Memo {
    std::int64_t value = 0;
    ChoiceIndex bestChoice = kNone;
    bool reachesEnd = false;
    bool complete = false;
};

/// Depth-first search with memoised states; identical states reached by different paths are
/// searched once. A state on the current path counts as "no ending" (a loop is never best).
class Search {
public:
    Search(const Scenario& scenario, const LookaheadOptions& options) : m_scenario(scenario), m_options(options) {}

    Memo visit(const State& state) {
        if (atEnding(m_scenario, state)) return Memo{resultOf(m_scenario, state), kNone, true, true};
        const std::uint64_t key = hashState(state);
        if (auto it = m_memo.find(key); it != m_memo.end()) return it->second;
        if (m_expanded >= m_options.stateBudget) {
            m_exhausted = true;
            return greedy(state);
        }
        ++m_expanded;
        m_memo[key] = Memo{}; // in progress: a loop back here finds no ending
        std::vector<ChoiceIndex> open;
        openChoices(m_scenario, state, open);
        Memo best;
        bool complete = true;
        for (ChoiceIndex c : open) {
            State next = state;
            if (!step(next, c)) continue;
            const Memo sub = visit(next);
            complete = complete && sub.complete;
            if (!sub.reachesEnd) continue;
            if (!best.reachesEnd || better(sub.value, best.value)) {
                best.value = sub.value;
                best.bestChoice = c;
                best.reachesEnd = true;
            }
        }
        best.complete = complete && !m_exhausted;
        m_memo[key] = best;
        return best;
    }

    bool step(State& state, ChoiceIndex c) {
        ChangeSink none;
        applyChoice(m_scenario, state, c, none);
        return enterNodes(m_scenario, state, none, nullptr, Lang::En, m_scratch);
    }

    [[nodiscard]] bool exhausted() const { return m_exhausted; }
    [[nodiscard]] const Memo* memo(const State& state) const {
        auto it = m_memo.find(hashState(state));
        return it == m_memo.end() ? nullptr : &it->second;
    }

private:
    bool better(std::int64_t a, std::int64_t b) const { return m_options.maximise ? a > b : a < b; }

    // Past the budget: follow the choice that looks best one step ahead, to some ending.
    Memo greedy(State state) {
        for (int depth = 0; depth < 10000; ++depth) {
            if (atEnding(m_scenario, state)) return Memo{resultOf(m_scenario, state), kNone, true, false};
            std::vector<ChoiceIndex> open;
            openChoices(m_scenario, state, open);
            bool moved = false;
            State bestNext;
            std::int64_t bestValue = 0;
            for (ChoiceIndex c : open) {
                State next = state;
                if (!step(next, c)) continue;
                const std::int64_t v = resultOf(m_scenario, next);
                if (!moved || better(v, bestValue)) {
                    bestNext = std::move(next);
                    bestValue = v;
                    moved = true;
                }
            }
            if (!moved) break;
            state = std::move(bestNext);
        }
        return Memo{};
    }

    const Scenario& m_scenario;
    const LookaheadOptions& m_options;
    std::unordered_map<std::uint64_t, Memo> m_memo;
    std::size_t m_expanded = 0;
    bool m_exhausted = false;
    std::string m_scratch;
};

} // namespace

Continuation searchContinuation(const Scenario& scenario, const State& from, const LookaheadOptions& options) {
    Search search(scenario, options);
    const Memo root = search.visit(from);
    Continuation out;
    out.result = root.value;
    out.reachesEnd = root.reachesEnd;
    out.proved = root.complete && !search.exhausted();
    // Walk the memo to spell out the path.
    State state = from;
    for (int guard = 0; guard < 100000 && !atEnding(scenario, state); ++guard) {
        const Memo* m = search.memo(state);
        if (m == nullptr || m->bestChoice == kNone) break;
        out.choices.push_back(m->bestChoice);
        if (!search.step(state, m->bestChoice)) break;
    }
    return out;
}

} // namespace rapport
