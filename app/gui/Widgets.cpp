#include "Widgets.h"

#include "rapport/core/TimeUnits.h"
#include "rapport/report/Points.h"
#include "TextWrap.h"

#include <imgui_internal.h>

#include <SFML/Window/Keyboard.hpp>

#include <algorithm>

namespace rapport::gui {

void heading(AppState& app, std::string_view text) {
    ImGui::PushFont(app.fonts.heading);
    wrapped(text);
    ImGui::PopFont();
}

void title(AppState& app, std::string_view text) {
    ImGui::PushFont(app.fonts.title);
    wrapped(text);
    ImGui::PopFont();
}

void wrapped(std::string_view text) {
    // Our own line breaks (see TextWrap.h), drawn as one block so it acts as one item.
    // Honour a wrap position pushed by the caller (speech bubbles keep a margin on the right).
    const float wrapPos = ImGui::GetCurrentWindow()->DC.TextWrapPos;
    const float avail = wrapPos > 0.0f ? wrapPos - ImGui::GetCursorPosX() : ImGui::GetContentRegionAvail().x;
    const float width = std::max(avail, ImGui::GetFontSize() * 4);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size = wrappedSize(text, width);
    ImGui::Dummy(ImVec2(size.x, std::max(size.y, ImGui::GetTextLineHeight())));
    if (ImGui::IsItemVisible()) drawWrapped(ImGui::GetWindowDrawList(), pos, ImGui::GetColorU32(ImGuiCol_Text), text, width);
}

void mutedWrapped(const AppState& app, std::string_view text) { colouredWrapped(app.palette.muted, text); }

void colouredWrapped(const ImVec4& colour, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrapped(text);
    ImGui::PopStyleColor();
}

bool bigButton(AppState& app, const char* id, int number, std::string_view text, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pad = style.FramePadding.x * 1.5f;
    const float badge = number > 0 ? ImGui::GetFontSize() * 2.0f : 0.0f;
    const float wrapWidth = std::max(width - badge - 2 * pad, ImGui::GetFontSize() * 4);
    const ImVec2 textSize = wrappedSize(text, wrapWidth);
    const float height = textSize.y + 2 * style.FramePadding.y * 2.0f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Button(id, ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 textColour = ImGui::GetColorU32(ImGuiCol_Text);
    if (number > 0) {
        const float r = ImGui::GetFontSize() * 0.7f;
        const ImVec2 centre(pos.x + pad + r * 0.6f, pos.y + height * 0.5f);
        draw->AddCircleFilled(centre, r, packed(app.palette.accent), 24);
        const std::string digit = std::to_string(number);
        const ImVec2 ds = ImGui::CalcTextSize(digit.c_str());
        draw->AddText(ImVec2(centre.x - ds.x * 0.5f, centre.y - ds.y * 0.5f), packed(app.palette.background), digit.c_str());
    }
    drawWrapped(draw, ImVec2(pos.x + pad + badge, pos.y + (height - textSize.y) * 0.5f), textColour, text, wrapWidth);
    return clicked;
}

bool namedButton(AppState& app, const char* label, const std::string& name, const ImVec2& size) {
    const bool clicked = ImGui::Button(label, size);
    markWidget(app, name);
    return clicked;
}

float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

void sameLineIfFits(float width) {
    ImGui::SameLine();
    const float right = ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
}

int buttonLines(const std::vector<std::string>& labels) {
    const float available = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    int lines = labels.empty() ? 0 : 1;
    float used = 0;
    for (const std::string& label : labels) {
        const float w = buttonWidth(label.c_str());
        if (used > 0 && used + gap + w > available) {
            ++lines;
            used = 0;
        }
        used += (used > 0 ? gap : 0.0f) + w;
    }
    return lines;
}

bool primaryButton(AppState& app, const char* label, const std::string& name) {
    ImGui::PushStyleColor(ImGuiCol_Button, app.palette.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, withAlpha(app.palette.accent, 0.85f));
    ImGui::PushStyleColor(ImGuiCol_Text, app.palette.background);
    const bool clicked = namedButton(app, label, name);
    ImGui::PopStyleColor(3);
    return clicked;
}

void explainTooltip(AppState& app, std::string_view headingText, std::string_view body) {
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(headingText.data(), headingText.data() + headingText.size());
    ImGui::PopFont();
    ImGui::TextUnformatted(body.data(), body.data() + body.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void markWidget(AppState& app, const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    app.ui.widgets.push_back(WidgetRect{name, a.x, a.y, b.x - a.x, b.y - a.y});
}

void meterBar(AppState& app, float value, float max, const ImVec4& colour, std::string_view label, float width) {
    const float height = ImGui::GetFontSize() * 1.4f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = height * 0.25f;
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), packed(withAlpha(app.palette.grid, 0.35f)), rounding);
    const float fraction = max > 0 ? std::clamp(value / max, 0.0f, 1.0f) : 0.0f;
    // Half-transparent fill, so the label reads in every theme where the bar passes under it.
    if (fraction > 0)
        draw->AddRectFilled(pos, ImVec2(pos.x + width * fraction, pos.y + height), packed(withAlpha(colour, colour.w * 0.5f)), rounding);
    draw->AddRect(pos, ImVec2(pos.x + width, pos.y + height), packed(app.palette.grid), rounding);
    const ImVec2 ts = ImGui::CalcTextSize(label.data(), label.data() + label.size());
    draw->AddText(ImVec2(pos.x + (width - ts.x) * 0.5f, pos.y + (height - ts.y) * 0.5f), packed(app.palette.text),
                  label.data(), label.data() + label.size());
}

int tabStrip(AppState& app, const char* id, const std::vector<std::string>& names, int selected, bool tabKey) {
    const int count = static_cast<int>(names.size());
    if (tabKey && count > 0 && !app.ui.showIntro && !app.learner.dialog.open && !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(sf::Keyboard::Tab))
        selected = (selected + (ImGui::GetIO().KeyShift ? count - 1 : 1)) % count;
    // Buttons rather than an ImGui tab bar: they wrap onto a second row instead of cutting
    // German names short when large text meets a small screen.
    // Slimmer than ordinary buttons, so the names usually fit one row.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(app.fonts.bodyPx * 0.4f, app.fonts.bodyPx * 0.2f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(app.fonts.bodyPx * 0.3f, ImGui::GetStyle().ItemSpacing.y));
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetWindowContentRegionMax().x;
    int clicked = -1;
    ImGui::PushID(id);
    for (int t = 0; t < count; ++t) {
        const auto index = static_cast<std::size_t>(t);
        const float w = textWidth(names[index]) + 2 * style.FramePadding.x;
        if (t > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        const bool active = t == selected;
        if (active) {
            ImGui::PushStyleColor(ImGuiCol_Button, app.palette.accent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, app.palette.accent);
            ImGui::PushStyleColor(ImGuiCol_Text, app.palette.background);
        }
        ImGui::PushID(t);
        if (ImGui::Button(names[index].c_str())) clicked = t;
        ImGui::PopID();
        if (active) ImGui::PopStyleColor(3);
        if (tabKey && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "Die Tab-Taste wechselt die Ansicht.", "The Tab key switches the view."));
        markWidget(app, std::string(id + 2) + ":" + std::to_string(t));
    }
    ImGui::PopID();
    ImGui::PopStyleVar(2);
    ImGui::Separator();
    return clicked >= 0 ? clicked : selected;
}

float textWidth(std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; }

std::string formatMinutes(std::int64_t minutes, Lang lang) {
    const bool de = lang == Lang::De;
    if (minutes < kMinutesPerHour) return std::to_string(minutes) + " min";
    const std::int64_t days = minutes / kMinutesPerDay;
    const std::int64_t hours = (minutes / kMinutesPerHour) % kHoursPerDay;
    const std::int64_t rest = minutes % kMinutesPerHour;
    std::string out;
    if (days > 0) out = std::to_string(days) + (de ? (days == 1 ? " Tag" : " Tage") : (days == 1 ? " day" : " days"));
    if (hours > 0) out += (out.empty() ? "" : " ") + std::to_string(hours) + " h";
    if (rest > 0 && days == 0) out += " " + std::to_string(rest) + " min";
    return out;
}

std::string formatAgo(std::int64_t minutes, Lang lang) {
    const bool de = lang == Lang::De;
    struct Unit {
        std::int64_t minutes;
        const char *deOne, *deMany, *enOne, *enMany;
    };
    constexpr std::int64_t kMinutesPerMonth = 30 * kMinutesPerDay; // as people round "a month ago"
    // German needs the dative after "vor": vor einem Tag, vor drei Tagen.
    static constexpr Unit kUnits[] = {
        {kMinutesPerMonth, "vor einem Monat", " Monaten", "a month ago", " months"},
        {kMinutesPerWeek, "vor einer Woche", " Wochen", "a week ago", " weeks"},
        {kMinutesPerDay, "vor einem Tag", " Tagen", "a day ago", " days"},
        {kMinutesPerHour, "vor einer Stunde", " Stunden", "an hour ago", " hours"},
        {1, "vor einer Minute", " Minuten", "a minute ago", " minutes"},
    };
    if (minutes <= 0) return de ? "gerade eben" : "just now";
    for (const Unit& u : kUnits) {
        // Weeks up to two months and days up to two weeks read more naturally than larger units.
        const bool fits = u.minutes == kMinutesPerMonth  ? minutes >= 2 * kMinutesPerMonth
                          : u.minutes == kMinutesPerWeek ? minutes >= 2 * kMinutesPerWeek
                                                         : minutes >= u.minutes;
        if (!fits) continue;
        const std::int64_t n = (minutes + u.minutes / 2) / u.minutes;
        if (n == 1) return de ? u.deOne : u.enOne;
        return de ? "vor " + std::to_string(n) + u.deMany : std::to_string(n) + u.enMany + " ago";
    }
    return de ? "gerade eben" : "just now";
}

void section(AppState& app, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, app.palette.accent);
    heading(app, text);
    ImGui::PopStyleColor();
    ImGui::Separator();
}

void changeBadge(const AppState& app, std::int64_t hundredths) {
    const std::string text = formatChange(hundredths);
    // A change that shows as ±0 gets no colour: green or red would claim a difference nobody sees.
    const ImVec4 colour = roundsToNothing(hundredths) ? app.palette.muted : hundredths > 0 ? app.palette.good : app.palette.bad;
    ImGui::TextColored(colour, "%s", text.c_str());
}

bool roomForThreeColumns(const AppState& app) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    return size.x >= app.fonts.bodyPx * 62.0f && size.y >= app.fonts.bodyPx * 26.0f;
}

bool foldedLayout(const AppState& app) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const float em = app.fonts.bodyPx;
    return size.x < em * 46.0f || size.y < em * 22.0f;
}

} // namespace rapport::gui
