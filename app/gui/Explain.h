#pragma once
// Plain-word explanations of what the window shows (dimensions, stages, indicators), for
// tooltips and the introduction. They describe the display; the rules behind it stay in the engine.

#include "rapport/core/Vocabulary.h"

#include <string_view>

namespace rapport::gui {

/// What a dimension means, from the persona's view of the player, in one or two sentences.
[[nodiscard]] std::string_view explainDimension(Dimension d, Lang lang);

/// What a stage of a relationship means.
[[nodiscard]] std::string_view explainStage(Stage s, Lang lang);

/// The indicators of the play screen.
enum class Indicator : std::uint8_t { Pressure, Reciprocity, Willingness, Time, Budget, Quality, Stage, Mood, Result, Score, Radar, Dossier, Encounters };

/// What an indicator shows and why it matters.
[[nodiscard]] std::string_view explainIndicator(Indicator i, Lang lang);

} // namespace rapport::gui
