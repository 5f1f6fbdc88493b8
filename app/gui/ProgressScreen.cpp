// The progress screen: what to practise next, each scenario's scores over time with its best run,
// and each principle followed versus violated across all finished runs. The data is read from the
// database once when the screen opens (Recording.cpp); drawing it costs the same at 10,000 runs.

#include "Charts.h"
#include "Recording.h"
#include "Screens.h"
#include "Widgets.h"

#include "store/TimeText.h"

#include <algorithm>

namespace rapport::gui {
namespace {

void drawAdvice(AppState& app, const store::PracticeAdvice& advice) {
    const bool de = app.settings.lang == Lang::De;
    const Lang lang = app.settings.lang;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, app.palette.speech);
    ImGui::BeginGroup();
    section(app, de ? "Als Nächstes üben" : "What to practise next");
    const std::string principle(nameOf(advice.principle, lang));
    wrapped(de ? "Am häufigsten verletzt haben Sie „" + principle + "“: " + timesText(advice.violated, lang) + " verletzt, " +
                     timesText(advice.followed, lang) + " befolgt."
               : "The principle you violated most is “" + principle + "”: violated " + timesText(advice.violated, lang) + ", followed " +
                     timesText(advice.followed, lang) + ".");
    markWidget(app, "advice");
    if (advice.scenarioId) {
        const std::string title = scenarioTitle(app, *advice.scenarioId);
        wrapped(de ? "Dieses Prinzip trainiert das Szenario „" + title + "“." : "The scenario “" + title + "” trains it.");
        const std::string label = (de ? "„" + title + "“ spielen" : "Play “" + title + "”") + "##practise";
        if (primaryButton(app, label.c_str(), "practise")) {
            for (std::size_t i = 0; i < app.library.entries.size(); ++i)
                if (app.library.entries[i].loaded.ok() && app.library.entries[i].loaded.scenario->id == *advice.scenarioId)
                    beginScenario(app, i);
        }
    } else {
        mutedWrapped(app, de ? "Kein Szenario der Bibliothek nennt dieses Prinzip." : "No scenario in the library lists this principle.");
    }
    ImGui::EndGroup();
    ImGui::PopStyleColor();
}

void drawScenarioScores(AppState& app, const store::ProgressData& data) {
    const bool de = app.settings.lang == Lang::De;
    section(app, de ? "Ergebnisse je Szenario" : "Scores per scenario");
    // Tall enough to read a trend, small enough that a heading and a chart share the screen at 250 %.
    const float line = ImGui::GetTextLineHeight();
    const float chartHeight = std::clamp(ImGui::GetIO().DisplaySize.y * 0.3f, line * 4.5f, line * 8.0f);
    bool any = false;
    for (const store::ScenarioProgress& s : data.scenarios) {
        if (s.scores.empty()) continue;
        any = true;
        ImGui::PushID(s.scenarioId.c_str());
        heading(app, scenarioTitle(app, s.scenarioId));
        std::string meta = countText(s.runs, app.settings.lang) + (de ? (s.runs == 1 ? " Durchgang" : " Durchgänge") : (s.runs == 1 ? " run" : " runs"));
        meta += de ? " · bestes Ergebnis " : " · best score ";
        meta += std::to_string(s.best.score) + " / 100";
        if (s.bestLabel) meta += " (" + *s.bestLabel + ")";
        meta += (de ? " am " : " on ") + store::localDate(s.best.finishedAt, app.settings.lang);
        mutedWrapped(app, meta);
        markWidget(app, "best:" + s.scenarioId);
        const auto best = static_cast<std::size_t>(
            std::find_if(s.scores.begin(), s.scores.end(), [&](const store::ScorePoint& p) { return p.run == s.best.run; }) - s.scores.begin());
        scoreLineChart(app, "chart:" + s.scenarioId, s.scores, best, chartHeight);
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (!any)
        mutedWrapped(app, de ? "Sobald Sie ein Szenario bis zum Ende gespielt haben, erscheint hier sein Verlauf."
                             : "Once you have played a scenario to its end, its scores appear here.");
}

/// "5-mal befolgt, nie verletzt" / "followed 5 times, never violated".
std::string principleCounts(std::int64_t followed, std::int64_t violated, Lang lang) {
    if (lang == Lang::De)
        return (followed == 0 ? std::string("nie") : timesText(followed, lang)) + " befolgt, " +
               (violated == 0 ? std::string("nie") : timesText(violated, lang)) + " verletzt";
    return (followed == 0 ? std::string("never followed") : "followed " + timesText(followed, lang)) + ", " +
           (violated == 0 ? std::string("never violated") : "violated " + timesText(violated, lang));
}

/// A square of the colour and its meaning, as one line of text.
void legendSwatch(const AppState& app, const ImVec4& colour, const char* meaning) {
    const float size = ImGui::GetFontSize() * 0.7f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float top = pos.y + (ImGui::GetTextLineHeight() - size) * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, top), ImVec2(pos.x + size, top + size), packed(colour));
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
    ImGui::TextColored(app.palette.text, "%s", meaning);
}

