#include "report/KeyMoments.h"

#include "rapport/model/Model.h"
#include "rapport/model/PresentationConstants.h"
#include "rapport/model/Score.h"
#include "rapport/play/Play.h"
#include "report/Counterfactual.h"

#include <algorithm>
#include <cstdlib>

namespace rapport {
namespace {

// A question's share of the budget never falls below this, so a long run screens its latest
// decisions properly and leaves the earliest unscreened rather than all of them guessed.
constexpr std::size_t kMinStatesPerQuestion = 48;
constexpr std::size_t kMaxStatesPerQuestion = 6000;
constexpr std::uint64_t kMinWorkPerQuestion = 50'000;
// At a decision with very many options only the most promising ones are searched.
constexpr std::size_t kMaxSearchedOptions = 12;

/// One decision examined: what the best continuation reached before and after the choice.
struct Screened {
    std::uint32_t step = 0;
    Reach before, after;
};

ReachBudget share(std::size_t states, std::uint64_t work, std::size_t questions) {
    const std::size_t n = std::max<std::size_t>(1, questions);
    ReachBudget b;
    b.states = std::clamp(states / n, kMinStatesPerQuestion, kMaxStatesPerQuestion);
    b.work = std::max(kMinWorkPerQuestion, work / n);
    return b;
}

std::int64_t resultAfterChoice(const Scenario& scenario, const State& from, ChoiceIndex choice) {
    State state = from;
    ChangeSink none;
    applyChoice(scenario, state, choice, none);
    return resultOf(scenario, state);
}

} // namespace

KeyMomentSearch findKeyMoments(const Runner& runner, const DebriefOptions& options) {
    KeyMomentSearch out;
    std::vector<std::uint32_t>& endingSteps = out.endingSteps;
    const Scenario& scenario = runner.scenario();
    const std::vector<StepRecord>& steps = runner.steps();
    const std::vector<State>& states = runner.decisionStates();
    if (options.searchStates == 0 || steps.empty() || states.size() < steps.size() + 1) return out;
    const std::uint32_t n = static_cast<std::uint32_t>(steps.size());
    const bool finished = runner.finished();
    const NodeIndex ending = finished ? runner.state().node : kNone;
    ReachSearch search(scenario, options.memoStates);

    // 1. Screening: the best reachable at each decision and right after the choice taken (the
    // state at the next decision), from the last decision back so later answers are reused. A
    // long run screens its latest decisions within the budget and leaves the earliest.
    const std::size_t screenStates = options.searchStates / 2;
    const std::uint64_t screenWork = options.searchWork / 2;
    const std::size_t screenable = std::max<std::size_t>(1, screenStates / kMinStatesPerQuestion);
    const std::uint32_t first = n + 1 > screenable ? static_cast<std::uint32_t>(n + 1 - screenable) : 0;
    const ReachBudget screenBudget = share(screenStates, screenWork, n + 1 - first);
    std::vector<Reach> reach(n + 1);
    for (std::uint32_t s = n + 1; s-- > first;) reach[s] = search.bestFrom(states[s], screenBudget);
    out.scoreLost.assign(n, -1);
    for (std::uint32_t s = first; s < n; ++s)
        out.scoreLost[s] = std::max(0, scoreAt(scenario, reach[s].result, reach[s].ending) - scoreAt(scenario, reach[s + 1].result, reach[s + 1].ending));
    if (options.keyMoments == 0) return out;

    // 2. Candidates: the last decision; those where the best reachable ending changed or the
    // best reachable score fell; then the largest immediate changes (for a run with no loss).
    const std::size_t wanted = options.keyMoments * 2 + 2;
    std::vector<std::uint32_t> candidates{n - 1};
    auto add = [&](std::uint32_t s) {
        if (candidates.size() < wanted && std::find(candidates.begin(), candidates.end(), s) == candidates.end())
            candidates.push_back(s);
    };
    std::vector<std::uint32_t> order;
    for (std::uint32_t s = first; s < n; ++s) order.push_back(s);
    auto lossAt = [&](std::uint32_t s) {
        return scoreAt(scenario, reach[s].result, reach[s].ending) - scoreAt(scenario, reach[s + 1].result, reach[s + 1].ending);
    };
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const bool endA = reach[a].ending != reach[a + 1].ending, endB = reach[b].ending != reach[b + 1].ending;
        if (endA != endB) return endA;
        return lossAt(a) > lossAt(b);
    });
    for (std::uint32_t s : order)
        if (reach[s].ending != reach[s + 1].ending || lossAt(s) > 0) add(s);
    std::vector<std::uint32_t> byChange(n);
    for (std::uint32_t i = 0; i < n; ++i) byChange[i] = i;
    std::stable_sort(byChange.begin(), byChange.end(), [&](std::uint32_t a, std::uint32_t b) {
        return std::llabs(steps[a].resultAfter - steps[a].resultBefore) > std::llabs(steps[b].resultAfter - steps[b].resultBefore);
    });
    for (std::uint32_t s : byChange) add(s);

    // 3. Each candidate's options, each followed by its best continuation.
    std::vector<std::vector<ChoiceIndex>> opens(candidates.size());
    std::size_t questions = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        openChoices(scenario, states[candidates[i]], opens[i]);
        questions += std::min(opens[i].size(), kMaxSearchedOptions);
    }
    const ReachBudget optionBudget = share(options.searchStates - screenStates, options.searchWork - screenWork, questions);
    const std::vector<Change>& changes = runner.changes();
    std::vector<KeyMoment> found;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::uint32_t s = candidates[i];
        const StepRecord& rec = steps[s];
        const State& at = states[s];
        KeyMoment km;
        km.step = s;
        km.choice = rec.choice;
        km.resultBefore = rec.resultBefore;
        km.resultAfter = rec.resultAfter;
        for (std::uint32_t c = rec.firstChange; c < rec.firstChange + rec.changeCount; ++c)
            if (changes[c].target == ChangeTarget::Dimension || changes[c].target == ChangeTarget::Pressure) km.changes.push_back(c);
        std::stable_sort(km.changes.begin(), km.changes.end(), [&](std::uint32_t a, std::uint32_t b) {
            return std::llabs(changes[a].delta()) > std::llabs(changes[b].delta());
        });
        if (km.changes.size() > presentation::kChangesPerKeyMoment) km.changes.resize(presentation::kChangesPerKeyMoment);
        // The options searched: the one taken and the most promising right away.
        std::vector<std::pair<std::int64_t, ChoiceIndex>> ranked;
        for (ChoiceIndex c : opens[i]) ranked.emplace_back(c == rec.choice ? rec.resultAfter : resultAfterChoice(scenario, at, c), c);
        std::vector<std::pair<std::int64_t, ChoiceIndex>> byPromise = ranked;
        std::stable_sort(byPromise.begin(), byPromise.end(), [&](const auto& a, const auto& b) {
            if ((a.second == rec.choice) != (b.second == rec.choice)) return a.second == rec.choice;
            return a.first > b.first;
        });
        if (byPromise.size() > kMaxSearchedOptions) byPromise.resize(kMaxSearchedOptions);
        bool allProved = true;
        for (const auto& [immediate, option] : ranked) {
            const ChoiceIndex c = option; // a lambda may not capture a structured binding in C++17
            Alternative alt;
            alt.choice = c;
            alt.taken = c == rec.choice;
            alt.resultAfter = immediate;
            const bool search_ = std::any_of(byPromise.begin(), byPromise.end(), [&](const auto& p) { return p.second == c; });
            Reach r;
            if (alt.taken && s + 1 >= first) r = reach[s + 1];
            else if (search_) r = search.bestAfter(at, c, optionBudget);
            else r = Reach{immediate, kNone, false};
            alt.searched = search_ || alt.taken;
            alt.finalAfter = r.result;
            alt.ending = r.ending;
            alt.proved = r.complete;
            alt.scoreAfter = scoreAt(scenario, r.result, r.ending);
            allProved = allProved && alt.proved;
            km.alternatives.push_back(alt);
        }
        const Alternative* best = nullptr;
        const Alternative* taken = nullptr;
        int lowest = 100, highest = 0;
        bool otherEnding = false;
        for (const Alternative& alt : km.alternatives) {
            if (alt.taken) taken = &alt;
            if (best == nullptr || alt.finalAfter > best->finalAfter || (alt.finalAfter == best->finalAfter && alt.taken)) best = &alt;
            lowest = std::min(lowest, alt.scoreAfter);
            highest = std::max(highest, alt.scoreAfter);
            if (!alt.taken && alt.ending != kNone && alt.ending != ending) otherEnding = true;
        }
        // Never a moment whose options all read the same.
        if (taken == nullptr || lowest == highest) continue;
        // A best option that reads the same as the one taken is no better: the learner is not
        // told that something else "would have brought most".
        if (best->scoreAfter <= taken->scoreAfter) best = taken;
        km.bestMove = best->choice;
        km.bestFinal = best->finalAfter;
        km.bestProved = allProved;
        km.scoreLost = std::max(0, best->scoreAfter - taken->scoreAfter);
        km.decidedEnding = finished && otherEnding && (taken->ending == ending || s + 1 == n);
        if (km.decidedEnding) endingSteps.push_back(s);
        found.push_back(std::move(km));
    }

    // 4. The last decision when it decided the ending, then those that decided it or lost most,
    // then those where the choice taken mattered most.
    std::stable_sort(found.begin(), found.end(), [&](const KeyMoment& a, const KeyMoment& b) {
        const bool lastA = a.step + 1 == n && a.decidedEnding, lastB = b.step + 1 == n && b.decidedEnding;
        if (lastA != lastB) return lastA;
        if (a.decidedEnding != b.decidedEnding) return a.decidedEnding;
        if (a.scoreLost != b.scoreLost) return a.scoreLost > b.scoreLost;
        auto spread = [](const KeyMoment& k) {
            int lo = 100, hi = 0;
            for (const Alternative& alt : k.alternatives) lo = std::min(lo, alt.scoreAfter), hi = std::max(hi, alt.scoreAfter);
            return hi - lo;
        };
        return spread(a) > spread(b);
    });
    if (found.size() > options.keyMoments) found.resize(options.keyMoments);
    std::sort(found.begin(), found.end(), [](const KeyMoment& a, const KeyMoment& b) { return a.step < b.step; });
    std::sort(endingSteps.begin(), endingSteps.end());
    out.moments = std::move(found);
    return out;
}

} // namespace rapport
