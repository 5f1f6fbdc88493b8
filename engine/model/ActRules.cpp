// The interpreter of the act table (ActTable.cpp): conditions over a situation, the choice of a
// variant, the factors in their order, the bounds the analyzer needs and the principles of the
// reasons. Nothing here knows a particular act.

#include "rapport/model/ActRules.h"

#include <algorithm>
#include <cassert>

namespace rapport {
namespace {


bool listHas(const std::vector<std::uint32_t>& list, std::uint32_t item) {
    return item != kNone && std::find(list.begin(), list.end(), item) != list.end();
}

bool introductionFits(const Scenario& s, const Choice& c) {
    if (c.with == kNone || c.withSecond == kNone) return false;
    auto meets = [](const Persona& needer, const Persona& offerer) {
        for (std::uint32_t need : needer.needs)
            if (listHas(offerer.offers, need)) return true;
        return false;
    };
    return meets(s.personas[c.with], s.personas[c.withSecond]) || meets(s.personas[c.withSecond], s.personas[c.with]);
}

/// What a condition reads: the scenario and the choice always, the persona's state when known.
struct Situation {
    const Scenario& scenario;
    const Choice& choice;
    const Persona& persona;
    const State* state;     // null: only what holds whatever the state (for bounds)
    const PersonaState* ps; // null with state
};

/// A three-valued truth: whether a condition may be false, may be true.
enum Truth : std::uint8_t { kFalse = 1, kTrue = 2, kEither = 3 };

Truth truthOf(bool b) { return b ? kTrue : kFalse; }

/// A predicate's truth; dynamic predicates are kEither without a state.
Truth predicate(const Term& t, const Situation& s) {
    const Choice& c = s.choice;
    switch (t.what) {
    case Predicate::TopicIsConcern: return truthOf(listHas(s.persona.concerns, c.topic));
    case Predicate::TopicIsInterest: return truthOf(listHas(s.persona.interests, c.topic));
    case Predicate::NoTopicNorFact: return truthOf(c.topic == kNone && c.uses == kNone);
    case Predicate::UsesFact: return truthOf(c.uses != kNone);
    case Predicate::HasTrait: return truthOf(s.persona.has(static_cast<Trait>(t.arg)));
    case Predicate::IntroductionFits: return truthOf(introductionFits(s.scenario, c));
    case Predicate::ChannelIs: return truthOf(c.channel == static_cast<Channel>(t.arg));
    case Predicate::ChannelIsPreferred: return truthOf(c.channel == s.persona.channel);
    default: break;
    }
    if (s.ps == nullptr) return kEither;
    const PersonaState& ps = *s.ps;
    switch (t.what) {
    case Predicate::StageAtLeast: return truthOf(static_cast<int>(stageOf(ps)) >= t.arg);
    case Predicate::StageAtMost: return truthOf(static_cast<int>(stageOf(ps)) <= t.arg);
    case Predicate::PraisesAtLeast: return truthOf(ps.praises + 1 >= t.arg);
    case Predicate::DisclosuresAtLeast: return truthOf(ps.disclosuresThisEncounter >= t.arg);
    case Predicate::GiftEarlierThisEncounter:
        return truthOf(ps.giftThisEncounter != 0 && s.state->time - ps.lastContact < model::kNewEncounterAfterMinutes);
    case Predicate::OwesPlayer: return truthOf(ps.owed > 0);
    case Predicate::NeverMet: return truthOf(ps.encounters == 0);
    case Predicate::FaceEncountersAtLeast: return truthOf(ps.faceEncounters >= t.arg);
    default: break;
    }
    assert(false && "every predicate has a meaning in predicate()");
    return kEither;
}

Truth truthOf(const Condition& condition, const Situation& s) {
    if (condition.count == 0) return kTrue;
    std::uint8_t any = 0; // bits of the disjunction
    for (std::uint8_t i = 0; i < condition.count; ++i) {
        const Clause& clause = condition.clauses[i];
        std::uint8_t all = kTrue; // may be true as long as no term is surely false
        bool mayBeFalse = false;
        for (std::uint8_t j = 0; j < clause.count; ++j) {
            Truth t = predicate(clause.terms[j], s);
            if (clause.terms[j].negated) t = static_cast<Truth>(((t & kFalse) ? kTrue : 0) | ((t & kTrue) ? kFalse : 0));
            if (!(t & kTrue)) all = 0;
            if (t & kFalse) mayBeFalse = true;
        }
        std::uint8_t clauseTruth = mayBeFalse ? kFalse : 0;
        if (all) clauseTruth |= kTrue;
        if (clauseTruth & kTrue) any |= kTrue;
        if (!(clauseTruth & kFalse)) return kTrue; // this clause holds for sure
    }
    return static_cast<Truth>(any | kFalse);
}

/// Whether a condition holds in a concrete situation (the fast path of truthOf, for play).
bool holds(const Condition& condition, const Situation& s) {
    if (condition.count == 0) return true;
    for (std::uint8_t i = 0; i < condition.count; ++i) {
        const Clause& clause = condition.clauses[i];
        bool all = true;
        for (std::uint8_t j = 0; j < clause.count && all; ++j)
            all = (predicate(clause.terms[j], s) == kTrue) != clause.terms[j].negated;
        if (all) return true;
    }
    return false;
}

bool inScope(const ActFactor& f, const ActRule& rule, const ActVariant& v) {
    switch (f.scope) {
    case FactorScope::Listed: return f.reasons.contains(v.reason);
    case FactorScope::OnePersona: return rule.reach == ActReach::OnePersona;
    case FactorScope::AllContacts: return rule.reach != ActReach::Nobody;
    }
    return false;
}

int facePercent(int faceEncounters) {
    return 100 - std::min(model::kFaceBufferMax, faceEncounters * model::kFaceBufferPerEncounter);
}

/// The percent a factor applies in a concrete situation.
int percentOf(const ActFactor& f, const Situation& s) {
    switch (f.from) {
    case PercentFrom::Fixed:
    case PercentFrom::AddToPrevious: return f.percent;
    case PercentFrom::Repetition: return 100 / (s.ps->praises + 1);
    case PercentFrom::ChannelRichness: return model::kChannelRichness[static_cast<std::size_t>(s.choice.channel)];
    case PercentFrom::FaceBuffer: return facePercent(s.ps->faceEncounters);
    }
    return 100;
}

bool scalesValue(FactorValues values, std::int64_t v) {
    switch (values) {
    case FactorValues::Gains: return v > 0;
    case FactorValues::Losses: return v < 0;
    case FactorValues::All: return true;
    }
    return false;
}

const ActVariant* selectVariant(const ActRule& rule, const Situation& s) {
    for (const ActVariant& v : rule)
        if (holds(v.condition, s)) return &v;
    return nullptr; // the table ends every act with a variant that always holds
}

/// Per act and variant, the factors whose scope takes it in (in table order), so play does not
/// test every factor's scope at every act.
struct FactorLists {
    struct List {
        std::array<std::uint8_t, kFactorCount> index{};
        std::uint8_t count = 0;
    };
    std::array<std::array<List, 8>, kActCount> lists{}; // no act has more than 8 variants
};

FactorLists buildFactorLists() {
    FactorLists out;
    const auto& factors = actFactors();
    for (int a = 0; a < kActCount; ++a) {
        const ActRule& rule = actRule(static_cast<Act>(a));
        assert(rule.variantCount <= 8 && "FactorLists holds up to 8 variants per act");
        for (std::uint8_t v = 0; v < rule.variantCount; ++v) {
            FactorLists::List& list = out.lists[static_cast<std::size_t>(a)][v];
            for (std::size_t i = 0; i < factors.size(); ++i)
                if (inScope(factors[i], rule, rule.variants[v])) list.index[list.count++] = static_cast<std::uint8_t>(i);
        }
    }
    return out;
}

const FactorLists::List& factorsFor(Act act, std::size_t variant) {
    static const FactorLists lists = buildFactorLists();
    return lists.lists[static_cast<std::size_t>(act)][variant];
}

// --- bounds ---------------------------------------------------------------------------------------

struct Range {
    std::int64_t lo = 0, hi = 0;
};

Range hull(Range a, Range b) { return {std::min(a.lo, b.lo), std::max(a.hi, b.hi)}; }

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }
std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return -floorDiv(-a, b); }

