// The interpreter of the act table (ActTable.cpp): conditions over a situation, the choice of a
// variant, the factors in their order, the side rules, the bounds the analyzer needs and the
// principles of the reasons. Nothing here knows a particular act.

#include "rapport/model/ActRules.h"

#include "rapport/core/TimeUnits.h"

#include <algorithm>
#include <cassert>

namespace rapport {
namespace {

bool listHas(const std::vector<std::uint32_t>& list, std::uint32_t item) {
    return item != kNone && std::find(list.begin(), list.end(), item) != list.end();
}

bool meets(const Persona& needer, const Persona& offerer) {
    for (std::uint32_t need : needer.needs)
        if (listHas(offerer.offers, need)) return true;
    return false;
}

/// Who receives the contact of an introduction: the one whose need the other meets; when neither
/// need is met, the one who was looking for something; else the first named. Format 1 names no
/// receiver, so both count as receivers.
PersonaIndex receiverOf(const Scenario& s, const Choice& c) {
    const Persona& first = s.personas[c.with];
    const Persona& second = s.personas[c.withSecond];
    if (meets(first, second)) return c.with;
    if (meets(second, first)) return c.withSecond;
    if (first.needs.empty() && !second.needs.empty()) return c.withSecond;
    return c.with;
}

bool isReceiver(const Scenario& s, const Choice& c, PersonaIndex who) {
    if (c.with == kNone || c.withSecond == kNone) return true;
    return s.format < 2 || who == receiverOf(s, c);
}

bool introductionFits(const Scenario& s, const Choice& c) {
    if (c.with == kNone || c.withSecond == kNone) return false;
    return meets(s.personas[c.with], s.personas[c.withSecond]) || meets(s.personas[c.withSecond], s.personas[c.with]);
}

/// What a condition reads: the scenario and the choice always, the persona's state when known.
struct Situation {
    const Scenario& scenario;
    const Choice& choice;
    const Persona& persona;
    PersonaIndex who;
    const State* state;     // null: only what holds whatever the state (for bounds)
    const PersonaState* ps; // null with state
};

/// A three-valued truth: whether a condition may be false, may be true.
enum Truth : std::uint8_t { kFalse = 1, kTrue = 2, kEither = 3 };

Truth truthOf(bool b) { return b ? kTrue : kFalse; }

int annoyanceLevel(const Persona& persona, RepeatGroup g) {
    const int from = model::kAnnoyedFrom[static_cast<std::size_t>(g)];
    if (from == 0) return 0;
    return std::max(model::kBusyAnnoyedEarlier / 2, from - (persona.has(Trait::Busy) ? model::kBusyAnnoyedEarlier : 0));
}

/// Gestures beyond what the stage and the substance delivered carry, counting this one.
int proportionExcess(const PersonaState& ps) {
    const int carried = model::kGestureAllowance[static_cast<std::size_t>(stageOf(ps))] + model::kGesturesPerSubstance * ps.substance;
    return ps.gestures + 1 - carried;
}

std::int64_t yearsKnown(const PersonaState& ps, std::int64_t now) {
    if (ps.knownSince == kNever) return 0;
    return std::max<std::int64_t>(0, (now - ps.knownSince) / (365 * kMinutesPerDay));
}

/// A predicate's truth; dynamic predicates are kEither without a state.
Truth predicate(const Term& t, const Situation& s) {
    const Choice& c = s.choice;
    const Persona& p = s.persona;
    switch (t.what) {
    case Predicate::TopicIsConcern: return truthOf(listHas(p.concerns, c.topic));
    case Predicate::TopicIsInterest: return truthOf(listHas(p.interests, c.topic));
    case Predicate::TopicIsNeed: return truthOf(listHas(p.needs, c.topic));
    case Predicate::TopicIsOther:
        return truthOf(c.topic != kNone && !listHas(p.concerns, c.topic) && !listHas(p.interests, c.topic) && !listHas(p.needs, c.topic));
    case Predicate::NoTopicNorFact: return truthOf(c.topic == kNone && c.uses == kNone);
    case Predicate::NotAboutThem:
        return truthOf(c.uses == kNone && !listHas(p.concerns, c.topic) && !listHas(p.interests, c.topic) && !listHas(p.needs, c.topic));
    case Predicate::UsesFact: return truthOf(c.uses != kNone);
    case Predicate::HasTrait: return truthOf(p.has(static_cast<Trait>(t.arg)));
    case Predicate::IntroductionFits: return truthOf(introductionFits(s.scenario, c));
    case Predicate::IsReceiver: return truthOf(isReceiver(s.scenario, c, s.who));
    case Predicate::ChannelIs: return truthOf(c.channel == static_cast<Channel>(t.arg));
    case Predicate::ChannelIsPreferred: return truthOf(p.hasPreferredChannel && c.channel == p.channel);
    case Predicate::ChannelIsWritten: return truthOf(c.channel <= Channel::Messenger);
    case Predicate::ChannelAvoided: return truthOf(p.avoidsChannel(c.channel));
    case Predicate::ActIs: return truthOf(c.act == static_cast<Act>(t.arg));
    case Predicate::Asked: return truthOf(c.asked);
    case Predicate::ValueIs: return truthOf(c.value == static_cast<Value>(t.arg));
    case Predicate::SizeAtLeast: return truthOf(static_cast<int>(c.size) >= t.arg);
    case Predicate::FailureIs: return truthOf(c.failure == static_cast<Failure>(t.arg));
    case Predicate::Warned: return truthOf(c.warned);
    case Predicate::Inconvenient: return truthOf(c.inconvenient);
    case Predicate::Ultimatum: return truthOf(c.ultimatum);
    case Predicate::StrictGifts: return truthOf(p.strictGifts);
    default: break;
    }
    if (s.ps == nullptr) return kEither;
    const PersonaState& ps = *s.ps;
    const std::int64_t now = s.state->time;
    switch (t.what) {
    case Predicate::StageAtLeast: return truthOf(static_cast<int>(stageOf(ps)) >= t.arg);
    case Predicate::StageAtMost: return truthOf(static_cast<int>(stageOf(ps)) <= t.arg);
    case Predicate::DisclosuresAtLeast: return truthOf(ps.disclosuresThisEncounter >= t.arg);
    case Predicate::GiftEarlierThisEncounter:
        return truthOf(ps.giftThisEncounter != 0 && now - ps.lastContact < model::kNewEncounterAfterMinutes);
    case Predicate::OwesPlayer: return truthOf(ps.owed > 0);
    case Predicate::PlayerOwes: return truthOf(ps.owed < 0);
    case Predicate::NeverMet: return truthOf(ps.encounters == 0);
    case Predicate::FaceEncountersAtLeast: return truthOf(ps.faceEncounters >= t.arg);
    case Predicate::RepeatsAtLeast: return truthOf(recentRepeats(ps, static_cast<RepeatGroup>(t.arg), now) >= t.arg2);
    case Predicate::AnnoyedBy: {
        const int level = annoyanceLevel(p, static_cast<RepeatGroup>(t.arg));
        return truthOf(level > 0 && recentRepeats(ps, static_cast<RepeatGroup>(t.arg), now) >= level);
    }
    case Predicate::OutOfProportion: return truthOf(proportionExcess(ps) > 0);
    case Predicate::TenderRunning: return truthOf(ps.has(kFlagTender));
    case Predicate::OpenLetdown:
        return truthOf(std::any_of(ps.openLoss.begin(), ps.openLoss.end(), [](std::int32_t v) { return v > 0; }));
    case Predicate::PromisePending: return truthOf(ps.promiseDue != kNever);
    case Predicate::RequestGranted: return truthOf(requestGrade(ps, c.channel, c.size) >= model::kGrantedFrom);
    case Predicate::RequestPresumptuous: return truthOf(requestGrade(ps, c.channel, c.size) < model::kPresumptuousBelow);
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

bool inScope(FactorScope scope, const ReasonSet& reasons, const ActRule& rule, const ActVariant& v) {
    switch (scope) {
    case FactorScope::Listed: return reasons.contains(v.reason);
    case FactorScope::OnePersona: return rule.reach == ActReach::OnePersona;
    case FactorScope::AllContacts: return rule.reach != ActReach::Nobody;
    case FactorScope::Gestures: return v.pressure == PressureClass::Gesture;
    case FactorScope::Repeating: return v.repeat != kNoRepeat;
    }
    return false;
}

bool inScope(const ActFactor& f, const ActRule& rule, const ActVariant& v) { return inScope(f.scope, f.reasons, rule, v); }

int bufferPercent(const PersonaState& ps, std::int64_t now) {
    const std::int64_t absorbed = std::int64_t{model::kBufferPerFaceEncounter} * ps.faceEncounters +
                                  model::kBufferPerYear * yearsKnown(ps, now);
    return 100 - static_cast<int>(std::min<std::int64_t>(model::kBufferMax, absorbed));
}

int familiarityPercent(int history) {
    return model::kFamiliarityMinPercent + (model::kFamiliarityMaxPercent - model::kFamiliarityMinPercent) * history / 100;
}

int repetitionPercent(RepeatGroup g, std::int32_t recent) {
    const auto i = static_cast<std::size_t>(g);
    return std::max(model::kRepeatFloorPercent[i], 100 - model::kRepeatLossPercent[i] * recent / 100);
}

int channelPercent(Channel channel, std::size_t d) { return rapport::channelPercent(channel, static_cast<Dimension>(d)); }

/// The percent a factor applies in a concrete situation (for the channel: its liking percent; the
/// other dimensions follow channelPercent).
int percentOf(const ActFactor& f, const ActVariant& v, const Situation& s) {
    const PersonaState& ps = *s.ps;
    const std::int64_t now = s.state->time;
    switch (f.from) {
    case PercentFrom::Fixed:
    case PercentFrom::AddToPrevious: return f.percent;
    case PercentFrom::Repetition: {
        const auto g = static_cast<RepeatGroup>(v.repeat);
        return repetitionPercent(g, recentRepeats(ps, g, now));
    }
    case PercentFrom::Annoyance: {
        const auto g = static_cast<RepeatGroup>(v.repeat);
        const int level = annoyanceLevel(s.persona, g);
        const std::int32_t beyond = std::max(0, recentRepeats(ps, g, now) - level);
        return std::min(500, 100 * (1 + beyond / 100));
    }
    case PercentFrom::Familiarity: return familiarityPercent(historyOf(ps, now));
    case PercentFrom::Proportion: return proportionExcess(ps) >= 2 ? 0 : model::kOutOfProportionPercent;
    case PercentFrom::ChannelRichness: return channelPercent(s.choice.channel, 0);
    case PercentFrom::Buffer: return bufferPercent(ps, now);
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
    static constexpr std::size_t kMaxVariants = 8;
    std::array<std::array<List, kMaxVariants>, kActCount> lists{};
};

FactorLists buildFactorLists() {
    FactorLists out;
    const auto& factors = actFactors();
    for (int a = 0; a < kActCount; ++a) {
        const ActRule& rule = actRule(static_cast<Act>(a));
        assert(rule.variantCount <= FactorLists::kMaxVariants && "FactorLists holds up to 8 variants per act");
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

/// The percents a factor may apply whatever the state, for dimension `d`.
Range percentRange(const ActFactor& f, const ActVariant& v, const Situation& s, std::size_t d) {
    switch (f.from) {
    case PercentFrom::Fixed:
    case PercentFrom::AddToPrevious: return {f.percent, f.percent};
    case PercentFrom::Repetition: return {model::kRepeatFloorPercent[v.repeat], 100};
    case PercentFrom::Annoyance: return {100, 500};
    case PercentFrom::Familiarity: return {model::kFamiliarityMinPercent, model::kFamiliarityMaxPercent};
    case PercentFrom::Proportion: return {0, model::kOutOfProportionPercent};
    case PercentFrom::ChannelRichness: {
        const int p = channelPercent(s.choice.channel, d);
        return {p, p};
    }
    case PercentFrom::Buffer: return {100 - model::kBufferMax, 100};
    }
    return {100, 100};
}

bool reaches(const ActRule& rule, const Choice& c, PersonaIndex who) {
    switch (rule.reach) {
    case ActReach::Nobody: return false;
    // Format 2 lets an act for one person reach two at once (a joint call): each receives it.
    case ActReach::OnePersona: return who != kNone && (who == c.with || who == c.withSecond);
    case ActReach::TwoPersonas: return c.with != kNone && c.withSecond != kNone && (who == c.with || who == c.withSecond);
    }
    return false;
}

/// The most a repair can give back (open losses are at most what failures took, which the bounds
/// of this layer do not track), per dimension in hundredths.
constexpr std::int64_t kRepairBound = 50 * kScale;

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

int channelPercent(Channel channel, Dimension dimension) {
    const int richness = model::kChannelRichness[static_cast<std::size_t>(channel)];
    return 100 - model::kChannelSensitivity[static_cast<std::size_t>(dimension)] * (100 - richness) / 100;
}

int historyOf(const PersonaState& ps, std::int64_t now) {
    const std::int64_t h = std::int64_t{model::kHistoryPerEncounter} * ps.encounters +
                           std::int64_t{model::kHistoryPerFaceEncounter} * ps.faceEncounters +
                           model::kHistoryPerYear * yearsKnown(ps, now);
    return static_cast<int>(std::clamp<std::int64_t>(h, 0, 100));
}

std::int32_t recentRepeats(const PersonaState& ps, RepeatGroup group, std::int64_t now) {
    std::int64_t r = ps.repeats[static_cast<std::size_t>(group)];
    const std::int64_t days = std::max<std::int64_t>(0, now / kMinutesPerDay - ps.repeatsAt / kMinutesPerDay);
    for (std::int64_t d = 0; d < days && r > 0; ++d) r = r * model::kRepeatDecayPerMillePerDay / 1000;
    return static_cast<std::int32_t>(r);
}

int requestGrade(const PersonaState& ps, Channel channel, RequestSize size) {
    using namespace model;
    std::int64_t grade = (std::int64_t{kGradeQuality} * qualityOf(ps) +
                          std::int64_t{kGradeTrust} * ps.dims[static_cast<std::size_t>(Dimension::Vertrauen)] +
                          std::int64_t{kGradeCompetence} * ps.dims[static_cast<std::size_t>(Dimension::Kompetenz)] +
                          std::int64_t{kGradeReciprocity} * ps.dims[static_cast<std::size_t>(Dimension::Gegenseitigkeit)]) /
                         (100 * kScale);
    grade += std::int64_t{kGradePerFavour} * std::clamp(ps.owed, -kGradeFavourCap, kGradeFavourCap);
    grade -= ps.pressure / kScale / kGradePressureDivisor;
    grade += kGradeChannel[static_cast<std::size_t>(channel)];
    grade += kGradeSize[static_cast<std::size_t>(size)];
    return static_cast<int>(std::clamp<std::int64_t>(grade, 0, 100));
}

ActOutcome evaluateAct(const Scenario& scenario, const State& state, const Choice& choice, PersonaIndex who) {
    ActOutcome out;
    const ActRule& rule = actRule(choice.act);
    if (rule.reach == ActReach::Nobody || who == kNone) return out;
    const PersonaState& ps = state.personas[who];
    const Situation s{scenario, choice, scenario.personas[who], who, &state, &ps};
    const ActVariant* v = selectVariant(rule, s);
    if (v == nullptr) return out;
    out.variant = v;
    out.modifiers = v->modifiers;
    if (rule.history & kCountsPraise) out.count = ps.praises + 1;
    if (choice.act == Act::Ask) out.grade = requestGrade(ps, choice.channel, choice.size);
    for (std::size_t d = 0; d < kDimensionCount; ++d)
        out.delta[d] = std::int64_t{v->points[d]} * kScale * v->percent / 100 + std::int64_t{v->bonus[d]} * kScale;

    const auto& factors = actFactors();
    const FactorLists::List& list = factorsFor(choice.act, static_cast<std::size_t>(v - rule.variants));
    for (std::uint8_t k = 0; k < list.count; ++k) {
        const ActFactor& f = factors[list.index[k]];
        if (f.from == PercentFrom::AddToPrevious) continue; // taken with the factor before it
        if (!holds(f.condition, s)) continue;
        int percent = percentOf(f, *v, s);
        for (std::uint8_t m = static_cast<std::uint8_t>(k + 1); m < list.count && factors[list.index[m]].from == PercentFrom::AddToPrevious; ++m) {
            const ActFactor& add = factors[list.index[m]];
            if (holds(add.condition, s)) percent += add.percent;
        }
        bool touched = false, reduced = false;
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            if (!((f.dimensions >> d) & 1u)) continue;
            std::int64_t& value = out.delta[d];
            if (!scalesValue(f.values, value) || value == 0) continue;
            const int p = f.from == PercentFrom::ChannelRichness ? channelPercent(choice.channel, d) : percent;
            touched = true;
            reduced = reduced || p < 100;
            value = value * p / 100;
            if (f.bonusOnGain && value > 0) value += std::int64_t{f.bonus[d]} * kScale;
        }
        if (!f.bonusOnGain)
            for (std::size_t d = 0; d < kDimensionCount; ++d) out.delta[d] += std::int64_t{f.bonus[d]} * kScale;
        if (f.mark == MarkWhen::Applies || (f.mark == MarkWhen::Touches && touched) || (f.mark == MarkWhen::Reduces && reduced))
            out.modifiers |= f.modifiers;
        if (f.id == FactorId::Familiarity && touched) out.modifiers |= percent > 100 ? kModFamiliar : percent < 100 ? kModUnfamiliar : 0;
        assert(out.traceCount < out.trace.size());
        out.trace[out.traceCount++] = AppliedFactor{f.id, percent};
    }
    for (const SideRule& side : sideRules()) {
        if (!inScope(side.scope, ReasonSet{}, rule, *v) || !holds(side.condition, s)) continue;
        SideOutcome& o = out.sides[out.sideCount++];
        o.rule = &side;
        for (std::size_t d = 0; d < kDimensionCount; ++d) o.delta[d] = std::int64_t{side.points[d]} * kScale;
    }
    return out;
}

std::array<PersonaIndex, 2> personasReached(const Choice& choice) {
    switch (actRule(choice.act).reach) {
    case ActReach::Nobody: break;
    case ActReach::OnePersona: return {choice.with, choice.withSecond};
    case ActReach::TwoPersonas:
        if (choice.with != kNone && choice.withSecond != kNone) return {choice.with, choice.withSecond};
        break;
    }
    return {kNone, kNone};
}

ActBounds actBounds(const Scenario& scenario, const Choice& choice, PersonaIndex who, bool withRepair) {
    ActBounds out;
    const ActRule& rule = actRule(choice.act);
    if (!reaches(rule, choice, who)) return out;
    const Situation s{scenario, choice, scenario.personas[who], who, nullptr, nullptr};
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
        for (const ActFactor& f : factors) {
            if (f.from == PercentFrom::AddToPrevious || !inScope(f, rule, v)) continue;
            const Truth applies = truthOf(f.condition, s);
            if (!(applies & kTrue)) continue;
            for (std::size_t d = 0; d < kDimensionCount; ++d) {
                if (!((f.dimensions >> d) & 1u)) continue;
                Range scaled = scaleRange(values[d], f.values, percentRange(f, v, s, d));
                if (f.bonusOnGain && scaled.hi > 0) scaled.hi += std::int64_t{f.bonus[d]} * kScale;
                values[d] = (applies & kFalse) ? hull(values[d], scaled) : scaled;
            }
            if (!f.bonusOnGain)
                for (std::size_t d = 0; d < kDimensionCount; ++d) {
                    const std::int64_t b = std::int64_t{f.bonus[d]} * kScale;
                    const Range added{values[d].lo + b, values[d].hi + b};
                    values[d] = (applies & kFalse) ? hull(values[d], added) : added;
                }
        }
        // A repair gives back part of what an open failure cost.
        if (withRepair && (v.does & (kRepairsByApology | kRepairsByDelivery)))
            for (Range& r : values) r.hi += kRepairBound;
        Range press{std::int64_t{v.extraPressure} * kScale, std::int64_t{v.extraPressure} * kScale};
        if (v.pressure == PressureClass::Substance) press.lo -= std::int64_t{model::kSubstanceEasesPercent} * kScale;
        for (const SideRule& side : sideRules()) {
            if (!inScope(side.scope, ReasonSet{}, rule, v)) continue;
            const Truth applies = truthOf(side.condition, s);
            if (!(applies & kTrue)) continue;
            for (std::size_t d = 0; d < kDimensionCount; ++d) {
                const std::int64_t p = std::int64_t{side.points[d]} * kScale;
                const Range added{values[d].lo + p, values[d].hi + p};
                values[d] = (applies & kFalse) ? hull(values[d], added) : added;
            }
            const std::int64_t p = std::int64_t{side.pressure} * kScale;
            press = (applies & kFalse) ? hull(press, {press.lo + p, press.hi + p}) : Range{press.lo + p, press.hi + p};
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

bool mayBreakPromise(const Scenario& scenario, PersonaIndex persona) {
    for (const Choice& c : scenario.choices)
        for (const ActVariant& v : actRule(c.act))
            if ((v.does & kOpensPromise) && c.with == persona) return true;
    return false;
}

std::uint32_t actPrinciples(Act act) {
    const ActRule& rule = actRule(act);
    if (rule.reach == ActReach::Nobody) return 0;
    std::uint32_t bits = bit(principleOfReason(Reason::PressureErodes)); // any contact may meet pressure
    for (const ActVariant& v : rule) {
        bits |= bit(v.principle);
        if (v.pressure == PressureClass::Substance) bits |= bit(principleOfReason(Reason::PressureEases));
    }
    for (const SideRule& side : sideRules()) bits |= bit(principleOfReason(side.reason)); // may apply to any act
    if (rule.reach == ActReach::TwoPersonas) bits |= bit(principleOfReason(Reason::Introduced));
    return bits;
}

int principleOfReason(Reason reason) { return reasonTable().principle[static_cast<std::size_t>(reason)]; }
bool reasonIsViolation(Reason reason) { return reasonTable().violation[static_cast<std::size_t>(reason)]; }

} // namespace rapport
