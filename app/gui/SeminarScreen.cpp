// The seminar's projector screen: the header (decision number, phase, timer, forward and back),
// the teams, the decision beside the relationship, and the keys a trainer uses without looking:
// Page Down forward, Page Up back, 1-9 votes or picks, Tab the next team, T timer, W what if,
// V comparison, G guide, D discussion questions, H high contrast, P phones on or off.

#include "ImGuiSfml.h"
#include "Screens.h"
#include "SeminarGuide.h"
#include "SeminarPanels.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"

#include <imgui_internal.h>

#include <algorithm>

namespace rapport::gui {
namespace {

// What Page Down does next, as the button says it.
const char* forwardLabel(const AppState& app, Phase phase) {
    switch (phase) {
    case Phase::Waiting: return tr(app, "Abstimmung öffnen", "Open the vote");
    case Phase::Voting: return tr(app, "Abstimmung schließen", "Close the vote");
    case Phase::Closed: return tr(app, "Ergebnis zeigen", "Reveal the votes");
    case Phase::Revealed: return tr(app, "Entscheidung umsetzen", "Carry out the choice");
    case Phase::Applied: return tr(app, "Weiter zur nächsten Entscheidung", "On to the next decision");
    case Phase::Ended: return tr(app, "Zum Vergleich", "To the comparison");
    }
    return "";
}

bool anyTeamCanMove(const Session& session) {
    for (std::size_t t = 0; t < session.teamCount(); ++t)
        if (session.phase(TeamId{static_cast<std::uint32_t>(t)}) != Phase::Ended) return true;
    return false;
}

void forward(AppState& app) {
    const Session& session = *app.seminar->session;
    if (!anyTeamCanMove(session)) return goTo(app, Screen::Comparison);
    seminarCommand(app, PhaseCommand{PhaseAction::Forward, std::nullopt, kNone});
}

void back(AppState& app) { seminarCommand(app, PhaseCommand{PhaseAction::Back, std::nullopt, kNone}); }

void toggleHighContrast(AppState& app) {
    app.settings.theme = app.settings.theme == ThemeKind::HighContrast ? ThemeKind::Light : ThemeKind::HighContrast;
    app.requests.applyTheme = true;
    app.requests.saveSettings = true;
}

// The trainer's shortcut keys are no keyboard navigation: the projector shows no focus frame.
void hideNavHighlight() { ImGui::GetCurrentContext()->NavDisableHighlight = true; }

void seminarKeys(AppState& app) {
    SeminarUi& seminar = *app.seminar;
    if (app.ui.showIntro || seminar.whatIfOpen || seminar.guideOpen) return;
    const Session& session = *seminar.session;
    for (sf::Keyboard::Key k : {sf::Keyboard::PageDown, sf::Keyboard::PageUp, sf::Keyboard::T, sf::Keyboard::W, sf::Keyboard::D,
                                sf::Keyboard::H, sf::Keyboard::P})
        if (keyPressed(k)) hideNavHighlight();
    if (digitPressed() != 0) hideNavHighlight();
    if (keyPressed(sf::Keyboard::PageDown)) return forward(app);
    if (keyPressed(sf::Keyboard::PageUp)) return back(app);
    if (keyPressed(sf::Keyboard::T)) toggleTimer(app);
    if (keyPressed(sf::Keyboard::W)) {
        seminar.whatIfOpen = true;
        seminar.whatIfRound = 0;
    }
    if (keyPressed(sf::Keyboard::V)) return goTo(app, Screen::Comparison);
    if (keyPressed(sf::Keyboard::G) && !guideText(session.scenario(), app.settings.lang).empty()) seminar.guideOpen = true;
    if (keyPressed(sf::Keyboard::D)) seminar.questionsShown = !seminar.questionsShown;
    if (keyPressed(sf::Keyboard::H)) toggleHighContrast(app);
    if (keyPressed(sf::Keyboard::P)) togglePhones(app);
    const int digit = digitPressed();
    if (digit == 0) return;
    const TeamId team = shownTeam(app);
    const Line& line = session.activeLine(team);
    const VoteRound* round = session.currentRound(line.id);
    if (round == nullptr || static_cast<std::size_t>(digit) > round->offered.size()) return;
    const ChoiceIndex choice = round->offered[static_cast<std::size_t>(digit - 1)];
    if (line.phase == Phase::Voting && session.form() == SessionForm::Teams) {
        recordTeamChoice(app, team, choice);
    } else if (line.phase == Phase::Voting) {
        const std::uint32_t now = round->hands[static_cast<std::size_t>(digit - 1)];
        const bool less = ImGui::GetIO().KeyShift;
        seminarCommand(app, SetHands{team, choice, less ? (now > 0 ? now - 1 : 0) : now + 1});
    } else if (line.phase == Phase::Revealed) {
        seminarCommand(app, PhaseCommand{PhaseAction::Apply, team, choice});
    }
}

void drawHeader(AppState& app) {
    SeminarUi& seminar = *app.seminar;
    const Session& session = *seminar.session;
    const TeamId team = shownTeam(app);
    const Line& line = session.activeLine(team);
    ImGui::PushFont(app.fonts.largeBold);
    ImGui::AlignTextToFramePadding();
    if (line.phase == Phase::Ended) ImGui::TextUnformatted(tr(app, "Ende", "The end"));
    else ImGui::Text("%s %u", tr(app, "Entscheidung", "Decision"), line.round);
    ImGui::PopFont();
    markWidget(app, "seminar-round");
    const std::string phaseName(nameOf(line.phase, app.settings.lang));
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + textWidth(phaseName) > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(line.phase == Phase::Voting ? app.palette.warn : app.palette.accent, "%s", phaseName.c_str());
    markWidget(app, "seminar-phase");

    // Forward and back at the right edge, as large as the text.
    const char* next = !anyTeamCanMove(session) ? forwardLabel(app, Phase::Ended)
                       : line.phase == Phase::Ended ? tr(app, "Weiter (andere Teams)", "Go on (other teams)")
                                                    : forwardLabel(app, line.phase);
    std::string nextLabel = std::string(next) + tr(app, "  [Bild ↓]", "  [Page Down]");
    std::string backLabel = tr(app, "Zurück  [Bild ↑]", "Back  [Page Up]");
    const ImGuiStyle& style = ImGui::GetStyle();
    auto buttonsWidth = [&] { return textWidth(nextLabel) + textWidth(backLabel) + 4 * style.FramePadding.x + style.ItemSpacing.x; };
    const float right = ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    // What fits: both buttons beside the heading, else on a row of their own, else with shorter names.
    if (ImGui::GetCursorPosX() + buttonsWidth() <= right) {
        ImGui::SameLine(right - buttonsWidth());
    } else {
        ImGui::NewLine();
        const float left = ImGui::GetCursorPosX();
        if (buttonsWidth() > right - left) {
            nextLabel = next;
            backLabel = tr(app, "Zurück", "Back");
        }
        if (buttonsWidth() > right - left) nextLabel = tr(app, "Weiter", "Next");
        ImGui::SetCursorPosX(std::max(left, right - buttonsWidth()));
    }
    if (namedButton(app, (backLabel + "##back").c_str(), "seminar-back")) back(app);
    ImGui::SameLine();
    if (primaryButton(app, (nextLabel + "##forward").c_str(), "seminar-forward")) forward(app);
}

void drawTeamStrip(AppState& app) {
    SeminarUi& seminar = *app.seminar;
    const Session& session = *seminar.session;
    if (session.form() != SessionForm::Teams) return;
    std::vector<std::string> names;
    for (std::size_t t = 0; t < session.teamCount(); ++t) {
        const TeamId id{static_cast<std::uint32_t>(t)};
        const Line& line = session.activeLine(id);
        const VoteRound* r = session.currentRound(line.id);
        std::string name = session.team(id).name;
        if (line.number > 0) name += " · " + std::string(tr(app, "Variante ", "variant ")) + std::to_string(line.number);
        if (line.phase == Phase::Voting) name += r != nullptr && session.tally(*r).total > 0 ? "  ✓" : tr(app, "  (offen)", "  (to vote)");
        else if (line.phase == Phase::Ended) name += tr(app, "  (Ende)", "  (ended)");
        else if (line.round != session.round(shownTeam(app)))
            name += std::string(tr(app, " (Entscheidung ", " (decision ")) + std::to_string(line.round) + ")";
        names.push_back(name);
    }
    const int picked = tabStrip(app, "##seminar-team", names, static_cast<int>(shownTeam(app).value), !seminar.whatIfOpen);
    seminar.selected = TeamId{static_cast<std::uint32_t>(picked)};
}

void drawNotices(AppState& app) {
    const SeminarUi& seminar = *app.seminar;
    if (!seminar.refused.empty()) colouredWrapped(app.palette.warn, seminar.refused);
    if (!seminar.saveError.empty())
        colouredWrapped(app.palette.bad, std::string(tr(app, "Nicht gespeichert: ", "Not saved: ")) + seminar.saveError);
}

void drawKeyLegend(AppState& app) {
    ImGui::PushFont(app.fonts.body);
    std::string keys = tr(app, "Bild ↓ weiter · Bild ↑ zurück · 1–9 Stimme", "Page Down next · Page Up back · 1–9 vote");
    if (app.seminar->session->form() == SessionForm::Teams) keys += tr(app, " · Tab nächstes Team", " · Tab next team");
    else keys += tr(app, " (mit Umschalt: eine weniger)", " (with Shift: one less)");
    keys += tr(app, " · T Timer · W Was wäre, wenn … · V Vergleich · H hoher Kontrast · P Handys · Esc Startseite",
               " · T timer · W what if · V comparison · H high contrast · P phones · Esc start screen");
    if (!guideText(app.seminar->session->scenario(), app.settings.lang).empty()) keys += tr(app, " · G Leitfaden", " · G guide");
    mutedWrapped(app, keys);
    ImGui::PopFont();
}

// The keys are for the trainer; on a screen too small for the text size the room's view wins.
bool legendShown(const AppState& app) { return ImGui::GetIO().DisplaySize.y >= app.fonts.largePx * 18.0f; }

float legendHeight(AppState& app) {
    if (!legendShown(app)) return 0.0f;
    ImGui::PushFont(app.fonts.body);
    const float h = ImGui::GetTextLineHeightWithSpacing() * 2.0f + ImGui::GetStyle().ItemSpacing.y;
    ImGui::PopFont();
    return h;
}

} // namespace

void largeHeading(AppState& app, std::string_view text) {
    ImGui::PushFont(app.fonts.largeBold);
    wrapped(text);
    ImGui::PopFont();
}

void largeSection(AppState& app, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, app.palette.accent);
    largeHeading(app, text);
    ImGui::PopStyleColor();
    ImGui::Separator();
}

