// Moving between screens and the changes that affect every screen (language, text size).

#include "Screens.h"
#include "Widgets.h"

#include "Evaluate.h"

namespace rapport::gui {

void goTo(AppState& app, Screen screen) {
    if (screen == Screen::Settings && app.ui.screen != Screen::Settings) app.ui.beforeSettings = app.ui.screen;
    // Screens that need a game fall back to the start when there is none.
    if (!app.game && (screen == Screen::Briefing || screen == Screen::Play || screen == Screen::Debrief)) screen = Screen::Start;
    if (screen == Screen::Play) app.ui.scrollConversation = true;
    app.ui.screen = screen;
    app.ui.confirmLeaveGame = false;
}

void beginScenario(AppState& app, std::size_t entryIndex) {
    if (entryIndex >= app.library.entries.size()) return;
    auto game = startGame(app.library.entries[entryIndex], app.settings.lang);
    if (!game) return;
    app.game = std::move(game);
    app.ui.personaTab = -1;
    app.ui.playTab = 0;
    goTo(app, Screen::Briefing);
}

void setLanguage(AppState& app, Lang lang) {
    if (app.settings.lang == lang) return;
    app.settings.lang = lang;
    if (app.game) relanguageGame(*app.game, lang);
    app.requests.saveSettings = true;
}

void setTextPercent(AppState& app, int percent) {
    const int clamped = clampTextPercent(percent);
    if (clamped == app.settings.textPercent) return;
    app.settings.textPercent = clamped;
    app.requests.rebuildFonts = true;
    app.requests.saveSettings = true;
}

void drawTopBar(AppState& app) {
    const Lang lang = app.settings.lang;
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextColored(app.palette.accent, "Rapport");
    ImGui::PopFont();
    ImGui::SameLine();
    const char* where = "";
    switch (app.ui.screen) {
    case Screen::Start: where = tr(app, "Szenarien", "Scenarios"); break;
    case Screen::Briefing: where = tr(app, "Vorbereitung", "Briefing"); break;
    case Screen::Play: where = tr(app, "Gespräch", "Conversation"); break;
    case Screen::Debrief: where = tr(app, "Auswertung", "Debrief"); break;
    case Screen::Settings: where = tr(app, "Einstellungen", "Settings"); break;
    }
    std::string crumb = std::string("  ·  ") + where;
    if (app.game && app.ui.screen != Screen::Start && app.ui.screen != Screen::Settings)
        crumb += "  ·  " + textOf(*app.game->scenario, nullptr, app.game->scenario->title, lang);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(app.palette.muted, "%s", crumb.c_str());

    // Right-aligned: language, introduction, settings.
    const char* introLabel = tr(app, "Einführung (F1)", "Introduction (F1)");
    const char* settingsLabel = tr(app, "Einstellungen", "Settings");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons = textWidth("DE") + textWidth("EN") + textWidth(introLabel) + textWidth(settingsLabel) +
                          8 * style.FramePadding.x + 4 * style.ItemSpacing.x;
    const float right = ImGui::GetWindowContentRegionMax().x - buttons;
    if (right > ImGui::GetCursorPosX()) ImGui::SameLine(right);
    for (Lang l : {Lang::De, Lang::En}) {
        const bool active = l == lang;
        if (active) {
            ImGui::PushStyleColor(ImGuiCol_Button, app.palette.accent);
            ImGui::PushStyleColor(ImGuiCol_Text, app.palette.background);
        }
        if (namedButton(app, l == Lang::De ? "DE" : "EN", l == Lang::De ? "lang-de" : "lang-en")) setLanguage(app, l);
        if (active) ImGui::PopStyleColor(2);
        explainTooltip(app, l == Lang::De ? "Deutsch" : "English",
                       tr(app, "Sprache der Oberfläche und des Szenarios umschalten.", "Switch the language of the window and the scenario."));
        ImGui::SameLine();
    }
    if (namedButton(app, introLabel, "intro")) app.ui.showIntro = true;
    ImGui::SameLine();
    const bool inSettings = app.ui.screen == Screen::Settings; // the click below may change the screen
    if (inSettings) ImGui::BeginDisabled();
    if (namedButton(app, settingsLabel, "settings")) goTo(app, Screen::Settings);
    if (inSettings) ImGui::EndDisabled();
    ImGui::Separator();
}

} // namespace rapport::gui