/// Every value v * p / 100 (truncated) for v in `part` (one sign) and p in `percent`, rounded outwards.
Range scalePart(Range part, Range percent) {
    const std::int64_t c[4] = {part.lo * percent.lo, part.lo * percent.hi, part.hi * percent.lo, part.hi * percent.hi};
    return {floorDiv(*std::min_element(c, c + 4), 100), ceilDiv(*std::max_element(c, c + 4), 100)};
}

/// A factor's effect on a range of values: the values of its kind are scaled, the others kept.
Range scaleRange(Range v, FactorValues values, Range percent) {
    bool any = false;
    Range out;
    auto add = [&](Range r) {
        out = any ? hull(out, r) : r;
        any = true;
    };
    if (v.lo < 0) {
        const Range neg{v.lo, std::min<std::int64_t>(v.hi, -1)};
        add(values == FactorValues::Gains ? neg : scalePart(neg, percent));
    }
    if (v.lo <= 0 && v.hi >= 0) add({0, 0});
    if (v.hi > 0) {
        const Range pos{std::max<std::int64_t>(v.lo, 1), v.hi};
        add(values == FactorValues::Losses ? pos : scalePart(pos, percent));
    }
    return out;
}

/// The percents a factor may apply whatever the state.
Range percentRange(const ActFactor& f, const Situation& s) {
    switch (f.from) {
    case PercentFrom::Fixed:
    case PercentFrom::AddToPrevious: return {f.percent, f.percent};
    case PercentFrom::Repetition: return {0, 100};
    case PercentFrom::ChannelRichness: {
        const int p = model::kChannelRichness[static_cast<std::size_t>(s.choice.channel)];
        return {p, p};
    }
    case PercentFrom::FaceBuffer: return {facePercent(model::kFaceBufferMax), facePercent(1)};
    }
    return {100, 100};
}