std::string wholeChange(std::int64_t hundredths) {
    const std::int64_t whole = (hundredths >= 0 ? hundredths + 50 : hundredths - 50) / 100;
    if (whole == 0) return "±0";
    return (whole > 0 ? "+" : "") + std::to_string(whole);
}

void wholeBadge(const AppState& app, std::int64_t hundredths) {
    const std::string text = wholeChange(hundredths);
    const ImVec4 colour = text == "±0" ? app.palette.muted : hundredths > 0 ? app.palette.good : app.palette.bad;
    ImGui::TextColored(colour, "%s", text.c_str());
}

int digitPressed() {
    for (int n = 1; n <= 9; ++n)
        if (keyPressed(static_cast<sf::Keyboard::Key>(sf::Keyboard::Num1 + n - 1)) ||
            keyPressed(static_cast<sf::Keyboard::Key>(sf::Keyboard::Numpad1 + n - 1)))
            return n;
    return 0;
}

std::string optionText(const AppState& app, const Line& line, std::uint32_t round, ChoiceIndex choice) {
    const Runner& runner = *line.runner;
    const Scenario& s = runner.scenario();
    const std::vector<State>& states = runner.decisionStates();
    const State* at = round >= 1 && round - 1 < states.size() ? &states[round - 1] : &runner.state();
    return textOf(s, at, s.choices[choice].text, app.settings.lang);
}

