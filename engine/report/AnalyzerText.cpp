// The analyzer's report as text for trainers, in German or English: a short summary first (the
// endings a group reaches and how often, the best and the worst run on the learner's 0-100 score,
// what to fix), then the problems, the endings and the best and worst runs with the choices' texts;
// the technical figures only with --details.

#include "rapport/report/AnalyzerReport.h"

#include "report/AnalyzerWords.h"

#include "rapport/model/Evaluate.h"
#include "rapport/model/Score.h"

#include <sstream>

namespace rapport {
namespace {

class Writer : public AnalyzerWords {
public:
    Writer(const Scenario& s, const AnalysisReport& r, Lang lang, bool details) : AnalyzerWords(s, lang), m_r(r), m_details(details) {}

    std::string run() {
        header();
        summary();
        problems();
        endings();
        extremes();
        remarks();
        if (m_details) {
            playthroughs();
            samples();
            statistics();
        }
        return m_out.str();
    }

private:
    void heading(const char* de, const char* en) { m_out << "\n== " << tr(de, en) << " ==\n"; }

    void header() {
        m_out << tr("Analyse: ", "Analysis: ") << textOf(m_s, nullptr, m_s.title, m_lang) << " (" << m_s.id << ")\n";
        if (m_r.stats.exactComplete)
            m_out << tr("Jeder mögliche Durchgang wurde durchgespielt: Alle Angaben sind sicher.\n",
                        "Every possible run was played through: every statement is certain.\n");
        else
            m_out << tr("Es gibt zu viele mögliche Durchgänge, um alle durchzuspielen. Jede Angabe sagt, wie sicher sie ist:\n"
                        "„bewiesen“ gilt für jeden Durchgang, „möglich“ ist weder gezeigt noch ausgeschlossen, „geschätzt“ stammt aus Stichproben.\n",
                        "There are too many possible runs to play them all. Each statement says how sure it is: \"proved\"\n"
                        "holds for every run, \"possible\" is neither shown nor ruled out, \"estimated\" comes from samples.\n");
    }

    /// "42 %" of `n` out of `total` (decimal comma in German).
    [[nodiscard]] std::string share(std::uint32_t n, std::uint32_t total) const {
        return points(static_cast<std::int64_t>(n) * 10000 / std::max<std::uint32_t>(1, total)) + " %";
    }

    void endingLine(std::size_t e) {
        const EndingReport& er = m_r.endings[e];
        const PlayoutStats& p = m_r.playouts;
        m_out << "    " << endingName(er.node) << ": ";
        if (er.reach == Reach::Unreachable) {
            m_out << tr("nie erreichbar (bewiesen)\n", "never reached (proved)\n");
            return;
        }
        if (er.reach == Reach::Unknown) {
            m_out << tr("ob es erreichbar ist, blieb offen (möglich)\n", "whether it can be reached is open (possible)\n");
            return;
        }
        const std::uint32_t random = e < p.endingCounts.size() ? p.endingCounts[e] : 0;
        const std::uint32_t careless = e < p.carelessCounts.size() ? p.carelessCounts[e] : 0;
        if (p.random > 0) {
            if (random == 0) m_out << tr("erreichbar, aber in keinem von ", "reachable, but in none of ") << number(p.random) << tr(" zufälligen Durchgängen", " random runs");
            else if (random * 100 < p.random) m_out << tr("kaum je erreicht: ", "almost never reached: ") << share(random, p.random) << tr(" der zufälligen Durchgänge", " of random runs");
            else m_out << share(random, p.random) << tr(" der zufälligen Durchgänge", " of random runs");
        } else {
            m_out << tr("erreichbar", "reachable");
        }
        if (p.careless > 0) m_out << ", " << share(careless, p.careless) << tr(" der unachtsamen", " of careless ones");
        if (er.seen.result.known)
            m_out << tr("; Wertung ", "; score ") << scoreRange(er.seen.result, er.node)
                  << (er.seenGuarantee == Guarantee::Proved ? "" : tr(" (gefunden)", " (found)"));
        m_out << "\n";
    }

