#pragma once
// Every number of the relationship model, in one place. docs/scoring-model.md explains the
// reasoning behind each; change them together with that document and the pinned tests.

#include "rapport/core/TimeUnits.h"
#include "rapport/core/Vocabulary.h"

#include <array>
#include <cstdint>

namespace rapport::model {

// Dimension order: sympathie, anerkennung, vertrauen, gegenseitigkeit, intensitaet, kompetenz.
using Deltas = std::array<int, kDimensionCount>; // whole points

// --- Acts: base changes before persona, channel and history modifiers -------------------------
inline constexpr Deltas kQuestion{2, 4, 0, 0, 2, 0};
inline constexpr int kConcernPercent = 200;      // a question or help on a current concern
inline constexpr int kInterestPercent = 150;     // on one of the persona's interests
inline constexpr int kConcernTrustBonus = 2;     // vertrauen points when the topic is a concern
inline constexpr Deltas kListen{2, 3, 1, 0, 0, 0};
inline constexpr Deltas kPraise{2, 5, 0, 0, 0, 0};
inline constexpr Deltas kFlattery{-2, 0, -4, 0, 0, 0};
inline constexpr int kFlatteryFromPraise = 4;          // the n-th praise is flattery even when specific
inline constexpr int kEmptyPraiseFlatteryFrom = 2;     // empty praise turns into flattery from here
inline constexpr Deltas kDiscloseAnswered{3, 0, 2, 0, 5, 0};
inline constexpr Deltas kDiscloseIgnored{-1, 0, 0, 0, 1, 0};
inline constexpr Deltas kDiscloseNeutral{1, 0, 0, 0, 3, 0};
inline constexpr int kDisclosuresBeforeMonologue = 2;  // the third in one encounter is too many
inline constexpr Deltas kMonologue{-3, 0, 0, 0, 0, 0};
inline constexpr Deltas kSmalltalk{3, 0, 0, 0, 1, 0};
inline constexpr Deltas kSmalltalkTooCasual{-2, -1, 0, 0, 0, 0};
inline constexpr Deltas kGive{2, 0, 4, 6, 0, 0};
inline constexpr int kGiveOnConcernPercent = 150;
inline constexpr Deltas kTrade{0, 0, -4, -6, 0, 0};
inline constexpr Deltas kRedeem{0, 0, 1, 1, 0, 0};
inline constexpr Deltas kAskWithoutCredit{-2, 0, 0, -3, 0, 0};
inline constexpr Deltas kThank{2, 0, 0, 2, 0, 0};
inline constexpr Deltas kIntroduceFit{0, 0, 3, 5, 0, 3};
inline constexpr Deltas kIntroduceMisfit{0, 0, -5, 0, 0, -6};
inline constexpr Deltas kPitch{0, 0, 0, 0, 0, 4};
inline constexpr Deltas kPitchTooEarly{-4, 0, -2, 0, 0, 0};
inline constexpr Deltas kPitchOnConcern{0, 0, 2, 0, 0, 6};
inline constexpr Deltas kFollowup{2, 0, 2, 0, 3, 0};
inline constexpr int kUsefulFollowupPercent = 200;
inline constexpr Deltas kInvite{4, 3, 0, 0, 2, 0};
inline constexpr Deltas kGift{3, 2, 0, 0, 0, 0};
inline constexpr Deltas kApologize{2, 0, 3, 0, 0, 0};
inline constexpr Deltas kAccept{3, 0, 2, 0, 0, 0};
inline constexpr Deltas kPush{-5, 0, -3, 0, 0, 0};
inline constexpr int kPushPressure = 15;
inline constexpr Deltas kSulk{-4, 0, 0, 0, -2, 0};
inline constexpr Deltas kTouch{3, 0, 0, 0, 2, 0};
inline constexpr Deltas kTouchFauxPas{-6, 0, -3, 0, 0, 0};
inline constexpr Deltas kDecline{-2, 0, 0, 0, 0, 0};
inline constexpr int kUsesFactPercent = 150;  // a researched opener lands better...
inline constexpr int kUsesFactKompetenz = 2;  // ...and shows preparation

// --- Persona traits (percent applied to an act's gains) ---------------------------------------
inline constexpr int kRelaxedSmalltalkPercent = 150;
inline constexpr int kBusySmalltalkPercent = 50;
inline constexpr int kStatusPraisePercent = 150;
inline constexpr int kAnalyticalPraisePercent = 50;
inline constexpr int kAnalyticalKompetenzPercent = 150;
inline constexpr int kScepticalTrustPercent = 70;
inline constexpr int kReservedLossPercent = 150; // a faux pas weighs more with reserved people

// --- Channels: how much of a person comes across (percent of gains) ---------------------------
inline constexpr std::array<int, kChannelCount> kChannelRichness{40, 45, 55, 75, 85, 100};
inline constexpr int kPreferredChannelBonus = 20;   // percentage points
inline constexpr int kLeanChannelLossPercent = 125; // sms and e-mail invite misunderstandings
inline constexpr int kFaceBufferPerEncounter = 10;  // percent of a loss absorbed per face encounter
inline constexpr int kFaceBufferMax = 40;

// --- Pressure: gestures out of proportion to substance ----------------------------------------
inline constexpr int kGestureSlack = 2;         // net gestures tolerated before pressure builds
inline constexpr int kPressurePerGesture = 10;  // points per gesture beyond the slack
inline constexpr int kPressureEasedBySubstance = 5;
inline constexpr int kPressureErodesFrom = 30;  // points; from here every contact costs
inline constexpr int kPressureSympathieDivisor = 20; // loss = pressure / divisor
inline constexpr int kPressureTrustDivisor = 25;
inline constexpr int kPressureUnwillingFrom = 50;
inline constexpr int kPressureFadePerWeek = 10;

// --- Willingness to grant a request ------------------------------------------------------------
inline constexpr int kWillingQuality = 35;

// --- Encounters and stages ---------------------------------------------------------------------
inline constexpr std::int64_t kNewEncounterAfterMinutes = 4 * kMinutesPerHour;
inline constexpr int kMeaningfulEncounterGain = 3; // points earned in one encounter
struct StageRule {
    int quality;
    int encounters;
    int gegenseitigkeit;
};
inline constexpr std::array<StageRule, kStageCount> kStageRules{{
    {0, 0, 0}, {0, 1, 0}, {40, 2, 0}, {55, 4, 0}, {70, 6, 55}, // having met makes an acquaintance
}};

// --- Starting relationships (format 2) ----------------------------------------------------------
// What a person typically feels at each start stage, per dimension; format 2 fills the dimensions
// an author leaves out of `start` from the row of the start stage. A stranger is not cold on
// everything: competence and liking start from a first impression, depth from nothing.
inline constexpr Deltas kNeutral{30, 25, 25, 25, 10, 30};
inline constexpr std::array<Deltas, kStageCount> kStageProfile{{
    kNeutral,                 // stranger
    {35, 30, 30, 30, 20, 35}, // acquaintance
    {50, 45, 45, 40, 35, 50}, // contact
    {62, 58, 62, 58, 52, 62}, // relationship
    {78, 74, 80, 74, 70, 78}, // partner
}};
// How long the two have known each other when `start` does not say (`knownFor`), in days.
inline constexpr std::array<int, kStageCount> kStageKnownForDays{0, 30, 180, 730, 1825};

// --- Time: drift without contact (Drift.h applies it) ------------------------------------------
inline constexpr std::int64_t kDriftGraceDays = 14;
// `silence` of a persona the player has never contacted: as if the last contact were a year ago.
inline constexpr std::int64_t kSilenceNeverContactedDays = 365;
// Where each dimension drifts to: what a stranger feels.
inline constexpr std::array<int, kDimensionCount> kDriftTarget{20, 20, 20, 20, 20, 20};
// Per mille of the distance to the target lost per day, per dimension.
inline constexpr std::array<int, kDimensionCount> kDriftPerMille{10, 5, 5, 5, 15, 5};
inline constexpr int kDriftSlowdownPerFaceEncounter = 10; // percent
inline constexpr int kDriftSlowdownMax = 50;
inline constexpr std::int64_t kDriftMaxDays = 3650; // a longer silence is computed as ten years

} // namespace rapport::model
