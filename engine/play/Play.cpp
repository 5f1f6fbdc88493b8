#include "rapport/play/Play.h"

#include "rapport/core/Effects.h"
#include "rapport/model/ActRules.h"
#include "rapport/model/Evaluate.h"

namespace rapport {
namespace {

constexpr int kMaxAutoNodes = 100000; // nodes entered without a decision before we call it a loop

void setVariableTo(State& state, std::uint32_t var, std::int64_t value, ChangeSink& sink) {
    const std::int64_t before = state.vars[var];
    state.vars[var] = value;
    if (before == value || sink.out == nullptr) return; // nobody listens: skip building the record
    Change c;
    c.target = ChangeTarget::Variable;
    c.index = var;
    c.before = before;
    c.after = value;
    c.reason = Reason::VariableChanged;
    recordChange(sink, c);
}

void learnFact(State& state, std::uint32_t fact, ChangeSink& sink) {
    if (state.knows(fact)) return;
    state.learn(fact);
    if (sink.out == nullptr) return;
    Change c;
    c.target = ChangeTarget::Fact;
    c.index = fact;
    c.after = 1;
    c.reason = Reason::FactLearned;
    recordChange(sink, c);
}

/// splitmix64: a small, well-mixed generator whose whole state is one integer in State.
std::uint64_t nextRandom(std::uint64_t& s) {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

} // namespace

bool isChoiceOpen(const Scenario& scenario, const State& state, const Choice& choice) {
    if (choice.uses != kNone && !state.knows(choice.uses)) return false;
    if (actRule(choice.act).spendsResearchBudget && state.budget >= 0 && choice.takes > state.budget) return false;
    return holds(scenario, state, choice.condition);
}

void openChoices(const Scenario& scenario, const State& state, std::vector<ChoiceIndex>& out) {
    out.clear();
    for (ChoiceIndex c : scenario.nodes[state.node].choices)
        if (isChoiceOpen(scenario, state, scenario.choices[c])) out.push_back(c);
}

namespace {

/// Effects applied to a concrete state (walkEffects reads them).
struct ApplyEffects {
    const Scenario& scenario;
    State& state;
    ChangeSink& sink;

    void setVariable(std::uint32_t var, ExprId value, bool add) {
        const std::int64_t v = evaluate(scenario, state, value);
        // Adding wraps like unsigned arithmetic instead of overflowing.
        setVariableTo(state, var, add ? static_cast<std::int64_t>(static_cast<std::uint64_t>(state.vars[var]) + static_cast<std::uint64_t>(v)) : v, sink);
    }
    void adjust(const Adjustment& a) { applyAdjustment(scenario, state, a, sink); }
    void learn(const std::vector<std::uint32_t>& facts) {
        for (std::uint32_t fact : facts) learnFact(state, fact, sink);
    }
    void favour(PersonaIndex p, int direction) { recordFavour(state, p, direction, sink); }
    void link(PersonaIndex a, PersonaIndex b) { linkPersonas(state, a, b, sink); }
    void wait(std::int64_t minutes) { advanceTime(scenario, state, minutes, sink); }
    void event(const Effect& e) { applyEvent(scenario, state, e, sink); }
    void branch(ExprId condition, EffectRange then, EffectRange otherwise) {
        walkEffects(scenario, holds(scenario, state, condition) ? then : otherwise, *this);
    }
};

} // namespace

void applyEffects(const Scenario& scenario, State& state, EffectRange range, ChangeSink& sink) {
    ApplyEffects apply{scenario, state, sink};
    walkEffects(scenario, range, apply);
}

void applyChoice(const Scenario& scenario, State& state, ChoiceIndex index, ChangeSink& sink) {
    const Choice& choice = scenario.choices[index];
    sink.work += 1 + choice.work;
    sink.step = state.step;
    sink.node = state.node;
    sink.choice = index;
    if (!scenario.choiceTrackingSlot.empty() && scenario.choiceTrackingSlot[index] != kNone)
        state.track(scenario.choiceTrackingSlot[index]);
    applyAct(scenario, state, choice, sink);
    for (std::uint32_t a : choice.adjustments) applyAdjustment(scenario, state, scenario.adjustments[a], sink);
    for (std::uint32_t fact : choice.reveals) learnFact(state, fact, sink);
    applyEffects(scenario, state, choice.effects, sink);
    if (choice.takes > 0) {
        if (actRule(choice.act).spendsResearchBudget && state.budget >= 0) state.budget -= std::min(state.budget, choice.takes);
        advanceTime(scenario, state, choice.takes, sink);
    }
    ++state.step;
    state.node = choice.next;
    sink.choice = kNone;
}

bool enterNodes(const Scenario& scenario, State& state, ChangeSink& sink, LineSink* lines, Lang lang,
                std::string& scratch) {
    const std::uint64_t workBefore = sink.work;
    for (int guard = 0; guard < kMaxAutoNodes; ++guard) {
        const Node& node = scenario.nodes[state.node];
        sink.work += 1 + node.work;
        // A node counts before it runs, so one that alone exceeds the budget never runs at all.
        if (sink.work - workBefore > kMaxAutoWork && node.kind != NodeKind::Decision && node.kind != NodeKind::Ending)
            return false;
        sink.node = state.node;
        sink.step = state.step;
        if (node.trackingSlot != kNone) state.track(node.trackingSlot);
        // Text first, then effects, as in ink: a line shows the values from before the node.
        if (lines != nullptr) {
            for (TextId t : node.text) {
                scratch.clear();
                renderText(scenario, &state, t, lang, scratch);
                if (!scratch.empty()) lines->line(state.node, node.speaker, scratch); // a text whose condition chose nothing
            }
        }
        applyEffects(scenario, state, node.effects, sink);
        switch (node.kind) {
        case NodeKind::Decision:
        case NodeKind::Ending: return true;
        case NodeKind::Narration:
        case NodeKind::Line: state.node = node.next; break;
        case NodeKind::Branch: {
            NodeIndex next = kNone;
            for (const Branch& b : node.branches) {
                if (holds(scenario, state, b.condition)) {
                    next = b.next;
                    break;
                }
            }
            if (next == kNone) return false; // the loader requires a fallback; defensive only
            state.node = next;
            break;
        }
        case NodeKind::Chance: {
            const auto roll = static_cast<int>(nextRandom(state.rng) % 100);
            int acc = 0;
            NodeIndex next = node.branches.empty() ? kNone : node.branches.back().next;
            for (const Branch& b : node.branches) {
                acc += b.chance;
                if (roll < acc) {
                    next = b.next;
                    break;
                }
            }
            state.node = next;
            break;
        }
        }
    }
    return false;
}

} // namespace rapport
