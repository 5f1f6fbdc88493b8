#include "print/SeminarPrint.h"

#include "print/DebriefPrint.h"
#include "print/PrintRadar.h"
#include "print/PrintText.h"
#include "rapport/model/Evaluate.h"
#include "rapport/model/Score.h"
#include "rapport/play/Play.h"
#include "rapport/report/Points.h"

#include <algorithm>

namespace rapport::print {
namespace {

const char* tr(Lang lang, const char* de, const char* en) { return lang == Lang::De ? de : en; }

std::string teamName(const Session& session, TeamId team, Lang lang) {
    if (session.form() == SessionForm::Plenary) return tr(lang, "Plenum", "Plenary");
    return session.team(team).name;
}

std::string endingWords(const Session& session, const ComparisonEntry& e, Lang lang) {
    if (!e.finished) return std::string(tr(lang, "noch unterwegs: Entscheidung ", "still playing: decision ")) + std::to_string(session.line(e.line).round);
    switch (e.rating) {
    case Rating::Good: return tr(lang, "gutes Ende", "a good ending");
    case Rating::Mixed: return tr(lang, "Ende mit Licht und Schatten", "an ending with light and shade");
    case Rating::Poor: return tr(lang, "schwaches Ende", "a weak ending");
    case Rating::Unrated: break;
    }
    return tr(lang, "am Ende", "ended");
}

// "2026-12-03T09:30" as the language writes a date ("03.12.2026, 09:30 Uhr"); other text as it is.
std::string startedWords(const std::string& started, Lang lang) {
    if (started.size() != 16 || started[4] != '-' || started[7] != '-' || started[10] != 'T') return started;
    if (lang == Lang::En) return started.substr(0, 10) + ", " + started.substr(11);
    return started.substr(8, 2) + "." + started.substr(5, 2) + "." + started.substr(0, 4) + ", " + started.substr(11) + " Uhr";
}

TextStyle cell(double size = 9, bool bold = false, double grey = 0) {
    TextStyle s;
    s.size = size;
    s.bold = bold;
    s.grey = grey;
    return s;
}

void printTable(PageWriter& page, const Session& session, const Comparison& c) {
    const Scenario& s = session.scenario();
    const Lang lang = page.lang();
    // Columns: who, score, ending, style, each person's relationship quality.
    const double widths[] = {115, 92, 100, 90};
    const double rest = page.width() - (widths[0] + widths[1] + widths[2] + widths[3]);
    double x[5];
    x[0] = page.left();
    for (int i = 1; i < 5; ++i) x[i] = x[i - 1] + widths[i - 1];
    const char* headings[] = {tr(lang, "Team", "Team"), tr(lang, "Ergebnis", "Result"), tr(lang, "Ende", "Ending"), tr(lang, "Stil", "Style"),
                              tr(lang, "Beziehungsqualität", "Relationship quality")};
    double y = page.y();
    double rowHeight = 0;
    for (int i = 0; i < 5; ++i) rowHeight = std::max(rowHeight, page.textAt(headings[i], x[i], y, i < 4 ? widths[i] - 6 : rest, cell(8.5, true, 0.25)));
    page.advance(rowHeight + 2);
    page.rule();
    for (const ComparisonEntry& e : c.entries) {
        std::string qualities;
        for (const PersonaOutcome& o : e.debrief.personas) {
            if (!qualities.empty()) qualities += "\n";
            qualities += s.personas[o.persona].name(lang) + ": " + formatPoints(o.endQuality) + " (" + printedChange(o.endQuality - o.startQuality, lang) + ")";
        }
        const std::string cells[] = {lineName(session, e.line, lang), formatPoints(e.score) + " / 100 (" + printedChange(e.score - e.startScore, lang) + ")\n" +
                                         std::string(labelOf(bandOf(static_cast<int>(e.score / kScale)), lang)),
                                     endingWords(session, e, lang), std::string(styleName(e.debrief.style.style, lang)), qualities};
        double h = 0;
        for (int i = 0; i < 5; ++i) h = std::max(h, page.measure(cells[i], i < 4 ? widths[i] - 6 : rest, cell(i == 1 ? 10 : 9, i < 2)));
        page.keep(h + 8);
        y = page.y();
        for (int i = 0; i < 5; ++i) page.textAt(cells[i], x[i], y, i < 4 ? widths[i] - 6 : rest, cell(i == 1 ? 10 : 9, i < 2));
        page.advance(h + 2);
        page.rule();
    }
}

// The option's text at decision `round` (from 1) of a line, as the room read it then.
std::string optionText(const Line& line, std::uint32_t round, ChoiceIndex choice, Lang lang) {
    const Runner& r = *line.runner;
    return textOf(r.scenario(), &r.decisionStates()[round - 1], r.scenario().choices[choice].text, lang);
}

void printParting(PageWriter& page, const Session& session, const Comparison& c) {
    const Lang lang = page.lang();
    if (c.entries.size() < 2) return;
    const Parting first = firstParting(c);
    if (first.round == 0) {
        page.heading(tr(lang, "Alle Wege sind bisher gleich verlaufen.", "All paths have gone the same way so far."), 20);
        return;
    }
    page.heading(std::string(tr(lang, "Die Wege trennten sich bei Entscheidung ", "The paths first parted at decision ")) + std::to_string(first.round), 60);
    for (const ComparisonEntry& e : c.entries) {
        if (e.path.size() < first.round) continue;
        page.bullet(lineName(session, e.line, lang) + ":  " + quoted(optionText(session.line(e.line), first.round, e.path[first.round - 1], lang), lang));
    }
}

// Each entry's radar of the person who counts most, side by side.
void printRadars(PageWriter& page, const Session& session, const Comparison& c) {
    const Scenario& s = session.scenario();
    const Lang lang = page.lang();
    if (c.entries.empty() || s.personas.empty()) return;
    PersonaIndex shown = 0;
    for (std::size_t p = 0; p < s.personas.size(); ++p)
        if (s.personas[p].weight > s.personas[shown].weight) shown = static_cast<PersonaIndex>(p);
    constexpr double radius = 30; // three to a row
    const double boxWidth = radarBoxWidth(radius), boxHeight = radarBoxHeight(radius);
    const auto perRow = static_cast<std::size_t>(std::max(1.0, page.width() / boxWidth));
    page.heading(std::string(tr(lang, "Die Beziehung zu ", "The relationship with ")) + s.personas[shown].name(lang), boxHeight + 20);
    for (std::size_t i = 0; i < c.entries.size(); i += perRow) {
        page.keep(boxHeight + 20);
        const double top = page.y();
        double labelHeight = 0;
        for (std::size_t k = i; k < std::min(c.entries.size(), i + perRow); ++k) {
            const double x = page.left() + static_cast<double>(k - i) * boxWidth;
            labelHeight = std::max(labelHeight, page.textAt(lineName(session, c.entries[k].line, lang), x + 10, top, boxWidth - 20, cell(8.5, true)));
        }
        for (std::size_t k = i; k < std::min(c.entries.size(), i + perRow); ++k)
            drawRadar(page, page.left() + static_cast<double>(k - i) * boxWidth, top + labelHeight + 2, radius, c.entries[k].debrief.personas[shown]);
        page.advance(labelHeight + boxHeight + 6);
    }
    page.text(tr(lang, "Gestrichelt: zu Beginn. Grau gefüllt: am Ende.", "Dashed: at the start. Grey area: at the end."), cell(8.5, false, 0.3));
}

} // namespace

std::string lineName(const Session& session, LineId id, Lang lang) {
    const Line& line = session.line(id);
    std::string name = teamName(session, line.team, lang);
    if (line.number == 0) return name;
    return name + tr(lang, " – Variante ", " – variant ") + std::to_string(line.number) + tr(lang, " (ab Entscheidung ", " (from decision ") +
           std::to_string(line.forkRound) + ")";
}

PageHeader seminarHeader(const Session& session, Lang lang) {
    return PageHeader{scenarioTitle(session.scenario(), lang), peopleLine(session.scenario(), lang), tr(lang, "Seminar: Vergleich", "Seminar: comparison")};
}

void printComparison(PageWriter& page, const Session& session, const Comparison& c) {
    const Lang lang = page.lang();
    TextStyle title;
    title.size = 15;
    title.bold = true;
    page.text(session.form() == SessionForm::Plenary ? tr(lang, "Das Plenum und seine Varianten", "The plenary and its variants")
                                                     : tr(lang, "Die Teams im Vergleich", "The teams compared"),
              title);
    if (!session.options().started.empty())
        page.text(std::string(tr(lang, "Seminar vom ", "Seminar of ")) + startedWords(session.options().started, lang), cell(9, false, 0.3));
    page.space(4);
    printTable(page, session, c);
    printParting(page, session, c);
    printRadars(page, session, c);
}

void printSeminar(PageWriter& page, const Session& session, const Comparison& c) {
    const Lang lang = page.lang();
    printComparison(page, session, c);
    for (const ComparisonEntry& e : c.entries) {
        const std::string name = lineName(session, e.line, lang);
        page.setKind(std::string(tr(lang, "Handout: ", "Handout: ")) + name);
        page.newPage();
        DebriefPrintOptions options;
        options.subtitle = name;
        const Runner& runner = *session.line(e.line).runner;
        printDebrief(page, runner, e.debrief, fittingOptions(runner, e.debrief, lang, options));
    }
}

} // namespace rapport::print