    void summary() {
        heading("Auf einen Blick", "At a glance");
        m_out << tr("  Welche Enden eine Gruppe erreicht (Anteil zufälliger Durchgänge und unachtsamer, die stets die erste\n"
                    "  Möglichkeit wählen; Wertung 0–100 wie für die Lernenden):\n",
                    "  Which endings a group reaches (share of random runs and of careless ones that always take the first\n"
                    "  option; score 0-100 as the learners see it):\n");
        if (m_r.endings.empty()) m_out << tr("    Das Szenario hat kein Ende.\n", "    The scenario has no ending.\n");
        for (std::size_t e = 0; e < m_r.endings.size(); ++e) endingLine(e);
        extremeLine(m_r.best, true);
        extremeLine(m_r.worst, false);
        const std::size_t n = problemCount();
        m_out << "  " << tr("Zu beheben: ", "To fix: ");
        if (n == 0) m_out << tr("nichts.\n", "nothing.\n");
        else m_out << n << (n == 1 ? tr(" Problem, siehe unten.\n", " problem, see below.\n") : tr(" Probleme, siehe unten.\n", " problems, see below.\n"));
    }

    void extremeLine(const Extreme& x, bool best) {
        m_out << "  " << (best ? tr("Der beste Durchgang", "The best run") : tr("Der schlechteste Durchgang", "The worst run"));
        if (!x.found) {
            m_out << tr(": keiner erreicht ein Ende.\n", ": none reaches an ending.\n");
            return;
        }
        const int found = scoreAt(m_s, x.result, x.ending);
        if (x.guarantee == Guarantee::Proved) {
            m_out << tr(" erreicht ", " scores ") << found << tr(" Punkte (bewiesen).\n", " points (proved).\n");
            return;
        }
        if (!x.bounded) {
            m_out << (best ? tr(" erreicht mindestens ", " scores at least ") : tr(" erreicht höchstens ", " scores at most ")) << found
                  << tr(" Punkte (ein gefundener Durchgang; weiter eingrenzen ließ es sich nicht).\n",
                        " points (a run found; it could not be narrowed down further).\n");
            return;
        }
        const int limit = scoreOf(m_s, x.bound);
        const int lo = best ? found : std::min(found, limit), hi = best ? std::max(found, limit) : found;
        if (lo == hi) {
            m_out << tr(" erreicht ", " scores ") << found << tr(" Punkte (bewiesen).\n", " points (proved).\n");
            return;
        }
        m_out << tr(" erreicht zwischen ", " scores between ") << lo << tr(" und ", " and ") << hi << tr(" Punkte: Ein gefundener Durchgang erreicht ", " points: a run found scores ")
              << found;
        const bool open = best ? hi >= 100 : lo <= 0; // the limit says nothing beyond the scale
        if (open) m_out << tr(", genauer ließ es sich nicht eingrenzen.\n", "; it could not be narrowed down further.\n");
        else m_out << (best ? tr(", und keiner erreicht mehr als ", ", and no run scores more than ") : tr(", und keiner erreicht weniger als ", ", and no run scores less than "))
                   << (best ? hi : lo) << ".\n";
    }

    [[nodiscard]] std::size_t problemCount() const {
        std::size_t n = m_r.deadEnds.size() + m_r.loops.size() + m_r.closedLoops.size() + m_r.inflatingLoops.size() +
                        m_r.contradictoryConditions.size();
        for (const EndingReport& e : m_r.endings) n += e.reach != Reach::Reachable ? 1 : 0;
        for (const RatingMismatch& m : m_r.ratingMismatches) n += m.guarantee == Guarantee::Proved ? 1 : 0;
        return n;
    }

    void stuck(const std::vector<Finding>& list, const char* de, const char* en) {
        for (const Finding& f : list) {
            const FilePlace where = placeOf(f.node);
            m_out << "  – " << tr(de, en) << " „" << m_s.nodes[f.node].id << "“ (" << sure(f.guarantee) << "; " << place(where) << ")";
            if (f.guarantee == Guarantee::Proved && !f.witness.steps.empty()) {
                m_out << tr(", zum Beispiel so:\n", ", for example like this:\n");
                pathLines(f.witness);
            } else {
                m_out << "\n";
            }
        }
    }

