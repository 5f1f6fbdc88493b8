// The start screen: the bundled scenarios as cards, files that failed to load with their
// diagnostics, and the game in progress.

#include "ImGuiSfml.h"
#include "Recording.h"
#include "Screens.h"
#include "Seminar.h"
#include "Widgets.h"

#include "store/TimeText.h"

#include "rapport/model/Evaluate.h"

#include <algorithm>

namespace rapport::gui {
namespace {

// The first few principles keep a card calm; the tooltip lists them all.
constexpr std::size_t kPrinciplesOnCard = 3;

std::string principlesLine(const Scenario& s, Lang lang, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < s.principles.size() && i < limit; ++i) {
        if (!out.empty()) out += " · ";
        out += nameOf(s.principles[i], lang);
    }
    if (s.principles.size() > limit)
        out += (lang == Lang::De ? " und " : " and ") + std::to_string(s.principles.size() - limit) + (lang == Lang::De ? " weitere" : " more");
    return out;
}

void drawScenarioCard(AppState& app, std::size_t index, int number) {
    const ScenarioEntry& entry = app.library.entries[index];
    const Scenario& s = *entry.loaded.scenario;
    const Lang lang = app.settings.lang;
    ImGui::PushID(static_cast<int>(index));
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    heading(app, textOf(s, nullptr, s.title, lang));
    std::string meta = std::string(nameOf(s.level, lang)) + "  ·  " + tr(app, "ca. ", "about ") + std::to_string(s.minutes) +
                       tr(app, " Minuten", " minutes") + "  ·  " + std::to_string(s.personas.size()) +
                       (s.personas.size() == 1 ? tr(app, " Person", " person") : tr(app, " Personen", " people"));
    mutedWrapped(app, meta);
    wrapped(textOf(s, nullptr, s.summary, lang));
    if (!s.principles.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, app.palette.accent);
        wrapped(std::string(tr(app, "Prinzipien: ", "Principles: ")) + principlesLine(s, lang, kPrinciplesOnCard));
        ImGui::PopStyleColor();
        if (s.principles.size() > kPrinciplesOnCard && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            for (Principle p : s.principles) ImGui::BulletText("%s", std::string(nameOf(p, lang)).c_str());
            ImGui::EndTooltip();
        }
    }
    if (entry.version > 1)
        ImGui::TextColored(app.palette.good, "%s %d", tr(app, "Datei geändert – neu geladen, Fassung", "File changed – reloaded, version"),
                           entry.version);
    const std::size_t warnings = entry.loaded.diagnostics.size();
    if (warnings > 0) {
        ImGui::TextColored(app.palette.warn, "%zu %s", warnings, tr(app, "Hinweis(e) beim Laden", "warning(s) while loading"));
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            for (const Diagnostic& d : entry.loaded.diagnostics) ImGui::TextUnformatted(formatDiagnostic(d, lang).c_str());
            ImGui::EndTooltip();
        }
    }
    const std::string label = std::string(tr(app, "Auswählen", "Choose")) + (number <= 9 ? "  [" + std::to_string(number) + "]" : "");
    if (primaryButton(app, label.c_str(), "card:" + s.id)) beginScenario(app, index);
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < textWidth(tr(app, "Ablaufplan", "Scenario map")) + ImGui::GetStyle().FramePadding.x * 2) ImGui::NewLine();
    if (namedButton(app, tr(app, "Ablaufplan", "Scenario map"), "map:" + s.id)) openAuthoringView(app, index);
    explainTooltip(app, tr(app, "Für Autorinnen und Autoren", "For authors"),
                   tr(app, "Das ganze Szenario als Plan: jeder Schritt, jede Wahlmöglichkeit, die Enden und was die Prüfung findet. "
                           "Folgt der Datei, während Sie sie bearbeiten.",
                      "The whole scenario as a map: every step, every choice, the endings and what the check finds. "
                      "Follows the file while you edit it."));
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    ImGui::PopID();
}

void drawBrokenCard(AppState& app, std::size_t index) {
    const ScenarioEntry& entry = app.library.entries[index];
    const Lang lang = app.settings.lang;
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    heading(app, entry.path.filename().string());
    colouredWrapped(app.palette.bad, tr(app, "Dieses Szenario lässt sich nicht laden. Die Datei enthält Fehler:",
                                        "This scenario cannot be loaded. The file has errors:"));
    constexpr std::size_t kShown = 6;
    std::size_t shown = 0;
    for (const Diagnostic& d : entry.loaded.diagnostics) {
        if (shown++ == kShown) break;
        std::string where = entry.path.filename().string();
        if (d.line > 0) where += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
        ImGui::Bullet();
        ImGui::SameLine();
        wrapped(where + "  " + d.message(lang));
    }
    if (entry.loaded.diagnostics.size() > kShown)
        mutedWrapped(app, std::to_string(entry.loaded.diagnostics.size() - kShown) +
                              tr(app, " weitere – alle zeigt: rapport validate ", " more – see all with: rapport validate ") +
                              entry.path.filename().string());
    mutedWrapped(app, tr(app, "Sobald Sie die Datei speichern, wird sie neu geladen.", "As soon as you save the file, it is reloaded."));
}

