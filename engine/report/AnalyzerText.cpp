// The analyzer's report as text for trainers, in German or English.

#include "rapport/report/AnalyzerReport.h"

#include "rapport/model/Evaluate.h"
#include "rapport/model/Score.h"

#include <sstream>

namespace rapport {
namespace {

class Writer {
public:
    Writer(const Scenario& s, const AnalysisReport& r, Lang lang) : m_s(s), m_r(r), m_de(lang == Lang::De), m_lang(lang) {}

    std::string run() {
        header();
        endings();
        extremes();
        problems();
        never();
        playthroughs();
        samples();
        statistics();
        return m_out.str();
    }

private:
    [[nodiscard]] const char* tr(const char* de, const char* en) const { return m_de ? de : en; }

    [[nodiscard]] std::string sure(Guarantee g) const {
        switch (g) {
        case Guarantee::Proved: return tr("bewiesen", "proved");
        case Guarantee::Possible: return tr("möglich", "possible");
        case Guarantee::Estimated: return tr("geschätzt", "estimated");
        }
        return {};
    }

    /// Hundredths as points: "45", "45.25" (German "45,25").
    [[nodiscard]] std::string points(std::int64_t hundredths) const {
        const bool negative = hundredths < 0;
        const std::int64_t v = negative ? -hundredths : hundredths;
        std::string s = (negative ? "-" : "") + std::to_string(v / 100);
        const std::int64_t frac = v % 100;
        if (frac != 0) {
            s += m_de ? ',' : '.';
            s += static_cast<char>('0' + frac / 10);
            if (frac % 10 != 0) s += static_cast<char>('0' + frac % 10);
        }
        return s;
    }

    [[nodiscard]] std::string range(const ValueRange& r) const {
        if (!r.known) return "–";
        return r.lo == r.hi ? points(r.lo) : points(r.lo) + "–" + points(r.hi);
    }

    [[nodiscard]] std::string path(const Witness& w) const {
        if (w.steps.empty()) return tr("gleich zu Beginn", "right at the start");
        std::string out;
        for (const PathStep& step : w.steps) {
            if (!out.empty()) out += " → ";
            if (step.choice != kNone) out += m_s.choices[step.choice].id;
            else out += std::string("(") + tr("Zufall: ", "chance: ") + m_s.nodes[step.chanceNode].id + " → " + m_s.nodes[step.chanceNext].id + ")";
        }
        if (w.seeded) out += std::string(" [") + tr("Startwert ", "seed ") + std::to_string(w.seed) + "]";
        return out;
    }

    [[nodiscard]] std::string count(const PlaythroughCount& c) const {
        if (c.unbounded) return tr("unbegrenzt (eine Schleife lässt sich beliebig oft wiederholen)", "unbounded (a loop can repeat without end)");
        if (c.overflow) return tr("mehr als 2^128 − 1", "more than 2^128 − 1");
        return countToString(c.value);
    }

    [[nodiscard]] std::string playthroughWord(const PlaythroughCount& c) const {
        const bool one = c.value == 1 && !c.unbounded && !c.overflow;
        if (c.unbounded) return "";
        return one ? tr(" Spielverlauf", " playthrough") : tr(" Spielverläufe", " playthroughs");
    }

    /// "1 ending", "2 endings".
    [[nodiscard]] std::string counted(std::size_t n, const char* deOne, const char* deMany, const char* enOne, const char* enMany) const {
        return std::to_string(n) + " " + (n == 1 ? tr(deOne, enOne) : tr(deMany, enMany));
    }

    void heading(const char* de, const char* en) { m_out << "\n== " << tr(de, en) << " ==\n"; }

    void header() {
        m_out << tr("Analyse: ", "Analysis: ") << textOf(m_s, nullptr, m_s.title, m_lang) << " (" << m_s.id << ")\n";
        if (m_r.stats.exactComplete) {
            m_out << tr("Alle Spielverläufe wurden vollständig durchgerechnet (", "Every playthrough was explored exactly (")
                  << m_r.stats.states << tr(" verschiedene Zustände): jede Antwort ist bewiesen.\n",
                                            " distinct states): every answer is proved.\n");
        } else {
            m_out << tr("Die Zustände passten nicht ins Budget (", "The states did not fit the budget (") << m_r.stats.states
                  << tr(" untersucht). Jede Antwort sagt, wie sicher sie ist: bewiesen, möglich (weder bewiesen noch "
                        "ausgeschlossen) oder geschätzt (aus Stichproben).\n",
                        " explored). Each answer says how sure it is: proved, possible (neither shown nor ruled out) or "
                        "estimated (from samples).\n");
        }
    }

