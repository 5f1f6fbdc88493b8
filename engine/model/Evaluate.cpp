#include "rapport/model/Evaluate.h"

#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/core/TimeUnits.h"

namespace rapport {
namespace {

std::int64_t wrap(std::uint64_t v) { return static_cast<std::int64_t>(v); }

std::int64_t personaField(const Scenario& scenario, const State& state, std::uint32_t who, PersonaField field) {
    const PersonaState& ps = state.personas[who];
    const auto f = static_cast<std::uint32_t>(field);
    if (f < kDimensionCount) return ps.dims[f] / kScale;
    switch (field) {
    case PersonaField::Quality: return qualityOf(ps) / kScale;
    case PersonaField::Stage: return static_cast<std::int64_t>(stageOf(ps));
    case PersonaField::Pressure: return ps.pressure / kScale;
    case PersonaField::Owed: return ps.owed;
    case PersonaField::Encounters: return ps.encounters;
    case PersonaField::Willing: return willing(ps) ? 1 : 0;
    case PersonaField::Willingness: return willingnessOf(scenario, state, who);
    case PersonaField::Silence: {
        const std::int64_t since = ps.lastContact == kNever ? state.time + model::kSilenceNeverContactedDays * kMinutesPerDay
                                                           : state.time - ps.lastContact;
        return since / kMinutesPerDay;
    }
    default: break;
    }
    (void)scenario;
    return 0;
}

} // namespace

std::int64_t evaluate(const Scenario& scenario, const State& state, ExprId expr);

namespace {
// Most operands are constants or variables: read those without a call (the runner's hot path).
inline std::int64_t operand(const Scenario& scenario, const State& state, ExprId expr) {
    const ExprNode& n = scenario.expressions[expr];
    if (n.op == ExprOp::Const) return n.value;
    if (n.op == ExprOp::Variable) return state.vars[n.a];
    return evaluate(scenario, state, expr);
}
} // namespace

std::int64_t evaluate(const Scenario& scenario, const State& state, ExprId expr) {
    const ExprNode& n = scenario.expressions[expr];
    switch (n.op) {
    case ExprOp::Const: return n.value;
    case ExprOp::Variable: return state.vars[n.a];
    case ExprOp::Time: return state.time;
    case ExprOp::Days: return state.time / kMinutesPerDay;
    case ExprOp::Budget: return state.budget;
    case ExprOp::PersonaField: return personaField(scenario, state, n.a, static_cast<PersonaField>(n.b));
    case ExprOp::Known: return state.knows(n.a) ? 1 : 0;
    case ExprOp::Visited: {
        const std::uint32_t slot = scenario.nodes[n.a].trackingSlot;
        return slot != kNone && state.tracked(slot) ? 1 : 0;
    }
    case ExprOp::Chose: {
        const std::uint32_t slot = scenario.choiceTrackingSlot.empty() ? kNone : scenario.choiceTrackingSlot[n.a];
        return slot != kNone && state.tracked(slot) ? 1 : 0;
    }
    case ExprOp::Linked: return (state.personas[n.a].links >> n.b) & 1u;
    case ExprOp::Neg: return wrap(0u - static_cast<std::uint64_t>(evaluate(scenario, state, n.a)));
    case ExprOp::Not: return evaluate(scenario, state, n.a) == 0 ? 1 : 0;
    case ExprOp::And: return evaluate(scenario, state, n.a) != 0 && evaluate(scenario, state, n.b) != 0 ? 1 : 0;
    case ExprOp::Or: return evaluate(scenario, state, n.a) != 0 || evaluate(scenario, state, n.b) != 0 ? 1 : 0;
    default: break;
    }
    const std::int64_t a = operand(scenario, state, n.a);
    const std::int64_t b = operand(scenario, state, n.b);
    const auto ua = static_cast<std::uint64_t>(a);
    const auto ub = static_cast<std::uint64_t>(b);
    switch (n.op) {
    case ExprOp::Add: return wrap(ua + ub);
    case ExprOp::Sub: return wrap(ua - ub);
    case ExprOp::Mul: return wrap(ua * ub);
    case ExprOp::Div: return b == 0 || (a == INT64_MIN && b == -1) ? 0 : a / b;
    case ExprOp::Mod: return b == 0 || (a == INT64_MIN && b == -1) ? 0 : a % b;
    case ExprOp::Eq: return a == b;
    case ExprOp::Ne: return a != b;
    case ExprOp::Lt: return a < b;
    case ExprOp::Le: return a <= b;
    case ExprOp::Gt: return a > b;
    case ExprOp::Ge: return a >= b;
    default: return 0;
    }
}

void renderText(const Scenario& scenario, const State* state, TextId id, Lang lang, std::string& out) {
    if (id == kNone) return;
    const Text* text = &scenario.texts[id];
    // Conditional texts nest; follow them to the text that applies now.
    while (text->condition != kNoExpr) {
        const bool yes = state != nullptr && holds(scenario, *state, text->condition);
        const TextId next = yes ? text->whenTrue : text->whenFalse;
        if (next == kNone) return;
        text = &scenario.texts[next];
    }
    auto index = static_cast<std::size_t>(lang);
    if (!text->present[index]) index = 1 - index;
    for (const TextPart& part : text->parts[index]) {
        switch (part.kind) {
        case TextPart::Kind::Literal: out += part.literal; break;
        case TextPart::Kind::Value:
            if (state != nullptr) out += std::to_string(evaluate(scenario, *state, part.expr));
            else out += "…";
            break;
        case TextPart::Kind::PlayerName: out += scenario.player.name; break;
        case TextPart::Kind::PersonaName: out += scenario.personas[part.persona].name(lang); break;
        case TextPart::Kind::PersonaAddress: renderText(scenario, state, scenario.personas[part.persona].address, lang, out); break;
        }
    }
}

std::string textOf(const Scenario& scenario, const State* state, TextId text, Lang lang) {
    std::string out;
    renderText(scenario, state, text, lang, out);
    return out;
}

} // namespace rapport
