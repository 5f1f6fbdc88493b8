// Effects, acts and time over the abstract domain: each over-approximates the engine's rule
// (Play.cpp, Model.cpp) by bounding what it can change.

#include "analyze/Domain.h"

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


std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return a >= 0 ? (a + b - 1) / b : a / b; }
std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

bool listHas(const std::vector<std::uint32_t>& list, std::uint32_t item) {
    return item != kNone && std::find(list.begin(), list.end(), item) != list.end();
}

void link(AbsState& st, PersonaIndex a, PersonaIndex b) {
    if (a == b) return;
    st.personas[a].mustLinks |= std::uint64_t{1} << b;
    st.personas[a].mayLinks |= std::uint64_t{1} << b;
    st.personas[b].mustLinks |= std::uint64_t{1} << a;
    st.personas[b].mayLinks |= std::uint64_t{1} << a;
}

/// One base rule an act may pick (Model.cpp's ruleFor chooses among these by the state).
struct Alternative {
    model::Deltas points{};
    int percent = 100;
    int trustBonus = 0;
    int kompetenzBonus = 0;
};

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
    // towards the drift target (without passing it) and pressure towards zero.
    const Wide after = Wide{st.time.hi} + minutes;
    const bool crossesDay = after > kMaxValue || static_cast<std::int64_t>(after) / kMinutesPerDay > st.time.lo / kMinutesPerDay;
    st.time = shift(st.time, minutes);
    if (!crossesDay) return;
    const std::int64_t target = model::kDriftTarget * kScale;
    for (AbsPersona& p : st.personas) {
        for (Iv& d : p.dims) d = hull(d, {target, target});
        p.pressure.lo = 0;
    }
}

namespace {

bool introductionFits(const Scenario& s, const Choice& c) {
    auto meets = [](const Persona& needer, const Persona& offerer) {
        for (std::uint32_t need : needer.needs)
            if (listHas(offerer.offers, need)) return true;
        return false;
    };
    const Persona& a = s.personas[c.with];
    const Persona& b = s.personas[c.withSecond];
    return meets(a, b) || meets(b, a);
}

} // namespace

