#include "report/Counterfactual.h"

#include "rapport/model/Model.h"
#include "rapport/play/Play.h"

#include <algorithm>
#include <vector>

namespace rapport {
namespace {
constexpr int kMaxDepth = 120;    // deeper than any authored scenario goes
constexpr int kGreedyDepth = 300; // steps a greedy finish may take
} // namespace

ReachSearch::ReachSearch(const Scenario& scenario, std::size_t memoLimit) : m_scenario(scenario), m_memoLimit(memoLimit) {}

void ReachSearch::startQuestion(const ReachBudget& budget) {
    // Cleared between questions only, so the answers depend on the questions asked, not on time.
    if (m_memo.size() > m_memoLimit) m_memo.clear();
    m_budget = budget;
    m_expanded = 0;
    m_work = 0;
    m_depth = 0;
    m_exhausted = false;
}

Reach ReachSearch::bestFrom(const State& state, const ReachBudget& budget) {
    startQuestion(budget);
    const Memo m = visit(state);
    Reach out;
    out.result = m.reachesEnd ? m.value : resultOf(m_scenario, state);
    out.ending = m.reachesEnd ? m.ending : kNone;
    out.complete = m.complete && !m_exhausted;
    return out;
}

Reach ReachSearch::bestAfter(const State& at, ChoiceIndex choice, const ReachBudget& budget) {
    State next = at;
    if (!step(next, choice)) return Reach{resultOf(m_scenario, next), kNone, false};
    return bestFrom(next, budget);
}

bool ReachSearch::step(State& state, ChoiceIndex choice) {
    ChangeSink none;
    applyChoice(m_scenario, state, choice, none);
    const bool ok = enterNodes(m_scenario, state, none, nullptr, Lang::En, m_scratch);
    m_work += none.work;
    return ok;
}

// Depth-first with memoised states, the most promising choice first, so that a search cut short
// has already seen the likely best line. A state on the current path counts as "no ending" (a
// loop is never best). A result cut short by the budget is not kept for later questions.
ReachSearch::Memo ReachSearch::visit(const State& state) {
    if (atEnding(m_scenario, state)) return Memo{resultOf(m_scenario, state), state.node, true, true};
    const std::uint64_t key = hashState(state);
    if (auto it = m_memo.find(key); it != m_memo.end()) return it->second;
    if (m_expanded >= m_budget.states || m_depth >= kMaxDepth || outOfWork()) {
        const bool first = !m_exhausted;
        m_exhausted = true;
        return first ? greedy(state) : Memo{};
    }
    ++m_expanded;
    ++m_totalExpanded;
    m_memo[key] = Memo{}; // in progress
    ++m_depth;
    std::vector<ChoiceIndex> open;
    openChoices(m_scenario, state, open);
    // Only the scores are kept: a decision with 10,000 choices holds numbers, not states.
    std::vector<std::pair<std::int64_t, ChoiceIndex>> order;
    order.reserve(open.size());
    State next;
    for (ChoiceIndex c : open) {
        if (outOfWork()) break;
        next = state;
        if (step(next, c)) order.emplace_back(resultOf(m_scenario, next), c);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    Memo best;
    bool complete = !outOfWork();
    for (const auto& entry : order) {
        if (outOfWork()) {
            m_exhausted = true;
            break;
        }
        next = state;
        (void)step(next, entry.second);
        const Memo sub = visit(next);
        complete = complete && sub.complete;
        if (sub.reachesEnd && (!best.reachesEnd || sub.value > best.value)) {
            best.value = sub.value;
            best.ending = sub.ending;
            best.reachesEnd = true;
        }
        if (m_exhausted) break;
    }
    if (outOfWork()) m_exhausted = true;
    --m_depth;
    best.complete = complete && !m_exhausted;
    if (m_exhausted) m_memo.erase(key);
    else m_memo[key] = best;
    return best;
}

// Past the budget: follow the choice that looks best one step ahead, to some ending.
ReachSearch::Memo ReachSearch::greedy(State state) {
    Memo found;
    std::vector<ChoiceIndex> open;
    for (int depth = 0; depth < kGreedyDepth; ++depth) {
        if (atEnding(m_scenario, state)) {
            const std::int64_t v = resultOf(m_scenario, state);
            if (!found.reachesEnd || v > found.value) found = Memo{v, state.node, true, false};
            break;
        }
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
                if (!found.reachesEnd || v > found.value) found = Memo{v, next.node, true, false};
                continue;
            }
            if (!moved || v > bestValue) {
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

} // namespace rapport
