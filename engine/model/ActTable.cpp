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
using R = RepeatGroup;
using Pr = Principle;

constexpr auto kFace = static_cast<int>(Channel::Face);
constexpr auto kSms = static_cast<int>(Channel::Sms);
constexpr auto kEmail = static_cast<int>(Channel::Email);

// --- Attention --------------------------------------------------------------------------------

constexpr ActVariant kQuestionRows[] = {
    variant(Reason::QuestionConcern, when(is(P::TopicIsConcern)), kQuestionConcern).follows(Pr::Appreciation).wears(R::Question),
    variant(Reason::QuestionInterest, anyOf(all(is(P::TopicIsInterest)), all(is(P::TopicIsNeed)), all(is(P::UsesFact))),
            kQuestionInterest).follows(Pr::Appreciation).wears(R::Question),
    variant(Reason::QuestionGeneric, kAlways, kQuestionGeneric).follows(Pr::Appreciation).wears(R::Question),
};

constexpr ActVariant kListenRows[] = {
    variant(Reason::ListenConcern, when(is(P::TopicIsConcern)), kListenConcern).follows(Pr::Appreciation),
    variant(Reason::Listen, kAlways, kListen).follows(Pr::Appreciation),
};

// --- Praise, self-disclosure, small talk --------------------------------------------------------

constexpr ActVariant kPraiseRows[] = {
    // The third praise within a few weeks (a sceptic: the second) reads as flattery.
    variant(Reason::Flattery, anyOf(all(repeats(R::Praise, kFlatteryFrom)), all(has(Trait::Sceptical), repeats(R::Praise, kScepticFlatteryFrom))),
            kFlattery).violates(Pr::Appreciation).gesture().pressing(kFlatteryPressure).wears(R::Praise),
    variant(Reason::PraiseGenericCosts, anyOf(all(is(P::NotAboutThem), has(Trait::Sceptical)), all(is(P::NotAboutThem), has(Trait::Status))),
            kPraiseGenericCosts).violates(Pr::Individuality).gesture().wears(R::Praise).marks(kModTrait),
    variant(Reason::PraiseGeneric, when(is(P::NoTopicNorFact)), kPraiseGeneric).follows(Pr::Appreciation).gesture().wears(R::Praise),
    variant(Reason::Praise, kAlways, kPraiseSpecific).follows(Pr::Appreciation).gesture().wears(R::Praise),
};

constexpr ActVariant kDiscloseRows[] = {
    variant(Reason::Monologue, when(is(P::DisclosuresAtLeast, kDisclosuresBeforeMonologue)), kMonologue).violates(Pr::Appreciation),
    variant(Reason::DiscloseAnswered, when(has(Trait::Open)), kDiscloseAnswered).follows(Pr::Appreciation),
    variant(Reason::DiscloseIgnored, when(has(Trait::Reserved)), kDiscloseIgnored).follows(Pr::Individuality),
    variant(Reason::DiscloseNeutral, kAlways, kDiscloseNeutral).follows(Pr::Appreciation),
};

constexpr ActVariant kSmalltalkRows[] = {
    variant(Reason::SmalltalkTooCasual, anyOf(all(has(Trait::Formal), stageAtMost(Stage::Acquaintance))), kSmalltalkTooCasual)
        .violates(Pr::Individuality).gesture().marks(kModTrait).wears(R::Smalltalk),
    variant(Reason::Annoyed, when(annoyedBy(R::Smalltalk)), kAnnoyed).violates(Pr::Proportion).gesture()
        .pressing(kAnnoyedPressure).wears(R::Smalltalk),
    variant(Reason::Smalltalk, kAlways, kSmalltalk).follows(Pr::Appreciation).gesture().wears(R::Smalltalk),
};

// --- Giving, asking, thanking -------------------------------------------------------------------

