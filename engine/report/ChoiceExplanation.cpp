#include "rapport/report/ChoiceExplanation.h"

#include "rapport/play/Play.h"

#include <deque>
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

/// Breadth first over distinct states: the first state where the choice is open, by fewest choices.
std::optional<std::size_t> searchShortest(const Scenario& scenario, const ExplainRequest& r, std::vector<Visit>& visits, bool& exhausted) {
    std::unordered_set<std::uint64_t> seen;
    visits.push_back(Visit{firstDecision(scenario, r.seed)});
    seen.insert(hashState(visits.back().state));
    std::string scratch;
    std::vector<ChoiceIndex> open;
    for (std::size_t i = 0; i < visits.size(); ++i) {
        if (isOpenAt(scenario, visits[i].state, r.choice)) return i;
        if (atEnding(scenario, visits[i].state)) continue;
        openChoices(scenario, visits[i].state, open);
        for (ChoiceIndex c : open) {
            if (visits.size() >= r.maxStates) {
                exhausted = true;
                return std::nullopt;
            }
            State next = visits[i].state;
            ChangeSink none;
            applyChoice(scenario, next, c, none);
            if (!enterNodes(scenario, next, none, nullptr, Lang::En, scratch)) continue; // a loop without a decision
            if (!seen.insert(hashState(next)).second) continue;
            visits.push_back(Visit{std::move(next), i, c});
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
        std::vector<Visit> visits;
        const std::optional<std::size_t> found = searchShortest(scenario, request, visits, result.searchExhausted);
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
