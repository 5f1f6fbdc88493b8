// What the analyzer reads from the scenario alone: which principles a choice or an effect can
// touch, which variables are read, and the observations of concrete playthroughs.

#include "analyze/Detail.h"

#include "rapport/core/Effects.h"
#include "rapport/model/ActRules.h"
#include "rapport/model/Model.h"

#include <initializer_list>

namespace rapport::detail {
namespace {

std::uint32_t bit(int principle) { return principle < 0 ? 0u : 1u << static_cast<unsigned>(principle); }

std::uint32_t reasons(std::initializer_list<Reason> list) {
    std::uint32_t bits = 0;
    for (Reason r : list) bits |= bit(principleOfReason(r));
    return bits;
}

std::uint32_t timePrinciples() { return reasons({Reason::Drift, Reason::PressureFades, Reason::TimePassed}); }

} // namespace

std::uint32_t principlesOfEffects(const Scenario& s, EffectRange range) {
    // Every reason an effect can record, both ways of every condition.
    struct Principles {
        const Scenario& s;
        std::uint32_t bits = 0;
        void setVariable(std::uint32_t, ExprId, bool) { bits |= reasons({Reason::VariableChanged}); }
        void adjust(const Adjustment& a) { bits |= a.principle >= 0 ? bit(a.principle) : reasons({Reason::Adjustment}); }
        void learn(const std::vector<std::uint32_t>&) { bits |= reasons({Reason::FactLearned}); }
        void favour(PersonaIndex, int) { bits |= reasons({Reason::FavourGiven, Reason::FavourReceived}); }
        void link(PersonaIndex, PersonaIndex) { bits |= reasons({Reason::Introduced}); }
        void wait(std::int64_t) { bits |= timePrinciples(); }
        void event(const Effect&) { bits |= (1u << static_cast<unsigned>(kPrincipleCount)) - 1u; } // model v2
        void branch(ExprId, EffectRange then, EffectRange otherwise) {
            walkEffects(s, then, *this);
            walkEffects(s, otherwise, *this);
        }
    } principles{s};
    walkEffects(s, range, principles);
    return principles.bits;
}

std::uint32_t principlesOfChoice(const Scenario& s, const Choice& c) {
    std::uint32_t bits = bit(c.principle) | bit(c.violates);
    if (personasReached(c)[0] != kNone) bits |= actPrinciples(c.act); // every variant's principle, from the act table
    for (std::uint32_t a : c.adjustments) {
        const Adjustment& adj = s.adjustments[a];
        bits |= adj.principle >= 0 ? bit(adj.principle) : reasons({Reason::Adjustment});
    }
    if (!c.reveals.empty()) bits |= reasons({Reason::FactLearned});
    if (c.takes > 0) bits |= timePrinciples();
    return bits | principlesOfEffects(s, c.effects);
}

std::vector<bool> variablesRead(const Scenario& s) {
    // The pool holds exactly the expressions written in the file (conditions, values, texts).
    std::vector<bool> read(s.variableNames.size(), false);
    for (const ExprNode& e : s.expressions)
        if (e.op == ExprOp::Variable && e.a < read.size()) read[e.a] = true;
    return read;
}

// --- observations --------------------------------------------------------------------------------

void Observations::init(const AnalysisModel& model) {
    scenario = &model.explore;
    const std::size_t endings = model.endings.size();
    endingReached.assign(endings, false);
    endingWitness.assign(endings, Witness{});
    endingSeen.assign(endings, EndingRanges{});
    nodeReached.assign(model.explore.nodes.size(), false);
    choiceTaken.assign(model.realChoices, false);
    deadEndAt.assign(model.explore.nodes.size(), false);
    loopAt.assign(model.explore.nodes.size(), false);
}

void Observations::ending(const AnalysisModel& model, const State& state, const std::function<Witness()>& witness,
                          std::size_t steps) {
    const Scenario& s = *scenario;
    const std::uint32_t e = model.endingIndex[state.node];
    nodeReached[state.node] = true;
    EndingRanges& r = endingSeen[e];
    const std::int64_t result = resultOf(s, state);
    r.result.add(result);
    if (r.personas.size() != s.personas.size()) r.personas.resize(s.personas.size());
    for (std::size_t p = 0; p < s.personas.size(); ++p) {
        r.personas[p].quality.add(qualityOf(state.personas[p]));
        for (std::size_t d = 0; d < kDimensionCount; ++d) r.personas[p].dims[d].add(state.personas[p].dims[d]);
    }
    const bool first = !endingReached[e];
    bool better = !best.found || result > best.result;
    bool worse = !worst.found || result < worst.result;
    // A tie wins only by a way no longer than the incumbent's (witnessBefore): long chains of
    // equal endings would otherwise build a witness each, quadratic in the chain's length.
    auto mayWinTie = [&](const Extreme& x) { return x.found && result == x.result && (steps == kUnknownSteps || steps <= x.witness.steps.size()); };
    const bool tie = mayWinTie(best) || mayWinTie(worst);
    if (!first && !better && !worse && !tie) return;
    const Witness w = witness();
    // Equally good playthroughs: the same one wins whichever layer met it first.
    if (best.found && result == best.result && witnessBefore(w, best.witness)) better = true;
    if (worst.found && result == worst.result && witnessBefore(w, worst.witness)) worse = true;
    if (first) {
        endingReached[e] = true;
        endingWitness[e] = w;
    }
    for (Extreme* x : {&best, &worst}) {
        if (x == &best ? !better : !worse) continue;
        x->found = true;
        x->result = result;
        x->ending = state.node;
        x->witness = w;
        x->guarantee = Guarantee::Estimated;
    }
}

void Observations::deadEnd(NodeIndex node, ChoiceIndex last, const Witness& witness) {
    nodeReached[node] = true;
    if (deadEndAt[node]) return;
    deadEndAt[node] = true;
    Finding f;
    f.guarantee = Guarantee::Proved;
    f.node = node;
    f.choice = last < choiceTaken.size() ? last : kNone;
    f.witness = witness;
    deadEnds.push_back(std::move(f));
}

void Observations::loop(NodeIndex node, ChoiceIndex last, const Witness& witness) {
    nodeReached[node] = true;
    const NodeIndex where = loopRepresentative(*scenario, node);
    if (loopAt[where]) return;
    loopAt[where] = true;
    Finding f;
    f.guarantee = Guarantee::Proved;
    f.node = where;
    f.choice = last < choiceTaken.size() ? last : kNone;
    f.witness = witness;
    loops.push_back(std::move(f));
}

void Observations::absorb(const Observations& o) {
    for (std::size_t e = 0; e < endingReached.size(); ++e) {
        EndingRanges& r = endingSeen[e];
        const EndingRanges& from = o.endingSeen[e];
        r.result.add(from.result);
        if (r.personas.size() < from.personas.size()) r.personas.resize(from.personas.size());
        for (std::size_t p = 0; p < from.personas.size(); ++p) {
            r.personas[p].quality.add(from.personas[p].quality);
            for (std::size_t d = 0; d < kDimensionCount; ++d) r.personas[p].dims[d].add(from.personas[p].dims[d]);
        }
        if (!endingReached[e] && o.endingReached[e]) {
            endingReached[e] = true;
            endingWitness[e] = o.endingWitness[e];
        }
    }
    for (std::size_t n = 0; n < nodeReached.size(); ++n) nodeReached[n] = nodeReached[n] || o.nodeReached[n];
    for (std::size_t c = 0; c < choiceTaken.size(); ++c) choiceTaken[c] = choiceTaken[c] || o.choiceTaken[c];
    for (const Finding& f : o.deadEnds) {
        if (deadEndAt[f.node]) continue;
        deadEndAt[f.node] = true;
        deadEnds.push_back(f);
    }
    for (const Finding& f : o.loops) {
        if (loopAt[f.node]) continue;
        loopAt[f.node] = true;
        loops.push_back(f);
    }
    // The same choice as ending() makes when it meets the other's extreme after its own.
    auto take = [](Extreme& mine, const Extreme& theirs, bool maximise) {
        if (!theirs.found) return;
        const bool more = maximise ? theirs.result > mine.result : theirs.result < mine.result;
        if (!mine.found || more || (theirs.result == mine.result && witnessBefore(theirs.witness, mine.witness))) mine = theirs;
    };
    take(best, o.best, true);
    take(worst, o.worst, false);
}

} // namespace rapport::detail
