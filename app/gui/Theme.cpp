#include "Theme.h"

namespace rapport::gui {
namespace {

void commonStyle(ImGuiStyle& style) {
    style.WindowRounding = 0.0f;
    style.ChildRounding = 6.0f;
    style.FrameRounding = 6.0f;
    style.PopupRounding = 6.0f;
    style.GrabRounding = 6.0f;
    style.TabRounding = 6.0f;
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 16.0f;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;
    style.FrameBorderSize = 1.0f;
    style.PopupBorderSize = 1.0f;
}

Palette lightTheme(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    Palette p; // the defaults are the light palette
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = p.card;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    c[ImGuiCol_Border] = ImVec4(0.78f, 0.78f, 0.8f, 1);
    c[ImGuiCol_FrameBg] = p.card;
    c[ImGuiCol_Button] = ImVec4(0.86f, 0.9f, 0.95f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.74f, 0.83f, 0.93f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.6f, 0.74f, 0.9f, 1);
    c[ImGuiCol_Header] = ImVec4(0.86f, 0.9f, 0.95f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.74f, 0.83f, 0.93f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.6f, 0.74f, 0.9f, 1);
    c[ImGuiCol_Tab] = ImVec4(0.86f, 0.88f, 0.9f, 1);
    c[ImGuiCol_TabHovered] = ImVec4(0.74f, 0.83f, 0.93f, 1);
    c[ImGuiCol_TabActive] = p.card;
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_NavHighlight] = ImVec4(0.9f, 0.5f, 0.0f, 1);
    return p;
}

Palette darkTheme(ImGuiStyle& style) {
    ImGui::StyleColorsDark(&style);
    Palette p;
    p.background = ImVec4(0.12f, 0.13f, 0.15f, 1);
    p.card = ImVec4(0.17f, 0.18f, 0.21f, 1);
    p.text = ImVec4(0.92f, 0.92f, 0.9f, 1);
    p.muted = ImVec4(0.66f, 0.67f, 0.7f, 1);
    p.accent = ImVec4(0.45f, 0.7f, 0.95f, 1);
    p.good = ImVec4(0.4f, 0.82f, 0.5f, 1);
    p.bad = ImVec4(0.98f, 0.45f, 0.4f, 1);
    p.warn = ImVec4(0.98f, 0.72f, 0.3f, 1);
    p.grid = ImVec4(0.4f, 0.42f, 0.46f, 1);
    p.radarFill = ImVec4(0.45f, 0.7f, 0.95f, 0.3f);
    p.radarStart = ImVec4(0.65f, 0.65f, 0.68f, 1);
    p.speech = ImVec4(0.2f, 0.23f, 0.28f, 1);
    p.figureBackdrop = ImVec4(0.22f, 0.25f, 0.3f, 1);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = p.card;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    c[ImGuiCol_FrameBg] = p.card;
    c[ImGuiCol_Button] = ImVec4(0.22f, 0.3f, 0.4f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.28f, 0.4f, 0.55f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.32f, 0.47f, 0.65f, 1);
    c[ImGuiCol_NavHighlight] = ImVec4(1.0f, 0.7f, 0.2f, 1);
    return p;
}

Palette highContrastTheme(ImGuiStyle& style) {
    ImGui::StyleColorsDark(&style);
    Palette p;
    p.background = ImVec4(0, 0, 0, 1);
    p.card = ImVec4(0, 0, 0, 1);
    p.text = ImVec4(1, 1, 1, 1);
    p.muted = ImVec4(0.9f, 0.9f, 0.9f, 1);
    p.accent = ImVec4(1, 0.9f, 0.1f, 1);
    p.good = ImVec4(0.3f, 1, 0.4f, 1);
    p.bad = ImVec4(1, 0.45f, 0.45f, 1);
    p.warn = ImVec4(1, 0.75f, 0.2f, 1);
    p.grid = ImVec4(0.8f, 0.8f, 0.8f, 1);
    p.radarFill = ImVec4(1, 0.9f, 0.1f, 0.35f);
    p.radarStart = ImVec4(0.3f, 0.85f, 1, 1);
    p.speech = ImVec4(0.08f, 0.08f, 0.2f, 1);
    p.figureBackdrop = ImVec4(0.15f, 0.15f, 0.15f, 1);
    p.lineWidth = 3.0f;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = p.background;
    c[ImGuiCol_PopupBg] = p.background;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    c[ImGuiCol_Border] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBg] = ImVec4(0, 0, 0, 1);
    c[ImGuiCol_Button] = ImVec4(0, 0, 0.35f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0, 0.2f, 0.6f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0, 0.3f, 0.8f, 1);
    c[ImGuiCol_Header] = ImVec4(0, 0, 0.35f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0, 0.2f, 0.6f, 1);
    c[ImGuiCol_Tab] = ImVec4(0.15f, 0.15f, 0.15f, 1);
    c[ImGuiCol_TabActive] = ImVec4(0, 0, 0.45f, 1);
    c[ImGuiCol_TabHovered] = ImVec4(0, 0.2f, 0.6f, 1);
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_NavHighlight] = p.accent;
    style.FrameBorderSize = 2.0f;
    style.ChildBorderSize = 2.0f;
    return p;
}

} // namespace

Palette applyTheme(ThemeKind theme, float scale) {
    ImGuiStyle style;
    commonStyle(style);
    Palette p;
    switch (theme) {
    case ThemeKind::Light: p = lightTheme(style); break;
    case ThemeKind::Dark: p = darkTheme(style); break;
    case ThemeKind::HighContrast: p = highContrastTheme(style); break;
    }
    style.ScaleAllSizes(scale);
    p.lineWidth *= scale;
    ImGui::GetStyle() = style;
    return p;
}

} // namespace rapport::gui
