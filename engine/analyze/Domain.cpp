// Expressions over the abstract domain: evaluation to intervals and narrowing by conditions.

#include "analyze/Domain.h"

#include "rapport/model/Model.h"
#include "rapport/core/State.h"
#include "rapport/core/TimeUnits.h"

#include <algorithm>

namespace rapport::detail {
namespace {

__extension__ typedef __int128 Wide;

Iv point(std::int64_t v) { return {v, v}; }

/// An interval from wide bounds; the whole range when a bound overflows (the engine wraps).
Iv fromWide(Wide lo, Wide hi) {
    if (lo < kMinValue || hi > kMaxValue) return Iv{};
    return {static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi)};
}

std::int64_t sat(Wide v) {
    if (v < kMinValue) return kMinValue;
    if (v > kMaxValue) return kMaxValue;
    return static_cast<std::int64_t>(v);
}

bool intersect(Iv& a, Iv b) {
    a.lo = std::max(a.lo, b.lo);
    a.hi = std::min(a.hi, b.hi);
    return a.lo <= a.hi;
}

bool overlaps(Iv a, Iv b) { return a.lo <= b.hi && b.lo <= a.hi; }

Iv boolIv(std::uint8_t t) {
    if (t == kYes) return point(1);
    if (t == kNo) return point(0);
    return {0, 1};
}

std::uint8_t truthOf(Iv v) {
    std::uint8_t t = 0;
    if (v.lo <= 0 && 0 <= v.hi) t |= kNo;
    if (!(v.lo == 0 && v.hi == 0)) t |= kYes;
    return t;
}

/// Which values of a term scaled by 1/scale (floor of non-negative values) lie in `allowed`.
Iv unscale(Iv allowed, std::int64_t scale) {
    Iv raw;
    raw.lo = allowed.lo <= 0 ? kMinValue : sat(Wide{allowed.lo} * scale);
    raw.hi = allowed.hi < 0 ? -1 : sat(Wide{allowed.hi} * scale + (scale - 1));
    return raw;
}

ExprOp negated(ExprOp op) {
    switch (op) {
    case ExprOp::Eq: return ExprOp::Ne;
    case ExprOp::Ne: return ExprOp::Eq;
    case ExprOp::Lt: return ExprOp::Ge;
    case ExprOp::Le: return ExprOp::Gt;
    case ExprOp::Gt: return ExprOp::Le;
    case ExprOp::Ge: return ExprOp::Lt;
    default: return op;
    }
}

PersonaState corner(const AbsPersona& p, bool high) {
    PersonaState ps;
    for (std::size_t d = 0; d < kDimensionCount; ++d)
        ps.dims[d] = static_cast<std::int32_t>(high ? p.dims[d].hi : p.dims[d].lo);
    const Iv enc = p.encounters;
    ps.encounters = static_cast<std::int32_t>(std::clamp<std::int64_t>(high ? enc.hi : enc.lo, 0, INT32_MAX));
    ps.pressure = static_cast<std::int32_t>(high ? p.pressure.hi : p.pressure.lo);
    ps.owed = static_cast<std::int32_t>(std::clamp<std::int64_t>(high ? p.owed.hi : p.owed.lo, INT32_MIN, INT32_MAX));
    return ps;
}

} // namespace

std::uint8_t Domain::slotTruth(const AbsState& st, std::uint32_t slot) const {
    return slot == kNone ? static_cast<std::uint8_t>(kNo) : st.tracking[slot];
}

Iv Domain::personaField(const AbsState& st, std::uint32_t who, std::uint32_t field) const {
    const AbsPersona& p = st.personas[who];
    if (field < kDimensionCount) return {p.dims[field].lo / kScale, p.dims[field].hi / kScale};
    switch (static_cast<PersonaField>(field)) {
    case PersonaField::Quality: {
        const Iv q = qualityBounds(p);
        return {q.lo / kScale, q.hi / kScale};
    }
    case PersonaField::Stage:
        // The stage rises with quality, encounters and reciprocity: the corners bound it.
        return {static_cast<std::int64_t>(stageOf(corner(p, false))), static_cast<std::int64_t>(stageOf(corner(p, true)))};
    case PersonaField::Pressure: return {p.pressure.lo / kScale, p.pressure.hi / kScale};
    case PersonaField::Owed: return p.owed;
    case PersonaField::Encounters: return p.encounters;
    case PersonaField::Willing: {
        PersonaState best = corner(p, true);
        best.pressure = static_cast<std::int32_t>(p.pressure.lo);
        PersonaState worst = corner(p, false);
        worst.pressure = static_cast<std::int32_t>(p.pressure.hi);
        if (!willing(best)) return point(0);
        if (willing(worst)) return point(1);
        return {0, 1};
    }
    case PersonaField::Willingness: return {0, 100}; // model v2: the grade is not bounded more closely yet
    default: return Iv{}; // silence: the time of the last contact is not tracked
    }
}