    void problems() {
        heading("Zu beheben", "To fix");
        if (problemCount() == 0) {
            m_out << tr("  Nichts: Jedes Ende ist erreichbar, kein Durchgang bleibt stecken, keine Schleife treibt die Wertung hoch,\n"
                        "  jede Bedingung ist erfüllbar, und die Bewertungen der Enden passen zu ihren Ergebnissen.\n",
                        "  Nothing: every ending can be reached, no run gets stuck, no loop drives the score up, every condition\n"
                        "  can hold, and the endings' ratings agree with their results.\n");
            return;
        }
        for (const EndingReport& e : m_r.endings) {
            if (e.reach == Reach::Unreachable)
                m_out << "  – " << tr("Das Ende ", "The ending ") << endingName(e.node) << tr(" ist nie erreichbar (bewiesen; ", " is never reached (proved; ")
                      << place(placeOf(e.node)) << ").\n";
            else if (e.reach == Reach::Unknown)
                m_out << "  – " << tr("Ob das Ende ", "Whether the ending ") << endingName(e.node)
                      << tr(" erreichbar ist, blieb offen (möglich; ", " can be reached is open (possible; ") << place(placeOf(e.node)) << ").\n";
        }
        stuck(m_r.deadEnds, "Sackgasse: Keine Wahl ist offen bei", "Dead end: no choice is open at");
        stuck(m_r.loops, "Endlosschleife ohne Entscheidung bei", "Endless loop without a decision at");
        stuck(m_r.closedLoops, "Kein Ende mehr erreichbar ab", "No ending can be reached any more from");
        for (const InflatingLoop& l : m_r.inflatingLoops) {
            m_out << "  – " << tr("Eine Schleife treibt die Wertung hoch (bewiesen; ", "A loop drives the score up (proved; ") << place(l.place)
                  << tr("): Bei „", "): at \"") << m_s.nodes[l.node].id << tr("“ lässt sich immer wieder wählen:\n", "\" the player can choose again and again:\n");
            for (ChoiceIndex c : l.round) m_out << "      " << quoted(choiceText(c)) << "\n";
            m_out << tr("    Das Ergebnis steigt jede Runde: ", "    The result rises each round: ");
            for (std::size_t i = 0; i < l.results.size(); ++i) m_out << (i == 0 ? "" : " → ") << points(l.results[i]);
            m_out << tr(" (Wertung ", " (score ") << scoreOf(m_s, l.results.front()) << " → " << scoreOf(m_s, l.results.back())
                  << tr("). Sperren Sie die Wiederholung, etwa mit „not chose(…)“ im „if“ der Möglichkeit.\n",
                        "). Block the repetition, for instance with \"not chose(…)\" in the option's \"if\".\n");
        }
        for (const RatingMismatch& m : m_r.ratingMismatches) {
            if (m.guarantee != Guarantee::Proved) continue;
            m_out << "  – " << tr("Bewertung und Ergebnis passen nicht (bewiesen): Das gute Ende „", "Rating and result disagree (proved): the good ending \"")
                  << m_s.nodes[m.good].id << tr("“ (", "\" (") << place(m.goodPlace) << tr(") bringt höchstens ", ") gives at most ") << points(m.goodBest)
                  << tr(", das schwache Ende „", ", the poor ending \"") << m_s.nodes[m.poor].id << tr("“ (", "\" (") << place(m.poorPlace)
                  << tr(") bis zu ", ") up to ") << points(m.poorBest)
                  << tr(" (Ergebnis: gewichtete Beziehungsqualität 0–100).\n", " (result: weighted relationship quality 0-100).\n");
        }
        for (const ContradictoryCondition& c : m_r.contradictoryConditions)
            m_out << "  – " << tr("Die Bedingung „", "The condition \"") << c.text << tr("“ kann nie gelten, keine Werte erfüllen sie (", "\" can never hold, no values satisfy it (")
                  << place(c.place) << ").\n";
    }

