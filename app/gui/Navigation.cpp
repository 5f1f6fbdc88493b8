// Moving between screens and the changes that affect every screen (language, text size).

#include "Recording.h"
#include "Screens.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"

namespace rapport::gui {

void goTo(AppState& app, Screen screen) {
    if (screen == Screen::Settings && app.ui.screen != Screen::Settings) app.ui.beforeSettings = app.ui.screen;
    // Screens that need a game fall back to the start when there is none.
    if (!app.game && (screen == Screen::Briefing || screen == Screen::Play || screen == Screen::Debrief)) screen = Screen::Start;
    if (!app.seminar && (screen == Screen::Seminar || screen == Screen::Comparison)) screen = Screen::Start;
    if (screen == Screen::Play) app.ui.scrollConversation = true;
    // A printout's note belongs to the screen it was printed from.
    if (screen != app.ui.screen) {
        app.ui.printNote.clear();
        app.ui.playNote.clear();
    }
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
    if (app.seminar) app.seminar->session->setLanguage(lang);
    app.requests.saveSettings = true;
}

void setTextPercent(AppState& app, int percent) {
    const int clamped = clampTextPercent(percent);
    if (clamped == app.settings.textPercent) return;
    app.settings.textPercent = clamped;
    app.requests.rebuildFonts = true;
    app.requests.saveSettings = true;
}

namespace {

std::string profileButtonLabel(const AppState& app) {
    if (!app.learner.chosen) return tr(app, "Profil", "Profile");
    if (!app.learner.profile) return tr(app, "Gast", "Guest");
    // At most 14 characters (UTF-8 aware), so a long pseudonym leaves room for the rest.
    const std::string& name = app.learner.profileName;
    std::size_t chars = 0, cut = name.size();
    for (std::size_t i = 0; i < name.size(); ++i) {
        if ((static_cast<unsigned char>(name[i]) & 0xC0u) == 0x80u) continue;
        if (chars++ == 14) {
            cut = i;
            break;
        }
    }
    return cut < name.size() ? name.substr(0, cut) + "…" : name;
}

} // namespace

void drawTopBar(AppState& app) {
    const Lang lang = app.settings.lang;
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* where = "";
    switch (app.ui.screen) {
    case Screen::Start: where = tr(app, "Szenarien", "Scenarios"); break;
    case Screen::Briefing: where = tr(app, "Vorbereitung", "Briefing"); break;
    case Screen::Play: where = tr(app, "Gespräch", "Conversation"); break;
    case Screen::Debrief: where = tr(app, "Auswertung", "Debrief"); break;
    case Screen::Settings: where = tr(app, "Einstellungen", "Settings"); break;
    case Screen::SeminarSetup: where = tr(app, "Seminar vorbereiten", "Seminar set-up"); break;
    case Screen::Seminar: where = "Seminar"; break;
    case Screen::Comparison: where = tr(app, "Vergleich", "Comparison"); break;
    case Screen::Progress: where = tr(app, "Fortschritt", "Progress"); break;
    case Screen::Authoring: where = tr(app, "Ablaufplan", "Scenario map"); break;
    }
    const std::string crumbShort = std::string("  ·  ") + where;
    std::string crumb = crumbShort;
    const bool seminarScreen = app.ui.screen == Screen::Seminar || app.ui.screen == Screen::Comparison;
    if (seminarScreen && app.seminar)
        crumb += "  ·  " + textOf(*app.seminar->scenario, nullptr, app.seminar->scenario->title, lang);
    else if (app.game && (app.ui.screen == Screen::Briefing || app.ui.screen == Screen::Play || app.ui.screen == Screen::Debrief))
        crumb += "  ·  " + textOf(*app.game->scenario, nullptr, app.game->scenario->title, lang);

    // What fits: full button labels and the whole path, else short labels ("?", the gear), else
    // a shorter path, else none. The window title always names the screen in full.
    const char* introLabel = tr(app, "Einführung (F1)", "Introduction (F1)");
    const char* settingsLabel = tr(app, "Einstellungen", "Settings");
    // Who is playing: the profile's name (cut short) or "Guest"; a click opens the profile dialog.
    const std::string profileLabel = profileButtonLabel(app) + "##profile";
    auto buttonsWidth = [&](const char* intro, const char* settings) {
        return textWidth("DE") + textWidth("EN") + textWidth(intro) + textWidth(settings) + textWidth(profileButtonLabel(app)) +
               10 * style.FramePadding.x + 5 * style.ItemSpacing.x;
    };
    ImGui::PushFont(app.fonts.heading);
    const float brand = textWidth("Rapport");
    ImGui::PopFont();
    const float room = ImGui::GetContentRegionAvail().x - brand - style.ItemSpacing.x;
    const float full = buttonsWidth(introLabel, settingsLabel);
    const float compact = buttonsWidth("?", "\u2699");
    const bool shortButtons = full + textWidth(crumb) > room;
    if (shortButtons) {
        introLabel = "?";
        settingsLabel = "\u2699"; // a gear
    }
    const float buttons = shortButtons ? compact : full;
    if (buttons + textWidth(crumb) > room) crumb = buttons + textWidth(crumbShort) > room ? std::string() : crumbShort;

    ImGui::PushFont(app.fonts.heading);
    ImGui::TextColored(app.palette.accent, "Rapport");
    ImGui::PopFont();
    if (!crumb.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(app.palette.muted, "%s", crumb.c_str());
    }
    ImGui::SameLine(std::max(ImGui::GetWindowContentRegionMax().x - buttons, brand + style.ItemSpacing.x));
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
    if (namedButton(app, profileLabel.c_str(), "profile")) openProfileDialog(app, false);
    explainTooltip(app, tr(app, "Wer spielt?", "Who is playing?"),
                   tr(app, "Profil wechseln, ein neues anlegen, als Gast spielen oder ein Profil löschen.",
                      "Switch profile, create one, play as a guest or delete a profile."));
    ImGui::SameLine();
    if (namedButton(app, (std::string(introLabel) + "##intro").c_str(), "intro")) app.ui.showIntro = true;
    if (shortButtons && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "Einführung (F1)", "Introduction (F1)"));
    ImGui::SameLine();
    const bool inSettings = app.ui.screen == Screen::Settings; // the click below may change the screen
    if (inSettings) ImGui::BeginDisabled();
    if (namedButton(app, (std::string(settingsLabel) + "##settings").c_str(), "settings")) goTo(app, Screen::Settings);
    if (shortButtons && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tr(app, "Einstellungen", "Settings"));
    if (inSettings) ImGui::EndDisabled();
    ImGui::Separator();
}

} // namespace rapport::gui
