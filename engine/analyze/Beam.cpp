// Layer 2b: beam searches for good first playthroughs. Level by level, every state of the beam
// takes each open choice; of the new states only the most promising by one objective stay (the
// result up or down, or one persona's quality up or down), at most a few per node so that the
// beam keeps different routes alive. Then the best and the worst met are improved locally: at
// every step each other choice, completed by a narrow beam. Every ending, dead end and loop met is a concrete
// playthrough, so it proves what it shows; the best and worst met seed the branch and bound.
// Nothing here depends on the clock but whether it runs at all: the same scenario gives the same
// playthroughs on every machine.

#include "analyze/Detail.h"

#include "rapport/model/Model.h"
#include "rapport/play/Play.h"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace rapport::detail {
namespace {

constexpr std::uint32_t kMaxLevels = 10000; // choices in one playthrough before the beam gives up

/// What a beam ranks its states by: the result (persona kNone) or one persona's quality.
struct Objective {
    PersonaIndex persona = kNone;
    bool maximise = true;
};

struct Entry {
    State state;
    std::uint32_t trail = kNone; // its last step in the trail arena
    std::int64_t key = 0;        // the objective, negated when minimising: larger is better
};

class Beam {
public:
    Beam(const AnalysisModel& model, Observations& obs, std::size_t width)
        : m_model(model), m_s(model.explore), m_obs(obs), m_width(std::max<std::size_t>(width, 1)),
          m_perNode(std::max<std::size_t>(2, m_width / 8)) {}

    /// Runs one beam; false when the deadline passed before it finished.
    bool run(Objective objective, Deadline deadline, std::uint64_t& states) {
        State start = initialState(m_s, 0);
        if (!enterNodes(m_s, start, m_none, nullptr, Lang::En, m_scratch)) {
            m_obs.loop(start.node, kNone, Witness{});
            return true;
        }
        return runFrom(objective, std::move(start), {}, deadline, states);
    }

    /// Runs one beam from a state play reached by `prefix` (at a decision, not an ending).
    bool runFrom(Objective objective, State start, const std::vector<ChoiceIndex>& prefix, Deadline deadline,
                 std::uint64_t& states) {
        m_objective = objective;
        m_trail.clear();
        std::uint32_t trail = kNone;
        for (ChoiceIndex c : prefix) trail = push(trail, c);
        std::vector<Entry> beam;
        beam.push_back(Entry{std::move(start), trail, 0});
        std::vector<Entry> next;
        std::unordered_set<std::uint64_t> seen;
        for (std::uint32_t level = 0; level < kMaxLevels && !beam.empty(); ++level) {
            next.clear();
            seen.clear();
            for (Entry& e : beam) {
                if (deadline.passed()) return false;
                m_obs.nodeReached[e.state.node] = true;
                openChoices(m_s, e.state, m_open);
                if (m_open.empty()) {
                    m_obs.deadEnd(e.state.node, lastChoice(e.trail), witness(e.trail));
                    continue;
                }
                for (ChoiceIndex c : m_open) {
                    if (c < m_model.realChoices) m_obs.choiceTaken[c] = true;
                    Entry child{e.state, push(e.trail, c), 0};
                    applyChoice(m_s, child.state, c, m_none);
                    ++states;
                    if (!enterNodes(m_s, child.state, m_none, nullptr, Lang::En, m_scratch)) {
                        m_obs.loop(child.state.node, c, witness(child.trail));
                        continue;
                    }
                    if (atEnding(m_s, child.state)) {
                        m_obs.ending(m_model, child.state, [&] { return witness(child.trail); });
                        continue;
                    }
                    // The same state by another route: the first route (in choice order) stays.
                    if (!seen.insert(hashState(child.state)).second) continue;
                    child.key = keyOf(child.state);
                    next.push_back(std::move(child));
                }
            }
            select(next, beam);
        }
        return true;
    }

private:
    [[nodiscard]] std::int64_t keyOf(const State& state) const {
        const std::int64_t v = m_objective.persona == kNone ? resultOf(m_s, state)
                                                            : std::int64_t{qualityOf(state.personas[m_objective.persona])};
        return m_objective.maximise ? v : -v;
    }

