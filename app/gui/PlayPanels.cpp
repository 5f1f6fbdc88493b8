// The play screen's side panels: the persona figure with its mood, the contact cards, and the
// relationship panel (radar with reasons, pressure, reciprocity, time).

#include "ChangeGroups.h"
#include "Explain.h"
#include "Screens.h"
#include "Radar.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"
#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/model/Mood.h"
#include "rapport/report/Points.h"

#include <algorithm>
#include <cmath>

namespace rapport::gui {
namespace {

/// The persona the side panels show: the one the user picked, else the one the scene is about.
PersonaIndex shownPersona(const AppState& app) {
    const auto count = static_cast<int>(app.game->scenario->personas.size());
    if (app.ui.personaTab >= 0 && app.ui.personaTab < count) return static_cast<PersonaIndex>(app.ui.personaTab);
    return focusPersona(*app.game);
}

Mood moodNow(const Game& game, PersonaIndex p) {
    const Runner& runner = *game.runner;
    const std::uint32_t step = runner.state().step;
    // The latest move and the scenes it led into (see reactionSince).
    return moodOf(runner.state().personas[p], reactionSince(runner.changes(), p, step == 0 ? 0 : step - 1));
}

// Buttons with the surnames (short enough for a side column) to pick whose card and radar show.
void personaPicker(AppState& app, const char* id) {
    const Scenario& s = *app.game->scenario;
    if (s.personas.size() < 2) return;
    std::vector<std::string> names;
    for (const Persona& p : s.personas) {
        const auto space = p.name(app.settings.lang).find_last_of(' ');
        names.push_back(space == std::string::npos ? p.name(app.settings.lang) : p.name(app.settings.lang).substr(space + 1));
    }
    const int shown = static_cast<int>(shownPersona(app));
    const int picked = tabStrip(app, id, names, shown, false);
    if (picked != shown) app.ui.personaTab = picked;
}

// Where and how the player has met the persona so far: the scenes in which it spoke or was
// addressed in person, and the other channels used with it (research is no encounter).
std::vector<std::string> meetingPlaces(const Game& game, PersonaIndex p, Lang lang) {
    const Runner& runner = *game.runner;
    const Scenario& s = *game.scenario;
    std::vector<std::string> places;
    auto add = [&](std::string place) {
        if (!place.empty() && std::find(places.begin(), places.end(), place) == places.end()) places.push_back(std::move(place));
    };
    TextId scene = kNone;
    const auto& lines = runner.lines();
    std::size_t li = 0;
    for (std::size_t step = 0; step <= runner.path().size(); ++step) {
        for (; li < lines.size() && lines[li].step <= step; ++li) {
            if (s.nodes[lines[li].node].scene != kNone) scene = s.nodes[lines[li].node].scene;
            if (lines[li].speaker == p && scene != kNone) add(textOf(s, nullptr, scene, lang));
        }
        if (step == runner.path().size()) break;
        const Choice& c = s.choices[runner.path()[step]];
        if (c.with != p || c.act == Act::Research) continue;
        if (c.channel != Channel::Face) add(std::string(nameOf(c.channel, lang)));
        else if (scene != kNone) add(textOf(s, nullptr, scene, lang));
    }
    return places;
}

void topicList(AppState& app, const char* label, const std::vector<std::uint32_t>& topics, const std::vector<bool>& known) {
    std::string out;
    for (std::uint32_t t : topics) {
        if (!known[t]) continue;
        if (!out.empty()) out += ", ";
        out += textOf(*app.game->scenario, nullptr, app.game->scenario->topics[t].label, app.settings.lang);
    }
    if (out.empty()) return;
    ImGui::TextColored(app.palette.muted, "%s", label);
    wrapped(out);
}

void contactCard(AppState& app, PersonaIndex p) {
    const Game& game = *app.game;
    const Scenario& s = *game.scenario;
    const Runner& runner = *game.runner;
    const State& state = runner.state();
    const Persona& persona = s.personas[p];
    const PersonaState& ps = state.personas[p];
    const Lang lang = app.settings.lang;

    std::string role = textOf(s, nullptr, persona.role, lang);
    if (!persona.company.empty()) role += (role.empty() ? "" : ", ") + persona.company;
    wrapped(role);
    const Stage stage = stageOf(ps);
    ImGui::Text("%s %s", tr(app, "Stufe:", "Stage:"), std::string(nameOf(stage, lang)).c_str());
    explainTooltip(app, nameOf(stage, lang), std::string(explainStage(stage, lang)) + "\n\n" + std::string(explainIndicator(Indicator::Stage, lang)));

    std::string contact = std::string(tr(app, "Begegnungen: ", "Encounters: ")) + std::to_string(ps.encounters);
    if (ps.lastContact != kNever) {
        const std::int64_t ago = state.time - ps.lastContact;
        contact += std::string(tr(app, ", letzter Kontakt ", ", last contact ")) + formatAgo(ago, lang);
    }
    mutedWrapped(app, contact);
    explainTooltip(app, tr(app, "Begegnungen", "Encounters"), explainIndicator(Indicator::Encounters, lang));

    const std::vector<std::string> places = meetingPlaces(game, p, lang);
    if (!places.empty()) {
        mutedWrapped(app, tr(app, "Wo und wie Sie sich begegnet sind:", "Where and how you met:"));
        for (const std::string& place : places) {
            ImGui::Bullet();
            ImGui::SameLine();
            wrapped(place);
        }
    }
    // Topics count as known once a conversation or the dossier touched them; an existing
    // contact's interests and concerns are known from before.
    std::vector<bool> known(s.topics.size(), persona.start.stage >= Stage::Contact);
    for (ChoiceIndex c : runner.path())
        if (s.choices[c].with == p && s.choices[c].topic != kNone) known[s.choices[c].topic] = true;
    for (std::uint32_t f : persona.facts)
        if (state.knows(f) && s.facts[f].topic != kNone) known[s.facts[f].topic] = true;
    std::vector<std::uint32_t> discussed;
    for (ChoiceIndex c : runner.path())
        if (s.choices[c].with == p && s.choices[c].topic != kNone &&
            std::find(discussed.begin(), discussed.end(), s.choices[c].topic) == discussed.end())
            discussed.push_back(s.choices[c].topic);
    topicList(app, tr(app, "Besprochen:", "Discussed:"), discussed, known);
    topicList(app, tr(app, "Was die Person beschäftigt:", "On their mind:"), persona.concerns, known);
    topicList(app, tr(app, "Interessen:", "Interests:"), persona.interests, known);
    if (persona.start.stage >= Stage::Contact)
        mutedWrapped(app, std::string(tr(app, "Am liebsten per ", "Prefers ")) + std::string(nameOf(persona.channel, lang)));
}

std::string owedText(const AppState& app, std::int32_t owed) {
    if (owed == 0) return tr(app, "ausgeglichen", "balanced");
    const std::string n = std::to_string(std::abs(owed));
    if (owed > 0) return std::string(tr(app, "schuldet Ihnen ", "owes you ")) + n + (owed == 1 ? tr(app, " Gefallen", " favour") : tr(app, " Gefallen", " favours"));
    return std::string(tr(app, "Sie schulden ", "you owe ")) + n + (owed == -1 ? tr(app, " Gefallen", " favour") : tr(app, " Gefallen", " favours"));
}

} // namespace

void drawFigurePanel(AppState& app, float width) {
    Game& game = *app.game;
    const Scenario& s = *game.scenario;
    if (s.personas.empty()) return;
    const PersonaIndex p = shownPersona(app);
    const Persona& persona = s.personas[p];
    const PersonaState& ps = game.runner->state().personas[p];
    const Lang lang = app.settings.lang;
    const Mood mood = moodNow(game, p);
    if (easeExpression(app.figure, p, mood, app.ui.now)) app.ui.animating = true;
    const float w = std::max(width, 32.0f);
    const float h = std::min(w * 0.95f, ImGui::GetIO().DisplaySize.y * 0.38f);
    if (renderFigure(app.figure, persona, app.palette, static_cast<unsigned>(w), static_cast<unsigned>(h))) {
        // SFML's render texture is stored upside down for OpenGL: flip the v coordinates.
        const auto texture = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(app.figure.texture->getTexture().getNativeHandle()));
        ImGui::Image(texture, ImVec2(w, h), ImVec2(0, 1), ImVec2(1, 0));
        markWidget(app, "figure");
        explainTooltip(app, std::string(tr(app, "Stimmung: ", "Mood: ")) + std::string(nameOf(mood.kind, lang)),
                       explainIndicator(Indicator::Mood, lang));
    }
    heading(app, persona.name(app.settings.lang));
    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Stimmung:", "Mood:"));
    ImGui::SameLine();
    const ImVec4 moodColour = mood.kind >= MoodKind::Pleased ? app.palette.good : mood.kind <= MoodKind::Reserved ? app.palette.bad : app.palette.text;
    ImGui::TextColored(moodColour, "%s", std::string(nameOf(mood.kind, lang)).c_str());
    explainTooltip(app, std::string(tr(app, "Stimmung: ", "Mood: ")) + std::string(nameOf(mood.kind, lang)), explainIndicator(Indicator::Mood, lang));
    const std::int32_t quality = qualityOf(ps);
    meterBar(app, static_cast<float>(quality) / kScale, 100.0f, app.palette.accent,
             std::string(tr(app, "Qualität ", "Quality ")) + formatPoints(quality), w);
    explainTooltip(app, tr(app, "Beziehungsqualität", "Relationship quality"), explainIndicator(Indicator::Quality, lang));
}

