#pragma once
// The font atlas: DejaVu Sans (fonts-dejavu-core) with the glyphs German text needs („ “ – € …),
// rebuilt at the chosen text size so text stays sharp at 250 %.

#include "AppState.h"

struct ImFontAtlas;

namespace rapport::gui {

/// Body text height in pixels at 100 %.
inline constexpr float kBaseFontPx = 20.0f;

/// The seminar's projector text is this much larger than the body text (28 px at 100 %).
inline constexpr float kProjectorScale = 1.4f;
/// The seminar's big numbers (timer, scores) and the phones' room code: digits and capitals only.
inline constexpr float kNumberScale = 2.6f;

/// Adds the three fonts at `scale` (1.0-2.5) to an empty atlas and rasterises them, and with
/// `projector` the seminar's larger ones too (without them those fall back to the body fonts).
/// Needs no ImGui context, so it can run on another thread while the window opens.
FontSet bakeFonts(ImFontAtlas& atlas, float scale, bool projector);

/// Uploads the current context's atlas to a GL texture (the window's context must be active).
void uploadFonts();

/// Rebuilds the current context's atlas for `scale` and uploads it. Call outside a frame.
FontSet rebuildFonts(float scale, bool projector);

} // namespace rapport::gui
