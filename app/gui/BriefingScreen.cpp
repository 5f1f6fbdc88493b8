// The briefing: who you are, what you want to learn, the situation, the people involved, and the
// dossier of what research has revealed so far.

#include "Explain.h"
#include "ImGuiSfml.h"
#include "Recording.h"
#include "Screens.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"
#include "rapport/model/Model.h"

namespace rapport::gui {
namespace {

void drawRoleAndGoals(AppState& app) {
    const Scenario& s = *app.game->scenario;
    const Lang lang = app.settings.lang;
    section(app, tr(app, "Ihre Rolle", "Your role"));
    std::string who = s.player.name;
    if (s.player.role != kNone) who += ", " + textOf(s, nullptr, s.player.role, lang);
    if (!s.player.company.empty()) who += (lang == Lang::De ? " bei " : " at ") + s.player.company;
    wrapped(who);
    if (s.player.offer != kNone) mutedWrapped(app, std::string(tr(app, "Ihr Angebot: ", "What you offer: ")) + textOf(s, nullptr, s.player.offer, lang));
    ImGui::Spacing();
    section(app, tr(app, "Die Situation", "The situation"));
    wrapped(textOf(s, nullptr, s.summary, lang));
    std::string frame = std::string(tr(app, "Dauer: ca. ", "Duration: about ")) + std::to_string(s.minutes) + tr(app, " Minuten", " minutes");
    if (s.researchBudget >= 0)
        frame += std::string(tr(app, "  ·  Zeit für Recherche: ", "  ·  Time for research: ")) + formatMinutes(s.researchBudget, lang);
    mutedWrapped(app, frame);
    ImGui::Spacing();
    section(app, tr(app, "Lernziele", "Learning goals"));
    for (TextId goal : s.goals) {
        ImGui::Bullet();
        ImGui::SameLine();
        wrapped(textOf(s, nullptr, goal, lang));
    }
}

void drawPeople(AppState& app) {
    const Scenario& s = *app.game->scenario;
    const State& start = app.game->runner->decisionStates().front();
    const Lang lang = app.settings.lang;
    section(app, tr(app, "Die Beteiligten", "The people involved"));
    for (std::size_t i = 0; i < s.personas.size(); ++i) {
        const Persona& p = s.personas[i];
        const PersonaState& ps = start.personas[i];
        ImGui::PushFont(app.fonts.heading);
        wrapped(p.name(lang));
        ImGui::PopFont();
        std::string role = textOf(s, nullptr, p.role, lang);
        if (!p.company.empty()) role += (role.empty() ? "" : ", ") + p.company;
        wrapped(role);
        const Stage stage = stageOf(ps);
        std::string relation = std::string(tr(app, "Beziehung: ", "Relationship: ")) + std::string(nameOf(stage, lang));
        if (p.start.encounters > 0)
            relation += std::string(tr(app, ", bisher ", ", so far ")) + std::to_string(p.start.encounters) +
                        tr(app, " Begegnungen", " encounters");
        if (p.start.hasLastContact)
            relation += std::string(tr(app, ", zuletzt ", ", last contact ")) + formatAgo(p.start.lastContactAgo, lang) + " (" +
                        std::string(nameOf(p.start.lastContactChannel, lang)) + ")";
        mutedWrapped(app, relation);
        explainTooltip(app, nameOf(stage, lang), explainStage(stage, lang));
        if (p.weight == 0) mutedWrapped(app, tr(app, "Zählt nicht für das Ergebnis.", "Does not count for the result."));
        ImGui::Spacing();
    }
}

void drawButtons(AppState& app) {
    const bool started = app.game->started;
    const char* go = started ? tr(app, "Weiterspielen  [Enter]", "Continue  [Enter]") : tr(app, "Gespräch beginnen  [Enter]", "Begin  [Enter]");
    if (namedButton(app, tr(app, "Zurück  [Esc]", "Back  [Esc]"), "back")) goTo(app, Screen::Start);
    ImGui::SameLine();
    const bool begin = primaryButton(app, go, "begin");
    if (begin || (!modalOpen(app) && keyPressed(sf::Keyboard::Return))) {
        app.game->started = true;
        goTo(app, Screen::Play);
    }
}

} // namespace

void drawDossier(AppState& app) {
    const Scenario& s = *app.game->scenario;
    const State& state = app.game->runner->state();
    const Lang lang = app.settings.lang;
    section(app, tr(app, "Dossier", "Dossier"));
    explainTooltip(app, tr(app, "Dossier", "Dossier"), explainIndicator(Indicator::Dossier, lang));
    bool any = false;
    for (std::size_t f = 0; f < s.facts.size(); ++f) {
        if (!state.knows(static_cast<std::uint32_t>(f))) continue;
        any = true;
        const Fact& fact = s.facts[f];
        ImGui::Bullet();
        ImGui::SameLine();
        std::string text = textOf(s, &state, fact.text, lang);
        if (fact.topic != kNone) text += "  (" + textOf(s, &state, s.topics[fact.topic].label, lang) + ")";
        wrapped(text);
    }
    if (!any)
        mutedWrapped(app, tr(app, "Noch nichts recherchiert. Recherche wählen Sie im Gespräch wie jede andere Entscheidung; sie kostet Zeit.",
                             "Nothing researched yet. You choose research during play like any other decision; it takes time."));
}

void drawBriefingScreen(AppState& app) {
    if (!app.game) return goTo(app, Screen::Start);
    const float buttonRow = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2;
    const bool folded = foldedLayout(app);
    ImGui::BeginChild("##briefing", ImVec2(0, -buttonRow), false, kPanelFlags);
    if (!folded && ImGui::BeginTable("##briefingcols", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthStretch, 1.1f);
        ImGui::TableSetupColumn("b", ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableNextColumn();
        drawRoleAndGoals(app);
        ImGui::TableNextColumn();
        drawPeople(app);
        ImGui::Spacing();
        drawDossier(app);
        ImGui::EndTable();
    } else {
        drawRoleAndGoals(app);
        ImGui::Spacing();
        drawPeople(app);
        drawDossier(app);
    }
    ImGui::EndChild();
    ImGui::Separator();
    drawButtons(app);
}

} // namespace rapport::gui