void drawContactCards(AppState& app) {
    if (app.game->scenario->personas.empty()) return;
    ImGui::Spacing();
    heading(app, tr(app, "Kontaktkarten", "Contact cards"));
    personaPicker(app, "##contact");
    contactCard(app, shownPersona(app));
}

void drawRelationshipPanel(AppState& app, float width, bool withPicker) {
    Game& game = *app.game;
    const Scenario& s = *game.scenario;
    if (s.personas.empty()) return;
    const Runner& runner = *game.runner;
    const State& state = runner.state();
    const Lang lang = app.settings.lang;
    const PersonaIndex p = shownPersona(app);
    const double now = app.ui.now;
    const float progress = animationProgress(game, now);
    if (progress < 1.0f) app.ui.animating = true;

    heading(app, std::string(tr(app, "Beziehung zu ", "Relationship with ")) + s.personas[p].name(lang));
    if (withPicker) personaPicker(app, "##persona");

    RadarView view;
    view.value = shownDims(game, p, now);
    view.glow = 1.0f - progress;
    const std::vector<std::size_t> latest = latestChanges(game);
    for (std::size_t i : latest) {
        const Change& c = runner.changes()[i];
        if (c.persona != p || c.target != ChangeTarget::Dimension) continue;
        view.delta[c.dimension] += c.delta();
        const std::string reason = explainChange(s, &state, c, lang);
        std::string& r = view.reason[c.dimension];
        r += (r.empty() ? "" : "\n") + reason;
    }
    drawRadar(app, "##radar", view, width, ImGui::GetIO().DisplaySize.y * 0.42f);
    markWidget(app, "radar");

    // Why the shape moved: the latest move's changes, those with the same reason in one line.
    if (!latest.empty()) {
        ImGui::TextColored(app.palette.muted, "%s", tr(app, "Warum sich etwas verändert hat:", "Why things changed:"));
        drawReasonGroups(app, groupChanges(runner, &state, latest, lang));
        ImGui::Spacing();
    }

    // Pressure, reciprocity, time and research budget, each explained on hover.
    const float pressure = shownPressure(game, p, now);
    const ImVec4 pressureColour = pressure >= 30.0f ? app.palette.bad : pressure > 0.0f ? app.palette.warn : app.palette.good;
    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Druck", "Pressure"));
    meterBar(app, pressure, 100.0f, withAlpha(pressureColour, 0.8f),
             formatPoints(static_cast<std::int64_t>(std::lround(pressure * 100.0f))) + " / 100", width);
    markWidget(app, "pressure");
    explainTooltip(app, tr(app, "Druck", "Pressure"), explainIndicator(Indicator::Pressure, lang));

    const std::int32_t owed = state.personas[p].owed;
    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Gefallen-Konto", "Favour account"));
    ImGui::SameLine();
    ImGui::TextColored(owed > 0 ? app.palette.good : owed < 0 ? app.palette.warn : app.palette.text, "%s", owedText(app, owed).c_str());
    markWidget(app, "reciprocity");
    explainTooltip(app, tr(app, "Gegenseitigkeit", "Reciprocity"), explainIndicator(Indicator::Reciprocity, lang));

    const int willingness = willingnessOf(s, state, p);
    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Bereitschaft für eine Bitte", "Willingness to grant a request"));
    meterBar(app, static_cast<float>(willingness), 100.0f,
             withAlpha(willingness >= model::kGrantedFrom ? app.palette.good : app.palette.warn, 0.8f),
             std::to_string(willingness) + " / 100 – " +
                 (willingness >= model::kGrantedFrom ? tr(app, "würde zusagen", "would say yes") : tr(app, "würde absagen", "would say no")),
             width);
    markWidget(app, "willingness");
    explainTooltip(app, tr(app, "Bereitschaft", "Willingness"), explainIndicator(Indicator::Willingness, lang));

    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Szenariozeit", "Scenario time"));
    ImGui::SameLine();
    ImGui::TextUnformatted((state.time == 0 ? std::string(tr(app, "Beginn", "start")) : "+" + formatMinutes(state.time, lang)).c_str());
    markWidget(app, "time");
    explainTooltip(app, tr(app, "Szenariozeit", "Scenario time"), explainIndicator(Indicator::Time, lang));
    if (state.budget >= 0) {
        ImGui::TextColored(app.palette.muted, "%s", tr(app, "Zeit für Recherche", "Research time left"));
        ImGui::SameLine();
        ImGui::TextUnformatted(formatMinutes(state.budget, lang).c_str());
        explainTooltip(app, tr(app, "Recherchezeit", "Research time"), explainIndicator(Indicator::Budget, lang));
    }
    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Ergebnis bisher", "Result so far"));
    ImGui::SameLine();
    ImGui::TextUnformatted((formatPoints(resultOf(s, state)) + " / 100").c_str());
    explainTooltip(app, tr(app, "Ergebnis", "Result"), explainIndicator(Indicator::Result, lang));
}

} // namespace rapport::gui
