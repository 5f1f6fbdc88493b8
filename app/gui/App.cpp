// The frame's skeleton: one full-window ImGui window, the top bar, the current screen, and the
// keys that work everywhere (Esc back, F1 introduction, F11 full screen, Ctrl +/- text size,
// Ctrl+Q quit).

#include "ImGuiSfml.h"
#include "Recording.h"
#include "Screens.h"
#include "Widgets.h"

namespace rapport::gui {
namespace {

void goBack(AppState& app) {
    switch (app.ui.screen) {
    case Screen::Start: break;
    case Screen::Briefing: goTo(app, Screen::Start); break;
    case Screen::Play: goTo(app, Screen::Briefing); break;
    case Screen::Debrief: goTo(app, Screen::Play); break;
    case Screen::Settings: goTo(app, app.ui.beforeSettings); break;
    case Screen::Progress: goTo(app, Screen::Start); break;
    case Screen::Authoring: goTo(app, Screen::Start); break;
    case Screen::SeminarSetup: goTo(app, Screen::Start); break;
    case Screen::Seminar:
        // The seminar is saved after every step: leaving keeps it, and the start screen offers it.
        if (app.seminar && app.seminar->session->ended()) app.seminar.reset();
        goTo(app, Screen::Start);
        break;
    case Screen::Comparison:
        goTo(app, app.seminar && app.seminar->session->ended() ? Screen::Start : Screen::Seminar);
        if (app.ui.screen == Screen::Start) app.seminar.reset();
        break;
    }
}

void globalKeys(AppState& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (keyPressed(sf::Keyboard::Escape)) {
        if (app.ui.showIntro) {
            app.ui.showIntro = false;
            app.settings.introSeen = true;
            app.requests.saveSettings = true;
        } else if (app.learner.dialog.open) {
            if (!app.learner.dialog.firstStart) app.learner.dialog.open = false; // the first start needs a choice
        } else if (app.ui.confirmLeaveGame) {
            app.ui.confirmLeaveGame = false;
        } else if (!app.ui.escapeTaken) {
            goBack(app);
        }
    }
    if (!app.learner.dialog.open && keyPressed(sf::Keyboard::F1)) app.ui.showIntro = true; // one modal at a time
    if (keyPressed(sf::Keyboard::F11)) app.requests.toggleFullscreen = true;
    if (io.KeyCtrl && keyPressed(sf::Keyboard::Q)) app.requests.quit = true;
    if (io.KeyCtrl && (keyPressed(sf::Keyboard::Add) || keyPressed(sf::Keyboard::Equal)))
        setTextPercent(app, app.settings.textPercent + kTextPercentStep);
    if (io.KeyCtrl && (keyPressed(sf::Keyboard::Subtract) || keyPressed(sf::Keyboard::Hyphen)))
        setTextPercent(app, app.settings.textPercent - kTextPercentStep);
}

} // namespace

void drawApp(AppState& app) {
    app.ui.widgets.clear();
    app.ui.escapeTaken = false;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##rapport", nullptr, flags);
    drawTopBar(app);
    switch (app.ui.screen) {
    case Screen::Start: drawStartScreen(app); break;
    case Screen::Briefing: drawBriefingScreen(app); break;
    case Screen::Play: drawPlayScreen(app); break;
    case Screen::Debrief: drawDebriefScreen(app); break;
    case Screen::Settings: drawSettingsScreen(app); break;
    case Screen::Progress: drawProgressScreen(app); break;
    case Screen::Authoring: drawAuthoringScreen(app); break;
    case Screen::SeminarSetup: drawSeminarSetupScreen(app); break;
    case Screen::Seminar: drawSeminarScreen(app); break;
    case Screen::Comparison: drawComparisonScreen(app); break;
    }
    drawProfileDialog(app);
    drawIntroPopup(app);
    globalKeys(app);
    // On the seminar screen Page Down means "next" (a presenter's clicker), never "scroll".
    setPageKeysNavigate(app.ui.screen != Screen::Seminar);
    ImGui::End();
}

} // namespace rapport::gui
