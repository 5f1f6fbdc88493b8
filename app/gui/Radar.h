#pragma once
// The radar chart of the six dimensions: the current shape (animated by the caller), optionally
// the start shape, the latest change per axis with its reason, and a tooltip on every axis.

#include "AppState.h"

#include <array>
#include <optional>
#include <string>

namespace rapport::gui {

struct RadarView {
    DimPoints value{};                          ///< points 0-100, as drawn now
    std::optional<DimPoints> start;             ///< drawn as a dashed outline (debrief)
    std::array<std::int64_t, kDimensionCount> delta{}; ///< the latest change per axis, hundredths
    std::array<std::string, kDimensionCount> reason;   ///< why it changed (tooltip)
    float glow = 0.0f;                          ///< 0..1: how strongly changed axes are highlighted
    bool labels = true;                         ///< false: the shape alone (small side-by-side radars)
};

/// Draws the radar into a box `width` wide and at most `maxHeight` high (it keeps its aspect).
void drawRadar(AppState& app, const char* id, const RadarView& view, float width, float maxHeight);

} // namespace rapport::gui
