#pragma once
// The one place that reads what an effect means: walkEffects hands each effect of a list to a
// visitor as what it does (set a variable, adjust, learn, ...), and lets the visitor decide which
// branches of a conditional effect to walk. Play applies effects through it, the analyzer bounds
// them, the static passes read what they can touch. A new kind of effect is one more visitor
// function, and every visitor that lacks it fails to compile.

#include "rapport/core/Scenario.h"

namespace rapport {

/// Walks the effects of `range` in order. The visitor provides:
///   setVariable(std::uint32_t variable, ExprId value, bool add)   `var` with `set` or `add`
///   adjust(const Adjustment& adjustment)                          `persona` with changes
///   learn(const std::vector<std::uint32_t>& facts)                 `learn`
///   favour(PersonaIndex persona, int direction)                    `favour`: +1 given, -1 received
///   link(PersonaIndex a, PersonaIndex b)                           `introduce`
///   wait(std::int64_t minutes)                                     `wait`
///   event(const Effect& effect)                                    a model event of format 2: `vouch`,
///                                                                  `handover`, `contact`, `tender`, `letdown`
///   branch(ExprId condition, EffectRange then, EffectRange otherwise)   `if`: walk one, both or neither
template <typename Visitor>
void walkEffects(const Scenario& scenario, EffectRange range, Visitor& visitor) {
    for (std::uint32_t i = range.first; i < range.first + range.count; ++i) {
        const Effect& e = scenario.effects[i];
        switch (e.kind) {
        case Effect::Kind::AddVar: visitor.setVariable(e.target, e.value, true); break;
        case Effect::Kind::SetVar: visitor.setVariable(e.target, e.value, false); break;
        case Effect::Kind::Adjust: visitor.adjust(scenario.adjustments[e.adjustment]); break;
        case Effect::Kind::Learn: visitor.learn(e.facts); break;
        case Effect::Kind::Favour: visitor.favour(e.target, static_cast<int>(e.amount)); break;
        case Effect::Kind::Introduce: visitor.link(e.target, e.second); break;
        case Effect::Kind::Wait: visitor.wait(e.amount); break;
        case Effect::Kind::Vouch:
        case Effect::Kind::Handover:
        case Effect::Kind::Contact:
        case Effect::Kind::Tender:
        case Effect::Kind::Letdown: visitor.event(e); break;
        case Effect::Kind::If: visitor.branch(e.value, EffectRange{e.thenFirst, e.thenCount}, EffectRange{e.elseFirst, e.elseCount}); break;
        }
    }
}

/// Walks every effect list of the scenario (each node's and each choice's), both branches of
/// every conditional: for passes that ask what effects can do at all. The visitor's `branch`
/// is not called.
template <typename Visitor>
void walkEveryEffect(const Scenario& scenario, Visitor& visitor) {
    struct Both {
        const Scenario& s;
        Visitor& v;
        void setVariable(std::uint32_t var, ExprId value, bool add) { v.setVariable(var, value, add); }
        void adjust(const Adjustment& a) { v.adjust(a); }
        void learn(const std::vector<std::uint32_t>& facts) { v.learn(facts); }
        void favour(PersonaIndex p, int direction) { v.favour(p, direction); }
        void link(PersonaIndex a, PersonaIndex b) { v.link(a, b); }
        void wait(std::int64_t minutes) { v.wait(minutes); }
        void event(const Effect& e) { v.event(e); }
        void branch(ExprId, EffectRange then, EffectRange otherwise) {
            walkEffects(s, then, *this);
            walkEffects(s, otherwise, *this);
        }
    } both{scenario, visitor};
    for (const Node& n : scenario.nodes) walkEffects(scenario, n.effects, both);
    for (const Choice& c : scenario.choices) walkEffects(scenario, c.effects, both);
}

} // namespace rapport