bool reaches(const ActRule& rule, const Choice& c, PersonaIndex who) {
    switch (rule.reach) {
    case ActReach::Nobody: return false;
    case ActReach::OnePersona: return who != kNone && who == c.with;
    case ActReach::TwoPersonas: return c.with != kNone && c.withSecond != kNone && (who == c.with || who == c.withSecond);
    }
    return false;
}

// --- principles of reasons ------------------------------------------------------------------------

struct ReasonTable {
    std::array<std::int8_t, kReasonCount> principle{};
    std::array<bool, kReasonCount> violation{};
};

ReasonTable buildReasonTable() {
    ReasonTable t;
    t.principle.fill(-1);
    for (int a = 0; a < kActCount; ++a)
        for (const ActVariant& v : actRule(static_cast<Act>(a))) {
            const auto r = static_cast<std::size_t>(v.reason);
            t.principle[r] = v.principle;
            t.violation[r] = v.violation;
        }
    for (const ReasonPrinciple* r = otherReasonsBegin(); r != otherReasonsEnd(); ++r) {
        t.principle[static_cast<std::size_t>(r->reason)] = r->principle;
        t.violation[static_cast<std::size_t>(r->reason)] = r->violation;
    }
    return t;
}

const ReasonTable& reasonTable() {
    static const ReasonTable table = buildReasonTable();
    return table;
}

std::uint32_t bit(int principle) { return principle < 0 ? 0u : 1u << static_cast<unsigned>(principle); }

} // namespace

ActOutcome evaluateAct(const Scenario& scenario, const State& state, const Choice& choice, PersonaIndex who) {
    ActOutcome out;
    const ActRule& rule = actRule(choice.act);
    if (rule.reach == ActReach::Nobody || who == kNone) return out;
    const PersonaState& ps = state.personas[who];
    const Situation s{scenario, choice, scenario.personas[who], &state, &ps};
    const ActVariant* v = selectVariant(rule, s);
    if (v == nullptr) return out;
    out.variant = v;
    out.modifiers = v->modifiers;
    if (rule.history & kCountsPraise) out.count = ps.praises + 1;
    for (std::size_t d = 0; d < kDimensionCount; ++d)
        out.delta[d] = std::int64_t{v->points[d]} * kScale * v->percent / 100 + std::int64_t{v->bonus[d]} * kScale;

    const auto& factors = actFactors();
    const FactorLists::List& list = factorsFor(choice.act, static_cast<std::size_t>(v - rule.variants));
    for (std::uint8_t k = 0; k < list.count; ++k) {
        const ActFactor& f = factors[list.index[k]];
        if (f.from == PercentFrom::AddToPrevious) continue; // taken with the factor before it
        if (!holds(f.condition, s)) continue;
        int percent = percentOf(f, s);
        assert(out.traceCount < out.trace.size());
        out.trace[out.traceCount++] = AppliedFactor{f.id, percent};
        for (std::uint8_t m = static_cast<std::uint8_t>(k + 1); m < list.count && factors[list.index[m]].from == PercentFrom::AddToPrevious; ++m) {
            const ActFactor& add = factors[list.index[m]];
            if (!holds(add.condition, s)) continue;
            percent += add.percent;
            out.trace[out.traceCount++] = AppliedFactor{add.id, add.percent};
            out.modifiers |= add.modifiers;
        }
        bool touched = false;
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            if (f.dimension >= 0 && static_cast<std::size_t>(f.dimension) != d) continue;
            std::int64_t& value = out.delta[d];
            if (!scalesValue(f.values, value)) continue;
            touched = touched || value != 0;
            value = value * percent / 100;
        }
        if (f.mark == MarkWhen::Applies || (f.mark == MarkWhen::Touches && touched) || (f.mark == MarkWhen::Reduces && percent < 100))
            out.modifiers |= f.modifiers;
        if (f.bonusDimension >= 0) out.delta[static_cast<std::size_t>(f.bonusDimension)] += std::int64_t{f.bonusPoints} * kScale;
    }
    return out;
}

