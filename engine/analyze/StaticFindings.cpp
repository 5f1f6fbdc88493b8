// Findings read off the scenario alone: conditions that no values can satisfy, and facts that are
// taught but never read. Both are proved (they hold for every playthrough).

#include "analyze/Findings.h"
#include "analyze/StaticFindings.h"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace rapport::detail {
namespace {

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

/// What one conjunct says: a number read from the state within [lo, hi], or a yes/no atom.
struct Constraint {
    std::int64_t lo = kMin, hi = kMax;
    std::vector<std::int64_t> not_; // values excluded by `!=`
};

using TermKey = std::tuple<ExprOp, std::uint32_t, std::uint32_t>;

bool isTerm(const ExprNode& n) {
    switch (n.op) {
    case ExprOp::Variable: case ExprOp::Time: case ExprOp::Days: case ExprOp::Budget: case ExprOp::PersonaField: return true;
    default: return false;
    }
}

bool isAtom(const ExprNode& n) { return n.op == ExprOp::Known || n.op == ExprOp::Visited || n.op == ExprOp::Chose || n.op == ExprOp::Linked; }

ExprOp mirrored(ExprOp op) {
    switch (op) {
    case ExprOp::Lt: return ExprOp::Gt;
    case ExprOp::Le: return ExprOp::Ge;
    case ExprOp::Gt: return ExprOp::Lt;
    case ExprOp::Ge: return ExprOp::Le;
    default: return op;
    }
}

class Conjunction {
public:
    explicit Conjunction(const Scenario& s) : m_s(s) {}

    /// Collects the conjuncts of `e` (through nested `and`); false: some conjunct alone is impossible.
    void add(ExprId e) {
        const ExprNode& n = m_s.expressions[e];
        if (n.op == ExprOp::And) {
            add(n.a);
            add(n.b);
            return;
        }
        if (n.op == ExprOp::Or) {
            if (impossible(m_s, n.a) && impossible(m_s, n.b)) m_empty = true;
            return;
        }
        if (n.op == ExprOp::Const && n.value == 0) m_empty = true;
        if (isAtom(n)) return atom(n, true);
        if (n.op == ExprOp::Not && isAtom(m_s.expressions[n.a])) return atom(m_s.expressions[n.a], false);
        if (n.op < ExprOp::Eq || n.op > ExprOp::Ge) return;
        const ExprNode& l = m_s.expressions[n.a];
        const ExprNode& r = m_s.expressions[n.b];
        if (isTerm(l) && r.op == ExprOp::Const) compare(l, n.op, r.value);
        else if (isTerm(r) && l.op == ExprOp::Const) compare(r, mirrored(n.op), l.value);
        else if (l.op == ExprOp::Const && r.op == ExprOp::Const) {
            const bool holds = n.op == ExprOp::Eq ? l.value == r.value : n.op == ExprOp::Ne ? l.value != r.value
                             : n.op == ExprOp::Lt ? l.value < r.value : n.op == ExprOp::Le ? l.value <= r.value
                             : n.op == ExprOp::Gt ? l.value > r.value : l.value >= r.value;
            if (!holds) m_empty = true;
        }
    }

    [[nodiscard]] bool empty() const {
        if (m_empty) return true;
        for (const auto& entry : m_terms) {
            const Constraint& c = entry.second;
            if (c.lo > c.hi) return true;
            if (c.lo == c.hi && std::find(c.not_.begin(), c.not_.end(), c.lo) != c.not_.end()) return true;
        }
        return false;
    }

    static bool impossible(const Scenario& s, ExprId e) {
        Conjunction c(s);
        c.add(e);
        return c.empty();
    }

private:
    void atom(const ExprNode& n, bool yes) {
        auto [it, fresh] = m_atoms.emplace(TermKey{n.op, n.a, n.b}, yes);
        if (!fresh && it->second != yes) m_empty = true;
    }

    void compare(const ExprNode& term, ExprOp op, std::int64_t v) {
        Constraint& c = m_terms[TermKey{term.op, term.a, term.b}];
        switch (op) {
        case ExprOp::Eq: c.lo = std::max(c.lo, v); c.hi = std::min(c.hi, v); break;
        case ExprOp::Ne: c.not_.push_back(v); break;
        case ExprOp::Lt: if (v == kMin) m_empty = true; else c.hi = std::min(c.hi, v - 1); break;
        case ExprOp::Le: c.hi = std::min(c.hi, v); break;
        case ExprOp::Gt: if (v == kMax) m_empty = true; else c.lo = std::max(c.lo, v + 1); break;
        case ExprOp::Ge: c.lo = std::max(c.lo, v); break;
        default: break;
        }
    }

