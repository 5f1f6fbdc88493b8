#include "rapport/report/ChoiceExplanation.h"

#include "rapport/core/ScenarioGraph.h"
#include "rapport/play/Play.h"

#include <deque>
#include <queue>
#include <unordered_map>
#include <unordered_set>

namespace rapport {
namespace {

/// A state found by the search, with the way back to the start.
struct Visit {
    State state;
    std::size_t parent = SIZE_MAX;
    ChoiceIndex choice = kNone;
};

State firstDecision(const Scenario& scenario, std::uint64_t seed) {
    State s = initialState(scenario, seed);
    ChangeSink none;
    std::string scratch;
    enterNodes(scenario, s, none, nullptr, Lang::En, scratch);
    return s;
}

bool isOpenAt(const Scenario& scenario, const State& s, ChoiceIndex choice) {
    const Choice& c = scenario.choices[choice];
    return !atEnding(scenario, s) && s.node == c.node && isChoiceOpen(scenario, s, c);
}

/// What most conditions read: the node, variables, facts, visited and chosen, the research budget.
/// The search keeps only a few states alike in these (the people's values differ between them):
/// otherwise every path is a state of its own and the search drowns in a large scenario.
std::uint64_t coarseKey(const State& s) {
    std::uint64_t h = 1469598103934665603ull;
    const auto add = [&h](std::uint64_t v) {
        h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        h *= 1099511628211ull;
    };
    add(s.node);
    add(static_cast<std::uint64_t>(s.budget));
    for (std::int64_t v : s.vars) add(static_cast<std::uint64_t>(v));
    for (std::uint64_t v : s.facts) add(v);
    for (std::uint64_t v : s.tracking) add(v);
    return h;
}

/// Per node the fewest choices that lead from it to `target` in the node graph, whatever the
/// conditions (kNone: never). Conditions only close ways, so this never overestimates.
std::vector<std::uint32_t> choicesToNode(const Scenario& scenario, NodeIndex target) {
    std::vector<std::vector<std::pair<NodeIndex, std::uint32_t>>> into(scenario.nodes.size());
    std::vector<Edge> out;
    for (NodeIndex n = 0; n < scenario.nodes.size(); ++n) {
        successors(scenario, n, out);
        for (const Edge& e : out) into[e.to].push_back({n, e.choice != kNone ? 1u : 0u});
    }
    std::vector<std::uint32_t> dist(scenario.nodes.size(), kNone);
    std::deque<NodeIndex> work{target};
    dist[target] = 0;
    while (!work.empty()) { // 0-1 breadth first: a choice costs one, passing through costs nothing
        const NodeIndex n = work.front();
        work.pop_front();
        for (const auto& [from, cost] : into[n]) {
            if (dist[from] != kNone && dist[from] <= dist[n] + cost) continue;
            dist[from] = dist[n] + cost;
            if (cost == 0) work.push_front(from);
            else work.push_back(from);
        }
    }
    return dist;
}

/// A* over states by the number of choices, guided by `choicesToNode`: the first state where the
/// choice is open on a shortest path. Of the states alike by `coarseKey`, at most `perKey` distinct
/// ones are kept.
std::optional<std::size_t> searchShortest(const Scenario& scenario, const ExplainRequest& r, std::vector<Visit>& visits, bool& exhausted,
                                          std::uint32_t perKey) {
    const std::vector<std::uint32_t> toTarget = choicesToNode(scenario, scenario.choices[r.choice].node);
    std::unordered_set<std::uint64_t> seen;
    std::unordered_map<std::uint64_t, std::uint32_t> alike;
    struct Open {
        std::uint32_t estimate; // choices so far plus the fewest still needed
        std::uint32_t taken;
        std::size_t visit;
        bool operator<(const Open& o) const { // the priority queue pops the largest: invert
            return estimate != o.estimate ? estimate > o.estimate : taken < o.taken;
        }
    };
    std::priority_queue<Open> open;
    const auto push = [&](State state, std::size_t parent, ChoiceIndex choice, std::uint32_t taken) {
        if (toTarget[state.node] == kNone) return;
        std::uint32_t& kept = alike[coarseKey(state)];
        if (kept >= perKey || !seen.insert(hashState(state)).second) return;
        ++kept;
        visits.push_back(Visit{std::move(state), parent, choice});
        open.push(Open{taken + toTarget[visits.back().state.node], taken, visits.size() - 1});
    };
    push(firstDecision(scenario, r.seed), SIZE_MAX, kNone, 0);
    std::string scratch;
    std::vector<ChoiceIndex> choices;
    while (!open.empty()) {
        const Open at = open.top();
        open.pop();
        if (isOpenAt(scenario, visits[at.visit].state, r.choice)) return at.visit;
        if (atEnding(scenario, visits[at.visit].state)) continue;
        openChoices(scenario, visits[at.visit].state, choices);
        for (ChoiceIndex c : choices) {
            if (visits.size() >= r.maxStates) {
                exhausted = true;
                return std::nullopt;
            }
            State next = visits[at.visit].state;
            ChangeSink none;
            applyChoice(scenario, next, c, none);
            if (!enterNodes(scenario, next, none, nullptr, Lang::En, scratch)) continue; // a loop without a decision
            push(std::move(next), at.visit, c, at.taken + 1);
        }
    }
    return std::nullopt;
}

void addSums(const Scenario& scenario, ChoiceExplanation& e) {
    for (const Change& c : e.changes) {
        if (c.target != ChangeTarget::Dimension || c.persona == kNone) continue;
        DimensionSum* sum = nullptr;
        for (DimensionSum& s : e.sums)
            if (s.persona == c.persona && s.dimension == static_cast<Dimension>(c.dimension)) sum = &s;
        if (sum == nullptr) {
            DimensionSum fresh;
            fresh.persona = c.persona;
            fresh.dimension = static_cast<Dimension>(c.dimension);
            fresh.before = e.before.personas[c.persona].dims[c.dimension];
            e.sums.push_back(fresh);
            sum = &e.sums.back();
        }
        (c.reason == Reason::Adjustment ? sum->author : sum->model) += c.delta();
        sum->after = c.after;
    }
    for (DimensionSum& s : e.sums) s.opposite = (s.model > 0 && s.author < 0) || (s.model < 0 && s.author > 0);
    (void)scenario;
}

} // namespace

ExplainResult explainChoice(const Scenario& scenario, const ExplainRequest& request) {
    ExplainResult result;
    ChoiceExplanation& e = result.explanation;
    e.choice = request.choice;
    if (request.fromPath) {
        State s = firstDecision(scenario, request.seed);
        std::string scratch;
        for (std::size_t i = 0; i < request.fromPath->size(); ++i) {
            const ChoiceIndex c = (*request.fromPath)[i];
            if (!isOpenAt(scenario, s, c)) {
                result.error = ExplainError::PathNotOpen;
                result.failedStep = i;
                return result;
            }
            ChangeSink none;
            applyChoice(scenario, s, c, none);
            enterNodes(scenario, s, none, nullptr, Lang::En, scratch);
        }
        e.path = *request.fromPath;
        if (!isOpenAt(scenario, s, request.choice)) {
            result.error = ExplainError::NotOpenThere;
            result.stoppedAt = s.node;
            if (!atEnding(scenario, s)) openChoices(scenario, s, result.openThere);
            return result;
        }
        e.before = std::move(s);
    } else {
        // First one state per situation (fast; enough unless a condition reads the people's values),
        // then a few with different values each.
        std::vector<Visit> visits;
        std::optional<std::size_t> found = searchShortest(scenario, request, visits, result.searchExhausted, 1);
        if (!found) {
            visits.clear();
            result.searchExhausted = false;
            found = searchShortest(scenario, request, visits, result.searchExhausted, 16);
        }
        if (!found) {
            result.error = ExplainError::NeverOpen;
            return result;
        }
        for (std::size_t i = *found; visits[i].parent != SIZE_MAX; i = visits[i].parent) e.path.insert(e.path.begin(), visits[i].choice);
        e.before = visits[*found].state;
        e.shortestPath = true;
    }

    // The model's own evaluation per person reached (the same function applyAct uses) ...
    const Choice& choice = scenario.choices[request.choice];
    for (PersonaIndex who : personasReached(choice))
        if (who != kNone) e.acts.push_back(ExplainedAct{who, evaluateAct(scenario, e.before, choice, who)});
    // ... and every change the choice really makes, from applying it to a copy of the state.
    State after = e.before;
    ChangeSink sink{&e.changes, after.step, after.node, request.choice};
    applyChoice(scenario, after, request.choice, sink);
    addSums(scenario, e);
    return result;
}

} // namespace rapport