    void endings() {
        heading("Enden mit einem Beispiel", "Endings with an example");
        for (const EndingReport& e : m_r.endings) {
            m_out << "  " << endingName(e.node) << ": ";
            if (e.reach != Reach::Reachable) {
                m_out << (e.reach == Reach::Unreachable ? tr("nie erreichbar (bewiesen)\n", "never reached (proved)\n")
                                                        : tr("vielleicht erreichbar (möglich)\n", "perhaps reachable (possible)\n"));
                continue;
            }
            if (e.seen.result.known)
                m_out << tr("Ergebnis ", "result ") << range(e.seen.result)
                      << (e.seenGuarantee == Guarantee::Proved ? tr(" (bewiesen)", " (proved)") : tr(" in den gefundenen Durchgängen (geschätzt)", " in the runs found (estimated)"));
            m_out << tr(", zum Beispiel so:\n", ", for example like this:\n");
            pathLines(e.witness);
            if (!m_details) continue;
            if (e.bound.result.known && e.seenGuarantee != Guarantee::Proved)
                m_out << "    " << tr("sichere Grenzen (bewiesen): Ergebnis ", "safe limits (proved): result ") << range(e.bound.result) << "\n";
            personaRanges(e.seen);
            if (e.playthroughs.known) m_out << "    " << count(e.playthroughs) << playthroughWord(e.playthroughs) << "\n";
        }
    }

    void personaRanges(const EndingRanges& r) {
        for (std::size_t p = 0; p < r.personas.size() && p < m_s.personas.size(); ++p) {
            const PersonaRanges& pr = r.personas[p];
            m_out << "      " << m_s.personas[p].name(m_lang) << ": " << tr("Qualität ", "quality ") << range(pr.quality);
            for (std::size_t d = 0; d < kDimensionCount; ++d)
                m_out << ", " << nameOf(static_cast<Dimension>(d), m_lang) << " " << range(pr.dims[d]);
            m_out << "\n";
        }
    }

    void extremePath(const Extreme& x, const char* de, const char* en) {
        heading(de, en);
        if (!x.found) {
            m_out << tr("  Kein Durchgang erreicht ein Ende.\n", "  No run reaches an ending.\n");
            return;
        }
        m_out << "  " << tr("Wertung ", "Score ") << scoreAt(m_s, x.result, x.ending) << tr(" von 100 bei ", " of 100 at ") << endingName(x.ending)
              << tr(" (Ergebnis ", " (result ") << points(x.result) << ", " << sure(x.guarantee) << "):\n";
        pathLines(x.witness);
    }

    void extremes() {
        extremePath(m_r.best, "Der beste Durchgang", "The best run");
        if (m_r.bestTies.found > 0) {
            m_out << "  " << m_r.bestTies.found
                  << (m_r.bestTies.found == 1 ? tr(" weiterer Durchgang erreicht genau dasselbe Ergebnis", " other run reaches exactly the same result")
                                              : tr(" weitere Durchgänge erreichen genau dasselbe Ergebnis", " other runs reach exactly the same result"))
                  << tr(", zum Beispiel:\n", ", for example:\n");
            for (const BestTie& t : m_r.bestTies.examples)
                m_out << "      " << tr("bei Schritt ", "at step ") << t.step + 1 << " " << quoted(choiceText(t.alternative)) << tr(" statt ", " instead of ")
                      << quoted(choiceText(t.original)) << "\n";
        }
        extremePath(m_r.worst, "Der schlechteste Durchgang", "The worst run");
        if (!m_r.stats.exactComplete && m_r.stats.chanceNodes > 0)
            m_out << tr("  (Zufall: Jeder mögliche Ausgang zählt als erreichbar.)\n", "  (Chance: every possible outcome counts as reachable.)\n");
    }

    template <typename Name>
    void neverList(const std::vector<NeverItem>& list, const char* de, const char* en, Name name) {
        if (list.empty()) return;
        m_out << "  – " << tr(de, en) << ": ";
        for (std::size_t i = 0; i < list.size(); ++i) m_out << (i == 0 ? "" : ", ") << name(list[i].index);
        m_out << " (" << sure(list.front().guarantee) << ")\n";
    }

