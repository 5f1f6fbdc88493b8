// Effects, acts and time over the abstract domain: each over-approximates the engine's rule
// (Play.cpp, Model.cpp) by bounding what it can change.

#include "analyze/Domain.h"

#include "rapport/core/Effects.h"
#include "rapport/model/Drift.h"
#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/core/State.h"
#include "rapport/core/TimeUnits.h"

#include <algorithm>
#include <iterator>

namespace rapport::detail {
namespace {

__extension__ typedef __int128 Wide;
constexpr std::int64_t kDimMax = 100 * kScale;

std::int64_t sat(Wide v) {
    if (v < kMinValue) return kMinValue;
    if (v > kMaxValue) return kMaxValue;
    return static_cast<std::int64_t>(v);
}

Iv shift(Iv v, std::int64_t by) { return {sat(Wide{v.lo} + by), sat(Wide{v.hi} + by)}; }

Iv clampIv(Iv v, std::int64_t lo, std::int64_t hi) {
    return {std::clamp(v.lo, lo, hi), std::clamp(v.hi, lo, hi)};
}

Iv hull(Iv a, Iv b) { return {std::min(a.lo, b.lo), std::max(a.hi, b.hi)}; }

bool joinIv(Iv& into, Iv from) {
    const Iv h = hull(into, from);
    if (h == into) return false;
    into = h;
    return true;
}



void link(AbsState& st, PersonaIndex a, PersonaIndex b) {
    if (a == b) return;
    st.personas[a].mustLinks |= std::uint64_t{1} << b;
    st.personas[a].mayLinks |= std::uint64_t{1} << b;
    st.personas[b].mustLinks |= std::uint64_t{1} << a;
    st.personas[b].mayLinks |= std::uint64_t{1} << a;
}

} // namespace

AbsState Domain::initial() const {
    const State s = initialState(m_s, 0);
    AbsState st;
    st.live = true;
    st.time = {s.time, s.time};
    st.budget = {s.budget, s.budget};
    for (std::int64_t v : s.vars) st.vars.push_back({v, v});
    for (std::size_t f = 0; f < m_s.facts.size(); ++f)
        st.facts.push_back(s.knows(static_cast<std::uint32_t>(f)) ? kYes : kNo);
    for (std::uint32_t t = 0; t < m_s.trackingSlots; ++t) st.tracking.push_back(s.tracked(t) ? kYes : kNo);
    for (const PersonaState& p : s.personas) {
        AbsPersona a;
        for (std::size_t d = 0; d < kDimensionCount; ++d) a.dims[d] = {p.dims[d], p.dims[d]};
        a.pressure = {p.pressure, p.pressure};
        a.owed = {p.owed, p.owed};
        a.encounters = {p.encounters, p.encounters};
        a.mustLinks = a.mayLinks = p.links;
        st.personas.push_back(a);
    }
    return st;
}

void Domain::advanceTime(AbsState& st, std::int64_t minutes) const {
    if (minutes <= 0) return;
    // Drift and fading happen only when a day boundary is crossed; they move every value
    // towards its drift target (without passing it, Drift.h) and pressure towards zero.
    const Wide after = Wide{st.time.hi} + minutes;
    const bool crossesDay = after > kMaxValue || static_cast<std::int64_t>(after) / kMinutesPerDay > st.time.lo / kMinutesPerDay;
    st.time = shift(st.time, minutes);
    // A promise that cannot be kept may fall due now (at any passing of time).
    for (std::size_t p = 0; p < st.personas.size(); ++p) {
        if (!m_promises[p]) continue;
        for (std::size_t d = 0; d < kDimensionCount; ++d)
            st.personas[p].dims[d].lo = std::max<std::int64_t>(0, st.personas[p].dims[d].lo + std::int64_t{model::kOverpromiseBroken[d]} * kScale);
    }
    if (!crossesDay) return;
    for (AbsPersona& p : st.personas) {
        for (std::size_t d = 0; d < kDimensionCount; ++d) driftReach(static_cast<Dimension>(d), p.dims[d].lo, p.dims[d].hi);
        p.pressure.lo = 0;
    }
}

namespace {

/// The act table's bounds, widened so that every dimension may also stay as it is. That is wider
/// than the table needs; it keeps the analyzer's answers as they were before the bounds came from
/// the table (dropping it would tighten every gain's lower and every loss's upper bound).
ActBounds widenedBounds(const Scenario& s, const Choice& c, PersonaIndex who) {
    ActBounds b = actBounds(s, c, who);
    if (!b.contact) return b;
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        b.lo[d] = std::min<std::int64_t>(b.lo[d], 0);
        b.hi[d] = std::max<std::int64_t>(b.hi[d], 0);
    }
    return b;
}

} // namespace

