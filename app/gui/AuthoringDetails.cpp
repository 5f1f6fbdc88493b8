// The authoring view's details panel: how to read the plan and where the analyzer found
// something; a selected node's texts in both languages, its choices, and the engine's
// explanation of a selected choice (the same as `rapport explain`).

#include "AuthoringView.h"
#include "Screens.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"

#include <functional>

namespace rapport::gui {
namespace {

// Every wording a text can take (a conditional text has one per case), in one language; a text
// the author did not write in that language says so.
std::vector<std::string> wordings(const AppState& app, const Scenario& s, TextId id, Lang lang) {
    std::vector<std::string> out;
    std::function<void(TextId)> visit = [&](TextId t) {
        if (t == kNone) return;
        const Text& text = s.texts[t];
        if (text.condition != kNoExpr) {
            visit(text.whenTrue);
            visit(text.whenFalse);
            return;
        }
        if (!text.present[static_cast<std::size_t>(lang)])
            out.emplace_back(tr(app, "(in dieser Sprache nicht geschrieben)", "(not written in this language)"));
        else out.push_back(textOf(s, nullptr, t, lang));
    };
    visit(id);
    return out;
}

void bothLanguages(AppState& app, const Scenario& s, const std::vector<TextId>& texts) {
    for (Lang lang : {Lang::De, Lang::En}) {
        ImGui::TextColored(app.palette.accent, "%s", lang == Lang::De ? "Deutsch" : "English");
        ImGui::Indent();
        bool any = false;
        for (TextId t : texts)
            for (const std::string& w : wordings(app, s, t, lang)) {
                wrapped(w);
                any = true;
            }
        if (!any) mutedWrapped(app, tr(app, "(kein Text)", "(no text)"));
        ImGui::Unindent();
    }
}

std::string kindInWords(const AppState& app, const Scenario& s, const Node& node) {
    switch (node.kind) {
    case NodeKind::Narration: return tr(app, "Erzählung", "Narration");
    case NodeKind::Line:
        return std::string(tr(app, "Es spricht: ", "Speaking: ")) + (node.speaker != kNone ? s.personas[node.speaker].name(app.settings.lang) : std::string("–"));
    case NodeKind::Decision: return tr(app, "Entscheidung", "Decision");
    case NodeKind::Branch: return tr(app, "Verzweigung nach Bedingungen", "Branch on conditions");
    case NodeKind::Chance: return tr(app, "Zufall", "Chance");
    case NodeKind::Ending:
        switch (node.rating) {
        case Rating::Good: return tr(app, "Ende: gutes Ende", "Ending: a good ending");
        case Rating::Mixed: return tr(app, "Ende: mit Licht und Schatten", "Ending: a mixed ending");
        case Rating::Poor: return tr(app, "Ende: schwaches Ende", "Ending: a poor ending");
        case Rating::Unrated: return tr(app, "Ende", "Ending");
        }
    }
    return {};
}

void swatch(const ImVec4& fill, const ImVec4& border, float thickness) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(p, ImVec2(p.x + h * 1.6f, p.y + h), packed(fill), h * 0.2f);
    draw->AddRect(p, ImVec2(p.x + h * 1.6f, p.y + h), packed(border), h * 0.2f, 0, thickness);
    ImGui::Dummy(ImVec2(h * 1.6f, h));
    ImGui::SameLine();
}

void drawLegend(AppState& app, AuthoringView& view) {
    const Palette& p = app.palette;
    section(app, tr(app, "So lesen Sie den Plan", "How to read the plan"));
    mutedWrapped(app, tr(app, "Jedes Kästchen ist ein Schritt des Szenarios, jeder Pfeil ein Weg weiter – bei Entscheidungen eine Wahlmöglichkeit. "
                              "Klicken Sie auf ein Kästchen für seine Texte. Mausrad: vergrößern und verkleinern; Ziehen mit der Maus: verschieben.",
                              "Each box is a step of the scenario, each arrow a way on – at a decision, a choice. Click a box for its texts. "
                              "Mouse wheel: zoom in and out; drag with the mouse: move."));
    const float lw = p.lineWidth;
    swatch(withAlpha(p.good, 0.35f), p.grid, lw);
    wrapped(tr(app, "gutes Ende", "good ending"));
    swatch(withAlpha(p.warn, 0.35f), p.grid, lw);
    wrapped(tr(app, "Ende mit Licht und Schatten", "mixed ending"));
    swatch(withAlpha(p.bad, 0.35f), p.grid, lw);
    wrapped(tr(app, "schwaches Ende", "poor ending"));
    swatch(withAlpha(p.accent, 0.10f), p.grid, lw);
    wrapped(tr(app, "Entscheidung", "Decision"));
    swatch(p.card, p.accent, lw * 1.8f);
    wrapped(tr(app, "Teil einer Schleife (blaue Pfeile führen zurück)", "Part of a loop (blue arrows lead back)"));
    swatch(p.card, p.bad, lw * 1.8f);
    wrapped(tr(app, "Die Prüfung hat hier etwas gefunden (!)", "The check found something here (!)"));

    section(app, tr(app, "Was die Prüfung gefunden hat", "What the check found"));
    if (!view.analysed) {
        mutedWrapped(app, tr(app, "Die Prüfung läuft noch (höchstens etwa eine Sekunde).", "The check is still running (about a second at most)."));
        return;
    }
    bool any = false;
    for (const GraphNode& n : view.graph.nodes) {
        const std::vector<std::string> findings = nodeFindings(app, n);
        if (findings.empty()) continue;
        any = true;
        if (namedButton(app, n.id.c_str(), "finding:" + n.id)) {
            selectNode(view, n.id);
            view.centreOnSelection = true;
            view.tab = 0;
        }
        ImGui::Indent();
        for (const std::string& f : findings) colouredWrapped(p.bad, f);
        ImGui::Unindent();
    }
    if (!any) wrapped(tr(app, "Nichts: Jeder Schritt wird erreicht, keine Sackgasse, jede Wahlmöglichkeit kann offen sein.",
                         "Nothing: every step is reached, no dead end, every choice can be open."));
}

std::string explainFailure(const AppState& app, const Scenario& s, const ExplainResult& r) {
    switch (r.error) {
    case ExplainError::None: return {};
    case ExplainError::PathNotOpen:
    case ExplainError::NotOpenThere:
        return std::string(tr(app, "Diese Wahl ist an der untersuchten Stelle nicht offen (Schritt „", "This choice is not open where it was looked at (step '")) +
               (r.stoppedAt != kNone ? s.nodes[r.stoppedAt].id : std::string("?")) + tr(app, "“).", "').");
    case ExplainError::NeverOpen:
        return r.searchExhausted ? tr(app, "In den ersten 200.000 Spielständen war diese Wahl nie offen. Mit „rapport explain --from-path“ "
                                           "können Sie einen Weg dorthin angeben.",
                                      "This choice was not open in the first 200,000 states of play. With 'rapport explain --from-path' you "
                                      "can give a way to it.")
                                 : tr(app, "Diese Wahl ist in keinem Durchlauf offen: Es gibt nichts zu erklären.",
                                      "This choice is open in no playthrough: there is nothing to explain.");
    }
    return {};
}

void drawExplanation(AppState& app, AuthoringView& view) {
    if (view.selectedChoice.empty()) return;
    const Scenario& s = *view.scenario;
    section(app, std::string(tr(app, "Was die Wahl „", "What the choice '")) + view.selectedChoice +
                     tr(app, "“ bewirkt", "' does"));
    if (view.scrollToExplanation) {
        ImGui::SetScrollHereY(0.0f);
        view.scrollToExplanation = false;
    }
    ImGui::BeginGroup();
    if (view.explaining.valid() || !view.explanation) {
        mutedWrapped(app, tr(app, "Wird berechnet …", "Working it out …"));
    } else if (view.explanation->error != ExplainError::None) {
        colouredWrapped(app.palette.warn, explainFailure(app, s, *view.explanation));
    } else {
        mutedWrapped(app, tr(app, "Berechnet wie „rapport explain“: an der ersten Stelle, an der die Wahl auf kürzestem Weg offen ist.",
                              "Worked out as 'rapport explain' does: at the first point where the choice is open on a shortest way."));
        wrapped(explanationText(s, view.explanation->explanation, app.settings.lang));
    }
    ImGui::EndGroup();
    markWidget(app, "explanation");
}

void drawChoices(AppState& app, AuthoringView& view, const Node& node) {
    const Scenario& s = *view.scenario;
    section(app, tr(app, "Wahlmöglichkeiten", "Choices"));
    for (ChoiceIndex c : node.choices) {
        const Choice& choice = s.choices[c];
        ImGui::PushID(static_cast<int>(c));
        const bool selected = view.selectedChoice == choice.id;
        if (selected) ImGui::PushStyleColor(ImGuiCol_Button, app.palette.accent);
        if (selected) ImGui::PushStyleColor(ImGuiCol_Text, app.palette.background);
        const std::string label = choice.id + "  –  " + tr(app, "erklären", "explain");
        if (namedButton(app, label.c_str(), "explain:" + choice.id)) selectChoice(view, choice.id);
        if (selected) ImGui::PopStyleColor(2);
        for (const GraphEdge& e : view.graph.edges)
            if (e.choice == c && e.neverOpen)
                colouredWrapped(app.palette.bad, *e.neverOpen == Guarantee::Proved ? tr(app, "Nie offen.", "Never open.")
                                                                                   : tr(app, "Vielleicht nie offen.", "Perhaps never open."));
        ImGui::Indent();
        bothLanguages(app, s, {choice.text});
        if (choice.next != kNone) mutedWrapped(app, std::string(tr(app, "weiter zu ", "on to ")) + s.nodes[choice.next].id);
        ImGui::Unindent();
        ImGui::Spacing();
        ImGui::PopID();
    }
}

} // namespace