std::array<PersonaIndex, 2> personasReached(const Choice& choice) {
    switch (actRule(choice.act).reach) {
    case ActReach::Nobody: break;
    case ActReach::OnePersona: return {choice.with, kNone};
    case ActReach::TwoPersonas:
        if (choice.with != kNone && choice.withSecond != kNone) return {choice.with, choice.withSecond};
        break;
    }
    return {kNone, kNone};
}

ActBounds actBounds(const Scenario& scenario, const Choice& choice, PersonaIndex who) {
    ActBounds out;
    const ActRule& rule = actRule(choice.act);
    if (!reaches(rule, choice, who)) return out;
    const Situation s{scenario, choice, scenario.personas[who], nullptr, nullptr};
    const auto& factors = actFactors();
    std::array<Range, kDimensionCount> all{};
    Range pressure, owed;
    for (const ActVariant& v : rule) {
        const Truth taken = truthOf(v.condition, s);
        if (!(taken & kTrue)) continue; // cannot hold for this persona and choice
        std::array<Range, kDimensionCount> values{};
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            const std::int64_t base = std::int64_t{v.points[d]} * kScale * v.percent / 100 + std::int64_t{v.bonus[d]} * kScale;
            values[d] = {base, base};
        }
        for (std::size_t i = 0; i < factors.size(); ++i) {
            const ActFactor& f = factors[i];
            if (f.from == PercentFrom::AddToPrevious || !inScope(f, rule, v)) continue;
            const Truth applies = truthOf(f.condition, s);
            if (!(applies & kTrue)) continue;
            Range percent = percentRange(f, s);
            for (std::size_t j = i + 1; j < factors.size() && factors[j].from == PercentFrom::AddToPrevious; ++j) {
                const ActFactor& add = factors[j];
                if (!inScope(add, rule, v)) continue;
                const Truth adds = truthOf(add.condition, s);
                if (adds & kTrue) percent.hi += add.percent;
                if (!(adds & kFalse)) percent.lo += add.percent;
            }
            for (std::size_t d = 0; d < kDimensionCount; ++d) {
                if (f.dimension >= 0 && static_cast<std::size_t>(f.dimension) != d) continue;
                const Range scaled = scaleRange(values[d], f.values, percent);
                values[d] = (applies & kFalse) ? hull(values[d], scaled) : scaled;
            }
            if (f.bonusDimension >= 0) {
                Range& b = values[static_cast<std::size_t>(f.bonusDimension)];
                const Range added{b.lo + std::int64_t{f.bonusPoints} * kScale, b.hi + std::int64_t{f.bonusPoints} * kScale};
                b = (applies & kFalse) ? hull(b, added) : added;
            }
        }
        Range press{std::int64_t{v.extraPressure} * kScale, std::int64_t{v.extraPressure} * kScale};
        if (v.pressure == PressureClass::Gesture) press.hi += std::int64_t{model::kPressurePerGesture} * kScale;
        if (v.pressure == PressureClass::Substance) {
            press.lo -= std::int64_t{model::kPressureEasedBySubstance} * kScale;
            press.hi -= std::int64_t{model::kPressureEasedBySubstance} * kScale;
        }
        const Range ledger{v.ledger, v.ledger};
        for (std::size_t d = 0; d < kDimensionCount; ++d) all[d] = out.contact ? hull(all[d], values[d]) : values[d];
        pressure = out.contact ? hull(pressure, press) : press;
        owed = out.contact ? hull(owed, ledger) : ledger;
        out.contact = true;
        if (!(taken & kFalse)) break; // holds for sure: the variants after it are never taken
    }
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        out.lo[d] = all[d].lo;
        out.hi[d] = all[d].hi;
    }
    out.pressureLo = pressure.lo;
    out.pressureHi = pressure.hi;
    out.owedLo = static_cast<int>(owed.lo);
    out.owedHi = static_cast<int>(owed.hi);
    return out;
}

std::uint32_t actPrinciples(Act act) {
    const ActRule& rule = actRule(act);
    if (rule.reach == ActReach::Nobody) return 0;
    std::uint32_t bits = bit(principleOfReason(Reason::PressureErodes)); // any contact may meet pressure
    for (const ActVariant& v : rule) {
        bits |= bit(v.principle);
        if (v.pressure == PressureClass::Gesture) bits |= bit(principleOfReason(Reason::PressureRises));
        if (v.pressure == PressureClass::Substance) bits |= bit(principleOfReason(Reason::PressureEases));
    }
    if (rule.reach == ActReach::TwoPersonas) bits |= bit(principleOfReason(Reason::Introduced));
    return bits;
}

int principleOfReason(Reason reason) { return reasonTable().principle[static_cast<std::size_t>(reason)]; }
bool reasonIsViolation(Reason reason) { return reasonTable().violation[static_cast<std::size_t>(reason)]; }

} // namespace rapport