    void personaRanges(const EndingRanges& r) {
        for (std::size_t p = 0; p < r.personas.size() && p < m_s.personas.size(); ++p) {
            const PersonaRanges& pr = r.personas[p];
            m_out << "      " << m_s.personas[p].name << ": " << tr("Qualität ", "quality ") << range(pr.quality);
            for (std::size_t d = 0; d < kDimensionCount; ++d)
                m_out << ", " << nameOf(static_cast<Dimension>(d), m_lang) << " " << range(pr.dims[d]);
            m_out << "\n";
        }
    }

    void endings() {
        heading("Enden", "Endings");
        if (m_r.endings.empty()) m_out << tr("  Das Szenario hat kein Ende.\n", "  The scenario has no ending.\n");
        for (const EndingReport& e : m_r.endings) {
            const Node& node = m_s.nodes[e.node];
            m_out << "  " << node.id;
            if (node.rating != Rating::Unrated) m_out << " [" << idOf(node.rating) << "]";
            m_out << ": ";
            switch (e.reach) {
            case Reach::Reachable: m_out << tr("erreichbar", "reachable"); break;
            case Reach::Unreachable: m_out << tr("nie erreichbar", "never reached"); break;
            case Reach::Unknown: m_out << tr("vielleicht erreichbar", "perhaps reachable"); break;
            }
            m_out << " (" << sure(e.guarantee) << ")";
            if (e.playthroughs.known) m_out << ", " << count(e.playthroughs) << playthroughWord(e.playthroughs);
            m_out << "\n";
            if (e.reach == Reach::Reachable) m_out << "      " << tr("zum Beispiel: ", "for example: ") << path(e.witness) << "\n";
            if (e.seen.result.known) {
                m_out << "    " << (e.seenGuarantee == Guarantee::Proved ? tr("Werte (bewiesen)", "values (proved)")
                                                                         : tr("Werte in gefundenen Verläufen (geschätzt)", "values in playthroughs found (estimated)"))
                      << ": " << tr("Ergebnis ", "result ") << range(e.seen.result) << "\n";
                personaRanges(e.seen);
            }
            // The per-person bounds are in the JSON; in text the result's bound is enough.
            if (e.bound.result.known && e.seenGuarantee != Guarantee::Proved)
                m_out << "    " << tr("sichere Grenzen (bewiesen)", "safe bounds (proved)") << ": " << tr("Ergebnis ", "result ")
                      << range(e.bound.result) << "\n";
        }
    }

    void extreme(const Extreme& x, const char* de, const char* en, bool best) {
        m_out << "  " << tr(de, en) << ": ";
        if (!x.found) {
            m_out << tr("kein Verlauf erreicht ein Ende", "no playthrough reaches an ending") << "\n";
            return;
        }
        m_out << tr("Ergebnis ", "result ") << points(x.result) << tr(" (Wertung ", " (score ") << scoreAt(m_s, x.result, x.ending)
              << tr(" von 100)", " of 100)") << tr(" bei ", " at ") << m_s.nodes[x.ending].id << " ("
              << sure(x.guarantee);
        if (x.guarantee != Guarantee::Proved && x.bounded)
            m_out << (best ? tr(", höchstens ", ", at most ") : tr(", mindestens ", ", at least ")) << points(x.bound)
                  << tr(" möglich; Lücke ", " possible; gap ") << points(best ? x.bound - x.result : x.result - x.bound);
        m_out << ")\n      " << path(x.witness) << "\n";
    }

    void extremes() {
        heading("Bester und schlechtester Verlauf", "Best and worst playthrough");
        extreme(m_r.best, "Bester", "Best", true);
        extreme(m_r.worst, "Schlechtester", "Worst", false);
        if (!m_r.stats.exactComplete && m_r.stats.chanceNodes > 0)
            m_out << tr("  (Zufallsknoten: jeder Ausgang gilt als möglich.)\n", "  (Chance nodes: every outcome counts as possible.)\n");
    }

    void findings(const std::vector<Finding>& list, const char* de, const char* en) {
        for (const Finding& f : list) {
            m_out << "  " << tr(de, en) << " „" << m_s.nodes[f.node].id << "“ (" << sure(f.guarantee) << ")";
            if (f.guarantee == Guarantee::Proved) m_out << ": " << path(f.witness);
            m_out << "\n";
        }
    }