ActBound Domain::actBound(const Choice& c, PersonaIndex who) const {
    ActBound out;
    const bool introduction = c.act == Act::Introduce;
    if (introduction ? (c.with == kNone || c.withSecond == kNone || (who != c.with && who != c.withSecond)) : who != c.with)
        return out;
    if (c.act >= kFirstFormat2Act) {
        // model v2: no bound for the format 2 acts yet; any change of any dimension is possible.
        out.contact = true;
        out.unbounded = true;
        out.lo.fill(-kDimMax);
        out.hi.fill(kDimMax);
        return out;
    }
    const bool fit = introduction && introductionFits(m_s, c);
    const Persona& persona = m_s.personas[who];
    const bool onConcern = listHas(persona.concerns, c.topic);
    const bool onInterest = listHas(persona.interests, c.topic);
    Alternative alts[3];
    int count = 1;
    int traitPercent = 100; // the largest factor a trait puts on gains (factors below 100 are ignored)
    int gesture = 0;
    int pushPoints = 0;
    int owed = 0;
    if (introduction) {
        alts[0].points = fit ? model::kIntroduceFit : model::kIntroduceMisfit;
        gesture = fit ? -1 : 0;
        owed = fit ? 1 : 0;
    } else {
        switch (c.act) {
        case Act::Question:
            alts[0].points = model::kQuestion;
            alts[0].percent = onConcern ? model::kConcernPercent : onInterest ? model::kInterestPercent : 100;
            alts[0].trustBonus = onConcern ? model::kConcernTrustBonus : 0;
            gesture = onConcern ? -1 : 0;
            break;
        case Act::Listen: alts[0].points = model::kListen; break;
        case Act::Praise:
            alts[0].points = model::kPraise;
            alts[1].points = model::kFlattery;
            count = 2;
            if (persona.has(Trait::Status)) traitPercent = model::kStatusPraisePercent;
            gesture = 1;
            break;
        case Act::Disclose:
            alts[0].points = model::kMonologue;
            alts[1].points = persona.has(Trait::Open)       ? model::kDiscloseAnswered
                             : persona.has(Trait::Reserved) ? model::kDiscloseIgnored
                                                            : model::kDiscloseNeutral;
            count = 2;
            break;
        case Act::Smalltalk:
            alts[0].points = model::kSmalltalk;
            alts[1].points = model::kSmalltalkTooCasual;
            count = persona.has(Trait::Formal) ? 2 : 1;
            if (persona.has(Trait::Relaxed)) traitPercent = model::kRelaxedSmalltalkPercent;
            gesture = 1;
            break;
        case Act::Give:
            alts[0].points = model::kGive;
            alts[0].percent = onConcern ? model::kGiveOnConcernPercent : 100;
            gesture = -1;
            owed = 1;
            break;
        case Act::Ask:
            alts[0].points = model::kTrade;
            alts[1].points = model::kRedeem;
            alts[2].points = model::kAskWithoutCredit;
            count = 3;
            owed = -1;
            break;
        case Act::Thank: alts[0].points = model::kThank; break;
        case Act::Pitch:
            if (onConcern) {
                alts[0].points = model::kPitchOnConcern;
            } else {
                alts[0].points = model::kPitchTooEarly;
                alts[0].kompetenzBonus = model::kPitch[static_cast<std::size_t>(Dimension::Kompetenz)];
                alts[1].points = model::kPitch;
                count = 2;
            }
            if (persona.has(Trait::Analytical)) traitPercent = model::kAnalyticalKompetenzPercent;
            gesture = -1;
            break;
        case Act::Followup:
            alts[0].points = model::kFollowup;
            alts[0].percent = onConcern ? model::kUsefulFollowupPercent : 100;
            gesture = onConcern ? -1 : 1;
            break;
        case Act::Invite: alts[0].points = model::kInvite; gesture = 1; break;
        case Act::Gift: alts[0].points = model::kGift; gesture = 1; break;
        case Act::Apologize: alts[0].points = model::kApologize; break;
        case Act::Accept: alts[0].points = model::kAccept; break;
        case Act::Push: alts[0].points = model::kPush; pushPoints = model::kPushPressure; break;
        case Act::Sulk: alts[0].points = model::kSulk; break;
        case Act::Touch:
            alts[0].points = model::kTouch;
            alts[1].points = model::kTouchFauxPas;
            alts[1].percent = persona.has(Trait::Reserved) ? model::kReservedLossPercent : 100;
            count = 2;
            gesture = 1;
            break;
        case Act::Decline: alts[0].points = model::kDecline; break;
        default: return out; // no contact: nothing changes
        }
    }
    out.contact = true;
    out.gesture = gesture;
    out.pushPoints = pushPoints;
    out.owed = owed;
    const bool uses = !introduction && c.uses != kNone;
    const auto channel = static_cast<std::size_t>(c.channel);
    const int gainPercent = model::kChannelRichness[channel] + (c.channel == persona.channel ? model::kPreferredChannelBonus : 0);
    const bool lean = c.channel == Channel::Sms || c.channel == Channel::Email;
    std::array<std::int64_t, kDimensionCount>& lo = out.lo;
    std::array<std::int64_t, kDimensionCount>& hi = out.hi;
    for (int a = 0; a < count; ++a) {
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            std::int64_t v = static_cast<std::int64_t>(alts[a].points[d]) * kScale * alts[a].percent / 100;
            if (d == static_cast<std::size_t>(Dimension::Vertrauen)) v += std::int64_t{alts[a].trustBonus} * kScale;
            if (d == static_cast<std::size_t>(Dimension::Kompetenz)) v += std::int64_t{alts[a].kompetenzBonus} * kScale;
            if (v > 0) v = ceilDiv(v * traitPercent, 100);
            if (uses) {
                if (v > 0) v = ceilDiv(v * model::kUsesFactPercent, 100);
                if (d == static_cast<std::size_t>(Dimension::Kompetenz)) v += std::int64_t{model::kUsesFactKompetenz} * kScale;
            }
            // A gain arrives in part; a loss may grow on a lean channel and shrink with history.
            if (v > 0) v = ceilDiv(v * gainPercent, 100);
            else if (v < 0 && lean) v = floorDiv(v * model::kLeanChannelLossPercent, 100);
            lo[d] = std::min(lo[d], v);
            hi[d] = std::max(hi[d], v);
        }
    }
    return out;
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
    const ActBound b = actBound(c, who);
    if (!b.contact) return;
    if (b.unbounded) {
        unknownChange(st, who);
        return;
    }
    const std::array<std::int64_t, kDimensionCount>& lo = b.lo;
    const std::array<std::int64_t, kDimensionCount>& hi = b.hi;
    const int gesture = b.gesture, pushPoints = b.pushPoints, owed = b.owed;
    AbsPersona& p = st.personas[who];
    for (std::size_t d = 0; d < kDimensionCount; ++d)
        p.dims[d] = clampIv({sat(Wide{p.dims[d].lo} + lo[d]), sat(Wide{p.dims[d].hi} + hi[d])}, 0, kDimMax);
    if (gesture > 0) p.pressure.hi = sat(Wide{p.pressure.hi} + model::kPressurePerGesture * kScale);
    if (gesture < 0) p.pressure = shift(p.pressure, -std::int64_t{model::kPressureEasedBySubstance} * kScale);
    p.pressure = clampIv(shift(p.pressure, std::int64_t{pushPoints} * kScale), 0, kDimMax);
    if (p.pressure.hi >= model::kPressureErodesFrom * kScale) {
        Iv& sym = p.dims[static_cast<std::size_t>(Dimension::Sympathie)];
        Iv& trust = p.dims[static_cast<std::size_t>(Dimension::Vertrauen)];
        sym.lo = std::max<std::int64_t>(0, sym.lo - p.pressure.hi / model::kPressureSympathieDivisor);
        trust.lo = std::max<std::int64_t>(0, trust.lo - p.pressure.hi / model::kPressureTrustDivisor);
    }
    p.encounters.hi = sat(Wide{p.encounters.hi} + 1);
    p.owed = shift(p.owed, owed);
}

