#include "Radar.h"

#include "Explain.h"
#include "rapport/report/Points.h"
#include "Widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace rapport::gui {
namespace {

constexpr float kPi = 3.14159265f;

// Axis 0 points up; the others follow clockwise, 60 degrees apart.
ImVec2 axisDir(int axis) {
    const float a = -kPi / 2 + static_cast<float>(axis) * kPi / 3;
    return ImVec2(std::cos(a), std::sin(a));
}

ImVec2 at(ImVec2 centre, ImVec2 dir, float r) { return ImVec2(centre.x + dir.x * r, centre.y + dir.y * r); }

void polygon(ImDrawList* draw, ImVec2 centre, float radius, const DimPoints& values, ImU32 fill, ImU32 line, float thickness) {
    ImVec2 pts[kDimensionCount];
    for (int i = 0; i < kDimensionCount; ++i)
        pts[i] = at(centre, axisDir(i), radius * std::clamp(values[static_cast<std::size_t>(i)], 0.0f, 100.0f) / 100.0f);
    if (fill != 0) {
        // The shape need not be convex: fan triangles from the centre fill it exactly.
        for (int i = 0; i < kDimensionCount; ++i) draw->AddTriangleFilled(centre, pts[i], pts[(i + 1) % kDimensionCount], fill);
    }
    draw->AddPolyline(pts, kDimensionCount, line, ImDrawFlags_Closed, thickness);
}

void dashedPolygon(ImDrawList* draw, ImVec2 centre, float radius, const DimPoints& values, ImU32 colour, float thickness) {
    for (int i = 0; i < kDimensionCount; ++i) {
        const ImVec2 a = at(centre, axisDir(i), radius * values[static_cast<std::size_t>(i)] / 100.0f);
        const ImVec2 b = at(centre, axisDir((i + 1) % kDimensionCount),
                            radius * values[static_cast<std::size_t>((i + 1) % kDimensionCount)] / 100.0f);
        constexpr int kDashes = 7;
        for (int d = 0; d < kDashes; ++d) {
            const float t0 = static_cast<float>(d) / kDashes, t1 = (static_cast<float>(d) + 0.55f) / kDashes;
            draw->AddLine(ImVec2(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0),
                          ImVec2(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1), colour, thickness);
        }
    }
}

} // namespace

