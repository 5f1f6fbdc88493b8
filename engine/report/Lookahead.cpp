#include "report/Lookahead.h"

#include "rapport/model/Model.h"
#include "rapport/play/Play.h"

#include <algorithm>
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
        // Past the budget, or deeper than any authored scenario goes (a loop that keeps changing
        // the state), settle for a greedy finish: the answer is then an estimate.
        if (m_expanded >= m_options.stateBudget || m_depth >= kMaxDepth || outOfWork()) {
            const bool first = !m_exhausted;
            m_exhausted = true;
            return first ? greedy(state) : Memo{};
        }
        ++m_expanded;
        m_memo[key] = Memo{}; // in progress: a loop back here finds no ending
        ++m_depth;
        std::vector<ChoiceIndex> open;
        openChoices(m_scenario, state, open);
        // Look at the most promising choices first, so that a search cut short by the budget
        // has already seen the likely best (or worst) line. Only the scores are kept: the child
        // states are made again when visited, so a decision with 10,000 choices holds 10,000
        // numbers per level, not 10,000 states.
        std::vector<std::pair<std::int64_t, ChoiceIndex>> order;
        order.reserve(open.size());
        State next;
        for (ChoiceIndex c : open) {
            if (outOfWork()) break;
            next = state;
            if (step(next, c)) order.emplace_back(resultOf(m_scenario, next), c);
        }
        std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) { return better(a.first, b.first); });
        Memo best;
        bool complete = !outOfWork();
        for (const auto& [score, c] : order) {
            if (outOfWork()) {
                m_exhausted = true;
                break;
            }
            next = state;
            (void)step(next, c);
            const Memo sub = visit(next);
            complete = complete && sub.complete;
            if (sub.reachesEnd && (!best.reachesEnd || better(sub.value, best.value))) {
                best.value = sub.value;
                best.bestChoice = c;
                best.reachesEnd = true;
            }
            if (m_exhausted) break; // out of budget: settle with what was found
        }
        if (outOfWork()) m_exhausted = true;
        --m_depth;
        best.complete = complete && !m_exhausted;
        m_memo[key] = best;
        return best;
    }

    bool step(State& state, ChoiceIndex c) {
        ChangeSink none;
        applyChoice(m_scenario, state, c, none);
        const bool ok = enterNodes(m_scenario, state, none, nullptr, Lang::En, m_scratch);
        m_work += none.work;
        return ok;
    }

    [[nodiscard]] bool exhausted() const { return m_exhausted; }
    [[nodiscard]] const Memo* memo(const State& state) const {
        auto it = m_memo.find(hashState(state));
        return it == m_memo.end() ? nullptr : &it->second;
    }

private:
    bool better(std::int64_t a, std::int64_t b) const { return m_options.maximise ? a > b : a < b; }
    // The greedy finish may spend as much again as the search did.
    [[nodiscard]] bool outOfWork() const { return m_work >= m_options.maxWork; }
    [[nodiscard]] bool greedyOutOfWork() const { return m_work >= 2 * m_options.maxWork; }

    // Past the budget: follow the choice that looks best one step ahead, to some ending.
    Memo greedy(State state) {
        Memo found;
        for (int depth = 0; depth < kGreedyDepth; ++depth) {
            if (atEnding(m_scenario, state)) {
                const std::int64_t v = resultOf(m_scenario, state);
                if (!found.reachesEnd || better(v, found.value)) found = Memo{v, kNone, true, false};
                break;
            }
            std::vector<ChoiceIndex> open;
            openChoices(m_scenario, state, open);
            bool moved = false;
            State bestNext;
            std::int64_t bestValue = 0;
            for (ChoiceIndex c : open) {
                if (greedyOutOfWork()) break;
                State next = state;
                if (!step(next, c)) continue;
                const std::int64_t v = resultOf(m_scenario, next);
                if (atEnding(m_scenario, next)) {
                    // An ending on the way is a result we can certainly reach.
                    if (!found.reachesEnd || better(v, found.value)) found = Memo{v, kNone, true, false};
                    continue;
                }
                if (!moved || better(v, bestValue)) {
                    bestNext = std::move(next);
                    bestValue = v;
                    moved = true;
                }
            }
            if (!moved) break;
            state = std::move(bestNext);
        }
        return found;
    }

    const Scenario& m_scenario;
    const LookaheadOptions& m_options;
    std::unordered_map<std::uint64_t, Memo> m_memo;
    static constexpr int kMaxDepth = 120;
    static constexpr int kGreedyDepth = 300;
    std::size_t m_expanded = 0;
    std::uint64_t m_work = 0;
    int m_depth = 0;
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
    for (int guard = 0; guard < 1000 && !atEnding(scenario, state); ++guard) {
        const Memo* m = search.memo(state);
        if (m == nullptr || m->bestChoice == kNone) break;
        out.choices.push_back(m->bestChoice);
        if (!search.step(state, m->bestChoice)) break;
    }
    return out;
}

} // namespace rapport