    void problems() {
        heading("Sackgassen und Schleifen", "Dead ends and loops");
        if (m_r.deadEnds.empty() && m_r.loops.empty() && m_r.closedLoops.empty()) {
            m_out << (m_r.closedLoopsChecked
                          ? tr("  Keine möglich (bewiesen): Jede Entscheidung hat eine offene Wahl, und von überall aus ist ein Ende erreichbar.\n",
                               "  None possible (proved): every decision has an open choice, and an ending can be reached from everywhere.\n")
                          : tr("  Keine Sackgasse und keine Schleife ohne Entscheidung möglich (bewiesen).\n",
                               "  No dead end and no loop without a decision possible (proved).\n"));
            return;
        }
        findings(m_r.deadEnds, "Sackgasse bei", "Dead end at");
        findings(m_r.loops, "Endlosschleife ohne Entscheidung bei", "Endless loop without a decision at");
        findings(m_r.closedLoops, "Kein Ende mehr erreichbar ab", "No ending reachable any more from");
    }

    template <typename Name>
    void neverList(const std::vector<NeverItem>& list, const char* de, const char* en, Name name) {
        m_out << "  " << tr(de, en) << ": ";
        if (list.empty()) {
            m_out << tr("keine", "none") << "\n";
            return;
        }
        bool first = true;
        for (const NeverItem& item : list) {
            m_out << (first ? "" : ", ") << name(item.index);
            first = false;
        }
        m_out << " (" << sure(list.front().guarantee) << ")\n";
    }

    void never() {
        heading("Was nie geschieht", "What never happens");
        neverList(m_r.unreachedNodes, "Nie erreichte Knoten", "Nodes never reached", [&](std::uint32_t i) { return m_s.nodes[i].id; });
        neverList(m_r.neverOpenChoices, "Nie offene Wahlmöglichkeiten", "Choices never open", [&](std::uint32_t i) {
            return m_s.choices[i].id + " (" + m_s.nodes[m_s.choices[i].node].id + ")";
        });
        neverList(m_r.unexercisedPrinciples, "Nie angewandte Prinzipien", "Principles never exercised",
                  [&](std::uint32_t i) { return std::string(idOf(static_cast<Principle>(i))); });
        neverList(m_r.unlearnedFacts, "Nie erfahrene Fakten", "Facts never learned", [&](std::uint32_t i) { return m_s.facts[i].id; });
        neverList(m_r.unreadVariables, "Nie gelesene Variablen", "Variables never read", [&](std::uint32_t i) { return m_s.variableNames[i]; });
        if (m_r.undecidedNodes + m_r.undecidedChoices > 0)
            m_out << "  " << tr("Offen geblieben: ", "Left open: ") << m_r.undecidedNodes
                  << tr(" Knoten und ", " nodes and ") << m_r.undecidedChoices
                  << tr(" Wahlmöglichkeiten weder gesehen noch ausgeschlossen.\n", " choices neither seen nor ruled out.\n");
    }

    void playthroughs() {
        heading("Spielverläufe", "Playthroughs");
        if (m_r.playthroughs.known) {
            m_out << "  " << count(m_r.playthroughs) << (m_r.playthroughs.unbounded ? "" : playthroughWord(m_r.playthroughs))
                  << tr(" bis zu einem Ende (bewiesen)\n", " to an ending (proved)\n");
        } else if (m_r.playthroughBound.known) {
            m_out << "  " << tr("höchstens ", "at most ") << count(m_r.playthroughBound)
                  << tr(" (obere Schranke, bewiesen; genau gezählt wird nur bei vollständiger Erkundung)\n",
                        " (upper bound, proved; the exact count needs full exploration)\n");
        } else {
            m_out << tr("  nicht gezählt: vielleicht unbegrenzt (möglich), denn der Knotengraph hat Schleifen\n",
                        "  not counted: perhaps unbounded (possible), as the node graph has loops\n");
        }
        m_out << tr("  Ein Spielverlauf ist die Folge der Entscheidungen und Zufallsausgänge.\n",
                    "  A playthrough is the sequence of choices and chance outcomes.\n");
    }