    /// What decides which choices open and where play goes, but not how good it went: the node,
    /// variables, facts, what was visited and chosen, who knows whom.
    [[nodiscard]] static std::uint64_t controlOf(const State& state) {
        std::uint64_t h = 1469598103934665603ull;
        auto mix = [&h](std::uint64_t v) { h = (h ^ v) * 1099511628211ull; };
        mix(state.node);
        for (std::int64_t v : state.vars) mix(static_cast<std::uint64_t>(v));
        for (std::uint64_t w : state.facts) mix(w);
        for (std::uint64_t w : state.tracking) mix(w);
        for (const PersonaState& p : state.personas) mix(p.links), mix(static_cast<std::uint64_t>(p.flags));
        return h;
    }

    /// The best `m_width` candidates by key (ties: the order they were made in): first the best
    /// at each node, then the best of each control state (so that routes which went worse so far
    /// but open other endings stay), then at most `m_perNode` at one node, then the next best.
    void select(std::vector<Entry>& candidates, std::vector<Entry>& beam) {
        std::vector<std::size_t> order(candidates.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return candidates[a].key > candidates[b].key; });
        std::vector<bool> taken(candidates.size(), false);
        std::vector<std::size_t> picked;
        std::vector<std::size_t> atNode(m_s.nodes.size(), 0);
        for (std::size_t i : order) {
            if (picked.size() == m_width) break;
            if (atNode[candidates[i].state.node]++ != 0) continue;
            taken[i] = true;
            picked.push_back(i);
        }
        std::unordered_set<std::uint64_t> controls;
        for (std::size_t i : picked) controls.insert(controlOf(candidates[i].state));
        for (std::size_t i : order) {
            if (picked.size() >= m_width * 3 / 4) break;
            if (taken[i] || !controls.insert(controlOf(candidates[i].state)).second) continue;
            taken[i] = true;
            picked.push_back(i);
        }
        std::fill(atNode.begin(), atNode.end(), 0);
        for (std::size_t i : picked) ++atNode[candidates[i].state.node];
        for (std::size_t i : order) {
            if (picked.size() == m_width) break;
            if (taken[i] || atNode[candidates[i].state.node]++ >= m_perNode) continue;
            taken[i] = true;
            picked.push_back(i);
        }
        for (std::size_t i : order) {
            if (picked.size() == m_width) break;
            if (!taken[i]) picked.push_back(i);
        }
        std::sort(picked.begin(), picked.end()); // the order they were made in: deterministic
        beam.clear();
        for (std::size_t i : picked) beam.push_back(std::move(candidates[i]));
    }

    std::uint32_t push(std::uint32_t parent, ChoiceIndex c) {
        m_trail.emplace_back(parent, c);
        return static_cast<std::uint32_t>(m_trail.size() - 1);
    }
    [[nodiscard]] ChoiceIndex lastChoice(std::uint32_t trail) const { return trail == kNone ? kNone : m_trail[trail].second; }
    [[nodiscard]] Witness witness(std::uint32_t trail) const {
        std::vector<ChoiceIndex> path;
        for (std::uint32_t t = trail; t != kNone; t = m_trail[t].first) path.push_back(m_trail[t].second);
        std::reverse(path.begin(), path.end());
        return witnessOf(m_model, path);
    }

    const AnalysisModel& m_model;
    const Scenario& m_s;
    Observations& m_obs;
    std::size_t m_width;
    std::size_t m_perNode;
    Objective m_objective;
    std::vector<std::pair<std::uint32_t, ChoiceIndex>> m_trail; // (parent step, choice) per step
    std::vector<ChoiceIndex> m_open;
    ChangeSink m_none;
    std::string m_scratch;
};

/// The choices of a witness in the explored scenario (chance outcomes as their synthetic
/// choices), or false when chance was left to a seed.
bool choicesOf(const AnalysisModel& model, const Witness& w, std::vector<ChoiceIndex>& out) {
    out.clear();
    if (w.seeded) return false;
    for (const PathStep& step : w.steps) {
        if (step.choice != kNone) {
            out.push_back(step.choice);
            continue;
        }
        ChoiceIndex found = kNone;
        for (ChoiceIndex c : model.explore.nodes[step.chanceNode].choices)
            if (model.explore.choices[c].next == step.chanceNext) found = c;
        if (found == kNone) return false;
        out.push_back(found);
    }
    return true;
}

