// The decision on the projector: the situation, the options as large cards, and what the phase
// allows on them. While voting nothing but the options is shown (no scores, no consequences);
// the reveal shows the distribution, how united the room was and the move it takes; once the
// move is applied, what happened and what it did to the relationship, and why.

#include "ChangeGroups.h"
#include "SeminarPanels.h"
#include "TextWrap.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"
#include "rapport/report/Points.h"

#include <algorithm>
#include <functional>

namespace rapport::gui {
namespace {

struct CardLook {
    bool clickable = false;
    bool highlight = false; ///< the move taken or about to be taken
    bool dim = false;       ///< an option not taken
    float fraction = -1;    ///< the share of the votes, drawn as a bar; < 0 for none
    std::string right;      ///< a count at the right edge
    std::string note;       ///< a line under the text ("Mehrheit", the teams that chose it)
    float reserved = 0;     ///< width kept free at the right for the caller's controls
};

bool optionCard(AppState& app, const std::string& name, int number, std::string_view text, float width, const CardLook& look) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const Palette& pal = app.palette;
    const float font = ImGui::GetFontSize();
    const float pad = style.FramePadding.x * 1.5f;
    const float badge = font * 2.0f;
    const float right = std::max(look.reserved, look.right.empty() ? 0.0f : textWidth(look.right) + pad);
    const float wrapWidth = std::max(width - badge - 2 * pad - right, font * 6);
    const ImVec2 textSize = wrappedSize(text, wrapWidth);
    const float noteH = look.note.empty() ? 0.0f : wrappedSize(look.note, wrapWidth).y + style.ItemSpacing.y * 0.5f;
    const float barH = look.fraction >= 0 ? font * 0.5f + style.ItemSpacing.y : 0.0f;
    const float height = textSize.y + noteH + barH + style.FramePadding.y * 4;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = false;
    if (look.clickable) clicked = ImGui::InvisibleButton(name.c_str(), ImVec2(width, height));
    else ImGui::Dummy(ImVec2(width, height));
    const bool hovered = look.clickable && ImGui::IsItemHovered();
    markWidget(app, name);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    draw->AddRectFilled(pos, end, ImGui::GetColorU32(hovered ? ImGuiCol_ButtonHovered : ImGuiCol_FrameBg), style.FrameRounding);
    draw->AddRect(pos, end, packed(look.highlight ? pal.accent : pal.grid), style.FrameRounding, 0, look.highlight ? pal.lineWidth * 2.0f : 1.0f);
    const float r = font * 0.7f;
    const ImVec2 centre(pos.x + pad + r * 0.6f, pos.y + style.FramePadding.y * 2 + font * 0.5f);
    draw->AddCircleFilled(centre, r, packed(look.dim ? pal.muted : pal.accent), 24);
    const std::string digit = std::to_string(number);
    const ImVec2 ds = ImGui::CalcTextSize(digit.c_str());
    draw->AddText(ImVec2(centre.x - ds.x * 0.5f, centre.y - ds.y * 0.5f), packed(pal.background), digit.c_str());
    float y = pos.y + style.FramePadding.y * 2;
    const float x = pos.x + pad + badge;
    drawWrapped(draw, ImVec2(x, y), packed(look.dim ? pal.muted : pal.text), text, wrapWidth);
    y += textSize.y;
    if (!look.note.empty()) {
        y += style.ItemSpacing.y * 0.5f;
        drawWrapped(draw, ImVec2(x, y), packed(look.highlight ? pal.accent : pal.muted), look.note, wrapWidth);
        y += noteH - style.ItemSpacing.y * 0.5f;
    }
    if (look.fraction >= 0) {
        y += style.ItemSpacing.y;
        const float barW = wrapWidth;
        draw->AddRectFilled(ImVec2(x, y), ImVec2(x + barW, y + font * 0.5f), packed(withAlpha(pal.grid, 0.45f)), font * 0.1f);
        if (look.fraction > 0)
            draw->AddRectFilled(ImVec2(x, y), ImVec2(x + barW * std::min(look.fraction, 1.0f), y + font * 0.5f),
                                packed(look.highlight ? pal.accent : withAlpha(pal.accent, 0.45f)), font * 0.1f);
    }
    if (!look.right.empty()) {
        const ImVec2 rs = ImGui::CalcTextSize(look.right.c_str());
        draw->AddText(ImVec2(end.x - pad - rs.x, pos.y + (height - rs.y) * 0.5f), packed(pal.text), look.right.c_str());
    }
    return clicked;
}

// A block with a tinted background (a person's line).
void tinted(const ImVec4& colour, const std::function<void()>& content) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const float pad = ImGui::GetStyle().FramePadding.x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + pad);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad);
    content();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    draw->ChannelsSetCurrent(0);
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    draw->AddRectFilled(ImVec2(a.x - pad, a.y - pad * 0.3f), ImVec2(ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x, b.y + pad * 0.3f),
                        packed(colour), ImGui::GetStyle().FrameRounding);
    draw->ChannelsMerge();
}