ActBounds Domain::actBound(const Choice& c, PersonaIndex who) const {
    const std::size_t index = static_cast<std::size_t>(&c - m_s.choices.data());
    if (index < m_actBounds.size()) {
        if (who != kNone && who == c.with) return m_actBounds[index][0];
        if (who != kNone && who == c.withSecond) return m_actBounds[index][1];
    }
    return widenedBounds(m_s, c, who);
}

void Domain::unknownChange(AbsState& st, PersonaIndex who) const {
    if (who == kNone || who >= st.personas.size()) return;
    AbsPersona& p = st.personas[who];
    for (Iv& d : p.dims) d = {0, kDimMax};
    p.pressure = {0, kDimMax};
    p.owed = Iv{};
    p.encounters.hi = kMaxValue;
    p.mayLinks = ~std::uint64_t{0} & ~(std::uint64_t{1} << who);
    for (std::size_t other = 0; other < st.personas.size(); ++other)
        if (other != who) st.personas[other].mayLinks |= std::uint64_t{1} << who;
}

void Domain::actOnPersona(AbsState& st, const Choice& c, PersonaIndex who) const {
    const ActBounds b = actBound(c, who);
    if (!b.contact) return;
    AbsPersona& p = st.personas[who];
    for (std::size_t d = 0; d < kDimensionCount; ++d)
        p.dims[d] = clampIv({sat(Wide{p.dims[d].lo} + b.lo[d]), sat(Wide{p.dims[d].hi} + b.hi[d])}, 0, kDimMax);
    p.pressure = clampIv({sat(Wide{p.pressure.lo} + b.pressureLo), sat(Wide{p.pressure.hi} + b.pressureHi)}, 0, kDimMax);
    if (p.pressure.hi >= model::kPressureErodesFrom * kScale) {
        Iv& sym = p.dims[static_cast<std::size_t>(Dimension::Sympathie)];
        Iv& trust = p.dims[static_cast<std::size_t>(Dimension::Vertrauen)];
        sym.lo = std::max<std::int64_t>(0, sym.lo - p.pressure.hi / model::kPressureSympathieDivisor);
        trust.lo = std::max<std::int64_t>(0, trust.lo - p.pressure.hi / model::kPressureTrustDivisor);
    }
    p.encounters.hi = sat(Wide{p.encounters.hi} + 1);
    p.owed = {sat(Wide{p.owed.lo} + b.owedLo), sat(Wide{p.owed.hi} + b.owedHi)};
}

void Domain::applyAct(AbsState& st, const Choice& c) const {
    const std::array<PersonaIndex, 2> who = personasReached(c);
    if (who[0] != kNone) actOnPersona(st, c, who[0]);
    if (who[1] != kNone) {
        actOnPersona(st, c, who[1]); // twice when both are the same person, as in Model.cpp
        link(st, who[0], who[1]);
    }
}

namespace {

/// An author's adjustment over a set of states.
void adjustAbs(AbsState& st, const Adjustment& a) {
    if (a.persona == kNone) return;
    AbsPersona& p = st.personas[a.persona];
    for (std::size_t d = 0; d < kDimensionCount; ++d)
        if (a.delta[d] != 0) p.dims[d] = clampIv(shift(p.dims[d], std::int64_t{a.delta[d]} * kScale), 0, kDimMax);
    if (a.pressure != 0) p.pressure = clampIv(shift(p.pressure, std::int64_t{a.pressure} * kScale), 0, kDimMax);
}

} // namespace

/// Effects over a set of states (walkEffects reads them); a condition that may go either way
/// splits the set, walks both branches and joins the results.
struct Domain::AbsEffects {
    const Domain& dom;
    AbsState& st;