void drawSeminarScreen(AppState& app) {
    if (!app.seminar) return goTo(app, Screen::Start);
    seminarKeys(app);
    if (app.ui.screen != Screen::Seminar) return;
    ImGui::PushFont(app.fonts.large);
    drawHeader(app);
    drawTeamStrip(app);
    drawNotices(app);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float legend = legendHeight(app);
    const float total = ImGui::GetContentRegionAvail().x;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool oneColumn = display.x < app.fonts.largePx * 36.0f || display.y < app.fonts.largePx * 18.0f;
    if (oneColumn) {
        ImGui::BeginChild("##seminar-one", ImVec2(0, -legend), false, kPanelFlags);
        drawDecisionPanel(app, ImGui::GetContentRegionAvail().x - style.ScrollbarSize);
        ImGui::Spacing();
        drawSeminarSidePanel(app, std::min(ImGui::GetContentRegionAvail().x - style.ScrollbarSize, app.fonts.largePx * 22.0f));
        ImGui::EndChild();
    } else {
        const float right = std::max(app.fonts.largePx * 13.0f, total * 0.34f);
        const float left = total - right - style.ItemSpacing.x;
        ImGui::BeginChild("##seminar-decision", ImVec2(left, -legend), false, kPanelFlags);
        drawDecisionPanel(app, left - style.ScrollbarSize);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##seminar-side", ImVec2(0, -legend), false, kPanelFlags);
        drawSeminarSidePanel(app, right - style.ScrollbarSize);
        ImGui::EndChild();
    }
    ImGui::PopFont();
    if (legendShown(app)) drawKeyLegend(app);
    drawWhatIfPopup(app);
    drawGuidePopup(app);
}

} // namespace rapport::gui