constexpr ActVariant kGiveRows[] = {
    variant(Reason::GiveTooMuch, anyOf(all(valueIs(Value::Lavish), stageAtMost(Stage::Acquaintance))), kGiveTooMuch)
        .violates(Pr::Proportion).pressing(kGiveTooMuchPressure).owes(1).doing(kMarksGift),
    variant(Reason::GiveOnConcern, anyOf(all(is(P::TopicIsConcern)), all(is(P::TopicIsNeed)), all(is(P::Asked))), kGiveOnConcern)
        .follows(Pr::GiveFirst).substance().owes(1).doing(kMarksGift).wears(R::Substance),
    variant(Reason::Give, kAlways, kGive).follows(Pr::GiveFirst).substance().owes(1).doing(kMarksGift).wears(R::Substance),
};

constexpr ActVariant kAskRows[] = {
    // Right after giving, the gift becomes a trade: its credit is settled, and warmth is lost.
    variant(Reason::Trade, when(is(P::GiftEarlierThisEncounter)), kTrade).violates(Pr::GiveFirst).owes(-1),
    variant(Reason::Redeem, anyOf(all(is(P::RequestGranted), is(P::OwesPlayer))), kRedeem).follows(Pr::GiveFirst).owes(-1),
    variant(Reason::AskGranted, when(is(P::RequestGranted)), kAskGranted).follows(Pr::GiveFirst).owes(-1),
    variant(Reason::AskPresumptuous, when(is(P::RequestPresumptuous)), kAskPresumptuous).violates(Pr::GiveFirst)
        .pressing(kAskPresumptuousPressure),
    variant(Reason::AskRefused, kAlways, kAskRefused).follows(Pr::GiveFirst).pressing(kAskRefusedPressure),
};

constexpr ActVariant kThankRows[] = {
    variant(Reason::ThankFavour, when(is(P::PlayerOwes)), kThankFavour).follows(Pr::GiveFirst),
    variant(Reason::Thank, kAlways, kThank).follows(Pr::Appreciation),
};

constexpr ActVariant kIntroduceRows[] = {
    variant(Reason::IntroduceFit, anyOf(all(is(P::IsReceiver), is(P::IntroductionFits))), kIntroduceFit)
        .follows(Pr::Connect).substance().owes(1).doing(kMarksGift),
    variant(Reason::IntroduceMisfit, when(is(P::IsReceiver)), kIntroduceMisfit).violates(Pr::Connect),
    variant(Reason::IntroducedFit, when(is(P::IntroductionFits)), kIntroducedFit).follows(Pr::Connect).owes(1),
    variant(Reason::IntroducedMisfit, kAlways, kIntroducedMisfit).violates(Pr::Connect),
};

// --- Selling --------------------------------------------------------------------------------------

constexpr ActVariant kPitchRows[] = {
    variant(Reason::PitchRequested, when(is(P::Asked)), kPitchRequested).follows(Pr::Proportion).wears(R::Pitch),
    variant(Reason::PitchAgain, when(repeats(R::Pitch, 100)), kPitchAgain).violates(Pr::Proportion)
        .pressing(kPitchAgainPressure).wears(R::Pitch),
    variant(Reason::PitchTooEarly, when(is(P::NeverMet)), kPitchTooEarly).violates(Pr::Appreciation)
        .pressing(kPitchTooEarlyPressure).wears(R::Pitch),
    variant(Reason::PitchOnConcern, anyOf(all(is(P::TopicIsConcern)), all(is(P::TopicIsNeed))), kPitchOnConcern)
        .violates(Pr::Proportion).pressing(kPitchOnConcernPressure).wears(R::Pitch),
    variant(Reason::PitchToSceptic, when(has(Trait::Sceptical)), kPitchToSceptic).violates(Pr::Proportion)
        .pressing(kPitchPressure).wears(R::Pitch).marks(kModTrait),
    variant(Reason::PitchGenericToStatus, anyOf(all(is(P::NotAboutThem), has(Trait::Status))), kPitchGenericToStatus)
        .violates(Pr::Individuality).pressing(kPitchGenericToStatusPressure).wears(R::Pitch).marks(kModTrait),
    variant(Reason::Pitch, kAlways, kPitch).violates(Pr::Proportion).pressing(kPitchPressure).wears(R::Pitch),
};