    void setVariable(std::uint32_t var, ExprId value, bool add) {
        const Iv v = dom.eval(st, value);
        if (!add) {
            st.vars[var] = v;
            return;
        }
        const Iv old = st.vars[var];
        const Wide lo = Wide{old.lo} + v.lo, hi = Wide{old.hi} + v.hi;
        st.vars[var] = lo < kMinValue || hi > kMaxValue ? Iv{} : Iv{static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi)};
    }
    void adjust(const Adjustment& a) { adjustAbs(st, a); }
    void learn(const std::vector<std::uint32_t>& facts) {
        for (std::uint32_t f : facts) st.facts[f] = kYes;
    }
    void favour(PersonaIndex p, int direction) { st.personas[p].owed = shift(st.personas[p].owed, direction); }
    void link(PersonaIndex a, PersonaIndex b) { rapport::detail::link(st, a, b); }
    void wait(std::int64_t minutes) { dom.advanceTime(st, minutes); }
    void event(const Effect& e) { // model v2: anything may happen to the people an event names
        for (PersonaIndex p : {e.target, e.second}) {
            if (p == kNone) continue;
            AbsPersona& ap = st.personas[p];
            for (Iv& d : ap.dims) d = Iv{0, 100 * kScale};
            ap.pressure = Iv{0, 100 * kScale};
            ap.owed = Iv{};
            ap.encounters = Iv{ap.encounters.lo, kMaxValue};
            ap.mayLinks = ~std::uint64_t{0};
        }
    }
    void branch(ExprId condition, EffectRange then, EffectRange otherwise) {
        const Tri t = dom.truth(st, condition);
        if (t == kYes) {
            dom.applyEffects(st, then);
        } else if (t == kNo) {
            dom.applyEffects(st, otherwise);
        } else {
            AbsState yes = st, no = st;
            const bool okYes = dom.refine(yes, condition, true);
            const bool okNo = dom.refine(no, condition, false);
            if (okYes) dom.applyEffects(yes, then);
            if (okNo) dom.applyEffects(no, otherwise);
            if (okYes && okNo) {
                join(yes, no);
                st = std::move(yes);
            } else if (okYes) {
                st = std::move(yes);
            } else if (okNo) {
                st = std::move(no);
            }
        }
    }
};

void Domain::applyEffects(AbsState& st, EffectRange range) const {
    AbsEffects effects{*this, st};
    walkEffects(m_s, range, effects);
}

void Domain::applyChoice(AbsState& st, const Choice& c) const {
    const std::size_t index = static_cast<std::size_t>(&c - m_s.choices.data());
    if (index < m_s.choiceTrackingSlot.size() && m_s.choiceTrackingSlot[index] != kNone)
        st.tracking[m_s.choiceTrackingSlot[index]] = kYes;
    applyAct(st, c);
    for (std::uint32_t a : c.adjustments) adjustAbs(st, m_s.adjustments[a]);
    for (std::uint32_t f : c.reveals) st.facts[f] = kYes;
    applyEffects(st, c.effects);
    if (c.takes > 0) {
        if (actRule(c.act).spendsResearchBudget && st.budget.lo >= 0)
            st.budget = {std::max<std::int64_t>(st.budget.lo - c.takes, 0), std::max<std::int64_t>(st.budget.hi - c.takes, 0)};
        advanceTime(st, c.takes);
    }
}

bool Domain::join(AbsState& into, const AbsState& from) {
    if (!from.live) return false;
    if (!into.live) {
        into = from;
        return true;
    }
    bool changed = joinIv(into.time, from.time);
    changed = joinIv(into.budget, from.budget) || changed;
    for (std::size_t i = 0; i < into.vars.size(); ++i) changed = joinIv(into.vars[i], from.vars[i]) || changed;
    for (std::size_t i = 0; i < into.facts.size(); ++i) {
        const auto v = static_cast<std::uint8_t>(into.facts[i] | from.facts[i]);
        changed = changed || v != into.facts[i];
        into.facts[i] = v;
    }
    for (std::size_t i = 0; i < into.tracking.size(); ++i) {
        const auto v = static_cast<std::uint8_t>(into.tracking[i] | from.tracking[i]);
        changed = changed || v != into.tracking[i];
        into.tracking[i] = v;
    }
    for (std::size_t i = 0; i < into.personas.size(); ++i) {
        AbsPersona& a = into.personas[i];
        const AbsPersona& b = from.personas[i];
        for (std::size_t d = 0; d < kDimensionCount; ++d) changed = joinIv(a.dims[d], b.dims[d]) || changed;
        changed = joinIv(a.pressure, b.pressure) || changed;
        changed = joinIv(a.owed, b.owed) || changed;
        changed = joinIv(a.encounters, b.encounters) || changed;
        const std::uint64_t must = a.mustLinks & b.mustLinks, may = a.mayLinks | b.mayLinks;
        changed = changed || must != a.mustLinks || may != a.mayLinks;
        a.mustLinks = must;
        a.mayLinks = may;
    }
    return changed;
}