    void samples() {
        const PlayoutStats& p = m_r.playouts;
        if (p.random + p.greedy == 0) return;
        heading("Stichproben (geschätzt)", "Sample playthroughs (estimated)");
        m_out << "  " << p.random << tr(" zufällige Verläufe: ", " random playthroughs: ");
        bool first = true;
        for (std::size_t e = 0; e < p.endingCounts.size(); ++e) {
            if (p.endingCounts[e] == 0) continue;
            m_out << (first ? "" : ", ") << m_s.nodes[m_r.endings[e].node].id << " "
                  << points(static_cast<std::int64_t>(p.endingCounts[e]) * 10000 / std::max<std::uint32_t>(1, p.random)) << " %";
            first = false;
        }
        if (p.deadEnds + p.loops + p.unfinished > 0)
            m_out << (first ? "" : ", ") << tr("stecken geblieben ", "stuck ") << p.deadEnds + p.loops + p.unfinished;
        m_out << "\n";
        if (p.result.known) {
            m_out << "  " << tr("Ergebnis: Mittel ", "result: mean ") << points(p.meanResult) << tr(", Spanne ", ", range ")
                  << range(p.result) << "\n  " << tr("Verteilung (je 10 Punkte): ", "distribution (10-point steps): ");
            for (std::size_t b = 0; b < p.histogram.size(); ++b) m_out << (b == 0 ? "" : " ") << p.histogram[b];
            m_out << "\n";
        }
        if (p.greedyResult.known)
            m_out << "  " << p.greedy << tr(" kurzsichtige Verläufe (stets der Schritt, der sofort am meisten bringt bzw. schadet): Ergebnis ",
                                           " greedy playthroughs (the step that looks best or worst right away): result ")
                  << range(p.greedyResult) << "\n";
    }

    void statistics() {
        const AnalysisStats& s = m_r.stats;
        heading("Statistik", "Statistics");
        m_out << "  " << counted(s.nodes, "Knoten", "Knoten", "node", "nodes") << " ("
              << counted(s.decisions, "Entscheidung", "Entscheidungen", "decision", "decisions") << ", "
              << counted(s.endings, "Ende", "Enden", "ending", "endings") << ", "
              << counted(s.chanceNodes, "Zufallsknoten", "Zufallsknoten", "chance node", "chance nodes") << "), "
              << counted(s.choices, "Wahlmöglichkeit", "Wahlmöglichkeiten", "choice", "choices") << "\n";
        m_out << "  " << tr("exakt: ", "exact: ") << s.states << tr(" Zustände, ", " states, ") << s.transitions
              << tr(" Übergänge, ", " transitions, ") << (s.exactComplete ? tr("vollständig", "complete") : tr("unvollständig", "incomplete"))
              << (s.memoryExhausted ? tr(" (Speichergrenze)", " (memory limit)") : "") << ", " << static_cast<long long>(s.exactMs) << " ms\n";
        if (!s.exactComplete) {
            m_out << "  " << tr("abstrakt: ", "abstract: ") << s.abstractRounds << tr(" Schritte, ", " steps, ")
                  << (s.abstractComplete ? tr("Fixpunkt erreicht", "fixpoint reached") : tr("nur Knotengraph", "node graph only")) << ", "
                  << static_cast<long long>(s.abstractMs) << " ms\n";
            m_out << "  " << tr("Suche: ", "search: ") << s.searchStates << tr(" Zustände, ", " states, ")
                  << static_cast<long long>(s.searchMs) << " ms\n";
        }
        m_out << "  " << tr("Stichproben: ", "samples: ") << static_cast<long long>(s.playoutMs) << " ms; "
              << tr("gesamt: ", "total: ") << static_cast<long long>(s.totalMs) << " ms"
              << (s.budgetExhausted ? tr(" (Budget ausgeschöpft)", " (budget used up)") : "") << "\n";
        m_out << "  " << tr("Urteil: ", "verdict: ");
        switch (verdictOf(m_r)) {
        case Verdict::Clean: m_out << tr("in Ordnung – alle Enden erreichbar, keine Sackgasse möglich\n", "clean – every ending reachable, no dead end possible\n"); break;
        case Verdict::Problem: m_out << tr("Probleme bewiesen oder möglich (siehe oben)\n", "problems proved or possible (see above)\n"); break;
        case Verdict::Unproved: m_out << tr("im Budget nichts beweisbar – größeres Budget versuchen (--budget-ms)\n", "nothing could be proved within the budget – try a larger one (--budget-ms)\n"); break;
        }
    }

    const Scenario& m_s;
    const AnalysisReport& m_r;
    bool m_de;
    Lang m_lang;
    std::ostringstream m_out;
};

} // namespace

std::string analysisText(const Scenario& scenario, const AnalysisReport& report, Lang lang) {
    return Writer(scenario, report, lang).run();
}

} // namespace rapport