// --- Keeping in touch -----------------------------------------------------------------------------

constexpr ActVariant kFollowupRows[] = {
    variant(Reason::FollowupUseful, anyOf(all(is(P::TopicIsConcern)), all(is(P::TopicIsNeed)), all(is(P::Asked))), kFollowupUseful)
        .follows(Pr::KeepInTouch).substance().wears(R::Substance),
    variant(Reason::Annoyed, when(annoyedBy(R::CheckIn)), kAnnoyed).violates(Pr::Proportion).gesture()
        .pressing(kAnnoyedPressure).wears(R::CheckIn),
    variant(Reason::FollowupInterest, anyOf(all(is(P::TopicIsInterest)), all(is(P::UsesFact))), kFollowupInterest)
        .follows(Pr::KeepInTouch).gesture().wears(R::CheckIn),
    variant(Reason::CheckIn, kAlways, kCheckIn).follows(Pr::KeepInTouch).gesture().wears(R::CheckIn),
};

constexpr ActVariant kProposeRows[] = {
    variant(Reason::ProposeUnwanted, when(is(P::TopicIsOther)), kProposeUnwanted).violates(Pr::Proportion)
        .pressing(kProposeUnwantedPressure),
    variant(Reason::Propose, kAlways, kPropose).follows(Pr::KeepInTouch),
};

constexpr ActVariant kInformRows[] = {
    variant(Reason::Inform, kAlways, kInform).follows(Pr::KeepInTouch).substance().wears(R::Substance),
};

// --- Invitations and gifts --------------------------------------------------------------------------

constexpr ActVariant kInviteRows[] = {
    variant(Reason::InviteAgainstRules, anyOf(all(is(P::StrictGifts), isNot(P::ValueIs, static_cast<int>(Value::Token))),
                                              all(is(P::TenderRunning), isNot(P::ValueIs, static_cast<int>(Value::Token)))),
            kInviteAgainstRules).violates(Pr::Proportion).gesture().pressing(kInviteAgainstRulesPressure).wears(R::Invitation),
    variant(Reason::InviteAgain, when(annoyedBy(R::Invitation)), kInviteAgain).violates(Pr::Proportion).gesture()
        .pressing(kInviteAgainPressure).wears(R::Invitation),
    variant(Reason::InviteTooLavish, anyOf(all(valueIs(Value::Lavish), stageAtMost(Stage::Contact))), kInviteTooLavish)
        .violates(Pr::Proportion).gesture().pressing(kInviteTooLavishPressure).wears(R::Invitation),
    variant(Reason::InviteEarly, anyOf(all(isNot(P::ValueIs, static_cast<int>(Value::Token)), stageAtMost(Stage::Acquaintance))),
            kInviteEarly).violates(Pr::Proportion).gesture().pressing(kInviteEarlyPressure).wears(R::Invitation),
    variant(Reason::InviteToken, when(valueIs(Value::Token)), kInviteToken).follows(Pr::KeepInTouch).gesture().wears(R::Invitation),
    variant(Reason::InviteLavish, when(valueIs(Value::Lavish)), kInviteLavish).follows(Pr::KeepInTouch).gesture().wears(R::Invitation),
    variant(Reason::Invite, kAlways, kInvite).follows(Pr::KeepInTouch).gesture().wears(R::Invitation),
};

