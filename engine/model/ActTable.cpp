// The rules of the acts as data (see ActRules.h for what each field means). The numbers are named
// in ModelConstants.h; docs/scoring-model.md gives the reasoning behind each row.
//
// To add a variant: add a row to the act's list. Rows are tried in order and the first whose
// condition holds is taken, so put the narrower condition first and end with one that always holds
// (kAlways). Give it a reason of its own (a new value of `Reason` with sentences in Reasons.cpp),
// its principle with follows() or violates(), its pressure class and ledger.
// To add a factor: add a value to FactorId (and kFactorCount), a row below in the place where it
// must apply (order matters: each factor scales what the ones before left), and its id in kFactorIds.
// To add an act: add it to `Act` in Vocabulary.h, a list of variants here, and its row in kRules
// (in Act order; a static_assert checks it). Nothing else needs a switch over acts.
// A new condition is a value of `Predicate` (ActRules.h) and its meaning in ActRules.cpp.
// Afterwards: explain the rule in docs/scoring-model.md (and .de.md), rewrite the pinned results
// (RAPPORT_UPDATE_PINS=1 build/tests/rapport_tests -tc='*golden*,*pinned*') and read their diff.

#include "rapport/model/ActRules.h"

#include <iterator>

namespace rapport {
namespace {

using namespace model;
using P = Predicate;
using D = Dimension;
constexpr auto kK = static_cast<std::size_t>(Dimension::Kompetenz);

constexpr ActVariant kQuestionRows[] = {
    variant(Reason::QuestionConcern, when(is(P::TopicIsConcern)), model::kQuestion)
        .times(kConcernPercent).plus(D::Vertrauen, kConcernTrustBonus).follows(Principle::Appreciation).substance(),
    variant(Reason::QuestionInterest, when(is(P::TopicIsInterest)), model::kQuestion)
        .times(kInterestPercent).follows(Principle::Appreciation),
    variant(Reason::QuestionGeneric, kAlways, model::kQuestion).follows(Principle::Appreciation),
};

constexpr ActVariant kListenRows[] = {
    variant(Reason::Listen, kAlways, model::kListen).follows(Principle::Appreciation),
};

constexpr ActVariant kPraiseRows[] = {
    // Any fourth praise (a sceptical persona spots it one earlier), or an empty one from the second.
    variant(Reason::Flattery,
            anyOf(all(is(P::PraisesAtLeast, kFlatteryFromPraise)),
                  all(has(Trait::Sceptical), is(P::PraisesAtLeast, kFlatteryFromPraise - 1)),
                  all(is(P::NoTopicNorFact), is(P::PraisesAtLeast, kEmptyPraiseFlatteryFrom))),
            kFlattery)
        .violates(Principle::Appreciation).gesture(),
    variant(Reason::Praise, when(isNot(P::PraisesAtLeast, 2)), model::kPraise).follows(Principle::Appreciation).gesture(),
    variant(Reason::PraiseDiminished, kAlways, model::kPraise).follows(Principle::Appreciation).gesture(), // Repetition scales it
};

constexpr ActVariant kDiscloseRows[] = {
    variant(Reason::Monologue, when(is(P::DisclosuresAtLeast, kDisclosuresBeforeMonologue)), kMonologue)
        .violates(Principle::Appreciation),
    variant(Reason::DiscloseAnswered, when(has(Trait::Open)), kDiscloseAnswered).follows(Principle::Appreciation),
    variant(Reason::DiscloseIgnored, when(has(Trait::Reserved)), kDiscloseIgnored).follows(Principle::Individuality),
    variant(Reason::DiscloseNeutral, kAlways, kDiscloseNeutral).follows(Principle::Appreciation),
};

constexpr ActVariant kSmalltalkRows[] = {
    variant(Reason::SmalltalkTooCasual, anyOf(all(has(Trait::Formal), is(P::StageAtMost, static_cast<int>(Stage::Acquaintance)))),
            kSmalltalkTooCasual)
        .violates(Principle::Individuality).gesture().marks(kModTrait),
    variant(Reason::Smalltalk, kAlways, model::kSmalltalk).follows(Principle::Appreciation).gesture(),
};

constexpr ActVariant kGiveRows[] = {
    variant(Reason::GiveOnConcern, when(is(P::TopicIsConcern)), model::kGive)
        .times(kGiveOnConcernPercent).follows(Principle::GiveFirst).substance().owes(1),
    variant(Reason::Give, kAlways, model::kGive).follows(Principle::GiveFirst).substance().owes(1),
};

constexpr ActVariant kAskRows[] = {
    // Right after a gift the gift becomes a trade: the ledger entry is cancelled.
    variant(Reason::Trade, when(is(P::GiftEarlierThisEncounter)), kTrade).violates(Principle::GiveFirst).owes(-1),
    variant(Reason::Redeem, when(is(P::OwesPlayer)), kRedeem).follows(Principle::GiveFirst).owes(-1),
    variant(Reason::AskWithoutCredit, kAlways, kAskWithoutCredit).follows(Principle::GiveFirst).owes(-1),
};

constexpr ActVariant kThankRows[] = {
    variant(Reason::Thank, kAlways, model::kThank).follows(Principle::GiveFirst),
};

constexpr ActVariant kIntroduceRows[] = {
    variant(Reason::IntroduceFit, when(is(P::IntroductionFits)), kIntroduceFit).follows(Principle::Connect).substance().owes(1),
    variant(Reason::IntroduceMisfit, kAlways, kIntroduceMisfit).violates(Principle::Connect),
};

constexpr ActVariant kPitchRows[] = {
    variant(Reason::PitchOnConcern, when(is(P::TopicIsConcern)), kPitchOnConcern).follows(Principle::Proportion).substance(),
    // Never met properly: a pitch comes before any rapport, and still shows some competence.
    variant(Reason::PitchTooEarly, when(is(P::NeverMet)), kPitchTooEarly)
        .plus(D::Kompetenz, model::kPitch[kK]).violates(Principle::Appreciation).substance(),
    variant(Reason::Pitch, kAlways, model::kPitch).follows(Principle::Proportion).substance(),
};

constexpr ActVariant kFollowupRows[] = {
    variant(Reason::FollowupUseful, when(is(P::TopicIsConcern)), model::kFollowup)
        .times(kUsefulFollowupPercent).follows(Principle::KeepInTouch).substance(),
    variant(Reason::Followup, kAlways, model::kFollowup).follows(Principle::KeepInTouch).gesture(),
};

constexpr ActVariant kInviteRows[] = {variant(Reason::Invite, kAlways, model::kInvite).follows(Principle::KeepInTouch).gesture()};
constexpr ActVariant kGiftRows[] = {variant(Reason::Gift, kAlways, model::kGift).follows(Principle::Proportion).gesture()};
constexpr ActVariant kApologizeRows[] = {variant(Reason::Apologize, kAlways, model::kApologize).follows(Principle::KeepInTouch)};
constexpr ActVariant kAcceptRows[] = {variant(Reason::Accept, kAlways, model::kAccept).follows(Principle::KeepInTouch)};
constexpr ActVariant kPushRows[] = {
    variant(Reason::Push, kAlways, model::kPush).violates(Principle::KeepInTouch).pressing(kPushPressure),
};
constexpr ActVariant kSulkRows[] = {variant(Reason::Sulk, kAlways, model::kSulk).violates(Principle::KeepInTouch)};

constexpr ActVariant kTouchRows[] = {
    variant(Reason::Touch, when(is(P::StageAtLeast, static_cast<int>(Stage::Relationship))), model::kTouch)
        .follows(Principle::Appreciation).gesture(),
    variant(Reason::TouchFauxPas, kAlways, kTouchFauxPas).violates(Principle::Appreciation).gesture(),
};

constexpr ActVariant kDeclineRows[] = {variant(Reason::Decline, kAlways, model::kDecline).follows(Principle::Prioritise)};

template <std::size_t N>
constexpr ActRule rule(Act act, ActReach reach, const ActVariant (&variants)[N], std::uint8_t history = 0) {
    return ActRule{act, reach, variants, static_cast<std::uint8_t>(N), history, false};
}
constexpr ActRule nobody(Act act) { return ActRule{act, ActReach::Nobody, nullptr, 0, 0, false}; }
constexpr ActRule research(Act act) { return ActRule{act, ActReach::Nobody, nullptr, 0, 0, true}; }

constexpr ActRule kRules[] = {
    nobody(Act::None),
    rule(Act::Question, ActReach::OnePersona, kQuestionRows),
    rule(Act::Listen, ActReach::OnePersona, kListenRows),
    rule(Act::Praise, ActReach::OnePersona, kPraiseRows, kCountsPraise),
    rule(Act::Disclose, ActReach::OnePersona, kDiscloseRows, kCountsDisclosure),
    rule(Act::Smalltalk, ActReach::OnePersona, kSmalltalkRows),
    rule(Act::Give, ActReach::OnePersona, kGiveRows, kMarksGift),
    rule(Act::Ask, ActReach::OnePersona, kAskRows, kClearsGift),
    rule(Act::Thank, ActReach::OnePersona, kThankRows),
    rule(Act::Introduce, ActReach::TwoPersonas, kIntroduceRows),
    rule(Act::Pitch, ActReach::OnePersona, kPitchRows),
    rule(Act::Followup, ActReach::OnePersona, kFollowupRows),
    rule(Act::Invite, ActReach::OnePersona, kInviteRows),
    rule(Act::Gift, ActReach::OnePersona, kGiftRows),
    rule(Act::Apologize, ActReach::OnePersona, kApologizeRows),
    rule(Act::Accept, ActReach::OnePersona, kAcceptRows),
    rule(Act::Push, ActReach::OnePersona, kPushRows),
    rule(Act::Sulk, ActReach::OnePersona, kSulkRows),
    rule(Act::Touch, ActReach::OnePersona, kTouchRows),
    research(Act::Research), // reveals facts, takes time from the research budget
    rule(Act::Decline, ActReach::OnePersona, kDeclineRows),
    nobody(Act::Lapse),
    nobody(Act::Propose), nobody(Act::Deliver), nobody(Act::Letdown), nobody(Act::Overpromise), nobody(Act::Candid),
    nobody(Act::Inform), nobody(Act::Bypass), nobody(Act::Bargain), nobody(Act::Receive),
};

constexpr bool rulesInActOrder() {
    for (std::size_t i = 0; i < std::size(kRules); ++i)
        if (static_cast<std::size_t>(kRules[i].act) != i) return false;
    return std::size(kRules) == kActCount;
}
static_assert(rulesInActOrder(), "kRules lists every act once, in the order of `Act`");

// The factors in the order they apply. Each scales what the variant and the factors before it
// left; the channel comes last but for the losses, so a gain arrives in part however it was made.
constexpr ActFactor factor(FactorId id, Condition condition, FactorScope scope, ReasonSet reasons, FactorValues values,
                           PercentFrom from, int percent, std::uint8_t modifiers = 0, MarkWhen mark = MarkWhen::Applies,
                           int dimension = -1) {
    ActFactor f;
    f.id = id;
    f.condition = condition;
    f.scope = scope;
    f.reasons = reasons;
    f.values = values;
    f.from = from;
    f.percent = percent;
    f.modifiers = modifiers;
    f.mark = mark;
    f.dimension = static_cast<std::int8_t>(dimension);
    return f;
}

constexpr ActFactor withBonus(ActFactor f, Dimension d, int points) {
    f.bonusDimension = static_cast<std::int8_t>(d);
    f.bonusPoints = points;
    return f;
}

constexpr std::array<ActFactor, kFactorCount> kFactors{{
    // The n-th praise gets 1/n of the effect.
    factor(FactorId::Repetition, kAlways, FactorScope::Listed, reasonSet(Reason::PraiseDiminished), FactorValues::All,
           PercentFrom::Repetition, 100),
    factor(FactorId::ReservedFauxPas, when(has(Trait::Reserved)), FactorScope::Listed, reasonSet(Reason::TouchFauxPas),
           FactorValues::All, PercentFrom::Fixed, kReservedLossPercent),
    factor(FactorId::StatusPraise, when(has(Trait::Status)), FactorScope::Listed, reasonSet(Reason::Praise, Reason::PraiseDiminished),
           FactorValues::Gains, PercentFrom::Fixed, kStatusPraisePercent, kModTrait),
    factor(FactorId::AnalyticalPraise, when(has(Trait::Analytical)), FactorScope::Listed,
           reasonSet(Reason::Praise, Reason::PraiseDiminished), FactorValues::Gains, PercentFrom::Fixed, kAnalyticalPraisePercent,
           kModTrait),
    factor(FactorId::RelaxedSmalltalk, when(has(Trait::Relaxed)), FactorScope::Listed, reasonSet(Reason::Smalltalk),
           FactorValues::Gains, PercentFrom::Fixed, kRelaxedSmalltalkPercent, kModTrait),
    factor(FactorId::BusySmalltalk, when(has(Trait::Busy)), FactorScope::Listed, reasonSet(Reason::Smalltalk),
           FactorValues::Gains, PercentFrom::Fixed, kBusySmalltalkPercent, kModTrait),
    factor(FactorId::AnalyticalCompetence, when(has(Trait::Analytical)), FactorScope::Listed,
           reasonSet(Reason::Pitch, Reason::PitchTooEarly, Reason::PitchOnConcern), FactorValues::Gains, PercentFrom::Fixed,
           kAnalyticalKompetenzPercent, kModTrait, MarkWhen::Applies, static_cast<int>(Dimension::Kompetenz)),
    factor(FactorId::ScepticalTrust, when(has(Trait::Sceptical)), FactorScope::OnePersona, ReasonSet{}, FactorValues::Gains,
           PercentFrom::Fixed, kScepticalTrustPercent, 0, MarkWhen::Applies, static_cast<int>(Dimension::Vertrauen)),
    // A researched opener lands better and shows preparation.
    withBonus(factor(FactorId::UsesFact, when(is(P::UsesFact)), FactorScope::OnePersona, ReasonSet{}, FactorValues::Gains,
                     PercentFrom::Fixed, kUsesFactPercent, kModPrepared),
              Dimension::Kompetenz, kUsesFactKompetenz),
    factor(FactorId::ChannelRichness, kAlways, FactorScope::AllContacts, ReasonSet{}, FactorValues::Gains,
           PercentFrom::ChannelRichness, 100, kModLeanChannel, MarkWhen::Reduces),
    factor(FactorId::PreferredChannel, when(is(P::ChannelIsPreferred)), FactorScope::AllContacts, ReasonSet{},
           FactorValues::Gains, PercentFrom::AddToPrevious, kPreferredChannelBonus, kModPreferred),
    factor(FactorId::LeanChannelLoss, anyOf(all(is(P::ChannelIs, static_cast<int>(Channel::Sms))), all(is(P::ChannelIs, static_cast<int>(Channel::Email)))),
           FactorScope::AllContacts, ReasonSet{}, FactorValues::Losses, PercentFrom::Fixed, kLeanChannelLossPercent,
           kModMisunderstood, MarkWhen::Touches),
    factor(FactorId::FaceBuffer, when(is(P::FaceEncountersAtLeast, 1)), FactorScope::AllContacts, ReasonSet{},
           FactorValues::Losses, PercentFrom::FaceBuffer, 100, kModBuffered, MarkWhen::Touches),
}};

constexpr bool factorsInIdOrder() {
    for (std::size_t i = 0; i < kFactors.size(); ++i)
        if (static_cast<std::size_t>(kFactors[i].id) != i) return false;
    return true;
}
static_assert(factorsInIdOrder(), "kFactors lists every factor once, in the order of FactorId");

constexpr bool addsFollowTheirFactor() {
    for (std::size_t i = 0; i < kFactors.size(); ++i) {
        if (kFactors[i].from != PercentFrom::AddToPrevious) continue;
        if (i == 0 || kFactors[i - 1].scope != kFactors[i].scope || kFactors[i].mark != MarkWhen::Applies) return false;
    }
    return true;
}
static_assert(addsFollowTheirFactor(), "an AddToPrevious factor follows the factor it adds to, with the same scope");

constexpr std::array<std::string_view, kFactorCount> kFactorIds{
    "repetition", "reserved-faux-pas", "status-praise", "analytical-praise", "relaxed-smalltalk", "busy-smalltalk",
    "analytical-competence", "sceptical-trust", "uses-fact", "channel-richness", "preferred-channel", "lean-channel-loss",
    "face-buffer"};

// The reasons the model gives outside the act variants, with their principles.
constexpr ReasonPrinciple kOtherReasons[] = {
    {Reason::PressureRises, static_cast<std::int8_t>(Principle::Proportion), true},
    {Reason::PressureEases, static_cast<std::int8_t>(Principle::Proportion), false},
    {Reason::PressureErodes, static_cast<std::int8_t>(Principle::Proportion), true},
    {Reason::PressureFades, static_cast<std::int8_t>(Principle::Proportion), false},
    {Reason::Drift, static_cast<std::int8_t>(Principle::KeepInTouch), true},
    {Reason::Adjustment, -1, false}, // the author names the principle
    {Reason::FavourGiven, static_cast<std::int8_t>(Principle::GiveFirst), false},
    {Reason::FavourReceived, static_cast<std::int8_t>(Principle::GiveFirst), false},
    {Reason::Introduced, static_cast<std::int8_t>(Principle::Connect), false},
    {Reason::VariableChanged, -1, false},
    {Reason::FactLearned, static_cast<std::int8_t>(Principle::Preparation), false},
    {Reason::TimePassed, -1, false},
    {Reason::GiftOwed, static_cast<std::int8_t>(Principle::GiveFirst), false},
};

} // namespace

const ActRule& actRule(Act act) { return kRules[static_cast<std::size_t>(act)]; }

const std::array<ActFactor, kFactorCount>& actFactors() { return kFactors; }

std::string_view idOf(FactorId factor) { return kFactorIds[static_cast<std::size_t>(factor)]; }

const ReasonPrinciple* otherReasonsBegin() { return std::begin(kOtherReasons); }
const ReasonPrinciple* otherReasonsEnd() { return std::end(kOtherReasons); }

} // namespace rapport
