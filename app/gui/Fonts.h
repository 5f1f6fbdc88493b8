#pragma once
// The font atlas: DejaVu Sans (fonts-dejavu-core) with the glyphs German text needs („ “ – € …),
// rebuilt at the chosen text size so text stays sharp at 250 %.

#include "AppState.h"

namespace rapport::gui {

/// Body text height in pixels at 100 %.
inline constexpr float kBaseFontPx = 20.0f;

/// Rebuilds the atlas for `scale` (1.0-2.5) and uploads it to the GL texture. Call outside a frame.
FontSet buildFonts(float scale);

} // namespace rapport::gui
