#pragma once
// Light, dark and high-contrast looks: ImGui's style colours plus the colours of the things the
// window draws itself (radar, figure, indicators).

#include "Settings.h"

#include <imgui.h>

namespace rapport::gui {

/// Colours for custom drawing, chosen to read well on the theme's background.
struct Palette {
    ImVec4 background{0.91f, 0.92f, 0.93f, 1};
    ImVec4 card{1, 1, 1, 1};
    ImVec4 text{0.1f, 0.1f, 0.12f, 1};
    ImVec4 muted{0.35f, 0.36f, 0.4f, 1};
    ImVec4 accent{0.1f, 0.37f, 0.6f, 1};
    ImVec4 good{0.1f, 0.5f, 0.25f, 1};
    ImVec4 bad{0.72f, 0.16f, 0.12f, 1};
    ImVec4 warn{0.75f, 0.45f, 0.05f, 1};
    ImVec4 grid{0.7f, 0.7f, 0.72f, 1};
    ImVec4 radarFill{0.1f, 0.37f, 0.6f, 0.3f};
    ImVec4 radarStart{0.55f, 0.55f, 0.58f, 1};
    ImVec4 speech{1.0f, 1.0f, 1.0f, 1}; ///< background of a persona's lines
    ImVec4 figureBackdrop{0.8f, 0.85f, 0.9f, 1};
    float lineWidth = 2.0f;
};

/// Sets ImGui's style for the theme at the given text scale and returns the drawing colours.
Palette applyTheme(ThemeKind theme, float scale);

/// A colour as ImGui's packed form.
[[nodiscard]] inline ImU32 packed(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

/// The colour with another alpha.
[[nodiscard]] inline ImVec4 withAlpha(ImVec4 c, float alpha) {
    c.w = alpha;
    return c;
}

} // namespace rapport::gui
