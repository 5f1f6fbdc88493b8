#include "rapport/play/Runner.h"

#include <charconv>

namespace rapport {

/// Stores each produced line in the runner's text buffer and passes it on to the observer.
class Runner::Recorder final : public LineSink {
public:
    explicit Recorder(Runner& runner) : m_runner(runner) {}
    void line(NodeIndex node, PersonaIndex speaker, std::string_view text) override {
        if (m_runner.m_options.keepLog) {
            ShownLine shown;
            shown.step = m_runner.m_state.step;
            shown.node = node;
            shown.speaker = speaker;
            shown.begin = static_cast<std::uint32_t>(m_runner.m_text.size());
            shown.length = static_cast<std::uint32_t>(text.size());
            shown.changesBefore = static_cast<std::uint32_t>(m_runner.m_changes.size());
            m_runner.m_text.append(text);
            m_runner.m_lines.push_back(shown);
        }
        if (m_runner.m_observer != nullptr) m_runner.m_observer->line(node, speaker, text);
    }

private:
    Runner& m_runner;
};

Runner::Runner(const Scenario& scenario, const RunnerOptions& options) : m_scenario(scenario), m_options(options) {
    restart();
}

void Runner::restart() {
    m_state = initialState(m_scenario, m_options.seed);
    applyStartPoint(m_scenario, m_options.start, m_state);
    m_looped = false;
    m_path.clear();
    // Keep the old snapshots' buffers for reuse: a seminar or a benchmark restarts often.
    for (State& old : m_history) m_spare.push_back(std::move(old));
    m_history.clear();
    m_changes.clear();
    m_lines.clear();
    m_steps.clear();
    m_text.clear();
    advance();
}

void Runner::advance() {
    Recorder recorder(*this);
    ChangeSink sink{m_options.keepLog ? &m_changes : nullptr, m_state.step, m_state.node, kNone};
    m_looped = !enterNodes(m_scenario, m_state, sink, &recorder, m_options.lang, m_scratch);
    openChoices(m_scenario, m_state, m_open);
    if (m_options.keepLog) pushSnapshot();
}

void Runner::pushSnapshot() {
    if (m_spare.empty()) {
        m_history.push_back(m_state);
        return;
    }
    State snapshot = std::move(m_spare.back());
    m_spare.pop_back();
    snapshot = m_state; // copy-assignment reuses the spare's vector capacity
    m_history.push_back(std::move(snapshot));
}

ChooseError Runner::choose(ChoiceIndex choice) {
    if (finished()) return ChooseError::Finished;
    bool open = false;
    for (ChoiceIndex c : m_open) open = open || c == choice;
    if (!open) return ChooseError::NotOpen;

    StepRecord record;
    record.decision = m_state.node;
    record.choice = choice;
    record.firstChange = static_cast<std::uint32_t>(m_changes.size());
    if (m_options.keepLog) record.resultBefore = resultOf(m_scenario, m_state);
    ChangeSink sink{m_options.keepLog ? &m_changes : nullptr, m_state.step, m_state.node, choice};
    applyChoice(m_scenario, m_state, choice, sink);
    if (m_options.keepLog) {
        // The choice's own effect, before the scenes it leads into add theirs.
        record.resultAfter = resultOf(m_scenario, m_state);
        record.changeCount = static_cast<std::uint32_t>(m_changes.size()) - record.firstChange;
        m_steps.push_back(record);
    }
    m_path.push_back(choice);
    advance();
    return ChooseError::None;
}

ChooseError Runner::choose(std::string_view idOrNumber) {
    unsigned number = 0;
    const char* end = idOrNumber.data() + idOrNumber.size();
    if (!idOrNumber.empty()) {
        auto [ptr, ec] = std::from_chars(idOrNumber.data(), end, number);
        if (ec == std::errc() && ptr == end) {
            if (number == 0 || number > m_open.size()) return ChooseError::NotOpen;
            return choose(m_open[number - 1]);
        }
    }
    const std::optional<ChoiceIndex> choice = findChoice(idOrNumber);
    if (!choice) return ChooseError::Unknown;
    return choose(*choice);
}

std::optional<ChoiceIndex> Runner::findChoice(std::string_view id) const {
    for (std::size_t i = 0; i < m_scenario.choices.size(); ++i)
        if (m_scenario.choices[i].id == id) return static_cast<ChoiceIndex>(i);
    return std::nullopt;
}

void Runner::rewindTo(std::size_t step) {
    if (step >= m_history.size()) return;
    m_state = m_history[step];
    m_history.resize(step + 1);
    m_path.resize(step);
    if (step < m_steps.size()) {
        m_changes.resize(m_steps[step].firstChange);
        m_steps.resize(step);
    }
    std::size_t keepLines = 0;
    while (keepLines < m_lines.size() && m_lines[keepLines].step <= step) ++keepLines;
    if (keepLines < m_lines.size()) m_text.resize(m_lines[keepLines].begin);
    m_lines.resize(keepLines);
    m_looped = false;
    openChoices(m_scenario, m_state, m_open);
}

} // namespace rapport