    void remarks() {
        heading("Hinweise", "Remarks");
        const std::size_t before = static_cast<std::size_t>(m_out.tellp());
        for (const UnusedFact& f : m_r.unusedFacts)
            m_out << "  – " << tr("Erfahren, aber nie genutzt: „", "Learned but never used: \"") << m_s.facts[f.fact].id
                  << tr("“ – keine Bedingung und keine Wahl liest es (", "\" – no condition and no choice reads it (") << place(f.place) << ").\n";
        for (const RatingMismatch& m : m_r.ratingMismatches) {
            if (m.guarantee == Guarantee::Proved) continue;
            m_out << "  – " << tr("Vielleicht passen Bewertung und Ergebnis nicht (geschätzt): Das gute Ende ", "Rating and result may disagree (estimated): the good ending ")
                  << endingName(m.good) << tr(" brachte in den gefundenen Durchgängen höchstens ", " gave at most ") << points(m.goodBest)
                  << tr(", das schwache Ende ", " in the runs found, the poor ending ") << endingName(m.poor) << tr(" bis zu ", " up to ") << points(m.poorBest) << ".\n";
        }
        neverList(m_r.unreachedNodes, "Nie erreichte Knoten", "Nodes never reached", [&](std::uint32_t i) { return m_s.nodes[i].id; });
        neverList(m_r.neverOpenChoices, "Nie angebotene Wahlmöglichkeiten", "Choices never offered", [&](std::uint32_t i) {
            return m_s.choices[i].id + " (" + m_s.nodes[m_s.choices[i].node].id + ")";
        });
        neverList(m_r.unexercisedPrinciples, "Nie angewandte Prinzipien", "Principles never applied",
                  [&](std::uint32_t i) { return std::string(idOf(static_cast<Principle>(i))); });
        neverList(m_r.unlearnedFacts, "Nie erfahrene Fakten", "Facts never learned", [&](std::uint32_t i) { return m_s.facts[i].id; });
        neverList(m_r.unreadVariables, "Nie gelesene Variablen", "Variables never read", [&](std::uint32_t i) { return m_s.variableNames[i]; });
        if (static_cast<std::size_t>(m_out.tellp()) == before) m_out << tr("  Keine.\n", "  None.\n");
    }

    void playthroughs() {
        heading("Anzahl der Durchgänge", "Number of runs");
        if (m_r.playthroughs.known) {
            m_out << "  " << count(m_r.playthroughs) << (m_r.playthroughs.unbounded ? "" : playthroughWord(m_r.playthroughs))
                  << tr(" bis zu einem Ende (bewiesen)\n", " to an ending (proved)\n");
        } else if (m_r.playthroughBound.known) {
            m_out << "  " << tr("höchstens ", "at most ") << count(m_r.playthroughBound)
                  << tr(" (obere Schranke, bewiesen; genau gezählt wird nur, wenn jeder Durchgang durchgespielt wurde)\n",
                        " (upper limit, proved; the exact count needs every run played through)\n");
        } else {
            m_out << tr("  nicht gezählt: Die Knoten bilden Schleifen, und nicht jeder Durchgang wurde durchgespielt\n",
                        "  not counted: the nodes form loops, and not every run was played through\n");
        }
        if (m_r.undecidedNodes + m_r.undecidedChoices > 0)
            m_out << "  " << tr("Offen geblieben: ", "Left open: ") << m_r.undecidedNodes << tr(" Knoten und ", " nodes and ") << m_r.undecidedChoices
                  << tr(" Wahlmöglichkeiten weder gesehen noch ausgeschlossen.\n", " choices neither seen nor ruled out.\n");
    }