constexpr ActVariant kGiftRows[] = {
    variant(Reason::GiftAgainstRules, anyOf(all(valueIs(Value::Lavish), is(P::TenderRunning))), kGiftLavishInTender)
        .violates(Pr::Proportion).gesture().pressing(kGiftLavishAgainstRulesPressure + kGiftInTenderPressure).wears(R::Gift),
    variant(Reason::GiftAgainstRules, anyOf(all(valueIs(Value::Lavish), is(P::StrictGifts))), kGiftLavishAgainstRules)
        .violates(Pr::Proportion).gesture().pressing(kGiftLavishAgainstRulesPressure).wears(R::Gift),
    variant(Reason::GiftAgainstRules, anyOf(all(valueIs(Value::Modest), is(P::StrictGifts)), all(valueIs(Value::Modest), is(P::TenderRunning))),
            kGiftAgainstRules).violates(Pr::Proportion).gesture().pressing(kGiftAgainstRulesPressure).wears(R::Gift),
    variant(Reason::GiftInTender, when(is(P::TenderRunning)), kGiftInTender).violates(Pr::Proportion).gesture()
        .pressing(kGiftInTenderPressure).wears(R::Gift),
    variant(Reason::GiftTooLavish, anyOf(all(valueIs(Value::Lavish), stageAtMost(Stage::Relationship))), kGiftTooLavish)
        .violates(Pr::Proportion).gesture().pressing(kGiftTooLavishPressure).wears(R::Gift),
    variant(Reason::GiftToken, when(valueIs(Value::Token)), kGiftToken).follows(Pr::Appreciation).gesture().wears(R::Gift),
    variant(Reason::Gift, kAlways, kGift).follows(Pr::Appreciation).gesture().wears(R::Gift),
};

constexpr ActVariant kReceiveRows[] = {
    variant(Reason::ReceiveCompromising, anyOf(all(valueIs(Value::Lavish), is(P::TenderRunning)), all(valueIs(Value::Lavish), is(P::StrictGifts))),
            kReceiveCompromising).violates(Pr::Proportion).owes(-1),
    variant(Reason::Receive, when(valueIs(Value::Token)), kReceive).follows(Pr::Appreciation),
    variant(Reason::Receive, kAlways, kReceive).follows(Pr::Appreciation).owes(-1),
};

// --- Repair and friction --------------------------------------------------------------------------

constexpr ActVariant kApologizeRows[] = {
    variant(Reason::ApologizeRepair, when(is(P::OpenLetdown)), kApologize).follows(Pr::KeepInTouch).doing(kRepairsByApology),
    variant(Reason::Apologize, kAlways, kApologize).follows(Pr::KeepInTouch),
};

constexpr ActVariant kAcceptRows[] = {variant(Reason::Accept, kAlways, kAccept).follows(Pr::KeepInTouch)};
constexpr ActVariant kPushRows[] = {
    variant(Reason::Push, kAlways, kPush).violates(Pr::KeepInTouch).pressing(kPushPressure).wears(R::Push),
};
constexpr ActVariant kSulkRows[] = {variant(Reason::Sulk, kAlways, kSulk).violates(Pr::KeepInTouch)};

constexpr ActVariant kTouchRows[] = {
    variant(Reason::Touch, when(stageAtLeast(Stage::Relationship)), kTouch).follows(Pr::Appreciation).gesture().wears(R::Touch),
    variant(Reason::TouchFauxPas, kAlways, kTouchFauxPas).violates(Pr::Appreciation).pressing(kTouchFauxPasPressure),
};

constexpr ActVariant kDeclineRows[] = {
    variant(Reason::DeclineCurt, when(is(P::ChannelIsWritten)), kDeclineCurt).follows(Pr::Prioritise),
    variant(Reason::Decline, kAlways, kDecline).follows(Pr::Prioritise),
};

constexpr ActVariant kCandidRows[] = {variant(Reason::Candid, kAlways, kCandid).follows(Pr::Quality)};

constexpr ActVariant kOverpromiseRows[] = {
    variant(Reason::Overpromise, kAlways, kOverpromise).violates(Pr::Quality).doing(kOpensPromise),
};

