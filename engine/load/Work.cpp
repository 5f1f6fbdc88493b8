// How much work entering each node and taking each choice can cost at most, counted once at load
// so that play, the debrief and the analyzer can bound their time on any file (Play.h).

#include "load/Loader.h"

#include <algorithm>

namespace rapport::detail {
namespace {

// Units: one expression node evaluated, one effect or change applied, one text part or 16 bytes
// of text produced. An adjustment moves six dimensions and pressure.
constexpr std::uint64_t kAdjustmentWork = 8;
constexpr std::uint64_t kBytesPerUnit = 16;

class WorkCounter {
public:
    explicit WorkCounter(const Scenario& s) : m_s(s), m_texts(s.texts.size(), kUnknown) {}

    std::uint64_t expression(ExprId root) const {
        if (root == kNoExpr || root >= m_s.expressions.size()) return 0;
        // Expressions have at most kMaxExpressionNodes nodes; a work list avoids recursion anyway.
        std::uint64_t n = 0;
        std::vector<ExprId> todo{root};
        while (!todo.empty()) {
            const ExprNode& e = m_s.expressions[todo.back()];
            todo.pop_back();
            ++n;
            if (operandCount(e.op) >= 1) todo.push_back(e.a);
            if (operandCount(e.op) == 2) todo.push_back(e.b);
        }
        return n;
    }

    // Conditional texts nest only as deep as the file (LoadLimits::maxDepth); each text is
    // counted once and remembered.
    std::uint64_t text(TextId id) {
        if (id == kNone || id >= m_texts.size()) return 0;
        if (m_texts[id] != kUnknown) return m_texts[id];
        const Text& t = m_s.texts[id];
        std::uint64_t n = 1 + expression(t.condition) + text(t.whenTrue) + text(t.whenFalse);
        for (const std::vector<TextPart>& parts : t.parts)
            for (const TextPart& part : parts) {
                n += 1 + part.literal.size() / kBytesPerUnit + expression(part.expr);
                if (part.kind == TextPart::Kind::PersonaName && part.persona < m_s.personas.size())
                    n += std::max(m_s.personas[part.persona].names[0].size(), m_s.personas[part.persona].names[1].size()) / kBytesPerUnit;
                if (part.kind == TextPart::Kind::PersonaAddress && part.persona < m_s.personas.size())
                    n += text(m_s.personas[part.persona].address); // an address holds no address (loader)
            }
        m_texts[id] = n;
        return n;
    }

    std::uint64_t effects(EffectRange range, int depth = 0) const {
        std::uint64_t n = 0;
        for (std::uint32_t i = range.first; i < range.first + range.count && i < m_s.effects.size(); ++i) {
            const Effect& e = m_s.effects[i];
            n += 1 + expression(e.value) + e.facts.size();
            if (e.kind == Effect::Kind::Adjust) n += kAdjustmentWork;
            if (e.kind == Effect::Kind::Wait) n += m_s.personas.size() * kAdjustmentWork; // drift moves everyone
            if (e.kind == Effect::Kind::If && depth < 256)
                n += effects({e.thenFirst, e.thenCount}, depth + 1) + effects({e.elseFirst, e.elseCount}, depth + 1);
        }
        return n;
    }

private:
    static constexpr std::uint64_t kUnknown = ~std::uint64_t{0};
    const Scenario& m_s;
    std::vector<std::uint64_t> m_texts;
};

} // namespace

void Loader::assignWork() {
    WorkCounter count(m_sc);
    for (Choice& c : m_sc.choices) {
        c.work = 1 + (c.adjustments.size() + 1) * kAdjustmentWork + c.reveals.size() + count.effects(c.effects) +
                 (c.takes > 0 ? m_sc.personas.size() * kAdjustmentWork : 0);
    }
    for (Node& n : m_sc.nodes) {
        std::uint64_t w = 1 + count.text(n.scene) + count.effects(n.effects);
        for (TextId t : n.text) w += count.text(t);
        for (const Branch& b : n.branches) w += 1 + count.expression(b.condition);
        // A decision offers its choices: each condition is evaluated and each text shown.
        for (ChoiceIndex c : n.choices)
            if (c < m_sc.choices.size()) w += 1 + count.expression(m_sc.choices[c].condition) + count.text(m_sc.choices[c].text);
        n.work = w;
    }
}

} // namespace rapport::detail
