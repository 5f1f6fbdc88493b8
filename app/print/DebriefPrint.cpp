#include "print/DebriefPrint.h"

#include "print/PrintChart.h"
#include "print/PrintRadar.h"
#include "print/PrintText.h"
#include "rapport/model/Evaluate.h"
#include "rapport/report/ChangeGroups.h"
#include "rapport/report/Points.h"

#include <algorithm>
#include <cctype>

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
        std::string text = textOf(s, &runner.state(), s.nodes[d.ending].debrief, lang);
        if (const std::string note = endingDecisionsNote(d, lang); !note.empty()) text += " " + note;
        page.text(text);
    }
    TextStyle result;
    result.hyphenate = false;
    result.size = 16;
    result.bold = true;
    result.spaceAfter = 1;
    page.space(4);
    page.text(scoreHeadline(d.score, lang), result);
    page.text(std::string(tr(lang, "Beziehungsqualität im gewichteten Mittel: ", "Weighted mean relationship quality: ")) + formatPoints(d.startResult) +
                  " → " + formatPoints(d.result) + " (" + printedChange(d.result - d.startResult, lang) + ")",
              small(0.25));
}

// The relationships side by side, three to a row: each radar with the name, role, quality and
// stage beneath it. The radar shows the six values; their numbers would crowd the page.
void printRelationships(PageWriter& page, const Runner& runner, const Debrief& d) {
    const Scenario& s = runner.scenario();
    const Lang lang = page.lang();
    constexpr std::size_t perRow = 3;
    constexpr double radius = 31;
    const double column = page.width() / perRow;
    const double radarHeight = radarBoxHeight(radius);
    page.heading(tr(lang, "Die Beziehungen", "The relationships"), radarHeight + 60);
    for (std::size_t first = 0; first < d.personas.size(); first += perRow) {
        const std::size_t last = std::min(d.personas.size(), first + perRow);
        // The tallest text under a radar sets the row's height.
        std::vector<std::string> captions;
        double captionHeight = 0;
        for (std::size_t i = first; i < last; ++i) {
            const PersonaOutcome& o = d.personas[i];
            std::string caption = s.personas[o.persona].role != kNone ? textOf(s, nullptr, s.personas[o.persona].role, lang) : std::string();
            caption += (caption.empty() ? "" : "\n") + std::string(tr(lang, "Qualität ", "Quality ")) + formatPoints(o.startQuality) + " → " +
                       formatPoints(o.endQuality) + " (" + printedChange(o.endQuality - o.startQuality, lang) + ")\n" +
                       std::string(nameOf(o.startStage, lang)) + " → " + std::string(nameOf(o.endStage, lang));
            if (std::string balance = balanceNote(o, lang); !balance.empty()) {
                balance[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(balance[0]))); // on a line of its own
                caption += "\n" + balance;
            }
            if (s.personas[o.persona].weight == 0) caption += tr(lang, "\nZählt nicht für das Ergebnis.", "\nDoes not count for the result.");
            captions.push_back(caption);
            captionHeight = std::max(captionHeight, page.measure(caption, column - 8, small(0.15)));
        }
        TextStyle name = small();
        name.size = 10;
        name.bold = true;
        name.hyphenate = false;
        const double nameHeight = page.measure("Xg", column, name);
        page.keep(nameHeight + radarHeight + captionHeight + 6);
        const double top = page.y();
        for (std::size_t i = first; i < last; ++i) {
            const double x = page.left() + static_cast<double>(i - first) * column;
            page.textAt(s.personas[d.personas[i].persona].name(lang), x + 4, top, column - 8, name);
            drawRadar(page, x + (column - radarBoxWidth(radius)) / 2, top + nameHeight, radius, d.personas[i]);
            page.textAt(captions[i - first], x + 4, top + nameHeight + radarHeight, column - 8, small(0.15));
        }
        page.advance(nameHeight + radarHeight + captionHeight + 8);
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
void printMomentDetails(PageWriter& page, const Runner& runner, const KeyMoment& km, const DebriefPrintOptions& options) {
    const bool alternatives = options.alternatives;
    const Scenario& s = runner.scenario();
    const Lang lang = page.lang();
    const State* at = &runner.decisionStates()[km.step];
    TextStyle detail = small(0.1);
    detail.size = 8.5;
    detail.spaceAfter = 1.5;
    detail.indent = 14;
    // The engine's grouping, as in the window: one item per person and reason, then what time did.
    const std::vector<std::size_t> indices(km.changes.begin(), km.changes.end());
    for (const ReasonGroup& g : groupChanges(s, runner.changes(), at, indices, lang)) {
        page.bullet(g.what.empty() ? g.why : g.what + " – " + g.why, detail);
        if (!options.allReasons) break;
    }
    if (options.allReasons)
        if (const std::string drift = driftSummary(s, runner.changes(), indices, lang); !drift.empty()) page.bullet(drift, detail);
    if (const std::string thought = contactThought(runner, km, lang); !thought.empty()) {
        TextStyle thinking = detail;
        thinking.italic = true;
        page.text(thought, thinking);
    }
    TextStyle other = small(0.3);
    other.size = 8.5;
    other.indent = 14;
    other.spaceAfter = 1;
    // Of the roads not taken, the one that would have reached most and the one that would have
    // reached least: the page has room for the span, the window lists them all.
    const Alternative* most = nullptr;
    const Alternative* least = nullptr;
    for (const Alternative& alt : km.alternatives) {
        if (alt.taken || !alternatives) continue;
        if (most == nullptr || alt.finalAfter > most->finalAfter) most = &alt;
        if (least == nullptr || alt.finalAfter < least->finalAfter) least = &alt;
    }
    for (const Alternative& alt : km.alternatives) {
        if (&alt != most && &alt != least) continue;
        if (&alt == most && alt.choice == km.bestMove) continue; // the engine's best-move sentence below names it
        page.text(std::string(tr(lang, "Stattdessen ", "Instead ")) + quoted(textOf(s, at, s.choices[alt.choice].text, lang), lang) + "  → " +
                      reachableNote(alt, lang),
                  other);
    }
    if (km.bestMove != kNone && km.bestMove != km.choice) {
        TextStyle best = other;
        best.italic = true;
        best.grey = 0;
        page.text(bestMoveNote(s, km, at, lang), best);
    }
    page.space(3);
}

// The path: the result after each decision as a line, then the decisions one per line (on a
// long path only the key moments), the key moments in bold with what the contacts thought.
void printPath(PageWriter& page, const Runner& runner, const Debrief& d, const DebriefPrintOptions& options) {
    const Scenario& s = runner.scenario();
    const Lang lang = page.lang();
    constexpr std::size_t kLongestListed = 14;
    const bool everyStep = options.listPath && runner.path().size() <= kLongestListed;
    page.heading(tr(lang, "Ihr Weg und die Schlüsselmomente", "Your path and its key moments"), 120);
    if (runner.path().empty()) {
        page.text(tr(lang, "Noch keine Entscheidung getroffen.", "No decision taken yet."), small(0.25));
        return;
    }
    page.text(everyStep ? tr(lang, "Die mittlere Beziehungsqualität nach jeder Entscheidung; die Zahl hinter einer Entscheidung ist ihre Wirkung darauf. Fett: die Schlüsselmomente, in denen eine andere Wahl zu einem anderen Ende oder einer deutlich anderen Punktzahl geführt hätte, und was Ihr Gegenüber dabei dachte.",
                             "The mean relationship quality after each decision; the number after a decision is what it did to it. In bold: the key moments where another choice would have led to another ending or a clearly different score, and what the other side thought.")
                        : tr(lang, "Die mittlere Beziehungsqualität nach jeder Entscheidung. Darunter die Schlüsselmomente, in denen eine andere Wahl zu einem anderen Ende oder einer deutlich anderen Punktzahl geführt hätte, und was Ihr Gegenüber dabei dachte.",
                             "The mean relationship quality after each decision. Below, the key moments where another choice would have led to another ending or a clearly different score, and what the other side thought."),
              small(0.3));
    drawResultChart(page, runner, d, 80);
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
        const bool best = moment != nullptr && moment->bestMove != kNone && moment->bestMove == moment->choice;
        page.text(std::to_string(k + 1) + ".  " + printedChange(step.resultAfter - step.resultBefore, lang) + "   " + quoted(text, lang) +
                      (best ? "  ✓ " + bestMoveNote(s, *moment, &runner.decisionStates()[k], lang) : std::string()),
                  line);
        if (moment != nullptr) printMomentDetails(page, runner, *moment, options);
    }
}

