#pragma once
// Small building blocks shared by the screens: headings, wrapped text, big wrapped buttons,
// tooltips that explain, and the record of named controls for the smoke test.

#include "AppState.h"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace rapport::gui {

/// Flags for the panels (child windows) of every screen: the keyboard moves across their borders
/// as if they were one window, so arrows reach every button.
inline constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NavFlattened;

/// A heading in the bold font.
void heading(AppState& app, std::string_view text);
/// A large title in the bold font.
void title(AppState& app, std::string_view text);
/// Text wrapped at the available width.
void wrapped(std::string_view text);
/// Wrapped text in the theme's muted colour.
void mutedWrapped(const AppState& app, std::string_view text);
/// Wrapped text in a given colour.
void colouredWrapped(const ImVec4& colour, std::string_view text);

/// A full-width button whose text wraps over several lines, with a number badge when number > 0.
/// Returns true when clicked or activated from the keyboard.
bool bigButton(AppState& app, const char* id, int number, std::string_view text, float width);

/// A normal button that also names itself for the smoke test.
bool namedButton(AppState& app, const char* label, const std::string& name, const ImVec2& size = ImVec2(0, 0));

/// The width a button with this label takes.
[[nodiscard]] float buttonWidth(const char* label);
/// Puts the next item of `width` beside the previous one when it still fits, else on a new line
/// (a row of buttons that wraps at large text instead of running off the window).
void sameLineIfFits(float width);
/// How many lines a row of buttons with these labels takes in the window's width.
[[nodiscard]] int buttonLines(const std::vector<std::string>& labels);

/// A button in the accent colour for the screen's main action.
bool primaryButton(AppState& app, const char* label, const std::string& name);

/// When the last item is hovered: a tooltip with a bold title and an explanation.
void explainTooltip(AppState& app, std::string_view heading, std::string_view body);

/// Records the last item's rectangle under `name` (for the state dump).
void markWidget(AppState& app, const std::string& name);

/// A horizontal bar from 0 to `max` with a label inside.
void meterBar(AppState& app, float value, float max, const ImVec4& colour, std::string_view label, float width);

/// A row of buttons that switch views, the selected one highlighted; with `tabKey` the Tab key
/// (Shift+Tab back) cycles them too. Names are never cut: the row wraps. Returns the selection.
/// The buttons are named "ID:N" for the smoke test (ID without its leading "##").
int tabStrip(AppState& app, const char* id, const std::vector<std::string>& names, int selected, bool tabKey = true);

/// The width of text in the current font.
[[nodiscard]] float textWidth(std::string_view text);

/// Scenario minutes as "25 min", "2 h 10 min", "3 Tage 4 h".
[[nodiscard]] std::string formatMinutes(std::int64_t minutes, Lang lang);

/// How long ago, in words: "vor 3 Wochen" / "3 weeks ago".
[[nodiscard]] std::string formatAgo(std::int64_t minutes, Lang lang);

/// A section heading: bold, in the accent colour, with a rule below.
void section(AppState& app, std::string_view text);

/// A signed change in points, coloured good or bad (drawn inline).
void changeBadge(const AppState& app, std::int64_t hundredths);

/// Whether the window is narrow or the text large enough that side panels fold into tabs.
[[nodiscard]] bool foldedLayout(const AppState& app);

/// Whether there is room for three columns (figure and cards, conversation, relationship).
[[nodiscard]] bool roomForThreeColumns(const AppState& app);

} // namespace rapport::gui