Iv Domain::eval(const AbsState& st, ExprId e) const {
    const ExprNode& n = m_s.expressions[e];
    switch (n.op) {
    case ExprOp::Const: return point(n.value);
    case ExprOp::Variable: return st.vars[n.a];
    case ExprOp::Time: return st.time;
    case ExprOp::Days: return {st.time.lo / kMinutesPerDay, st.time.hi / kMinutesPerDay};
    case ExprOp::Budget: return st.budget;
    case ExprOp::PersonaField: return personaField(st, n.a, n.b);
    case ExprOp::Known: return boolIv(st.facts[n.a]);
    case ExprOp::Visited: return boolIv(slotTruth(st, m_s.nodes[n.a].trackingSlot));
    case ExprOp::Chose:
        return boolIv(slotTruth(st, m_s.choiceTrackingSlot.empty() ? kNone : m_s.choiceTrackingSlot[n.a]));
    case ExprOp::Linked: {
        const AbsPersona& p = st.personas[n.a];
        if ((p.mustLinks >> n.b) & 1u) return point(1);
        if ((p.mayLinks >> n.b) & 1u) return {0, 1};
        return point(0);
    }
    case ExprOp::Neg: {
        const Iv v = eval(st, n.a);
        return fromWide(-Wide{v.hi}, -Wide{v.lo});
    }
    case ExprOp::Not: {
        const std::uint8_t t = truthOf(eval(st, n.a));
        return boolIv(static_cast<std::uint8_t>(((t & kNo) ? kYes : 0) | ((t & kYes) ? kNo : 0)));
    }
    case ExprOp::And:
    case ExprOp::Or: {
        const std::uint8_t ta = truthOf(eval(st, n.a));
        const std::uint8_t tb = truthOf(eval(st, n.b));
        std::uint8_t t = 0;
        if (n.op == ExprOp::And) {
            if ((ta & kYes) && (tb & kYes)) t |= kYes;
            if ((ta & kNo) || (tb & kNo)) t |= kNo;
        } else {
            if ((ta & kYes) || (tb & kYes)) t |= kYes;
            if ((ta & kNo) && (tb & kNo)) t |= kNo;
        }
        return boolIv(t);
    }
    default: break;
    }
    const Iv a = eval(st, n.a);
    const Iv b = eval(st, n.b);
    switch (n.op) {
    case ExprOp::Add: return fromWide(Wide{a.lo} + b.lo, Wide{a.hi} + b.hi);
    case ExprOp::Sub: return fromWide(Wide{a.lo} - b.hi, Wide{a.hi} - b.lo);
    case ExprOp::Mul: {
        const Wide c[4] = {Wide{a.lo} * b.lo, Wide{a.lo} * b.hi, Wide{a.hi} * b.lo, Wide{a.hi} * b.hi};
        return fromWide(*std::min_element(c, c + 4), *std::max_element(c, c + 4));
    }
    case ExprOp::Div: {
        // On each side of zero the quotient is monotone in both operands: corners bound it.
        Wide lo = 0, hi = 0; // 0 is the result when the divisor is 0 and a fine seed otherwise
        bool any = b.lo <= 0 && 0 <= b.hi;
        if (a.lo == kMinValue && b.lo <= -1 && -1 <= b.hi) return Iv{}; // INT64_MIN / -1 is special-cased
        const Iv parts[2] = {{b.lo, std::min<std::int64_t>(b.hi, -1)}, {std::max<std::int64_t>(b.lo, 1), b.hi}};
        for (const Iv& d : parts) {
            if (d.lo > d.hi) continue;
            for (Wide x : {Wide{a.lo}, Wide{a.hi}})
                for (Wide y : {Wide{d.lo}, Wide{d.hi}}) {
                    const Wide q = x / y;
                    if (!any) lo = hi = q, any = true;
                    lo = std::min(lo, q);
                    hi = std::max(hi, q);
                }
        }
        return fromWide(lo, hi);
    }
    case ExprOp::Mod: {
        // The remainder has the sign of the dividend, is smaller than the divisor and not larger
        // than the dividend; 0 covers a zero divisor.
        const Wide m = std::max(b.lo < 0 ? -Wide{b.lo} : Wide{b.lo}, b.hi < 0 ? -Wide{b.hi} : Wide{b.hi});
        if (m == 0) return point(0);
        const Wide lo = a.lo >= 0 ? Wide{0} : std::max(Wide{a.lo}, -(m - 1));
        const Wide hi = a.hi <= 0 ? Wide{0} : std::min(Wide{a.hi}, m - 1);
        return fromWide(lo, hi);
    }
    case ExprOp::Eq:
    case ExprOp::Ne: {
        std::uint8_t t = 0;
        if (overlaps(a, b)) t |= kYes;
        if (!(a.lo == a.hi && b.lo == b.hi && a.lo == b.lo)) t |= kNo;
        if (n.op == ExprOp::Ne) t = static_cast<std::uint8_t>(((t & kNo) ? kYes : 0) | ((t & kYes) ? kNo : 0));
        return boolIv(t);
    }
    case ExprOp::Lt: return boolIv(static_cast<std::uint8_t>((a.lo < b.hi ? kYes : 0) | (a.hi >= b.lo ? kNo : 0)));
    case ExprOp::Le: return boolIv(static_cast<std::uint8_t>((a.lo <= b.hi ? kYes : 0) | (a.hi > b.lo ? kNo : 0)));
    case ExprOp::Gt: return boolIv(static_cast<std::uint8_t>((a.hi > b.lo ? kYes : 0) | (a.lo <= b.hi ? kNo : 0)));
    case ExprOp::Ge: return boolIv(static_cast<std::uint8_t>((a.hi >= b.lo ? kYes : 0) | (a.lo < b.hi ? kNo : 0)));
    default: return Iv{};
    }
}