void drawGameInProgress(AppState& app) {
    if (!app.game || !app.game->started) return;
    const Lang lang = app.settings.lang;
    const Scenario& s = *app.game->scenario;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, app.palette.speech);
    const float h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::BeginChild("##inprogress", ImVec2(0, h), true, kPanelFlags | ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s %s", tr(app, "Laufendes Spiel:", "Game in progress:"), textOf(s, nullptr, s.title, lang).c_str());
    ImGui::SameLine();
    if (namedButton(app, tr(app, "Weiterspielen", "Continue"), "continue"))
        goTo(app, app.game->runner->finished() ? Screen::Debrief : Screen::Play);
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

// An unfinished run of the profile (from an earlier session, a crash, or the terminal), the way to
// the progress screen, and why nothing is recorded when the database cannot be used.
void drawLearnerRow(AppState& app) {
    LearnerState& l = app.learner;
    const bool de = app.settings.lang == Lang::De;
    const store::StoredRun* run = runToContinue(app);
    if (run != nullptr) {
        const std::string steps = std::to_string(run->summary.steps);
        wrapped(de ? "Unterbrochener Durchgang: „" + scenarioTitle(app, run->summary.scenarioId) + "“, nach " + steps +
                         (run->summary.steps == 1 ? " Entscheidung" : " Entscheidungen") + " am " +
                         store::localDateTime(run->summary.updatedAt, app.settings.lang) + "."
                   : "Interrupted run: “" + scenarioTitle(app, run->summary.scenarioId) + "”, after " + steps +
                         (run->summary.steps == 1 ? " decision" : " decisions") + " on " +
                         store::localDateTime(run->summary.updatedAt, app.settings.lang) + ".");
        if (primaryButton(app, de ? "Fortsetzen" : "Continue", "resume")) continueStoredRun(app);
        ImGui::SameLine();
    }
    if (namedButton(app, de ? "Mein Fortschritt" : "My progress", "progress")) openProgressScreen(app);
    if (run != nullptr && !l.resumeError.empty()) colouredWrapped(app.palette.bad, l.resumeError);
    if (l.chosen && !l.store && !l.error.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(app.palette.bad, "%s", de ? "Der Fortschritt wird nicht gespeichert." : "Progress is not being saved.");
        explainTooltip(app, de ? "Fortschrittsdatenbank" : "Progress database", l.error);
    }
}

} // namespace

void drawStartScreen(AppState& app) {
    // Keys 1-9 open the usable scenarios in card order, whether or not their card is in view.
    std::vector<std::size_t> usable;
    for (std::size_t i = 0; i < app.library.entries.size(); ++i)
        if (app.library.entries[i].loaded.ok()) usable.push_back(i);
    for (std::size_t n = 0; n < usable.size() && n < 9 && !modalOpen(app); ++n) {
        if (keyPressed(static_cast<sf::Keyboard::Key>(sf::Keyboard::Num1 + static_cast<int>(n))) ||
            keyPressed(static_cast<sf::Keyboard::Key>(sf::Keyboard::Numpad1 + static_cast<int>(n)))) {
            beginScenario(app, usable[n]);
            return;
        }
    }
    // On a small screen with large text the cards need every line.
    if (!foldedLayout(app)) {
        title(app, tr(app, "Beziehungen aufbauen und pflegen", "Building and keeping business relationships"));
        mutedWrapped(app, tr(app, "Wählen Sie ein Szenario. Jede Entscheidung bewegt die Beziehung – und die Auswertung zeigt, warum.",
                             "Choose a scenario. Every decision moves the relationship, and the debrief shows why."));
    }
    if (!app.ui.notice.empty()) colouredWrapped(app.palette.warn, app.ui.notice);
    drawGameInProgress(app);
    drawLearnerRow(app);
    drawSeminarEntry(app);
    ImGui::Spacing();
    ImGui::BeginChild("##cards", ImVec2(0, 0), false, kPanelFlags);
    if (app.library.folder.empty()) {
        colouredWrapped(app.palette.bad, tr(app, "Kein Szenario-Ordner gefunden. Starten Sie rapport mit --data ORDNER oder setzen Sie RAPPORT_DATA.",
                                            "No scenarios folder found. Start rapport with --data FOLDER or set RAPPORT_DATA."));
    } else if (app.library.entries.empty()) {
        wrapped(std::string(tr(app, "Im Ordner liegen keine Szenarien: ", "The folder holds no scenarios: ")) + app.library.folder.string());
    }
    const float cardMin = app.fonts.bodyPx * 22.0f;
    const int columns = std::clamp(static_cast<int>(ImGui::GetContentRegionAvail().x / cardMin), 1, 3);
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX | ImGuiTableFlags_BordersInner;
    // Vertical cell padding above the item spacing shifts the first column down in ImGui 1.86;
    // the cards add their own space at top and bottom instead.
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(app.fonts.bodyPx * 0.8f, ImGui::GetStyle().ItemSpacing.y * 0.5f));
    if (!app.library.entries.empty() && ImGui::BeginTable("##cardgrid", columns, flags)) {
        int number = 0;
        for (std::size_t i = 0; i < app.library.entries.size(); ++i) {
            ImGui::TableNextColumn();
            const ScenarioEntry& entry = app.library.entries[i];
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, packed(entry.loaded.ok() ? app.palette.card : withAlpha(app.palette.bad, 0.12f)));
            if (entry.loaded.ok()) {
                ++number;
                drawScenarioCard(app, i, number);
            } else {
                drawBrokenCard(app, i);
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();
}

} // namespace rapport::gui
