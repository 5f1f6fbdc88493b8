#pragma once
// Every number of the relationship model (version 2), in one place. docs/scoring-model.md explains
// the reasoning behind each and its source; change them together with that document and the pinned
// tests. Points are on the 0-100 scale of the dimensions; a single move is small at 1-4 points,
// medium at 5-9 and large from 10, and leaves dimensions it has nothing to do with alone.

#include "rapport/core/TimeUnits.h"
#include "rapport/core/Vocabulary.h"

#include <array>
#include <cstdint>

namespace rapport::model {

// Dimension order: sympathie, anerkennung, vertrauen, gegenseitigkeit, intensitaet, kompetenz.
using Deltas = std::array<int, kDimensionCount>; // whole points

// --- Acts: base changes before the factors (persona, history, research, channel) --------------
// Attention: questions and listening show interest in the person (001).
inline constexpr Deltas kQuestionConcern{1, 4, 2, 0, 3, 0};
inline constexpr Deltas kQuestionInterest{2, 3, 0, 0, 2, 0};
inline constexpr Deltas kQuestionGeneric{1, 1, 0, 0, 0, 0};
inline constexpr Deltas kListenConcern{1, 4, 2, 0, 1, 0};
inline constexpr Deltas kListen{1, 3, 1, 0, 0, 0};
// Praise: welcome when specific, thin when generic, flattery when piled up (001).
inline constexpr Deltas kPraiseSpecific{2, 4, 0, 0, 0, 0};
inline constexpr Deltas kPraiseGeneric{1, 1, 0, 0, 0, 0};
inline constexpr Deltas kPraiseGenericCosts{0, -1, -2, 0, 0, 0}; // a sceptic or a status-conscious person
inline constexpr Deltas kFlattery{-2, -1, -3, 0, 0, 0};
inline constexpr int kFlatteryPressure = 2;
// Self-disclosure: an offer the other may take up (001).
inline constexpr Deltas kDiscloseAnswered{2, 0, 1, 0, 4, 0};
inline constexpr Deltas kDiscloseIgnored{-1, 0, 0, 0, 0, 0};
inline constexpr Deltas kDiscloseNeutral{1, 0, 0, 0, 2, 0};
inline constexpr int kDisclosuresBeforeMonologue = 2; // the third in one encounter is too many
inline constexpr Deltas kMonologue{-3, -2, 0, 0, 0, 0};
inline constexpr Deltas kSmalltalk{3, 0, 0, 0, 1, 0};
inline constexpr Deltas kSmalltalkTooCasual{-1, -1, 0, 0, 0, 0};
// Giving in advance (000, 001): substance that fits earns competence and trust, and a favour owed.
inline constexpr Deltas kGiveOnConcern{1, 0, 4, 4, 0, 5};
inline constexpr Deltas kGive{1, 0, 2, 2, 0, 1};
inline constexpr Deltas kGiveTooMuch{1, 0, 1, 2, 0, 1}; // lavish before there is a relationship
inline constexpr int kGiveTooMuchPressure = 5;
// Requests (see the grade below).
inline constexpr Deltas kTrade{-3, 0, -2, -4, 0, 0};
inline constexpr Deltas kRedeem{0, 0, 1, 1, 0, 0};
inline constexpr Deltas kAskGranted{0, 0, 0, -1, 0, 0};
inline constexpr Deltas kAskRefused{-1, 0, 0, 0, 0, 0};
inline constexpr int kAskRefusedPressure = 2;
inline constexpr Deltas kAskPresumptuous{-2, 0, -2, 0, 0, 0};
inline constexpr int kAskPresumptuousPressure = 4;
inline constexpr Deltas kAskTooCasual{0, -2, 0, 0, 0, 0}; // a real request by text to a formal person
inline constexpr Deltas kThankFavour{2, 0, 0, 3, 0, 0};
inline constexpr Deltas kThank{1, 1, 0, 0, 0, 0};
// Introductions (001, 000): the one who receives the contact judges it.
inline constexpr Deltas kIntroduceFit{2, 0, 3, 4, 0, 2};
inline constexpr Deltas kIntroducedFit{3, 2, 0, 4, 0, 0};
inline constexpr Deltas kIntroduceMisfit{0, -2, -6, -1, 0, -3};
inline constexpr Deltas kIntroducedMisfit{-1, 0, 0, 0, 0, -1};
inline constexpr int kUnannouncedIntroductionPercent = 60; // introduced without asking first
inline constexpr int kUnannouncedIntroductionPressure = 2; // for a busy person
// Selling: unsolicited, it is pressure, never substance (004).
inline constexpr Deltas kPitchRequested{0, 1, 1, 0, 0, 3};
inline constexpr Deltas kPitchOnConcern{0, 0, 0, 0, 0, 0};
inline constexpr int kPitchOnConcernPressure = 3;
inline constexpr Deltas kPitch{-1, 0, -1, 0, 0, 0};
inline constexpr int kPitchPressure = 3;
inline constexpr Deltas kPitchToSceptic{-1, -1, -2, 0, 0, 0};
inline constexpr Deltas kPitchGenericToStatus{0, -3, 0, 0, 0, 0};
inline constexpr int kPitchGenericToStatusPressure = 2;
inline constexpr Deltas kPitchTooEarly{-2, 0, -2, 0, 0, 0};
inline constexpr int kPitchTooEarlyPressure = 4;
inline constexpr Deltas kPitchAgain{-2, 0, -2, 0, 0, 0};
inline constexpr int kPitchAgainPressure = 4;
// Keeping in touch (001, 003).
inline constexpr Deltas kFollowupUseful{2, 3, 2, 0, 1, 3};
inline constexpr Deltas kFollowupInterest{2, 1, 0, 0, 2, 0};
inline constexpr Deltas kCheckIn{1, 0, 0, 0, 1, 0};
inline constexpr Deltas kAnnoyed{-3, 0, 0, 0, 0, 0}; // repetition turned into annoyance, per step beyond
inline constexpr int kAnnoyedPressure = 3;
// Invitations and gifts: gestures, in proportion to substance and moment (004).
inline constexpr Deltas kInviteToken{2, 0, 0, 0, 1, 0};
inline constexpr Deltas kInvite{3, 2, 0, 0, 2, 0};
inline constexpr Deltas kInviteLavish{4, 3, 0, 0, 2, 0};
inline constexpr Deltas kInviteEarly{1, 1, 0, 0, 1, 0};
inline constexpr int kInviteEarlyPressure = 2;
inline constexpr Deltas kInviteTooLavish{0, 1, -3, 0, 0, 0};
inline constexpr int kInviteTooLavishPressure = 6;
inline constexpr Deltas kInviteAgainstRules{0, 0, -4, 0, 0, 0};
inline constexpr int kInviteAgainstRulesPressure = 6;
inline constexpr Deltas kInviteAgain{-2, 0, 0, 0, 0, 0};
inline constexpr int kInviteAgainPressure = 4;
inline constexpr Deltas kGiftToken{2, 1, 0, 0, 0, 0};
inline constexpr Deltas kGift{3, 2, 0, 0, 0, 0};
inline constexpr Deltas kGiftTooLavish{1, 1, -3, 0, 0, 0};
inline constexpr int kGiftTooLavishPressure = 6;
inline constexpr Deltas kGiftInTender{0, 0, -4, 0, 0, 0}; // even a token during a running tender
inline constexpr int kGiftInTenderPressure = 3;
inline constexpr Deltas kGiftAgainstRules{0, -1, -6, 0, 0, 0};
inline constexpr int kGiftAgainstRulesPressure = 5;
inline constexpr Deltas kGiftLavishAgainstRules{0, -2, -11, 0, 0, 0};
inline constexpr Deltas kGiftLavishInTender{0, -3, -13, 0, 0, 0};
inline constexpr int kGiftLavishAgainstRulesPressure = 9;
inline constexpr Deltas kReceive{2, 3, 0, 1, 2, 0};
inline constexpr Deltas kReceiveCompromising{1, 0, -3, 0, 0, 0};
// Repair and grace.
inline constexpr Deltas kApologize{1, 0, 1, 0, 1, 0};
inline constexpr int kApologyRepairPercent = 25;  // of what an open failure cost
inline constexpr int kDeliveryRepairPercent = 30;
inline constexpr Deltas kAccept{2, 0, 1, 0, 0, 0};
inline constexpr Deltas kPush{-3, -1, -2, 0, 0, 0};
inline constexpr int kPushPressure = 5;
inline constexpr Deltas kSulk{-4, -1, 0, 0, -2, 0};
inline constexpr Deltas kTouch{1, 0, 0, 0, 1, 0};
inline constexpr Deltas kTouchFauxPas{-5, -2, -2, 0, 0, 0};
inline constexpr int kTouchFauxPasPressure = 3;
inline constexpr Deltas kDeclineCurt{-2, -3, 0, 0, 0, 0}; // a no in writing, without a word more
inline constexpr Deltas kDecline{-1, -1, 0, 0, 0, 0};
// Format 2 acts.
inline constexpr Deltas kPropose{1, 0, 2, 0, 2, 0};
inline constexpr Deltas kProposeUnwanted{0, 0, 0, 0, 0, 0};
inline constexpr int kProposeUnwantedPressure = 3;
inline constexpr Deltas kDeliver{0, 1, 4, 2, 0, 4};
inline constexpr Deltas kDeliverRepair{0, 0, 1, 0, 0, 0}; // the correction itself; the repair gives back more
inline constexpr Deltas kDeliverPromised{0, 0, 4, 1, 0, 4};
inline constexpr Deltas kCandid{-1, 0, 3, 0, 0, 1};
inline constexpr Deltas kOverpromise{2, 0, 0, 0, 0, 0};
inline constexpr std::int64_t kOverpromiseDueDays = 7; // the breach follows when a week has passed
inline constexpr Deltas kOverpromiseBroken{-3, 0, -12, 0, 0, -6};
inline constexpr Deltas kInform{2, 2, 2, 0, 2, 1};
inline constexpr Deltas kBypass{-6, -10, -13, 0, 0, 0};
inline constexpr Deltas kBargain{-2, 0, 0, -1, 0, 1};
inline constexpr Deltas kUltimatum{-6, 0, -6, -7, 0, 0};
inline constexpr int kUltimatumPressure = 8;
// The player's own failures (003, 004), per kind in the order of `Failure`.
inline constexpr std::array<Deltas, 6> kLetdown{{
    {-2, -1, -7, 0, 0, -4},  // broken promise
    {-1, 0, -7, 0, 0, -6},   // missed delivery
    {-4, -6, -2, 0, -1, 0},  // cancelled meeting
    {-3, -6, -4, 0, 0, 0},   // unanswered calls
    {-1, 0, -3, 0, 0, -7},   // a mistake in the work
    {-3, 0, -2, 0, -1, 0},   // a misunderstanding
}};
inline constexpr int kWarnedLetdownPercent = 40;  // announced in time, with an alternative
inline constexpr int kRepeatedLetdownPercent = 150; // the second failure confirms the first
// Events a scenario states.
inline constexpr std::array<Deltas, 3> kVouch{{{0, 0, 1, 0, 0, 0}, {0, 0, 4, 0, 0, 2}, {1, 0, 8, 0, 0, 4}}}; // low, normal, high
inline constexpr Deltas kHandover{0, 0, 7, 0, 0, 4};
inline constexpr Deltas kCoverUp{0, 0, -3, 0, 0, -1}; // a gesture while a failure is open
inline constexpr int kCoverUpPressure = 4;
inline constexpr Deltas kUnwelcome{-1, -2, -1, 0, 0, 0}; // an avoided channel or a bad moment
inline constexpr int kUnwelcomePressure = 3;

// --- Factors ----------------------------------------------------------------------------------
inline constexpr int kStatusAttentionPercent = 125; // being recognised matters to them
inline constexpr int kAnalyticalPraisePercent = 50;
inline constexpr int kRelaxedSmalltalkPercent = 150;
inline constexpr int kBusySmalltalkPercent = 50;
inline constexpr int kAnalyticalKompetenzPercent = 120; // on the competence earned by substance
inline constexpr int kScepticalTrustPercent = 70;
inline constexpr int kReservedLossPercent = 150; // a faux pas weighs more with reserved people
inline constexpr int kUsesFactPercent = 140;     // a researched move lands better...
inline constexpr Deltas kUsesFactBonus{0, 1, 0, 0, 0, 1}; // ...and shows attention and preparation
// History: familiarity scales liking and depth gained (old companions need no warm-up, 003).
inline constexpr int kFamiliarityMinPercent = 70;
inline constexpr int kFamiliarityMaxPercent = 140;
// History strength 0-100 from meaningful encounters, those in person, and years known.
inline constexpr int kHistoryPerEncounter = 6;
inline constexpr int kHistoryPerFaceEncounter = 4;
inline constexpr int kHistoryPerYear = 10;
// Repetition without substance, per RepeatGroup: percent lost per recent repetition, the lowest
// percent, and from how many recent repetitions it turns into annoyance (0: never).
inline constexpr std::array<int, 10> kRepeatLossPercent{40, 40, 40, 40, 40, 30, 0, 0, 10, 40};
inline constexpr std::array<int, 10> kRepeatFloorPercent{20, 20, 20, 20, 20, 30, 100, 100, 60, 20};
inline constexpr std::array<int, 10> kAnnoyedFrom{0, 300, 100, 300, 250, 0, 200, 0, 0, 0}; // hundredths
inline constexpr int kBusyAnnoyedEarlier = 100; // a busy person is annoyed one repetition sooner
inline constexpr int kFlatteryFrom = 200;       // praise: the third within a few weeks...
inline constexpr int kScepticFlatteryFrom = 100; // ...the second for a sceptic
inline constexpr int kRepeatDecayPerMillePerDay = 967; // recent repetitions halve in about three weeks
// Proportion: gestures the relationship carries without substance, per stage, plus per substance.
inline constexpr std::array<int, kStageCount> kGestureAllowance{1, 1, 2, 4, 6};
inline constexpr int kGesturesPerSubstance = 2;
inline constexpr int kOutOfProportionPercent = 50; // one gesture too many: half lands; two: nothing
inline constexpr Deltas kOutOfProportion{0, 0, -1, 0, 0, 0};
inline constexpr int kOutOfProportionPressure = 5;

// --- Channels: how much of a person comes across (003) -----------------------------------------
// Richness per channel (sms, email, messenger, phone, video, face), and how much each dimension
// depends on it: liking and depth need voice and face; competence shows best in conversation, half of it in writing.
inline constexpr std::array<int, kChannelCount> kChannelRichness{25, 35, 50, 70, 85, 100};
inline constexpr std::array<int, kDimensionCount> kChannelSensitivity{100, 60, 40, 30, 100, 50};
inline constexpr int kFacePresenceDepth = 1;      // points of depth that only sitting together adds
inline constexpr int kPreferredChannelPercent = 150; // on liking, recognition and depth
inline constexpr int kLeanChannelLossPercent = 125; // sms and e-mail invite misunderstandings
inline constexpr int kBufferPerFaceEncounter = 4;   // percent of a loss absorbed...
inline constexpr int kBufferPerYear = 4;            // ...per meeting in person and year known
inline constexpr int kBufferMax = 40;

// --- Pressure ---------------------------------------------------------------------------------
inline constexpr int kSubstanceEasesPercent = 30; // of the pressure, per substance delivered
inline constexpr int kPressureErodesFrom = 25;  // points; from here every contact costs
inline constexpr int kPressureSympathieDivisor = 20; // loss = pressure / divisor
inline constexpr int kPressureTrustDivisor = 25;
inline constexpr int kPressureFadePerWeek = 3;

// --- Requests: the grade 0-100 -------------------------------------------------------------------
// Per cent weights of quality, trust, competence and reciprocity (they add up to 100).
inline constexpr int kGradeQuality = 30, kGradeTrust = 25, kGradeCompetence = 25, kGradeReciprocity = 20;
inline constexpr int kGradePerFavour = 10;  // per favour owed either way, up to three
inline constexpr int kGradeFavourCap = 3;
inline constexpr int kGradePressureDivisor = 2;
inline constexpr std::array<int, kChannelCount> kGradeChannel{-12, -8, -6, 0, 2, 5};
inline constexpr std::array<int, 3> kGradeSize{15, 0, -20}; // small, medium, large
inline constexpr int kGrantedFrom = 50;
inline constexpr int kPresumptuousBelow = 25;

// --- Encounters and stages ---------------------------------------------------------------------
inline constexpr std::int64_t kNewEncounterAfterMinutes = 4 * kMinutesPerHour;
inline constexpr int kMeaningfulEncounterGain = 3; // points earned in one encounter
struct StageRule {
    int quality;
    int encounters;
    int gegenseitigkeit;
};
inline constexpr std::array<StageRule, kStageCount> kStageRules{{
    {0, 0, 0}, {0, 1, 0}, {40, 2, 0}, {55, 4, 0}, {75, 6, 60}, // having met makes an acquaintance
}};

// --- Starting relationships (format 2) ----------------------------------------------------------
// What a person typically feels at each start stage, per dimension; format 2 fills the dimensions
// an author leaves out of `start` from the row of the start stage. A stranger is not cold on
// everything: competence and liking start from a first impression, depth from nothing.
inline constexpr Deltas kNeutral{30, 25, 25, 25, 10, 30};
inline constexpr std::array<Deltas, kStageCount> kStageProfile{{
    kNeutral,                 // stranger
    {35, 30, 30, 30, 20, 35}, // acquaintance
    {50, 45, 48, 42, 36, 50}, // contact
    {62, 58, 62, 58, 52, 62}, // relationship
    {82, 78, 84, 78, 74, 82}, // partner
}};
// How long the two have known each other when `start` does not say (`knownFor`), in days.
inline constexpr std::array<int, kStageCount> kStageKnownForDays{0, 30, 180, 730, 1825};

// --- Time: drift without contact (Drift.h applies it) ------------------------------------------
// Days of silence a relationship takes without cooling, by the stage at the last contact: a
// relationship holds with a meaningful contact every quarter; a partnership wants more (our design).
inline constexpr std::array<int, kStageCount> kGraceDays{14, 30, 45, 100, 60};
// `silence` of a persona the player has never contacted: as if the last contact were a year ago.
inline constexpr std::int64_t kSilenceNeverContactedDays = 365;
// Per mille of the distance to the floor lost per day: depth and liking fade first, competence
// and trust last (001, 003).
inline constexpr std::array<int, kDimensionCount> kDriftPerMille{8, 5, 3, 4, 12, 1};
inline constexpr int kDriftHistorySlowdown = 2;   // rate x 100 / (100 + this x history)
inline constexpr int kFloorLiftMax = 60;          // percent of the way above neutral a rich history keeps
inline constexpr int kFloorLiftPerHistory = 60;   // per cent of history (0-100)
inline constexpr std::int64_t kDriftMaxDays = 3650; // a longer silence is computed as ten years

} // namespace rapport::model
