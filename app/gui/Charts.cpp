#include "Charts.h"

#include "Widgets.h"

#include "store/TimeText.h"

#include <algorithm>
#include <cmath>

namespace rapport::gui {
namespace {

// A chart never draws more than one point per few pixels: 10,000 runs cost what 200 do.
constexpr float kPixelsPerPoint = 3.0f;
// Runs drawn as dots as well as a line while there are few of them.
constexpr std::size_t kMaxDots = 40;

/// The points to draw: one per run, or the average of the runs that share a few pixels.
std::vector<ImVec2> plotted(const std::vector<store::ScorePoint>& points, ImVec2 min, ImVec2 max) {
    const std::size_t n = points.size();
    const float w = max.x - min.x, h = max.y - min.y;
    auto y = [&](double score) { return max.y - static_cast<float>(std::clamp(score, 0.0, 100.0) / 100.0) * h; };
    std::vector<ImVec2> out;
    if (n == 1) {
        out.emplace_back(min.x + w / 2, y(points[0].score));
        return out;
    }
    const auto buckets = std::min(n, std::max<std::size_t>(2, static_cast<std::size_t>(w / kPixelsPerPoint)));
    out.reserve(buckets);
    for (std::size_t b = 0; b < buckets; ++b) {
        const std::size_t first = b * n / buckets, last = (b + 1) * n / buckets;
        double sum = 0;
        for (std::size_t i = first; i < last; ++i) sum += points[i].score;
        const double middle = (static_cast<double>(first + last) - 1.0) / 2.0;
        out.emplace_back(min.x + static_cast<float>(middle / static_cast<double>(n - 1)) * w, y(sum / static_cast<double>(last - first)));
    }
    return out;
}

} // namespace

std::string countText(std::int64_t n, Lang lang) {
    const std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out = n < 0 ? "\u2212" : ""; // a real minus sign
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += lang == Lang::De ? '.' : ',';
        out += digits[i];
    }
    return out;
}

std::string timesText(std::int64_t n, Lang lang) {
    if (lang == Lang::De) return n == 1 ? "einmal" : countText(n, lang) + "-mal";
    if (n == 1) return "once";
    if (n == 2) return "twice";
    return countText(n, lang) + " times";
}

void scoreLineChart(AppState& app, const std::string& name, const std::vector<store::ScorePoint>& points, std::size_t best, float height) {
    const Palette& pal = app.palette;
    const Lang lang = app.settings.lang;
    const float line = ImGui::GetTextLineHeight();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(name.c_str(), ImVec2(width, height));
    markWidget(app, name);
    if (!ImGui::IsItemVisible() || points.empty()) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float labelW = textWidth("100") + line * 0.4f;
    const ImVec2 min(origin.x + labelW, origin.y + line * 0.5f);
    const ImVec2 max(origin.x + width - line * 0.5f, origin.y + height - line * 1.3f);
    draw->AddRectFilled(ImVec2(min.x, min.y), max, packed(pal.card), line * 0.2f);
    for (int score : {0, 25, 50, 75, 100}) {
        const float y = max.y - (max.y - min.y) * static_cast<float>(score) / 100.0f;
        const bool labelled = score % 50 == 0;
        draw->AddLine(ImVec2(min.x, y), ImVec2(max.x, y), packed(withAlpha(pal.grid, labelled ? 0.9f : 0.45f)), 1.0f);
        if (labelled) {
            const std::string text = std::to_string(score);
            draw->AddText(ImVec2(min.x - line * 0.25f - textWidth(text), y - line * 0.5f), packed(pal.muted), text.c_str());
        }
    }
    const std::vector<ImVec2> pts = plotted(points, min, max);
    if (pts.size() > 1) draw->AddPolyline(pts.data(), static_cast<int>(pts.size()), packed(pal.accent), ImDrawFlags_None, pal.lineWidth);
    const float dot = line * 0.16f;
    if (points.size() <= kMaxDots)
        for (const ImVec2& p : pts) draw->AddCircleFilled(p, dot * 1.4f, packed(pal.accent), 12);
    // The best run, ringed in the good colour (where it lies on the plotted line).
    if (best < points.size()) {
        const float x = points.size() == 1 ? (min.x + max.x) / 2
                                           : min.x + (max.x - min.x) * static_cast<float>(best) / static_cast<float>(points.size() - 1);
        const float y = max.y - (max.y - min.y) * static_cast<float>(std::clamp(points[best].score, 0, 100)) / 100.0f;
        draw->AddCircle(ImVec2(x, y), dot * 3.2f, packed(pal.good), 20, pal.lineWidth);
    }
    // Dates of the first and the last run under the chart.
    const std::string first = store::localDate(points.front().finishedAt, lang);
    draw->AddText(ImVec2(min.x, max.y + line * 0.2f), packed(pal.muted), first.c_str());
    if (points.size() > 1) {
        const std::string last = store::localDate(points.back().finishedAt, lang);
        if (textWidth(first) + textWidth(last) + line < max.x - min.x)
            draw->AddText(ImVec2(max.x - textWidth(last), max.y + line * 0.2f), packed(pal.muted), last.c_str());
    }
    if (ImGui::IsItemHovered()) {
        const float mx = ImGui::GetIO().MousePos.x;
        const float t = std::clamp((mx - min.x) / std::max(1.0f, max.x - min.x), 0.0f, 1.0f);
        const auto i = static_cast<std::size_t>(std::lround(t * static_cast<float>(points.size() - 1)));
        const store::ScorePoint& p = points[i];
        ImGui::BeginTooltip();
        ImGui::Text("%s %zu · %s · %d / 100", lang == Lang::De ? "Durchgang" : "Run", i + 1, store::localDate(p.finishedAt, lang).c_str(), p.score);
        ImGui::EndTooltip();
    }
}

void followedViolatedBar(AppState& app, const std::string& name, std::int64_t followed, std::int64_t violated, std::int64_t scale) {
    const Palette& pal = app.palette;
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetFontSize() * 0.9f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    markWidget(app, name);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = height * 0.2f;
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), packed(withAlpha(pal.grid, 0.25f)), rounding);
    const float unit = scale > 0 ? width / static_cast<float>(scale) : 0.0f;
    const float good = unit * static_cast<float>(followed), bad = unit * static_cast<float>(violated);
    if (good > 0) draw->AddRectFilled(pos, ImVec2(pos.x + good, pos.y + height), packed(pal.good), rounding, ImDrawFlags_RoundCornersLeft);
    if (bad > 0)
        draw->AddRectFilled(ImVec2(pos.x + good, pos.y), ImVec2(pos.x + good + bad, pos.y + height), packed(pal.bad), rounding,
                            good > 0 ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersAll);
}

} // namespace rapport::gui
