#include "print/DebriefPrint.h"

#include "print/PrintRadar.h"
#include "print/PrintText.h"
#include "report/ReasonGroups.h"
#include "rapport/model/Evaluate.h"
#include "rapport/report/Points.h"

#include <algorithm>

namespace rapport::print {
namespace {

const char* tr(Lang lang, const char* de, const char* en) { return lang == Lang::De ? de : en; }

TextStyle small(double grey = 0.0) {
    TextStyle s;
    s.size = 9;
    s.grey = grey;
    s.spaceAfter = 2;
    return s;
}

void printResult(PageWriter& page, const Runner& runner, const Debrief& d, const DebriefPrintOptions& options) {
    const Scenario& s = runner.scenario();
    const Lang lang = page.lang();
    if (!options.subtitle.empty()) {
        TextStyle who;
        who.size = 13;
        who.bold = true;
        page.text(options.subtitle, who);
    }
    if (!d.finished) {
        TextStyle note = small();
        note.italic = true;
        page.text(tr(lang, "Das Szenario ist noch nicht zu Ende – dies ist ein Zwischenstand.",
                     "The scenario has not ended yet: this is an interim review."),
                  note);
    } else if (s.nodes[d.ending].debrief != kNone) {
        page.text(textOf(s, &runner.state(), s.nodes[d.ending].debrief, lang));
    }
    TextStyle result;
    result.size = 16;
    result.bold = true;
    result.spaceAfter = 1;
    page.space(4);
    page.text(std::string(tr(lang, "Ergebnis: ", "Result: ")) + formatPoints(d.result) + " / 100", result);
    page.text(std::string(tr(lang, "zu Beginn ", "at the start ")) + formatPoints(d.startResult) + ", " + tr(lang, "Veränderung ", "change ") +
                  printedChange(d.result - d.startResult, lang),
              small(0.25));
}

void printRelationships(PageWriter& page, const Runner& runner, const Debrief& d) {
    const Scenario& s = runner.scenario();
    const Lang lang = page.lang();
    page.heading(tr(lang, "Die Beziehungen", "The relationships"), 150);
    constexpr double radius = 52;
    const double boxHeight = radarBoxHeight(radius);
    const double boxWidth = radarBoxWidth(radius);
    for (const PersonaOutcome& o : d.personas) {
        const Persona& persona = s.personas[o.persona];
        page.keep(boxHeight + 4);
        const double top = page.y();
        drawRadar(page, page.left(), top, radius, o);
        // The words beside the radar.
        const double x = page.left() + boxWidth + 12;
        const double w = page.width() - boxWidth - 12;
        double y = top + 4;
        TextStyle name;
        name.size = 11;
        name.bold = true;
        y += page.textAt(persona.name, x, y, w, name) + 2;
        TextStyle body = small();
        y += page.textAt(std::string(tr(lang, "Beziehungsqualität ", "Relationship quality ")) + formatPoints(o.startQuality) + " → " +
                             formatPoints(o.endQuality) + " (" + printedChange(o.endQuality - o.startQuality, lang) + ")",
                         x, y, w, body);
        y += page.textAt(std::string(tr(lang, "Stufe: ", "Stage: ")) + std::string(nameOf(o.startStage, lang)) + " → " +
                             std::string(nameOf(o.endStage, lang)),
                         x, y, w, body) + 3;
        for (int k = 0; k < kDimensionCount; ++k) {
            const auto i = static_cast<std::size_t>(k);
            y += page.textAt(std::string(nameOf(static_cast<Dimension>(k), lang)) + " " + formatPoints(o.end[i]) + " (" +
                                 printedChange(o.end[i] - o.start[i], lang) + ")",
                             x, y, w, small(0.15));
        }
        if (o.pressure > 0 || o.owed != 0)
            y += page.textAt(std::string(tr(lang, "Druck ", "Pressure ")) + formatPoints(o.pressure) + tr(lang, ", offene Gefallen ", ", favours owed ") +
                                 std::to_string(o.owed),
                             x, y + 2, w, small(0.25)) + 2;
        if (persona.weight == 0) y += page.textAt(tr(lang, "Zählt nicht für das Ergebnis.", "Does not count for the result."), x, y + 2, w, small(0.25)) + 2;
        page.advance(std::max(boxHeight, y - top) + 4);
    }
    page.text(tr(lang, "Gestrichelt: zu Beginn. Grau gefüllt: am Ende. Jeder Ring steht für 25 Punkte.",
                 "Dashed: at the start. Grey area: at the end. Each ring stands for 25 points."),
              small(0.3));
}

const KeyMoment* keyMomentAt(const Debrief& d, std::size_t step) {
    for (const KeyMoment& km : d.keyMoments)
        if (km.step == step) return &km;
    return nullptr;
}

// What the contacts thought of a key decision, why, and what the other options would have done.
void printMomentDetails(PageWriter& page, const Runner& runner, const KeyMoment& km) {
    const Scenario& s = runner.scenario();
    const Lang lang = page.lang();
    const State* at = &runner.decisionStates()[km.step];
    TextStyle detail = small(0.1);
    detail.indent = 14;
    for (const ReasonGroup& g : groupChanges(runner, at, std::vector<std::size_t>(km.changes.begin(), km.changes.end()), lang)) {
        std::string what = g.who.empty() ? std::string() : g.who + ": ";
        for (std::size_t i = 0; i < g.names.size(); ++i) what += (i > 0 ? ", " : "") + g.names[i] + " " + printedChange(g.deltas[i], lang);
        page.bullet(what.empty() ? g.why : what + " – " + g.why, detail);
    }
    TextStyle other = small(0.3);
    other.indent = 14;
    other.spaceAfter = 1;
    bool anyAlternative = false;
    for (const Alternative& alt : km.alternatives) {
        if (alt.taken) continue;
        if (!anyAlternative) page.text(tr(lang, "Die anderen Möglichkeiten hätten bewirkt:", "The other options would have done:"), other);
        anyAlternative = true;
        TextStyle option = other;
        option.indent = 26;
        page.text(printedChange(alt.resultAfter - km.resultBefore, lang) + "  " + quoted(textOf(s, at, s.choices[alt.choice].text, lang), lang), option);
    }
    TextStyle best = small();
    best.indent = 14;
    best.italic = true;
    if (km.bestMove != kNone && km.bestMove == km.choice) {
        page.text(tr(lang, "Das war der beste Zug von hier.", "That was the best move from here."), best);
    } else if (km.bestMove != kNone) {
        page.text(std::string(tr(lang, "Bester Zug von hier: ", "Best move from here: ")) + quoted(textOf(s, at, s.choices[km.bestMove].text, lang), lang) +
                      " (" + tr(lang, "erreichbar: ", "reachable: ") + formatPoints(km.bestFinal) +
                      (km.bestProved ? tr(lang, ", sicher berechnet)", ", proved)") : tr(lang, ", geschätzt)", ", estimated)")),
                  best);
    }
    page.space(3);
}

// The path, one line per decision; the key moments in bold with what the contacts thought.
void printPath(PageWriter& page, const Runner& runner, const Debrief& d, bool everyStep) {
    const Scenario& s = runner.scenario();
    const Lang lang = page.lang();
    page.heading(everyStep ? tr(lang, "Ihr Weg und die Schlüsselmomente", "Your path and its key moments") : tr(lang, "Schlüsselmomente", "Key moments"), 80);
    page.text(tr(lang, "Die Zahl hinter jeder Entscheidung ist ihre Wirkung auf das Ergebnis. Fett: die Schlüsselmomente, die es am stärksten bewegt haben, und was Ihr Gegenüber dabei dachte.",
                 "The number after each decision is what it did to the result. In bold: the key moments that moved it most, and what the other side thought of them."),
              small(0.3));
    if (runner.path().empty()) page.text(tr(lang, "Noch keine Entscheidung getroffen.", "No decision taken yet."), small(0.25));
    for (std::size_t k = 0; k < runner.path().size(); ++k) {
        const KeyMoment* moment = keyMomentAt(d, k);
        if (!everyStep && moment == nullptr) continue;
        const StepRecord& step = runner.steps()[k];
        const std::string text = textOf(s, &runner.decisionStates()[k], s.choices[runner.path()[k]].text, lang);
        TextStyle line = small();
        line.size = moment != nullptr ? 9.5 : 9;
        line.bold = moment != nullptr;
        line.spaceAfter = moment != nullptr ? 2 : 3;
        if (moment != nullptr) page.keep(60);
        page.text(std::to_string(k + 1) + ".  " + printedChange(step.resultAfter - step.resultBefore, lang) + "   " + quoted(text, lang), line);
        if (moment != nullptr) printMomentDetails(page, runner, *moment);
    }
}

void printStyleAndPrinciples(PageWriter& page, const Runner& runner, const Debrief& d) {
    const Scenario& s = runner.scenario();
    const Lang lang = page.lang();
    page.heading(std::string(tr(lang, "Ihr Stil: ", "Your style: ")) + std::string(styleName(d.style.style, lang)));
    page.text(std::string(styleDescription(d.style.style, lang)));
    for (const std::string& e : lang == Lang::De ? d.style.evidenceDe : d.style.evidenceEn) page.bullet(e, small(0.15));
    page.heading(tr(lang, "Prinzipien", "Principles"));
    for (const PrincipleReview& r : d.principles) {
        std::string counts;
        if (r.followed > 0) counts += "✓ " + std::to_string(r.followed) + "× " + tr(lang, "befolgt", "followed");
        if (r.violated > 0) counts += (counts.empty() ? "" : ", ") + std::string("✗ ") + std::to_string(r.violated) + "× " + tr(lang, "verletzt", "violated");
        TextStyle name;
        name.bold = true;
        name.spaceAfter = 1;
        page.text(std::string(nameOf(r.principle, lang)) + (counts.empty() ? "" : ":  " + counts), name);
        for (ChoiceIndex c : r.feedbackChoices) {
            TextStyle feedback = small(0.2);
            feedback.indent = 12;
            feedback.italic = true;
            page.text(textOf(s, &runner.state(), s.choices[c].feedback, lang), feedback);
        }
    }
}

} // namespace

PageHeader debriefHeader(const Scenario& scenario, Lang lang) {
    return PageHeader{scenarioTitle(scenario, lang), peopleLine(scenario, lang), tr(lang, "Auswertung", "Debrief")};
}

void printDebrief(PageWriter& page, const Runner& runner, const Debrief& debrief, const DebriefPrintOptions& options) {
    printResult(page, runner, debrief, options);
    printRelationships(page, runner, debrief);
    printPath(page, runner, debrief, options.listPath);
    printStyleAndPrinciples(page, runner, debrief);
}

} // namespace rapport::print
