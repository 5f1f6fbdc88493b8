// The comparison at the end of a seminar (or at any point): every team and branch side by side
// with its score, ending, style, radar and key moments; where the paths first parted and what
// each chose there; then every decision of every path. Every value comes from the engine's
// compareSession.

#include "ImGuiSfml.h"
#include "PrintButton.h"
#include "Radar.h"
#include "Screens.h"
#include "SeminarGuide.h"
#include "SeminarPanels.h"
#include "Widgets.h"

#include "print/PrintJobs.h"
#include "rapport/model/Evaluate.h"
#include "rapport/play/Play.h"
#include "rapport/report/Points.h"

#include <algorithm>

namespace rapport::gui {
namespace {

PersonaIndex comparedPersona(const AppState& app) {
    const Scenario& s = app.seminar->session->scenario();
    const int picked = app.seminar->comparePersona;
    if (picked >= 0 && static_cast<std::size_t>(picked) < s.personas.size()) return static_cast<PersonaIndex>(picked);
    PersonaIndex best = 0;
    for (std::size_t p = 0; p < s.personas.size(); ++p)
        if (s.personas[p].weight > s.personas[best].weight) best = static_cast<PersonaIndex>(p);
    return best;
}

std::string ratingWords(const AppState& app, const ComparisonEntry& e) {
    if (!e.finished) {
        const Line& line = app.seminar->session->line(e.line);
        return std::string(tr(app, "noch unterwegs: Entscheidung ", "still playing: decision ")) + std::to_string(line.round);
    }
    switch (e.rating) {
    case Rating::Good: return tr(app, "gutes Ende", "a good ending");
    case Rating::Mixed: return tr(app, "Ende mit Licht und Schatten", "an ending with light and shade");
    case Rating::Poor: return tr(app, "schwaches Ende", "a weak ending");
    case Rating::Unrated: break;
    }
    return tr(app, "am Ende", "ended");
}

// The option's number at its decision, as the room saw it (1-based among the open choices).
int optionNumber(const Line& line, std::size_t k) {
    std::vector<ChoiceIndex> open;
    openChoices(line.runner->scenario(), line.runner->decisionStates()[k], open);
    const auto it = std::find(open.begin(), open.end(), line.runner->path()[k]);
    return it == open.end() ? 0 : static_cast<int>(it - open.begin()) + 1;
}

void drawParting(AppState& app, const Comparison& c) {
    const Parting first = firstParting(c);
    if (c.entries.size() < 2) return;
    if (first.round == 0) {
        largeHeading(app, tr(app, "Alle Wege sind bisher gleich verlaufen.", "All paths have gone the same way so far."));
        return;
    }
    largeHeading(app, std::string(tr(app, "Die Wege trennten sich bei Entscheidung ", "The paths first parted at decision ")) +
                          std::to_string(first.round) + ":");
    markWidget(app, "comparison-parting");
    for (std::size_t i = 0; i < c.entries.size(); ++i) {
        const ComparisonEntry& e = c.entries[i];
        if (e.path.size() < first.round) continue;
        const Line& line = app.seminar->session->line(e.line);
        ImGui::Bullet();
        ImGui::SameLine();
        wrapped(lineName(app, e.line) + ": " + optionText(app, line, first.round, e.path[first.round - 1]));
    }
}

void drawEntryColumn(AppState& app, const ComparisonEntry& e, std::size_t index, PersonaIndex p) {
    const Line& line = app.seminar->session->line(e.line);
    const Scenario& s = line.runner->scenario();
    const Lang lang = app.settings.lang;
    ImGui::PushID(static_cast<int>(index));
    largeHeading(app, lineName(app, e.line));
    ImGui::PushFont(app.fonts.numbers);
    ImGui::TextUnformatted(formatPoints(e.score).c_str());
    ImGui::PopFont();
    markWidget(app, "comparison-score:" + std::to_string(index));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(app.palette.muted, "/ 100");
    ImGui::SameLine();
    wholeBadge(app, e.score - e.startScore);
    wrapped(ratingWords(app, e));
    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Stil:", "Style:"));
    ImGui::SameLine();
    wrapped(styleName(e.debrief.style.style, lang));
    RadarView view;
    const PersonaOutcome& o = e.debrief.personas[p];
    DimPoints start{};
    for (std::size_t d = 0; d < view.value.size(); ++d) {
        view.value[d] = static_cast<float>(o.end[d]) / kScale;
        start[d] = static_cast<float>(o.start[d]) / kScale;
        view.delta[d] = o.end[d] - o.start[d];
    }
    view.start = start;
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(app.fonts.body);
    drawRadar(app, "##comparisonradar", view, width, app.fonts.largePx * 11.0f);
    markWidget(app, "comparison-radar:" + std::to_string(index));
    ImGui::PopFont();
    // A moment that moved nothing a learner can see is no key moment.
    std::vector<const KeyMoment*> moments;
    for (const KeyMoment& km : e.debrief.keyMoments)
        if (wholeChange(km.resultAfter - km.resultBefore) != "±0") moments.push_back(&km);
    if (!moments.empty()) {
        ImGui::PushFont(app.fonts.largeBold);
        wrapped(tr(app, "Schlüsselmomente", "Key moments"));
        ImGui::PopFont();
    }
    for (const KeyMoment* moment : moments) {
        const KeyMoment& km = *moment;
        ImGui::TextColored(app.palette.accent, "%u.", km.step + 1);
        ImGui::SameLine();
        wholeBadge(app, km.resultAfter - km.resultBefore);
        ImGui::SameLine();
        wrapped(optionText(app, line, km.step + 1, km.choice));
    }
    (void)s;
    ImGui::PopID();
}

void drawPaths(AppState& app, const Comparison& c) {
    std::size_t longest = 0;
    for (const ComparisonEntry& e : c.entries) longest = std::max(longest, e.path.size());
    if (longest == 0) return;
    largeSection(app, tr(app, "Die Wege im Einzelnen", "Every decision of every path"));
    ImGui::PushFont(app.fonts.body);
    mutedWrapped(app, tr(app, "Die Nummer ist die der Möglichkeit, wie sie dem Raum gezeigt wurde; farbig, wo ein Weg vom ersten abweicht.",
                         "The number is the option's as the room saw it; coloured where a path differs from the first one."));
    const int columns = static_cast<int>(c.entries.size()) + 1;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame;
    if (ImGui::BeginTable("##paths", columns, flags)) {
        ImGui::TableSetupColumn("##n", ImGuiTableColumnFlags_WidthFixed, textWidth("00."));
        for (std::size_t i = 0; i < c.entries.size(); ++i) {
            ImGui::TableSetupColumn(lineName(app, c.entries[i].line).c_str());
        }
        ImGui::TableHeadersRow();
        for (std::size_t k = 0; k < longest; ++k) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%zu.", k + 1);
            for (const ComparisonEntry& e : c.entries) {
                ImGui::TableNextColumn();
                if (k >= e.path.size()) continue;
                const Line& line = app.seminar->session->line(e.line);
                const bool differs = k >= c.entries[0].path.size() || c.entries[0].path[k] != e.path[k];
                const std::string text = std::to_string(optionNumber(line, k)) + " · " + optionText(app, line, static_cast<std::uint32_t>(k + 1), e.path[k]);
                if (differs) colouredWrapped(app.palette.accent, text);
                else wrapped(text);
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopFont();
}

void drawQuestions(AppState& app, const Comparison& c) {
    const Scenario& s = app.seminar->session->scenario();
    std::vector<std::string> questions;
    const Parting first = firstParting(c);
    if (first.round > 0) questions = discussionQuestions(s, first.decision, app.settings.lang);
    if (questions.empty()) return;
    if (!app.seminar->questionsShown) {
        ImGui::PushFont(app.fonts.body);
        mutedWrapped(app, tr(app, "D zeigt die Diskussionsfragen zu dieser Entscheidung.", "D shows the discussion questions for this decision."));
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

void comparisonKeys(AppState& app) {
    if (keyPressed(sf::Keyboard::D)) app.seminar->questionsShown = !app.seminar->questionsShown;
    if (keyPressed(sf::Keyboard::W) && !app.seminar->session->ended()) {
        app.seminar->whatIfOpen = true;
        app.seminar->whatIfRound = 0;
        goTo(app, Screen::Seminar);
    }
}

} // namespace

void drawComparisonScreen(AppState& app) {
    if (!app.seminar) return goTo(app, Screen::Start);
    comparisonKeys(app);
    if (app.ui.screen != Screen::Comparison) return;
    SeminarUi& seminar = *app.seminar;
    const Comparison& c = seminarComparison(app);
    const Scenario& s = seminar.session->scenario();
    ImGui::PushFont(app.fonts.large);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushFont(app.fonts.largeBold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, "Vergleich", "Comparison"));
    ImGui::PopFont();
    ImGui::SameLine();
    const std::string backLabel = tr(app, "Zurück zum Seminar  [Esc]", "Back to the seminar  [Esc]");
    const std::string endLabel = tr(app, "Seminar beenden", "End the seminar");
    const bool ended = seminar.session->ended();
    const float buttons = textWidth(backLabel) + (ended ? 0.0f : textWidth(endLabel) + 2 * style.FramePadding.x + style.ItemSpacing.x) +
                          2 * style.FramePadding.x;
    // Beside the heading where they fit, else on a row of their own, else one under the other.
    const float right = ImGui::GetWindowContentRegionMax().x;
    bool stacked = false;
    if (ImGui::GetCursorPosX() + buttons <= right) {
        ImGui::SameLine(right - buttons);
    } else {
        ImGui::NewLine();
        stacked = buttons > right - ImGui::GetCursorPosX();
        if (!stacked) ImGui::SetCursorPosX(right - buttons);
    }
    if (namedButton(app, backLabel.c_str(), "comparison-back")) goTo(app, Screen::Seminar);
    if (!ended) {
        if (!stacked) ImGui::SameLine();
        if (namedButton(app, endLabel.c_str(), "comparison-end")) seminarCommand(app, EndSession{});
    }
    if (ended) colouredWrapped(app.palette.good, tr(app, "Das Seminar ist beendet und gespeichert.", "The seminar has ended and is saved."));
    if (!seminar.saveError.empty()) colouredWrapped(app.palette.bad, std::string(tr(app, "Nicht gespeichert: ", "Not saved: ")) + seminar.saveError);
    // The comparison page and a handout per team or branch.
    drawPrintButton(app, "comparison-print", textOf(s, nullptr, s.title, app.settings.lang), [&](const std::filesystem::path& file) {
        return print::writeSeminarPdf(file, *seminar.session, c, app.settings.lang);
    });

    ImGui::BeginChild("##comparison", ImVec2(0, 0), false, kPanelFlags | ImGuiWindowFlags_HorizontalScrollbar);
    drawParting(app, c);
    ImGui::Spacing();
    if (s.personas.size() > 1) {
        std::vector<std::string> names;
        for (const Persona& p : s.personas) names.push_back(p.name(app.settings.lang));
        ImGui::PushFont(app.fonts.body);
        const int picked = tabStrip(app, "##comparison-persona", names, static_cast<int>(comparedPersona(app)), false);
        ImGui::PopFont();
        seminar.comparePersona = picked;
    }
    const PersonaIndex p = comparedPersona(app);
    const float columnMin = app.fonts.largePx * 12.0f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool scroll = columnMin * static_cast<float>(c.entries.size()) > avail;
    // More teams than fit: fixed columns, and the panel scrolls sideways.
    ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_PadOuterX;
    flags |= scroll ? ImGuiTableFlags_SizingFixedSame : ImGuiTableFlags_SizingStretchSame;
    const int columns = std::max(1, static_cast<int>(c.entries.size()));
    const ImVec2 outer(scroll ? columnMin * static_cast<float>(columns) : 0.0f, 0.0f);
    if (!c.entries.empty() && ImGui::BeginTable("##entries", columns, flags, outer)) {
        for (int i = 0; i < columns && scroll; ++i) ImGui::TableSetupColumn("##c", ImGuiTableColumnFlags_WidthFixed, columnMin);
        for (std::size_t i = 0; i < c.entries.size(); ++i) {
            ImGui::TableNextColumn();
            drawEntryColumn(app, c.entries[i], i, p);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    drawQuestions(app, c);
    ImGui::Spacing();
    drawPaths(app, c);
    ImGui::EndChild();
    ImGui::PopFont();
}

} // namespace rapport::gui
