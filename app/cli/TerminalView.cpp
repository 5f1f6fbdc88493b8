#include "TerminalView.h"

#include "rapport/core/TimeUnits.h"
#include "rapport/model/Evaluate.h"
#include "rapport/report/ChangeGroups.h"
#include "rapport/report/PlayReport.h"
#include "rapport/report/Points.h"

namespace rapport::cli {

TerminalView::TerminalView(const Runner& runner, Lang lang, TerminalStyle style, std::ostream& out)
    : m_runner(runner), m_lang(lang), m_style(style), m_out(out) {}

void TerminalView::showNew() {
    const Scenario& s = m_runner.scenario();
    const auto& lines = m_runner.lines();
    for (; m_shownLines < lines.size(); ++m_shownLines) {
        const ShownLine& l = lines[m_shownLines];
        showChangesUpTo(l.changesBefore);
        closeLine();
        if (const TextId scene = s.nodes[l.node].scene; scene != kNone && scene != m_scene) {
            m_scene = scene;
            const std::string jump = sceneTimeJump(m_shownLines);
            m_out << "-- " << textOf(s, &m_runner.state(), scene, m_lang) << jump << " --\n";
            // A scene's own waits are the jump into it (see sceneTimeJump): when cooling came with
            // them, they get a line of their own under the header, before the scene's text, not
            // after it or after the answer given there.
            if (jump.empty()) showChangesUpTo(timePassingEnd(m_shownLines));
        }
        if (l.speaker != kNone) m_met.insert(l.speaker), m_out << s.personas[l.speaker].name(m_lang) << ": ";
        m_out << m_runner.lineText(l);
        m_lineOpen = true;
        m_openLineNode = l.node;
    }
    // Only a scripted transcript at a decision keeps the question open for its answer; what came
    // with the question (time passing, cooling) follows the answer's line instead of splitting it.
    if (!m_style.scripted || m_runner.finished() || m_runner.choices().empty() || !m_lineOpen) {
        showChangesUpTo(m_runner.changes().size());
        closeLine();
    }
}

std::string TerminalView::sceneTimeJump(std::size_t line) {
    const auto& lines = m_runner.lines();
    const auto& changes = m_runner.changes();
    // The changes that come with this scene's node: up to the first line of another node.
    std::size_t end = changes.size();
    for (std::size_t j = line + 1; j < lines.size(); ++j)
        if (lines[j].node != lines[line].node) {
            end = lines[j].changesBefore;
            break;
        }
    std::int64_t minutes = 0;
    std::vector<std::size_t> clocks;
    for (std::size_t i = lines[line].changesBefore; i < end; ++i) {
        const Change& c = changes[i];
        // Cooling is told with the time that brought it, on a line of its own.
        if (toldCooling(c)) return {};
        if (c.target == ChangeTarget::Time) minutes += c.delta(), clocks.push_back(i);
    }
    if (minutes < kMinutesPerHour) return {};
    m_foldedClocks.insert(clocks.begin(), clocks.end());
    return " – " + describeLater(minutes, m_lang);
}

std::size_t TerminalView::timePassingEnd(std::size_t line) const {
    const auto& changes = m_runner.changes();
    std::size_t i = m_runner.lines()[line].changesBefore;
    if (i < m_shownChanges) return m_shownChanges;
    bool timePassed = false;
    for (; i < changes.size(); ++i) {
        const Change& c = changes[i];
        const bool timeWork = c.reason == Reason::Drift || c.reason == Reason::PressureFades;
        if (c.target == ChangeTarget::Time) timePassed = true;
        else if (!timeWork) break;
    }
    return timePassed ? i : m_shownChanges;
}

void TerminalView::endScript() {
    m_style.scripted = false;
    finishStory();
}

void TerminalView::finishStory() {
    showChangesUpTo(m_runner.changes().size());
    closeLine();
}

bool TerminalView::toldCooling(const Change& c) const {
    // Only people the player has met so far: the cooling of someone still off stage means nothing yet.
    return (c.reason == Reason::Drift || c.reason == Reason::PressureFades) && c.target != ChangeTarget::Time &&
           !roundsToNothing(c.delta()) && m_met.count(c.persona) != 0;
}

void TerminalView::closeLine() {
    if (!m_lineOpen) return;
    m_out << "\n";
    m_lineOpen = false;
}

void TerminalView::showTaken() {
    const Scenario& s = m_runner.scenario();
    const std::size_t step = m_runner.path().size() - 1;
    const State& before = m_runner.decisionStates()[step];
    const std::string text = textOf(s, &before, s.choices[m_runner.path().back()].text, m_lang);
    // Joined only to a line of the decision itself: an answer never hangs off earlier story.
    if (m_lineOpen && m_openLineNode == before.node) {
        m_out << " → " << text << "\n";
        m_lineOpen = false;
        return;
    }
    closeLine();
    m_out << "  → " << text << "\n";
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
        std::vector<std::size_t> moves, cooling;
        std::int64_t minutes = 0;
        const Change* clock = nullptr;
        for (std::size_t i : batch) {
            if (changes[i].target != ChangeTarget::Time) moves.push_back(i);
            else if (m_foldedClocks.count(i) == 0) minutes += changes[i].delta(), clock = &changes[i];
            if (toldCooling(changes[i])) cooling.push_back(i);
        }
        // From now on the people this move touched count as met (their cooling before it does not).
        for (std::size_t i : moves)
            if (changes[i].persona != kNone && changes[i].reason != Reason::Drift && changes[i].reason != Reason::PressureFades)
                m_met.insert(changes[i].persona);
        std::vector<std::pair<std::string, bool>> out;
        for (const ReasonGroup& g : groupChanges(s, changes, &m_runner.state(), moves, m_lang))
            out.emplace_back(g.what.empty() ? g.why : g.what + " – " + g.why, !g.what.empty());
        std::string passing;
        if (clock && minutes >= kMinutesPerHour) {
            Change total = *clock;
            total.after = total.before + minutes;
            passing = describeChange(s, &m_runner.state(), total, m_lang);
        }
        const std::string drift = driftSummary(s, changes, cooling, m_lang);
        if (!passing.empty() && !drift.empty()) out.emplace_back(passing + " " + drift, false);
        else if (!passing.empty()) out.emplace_back(passing, false);
        else if (!drift.empty()) out.emplace_back(drift, true);
        for (const auto& [line, reason] : out) {
            if (m_style.holdReasons && reason) {
                m_held.push_back(std::to_string(step + 1) + ". " + line);
                continue;
            }
            closeLine();
            m_out << "   · " << line << "\n";
        }
    }
}

void TerminalView::showChoices() {
    if (m_style.scripted) return;
    closeLine();
    const Scenario& s = m_runner.scenario();
    const auto& open = m_runner.choices();
    for (std::size_t i = 0; i < open.size(); ++i)
        m_out << "  " << (i + 1) << ") " << textOf(s, &m_runner.state(), s.choices[open[i]].text, m_lang) << "  ["
              << s.choices[open[i]].id << "]\n";
}

void TerminalView::showHeldReasons() {
    closeLine();
    if (m_held.empty()) return;
    m_out << "\n" << (m_lang == Lang::De ? "Was Ihre Entscheidungen bewirkt haben:" : "What your decisions did:") << "\n";
    for (const std::string& line : m_held) m_out << "  " << line << "\n";
    m_held.clear();
}

} // namespace rapport::cli