Tri Domain::truth(const AbsState& st, ExprId e) const {
    if (e == kNoExpr) return kYes;
    return static_cast<Tri>(truthOf(eval(st, e)));
}

bool Domain::refineTerm(AbsState& st, ExprId e, Iv allowed) const {
    const ExprNode& n = m_s.expressions[e];
    switch (n.op) {
    case ExprOp::Variable: return intersect(st.vars[n.a], allowed);
    case ExprOp::Time: return intersect(st.time, allowed);
    case ExprOp::Days: return intersect(st.time, unscale(allowed, kMinutesPerDay));
    case ExprOp::Budget: return intersect(st.budget, allowed);
    case ExprOp::PersonaField: {
        AbsPersona& p = st.personas[n.a];
        if (n.b < kDimensionCount) return intersect(p.dims[n.b], unscale(allowed, kScale));
        switch (static_cast<PersonaField>(n.b)) {
        case PersonaField::Pressure: return intersect(p.pressure, unscale(allowed, kScale));
        case PersonaField::Owed: return intersect(p.owed, allowed);
        case PersonaField::Encounters: return intersect(p.encounters, allowed);
        default: break;
        }
        break;
    }
    default: break;
    }
    return overlaps(eval(st, e), allowed);
}

bool Domain::refineCompare(AbsState& st, ExprOp op, ExprId ea, ExprId eb) const {
    const Iv a = eval(st, ea);
    const Iv b = eval(st, eb);
    switch (op) {
    case ExprOp::Lt:
        if (b.hi == kMinValue || a.lo == kMaxValue) return false;
        return refineTerm(st, ea, {kMinValue, b.hi - 1}) && refineTerm(st, eb, {a.lo + 1, kMaxValue});
    case ExprOp::Le: return refineTerm(st, ea, {kMinValue, b.hi}) && refineTerm(st, eb, {a.lo, kMaxValue});
    case ExprOp::Gt:
        if (b.lo == kMaxValue || a.hi == kMinValue) return false;
        return refineTerm(st, ea, {b.lo + 1, kMaxValue}) && refineTerm(st, eb, {kMinValue, a.hi - 1});
    case ExprOp::Ge: return refineTerm(st, ea, {b.lo, kMaxValue}) && refineTerm(st, eb, {kMinValue, a.hi});
    case ExprOp::Eq: return refineTerm(st, ea, b) && refineTerm(st, eb, a);
    case ExprOp::Ne: {
        if (a.lo == a.hi && b.lo == b.hi) return a.lo != b.lo;
        // Only an end of an interval can be cut off.
        if (b.lo == b.hi) {
            if (a.lo == b.lo) return refineTerm(st, ea, {b.lo + 1, kMaxValue});
            if (a.hi == b.lo) return refineTerm(st, ea, {kMinValue, b.lo - 1});
        }
        if (a.lo == a.hi) {
            if (b.lo == a.lo) return refineTerm(st, eb, {a.lo + 1, kMaxValue});
            if (b.hi == a.lo) return refineTerm(st, eb, {kMinValue, a.lo - 1});
        }
        return true;
    }
    default: return true;
    }
}