void drawAuthoringDetails(AppState& app) {
    AuthoringView& view = *app.authoring;
    const Scenario& s = *view.scenario;
    heading(app, textOf(s, nullptr, s.title, app.settings.lang));
    mutedWrapped(app, view.path.filename().string() + (view.version > 1 ? std::string(tr(app, "  ·  neu geladen, Fassung ", "  ·  reloaded, version ")) +
                                                                               std::to_string(view.version)
                                                                         : std::string()));
    const GraphNode* node = nullptr;
    for (const GraphNode& n : view.graph.nodes)
        if (n.id == view.selectedNode) node = &n;
    if (node == nullptr) return drawLegend(app, view);
    const Node& sn = s.nodes[node->node];
    ImGui::BeginGroup();
    section(app, node->id);
    mutedWrapped(app, kindInWords(app, s, sn));
    ImGui::EndGroup();
    markWidget(app, "details-node");
    for (const std::string& f : nodeFindings(app, *node)) colouredWrapped(app.palette.bad, f);
    if (node->inLoop) colouredWrapped(app.palette.accent, tr(app, "Liegt in einer Schleife.", "Lies on a loop."));
    if (!sn.text.empty()) {
        section(app, tr(app, "Texte", "Texts"));
        bothLanguages(app, s, sn.text);
    }
    if (sn.kind == NodeKind::Ending && sn.debrief != kNone) {
        section(app, tr(app, "Text in der Auswertung", "Text in the debrief"));
        bothLanguages(app, s, {sn.debrief});
    }
    if (sn.kind == NodeKind::Decision) {
        drawExplanation(app, view);
        drawChoices(app, view, sn);
    }
    if (namedButton(app, tr(app, "Auswahl aufheben", "Clear selection"), "plan-deselect")) selectNode(view, std::string());
}

} // namespace rapport::gui
