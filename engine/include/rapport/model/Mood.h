#pragma once
// How a persona feels towards the player right now, as the window draws it on a face: derived
// from the relationship's quality, the pressure the persona feels and the last reaction. A pure
// function of engine values, so the window keeps no rule of its own about moods.

#include "rapport/model/Model.h"
#include "rapport/core/State.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace rapport {

/// The five expressions a face can show, from the coolest to the warmest.
enum class MoodKind : std::uint8_t { Irritated, Reserved, Neutral, Pleased, Warm };
inline constexpr int kMoodKindCount = 5;

/// A mood: `valence` (-100 cold .. +100 warm) drives the mouth, `tension` (0 .. 100, from
/// pressure) the brows; `kind` names it.
struct Mood {
    std::int32_t valence = 0;
    std::int32_t tension = 0;
    MoodKind kind = MoodKind::Neutral;
};

/// The mood of a persona given its state and the sum of its dimension changes in the latest
/// step (hundredths; positive: the last move pleased it).
[[nodiscard]] Mood moodOf(const PersonaState& persona, std::int64_t lastReaction);

/// The sum of a persona's dimension changes in the runner's log from step `fromStep` on
/// (hundredths): a choice is logged at the step it was taken, the scenes it leads into at the
/// next one, so `state.step - 1` gives the reaction to the latest move and what followed it.
[[nodiscard]] std::int64_t reactionSince(const std::vector<Change>& changes, PersonaIndex persona, std::uint32_t fromStep);

/// The mood's name ("zugewandt" / "warm").
[[nodiscard]] std::string_view nameOf(MoodKind kind, Lang lang);

} // namespace rapport
