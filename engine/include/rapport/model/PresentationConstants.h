#pragma once
// Every number that decides only how a state is described to the learner: the mood a face
// shows, the style the debrief names, how much a key moment lists. Changing one never changes
// how a scenario plays or scores (those numbers are in ModelConstants.h and move the pinned
// results); it changes what the window and the debrief say, which their own tests check.

#include "rapport/core/State.h"

#include <cstddef>
#include <cstdint>

namespace rapport::presentation {

// --- Mood (Mood.cpp): valence -100 cold .. +100 warm, tension 0 .. 100 -------------------------
// A stranger (quality 20) should look politely neutral, not cold: the neutral point sits a bit
// above the stranger baseline, and each point of quality above it warms the face.
inline constexpr std::int32_t kNeutralQuality = 25 * kScale;  // hundredths of quality
inline constexpr std::int32_t kQualityPerValence = 50;        // hundredths of quality per valence unit
inline constexpr std::int32_t kQualityValenceMin = -60;       // what quality alone can make of a face
inline constexpr std::int32_t kQualityValenceMax = 80;
inline constexpr std::int32_t kReactionPerValence = 10;       // hundredths of change per valence unit
inline constexpr std::int32_t kReactionCap = 45;              // one move can't outweigh the whole relationship
inline constexpr std::int32_t kTensionPerValence = 3;         // tension sours the face by a third of itself
// Which face: irritated at or below kIrritatedValence (or from kIrritatedTension on while below
// kIrritatedTenseValence), reserved at or below kReservedValence, neutral below kPleasedValence,
// pleased below kWarmValence, warm from there.
inline constexpr std::int32_t kIrritatedValence = -40;
inline constexpr std::int32_t kIrritatedTension = 60;
inline constexpr std::int32_t kIrritatedTenseValence = 10;
inline constexpr std::int32_t kReservedValence = -12;
inline constexpr std::int32_t kPleasedValence = 15;
inline constexpr std::int32_t kWarmValence = 45;

// --- Style diagnosis (Debrief.cpp): the highest score names the style ---------------------------
// Shares of decisions count in percent; the fixed parts say how sure one sign alone makes us.
inline constexpr int kBuilderCostPerMisstep = 10;       // flattery, trade, early pitch, monologue
inline constexpr int kOnlookerNoContact = 40;           // nobody approached at all
inline constexpr int kScattererMinPeople = 3;           // approached at least this many...
inline constexpr int kScattererBase = 30;               // ...each about once: plus the share of surface acts
inline constexpr int kFlattererMinPraise = 3;           // this much praise, or any flattery
inline constexpr int kFlattererBase = 40;
inline constexpr int kFlattererPerFlattery = 15;
inline constexpr int kDealChaserMinPressureRises = 2;   // this often pressure rose, or any trade/push/early pitch
inline constexpr int kDealChaserBase = 35;
inline constexpr int kDealChaserPerPush = 15;           // per trade, early pitch or push
inline constexpr int kDealChaserPerPressureRise = 5;
inline constexpr int kMonologistMinDisclosures = 3;     // this many disclosures, or any monologue
inline constexpr int kMonologistBase = 40;
inline constexpr int kMonologistPerMonologue = 15;
inline constexpr int kOnlookerMinMissed = 3;            // this many missed chances to approach someone...
inline constexpr int kOnlookerBase = 30;                // ...make an onlooker, more with each one
inline constexpr int kOnlookerPerMissed = 8;
inline constexpr int kHotheadMinFriction = 3;           // this many decisions that hurt someone who counts...
inline constexpr int kHotheadBase = 40;                 // ...make a hothead, more with each one
inline constexpr int kHotheadPerFriction = 10;
inline constexpr int kSteadyScore = 35;                 // what any other style has to beat

// --- Key moments (Debrief.cpp) --------------------------------------------------------------------
inline constexpr std::size_t kChangesPerKeyMoment = 4; // the largest changes a key moment lists

} // namespace rapport::presentation
