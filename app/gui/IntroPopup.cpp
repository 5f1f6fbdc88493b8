// The one-minute introduction: the six dimensions, the stages, pressure and reciprocity, and how
// to play. Shown on the first run and whenever F1 or the button asks for it.

#include "Explain.h"
#include "ImGuiSfml.h"
#include "Screens.h"
#include "Widgets.h"

namespace rapport::gui {
namespace {

void closeIntro(AppState& app) {
    app.ui.showIntro = false;
    if (!app.settings.introSeen) {
        app.settings.introSeen = true;
        app.requests.saveSettings = true;
    }
    ImGui::CloseCurrentPopup();
}

} // namespace

void drawIntroPopup(AppState& app) {
    constexpr const char* kId = "##intro";
    if (app.ui.showIntro && !ImGui::IsPopupOpen(kId)) ImGui::OpenPopup(kId);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float width = std::min(display.x * 0.92f, app.fonts.bodyPx * 48.0f);
    ImGui::SetNextWindowSize(ImVec2(width, display.y * 0.88f), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kId, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;
    if (!app.ui.showIntro) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const Lang lang = app.settings.lang;
    const float buttonRow = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2;
    ImGui::BeginChild("##introtext", ImVec2(0, -buttonRow), false, kPanelFlags);
    title(app, tr(app, "Rapport in einer Minute", "Rapport in one minute"));
    wrapped(tr(app, "Sie führen Gespräche mit Menschen aus dem Berufsleben. Jede Entscheidung verändert, wie die andere Person Sie "
                    "sieht – in sechs Dimensionen, die Sie rechts im Netzdiagramm verfolgen.",
               "You hold conversations with people from working life. Every decision changes how the other person sees you, in six "
               "dimensions that you follow in the radar chart on the right."));
    ImGui::Spacing();
    section(app, tr(app, "Die sechs Dimensionen", "The six dimensions"));
    for (int d = 0; d < kDimensionCount; ++d) {
        const auto dim = static_cast<Dimension>(d);
        ImGui::Bullet();
        ImGui::SameLine();
        wrapped(std::string(nameOf(dim, lang)) + ": " + std::string(explainDimension(dim, lang)));
    }
    ImGui::Spacing();
    section(app, tr(app, "Stufen", "Stages"));
    std::string stages;
    for (int s = 0; s < kStageCount; ++s) stages += (s > 0 ? " → " : "") + std::string(nameOf(static_cast<Stage>(s), lang));
    wrapped(stages);
    mutedWrapped(app, explainIndicator(Indicator::Stage, lang));
    ImGui::Spacing();
    section(app, tr(app, "Druck", "Pressure"));
    wrapped(explainIndicator(Indicator::Pressure, lang));
    ImGui::Spacing();
    section(app, tr(app, "Gegenseitigkeit", "Reciprocity"));
    wrapped(explainIndicator(Indicator::Reciprocity, lang));
    ImGui::Spacing();
    section(app, tr(app, "Bedienung", "Controls"));
    wrapped(tr(app, "Antworten wählen Sie per Klick oder mit den Tasten 1 bis 9. Enter bestätigt, Esc geht zurück, F11 schaltet auf "
                    "Vollbild, die Tab-Taste wechselt bei großer Schrift zwischen den Ansichten. Jede Anzeige erklärt sich, wenn Sie mit der Maus darauf zeigen.",
               "Choose answers with a click or the keys 1 to 9. Enter confirms, Esc goes back, F11 switches to full screen, and with large text the Tab key switches between the views. Every "
               "indicator explains itself when you point at it."));
    ImGui::EndChild();
    ImGui::Separator();
    const bool close = primaryButton(app, tr(app, "Los geht’s  [Enter]", "Let’s start  [Enter]"), "intro-close");
    if (close || keyPressed(sf::Keyboard::Return)) closeIntro(app);
    ImGui::EndPopup();
}

} // namespace rapport::gui