// Whether a line belongs to what is shown after `step` choices. Without `prompt` the next
// decision's own question is left out (it belongs to the next round).
bool shownAt(const Runner& runner, const ShownLine& l, std::uint32_t step, bool prompt) {
    if (l.step != step) return false;
    const Node& node = runner.scenario().nodes[l.node];
    return prompt || node.kind != NodeKind::Decision || l.node != runner.state().node;
}

bool anyLineAt(const Runner& runner, std::uint32_t step, bool prompt) {
    for (const ShownLine& l : runner.lines())
        if (shownAt(runner, l, step, prompt)) return true;
    return false;
}

// The lines shown after `step` choices: the scenes that led to the next decision (or ending).
// With `onlyPrompt` just the decision's own question (the scene was read out before the vote).
void drawSituation(AppState& app, const Line& line, std::uint32_t step, bool prompt, bool onlyPrompt = false) {
    const Runner& runner = *line.runner;
    const Scenario& s = runner.scenario();
    TextId scene = kNone;
    bool any = false;
    for (const ShownLine& l : runner.lines()) {
        if (l.step > step) break;
        if (s.nodes[l.node].scene != kNone) scene = s.nodes[l.node].scene;
        if (!shownAt(runner, l, step, prompt)) continue;
        if (onlyPrompt && l.node != runner.state().node) continue;
        if (!any && scene != kNone) {
            ImGui::PushStyleColor(ImGuiCol_Text, app.palette.accent);
            largeHeading(app, textOf(s, nullptr, scene, app.settings.lang));
            ImGui::PopStyleColor();
        }
        any = true;
        if (l.speaker != kNone) {
            tinted(app.palette.speech, [&] {
                ImGui::PushFont(app.fonts.largeBold);
                ImGui::TextUnformatted(s.personas[l.speaker].name(app.settings.lang).c_str());
                ImGui::PopFont();
                wrapped(runner.lineText(l));
            });
        } else {
            wrapped(runner.lineText(l));
        }
        ImGui::Spacing();
    }
}

std::string countText(const AppState& app, std::uint32_t count, std::uint32_t total) {
    const int percent = total == 0 ? 0 : static_cast<int>((std::uint64_t{count} * 100 + total / 2) / total);
    (void)app;
    return std::to_string(count) + " · " + std::to_string(percent) + " %";
}

// The teams at the same decision that chose (or will take) this option, by name.
std::string teamsChoosing(const AppState& app, const VoteRound& round, ChoiceIndex choice) {
    const Session& session = *app.seminar->session;
    if (session.form() != SessionForm::Teams) return {};
    std::string out;
    for (std::size_t t = 0; t < session.teamCount(); ++t) {
        const TeamId id{static_cast<std::uint32_t>(t)};
        const VoteRound* r = session.currentRound(session.team(id).active);
        if (r == nullptr || r->decision != round.decision || (r->phase != Phase::Revealed && r->phase != Phase::Applied)) continue;
        const ChoiceIndex taken = r->phase == Phase::Applied ? r->applied : session.majorityChoice(*r);
        if (taken == choice) out += (out.empty() ? "" : ", ") + session.team(id).name;
    }
    return out;
}