/// Local improvement of the best (worst) playthrough known: at every step, each other open
/// choice, completed by a narrow beam. A better playthrough found starts the next round.
void improve(const AnalysisModel& model, Observations& obs, bool maximise, Deadline deadline, std::uint64_t& states) {
    constexpr int kRounds = 8;
    constexpr std::size_t kWidth = 8;
    const Scenario& s = model.explore;
    ChangeSink none;
    std::string scratch;
    std::vector<ChoiceIndex> path, open;
    Beam beam(model, obs, kWidth);
    for (int round = 0; round < kRounds; ++round) {
        const Extreme& x = maximise ? obs.best : obs.worst;
        if (!x.found || !choicesOf(model, x.witness, path)) return;
        const std::int64_t before = x.result;
        State state = initialState(s, 0);
        if (!enterNodes(s, state, none, nullptr, Lang::En, scratch)) return;
        for (std::size_t i = 0; i < path.size() && !atEnding(s, state); ++i) {
            openChoices(s, state, open);
            const std::vector<ChoiceIndex> prefix(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(i));
            for (ChoiceIndex c : open) {
                if (c == path[i]) continue;
                if (deadline.passed()) return;
                State child = state;
                applyChoice(s, child, c, none);
                ++states;
                if (!enterNodes(s, child, none, nullptr, Lang::En, scratch)) continue;
                std::vector<ChoiceIndex> via = prefix;
                via.push_back(c);
                if (atEnding(s, child)) {
                    obs.ending(model, child, [&] { return witnessOf(model, via); });
                    continue;
                }
                if (!beam.runFrom({kNone, maximise}, std::move(child), via, deadline, states)) return;
            }
            applyChoice(s, state, path[i], none);
            if (!enterNodes(s, state, none, nullptr, Lang::En, scratch)) return;
        }
        const Extreme& after = maximise ? obs.best : obs.worst;
        if (after.result == before) return; // no better playthrough nearby
    }
}

} // namespace

void replayKnown(const AnalysisModel& model, const std::vector<std::vector<std::string>>& paths, Observations& obs) {
    const Scenario& s = model.explore;
    ChangeSink none;
    std::string scratch;
    std::vector<ChoiceIndex> open, taken;
    for (const std::vector<std::string>& ids : paths) {
        State state = initialState(s, 0);
        bool ok = enterNodes(s, state, none, nullptr, Lang::En, scratch);
        taken.clear();
        for (const std::string& id : ids) {
            if (!ok || atEnding(s, state)) {
                ok = false;
                break;
            }
            openChoices(s, state, open);
            ChoiceIndex found = kNone;
            for (ChoiceIndex c : open)
                if (c < model.realChoices && s.choices[c].id == id) found = c;
            if (found == kNone) {
                ok = false;
                break;
            }
            taken.push_back(found);
            obs.choiceTaken[found] = true;
            obs.nodeReached[state.node] = true;
            applyChoice(s, state, found, none);
            ok = enterNodes(s, state, none, nullptr, Lang::En, scratch);
        }
        if (ok && atEnding(s, state)) obs.ending(model, state, [&] { return witnessOf(model, taken); });
    }
}

std::uint64_t runBeams(const AnalysisModel& model, Deadline deadline, std::size_t width, Observations& obs) {
    // The result first (the best and the worst seed the search), then each persona's quality:
    // endings that ask for one relationship to be strong or weak are met on the way.
    std::vector<Objective> objectives{{kNone, true}, {kNone, false}};
    for (PersonaIndex p = 0; p < model.explore.personas.size(); ++p) {
        objectives.push_back({p, true});
        objectives.push_back({p, false});
    }
    // The result's beams are the widest: they give the search the playthroughs to beat; the
    // personas' only need to get somewhere.
    std::uint64_t states = 0;
    Beam wide(model, obs, width), narrow(model, obs, std::max<std::size_t>(width / 8, 16));
    for (const Objective& o : objectives)
        if (!(o.persona == kNone ? wide : narrow).run(o, deadline, states)) return states;
    improve(model, obs, true, deadline, states);
    improve(model, obs, false, deadline, states);
    return states;
}

} // namespace rapport::detail
