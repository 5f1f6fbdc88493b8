// The debrief: result, each relationship's radar from start to end, the key moments with their
// reasons and the roads not taken, principles, style, and "replay from here" at every decision.
// Every value comes from the engine's buildDebrief.

#include "ChangeGroups.h"
#include "Explain.h"
#include "ImGuiSfml.h"
#include "PrintButton.h"
#include "Radar.h"
#include "Screens.h"
#include "Widgets.h"

#include "print/PrintJobs.h"
#include "rapport/model/Evaluate.h"
#include "rapport/model/Score.h"
#include "rapport/report/Points.h"

#include <algorithm>

namespace rapport::gui {
namespace {

void replayFrom(AppState& app, std::size_t step) {
    rewindGame(*app.game, step, app.ui.now);
    goTo(app, Screen::Play);
}

/// `kind` tells the key moments' buttons from those of the full list (for the smoke test).
bool replayButton(AppState& app, std::size_t step, const char* kind) {
    const std::string label = std::string(tr(app, "Ab hier neu spielen", "Replay from here")) + "##" + kind + std::to_string(step);
    return namedButton(app, label.c_str(), std::string(kind) + ":" + std::to_string(step));
}

void drawOutcome(AppState& app, const Debrief& d, float width) {
    const Game& game = *app.game;
    const Scenario& s = *game.scenario;
    const Runner& runner = *game.runner;
    const Lang lang = app.settings.lang;
    if (d.finished && s.nodes[d.ending].debrief != kNone) wrapped(textOf(s, &runner.state(), s.nodes[d.ending].debrief, lang));
    if (const std::string note = endingDecisionsNote(d, lang); !note.empty()) wrapped(note);
    ImGui::Spacing();
    // The score large, its label below it: together they do not fit a narrow column at large text.
    ImGui::PushFont(app.fonts.title);
    ImGui::Text("%d %s", d.score, tr(app, "von 100", "out of 100"));
    ImGui::PopFont();
    markWidget(app, "score");
    heading(app, std::string(labelOf(bandOf(d.score), lang)));
    explainTooltip(app, tr(app, "Ergebnis", "Score"), explainIndicator(Indicator::Score, lang));

    for (const PersonaOutcome& o : d.personas) {
        const Persona& persona = s.personas[o.persona];
        ImGui::Spacing();
        ImGui::Separator();
        heading(app, persona.name(app.settings.lang));
        ImGui::Text("%s %s → %s", tr(app, "Qualität", "Quality"), formatPoints(o.startQuality).c_str(), formatPoints(o.endQuality).c_str());
        explainTooltip(app, tr(app, "Beziehungsqualität", "Relationship quality"), explainIndicator(Indicator::Quality, lang));
        ImGui::SameLine();
        changeBadge(app, o.endQuality - o.startQuality);
        ImGui::Text("%s %s → %s", tr(app, "Stufe", "Stage"), std::string(nameOf(o.startStage, lang)).c_str(),
                    std::string(nameOf(o.endStage, lang)).c_str());
        explainTooltip(app, nameOf(o.endStage, lang), explainStage(o.endStage, lang));
        if (o.pressure > 0 || o.owed != 0) {
            mutedWrapped(app, std::string(tr(app, "Druck ", "Pressure ")) + formatPoints(o.pressure) + tr(app, ", Gefallen-Konto ", ", favour account ") +
                                  (o.owed > 0 ? "+" : "") + std::to_string(o.owed));
        }
        if (persona.weight == 0) mutedWrapped(app, tr(app, "Zählt nicht für das Ergebnis.", "Does not count for the result."));
        RadarView view;
        DimPoints start{}, end{};
        for (std::size_t k = 0; k < start.size(); ++k) {
            start[k] = static_cast<float>(o.start[k]) / kScale;
            end[k] = static_cast<float>(o.end[k]) / kScale;
            view.delta[k] = o.end[k] - o.start[k];
        }
        view.value = end;
        view.start = start;
        const std::string id = "##debriefradar" + std::to_string(o.persona);
        drawRadar(app, id.c_str(), view, width, app.fonts.bodyPx * 18.0f);
        markWidget(app, "debrief-radar:" + persona.id);
        mutedWrapped(app, tr(app, "Gestrichelt: zu Beginn. Fläche: am Ende.", "Dashed: at the start. Filled: at the end."));
    }
}

void drawKeyMoments(AppState& app, const Debrief& d) {
    const Game& game = *app.game;
    const Scenario& s = *game.scenario;
    const Runner& runner = *game.runner;
    const Lang lang = app.settings.lang;
    heading(app, tr(app, "Schlüsselmomente", "Key moments"));
    mutedWrapped(app, tr(app, "Die Entscheidungen, die über das Ergebnis entschieden haben: Eine andere Wahl hätte zu einem anderen Ende oder einer deutlich anderen Punktzahl geführt.",
                         "The decisions that decided the outcome: another choice would have led to another ending or a clearly different score."));
    if (d.keyMoments.empty()) mutedWrapped(app, tr(app, "Noch keine Entscheidung getroffen.", "No decision taken yet."));
    std::optional<std::size_t> replay;
    for (const KeyMoment& km : d.keyMoments) {
        const State* at = &runner.decisionStates()[km.step];
        ImGui::PushID(static_cast<int>(km.step));
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::AlignTextToFramePadding();
        // No points for the move itself: its reasons follow, and what it left reachable is the point.
        ImGui::TextColored(app.palette.accent, "%s %u", tr(app, "Entscheidung", "Decision"), km.step + 1);
        // In the moment's first line: its explanation can run long, and "what if" is the point.
        sameLineIfFits(buttonWidth(tr(app, "Ab hier neu spielen", "Replay from here")));
        if (replayButton(app, km.step, "moment-replay")) replay = km.step;
        ImGui::PushFont(app.fonts.heading);
        wrapped(textOf(s, at, s.choices[km.choice].text, lang));
        ImGui::PopFont();
        if (km.decidedEnding)
            ImGui::TextColored(app.palette.accent, "%s", tr(app, "Hier entschied sich das Ende.", "This decided the ending."));
        drawReasonGroups(app, groupChanges(runner, at, std::vector<std::size_t>(km.changes.begin(), km.changes.end()), lang));
        if (const std::string thought = contactThought(runner, km, lang); !thought.empty()) {
            markWidget(app, "moment-thought:" + std::to_string(km.step));
            colouredWrapped(app.palette.accent, thought);
        }
        bool anyAlternative = false;
        for (const Alternative& alt : km.alternatives) {
            if (!anyAlternative)
                ImGui::TextColored(app.palette.muted, "%s",
                                   tr(app, "Erreichbar mit dem besten Weg danach:", "Reachable with the best way on from there:"));
            anyAlternative = true;
            ImGui::Indent();
            ImGui::TextColored(alt.taken ? app.palette.accent : app.palette.muted, "%s", reachableNote(alt, lang).c_str());
            ImGui::SameLine();
            wrapped((alt.taken ? std::string(tr(app, "(Ihre Wahl) ", "(your choice) ")) : std::string()) + textOf(s, at, s.choices[alt.choice].text, lang));
            ImGui::Unindent();
        }
        if (const std::string note = bestMoveNote(s, km, at, lang); !note.empty())
            colouredWrapped(km.bestMove == km.choice ? app.palette.good : app.palette.muted, note);
        ImGui::PopID();
    }
    if (replay) replayFrom(app, *replay);
}

void drawPrinciplesAndStyle(AppState& app, const Debrief& d) {
    const Game& game = *app.game;
    const Scenario& s = *game.scenario;
    const Runner& runner = *game.runner;
    const Lang lang = app.settings.lang;
    heading(app, std::string(tr(app, "Ihr Stil: ", "Your style: ")) + std::string(styleName(d.style.style, lang)));
    markWidget(app, "style");
    wrapped(styleDescription(d.style.style, lang));
    for (const std::string& e : lang == Lang::De ? d.style.evidenceDe : d.style.evidenceEn) {
        ImGui::Bullet();
        ImGui::SameLine();
        mutedWrapped(app, e);
    }
    ImGui::Spacing();
    heading(app, tr(app, "Prinzipien", "Principles"));
    for (const PrincipleReview& r : d.principles) {
        ImGui::PushFont(app.fonts.heading);
        wrapped(nameOf(r.principle, lang));
        ImGui::PopFont();
        if (r.followed > 0) {
            ImGui::TextColored(app.palette.good, "✓ %d× %s", r.followed, tr(app, "befolgt", "followed"));
            if (r.violated > 0) ImGui::SameLine();
        }
        if (r.violated > 0) ImGui::TextColored(app.palette.bad, "✗ %d× %s", r.violated, tr(app, "verletzt", "violated"));
        for (ChoiceIndex c : r.feedbackChoices) {
            ImGui::Indent();
            mutedWrapped(app, textOf(s, &runner.state(), s.choices[c].feedback, lang));
            ImGui::Unindent();
        }
    }
}

void drawAllDecisions(AppState& app) {
    const Game& game = *app.game;
    const Scenario& s = *game.scenario;
    const Runner& runner = *game.runner;
    const Lang lang = app.settings.lang;
    heading(app, tr(app, "Alle Entscheidungen", "All decisions"));
    mutedWrapped(app, tr(app, "Von jeder Entscheidung aus können Sie einen anderen Weg ausprobieren.", "From any decision you can try another path."));
    std::optional<std::size_t> replay;
    for (std::size_t k = 0; k < runner.path().size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        const StepRecord& step = runner.steps()[k];
        ImGui::TextColored(app.palette.accent, "%zu.", k + 1);
        ImGui::SameLine();
        changeBadge(app, step.resultAfter - step.resultBefore);
        ImGui::SameLine();
        wrapped(textOf(s, &runner.decisionStates()[k], s.choices[runner.path()[k]].text, lang));
        if (replayButton(app, k, "replay")) replay = k;
        ImGui::PopID();
    }
    if (replay) replayFrom(app, *replay);
}

} // namespace

void drawDebriefScreen(AppState& app) {
    if (!app.game) return goTo(app, Screen::Start);
    const Debrief& d = debriefOf(*app.game);
    if (!app.game->runner->finished())
        colouredWrapped(app.palette.warn, tr(app, "Das Szenario ist noch nicht zu Ende – dies ist ein Zwischenstand.",
                                             "The scenario has not ended yet: this is an interim review."));
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* backLabel = tr(app, "Zurück zum Gespräch  [Esc]", "Back to the conversation  [Esc]");
    const char* startLabel = tr(app, "Zur Szenarioauswahl", "To the scenarios");
    // The buttons wrap at large text; a line more under them once a printout says where it went.
    const int lines = buttonLines({backLabel, startLabel, printButtonLabel(app)});
    const float buttonRow = ImGui::GetFrameHeightWithSpacing() * static_cast<float>(lines) + style.ItemSpacing.y * 2 +
                            (app.ui.printNote.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing());
    if (foldedLayout(app)) {
        const std::vector<std::string> names = {tr(app, "Ergebnis", "Result"), tr(app, "Schlüsselmomente", "Key moments"),
                                           tr(app, "Stil und Prinzipien", "Style and principles"), tr(app, "Alle Entscheidungen", "All decisions")};
        app.ui.debriefTab = tabStrip(app, "##debrief-tab", names, app.ui.debriefTab);
        ImGui::BeginChild("##debrieffolded", ImVec2(0, -buttonRow), false, kPanelFlags);
        const float width = std::min(ImGui::GetContentRegionAvail().x, app.fonts.bodyPx * 34.0f);
        switch (app.ui.debriefTab) {
        case 0: drawOutcome(app, d, width); break;
        case 1: drawKeyMoments(app, d); break;
        case 2: drawPrinciplesAndStyle(app, d); break;
        default: drawAllDecisions(app); break;
        }
        ImGui::EndChild();
    } else {
        const float total = ImGui::GetContentRegionAvail().x;
        const float left = std::max(app.fonts.bodyPx * 20.0f, total * 0.36f);
        ImGui::BeginChild("##debriefleft", ImVec2(left, -buttonRow), false, kPanelFlags);
        drawOutcome(app, d, left - style.ScrollbarSize);
        ImGui::EndChild();
        if (!app.game) return;
        ImGui::SameLine();
        ImGui::BeginChild("##debriefright", ImVec2(0, -buttonRow), false, kPanelFlags);
        drawKeyMoments(app, d);
        if (app.ui.screen != Screen::Debrief) {
            ImGui::EndChild();
            return;
        }
        ImGui::Spacing();
        ImGui::Separator();
        drawPrinciplesAndStyle(app, d);
        ImGui::Spacing();
        ImGui::Separator();
        drawAllDecisions(app);
        ImGui::EndChild();
    }
    if (app.ui.screen != Screen::Debrief) return;
    ImGui::Separator();
    if (namedButton(app, backLabel, "back")) goTo(app, Screen::Play);
    sameLineIfFits(buttonWidth(startLabel));
    if (namedButton(app, startLabel, "to-start")) goTo(app, Screen::Start);
    sameLineIfFits(buttonWidth(printButtonLabel(app)));
    const Game& game = *app.game;
    drawPrintButton(app, "print", textOf(*game.scenario, nullptr, game.scenario->title, app.settings.lang), [&](const std::filesystem::path& file) {
        return print::writeDebriefPdf(file, *game.runner, d, app.settings.lang);
    });
}

} // namespace rapport::gui