bool Domain::refine(AbsState& st, ExprId e, bool want) const {
    if (e == kNoExpr) return want;
    const ExprNode& n = m_s.expressions[e];
    switch (n.op) {
    case ExprOp::Not: return refine(st, n.a, !want);
    case ExprOp::And:
        if (want) return refine(st, n.a, true) && refine(st, n.b, true);
        if (truth(st, n.a) == kYes) return refine(st, n.b, false);
        if (truth(st, n.b) == kYes) return refine(st, n.a, false);
        return (truth(st, e) & kNo) != 0;
    case ExprOp::Or:
        if (!want) return refine(st, n.a, false) && refine(st, n.b, false);
        if (truth(st, n.a) == kNo) return refine(st, n.b, true);
        if (truth(st, n.b) == kNo) return refine(st, n.a, true);
        return (truth(st, e) & kYes) != 0;
    case ExprOp::Eq:
    case ExprOp::Ne:
    case ExprOp::Lt:
    case ExprOp::Le:
    case ExprOp::Gt:
    case ExprOp::Ge: return refineCompare(st, want ? n.op : negated(n.op), n.a, n.b);
    case ExprOp::Known: {
        std::uint8_t& f = st.facts[n.a];
        if (!(f & (want ? kYes : kNo))) return false;
        f = want ? kYes : kNo;
        return true;
    }
    case ExprOp::Visited:
    case ExprOp::Chose: {
        const std::uint32_t slot = n.op == ExprOp::Visited
                                       ? m_s.nodes[n.a].trackingSlot
                                       : (m_s.choiceTrackingSlot.empty() ? kNone : m_s.choiceTrackingSlot[n.a]);
        if (slot == kNone) return !want;
        std::uint8_t& f = st.tracking[slot];
        if (!(f & (want ? kYes : kNo))) return false;
        f = want ? kYes : kNo;
        return true;
    }
    case ExprOp::Linked: {
        AbsPersona& a = st.personas[n.a];
        AbsPersona& b = st.personas[n.b];
        const std::uint64_t bitB = std::uint64_t{1} << n.b, bitA = std::uint64_t{1} << n.a;
        if (want) {
            if (!(a.mayLinks & bitB)) return false;
            a.mustLinks |= bitB;
            b.mustLinks |= bitA;
        } else {
            if (a.mustLinks & bitB) return false;
            a.mayLinks &= ~bitB;
            b.mayLinks &= ~bitA;
        }
        return true;
    }
    default: break;
    }
    // Any other value is a condition through "not zero".
    const Iv v = eval(st, e);
    if (!want) return refineTerm(st, e, point(0));
    if (v.lo == 0 && v.hi == 0) return false;
    if (v.lo == 0) return refineTerm(st, e, {1, kMaxValue});
    if (v.hi == 0) return refineTerm(st, e, {kMinValue, -1});
    return true;
}

bool Domain::refineOpen(AbsState& st, const Choice& c) const {
    if (c.uses != kNone) {
        if (!(st.facts[c.uses] & kYes)) return false;
        st.facts[c.uses] = kYes;
    }
    // The budget is -1 throughout when unlimited, and never below 0 otherwise.
    if (actRule(c.act).spendsResearchBudget && st.budget.lo >= 0 && !intersect(st.budget, {c.takes, kMaxValue})) return false;
    return refine(st, c.condition, true);
}

bool Domain::refineClosed(AbsState& st, const Choice& c) const {
    const bool byFact = c.uses != kNone && (st.facts[c.uses] & kNo);
    const bool byBudget = actRule(c.act).spendsResearchBudget && st.budget.hi >= 0 && std::max<std::int64_t>(st.budget.lo, 0) < c.takes;
    const bool byCondition = c.condition != kNoExpr && (truth(st, c.condition) & kNo);
    const int ways = int{byFact} + int{byBudget} + int{byCondition};
    if (ways == 0) return false;
    if (ways > 1) return true; // a disjunction: keep every state
    if (byFact) {
        st.facts[c.uses] = kNo;
        return true;
    }
    if (byBudget) return intersect(st.budget, {kMinValue, c.takes - 1});
    return refine(st, c.condition, false);
}

} // namespace rapport::detail
