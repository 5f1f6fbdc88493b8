// The play screen's layout: three columns on a wide window (figure and contact cards, the
// conversation and choices, the relationship), tabs when the text is large or the window small.
// Also the conversation and the choices themselves.

#include "ImGuiSfml.h"
#include "Recording.h"
#include "Screens.h"
#include "TextWrap.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"
#include "rapport/report/PlayReport.h"

#include <algorithm>
#include <functional>

namespace rapport::gui {
namespace {

float choiceHeight(std::string_view text, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float badge = ImGui::GetFontSize() * 2.0f;
    const float wrapWidth = std::max(width - badge - 3 * style.FramePadding.x, ImGui::GetFontSize() * 4);
    return wrappedSize(text, wrapWidth).y + 4 * style.FramePadding.y;
}

/// The height the choices (or the ending panel) want at this width.
float choicesHeight(AppState& app, float width) {
    const Game& game = *app.game;
    const Runner& runner = *game.runner;
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    if (runner.finished() || runner.stuck())
        return ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() * (runner.stuck() ? 3.0f : 1.6f) +
               ImGui::GetStyle().WindowPadding.y;
    float h = ImGui::GetTextLineHeightWithSpacing();
    for (ChoiceIndex c : runner.choices())
        h += choiceHeight(textOf(*game.scenario, &runner.state(), game.scenario->choices[c].text, app.settings.lang), width) + spacing;
    return h + ImGui::GetStyle().WindowPadding.y * 2;
}

} // namespace

bool reloadWithSameChoices(AppState& app) {
    if (!app.game) return false;
    // Look at the file now rather than at the next poll: the author has just saved it.
    if (refreshLibrary(app.library)) app.game->newerVersion = true;
    const ScenarioEntry* entry = findEntry(app.library, app.game->path);
    if (entry == nullptr || !entry->loaded.ok() || entry->version == app.game->version) {
        app.ui.playNote = entry != nullptr && !entry->loaded.ok()
                              ? tr(app, "Die neue Fassung hat Fehler; die Startseite zeigt sie.", "The new version has errors; the start screen shows them.")
                              : tr(app, "Die Datei ist unverändert: Es gibt nichts neu zu laden.", "The file has not changed: there is nothing to reload.");
        return false;
    }
    auto fresh = reloadGame(*app.game, *entry, app.settings.lang);
    if (!fresh) return false;
    app.game = std::move(fresh);
    app.ui.playNote.clear();
    app.ui.scrollConversation = true;
    app.ui.personaTab = -1;
    return true;
}

namespace {

void drawReloadedNote(AppState& app) {
    const Game& game = *app.game;
    if (!game.reloaded) return;
    std::string note = std::string(tr(app, "Mit der neuen Fassung der Datei neu geladen: ", "Reloaded with the new version of the file: ")) +
                       std::to_string(game.replayedChoices) + tr(app, " von ", " of ") + std::to_string(game.wantedChoices) +
                       tr(app, " Entscheidungen nachgespielt.", " decisions replayed.");
    if (!game.stoppedAtChoice.empty())
        note += std::string(tr(app, " Die Wahl „", " The choice '")) + game.stoppedAtChoice +
                tr(app, "“ steht jetzt nicht mehr offen; von hier an wählen Sie.", "' is no longer open; from here on you choose.");
    note += tr(app, " Dieser Durchgang zählt nicht zum Fortschritt.", " This run does not count towards progress.");
    mutedWrapped(app, note);
    markWidget(app, "reloaded-note");
}

void drawNewerVersionBanner(AppState& app) {
    Game& game = *app.game;
    drawReloadedNote(app);
    if (!app.ui.playNote.empty()) colouredWrapped(app.palette.warn, app.ui.playNote);
    if (!game.newerVersion) return;
    const ScenarioEntry* entry = findEntry(app.library, game.path);
    ImGui::PushStyleColor(ImGuiCol_Text, app.palette.warn);
    wrapped(tr(app, "Die Szenariodatei wurde geändert. Dieses Spiel läuft mit der Fassung weiter, mit der es begonnen hat.",
               "The scenario file has changed. This game continues with the version it started with."));
    ImGui::PopStyleColor();
    if (entry != nullptr && entry->loaded.ok()) {
        if (namedButton(app, tr(app, "Neu laden, gleiche Entscheidungen  [F5]", "Reload, same decisions  [F5]"), "reload-same")) {
            reloadWithSameChoices(app);
            return;
        }
        explainTooltip(app, tr(app, "Für Autorinnen und Autoren", "For authors"),
                       tr(app, "Spielt Ihre bisherigen Entscheidungen mit der neuen Fassung der Datei noch einmal. Zählt nicht zum Fortschritt.",
                          "Replays your moves so far on the new version of the file. Does not count towards progress."));
        ImGui::SameLine();
        if (namedButton(app, tr(app, "Mit der neuen Fassung neu beginnen", "Restart with the new version"), "restart-new")) {
            const auto index = static_cast<std::size_t>(entry - app.library.entries.data());
            beginScenario(app, index);
        }
    } else {
        mutedWrapped(app, tr(app, "Die neue Fassung hat Fehler; die Startseite zeigt sie.", "The new version has errors; the start screen shows them."));
    }
    ImGui::Separator();
}

// A block with a tinted background behind its text (a speech bubble or the player's move).
void bubble(const ImVec4& colour, const std::function<void()>& content) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const float pad = ImGui::GetStyle().FramePadding.x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + pad);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad);
    ImGui::Dummy(ImVec2(0, pad * 0.2f));
    content();
    ImGui::Dummy(ImVec2(0, pad * 0.2f));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    draw->ChannelsSetCurrent(0);
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    draw->AddRectFilled(ImVec2(a.x - pad, a.y), ImVec2(ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x, b.y),
                        ImGui::ColorConvertFloat4ToU32(colour), ImGui::GetStyle().FrameRounding);
    draw->ChannelsMerge();
}

