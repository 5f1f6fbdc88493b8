// Settings: language, text size (the atlas is rebuilt after the frame), theme, full screen.
// Every change is saved at once.

#include "Screens.h"
#include "LrsPanel.h"
#include "Widgets.h"

namespace rapport::gui {

void drawSettingsScreen(AppState& app) {
    Settings& s = app.settings;
    title(app, tr(app, "Einstellungen", "Settings"));
    ImGui::BeginChild("##settings", ImVec2(0, -(ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2)), false, kPanelFlags);

    heading(app, tr(app, "Sprache", "Language"));
    if (ImGui::RadioButton("Deutsch", s.lang == Lang::De)) setLanguage(app, Lang::De);
    markWidget(app, "set-lang-de");
    ImGui::SameLine();
    if (ImGui::RadioButton("English", s.lang == Lang::En)) setLanguage(app, Lang::En);
    markWidget(app, "set-lang-en");
    ImGui::Spacing();

    heading(app, tr(app, "Textgröße", "Text size"));
    mutedWrapped(app, tr(app, "Für Beamer und große Räume: 100 bis 250 %. Auch mit Strg + Plus und Strg + Minus.",
                         "For projectors and large rooms: 100 to 250 %. Also with Ctrl + Plus and Ctrl + Minus."));
    if (namedButton(app, " – ", "text-smaller")) setTextPercent(app, s.textPercent - kTextPercentStep);
    ImGui::SameLine();
    int percent = s.textPercent;
    ImGui::SetNextItemWidth(app.fonts.bodyPx * 14.0f);
    ImGui::SliderInt("##textsize", &percent, kMinTextPercent, kMaxTextPercent, "%d %%");
    markWidget(app, "text-slider");
    // Rebuild the atlas once the slider is let go, not at every pixel of the drag.
    if (ImGui::IsItemDeactivatedAfterEdit()) setTextPercent(app, percent);
    ImGui::SameLine();
    if (namedButton(app, " + ", "text-larger")) setTextPercent(app, s.textPercent + kTextPercentStep);
    ImGui::Spacing();

    heading(app, tr(app, "Darstellung", "Appearance"));
    const std::pair<ThemeKind, const char*> themes[] = {
        {ThemeKind::Light, tr(app, "Hell", "Light")},
        {ThemeKind::Dark, tr(app, "Dunkel", "Dark")},
        {ThemeKind::HighContrast, tr(app, "Hoher Kontrast", "High contrast")},
    };
    for (const auto& [kind, name] : themes) {
        if (ImGui::RadioButton(name, s.theme == kind) && s.theme != kind) {
            s.theme = kind;
            app.requests.applyTheme = true;
            app.requests.saveSettings = true;
        }
        markWidget(app, std::string("theme-") + std::string(themeId(kind)));
        ImGui::SameLine();
    }
    ImGui::NewLine();
    bool fullscreen = s.fullscreen;
    if (ImGui::Checkbox(tr(app, "Vollbild (F11)", "Full screen (F11)"), &fullscreen)) app.requests.toggleFullscreen = true;
    markWidget(app, "fullscreen");
    ImGui::Spacing();

    drawLrsSettings(app);
    ImGui::Spacing();

    heading(app, tr(app, "Einführung", "Introduction"));
    if (namedButton(app, tr(app, "Die Einführung noch einmal zeigen", "Show the introduction again"), "show-intro")) app.ui.showIntro = true;
    if (const auto path = settingsPath())
        mutedWrapped(app, std::string(tr(app, "Gespeichert in ", "Saved in ")) + path->string());
    ImGui::EndChild();
    ImGui::Separator();
    if (namedButton(app, tr(app, "Zurück  [Esc]", "Back  [Esc]"), "back")) goTo(app, app.ui.beforeSettings);
}

} // namespace rapport::gui
