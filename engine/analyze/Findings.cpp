// Findings for authors that need play: loops that raise the result each time round, endings whose
// rating and result disagree, careless runs per ending and ties for the best playthrough. Each is
// shown by concrete playthroughs, replayed here on the explored scenario (chance as choices).

#include "analyze/Findings.h"
#include "analyze/StaticFindings.h"

#include "rapport/model/Model.h"
#include "rapport/play/Play.h"

#include <algorithm>
#include <string>

namespace rapport::detail {
namespace {

constexpr std::size_t kMaxLoops = 5;        // loop findings at most
constexpr int kRoundsShown = 3;             // rounds a loop must repeat (rising each time) to count
constexpr std::size_t kMaxTieExamples = 3;
constexpr std::uint32_t kCarelessSeeds = 200; // careless runs when chance decides something
constexpr std::uint32_t kMaxSteps = 10000;

/// Plays choices of `model.explore` from a state standing at a decision.
class Replay {
public:
    explicit Replay(const AnalysisModel& model) : m_model(model), m_s(model.explore) {}

    [[nodiscard]] State start() {
        State state = initialState(m_s, 1);
        m_ok = enterNodes(m_s, state, m_none, nullptr, Lang::En, m_scratch);
        return state;
    }
    [[nodiscard]] bool ok() const { return m_ok; }

    /// Takes `c` if it is open; false (state unchanged or spoilt) when it is not or play loops.
    bool take(State& state, ChoiceIndex c) {
        if (atEnding(m_s, state) || m_s.nodes[state.node].kind != NodeKind::Decision) return false;
        openChoices(m_s, state, m_open);
        if (std::find(m_open.begin(), m_open.end(), c) == m_open.end()) return false;
        applyChoice(m_s, state, c, m_none);
        return enterNodes(m_s, state, m_none, nullptr, Lang::En, m_scratch);
    }

    const std::vector<ChoiceIndex>& open(const State& state) {
        openChoices(m_s, state, m_open);
        return m_open;
    }

    /// The witness's steps as choices of the explored scenario.
    [[nodiscard]] std::vector<ChoiceIndex> choicesOf(const Witness& w) const {
        std::vector<ChoiceIndex> out;
        for (const PathStep& step : w.steps) {
            if (step.choice != kNone) {
                out.push_back(step.choice);
                continue;
            }
            for (std::size_t k = 0; k < m_model.chanceOutcome.size(); ++k)
                if (m_model.chanceOutcome[k].first == step.chanceNode && m_model.chanceOutcome[k].second == step.chanceNext)
                    out.push_back(static_cast<ChoiceIndex>(m_model.realChoices + k));
        }
        return out;
    }