void moveTooltip(AppState& app, std::size_t step) {
    if (!ImGui::IsItemHovered()) return;
    const Runner& runner = *app.game->runner;
    const auto& steps = runner.steps();
    if (step >= steps.size()) return;
    const std::size_t end = step + 1 < steps.size() ? steps[step + 1].firstChange : runner.changes().size();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(tr(app, "Was diese Entscheidung bewirkt hat", "What this decision did"));
    ImGui::PopFont();
    bool any = false;
    for (std::size_t i = steps[step].firstChange; i < end; ++i) {
        const Change& c = runner.changes()[i];
        if (c.target == ChangeTarget::Variable) continue;
        any = true;
        const ImVec4 colour = c.delta() > 0 && c.target == ChangeTarget::Dimension ? app.palette.good
                              : c.delta() < 0 && c.target == ChangeTarget::Dimension ? app.palette.bad
                                                                                     : app.palette.text;
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(describeChange(runner.scenario(), &runner.decisionStates()[step], c, app.settings.lang).c_str());
        ImGui::PopStyleColor();
    }
    if (!any) ImGui::TextUnformatted(tr(app, "Keine spürbare Veränderung.", "No noticeable change."));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace

void takeChoice(AppState& app, ChoiceIndex choice) {
    chooseInGame(*app.game, choice, app.ui.now);
    app.ui.scrollConversation = true;
    app.ui.personaTab = -1; // follow whoever the scene turns to now
}

// Keys work whichever tab is in front: 1-9 choose, Enter opens the debrief at the end.
void playKeys(AppState& app) {
    if (modalOpen(app)) return;
    if (keyPressed(sf::Keyboard::F5)) {
        reloadWithSameChoices(app);
        return;
    }
    const Runner& runner = *app.game->runner;
    if (runner.finished()) {
        if (keyPressed(sf::Keyboard::Return)) goTo(app, Screen::Debrief);
        return;
    }
    const std::vector<ChoiceIndex>& open = runner.choices();
    for (std::size_t i = 0; i < open.size() && i < 9; ++i) {
        const int n = static_cast<int>(i);
        if (keyPressed(static_cast<sf::Keyboard::Key>(sf::Keyboard::Num1 + n)) ||
            keyPressed(static_cast<sf::Keyboard::Key>(sf::Keyboard::Numpad1 + n))) {
            takeChoice(app, open[i]);
            return;
        }
    }
}

void drawConversationPanel(AppState& app, float height) {
    Game& game = *app.game;
    const Runner& runner = *game.runner;
    const Scenario& s = *game.scenario;
    const Lang lang = app.settings.lang;
    ImGui::BeginChild("##conversation", ImVec2(0, height), false, kPanelFlags);
    TextId lastScene = kNone;
    const auto& lines = runner.lines();
    std::size_t li = 0;
    for (std::size_t step = 0; step <= runner.path().size(); ++step) {
        for (; li < lines.size() && lines[li].step <= step; ++li) {
            const ShownLine& line = lines[li];
            const Node& node = s.nodes[line.node];
            if (node.scene != kNone && node.scene != lastScene) {
                lastScene = node.scene;
                ImGui::Spacing();
                ImGui::PushStyleColor(ImGuiCol_Text, app.palette.accent);
                heading(app, textOf(s, nullptr, node.scene, lang));
                ImGui::PopStyleColor();
            }
            const std::string_view text = runner.lineText(line);
            if (line.speaker != kNone) {
                bubble(app.palette.speech, [&] {
                    ImGui::PushFont(app.fonts.heading);
                    ImGui::TextUnformatted(s.personas[line.speaker].name(lang).c_str());
                    ImGui::PopFont();
                    wrapped(text);
                });
            } else {
                wrapped(text);
            }
            ImGui::Spacing();
        }
        if (step < runner.path().size()) {
            const State* at = &runner.decisionStates()[step];
            bubble(withAlpha(app.palette.accent, 0.14f), [&] {
                ImGui::TextColored(app.palette.accent, "%s", tr(app, "Ihre Wahl", "Your choice"));
                wrapped(textOf(s, at, s.choices[runner.path()[step]].text, lang));
            });
            moveTooltip(app, step);
            ImGui::Spacing();
        }
    }
    if (app.ui.scrollConversation) {
        ImGui::SetScrollHereY(1.0f);
        app.ui.scrollConversation = false;
    }
    ImGui::EndChild();
}

void drawChoicesPanel(AppState& app) {
    Game& game = *app.game;
    Runner& runner = *game.runner;
    const Scenario& s = *game.scenario;
    const Lang lang = app.settings.lang;
    if (runner.finished()) {
        heading(app, tr(app, "Das Szenario ist zu Ende.", "The scenario has ended."));
        const bool open = primaryButton(app, tr(app, "Zur Auswertung  [Enter]", "To the debrief  [Enter]"), "to-debrief");
        ImGui::SameLine();
        if (namedButton(app, tr(app, "Neu beginnen", "Start again"), "restart")) {
            rewindGame(game, 0, app.ui.now);
            app.ui.scrollConversation = true;
        }
        if (open) goTo(app, Screen::Debrief);
        return;
    }
    if (runner.stuck()) {
        colouredWrapped(app.palette.bad, tr(app, "Hier geht es nicht weiter: keine Auswahl ist möglich. Bitte melden Sie das der Autorin oder dem Autor des Szenarios.",
                                            "Play cannot go on here: no choice is open. Please tell the scenario's author."));
        if (namedButton(app, tr(app, "Neu beginnen", "Start again"), "restart")) rewindGame(game, 0, app.ui.now);
        return;
    }
    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Ihre Möglichkeiten (Tasten 1–9):", "Your options (keys 1–9):"));
    const float width = ImGui::GetContentRegionAvail().x;
    const std::vector<ChoiceIndex> open = runner.choices(); // a copy: choosing changes the runner's list
    for (std::size_t i = 0; i < open.size(); ++i) {
        const Choice& choice = s.choices[open[i]];
        const int number = static_cast<int>(i) + 1;
        const std::string id = "##choice" + std::to_string(number);
        const bool chosen = bigButton(app, id.c_str(), number <= 9 ? number : 0, textOf(s, &runner.state(), choice.text, lang), width);
        markWidget(app, "choice:" + std::to_string(number));
        if (choice.takes > 0 && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s %s", tr(app, "Dauert:", "Takes:"), formatMinutes(choice.takes, lang).c_str());
        if (chosen) {
            takeChoice(app, open[i]);
            break;
        }
    }
}

namespace {

// The conversation above, the choices below, in a column `width` wide.
void drawCentreColumn(AppState& app, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionAvail().y;
    const float choices = std::min(choicesHeight(app, width - style.ScrollbarSize), avail * 0.6f);
    drawConversationPanel(app, avail - choices - style.ItemSpacing.y);
    ImGui::BeginChild("##choices", ImVec2(0, choices), false, kPanelFlags);
    drawChoicesPanel(app);
    ImGui::EndChild();
}

// Medium windows: the conversation on the left, the side panels as tabs on the right.
void drawTwoColumns(AppState& app) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float total = ImGui::GetContentRegionAvail().x;
    const float right = std::max(app.fonts.bodyPx * 19.0f, total * 0.4f);
    const float left = total - right - style.ItemSpacing.x;
    ImGui::BeginChild("##centre", ImVec2(left, 0), false, kPanelFlags);
    drawCentreColumn(app, left);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##side", ImVec2(right, 0), false, kPanelFlags);
    const std::vector<std::string> names = {tr(app, "Beziehung", "Relationship"), tr(app, "Person", "Person"), tr(app, "Dossier", "Dossier")};
    app.ui.sideTab = tabStrip(app, "##side-tab", names, app.ui.sideTab);
    ImGui::BeginChild("##sidepanel", ImVec2(0, 0), false, kPanelFlags);
    const float width = ImGui::GetContentRegionAvail().x - style.ScrollbarSize;
    switch (app.ui.sideTab) {
    case 0: drawRelationshipPanel(app, width, true); break;
    case 1:
        drawFigurePanel(app, std::min(width, app.fonts.bodyPx * 16.0f));
        drawContactCards(app);
        break;
    default: drawDossier(app); break;
    }
    ImGui::EndChild();
    ImGui::EndChild();
}

} // namespace

void drawPlayScreen(AppState& app) {
    if (!app.game) return goTo(app, Screen::Start);
    playKeys(app);
    if (app.ui.screen != Screen::Play) return;
    drawNewerVersionBanner(app);
    const ImGuiStyle& style = ImGui::GetStyle();
    if (foldedLayout(app)) {
        const std::vector<std::string> names = {tr(app, "Gespräch", "Conversation"), tr(app, "Person", "Person"),
                                        tr(app, "Beziehung", "Relationship"), tr(app, "Dossier", "Dossier")};
        app.ui.playTab = tabStrip(app, "##tab", names, app.ui.playTab);
        const float width = ImGui::GetContentRegionAvail().x;
        switch (app.ui.playTab) {
        case 0: drawCentreColumn(app, width); break;
        case 1:
            ImGui::BeginChild("##person", ImVec2(0, 0), false, kPanelFlags);
            drawFigurePanel(app, std::min(width, app.fonts.bodyPx * 16.0f));
            drawContactCards(app);
            ImGui::EndChild();
            break;
        case 2:
            ImGui::BeginChild("##relationship", ImVec2(0, 0), false, kPanelFlags);
            drawRelationshipPanel(app, std::min(width, app.fonts.bodyPx * 34.0f), true);
            ImGui::EndChild();
            break;
        default:
            ImGui::BeginChild("##dossier", ImVec2(0, 0), false, kPanelFlags);
            drawDossier(app);
            ImGui::EndChild();
            break;
        }
        return;
    }
    if (!roomForThreeColumns(app)) return drawTwoColumns(app);
    const float total = ImGui::GetContentRegionAvail().x;
    const float left = std::max(app.fonts.bodyPx * 13.0f, total * 0.21f);
    const float right = std::max(app.fonts.bodyPx * 19.0f, total * 0.33f);
    const float centre = total - left - right - 2 * style.ItemSpacing.x;
    ImGui::BeginChild("##left", ImVec2(left, 0), false, kPanelFlags);
    drawFigurePanel(app, left - style.ScrollbarSize);
    drawContactCards(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##centre", ImVec2(centre, 0), false, kPanelFlags);
    drawCentreColumn(app, centre);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##right", ImVec2(right, 0), false, kPanelFlags);
    drawRelationshipPanel(app, right - style.ScrollbarSize, false);
    ImGui::Spacing();
    drawDossier(app);
    ImGui::EndChild();
}

} // namespace rapport::gui
