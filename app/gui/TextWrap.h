#pragma once
// Line breaking for running text. ImGui 1.86 also breaks after '?', '!', '.' and ',', which
// leaves a German closing quote („…?“) alone at the start of a line; here lines break only at
// spaces and after hyphens and dashes, and a word too long for the line is split as a last resort.

#include <imgui.h>

#include <string_view>
#include <vector>

namespace rapport::gui {

/// The lines of `text` at `width` pixels in the current font; explicit newlines are kept. The
/// views point into `text`.
[[nodiscard]] std::vector<std::string_view> wrapLines(std::string_view text, float width);

/// The size the wrapped text takes.
[[nodiscard]] ImVec2 wrappedSize(std::string_view text, float width);

/// Draws wrapped text at `pos` in a draw list (for text inside custom widgets).
void drawWrapped(ImDrawList* draw, ImVec2 pos, ImU32 colour, std::string_view text, float width);

} // namespace rapport::gui