constexpr ActVariant kDeliverRows[] = {
    variant(Reason::DeliverRepair, when(is(P::OpenLetdown)), kDeliverRepair).follows(Pr::Quality).substance()
        .doing(kRepairsByDelivery | kMarksGift).wears(R::Substance),
    variant(Reason::DeliverPromised, when(is(P::PromisePending)), kDeliverPromised).follows(Pr::Quality).substance()
        .doing(kKeepsPromise | kMarksGift).wears(R::Substance),
    variant(Reason::Deliver, kAlways, kDeliver).follows(Pr::Quality).substance().doing(kMarksGift).wears(R::Substance),
};

constexpr ActVariant kLetdownRows[] = {
    variant(Reason::LetdownBrokenPromise, when(failureIs(Failure::BrokenPromise)), kLetdown[0]).violates(Pr::Quality).doing(kRecordsLoss),
    variant(Reason::LetdownMissedDelivery, when(failureIs(Failure::MissedDelivery)), kLetdown[1]).violates(Pr::Quality).doing(kRecordsLoss),
    variant(Reason::LetdownCancelledMeeting, when(failureIs(Failure::CancelledMeeting)), kLetdown[2]).violates(Pr::KeepInTouch)
        .doing(kRecordsLoss),
    variant(Reason::LetdownUnanswered, when(failureIs(Failure::Unanswered)), kLetdown[3]).violates(Pr::KeepInTouch).doing(kRecordsLoss),
    variant(Reason::LetdownMistake, when(failureIs(Failure::Mistake)), kLetdown[4]).violates(Pr::Quality).doing(kRecordsLoss),
    variant(Reason::LetdownMisunderstanding, kAlways, kLetdown[5]).violates(Pr::KeepInTouch).doing(kRecordsLoss),
};

constexpr ActVariant kBypassRows[] = {variant(Reason::Bypass, kAlways, kBypass).violates(Pr::Diagnose)};

constexpr ActVariant kBargainRows[] = {
    variant(Reason::Ultimatum, when(is(P::Ultimatum)), kUltimatum).violates(Pr::Individuality).pressing(kUltimatumPressure),
    variant(Reason::Bargain, kAlways, kBargain).follows(Pr::Individuality),
};

template <std::size_t N>
constexpr ActRule rule(Act act, ActReach reach, const ActVariant (&variants)[N], std::uint8_t history = 0) {
    return ActRule{act, reach, variants, static_cast<std::uint8_t>(N), history};
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
    rule(Act::Give, ActReach::OnePersona, kGiveRows),
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
    rule(Act::Propose, ActReach::OnePersona, kProposeRows),
    rule(Act::Deliver, ActReach::OnePersona, kDeliverRows),
    rule(Act::Letdown, ActReach::OnePersona, kLetdownRows),
    rule(Act::Overpromise, ActReach::OnePersona, kOverpromiseRows),
    rule(Act::Candid, ActReach::OnePersona, kCandidRows),
    rule(Act::Inform, ActReach::OnePersona, kInformRows),
    rule(Act::Bypass, ActReach::OnePersona, kBypassRows),
    rule(Act::Bargain, ActReach::OnePersona, kBargainRows),
    rule(Act::Receive, ActReach::OnePersona, kReceiveRows),
};

constexpr bool rulesInActOrder() {
    for (std::size_t i = 0; i < std::size(kRules); ++i)
        if (static_cast<std::size_t>(kRules[i].act) != i) return false;
    return std::size(kRules) == kActCount;
}
static_assert(rulesInActOrder(), "kRules lists every act once, in the order of `Act`");

// The factors in the order they apply. Each scales what the variant and the factors before it
// left; the channel comes late, so a gain arrives in part however it was made, and shared history
// softens a loss last.
constexpr ActFactor factor(FactorId id, Condition condition, FactorScope scope, ReasonSet reasons, FactorValues values,
                           PercentFrom from, int percent, std::uint16_t modifiers = 0, MarkWhen mark = MarkWhen::Applies,
                           std::uint8_t dimensions = 0x3F) {
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
    f.dimensions = dimensions;
    return f;
}