// "Einigkeit: breite Mehrheit – 9 von 12 Stimmen (75 %)", and across the teams at this decision.
void drawUnity(AppState& app, const VoteRound& round) {
    const Session& session = *app.seminar->session;
    const Lang lang = app.settings.lang;
    const bool de = lang == Lang::De;
    const Tally t = session.tally(round);
    std::string text;
    const bool teamPick = session.form() == SessionForm::Teams && t.total == 1;
    if (t.total == 0) {
        text = de ? "Keine Stimmen abgegeben." : "No votes were cast.";
    } else if (teamPick) {
        // The trainer recorded the team's one choice: there is no distribution within the team.
        text = session.team(shownTeam(app)).name + (de ? " wählt Möglichkeit " : " chooses option ") + std::to_string(t.leader + 1) + ".";
    } else {
        text = std::string(de ? "Einigkeit: " : "Agreement: ") + std::string(nameOf(t.unity, lang)) + " – " + std::to_string(t.counts[t.leader]) +
               (de ? " von " : " of ") + std::to_string(t.total) + (t.total == 1 ? (de ? " Stimme" : " vote") : (de ? " Stimmen" : " votes")) +
               " (" + std::to_string(t.percent) + " %)";
    }
    largeHeading(app, text);
    markWidget(app, "seminar-unity");
    if (session.form() == SessionForm::Teams) {
        const Tally room = session.teamsTally(round.decision);
        if (room.total >= 2)
            wrapped(std::string(de ? "Über alle Teams: " : "Across the teams: ") + std::string(nameOf(room.unity, lang)) + " (" +
                    std::to_string(room.total) + (de ? " Teams an dieser Entscheidung)" : " teams at this decision)"));
    }
}

std::string deciderNote(const AppState& app, const VoteRound& round, Decider decider) {
    const Tally t = app.seminar->session->tally(round);
    if (decider != Decider::Trainer && round.offered.size() == 1)
        return tr(app, "Es gab nur diese eine Möglichkeit.", "This was the only option.");
    if (decider != Decider::Trainer && t.total == 0)
        return tr(app, "Ohne Stimmen gilt die erste Möglichkeit.", "With no votes, the first option stands.");
    if (decider == Decider::Majority && t.total == 1 && app.seminar->session->form() == SessionForm::Teams)
        return tr(app, "Die Wahl des Teams.", "The team's choice.");
    switch (decider) {
    case Decider::Majority: return tr(app, "Die Mehrheit hat entschieden.", "The majority decided.");
    case Decider::Tie:
        return t.total == 0 ? tr(app, "Ohne Stimmen gilt die erste Möglichkeit.", "With no votes, the first option stands.")
                            : tr(app, "Gleichstand – es gilt die erste der gleichauf liegenden Möglichkeiten.",
                                 "A tie – the first of the tied options stands.");
    case Decider::Trainer: return tr(app, "Von Ihnen gewählt.", "Chosen by you.");
    case Decider::None: break;
    }
    return {};
}

void drawHands(AppState& app, const VoteRound& round, std::size_t option, ImVec2 cardMin, ImVec2 cardMax, float reserved) {
    const TeamId team = shownTeam(app);
    const std::uint32_t count = round.hands[option];
    const ImVec2 back = ImGui::GetCursorScreenPos();
    const float pad = ImGui::GetStyle().FramePadding.x * 1.5f;
    ImGui::SetCursorScreenPos(ImVec2(cardMax.x - reserved, cardMin.y + (cardMax.y - cardMin.y - ImGui::GetFrameHeight()) * 0.5f));
    ImGui::PushID(static_cast<int>(option));
    const std::string n = std::to_string(option + 1);
    if (namedButton(app, "–", "seminar-less:" + n) && count > 0) seminarCommand(app, SetHands{team, round.offered[option], count - 1});
    ImGui::SameLine();
    const std::string shown = std::to_string(count);
    const float digits = textWidth("000");
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (digits - textWidth(shown)) * 0.5f);
    ImGui::TextUnformatted(shown.c_str());
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x + (digits - textWidth(shown)) * 0.5f);
    if (namedButton(app, "+", "seminar-more:" + n)) seminarCommand(app, SetHands{team, round.offered[option], count + 1});
    ImGui::PopID();
    (void)pad;
    ImGui::SetCursorScreenPos(back);
}