    [[nodiscard]] const Scenario& scenario() const { return m_s; }

private:
    const AnalysisModel& m_model;
    const Scenario& m_s;
    ChangeSink m_none;
    std::string m_scratch;
    std::vector<ChoiceIndex> m_open;
    bool m_ok = true;
};

/// The states standing before each choice of `path`, plus the last; empty if the path does not play.
std::vector<State> statesAlong(Replay& replay, const std::vector<ChoiceIndex>& path) {
    std::vector<State> states;
    State state = replay.start();
    if (!replay.ok()) return {};
    states.push_back(state);
    for (ChoiceIndex c : path) {
        if (!replay.take(state, c)) return {};
        states.push_back(state);
    }
    return states;
}

bool sameRound(const std::vector<ChoiceIndex>& a, const std::vector<ChoiceIndex>& b) {
    std::vector<ChoiceIndex> x = a, y = b;
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    x.erase(std::unique(x.begin(), x.end()), x.end());
    y.erase(std::unique(y.begin(), y.end()), y.end());
    return x == y;
}

void findLoopsOn(const AnalysisModel& model, Replay& replay, const std::vector<ChoiceIndex>& path, Deadline deadline,
                 std::vector<InflatingLoop>& out) {
    const Scenario& s = replay.scenario();
    const std::vector<State> states = statesAlong(replay, path);
    if (states.empty()) return;
    for (std::size_t i = 0; i + 1 < states.size() && out.size() < kMaxLoops; ++i) {
        if (deadline.passed()) return;
        const NodeIndex node = states[i].node;
        if (s.nodes[node].kind != NodeKind::Decision) continue;
        std::size_t j = i + 1;
        while (j < states.size() && states[j].node != node) ++j;
        if (j == states.size()) continue;
        const std::vector<ChoiceIndex> round(path.begin() + static_cast<std::ptrdiff_t>(i), path.begin() + static_cast<std::ptrdiff_t>(j));
        if (std::none_of(round.begin(), round.end(), [&](ChoiceIndex c) { return c < model.realChoices; })) continue;
        std::vector<std::int64_t> results{resultOf(s, states[i]), resultOf(s, states[j])};
        if (results[1] <= results[0]) continue;
        if (std::any_of(out.begin(), out.end(), [&](const InflatingLoop& l) { return sameRound(l.round, round); })) continue;
        // Shown only when the same round can be taken again, and raises the result again.
        State state = states[j];
        std::vector<ChoiceIndex> shown(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(j));
        bool repeats = true;
        for (int r = 1; r < kRoundsShown && repeats; ++r) {
            for (ChoiceIndex c : round) {
                if (!replay.take(state, c)) { repeats = false; break; }
                shown.push_back(c);
            }
            if (!repeats || state.node != node) { repeats = false; break; }
            const std::int64_t now = resultOf(s, state);
            if (now <= results.back()) repeats = false;
            results.push_back(now);
        }
        if (!repeats) continue;
        InflatingLoop loop;
        loop.node = node;
        for (ChoiceIndex c : round) if (c < model.realChoices) loop.round.push_back(c);
        loop.results = results;
        loop.witness = witnessOf(model, shown);
        loop.place = placeOfNode(*model.original, node);
        out.push_back(loop);
    }
}

void findRatingMismatches(const Scenario& s, AnalysisReport& r) {
    for (const EndingReport& good : r.endings) {
        if (s.nodes[good.node].rating != Rating::Good || good.reach != Reach::Reachable) continue;
        const bool exact = good.seenGuarantee == Guarantee::Proved && good.seen.result.known;
        for (const EndingReport& poor : r.endings) {
            if (s.nodes[poor.node].rating != Rating::Poor || !poor.seen.result.known) continue;
            // A poor ending's highest seen result is reached by a concrete playthrough.
            const std::int64_t poorBest = poor.seen.result.hi;
            RatingMismatch m{good.node, poor.node, 0, poorBest, Guarantee::Proved, placeOfNode(s, good.node), placeOfNode(s, poor.node)};
            // The most the good ending gives: exact, or a sound limit, or (estimated) the most seen.
            if (exact) m.goodBest = good.seen.result.hi;
            else if (good.bound.result.known && good.bound.result.hi < poorBest) m.goodBest = good.bound.result.hi;
            else if (good.seen.result.known) m.goodBest = good.seen.result.hi, m.guarantee = Guarantee::Estimated;
            else continue;
            if (m.goodBest < poorBest) r.ratingMismatches.push_back(m);
        }
    }
}

void runCareless(const AnalysisModel& model, const AnalyzerOptions& options, Deadline deadline, PlayoutStats& stats) {
    const Scenario& s = *model.original;
    stats.carelessCounts.assign(model.endings.size(), 0);
    const bool chance = !model.chanceOutcome.empty();
    const std::uint32_t runs = chance ? kCarelessSeeds : 1;
    ChangeSink none;
    std::string scratch;
    std::vector<ChoiceIndex> open;
    for (std::uint32_t i = 0; i < runs && !deadline.passed(); ++i) {
        State state = initialState(s, options.seed + i);
        bool ok = enterNodes(s, state, none, nullptr, Lang::En, scratch);
        std::uint32_t steps = 0;
        while (ok && !atEnding(s, state) && steps++ < kMaxSteps) {
            openChoices(s, state, open);
            if (open.empty()) { ok = false; break; }
            applyChoice(s, state, open.front(), none);
            ok = enterNodes(s, state, none, nullptr, Lang::En, scratch);
        }
        ++stats.careless;
        if (ok && atEnding(s, state)) ++stats.carelessCounts[model.endingIndex[state.node]];
        else ++stats.carelessStuck;
    }
}

void findTies(const AnalysisModel& model, Replay& replay, Deadline deadline, AnalysisReport& r) {
    if (!r.best.found) return;
    const std::vector<ChoiceIndex> path = replay.choicesOf(r.best.witness);
    const std::vector<State> states = statesAlong(replay, path);
    if (states.empty()) return;
    const Scenario& s = replay.scenario();
    r.bestTies.checked = true;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] >= model.realChoices) continue; // another chance outcome is not the player's doing
        const std::vector<ChoiceIndex> open = replay.open(states[i]);
        for (ChoiceIndex c : open) {
            if (deadline.passed()) { r.bestTies.checked = false; return; }
            if (c == path[i] || c >= model.realChoices) continue;
            State state = states[i];
            std::vector<ChoiceIndex> tried(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(i));
            tried.push_back(c);
            bool ok = replay.take(state, c);
            for (std::size_t k = i + 1; ok && k < path.size(); ++k) {
                ok = replay.take(state, path[k]);
                tried.push_back(path[k]);
            }
            if (!ok || !atEnding(s, state) || resultOf(s, state) != r.best.result) continue;
            ++r.bestTies.found;
            if (r.bestTies.examples.size() < kMaxTieExamples)
                r.bestTies.examples.push_back(BestTie{witnessOf(model, tried), static_cast<std::uint32_t>(i), path[i], c});
        }
    }
}

} // namespace

FilePlace placeOfNode(const Scenario& s, NodeIndex node) {
    return {"/nodes/" + std::to_string(node), "nodes[" + s.nodes[node].id + "]"};
}

FilePlace placeOfChoice(const Scenario& s, ChoiceIndex choice, const std::string& field) {
    const Choice& c = s.choices[choice];
    const std::vector<ChoiceIndex>& list = s.nodes[c.node].choices;
    const auto k = static_cast<std::size_t>(std::find(list.begin(), list.end(), choice) - list.begin());
    FilePlace p = placeOfNode(s, c.node);
    p.pointer += "/choices/" + std::to_string(k);
    p.path += ".choices[" + c.id + "]";
    if (!field.empty()) {
        p.pointer += "/" + field;
        p.path += "." + field;
    }
    return p;
}

void addAuthorFindings(const AnalysisModel& model, const AnalyzerOptions& options, Deadline deadline, AnalysisReport& report) {
    const Scenario& s = *model.original;
    findContradictions(s, report.contradictoryConditions);
    findUnusedFacts(s, report.unusedFacts);
    findRatingMismatches(s, report);
    if (options.playouts) runCareless(model, options, deadline, report.playouts);
    Replay replay(model);
    // The best playthrough first: a loop that inflates the result is where the best goes.
    std::vector<const Witness*> paths{&report.best.witness};
    for (const EndingReport& e : report.endings)
        if (e.reach == Reach::Reachable) paths.push_back(&e.witness);
    paths.push_back(&report.worst.witness);
    for (const Witness* w : paths) {
        if (deadline.passed() || report.inflatingLoops.size() >= kMaxLoops) break;
        findLoopsOn(model, replay, replay.choicesOf(*w), deadline, report.inflatingLoops);
    }
    findTies(model, replay, deadline, report);
}

} // namespace rapport::detail