Domain::Domain(const Scenario& scenario) : m_s(scenario) {
    for (PersonaIndex p = 0; p < scenario.personas.size(); ++p) m_promises.push_back(mayBreakPromise(scenario, p));
    for (const ExprNode& n : scenario.expressions)
        if (n.op == ExprOp::Const)
            for (std::int64_t d : {-1, 0, 1}) m_thresholds.push_back(sat(Wide{n.value} + d));
    std::sort(m_thresholds.begin(), m_thresholds.end());
    m_thresholds.erase(std::unique(m_thresholds.begin(), m_thresholds.end()), m_thresholds.end());
    m_actBounds.reserve(scenario.choices.size());
    for (const Choice& c : scenario.choices) m_actBounds.push_back({widenedBounds(scenario, c, c.with), widenedBounds(scenario, c, c.withSecond)});
}

void Domain::widenValue(Iv& v, Iv before, std::int64_t lo, std::int64_t hi, bool dimension) const {
    constexpr std::int64_t kDimStep = 5 * kScale;
    if (v.hi > before.hi) {
        if (dimension) {
            v.hi = std::min(hi, (v.hi + kDimStep - 1) / kDimStep * kDimStep);
        } else {
            const auto it = std::lower_bound(m_thresholds.begin(), m_thresholds.end(), v.hi);
            v.hi = it == m_thresholds.end() ? hi : std::min(hi, *it);
        }
    }
    if (v.lo < before.lo) {
        if (dimension) {
            v.lo = std::max(lo, v.lo / kDimStep * kDimStep);
        } else {
            const auto it = std::upper_bound(m_thresholds.begin(), m_thresholds.end(), v.lo);
            v.lo = it == m_thresholds.begin() ? lo : std::max(lo, *std::prev(it));
        }
    }
}

void Domain::widen(AbsState& st, const AbsState& before) const {
    if (!before.live) return;
    widenValue(st.time, before.time, kMinValue, kMaxValue, false);
    widenValue(st.budget, before.budget, kMinValue, kMaxValue, false);
    for (std::size_t i = 0; i < st.vars.size(); ++i) widenValue(st.vars[i], before.vars[i], kMinValue, kMaxValue, false);
    for (std::size_t i = 0; i < st.personas.size(); ++i) {
        AbsPersona& a = st.personas[i];
        const AbsPersona& b = before.personas[i];
        for (std::size_t d = 0; d < kDimensionCount; ++d) widenValue(a.dims[d], b.dims[d], 0, kDimMax, true);
        widenValue(a.pressure, b.pressure, 0, kDimMax, true);
        widenValue(a.owed, b.owed, kMinValue, kMaxValue, false);
        widenValue(a.encounters, b.encounters, kMinValue, kMaxValue, false);
    }
}

Iv Domain::qualityBounds(const AbsPersona& p) const {
    // Quality never falls when a dimension rises: the lowest and highest corners bound it.
    PersonaState lo, hi;
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        lo.dims[d] = static_cast<std::int32_t>(p.dims[d].lo);
        hi.dims[d] = static_cast<std::int32_t>(p.dims[d].hi);
    }
    return {qualityOf(lo), qualityOf(hi)};
}

Iv Domain::resultBounds(const AbsState& st) const {
    State lo, hi;
    lo.personas.resize(st.personas.size());
    hi.personas.resize(st.personas.size());
    for (std::size_t i = 0; i < st.personas.size(); ++i)
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            lo.personas[i].dims[d] = static_cast<std::int32_t>(st.personas[i].dims[d].lo);
            hi.personas[i].dims[d] = static_cast<std::int32_t>(st.personas[i].dims[d].hi);
        }
    return {resultOf(m_s, lo), resultOf(m_s, hi)};
}

} // namespace rapport::detail
