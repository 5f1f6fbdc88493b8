#include "rapport/play/Runner.h"

#include <charconv>

namespace rapport {

/// Stores each produced line in the runner's text buffer and passes it on to the observer.
class Runner::Recorder final : public LineSink {
public:
    explicit Recorder(Runner& runner) : m_runner(runner) {}
    void line(NodeIndex node, PersonaIndex speaker, std::string_view text) override {
        // Past the log's budget a line is dropped and the playthrough ends as too long.
        if (m_runner.m_options.keepLog && m_runner.logBytes() + text.size() + sizeof(ShownLine) > m_runner.m_options.maxLogBytes)
            m_runner.m_tooLong = true;
        if (m_runner.m_options.keepLog && !m_runner.m_tooLong) {
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
    m_stateBytes = sizeof(State) + m_state.vars.size() * sizeof(std::int64_t) +
                   m_state.personas.size() * sizeof(PersonaState) +
                   (m_state.facts.size() + m_state.tracking.size()) * sizeof(std::uint64_t);
    m_looped = false;
    m_tooLong = false;
    m_work = 0;
    m_workAtSnapshot.clear();
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
    ChangeSink sink{m_options.keepLog ? &m_changes : nullptr, m_state.step, m_state.node, kNone, 0};
    sink.maxOut = changeRoom();
    m_looped = !enterNodes(m_scenario, m_state, sink, &recorder, m_options.lang, m_scratch);
    openChoices(m_scenario, m_state, m_open);
    if (sink.full) m_tooLong = true;
    account(sink.work);
    if (m_options.keepLog) pushSnapshot();
}

std::size_t Runner::changeRoom() const {
    const std::size_t used = logBytes();
    return m_changes.size() + (used < m_options.maxLogBytes ? (m_options.maxLogBytes - used) / sizeof(Change) : 0);
}

std::size_t Runner::logBytes() const {
    return m_history.size() * m_stateBytes + m_changes.size() * sizeof(Change) + m_lines.size() * sizeof(ShownLine) +
           m_steps.size() * sizeof(StepRecord) + m_path.size() * sizeof(ChoiceIndex) + m_text.size();
}

void Runner::account(std::uint64_t work) {
    m_work += work;
    if (m_work > m_options.maxWork || (m_options.keepLog && logBytes() > m_options.maxLogBytes)) m_tooLong = true;
}

void Runner::pushSnapshot() {
    m_workAtSnapshot.push_back(m_work);
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
    if (m_tooLong) return ChooseError::TooLong;
    bool open = false;
    for (ChoiceIndex c : m_open) open = open || c == choice;
    if (!open) return ChooseError::NotOpen;

    StepRecord record;
    record.decision = m_state.node;
    record.choice = choice;
    record.firstChange = static_cast<std::uint32_t>(m_changes.size());
    if (m_options.keepLog) record.resultBefore = resultOf(m_scenario, m_state);
    ChangeSink sink{m_options.keepLog ? &m_changes : nullptr, m_state.step, m_state.node, choice, 0};
    sink.maxOut = changeRoom();
    applyChoice(m_scenario, m_state, choice, sink);
    m_work += sink.work;
    if (sink.full) m_tooLong = true;
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
    // The open choices first: a scripted answer is nearly always one of them, and they are few
    // next to all the scenario's choices (300,000 answers must not scan them all each time).
    for (ChoiceIndex c : m_open)
        if (m_scenario.choices[c].id == idOrNumber) return choose(c);
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
    m_tooLong = false;
    // The work budget counts the playthrough as it stands again, not the steps taken back.
    if (step < m_workAtSnapshot.size()) {
        m_work = m_workAtSnapshot[step];
        m_workAtSnapshot.resize(step + 1);
    }
    openChoices(m_scenario, m_state, m_open);
    if (m_options.keepLog && logBytes() > m_options.maxLogBytes) m_tooLong = true;
}

} // namespace rapport