void drawRadar(AppState& app, const char* id, const RadarView& view, float width, float maxHeight) {
    const Lang lang = app.settings.lang;
    const float lineH = ImGui::GetTextLineHeight();
    float labelW = 0;
    // Only the four side labels sit beside the chart; the top and bottom ones are centred on it.
    if (view.labels)
        for (int i : {1, 2, 4, 5}) labelW = std::max(labelW, textWidth(nameOf(static_cast<Dimension>(i), lang)));
    // Side labels sit beside the chart, the top and bottom ones above and below it.
    const float labelRows = view.labels ? 4.4f : 0.6f;
    const float radius = std::max(lineH * 2.0f, std::min((width - 2 * labelW - lineH) / 2.0f / 0.87f, (maxHeight - labelRows * lineH) / 2.0f));
    const float height = 2 * radius + labelRows * lineH;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    // Only the mouse explains the axes; the keyboard moves between the controls around the chart.
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    ImGui::InvisibleButton(id, ImVec2(width, height));
    ImGui::PopItemFlag();
    const bool hovered = ImGui::IsItemHovered() && !ImGui::GetIO().NavVisible;
    const ImVec2 centre(origin.x + width / 2, origin.y + labelRows * 0.5f * lineH + radius);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& pal = app.palette;

    // Rings at 20, 40, 60, 80, 100 and the axes.
    for (int ring = 1; ring <= 5; ++ring) {
        ImVec2 pts[kDimensionCount];
        for (int i = 0; i < kDimensionCount; ++i) pts[i] = at(centre, axisDir(i), radius * static_cast<float>(ring) / 5.0f);
        draw->AddPolyline(pts, kDimensionCount, packed(withAlpha(pal.grid, ring == 5 ? 1.0f : 0.55f)), ImDrawFlags_Closed, 1.0f);
    }
    for (int i = 0; i < kDimensionCount; ++i) draw->AddLine(centre, at(centre, axisDir(i), radius), packed(withAlpha(pal.grid, 0.55f)));

    if (view.start) dashedPolygon(draw, centre, radius, *view.start, packed(pal.radarStart), pal.lineWidth);
    polygon(draw, centre, radius, view.value, packed(pal.radarFill), packed(pal.accent), pal.lineWidth * 1.3f);
    for (int i = 0; i < kDimensionCount; ++i) {
        const auto d = static_cast<std::size_t>(i);
        const ImVec2 p = at(centre, axisDir(i), radius * std::clamp(view.value[d], 0.0f, 100.0f) / 100.0f);
        const bool changed = view.delta[d] != 0;
        const float dot = lineH * (changed ? 0.22f + 0.18f * view.glow : 0.18f);
        const ImVec4 colour = changed ? (view.delta[d] > 0 ? pal.good : pal.bad) : pal.accent;
        draw->AddCircleFilled(p, dot, packed(colour), 16);
    }

    // Labels: the name, its value, and the latest change.
    int hoveredAxis = -1;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (int i = 0; i < kDimensionCount && view.labels; ++i) {
        const auto d = static_cast<std::size_t>(i);
        const ImVec2 dir = axisDir(i);
        const std::string name(nameOf(static_cast<Dimension>(i), lang));
        std::string value = formatPoints(static_cast<std::int64_t>(std::lround(view.value[d] * 100.0f)));
        const std::string delta = view.delta[d] != 0 ? " " + formatChange(view.delta[d]) : "";
        const float w = std::max(textWidth(name), textWidth(value + delta));
        const ImVec2 anchor = at(centre, dir, radius + lineH * 0.4f);
        ImVec2 pos;
        if (std::abs(dir.x) < 0.1f) pos = ImVec2(anchor.x - w / 2, dir.y < 0 ? anchor.y - 2 * lineH : anchor.y);
        else pos = ImVec2(dir.x > 0 ? anchor.x : anchor.x - w, anchor.y - lineH);
        const float alignName = std::abs(dir.x) < 0.1f ? (w - textWidth(name)) / 2 : dir.x < 0 ? w - textWidth(name) : 0;
        const float alignValue = std::abs(dir.x) < 0.1f ? (w - textWidth(value + delta)) / 2 : dir.x < 0 ? w - textWidth(value + delta) : 0;
        draw->AddText(ImVec2(pos.x + alignName, pos.y), packed(pal.text), name.c_str());
        const ImVec2 valuePos(pos.x + alignValue, pos.y + lineH);
        draw->AddText(valuePos, packed(pal.muted), value.c_str());
        if (!delta.empty())
            draw->AddText(ImVec2(valuePos.x + textWidth(value), valuePos.y), packed(view.delta[d] > 0 ? pal.good : pal.bad), delta.c_str());
        const bool overLabel = mouse.x >= pos.x && mouse.x <= pos.x + w && mouse.y >= pos.y && mouse.y <= pos.y + 2 * lineH;
        if (hovered && overLabel) hoveredAxis = i;
    }
    if (hovered && hoveredAxis < 0) {
        // Anywhere inside the chart: the axis nearest to the pointer's direction.
        const float dx = mouse.x - centre.x, dy = mouse.y - centre.y;
        if (dx * dx + dy * dy > (radius * 0.15f) * (radius * 0.15f)) {
            float best = -2.0f;
            for (int i = 0; i < kDimensionCount; ++i) {
                const ImVec2 dir = axisDir(i);
                const float dot = (dx * dir.x + dy * dir.y) / std::sqrt(dx * dx + dy * dy);
                if (dot > best) {
                    best = dot;
                    hoveredAxis = i;
                }
            }
        }
    }
    if (hovered) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        if (hoveredAxis >= 0) {
            const auto d = static_cast<std::size_t>(hoveredAxis);
            const auto dim = static_cast<Dimension>(hoveredAxis);
            ImGui::PushFont(app.fonts.heading);
            ImGui::Text("%s: %s", std::string(nameOf(dim, lang)).c_str(),
                        formatPoints(static_cast<std::int64_t>(std::lround(view.value[d] * 100.0f))).c_str());
            ImGui::PopFont();
            ImGui::TextUnformatted(std::string(explainDimension(dim, lang)).c_str());
            if (view.start)
                ImGui::Text("%s %s", lang == Lang::De ? "Zu Beginn:" : "At the start:",
                            formatPoints(static_cast<std::int64_t>(std::lround((*view.start)[d] * 100.0f))).c_str());
            if (view.delta[d] != 0) {
                ImGui::Separator();
                ImGui::TextColored(view.delta[d] > 0 ? app.palette.good : app.palette.bad, "%s %s",
                                   lang == Lang::De ? "Zuletzt:" : "Latest:", formatChange(view.delta[d]).c_str());
                if (!view.reason[d].empty()) ImGui::TextUnformatted(view.reason[d].c_str());
            }
        } else {
            ImGui::TextUnformatted(std::string(explainIndicator(Indicator::Radar, lang)).c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

} // namespace rapport::gui