void drawOptions(AppState& app, const Line& line, float width) {
    const Session& session = *app.seminar->session;
    const VoteRound* round = session.currentRound(line.id);
    // Before the vote opens the runner's open choices are the options.
    const std::vector<ChoiceIndex>& offered = round != nullptr ? round->offered : line.runner->choices();
    const bool plenary = session.form() == SessionForm::Plenary;
    const TeamId team = shownTeam(app);
    std::optional<Tally> tally;
    if (round != nullptr && (line.phase == Phase::Revealed || line.phase == Phase::Applied)) tally = session.tally(*round);
    const ChoiceIndex next = line.phase == Phase::Revealed ? session.majorityChoice(*round) : kNone;
    const float handsWidth = ImGui::GetFrameHeight() * 2 + textWidth("000") + ImGui::GetStyle().ItemSpacing.x * 3;
    for (std::size_t i = 0; i < offered.size(); ++i) {
        CardLook look;
        const std::string name = "seminar-option:" + std::to_string(i + 1);
        if (line.phase == Phase::Voting) {
            look.clickable = !plenary;
            if (plenary) look.reserved = handsWidth;
        } else if (tally) {
            look.fraction = tally->total > 0 ? static_cast<float>(tally->counts[i]) / static_cast<float>(tally->total) : 0.0f;
            look.right = countText(app, tally->counts[i], tally->total);
            const std::string teams = teamsChoosing(app, *round, offered[i]);
            if (line.phase == Phase::Revealed) {
                look.clickable = true;
                look.highlight = offered[i] == next;
                if (look.highlight)
                    look.note = tally->tie ? tr(app, "Gleichstand: die erste gilt – oder wählen Sie selbst", "Tie: the first stands – or choose yourself")
                                           : tr(app, "Mehrheit – wird umgesetzt", "Majority – will be carried out");
            }
            if (!teams.empty()) look.note += (look.note.empty() ? "" : " · ") + std::string(tr(app, "Teams: ", "Teams: ")) + teams;
        }
        const bool clicked = optionCard(app, name, static_cast<int>(i) + 1, optionText(app, line, line.round, offered[i]), width, look);
        if (line.phase == Phase::Voting && plenary)
            drawHands(app, *round, i, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), handsWidth);
        if (clicked && line.phase == Phase::Voting) {
            recordTeamChoice(app, team, offered[i]);
            return;
        }
        if (clicked && line.phase == Phase::Revealed) {
            seminarCommand(app, PhaseCommand{PhaseAction::Apply, team, offered[i]});
            return;
        }
    }
}

void drawHint(AppState& app, std::string_view text) {
    ImGui::PushFont(app.fonts.body);
    mutedWrapped(app, text);
    ImGui::PopFont();
}

void drawBeforeMove(AppState& app, const Line& line, float width) {
    const Session& session = *app.seminar->session;
    const bool plenary = session.form() == SessionForm::Plenary;
    // While the room votes the options need the room: the scene shrinks to the question.
    drawSituation(app, line, line.round - 1, true, line.phase != Phase::Waiting);
    ImGui::Spacing();
    const VoteRound* round = session.currentRound(line.id);
    switch (line.phase) {
    case Phase::Waiting:
        drawHint(app, tr(app, "Lesen Sie die Lage vor und lassen Sie diskutieren. Bild ↓ öffnet die Abstimmung.",
                         "Read out the situation and let the room discuss. Page Down opens the vote."));
        break;
    case Phase::Voting:
        drawHint(app, plenary ? tr(app, "Zählen Sie die Hände: Taste 1–9 zählt eine Hand dazu, mit Umschalt eine weniger; oder + und –.",
                                   "Count the hands: keys 1–9 add one, with Shift one less; or use + and –.")
                              : tr(app, "Klicken Sie die Wahl des Teams an (oder Taste 1–9); Tab wechselt das Team. Die Wahl bleibt bis zur Auflösung verborgen.",
                                   "Click the team's choice (or key 1–9); Tab moves to the next team. The choice stays hidden until the reveal."));
        break;
    case Phase::Closed:
        drawHint(app, tr(app, "Die Abstimmung ist geschlossen. Bild ↓ zeigt das Ergebnis.", "The vote is closed. Page Down reveals the result."));
        break;
    case Phase::Revealed:
        drawUnity(app, *round);
        drawHint(app, tr(app, "Bild ↓ setzt die markierte Möglichkeit um; ein Klick (oder Taste 1–9) wählt stattdessen eine andere.",
                         "Page Down carries out the marked option; a click (or key 1–9) chooses another instead."));
        break;
    default: break;
    }
    drawOptions(app, line, width);
}