void printStyleAndPrinciples(PageWriter& page, const Runner& runner, const Debrief& d, bool withFeedback) {
    const Scenario& s = runner.scenario();
    const Lang lang = page.lang();
    page.heading(std::string(tr(lang, "Ihr Stil: ", "Your style: ")) + std::string(styleName(d.style.style, lang)));
    page.text(std::string(styleDescription(d.style.style, lang)));
    for (const std::string& e : lang == Lang::De ? d.style.evidenceDe : d.style.evidenceEn) page.bullet(e, small(0.15));
    page.heading(tr(lang, "Prinzipien", "Principles"));
    // Two columns: each principle with its counts and one sentence of feedback (the window has all).
    const double gap = 14;
    const double column = (page.width() - gap) / 2;
    TextStyle nameStyle = small();
    nameStyle.bold = true;
    TextStyle feedbackStyle = small(0.2);
    feedbackStyle.size = 8.5;
    feedbackStyle.italic = true;
    for (std::size_t first = 0; first < d.principles.size(); first += 2) {
        std::string names[2], feedback[2];
        double height = 0;
        for (std::size_t i = first; i < std::min(first + 2, d.principles.size()); ++i) {
            const PrincipleReview& r = d.principles[i];
            std::string counts;
            if (r.followed > 0) counts += "✓ " + std::to_string(r.followed) + "× " + tr(lang, "befolgt", "followed");
            if (r.violated > 0) counts += (counts.empty() ? "" : ", ") + std::string("✗ ") + std::to_string(r.violated) + "× " + tr(lang, "verletzt", "violated");
            names[i - first] = std::string(nameOf(r.principle, lang)) + (counts.empty() ? "" : ":  " + counts);
            if (withFeedback && !r.feedbackChoices.empty()) feedback[i - first] = textOf(s, &runner.state(), s.choices[r.feedbackChoices.front()].feedback, lang);
            height = std::max(height, page.measure(names[i - first], column, nameStyle) + 1 + page.measure(feedback[i - first], column, feedbackStyle));
        }
        page.keep(height + 4);
        const double top = page.y();
        for (std::size_t k = 0; k < 2; ++k) {
            if (names[k].empty()) continue;
            const double x = page.left() + static_cast<double>(k) * (column + gap);
            const double nameHeight = page.textAt(names[k], x, top, column, nameStyle);
            page.textAt(feedback[k], x, top + nameHeight + 1, column, feedbackStyle);
        }
        page.advance(height + 5);
    }
}

} // namespace

PageHeader debriefHeader(const Scenario& scenario, Lang lang) {
    return PageHeader{scenarioTitle(scenario, lang), peopleLine(scenario, lang), tr(lang, "Auswertung", "Debrief")};
}

void printDebrief(PageWriter& page, const Runner& runner, const Debrief& debrief, const DebriefPrintOptions& options) {
    printResult(page, runner, debrief, options);
    printRelationships(page, runner, debrief);
    printPath(page, runner, debrief, options);
    printStyleAndPrinciples(page, runner, debrief, options.feedback);
}

DebriefPrintOptions fittingOptions(const Runner& runner, const Debrief& debrief, Lang lang, DebriefPrintOptions options, int maxPages) {
    const PageHeader header = debriefHeader(runner.scenario(), lang);
    for (int level = 0; level < 4; ++level) {
        if (level >= 1) options.feedback = false;
        if (level >= 2) options.alternatives = false;
        if (level >= 3) options.listPath = false, options.allReasons = false;
        PageWriter trial(PageFormat::Pdf, lang, header);
        printDebrief(trial, runner, debrief, options);
        (void)trial.finish();
        if (trial.pageCount() <= maxPages) break;
    }
    return options;
}

} // namespace rapport::print
