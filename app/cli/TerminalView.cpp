#include "TerminalView.h"

#include "rapport/core/TimeUnits.h"
#include "rapport/model/Evaluate.h"
#include "rapport/report/ChangeGroups.h"
#include "rapport/report/PlayReport.h"

namespace rapport::cli {

TerminalView::TerminalView(const Runner& runner, Lang lang, TerminalStyle style, std::ostream& out)
    : m_runner(runner), m_lang(lang), m_style(style), m_out(out) {}

void TerminalView::showNew() {
    const Scenario& s = m_runner.scenario();
    const auto& lines = m_runner.lines();
    for (; m_shownLines < lines.size(); ++m_shownLines) {
        const ShownLine& l = lines[m_shownLines];
        showChangesUpTo(l.changesBefore);
        if (const TextId scene = s.nodes[l.node].scene; scene != kNone && scene != m_scene) {
            m_scene = scene;
            m_out << "-- " << textOf(s, &m_runner.state(), scene, m_lang) << " --\n";
        }
        if (l.speaker != kNone) m_out << s.personas[l.speaker].name << ": ";
        m_out << m_runner.lineText(l) << "\n";
    }
    showChangesUpTo(m_runner.changes().size());
}

void TerminalView::showChangesUpTo(std::size_t end) {
    if (m_shownChanges >= end) return;
    const Scenario& s = m_runner.scenario();
    const auto& changes = m_runner.changes();
    // One batch per decision: the same grouping as the window, then cooling on one line.
    while (m_shownChanges < end) {
        const std::uint32_t step = changes[m_shownChanges].step;
        std::vector<std::size_t> batch;
        for (; m_shownChanges < end && changes[m_shownChanges].step == step; ++m_shownChanges) batch.push_back(m_shownChanges);
        // Moves of a value are reasons (they may wait for the debrief); facts and links are story.
        // Time passing and the cooling it brings share one line; minutes pass without a line
        // (the story tells the time left, the choice what it takes).
        std::vector<std::size_t> moves;
        std::int64_t minutes = 0;
        const Change* clock = nullptr;
        for (std::size_t i : batch) {
            if (changes[i].target != ChangeTarget::Time) moves.push_back(i);
            else minutes += changes[i].delta(), clock = &changes[i];
        }
        std::vector<std::pair<std::string, bool>> out;
        for (const ReasonGroup& g : groupChanges(s, changes, &m_runner.state(), moves, m_lang))
            out.emplace_back(g.what.empty() ? g.why : g.what + " – " + g.why, !g.what.empty());
        std::string passing;
        if (clock && minutes >= kMinutesPerHour) {
            Change total = *clock;
            total.after = total.before + minutes;
            passing = describeChange(s, &m_runner.state(), total, m_lang);
        }
        const std::string drift = driftSummary(s, changes, batch, m_lang);
        if (!passing.empty() && !drift.empty()) out.emplace_back(passing + " " + drift, false);
        else if (!passing.empty()) out.emplace_back(passing, false);
        else if (!drift.empty()) out.emplace_back(drift, true);
        for (const auto& [line, reason] : out) {
            if (m_style.holdReasons && reason) m_held.push_back(std::to_string(step + 1) + ". " + line);
            else m_out << "   · " << line << "\n";
        }
    }
}

void TerminalView::showChoices() {
    if (m_style.scripted) return;
    const Scenario& s = m_runner.scenario();
    const auto& open = m_runner.choices();
    for (std::size_t i = 0; i < open.size(); ++i)
        m_out << "  " << (i + 1) << ") " << textOf(s, &m_runner.state(), s.choices[open[i]].text, m_lang) << "  ["
              << s.choices[open[i]].id << "]\n";
}

void TerminalView::showHeldReasons() {
    if (m_held.empty()) return;
    m_out << "\n" << (m_lang == Lang::De ? "Was Ihre Entscheidungen bewirkt haben:" : "What your decisions did:") << "\n";
    for (const std::string& line : m_held) m_out << "  " << line << "\n";
    m_held.clear();
}

} // namespace rapport::cli