void Domain::applyAct(AbsState& st, const Choice& c) const {
    if (c.act == Act::Introduce) {
        if (c.with == kNone || c.withSecond == kNone) return;
        actOnPersona(st, c, c.with); // twice when both are the same person, as in Model.cpp
        actOnPersona(st, c, c.withSecond);
        link(st, c.with, c.withSecond);
        return;
    }
    if (c.with == kNone) return;
    actOnPersona(st, c, c.with);
}

void Domain::applyEffects(AbsState& st, EffectRange range) const {
    for (std::uint32_t i = range.first; i < range.first + range.count; ++i) {
        const Effect& e = m_s.effects[i];
        switch (e.kind) {
        case Effect::Kind::AddVar: {
            const Iv v = st.vars[e.target];
            const Iv add = eval(st, e.value);
            const Wide lo = Wide{v.lo} + add.lo, hi = Wide{v.hi} + add.hi;
            st.vars[e.target] = lo < kMinValue || hi > kMaxValue ? Iv{} : Iv{static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi)};
            break;
        }
        case Effect::Kind::SetVar: st.vars[e.target] = eval(st, e.value); break;
        case Effect::Kind::Adjust: {
            const Adjustment& a = m_s.adjustments[e.adjustment];
            if (a.persona == kNone) break;
            AbsPersona& p = st.personas[a.persona];
            for (std::size_t d = 0; d < kDimensionCount; ++d)
                if (a.delta[d] != 0) p.dims[d] = clampIv(shift(p.dims[d], std::int64_t{a.delta[d]} * kScale), 0, kDimMax);
            if (a.pressure != 0) p.pressure = clampIv(shift(p.pressure, std::int64_t{a.pressure} * kScale), 0, kDimMax);
            break;
        }
        case Effect::Kind::Learn:
            for (std::uint32_t f : e.facts) st.facts[f] = kYes;
            break;
        case Effect::Kind::Favour: st.personas[e.target].owed = shift(st.personas[e.target].owed, e.amount); break;
        case Effect::Kind::Introduce: link(st, e.target, e.second); break;
        case Effect::Kind::Wait: advanceTime(st, e.amount); break;
        // model v2: the format 2 events are not bounded yet; the people they concern may change in
        // any way (sound, and exact enough until the model gives them rules).
        case Effect::Kind::Vouch:
        case Effect::Kind::Handover:
            unknownChange(st, e.target);
            unknownChange(st, e.second);
            break;
        case Effect::Kind::Contact:
        case Effect::Kind::Tender:
        case Effect::Kind::Letdown: unknownChange(st, e.target); break;
        case Effect::Kind::If: {
            const Tri t = truth(st, e.value);
            if (t == kYes) {
                applyEffects(st, {e.thenFirst, e.thenCount});
            } else if (t == kNo) {
                applyEffects(st, {e.elseFirst, e.elseCount});
            } else {
                AbsState yes = st, no = st;
                const bool okYes = refine(yes, e.value, true);
                const bool okNo = refine(no, e.value, false);
                if (okYes) applyEffects(yes, {e.thenFirst, e.thenCount});
                if (okNo) applyEffects(no, {e.elseFirst, e.elseCount});
                if (okYes && okNo) {
                    join(yes, no);
                    st = std::move(yes);
                } else if (okYes) {
                    st = std::move(yes);
                } else if (okNo) {
                    st = std::move(no);
                }
            }
            break;
        }
        }
    }
}

void Domain::applyChoice(AbsState& st, const Choice& c) const {
    const std::size_t index = static_cast<std::size_t>(&c - m_s.choices.data());
    if (index < m_s.choiceTrackingSlot.size() && m_s.choiceTrackingSlot[index] != kNone)
        st.tracking[m_s.choiceTrackingSlot[index]] = kYes;
    applyAct(st, c);
    for (std::uint32_t a : c.adjustments) {
        const Adjustment& adj = m_s.adjustments[a];
        if (adj.persona == kNone) continue;
        AbsPersona& p = st.personas[adj.persona];
        for (std::size_t d = 0; d < kDimensionCount; ++d)
            if (adj.delta[d] != 0) p.dims[d] = clampIv(shift(p.dims[d], std::int64_t{adj.delta[d]} * kScale), 0, kDimMax);
        if (adj.pressure != 0) p.pressure = clampIv(shift(p.pressure, std::int64_t{adj.pressure} * kScale), 0, kDimMax);
    }
    for (std::uint32_t f : c.reveals) st.facts[f] = kYes;
    applyEffects(st, c.effects);
    if (c.takes > 0) {
        if (c.act == Act::Research && st.budget.lo >= 0)
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
    for (const ExprNode& n : scenario.expressions)
        if (n.op == ExprOp::Const)
            for (std::int64_t d : {-1, 0, 1}) m_thresholds.push_back(sat(Wide{n.value} + d));
    std::sort(m_thresholds.begin(), m_thresholds.end());
    m_thresholds.erase(std::unique(m_thresholds.begin(), m_thresholds.end()), m_thresholds.end());
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
