#pragma once
// The speaking persona as a figure drawn with SFML shapes (head, hair, eyes, brows, mouth,
// shoulders) into a texture that ImGui shows. Its expression follows the engine's mood.

#include "rapport/model/Mood.h"
#include "rapport/core/Scenario.h"

#include <SFML/Graphics/RenderTexture.hpp>

#include <memory>

namespace rapport::gui {

struct Palette;

/// The texture and what it currently shows, so it is redrawn only when something changed.
struct FigureCanvas {
    std::unique_ptr<sf::RenderTexture> texture;
    unsigned width = 0, height = 0;
    std::uint64_t drawnKey = 0;    ///< hash of what the texture shows
    PersonaIndex persona = kNone;  ///< whose expression is being eased
    float valence = 0, tension = 0; ///< the eased expression (follows the mood in a few frames)
    double lastUpdate = 0;
};

/// Moves the shown expression towards `mood`; returns true while it is still moving.
bool easeExpression(FigureCanvas& canvas, PersonaIndex persona, const Mood& mood, double now);

/// Draws the figure at the canvas's eased expression into a texture of the given size (pixels),
/// if anything changed. Returns false if no render texture could be made.
bool renderFigure(FigureCanvas& canvas, const Persona& persona, const Palette& palette, unsigned width, unsigned height);

} // namespace rapport::gui
