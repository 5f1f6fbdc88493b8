// The seminar screen's side: the relationship of the person in the scene (radar and result, the
// result hidden while the room votes), a team's lines side by side once it has branches, the
// discussion questions when the trainer shows them, and the discussion timer.

#include "Explain.h"
#include "Radar.h"
#include "SeminarGuide.h"
#include "SeminarPanels.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"
#include "rapport/model/Score.h"
#include "rapport/report/Points.h"

#include <algorithm>
#include <cmath>

namespace rapport::gui {
namespace {

bool resultHidden(Phase phase) { return phase == Phase::Voting || phase == Phase::Closed || phase == Phase::Revealed; }

// The person the scene is about: the speaker, else whom the options address, else the latest speaker.
PersonaIndex scenePersona(const Runner& runner) {
    if (runner.current().speaker != kNone) return runner.current().speaker;
    for (ChoiceIndex c : runner.choices())
        if (runner.scenario().choices[c].with != kNone) return runner.scenario().choices[c].with;
    const auto& lines = runner.lines();
    for (auto it = lines.rbegin(); it != lines.rend(); ++it)
        if (it->speaker != kNone) return it->speaker;
    return 0;
}

float easeOut(float t) {
    const float u = 1.0f - std::clamp(t, 0.0f, 1.0f);
    return 1.0f - u * u * u;
}

constexpr double kEaseSeconds = 0.9;

// The radar of one line: after a move it eases from the values before it and glows where it moved.
void lineRadar(AppState& app, const Line& line, PersonaIndex p, const char* id, float width, float maxHeight, bool animate,
               bool labels = true) {
    const Runner& runner = *line.runner;
    const Scenario& s = runner.scenario();
    RadarView view;
    view.labels = labels;
    for (std::size_t d = 0; d < view.value.size(); ++d) view.value[d] = static_cast<float>(runner.state().personas[p].dims[d]) / kScale;
    if (line.phase == Phase::Applied && !runner.steps().empty()) {
        const State& before = runner.decisionStates()[runner.path().size() - 1];
        float t = 1.0f;
        if (animate && app.seminar->changedAt >= 0) {
            t = std::clamp(static_cast<float>((app.ui.now - app.seminar->changedAt) / kEaseSeconds), 0.0f, 1.0f);
            if (t < 1.0f) app.ui.animating = true;
        }
        for (std::size_t d = 0; d < view.value.size(); ++d) {
            const float from = static_cast<float>(before.personas[p].dims[d]) / kScale;
            view.value[d] = from + (view.value[d] - from) * easeOut(t);
            view.delta[d] = runner.state().personas[p].dims[d] - before.personas[p].dims[d];
        }
        for (std::size_t i = runner.steps().back().firstChange; i < runner.changes().size(); ++i) {
            const Change& c = runner.changes()[i];
            if (c.persona != p || c.target != ChangeTarget::Dimension) continue;
            std::string& r = view.reason[c.dimension];
            r += (r.empty() ? "" : "\n") + explainChange(s, &runner.state(), c, app.settings.lang);
        }
        view.glow = animate ? 1.0f - 0.6f * t : 0.4f;
    }
    drawRadar(app, id, view, width, maxHeight);
}

void scoreLine(AppState& app, const Line& line) {
    const Runner& runner = *line.runner;
    if (resultHidden(line.phase)) {
        ImGui::PushFont(app.fonts.body);
        mutedWrapped(app, tr(app, "Das Ergebnis zeigt sich nach der Auflösung.", "The result shows after the reveal."));
        ImGui::PopFont();
        return;
    }
    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Ergebnis", "Result"));
    ImGui::SameLine();
    ImGui::PushFont(app.fonts.largeBold);
    ImGui::Text("%s / 100", formatPoints(comparisonScore(runner)).c_str());
    ImGui::PopFont();
    markWidget(app, "seminar-score");
    explainTooltip(app, tr(app, "Ergebnis", "Score"), explainIndicator(Indicator::Score, app.settings.lang));
    if (line.phase == Phase::Applied && !runner.steps().empty()) {
        const std::int64_t change = comparisonScore(runner) - std::int64_t{scoreOf(runner.scenario(), runner.steps().back().resultBefore)} * kScale;
        if (wholeChange(change) != "±0") {
            ImGui::SameLine();
            wholeBadge(app, change);
        }
    }
}

void personaPicker(AppState& app, PersonaIndex shown) {
    const Scenario& s = app.seminar->session->scenario();
    if (s.personas.size() < 2) return;
    std::vector<std::string> names;
    for (const Persona& p : s.personas) {
        const auto space = p.name(app.settings.lang).find_last_of(' ');
        names.push_back(space == std::string::npos ? p.name(app.settings.lang) : p.name(app.settings.lang).substr(space + 1));
    }
    ImGui::PushFont(app.fonts.body);
    const int picked = tabStrip(app, "##seminar-persona", names, static_cast<int>(shown), false);
    ImGui::PopFont();
    if (picked != static_cast<int>(shown)) app.seminar->personaTab = picked;
}

std::vector<LineId> openLines(const Session& session, TeamId team) {
    std::vector<LineId> open;
    for (LineId id : session.team(team).lines)
        if (!session.line(id).closed) open.push_back(id);
    return open;
}

// A team's open lines next to each other: name, where it stands, result, radar, switch and close.
void drawLinesSideBySide(AppState& app, PersonaIndex p, float width) {
    SeminarUi& seminar = *app.seminar;
    const Session& session = *seminar.session;
    const TeamId team = shownTeam(app);
    const std::vector<LineId> open = openLines(session, team);
    largeSection(app, tr(app, "Verläufe nebeneinander", "Lines side by side"));
    const int fit = std::clamp(static_cast<int>(width / (app.fonts.largePx * 7.0f)), 1, 3);
    const int columns = std::min(fit, static_cast<int>(open.size()));
    std::optional<SessionCommand> command;
    // The projector's size where the column is wide enough; the charts take the height left.
    const bool wide = width >= app.fonts.largePx * 20.0f;
    ImGui::PushFont(wide ? app.fonts.large : app.fonts.body);
    const float radarHeight = std::clamp(ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() * 6.0f,
                                         app.fonts.largePx * 6.0f, app.fonts.largePx * 14.0f);
    if (ImGui::BeginTable("##seminar-lines", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) {
        for (LineId id : open) {
            ImGui::TableNextColumn();
            const Line& line = session.line(id);
            const bool active = session.team(team).active == id;
            ImGui::PushID(static_cast<int>(id.value));
            ImGui::PushStyleColor(ImGuiCol_Text, active ? app.palette.accent : app.palette.text);
            heading(app, line.number == 0 ? std::string(tr(app, "Ursprünglich", "Original"))
                                           : std::string(tr(app, "Variante ", "Variant ")) + std::to_string(line.number));
            ImGui::PopStyleColor();
            // The buttons first: on a small screen the chart below may need scrolling.
            if (active) {
                ImGui::AlignTextToFramePadding();
                ImGui::TextColored(app.palette.accent, "%s", tr(app, "wird gespielt", "being played"));
            } else if (namedButton(app, tr(app, "Hierher wechseln", "Switch here"), "seminar-switch:" + std::to_string(id.value))) {
                command = SwitchLine{id};
            }
            if (line.number > 0) {
                ImGui::SameLine();
                if (namedButton(app, tr(app, "Schließen", "Close"), "seminar-close-line:" + std::to_string(id.value))) command = CloseBranch{id};
            }
            if (line.number > 0) {
                mutedWrapped(app, std::string(tr(app, "anders ab Entscheidung ", "different from decision ")) + std::to_string(line.forkRound));
                if (line.forkRound <= line.runner->path().size())
                    explainTooltip(app, tr(app, "Hier anders gewählt", "Chosen differently here"),
                                   optionText(app, line, line.forkRound, line.runner->path()[line.forkRound - 1]));
            }
            const std::string round = std::to_string(line.round);
            mutedWrapped(app, line.phase == Phase::Ended     ? std::string(tr(app, "am Ende", "at the end"))
                              : line.phase == Phase::Applied ? std::string(tr(app, "Entscheidung ", "decision ")) + round + tr(app, " gespielt", " played")
                                                             : std::string(tr(app, "steht bei Entscheidung ", "at decision ")) + round);
            if (!resultHidden(line.phase)) {
                ImGui::PushFont(app.fonts.largeBold);
                ImGui::Text("%s / 100", formatPoints(comparisonScore(*line.runner)).c_str());
                ImGui::PopFont();
            }
            const float cell = ImGui::GetContentRegionAvail().x;
            const std::string radarId = "##lineradar" + std::to_string(id.value);
            lineRadar(app, line, p, radarId.c_str(), cell, radarHeight, active, false);
            markWidget(app, "seminar-line-radar:" + std::to_string(id.value));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::PopFont();
    if (command) seminarCommand(app, *command);
}

void drawQuestions(AppState& app, const Line& line) {
    const Scenario& s = app.seminar->session->scenario();
    const std::vector<std::string> questions = discussionQuestions(s, line.runner->state().node, app.settings.lang);
    if (questions.empty()) return;
    ImGui::Spacing();
    if (!app.seminar->questionsShown) {
        ImGui::PushFont(app.fonts.body);
        mutedWrapped(app, std::to_string(questions.size()) + tr(app, " Diskussionsfragen – D zeigt sie", " discussion questions – D shows them"));
        ImGui::PopFont();
        return;
    }
    largeSection(app, tr(app, "Zur Diskussion", "For discussion"));
    for (const std::string& q : questions) {
        ImGui::Bullet();
        ImGui::SameLine();
        wrapped(q);
    }
}

} // namespace

void drawSeminarSidePanel(AppState& app, float width) {
    SeminarUi& seminar = *app.seminar;
    const Session& session = *seminar.session;
    const Scenario& s = session.scenario();
    const Line& line = session.activeLine(shownTeam(app));
    if (s.personas.empty()) return;
    const PersonaIndex p = seminar.personaTab >= 0 && static_cast<std::size_t>(seminar.personaTab) < s.personas.size()
                               ? static_cast<PersonaIndex>(seminar.personaTab)
                               : scenePersona(*line.runner);
    drawTimer(app);
    ImGui::Spacing();
    drawPhonesPanel(app, width);
    largeHeading(app, s.personas[p].name(app.settings.lang));
    personaPicker(app, p);
    if (openLines(session, shownTeam(app)).size() >= 2) {
        // With branches the lines stand side by side, each with its shape and result.
        drawLinesSideBySide(app, p, width);
    } else {
        // In a narrow column the axis names take the body size, so the chart itself stays large.
        const bool narrow = width < app.fonts.largePx * 18.0f;
        if (narrow) ImGui::PushFont(app.fonts.body);
        lineRadar(app, line, p, "##seminar-radar", width, ImGui::GetIO().DisplaySize.y * 0.45f, true);
        if (narrow) ImGui::PopFont();
        markWidget(app, "seminar-radar");
        scoreLine(app, line);
    }
    drawQuestions(app, line);
}

double timerLeft(const AppState& app) {
    const DiscussionTimer& t = app.seminar->timer;
    if (!t.used) return t.minutes * 60.0;
    if (!t.running) return t.leftAtStart;
    return std::max(0.0, t.leftAtStart - (app.ui.now - t.startedAt));
}

void toggleTimer(AppState& app) {
    DiscussionTimer& t = app.seminar->timer;
    const double left = timerLeft(app);
    if (t.running) {
        t.running = false;
        t.leftAtStart = left;
        return;
    }
    t.leftAtStart = left <= 0.0 ? t.minutes * 60.0 : left;
    t.startedAt = app.ui.now;
    t.running = true;
    t.used = true;
}

void drawTimer(AppState& app) {
    DiscussionTimer& t = app.seminar->timer;
    const double left = timerLeft(app);
    if (t.running) {
        // One frame a second is enough for the digits; the window sleeps in between.
        const double next = app.ui.now + (left - std::floor(left)) + 0.01;
        app.ui.wakeAt = app.ui.wakeAt > 0 ? std::min(app.ui.wakeAt, next) : next;
        if (left <= 0.0) t.running = false;
    }
    const int seconds = static_cast<int>(std::ceil(left));
    char digits[16];
    std::snprintf(digits, sizeof digits, "%d:%02d", seconds / 60, seconds % 60);
    ImGui::AlignTextToFramePadding();
    if (t.used) {
        // Big enough for the back of the room.
        ImGui::PushFont(app.fonts.numbers);
        ImGui::TextColored(left <= 0.0 ? app.palette.bad : left < 30.0 ? app.palette.warn : app.palette.text, "%s", digits);
        ImGui::PopFont();
        markWidget(app, "seminar-timer");
        ImGui::SameLine();
        if (left <= 0.0) {
            ImGui::TextColored(app.palette.bad, "%s", tr(app, "Zeit!", "Time!"));
            ImGui::SameLine();
        }
    }
    ImGui::PushFont(app.fonts.body);
    const char* label = t.running ? tr(app, "Pause  [T]", "Pause  [T]")
                        : t.used && left > 0.0 ? tr(app, "Weiter  [T]", "Resume  [T]")
                                                : tr(app, "Diskussionszeit  [T]", "Discussion timer  [T]");
    ImGui::AlignTextToFramePadding();
    if (namedButton(app, (std::string(label) + "##timer").c_str(), "seminar-timer-toggle")) toggleTimer(app);
    if (!t.running) {
        ImGui::SameLine();
        if (namedButton(app, "–##timerless", "seminar-timer-less")) {
            t.minutes = std::max(1, t.minutes - 1);
            t.used = false;
        }
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%d min", t.minutes);
        ImGui::SameLine();
        if (namedButton(app, "+##timermore", "seminar-timer-more")) {
            t.minutes = std::min(15, t.minutes + 1);
            t.used = false;
        }
    }
    ImGui::PopFont();
}

} // namespace rapport::gui