    void samples() {
        const PlayoutStats& p = m_r.playouts;
        if (p.random + p.greedy == 0) return;
        heading("Stichproben (geschätzt)", "Sample runs (estimated)");
        m_out << "  " << number(p.random) << tr(" zufällige Durchgänge: ", " random runs: ");
        bool first = true;
        for (std::size_t e = 0; e < p.endingCounts.size(); ++e) {
            m_out << (first ? "" : ", ") << m_s.nodes[m_r.endings[e].node].id << " " << share(p.endingCounts[e], p.random);
            first = false;
        }
        if (p.deadEnds + p.loops + p.unfinished > 0)
            m_out << (first ? "" : ", ") << tr("stecken geblieben ", "stuck ") << p.deadEnds + p.loops + p.unfinished;
        m_out << "\n";
        if (p.result.known) {
            m_out << "  " << tr("Ergebnis: Mittel ", "result: mean ") << points(p.meanResult) << tr(", Spanne ", ", range ") << range(p.result)
                  << "\n  " << tr("Verteilung (je 10 Punkte): ", "distribution (10-point steps): ");
            for (std::size_t b = 0; b < p.histogram.size(); ++b) m_out << (b == 0 ? "" : " ") << p.histogram[b];
            m_out << "\n";
        }
        if (p.careless > 0) m_out << "  " << p.careless << tr(" unachtsame Durchgänge (stets die erste Möglichkeit), ", " careless runs (always the first option), ")
                                  << p.carelessStuck << tr(" davon stecken geblieben\n", " of them stuck\n");
        if (p.greedyResult.known)
            m_out << "  " << p.greedy << tr(" kurzsichtige Durchgänge (stets der Schritt, der sofort am meisten bringt bzw. schadet): Ergebnis ",
                                           " short-sighted runs (the step that looks best or worst right away): result ")
                  << range(p.greedyResult) << "\n";
    }

    void statistics() {
        const AnalysisStats& s = m_r.stats;
        heading("Statistik", "Statistics");
        m_out << "  " << counted(s.nodes, "Knoten", "Knoten", "node", "nodes") << " (" << counted(s.decisions, "Entscheidung", "Entscheidungen", "decision", "decisions")
              << ", " << counted(s.endings, "Ende", "Enden", "ending", "endings") << ", " << counted(s.chanceNodes, "Zufallsknoten", "Zufallsknoten", "chance node", "chance nodes")
              << "), " << counted(s.choices, "Wahlmöglichkeit", "Wahlmöglichkeiten", "choice", "choices") << "\n";
        m_out << "  " << tr("exakt: ", "exact: ") << s.states << tr(" Zustände, ", " states, ") << s.transitions << tr(" Übergänge, ", " transitions, ")
              << (s.exactComplete ? tr("vollständig", "complete") : tr("unvollständig", "incomplete")) << (s.memoryExhausted ? tr(" (Speichergrenze)", " (memory limit)") : "")
              << ", " << static_cast<long long>(s.exactMs) << " ms\n";
        if (!s.exactComplete) {
            m_out << "  " << tr("abstrakt: ", "abstract: ") << s.abstractRounds << tr(" Schritte, ", " steps, ")
                  << (s.abstractComplete ? tr("abgeschlossen", "finished") : tr("nur Knotengraph", "node graph only")) << ", " << static_cast<long long>(s.abstractMs) << " ms\n";
            m_out << "  " << tr("Suche: ", "search: ") << s.searchStates << tr(" Zustände, ", " states, ") << static_cast<long long>(s.searchMs) << " ms\n";
        }
        m_out << "  " << tr("Stichproben: ", "samples: ") << static_cast<long long>(s.playoutMs) << " ms; " << tr("gesamt: ", "total: ")
              << static_cast<long long>(s.totalMs) << " ms" << (s.budgetExhausted ? tr(" (Zeit ausgeschöpft)", " (time used up)") : "") << "\n";
        m_out << "  " << tr("Urteil: ", "verdict: ");
        switch (verdictOf(m_r)) {
        case Verdict::Clean: m_out << tr("in Ordnung\n", "clean\n"); break;
        case Verdict::Problem: m_out << tr("Probleme bewiesen oder möglich (siehe oben)\n", "problems proved or possible (see above)\n"); break;
        case Verdict::Unproved: m_out << tr("in der Zeit nichts beweisbar – mehr Zeit versuchen (--budget-ms)\n", "nothing could be proved in time – try more (--budget-ms)\n"); break;
        }
    }

    const AnalysisReport& m_r;
    bool m_details;
};

} // namespace

std::string analysisText(const Scenario& scenario, const AnalysisReport& report, Lang lang, bool details) {
    return Writer(scenario, report, lang, details).run();
}

} // namespace rapport