constexpr ActFactor withBonus(ActFactor f, const Deltas& points, bool onGainOnly = false) {
    f.bonus = points;
    f.bonusOnGain = onGainOnly;
    return f;
}

constexpr std::uint8_t dim(D d) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(d)); }
constexpr std::uint8_t kWarmth = dim(D::Sympathie) | dim(D::Intensitaet);

constexpr ReasonSet kToneLosses = reasonSet(
    Reason::DeclineCurt, Reason::Decline, Reason::Push, Reason::Sulk, Reason::Bargain, Reason::Ultimatum, Reason::Pitch,
    Reason::PitchTooEarly, Reason::PitchToSceptic, Reason::PitchGenericToStatus, Reason::PitchAgain, Reason::Annoyed,
    Reason::Trade, Reason::AskRefused, Reason::AskPresumptuous, Reason::Flattery, Reason::PraiseGenericCosts,
    Reason::SmalltalkTooCasual, Reason::LetdownMisunderstanding, Reason::LetdownCancelledMeeting, Reason::LetdownUnanswered,
    Reason::InviteAgain, Reason::ProposeUnwanted, Reason::Monologue);
constexpr ReasonSet kLetdowns = reasonSet(Reason::LetdownBrokenPromise, Reason::LetdownMissedDelivery, Reason::LetdownCancelledMeeting,
                                          Reason::LetdownUnanswered, Reason::LetdownMistake, Reason::LetdownMisunderstanding);