void drawAfterMove(AppState& app, const Line& line, float width) {
    const Session& session = *app.seminar->session;
    const Runner& runner = *line.runner;
    const Lang lang = app.settings.lang;
    const VoteRound* round = session.currentRound(line.id);
    if (round != nullptr) {
        const auto it = std::find(round->offered.begin(), round->offered.end(), round->applied);
        const int number = it == round->offered.end() ? 0 : static_cast<int>(it - round->offered.begin()) + 1;
        CardLook look;
        look.highlight = true;
        look.note = deciderNote(app, *round, round->decider);
        const Tally t = session.tally(*round);
        if (t.total > 1) look.note += " " + countText(app, t.counts[static_cast<std::size_t>(std::max(number - 1, 0))], t.total);
        largeHeading(app, tr(app, "Gewählt", "Chosen"));
        optionCard(app, "seminar-move", number, optionText(app, line, line.round, round->applied), width, look);
    }
    // The move, then what it did to the relationship and why, then the scene it led into.
    if (!runner.steps().empty()) {
        ImGui::Spacing();
        largeSection(app, tr(app, "Was es für die Beziehung bedeutet – und warum", "What it did to the relationship – and why"));
        std::vector<std::size_t> changes;
        for (std::size_t i = runner.steps().back().firstChange; i < runner.changes().size(); ++i)
            if (runner.changes()[i].target != ChangeTarget::Variable) changes.push_back(i);
        const std::vector<ReasonGroup> groups = groupChanges(runner, &runner.state(), changes, lang);
        ImGui::BeginGroup();
        if (groups.empty()) wrapped(tr(app, "Keine spürbare Veränderung.", "No noticeable change."));
        drawReasonGroups(app, groups);
        ImGui::EndGroup();
        markWidget(app, "seminar-reasons");
    }
    if (anyLineAt(runner, line.round, false)) {
        ImGui::Spacing();
        largeSection(app, tr(app, "Was geschah", "What happened"));
        drawSituation(app, line, line.round, false);
    }
}

void drawEnded(AppState& app, const Line& line) {
    const Runner& runner = *line.runner;
    const Scenario& s = runner.scenario();
    drawSituation(app, line, static_cast<std::uint32_t>(runner.path().size()), true);
    ImGui::Spacing();
    if (runner.finished()) {
        const Rating rating = s.nodes[runner.state().node].rating;
        const char* words = rating == Rating::Good    ? tr(app, "Ein gutes Ende.", "A good ending.")
                            : rating == Rating::Mixed ? tr(app, "Ein Ende mit Licht und Schatten.", "An ending with light and shade.")
                            : rating == Rating::Poor  ? tr(app, "Ein schwaches Ende.", "A weak ending.")
                                                      : tr(app, "Das Szenario ist zu Ende.", "The scenario has ended.");
        largeHeading(app, words);
    } else {
        colouredWrapped(app.palette.bad, tr(app, "Hier geht es nicht weiter: keine Möglichkeit ist offen.", "Play cannot go on here: no option is open."));
    }
    drawHint(app, tr(app, "V zeigt den Vergleich aller Teams und Varianten; W probiert an einer früheren Entscheidung einen anderen Weg aus.",
                     "V shows the comparison of all teams and variants; W tries another path at an earlier decision."));
}

} // namespace

void drawDecisionPanel(AppState& app, float width) {
    const Session& session = *app.seminar->session;
    const Line& line = session.activeLine(shownTeam(app));
    if (session.form() == SessionForm::Teams || line.number > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, app.palette.muted);
        largeHeading(app, lineName(app, line.id));
        ImGui::PopStyleColor();
    }
    switch (line.phase) {
    case Phase::Waiting:
    case Phase::Voting:
    case Phase::Closed:
    case Phase::Revealed: drawBeforeMove(app, line, width); break;
    case Phase::Applied: drawAfterMove(app, line, width); break;
    case Phase::Ended: drawEnded(app, line); break;
    }
}

} // namespace rapport::gui
