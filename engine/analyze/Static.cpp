// What the analyzer reads from the scenario alone: which principles a choice or an effect can
// touch, which variables are read, and the observations of concrete playthroughs.

#include "analyze/Detail.h"

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

std::uint32_t anyPrinciple() { return (1u << static_cast<unsigned>(kPrincipleCount)) - 1u; }

/// Every reason the model can give for an act (a superset: the state picks one of them).
std::uint32_t actPrinciples(Act act) {
    switch (act) {
    case Act::None:
    case Act::Research:
    case Act::Lapse: return 0;
    case Act::Question: return reasons({Reason::QuestionGeneric, Reason::QuestionConcern, Reason::QuestionInterest});
    case Act::Listen: return reasons({Reason::Listen});
    case Act::Praise: return reasons({Reason::Praise, Reason::PraiseDiminished, Reason::Flattery});
    case Act::Disclose:
        return reasons({Reason::DiscloseAnswered, Reason::DiscloseIgnored, Reason::DiscloseNeutral, Reason::Monologue});
    case Act::Smalltalk: return reasons({Reason::Smalltalk, Reason::SmalltalkTooCasual});
    case Act::Give: return reasons({Reason::Give, Reason::GiveOnConcern});
    case Act::Ask: return reasons({Reason::Trade, Reason::Redeem, Reason::AskWithoutCredit});
    case Act::Thank: return reasons({Reason::Thank});
    case Act::Introduce: return reasons({Reason::IntroduceFit, Reason::IntroduceMisfit, Reason::Introduced});
    case Act::Pitch: return reasons({Reason::Pitch, Reason::PitchTooEarly, Reason::PitchOnConcern});
    case Act::Followup: return reasons({Reason::Followup, Reason::FollowupUseful});
    case Act::Invite: return reasons({Reason::Invite});
    case Act::Gift: return reasons({Reason::Gift});
    case Act::Apologize: return reasons({Reason::Apologize});
    case Act::Accept: return reasons({Reason::Accept});
    case Act::Push: return reasons({Reason::Push});
    case Act::Sulk: return reasons({Reason::Sulk});
    case Act::Touch: return reasons({Reason::Touch, Reason::TouchFauxPas});
    case Act::Decline: return reasons({Reason::Decline});
    // model v2: the reasons of the format 2 acts are not known here yet: any principle may show.
    case Act::Propose:
    case Act::Deliver:
    case Act::Letdown:
    case Act::Overpromise:
    case Act::Candid:
    case Act::Inform:
    case Act::Bypass:
    case Act::Bargain:
    case Act::Receive: return anyPrinciple();
    }
    return 0;
}

std::uint32_t timePrinciples() { return reasons({Reason::Drift, Reason::PressureFades, Reason::TimePassed}); }

} // namespace

std::uint32_t principlesOfEffects(const Scenario& s, EffectRange range) {
    std::uint32_t bits = 0;
    for (std::uint32_t i = range.first; i < range.first + range.count; ++i) {
        const Effect& e = s.effects[i];
        switch (e.kind) {
        case Effect::Kind::AddVar:
        case Effect::Kind::SetVar: break;
        case Effect::Kind::Adjust: {
            const Adjustment& a = s.adjustments[e.adjustment];
            bits |= a.principle >= 0 ? bit(a.principle) : reasons({Reason::Adjustment});
            break;
        }
        case Effect::Kind::Learn: bits |= reasons({Reason::FactLearned}); break;
        case Effect::Kind::Favour: bits |= reasons({Reason::FavourGiven, Reason::FavourReceived}); break;
        case Effect::Kind::Introduce: bits |= reasons({Reason::Introduced}); break;
        case Effect::Kind::Wait: bits |= timePrinciples(); break;
        case Effect::Kind::Vouch:
        case Effect::Kind::Handover:
        case Effect::Kind::Contact:
        case Effect::Kind::Tender:
        case Effect::Kind::Letdown: bits |= anyPrinciple(); break; // model v2: their reasons are not known here yet
        case Effect::Kind::If:
            bits |= principlesOfEffects(s, {e.thenFirst, e.thenCount});
            bits |= principlesOfEffects(s, {e.elseFirst, e.elseCount});
            break;
        }
    }
    return bits;
}

std::uint32_t principlesOfChoice(const Scenario& s, const Choice& c) {
    std::uint32_t bits = bit(c.principle) | bit(c.violates);
    const bool reaches = c.act == Act::Introduce ? c.with != kNone && c.withSecond != kNone : c.with != kNone;
    if (reaches && actPrinciples(c.act) != 0)
        bits |= actPrinciples(c.act) | reasons({Reason::PressureRises, Reason::PressureEases, Reason::PressureErodes});
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

void Observations::ending(const AnalysisModel& model, const State& state, const std::function<Witness()>& witness) {
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
    const bool better = !best.found || result > best.result;
    const bool worse = !worst.found || result < worst.result;
    if (!first && !better && !worse) return;
    const Witness w = witness();
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

} // namespace rapport::detail