    const Scenario& m_s;
    std::map<TermKey, Constraint> m_terms;
    std::map<TermKey, bool> m_atoms;
    bool m_empty = false;
};

const char* fieldName(PersonaField f) {
    static const char* const names[] = {"sympathie", "anerkennung", "vertrauen", "gegenseitigkeit", "intensitaet", "kompetenz",
                                        "quality", "stage", "pressure", "owed", "encounters", "willing", "silence", "willingness"};
    const auto i = static_cast<std::size_t>(f);
    return i < sizeof names / sizeof names[0] ? names[i] : "?";
}

const char* opText(ExprOp op) {
    switch (op) {
    case ExprOp::Add: return " + "; case ExprOp::Sub: return " - "; case ExprOp::Mul: return " * ";
    case ExprOp::Div: return " / "; case ExprOp::Mod: return " % "; case ExprOp::Eq: return " == ";
    case ExprOp::Ne: return " != "; case ExprOp::Lt: return " < "; case ExprOp::Le: return " <= ";
    case ExprOp::Gt: return " > "; case ExprOp::Ge: return " >= "; case ExprOp::And: return " and ";
    case ExprOp::Or: return " or "; default: return " ? ";
    }
}

FilePlace branchPlace(const Scenario& s, NodeIndex node, std::size_t branch) {
    FilePlace p = placeOfNode(s, node);
    p.pointer += "/branches/" + std::to_string(branch) + "/if";
    p.path += ".branches[" + std::to_string(branch) + "].if";
    return p;
}

FilePlace factPlace(const Scenario& s, std::uint32_t fact) {
    const Fact& f = s.facts[fact];
    if (f.persona == kNone || f.persona >= s.personas.size()) return {"", "facts[" + f.id + "]"};
    std::size_t k = 0;
    for (std::uint32_t g = 0; g < fact; ++g) if (s.facts[g].persona == f.persona) ++k;
    return {"/personas/" + std::to_string(f.persona) + "/facts/" + std::to_string(k),
            "personas[" + s.personas[f.persona].id + "].facts[" + f.id + "]"};
}

/// The `if` of every conditional effect in `range` (nested ones too), placed below `at`.
void effectContradictions(const Scenario& s, EffectRange range, NodeIndex node, ChoiceIndex choice, const FilePlace& at,
                          std::vector<ContradictoryCondition>& out) {
    for (std::uint32_t k = 0; k < range.count; ++k) {
        const Effect& e = s.effects[range.first + k];
        if (e.kind != Effect::Kind::If) continue;
        FilePlace here{at.pointer + "/" + std::to_string(k), at.path + "[" + std::to_string(k) + "]"};
        if (e.value != kNoExpr && Conjunction::impossible(s, e.value))
            out.push_back(ContradictoryCondition{node, choice, conditionText(s, e.value), {here.pointer + "/if", here.path + ".if"}});
        effectContradictions(s, {e.thenFirst, e.thenCount}, node, choice, {here.pointer + "/then", here.path + ".then"}, out);
        effectContradictions(s, {e.elseFirst, e.elseCount}, node, choice, {here.pointer + "/else", here.path + ".else"}, out);
    }
}

} // namespace

std::string conditionText(const Scenario& s, ExprId e) {
    const ExprNode& n = s.expressions[e];
    auto call = [&](const char* name, const std::string& arg) { return std::string(name) + "(" + arg + ")"; };
    switch (n.op) {
    case ExprOp::Const: return std::to_string(n.value);
    case ExprOp::Variable: return s.variableNames[n.a];
    case ExprOp::Time: return "time";
    case ExprOp::Days: return "days";
    case ExprOp::Budget: return "budget";
    case ExprOp::PersonaField: return s.personas[n.a].id + "." + fieldName(static_cast<PersonaField>(n.b));
    case ExprOp::Known: return call("known", s.facts[n.a].id);
    case ExprOp::Visited: return call("visited", s.nodes[n.a].id);
    case ExprOp::Chose: return call("chose", s.choices[n.a].id);
    case ExprOp::Linked: return call("linked", s.personas[n.a].id + ", " + s.personas[n.b].id);
    case ExprOp::Neg: return "-" + conditionText(s, n.a);
    case ExprOp::Not: return "not " + conditionText(s, n.a);
    default: break;
    }
    const bool low = n.op == ExprOp::And || n.op == ExprOp::Or;
    auto side = [&](ExprId x) {
        const ExprOp op = s.expressions[x].op;
        const bool wrap = (op == ExprOp::Or && n.op == ExprOp::And) || (!low && op >= ExprOp::Add);
        return wrap ? "(" + conditionText(s, x) + ")" : conditionText(s, x);
    };
    return side(n.a) + opText(n.op) + side(n.b);
}

void findContradictions(const Scenario& s, std::vector<ContradictoryCondition>& out) {
    for (NodeIndex n = 0; n < s.nodes.size(); ++n) {
        const Node& node = s.nodes[n];
        const FilePlace nodePlace = placeOfNode(s, n);
        effectContradictions(s, node.effects, n, kNone, {nodePlace.pointer + "/effects", nodePlace.path + ".effects"}, out);
        if (node.kind == NodeKind::Decision) {
            for (ChoiceIndex c : node.choices) {
                const ExprId e = s.choices[c].condition;
                if (e != kNoExpr && Conjunction::impossible(s, e))
                    out.push_back(ContradictoryCondition{n, c, conditionText(s, e), placeOfChoice(s, c, "if")});
                const FilePlace at = placeOfChoice(s, c, "effects");
                effectContradictions(s, s.choices[c].effects, n, c, at, out);
            }
        }
        for (std::size_t b = 0; b < node.branches.size(); ++b) {
            const ExprId e = node.branches[b].condition;
            if (e == kNoExpr || !Conjunction::impossible(s, e)) continue;
            out.push_back(ContradictoryCondition{n, kNone, conditionText(s, e), branchPlace(s, n, b)});
        }
    }
}

void findUnusedFacts(const Scenario& s, std::vector<UnusedFact>& out) {
    std::vector<bool> taught(s.facts.size(), false), read(s.facts.size(), false);
    for (const Choice& c : s.choices) {
        for (std::uint32_t f : c.reveals) if (f < taught.size()) taught[f] = true;
        if (c.uses != kNone && c.uses < read.size()) read[c.uses] = true;
    }
    for (const Effect& e : s.effects)
        if (e.kind == Effect::Kind::Learn)
            for (std::uint32_t f : e.facts) if (f < taught.size()) taught[f] = true;
    for (const ExprNode& x : s.expressions)
        if (x.op == ExprOp::Known && x.a < read.size()) read[x.a] = true;
    for (std::uint32_t f = 0; f < s.facts.size(); ++f)
        if (taught[f] && !read[f]) out.push_back(UnusedFact{f, factPlace(s, f)});
}

} // namespace rapport::detail