void drawPrinciples(AppState& app, const store::ProgressData& data) {
    const bool de = app.settings.lang == Lang::De;
    const Lang lang = app.settings.lang;
    section(app, de ? "Prinzipien über alle Durchgänge" : "Principles across all runs");
    if (data.principles.empty()) {
        mutedWrapped(app, de ? "Noch keine abgeschlossenen Durchgänge mit Prinzipien." : "No finished runs with principles yet.");
        return;
    }
    std::int64_t scale = 1;
    for (const store::PrincipleTally& t : data.principles) scale = std::max(scale, t.followed + t.violated);
    // The colours' meaning in words, so that no one needs to tell green from red.
    legendSwatch(app, app.palette.good, de ? "befolgt" : "followed");
    ImGui::SameLine(0, ImGui::GetFontSize());
    legendSwatch(app, app.palette.bad, de ? "verletzt" : "violated");
    for (const store::PrincipleTally& t : data.principles) {
        const std::string id(idOf(t.principle));
        ImGui::PushID(id.c_str());
        ImGui::BeginGroup();
        wrapped(std::string(nameOf(t.principle, lang)));
        mutedWrapped(app, principleCounts(t.followed, t.violated, lang));
        followedViolatedBar(app, "bar:" + id, t.followed, t.violated, scale);
        ImGui::EndGroup();
        markWidget(app, "principle:" + id); // name, counts and bar
        ImGui::Spacing();
        ImGui::PopID();
    }
}

} // namespace

void drawProgressScreen(AppState& app) {
    const bool de = app.settings.lang == Lang::De;
    LearnerState& l = app.learner;
    const float backRow = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2;
    ImGui::BeginChild("##progress", ImVec2(0, -backRow), false, kPanelFlags);
    title(app, de ? "Ihr Fortschritt" : "Your progress");
    if (!l.profile) {
        wrapped(de ? "Als Gast wird nichts gespeichert. Wählen Sie oben rechts ein Profil, dann sehen Sie hier Ihren Fortschritt."
                   : "Nothing is stored for a guest. Choose a profile at the top right to see your progress here.");
    } else if (!l.progress.data) {
        colouredWrapped(app.palette.bad, l.error.empty() ? (de ? "Der Fortschritt lässt sich nicht lesen." : "The progress cannot be read.") : l.error);
    } else {
        const store::ProgressData& data = *l.progress.data;
        const Lang lang = app.settings.lang;
        const std::string runs = countText(data.runs, lang) + (de ? (data.runs == 1 ? " Durchgang" : " Durchgänge") : (data.runs == 1 ? " run" : " runs"));
        mutedWrapped(app, de ? "Profil „" + l.profileName + "“: " + runs + ", davon " + countText(data.finished, lang) + " bis zum Ende gespielt."
                             : "Profile “" + l.profileName + "”: " + runs + ", " + countText(data.finished, lang) + " of them played to the end.");
        if (l.progress.advice) {
            ImGui::Spacing();
            drawAdvice(app, *l.progress.advice);
        }
        ImGui::Spacing();
        if (foldedLayout(app)) {
            drawScenarioScores(app, data);
            ImGui::Spacing();
            drawPrinciples(app, data);
        } else if (ImGui::BeginTable("##progresscolumns", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
            ImGui::TableSetupColumn("scores", ImGuiTableColumnFlags_WidthStretch, 3.0f);
            ImGui::TableSetupColumn("principles", ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableNextColumn();
            drawScenarioScores(app, data);
            ImGui::TableNextColumn();
            drawPrinciples(app, data);
            ImGui::EndTable();
        }
    }
    ImGui::EndChild();
    ImGui::Separator();
    if (namedButton(app, de ? "Zurück  [Esc]" : "Back  [Esc]", "back")) goTo(app, Screen::Start);
}

} // namespace rapport::gui
