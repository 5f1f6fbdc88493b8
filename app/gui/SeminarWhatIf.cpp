// "What if …?": the trainer picks an earlier decision of the team's line, then another option
// (played at once on a new branch) or a new vote there; and the trainer's guide as a popup.

#include "ImGuiSfml.h"
#include "SeminarGuide.h"
#include "SeminarPanels.h"
#include "Widgets.h"

#include "rapport/play/Play.h"

#include <algorithm>

namespace rapport::gui {
namespace {

void closeWhatIf(AppState& app) {
    app.seminar->whatIfOpen = false;
    app.seminar->whatIfRound = 0;
    ImGui::CloseCurrentPopup();
}

void pickDecision(AppState& app, const Line& line) {
    SeminarUi& seminar = *app.seminar;
    const std::vector<ChoiceIndex>& path = line.runner->path();
    wrapped(tr(app, "An welcher Entscheidung wollen Sie einen anderen Weg ausprobieren? Der bisherige Verlauf bleibt daneben stehen.",
               "At which decision do you want to try another path? The line so far stays beside it."));
    if (path.empty()) {
        mutedWrapped(app, tr(app, "Es wurde noch keine Entscheidung getroffen.", "No decision has been taken yet."));
        return;
    }
    const int digit = digitPressed();
    if (digit > 0 && static_cast<std::size_t>(digit) <= path.size()) {
        seminar.whatIfRound = static_cast<std::uint32_t>(digit);
        return;
    }
    for (std::size_t k = 0; k < path.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        const std::uint32_t round = static_cast<std::uint32_t>(k + 1);
        const std::string label = std::string(tr(app, "Entscheidung ", "Decision ")) + std::to_string(round) + ": " +
                                  optionText(app, line, round, path[k]);
        if (bigButton(app, "##round", k < 9 ? static_cast<int>(k + 1) : 0, label, ImGui::GetContentRegionAvail().x))
            seminar.whatIfRound = round;
        markWidget(app, "seminar-what-if-round:" + std::to_string(round));
        ImGui::PopID();
    }
}

void pickOption(AppState& app, const Line& line) {
    SeminarUi& seminar = *app.seminar;
    const Session& session = *seminar.session;
    const std::uint32_t round = seminar.whatIfRound;
    const ChoiceIndex taken = line.runner->path()[round - 1];
    std::vector<ChoiceIndex> open;
    openChoices(session.scenario(), line.runner->decisionStates()[round - 1], open);
    largeHeading(app, std::string(tr(app, "Entscheidung ", "Decision ")) + std::to_string(round));
    mutedWrapped(app, std::string(tr(app, "Bisher gewählt: ", "Chosen so far: ")) + optionText(app, line, round, taken));
    wrapped(tr(app, "Was wäre, wenn stattdessen …", "What if instead …"));
    std::optional<SessionCommand> command;
    const std::optional<TeamId> team = session.form() == SessionForm::Teams ? std::optional<TeamId>(shownTeam(app)) : std::nullopt;
    const int digit = digitPressed();
    int number = 0;
    for (ChoiceIndex c : open) {
        if (c == taken) continue;
        ++number;
        ImGui::PushID(number);
        const bool clicked = bigButton(app, "##option", number <= 9 ? number : 0, optionText(app, line, round, c), ImGui::GetContentRegionAvail().x);
        markWidget(app, "seminar-what-if-option:" + std::to_string(number));
        if (clicked || digit == number) command = Rewind{round, team, c};
        ImGui::PopID();
    }
    if (number == 0) mutedWrapped(app, tr(app, "Hier gab es keine andere Möglichkeit.", "There was no other option here."));
    ImGui::Spacing();
    if (namedButton(app, tr(app, "Hier neu abstimmen lassen", "Let the room vote here again"), "seminar-what-if-vote")) command = Rewind{round, team, kNone};
    ImGui::SameLine();
    if (namedButton(app, tr(app, "Andere Entscheidung", "Another decision"), "seminar-what-if-other")) seminar.whatIfRound = 0;
    if (command && seminarCommand(app, *command)) closeWhatIf(app);
}

} // namespace

void drawWhatIfPopup(AppState& app) {
    constexpr const char* kId = "##whatif";
    SeminarUi& seminar = *app.seminar;
    if (seminar.whatIfOpen && !ImGui::IsPopupOpen(kId)) ImGui::OpenPopup(kId);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(display.x * 0.92f, app.fonts.largePx * 40.0f), display.y * 0.86f), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kId, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;
    if (!seminar.whatIfOpen || keyPressed(sf::Keyboard::Escape)) {
        app.ui.escapeTaken = app.ui.escapeTaken || seminar.whatIfOpen;
        closeWhatIf(app);
        ImGui::EndPopup();
        return;
    }
    ImGui::PushFont(app.fonts.large);
    const float buttonRow = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2;
    title(app, tr(app, "Was wäre, wenn …?", "What if …?"));
    const Line& line = seminar.session->activeLine(shownTeam(app));
    if (seminar.session->form() == SessionForm::Teams) mutedWrapped(app, lineName(app, line.id));
    ImGui::BeginChild("##whatifbody", ImVec2(0, -buttonRow), false, kPanelFlags);
    if (seminar.whatIfRound == 0 || seminar.whatIfRound > line.runner->path().size()) pickDecision(app, line);
    else pickOption(app, line);
    ImGui::EndChild();
    ImGui::Separator();
    if (seminar.whatIfOpen && namedButton(app, tr(app, "Abbrechen  [Esc]", "Cancel  [Esc]"), "seminar-what-if-cancel")) closeWhatIf(app);
    ImGui::PopFont();
    ImGui::EndPopup();
}

void drawGuidePopup(AppState& app) {
    constexpr const char* kId = "##guide";
    SeminarUi& seminar = *app.seminar;
    if (seminar.guideOpen && !ImGui::IsPopupOpen(kId)) ImGui::OpenPopup(kId);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(display.x * 0.92f, app.fonts.bodyPx * 50.0f), display.y * 0.86f), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kId, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;
    const float buttonRow = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2;
    ImGui::BeginChild("##guidetext", ImVec2(0, -buttonRow), false, kPanelFlags);
    title(app, tr(app, "Leitfaden", "Guide"));
    wrapped(guideText(seminar.session->scenario(), app.settings.lang));
    ImGui::EndChild();
    ImGui::Separator();
    if (namedButton(app, tr(app, "Schließen  [Esc]", "Close  [Esc]"), "seminar-guide-close") || keyPressed(sf::Keyboard::Escape)) {
        app.ui.escapeTaken = true;
        seminar.guideOpen = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace rapport::gui