constexpr std::array<ActFactor, kFactorCount> kFactors{{
    factor(FactorId::Repetition, kAlways, FactorScope::Repeating, ReasonSet{}, FactorValues::Gains, PercentFrom::Repetition, 100,
           kModRepeated, MarkWhen::Reduces),
    factor(FactorId::Annoyance, kAlways, FactorScope::Listed, reasonSet(Reason::Annoyed, Reason::InviteAgain, Reason::PitchAgain),
           FactorValues::Losses, PercentFrom::Annoyance, 100, kModRepeated, MarkWhen::Applies),
    factor(FactorId::Warned, when(is(P::Warned)), FactorScope::Listed, kLetdowns, FactorValues::Losses, PercentFrom::Fixed,
           kWarnedLetdownPercent, kModWarned),
    factor(FactorId::RepeatedLetdown, when(is(P::OpenLetdown)), FactorScope::Listed, kLetdowns, FactorValues::Losses, PercentFrom::Fixed,
           kRepeatedLetdownPercent, kModAgain),
    factor(FactorId::ReservedFauxPas, when(has(Trait::Reserved)), FactorScope::Listed, reasonSet(Reason::TouchFauxPas),
           FactorValues::Losses, PercentFrom::Fixed, kReservedLossPercent, kModTrait),
    factor(FactorId::StatusAttention, when(has(Trait::Status)), FactorScope::Listed,
           reasonSet(Reason::Praise, Reason::QuestionConcern, Reason::QuestionInterest, Reason::Inform, Reason::Receive),
           FactorValues::Gains, PercentFrom::Fixed, kStatusAttentionPercent, kModTrait, MarkWhen::Applies, dim(D::Anerkennung)),
    factor(FactorId::AnalyticalPraise, when(has(Trait::Analytical)), FactorScope::Listed, reasonSet(Reason::Praise, Reason::PraiseGeneric),
           FactorValues::Gains, PercentFrom::Fixed, kAnalyticalPraisePercent, kModTrait),
    factor(FactorId::RelaxedSmalltalk, when(has(Trait::Relaxed)), FactorScope::Listed, reasonSet(Reason::Smalltalk),
           FactorValues::Gains, PercentFrom::Fixed, kRelaxedSmalltalkPercent, kModTrait),
    factor(FactorId::BusySmalltalk, when(has(Trait::Busy)), FactorScope::Listed, reasonSet(Reason::Smalltalk, Reason::CheckIn),
           FactorValues::Gains, PercentFrom::Fixed, kBusySmalltalkPercent, kModTrait),
    factor(FactorId::AnalyticalCompetence, when(has(Trait::Analytical)), FactorScope::Listed,
           reasonSet(Reason::GiveOnConcern, Reason::Deliver, Reason::DeliverPromised, Reason::FollowupUseful, Reason::Bargain),
           FactorValues::Gains, PercentFrom::Fixed, kAnalyticalKompetenzPercent, kModTrait, MarkWhen::Applies, dim(D::Kompetenz)),
    factor(FactorId::ScepticalTrust, when(has(Trait::Sceptical)), FactorScope::AllContacts, ReasonSet{}, FactorValues::Gains,
           PercentFrom::Fixed, kScepticalTrustPercent, kModTrait, MarkWhen::Touches, dim(D::Vertrauen)),
    factor(FactorId::Familiarity, kAlways, FactorScope::AllContacts, ReasonSet{}, FactorValues::Gains, PercentFrom::Familiarity, 100,
           0, MarkWhen::Applies, kWarmth),
    withBonus(factor(FactorId::UsesFact, when(is(P::UsesFact)), FactorScope::OnePersona, ReasonSet{}, FactorValues::Gains,
                     PercentFrom::Fixed, kUsesFactPercent, kModPrepared),
              kUsesFactBonus),
    factor(FactorId::Unannounced, anyOf(all(isNot(P::Asked), is(P::IsReceiver))), FactorScope::Listed, reasonSet(Reason::IntroduceFit),
           FactorValues::Gains, PercentFrom::Fixed, kUnannouncedIntroductionPercent),
    factor(FactorId::OutOfProportion, when(is(P::OutOfProportion)), FactorScope::Gestures, ReasonSet{}, FactorValues::Gains,
           PercentFrom::Proportion, 100),
    factor(FactorId::CoverUp, when(is(P::OpenLetdown)), FactorScope::Gestures, ReasonSet{}, FactorValues::Gains, PercentFrom::Fixed, 0),
    factor(FactorId::Unwelcome, anyOf(all(is(P::ChannelAvoided)), all(is(P::Inconvenient))), FactorScope::AllContacts, ReasonSet{},
           FactorValues::Gains, PercentFrom::Fixed, 0),
    factor(FactorId::ChannelRichness, kAlways, FactorScope::AllContacts, ReasonSet{}, FactorValues::Gains,
           PercentFrom::ChannelRichness, 100, kModLeanChannel, MarkWhen::Reduces),
    withBonus(factor(FactorId::FacePresence, when(is(P::ChannelIs, kFace)), FactorScope::AllContacts, ReasonSet{}, FactorValues::Gains,
                     PercentFrom::Fixed, 100, 0, MarkWhen::Applies, dim(D::Intensitaet)),
              Deltas{0, 0, 0, 0, kFacePresenceDepth, 0}, true),
    factor(FactorId::PreferredChannel, when(is(P::ChannelIsPreferred)), FactorScope::AllContacts, ReasonSet{},
           FactorValues::Gains, PercentFrom::Fixed, kPreferredChannelPercent, kModPreferred, MarkWhen::Touches,
           kWarmth | dim(D::Anerkennung)),
    // Writing sharpens what is said in a tone: a refusal, pressure, a sale, a misunderstanding.
    factor(FactorId::LeanChannelLoss, anyOf(all(is(P::ChannelIs, kSms)), all(is(P::ChannelIs, kEmail))),
           FactorScope::Listed, kToneLosses, FactorValues::Losses, PercentFrom::Fixed, kLeanChannelLossPercent,
           kModMisunderstood, MarkWhen::Touches),
    factor(FactorId::Buffer, kAlways, FactorScope::AllContacts, ReasonSet{}, FactorValues::Losses, PercentFrom::Buffer, 100,
           kModBuffered, MarkWhen::Reduces),
}};

constexpr bool factorsInIdOrder() {
    for (std::size_t i = 0; i < kFactors.size(); ++i)
        if (static_cast<std::size_t>(kFactors[i].id) != i) return false;
    return true;
}
static_assert(factorsInIdOrder(), "kFactors lists every factor once, in the order of FactorId");

constexpr std::array<std::string_view, kFactorCount> kFactorIds{
    "repetition", "annoyance", "warned", "repeated-letdown", "reserved-faux-pas", "status-attention", "analytical-praise",
    "relaxed-smalltalk", "busy-smalltalk", "analytical-competence", "sceptical-trust", "familiarity", "uses-fact",
    "unannounced", "out-of-proportion", "cover-up", "unwelcome", "channel-richness", "face-presence", "preferred-channel",
    "lean-channel-loss", "buffer"};

// Changes on top of an act's own, each with its reason, in the order they apply.
constexpr SideRule side(Condition c, FactorScope scope, Reason reason, const Deltas& points, int pressure) {
    return SideRule{c, scope, reason, points, pressure};
}

constexpr std::array<SideRule, kSideRuleCount> kSideRules{{
    side(when(is(P::OutOfProportion)), FactorScope::Gestures, Reason::PressureRises, kOutOfProportion, kOutOfProportionPressure),
    side(when(is(P::OpenLetdown)), FactorScope::Gestures, Reason::CoverUp, kCoverUp, kCoverUpPressure),
    side(when(is(P::ChannelAvoided)), FactorScope::AllContacts, Reason::Unwelcome, kUnwelcome, kUnwelcomePressure),
    side(anyOf(all(is(P::Inconvenient), isNot(P::ChannelAvoided))), FactorScope::AllContacts, Reason::BadMoment, kUnwelcome,
         kUnwelcomePressure),
    side(anyOf(all(actIs(Act::Ask), is(P::ChannelIsWritten), has(Trait::Formal)), all(actIs(Act::Ask), is(P::ChannelIsWritten), has(Trait::Status))),
         FactorScope::AllContacts, Reason::AskTooCasual, kAskTooCasual, 0),
    side(anyOf(all(actIs(Act::Introduce), isNot(P::Asked), has(Trait::Busy))), FactorScope::AllContacts,
         Reason::UnannouncedIntroduction, Deltas{}, kUnannouncedIntroductionPressure),
}};

// The reasons the model gives outside the act variants, with their principles.
constexpr ReasonPrinciple kOtherReasons[] = {
    {Reason::PressureRises, static_cast<std::int8_t>(Principle::Proportion), true},
    {Reason::CoverUp, static_cast<std::int8_t>(Principle::Proportion), true},
    {Reason::Unwelcome, static_cast<std::int8_t>(Principle::KeepInTouch), true},
    {Reason::BadMoment, static_cast<std::int8_t>(Principle::KeepInTouch), true},
    {Reason::AskTooCasual, static_cast<std::int8_t>(Principle::KeepInTouch), true},
    {Reason::UnannouncedIntroduction, static_cast<std::int8_t>(Principle::Connect), true},
    {Reason::OverpromiseBroken, static_cast<std::int8_t>(Principle::Quality), true},
    {Reason::Vouch, static_cast<std::int8_t>(Principle::Connect), false},
    {Reason::Handover, static_cast<std::int8_t>(Principle::Diagnose), false},
    {Reason::OffstageContact, static_cast<std::int8_t>(Principle::KeepInTouch), false},
    {Reason::TenderStarts, static_cast<std::int8_t>(Principle::Proportion), false},
    {Reason::TenderEnds, static_cast<std::int8_t>(Principle::Proportion), false},
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

const std::array<SideRule, kSideRuleCount>& sideRules() { return kSideRules; }

std::string_view idOf(FactorId factor) { return kFactorIds[static_cast<std::size_t>(factor)]; }

const ReasonPrinciple* otherReasonsBegin() { return std::begin(kOtherReasons); }
const ReasonPrinciple* otherReasonsEnd() { return std::end(kOtherReasons); }

} // namespace rapport
