#include "rapport/session/SessionView.h"

#include "rapport/model/Evaluate.h"
#include "rapport/play/Play.h"
#include "rapport/session/Comparison.h"

#include <algorithm>

namespace rapport {
namespace {

struct ReplayedLine {
    NodeIndex node = kNone;
    ViewLine line;
};

class Collect final : public LineSink {
public:
    Collect(const Scenario& scenario, Lang lang, std::vector<ReplayedLine>& out) : m_scenario(scenario), m_lang(lang), m_out(out) {}
    void line(NodeIndex node, PersonaIndex speaker, std::string_view text) override {
        ReplayedLine l;
        l.node = node;
        if (speaker != kNone) l.line.speaker = m_scenario.personas[speaker].name(m_lang);
        l.line.text = std::string(text);
        m_out.push_back(std::move(l));
    }

private:
    const Scenario& m_scenario;
    Lang m_lang;
    std::vector<ReplayedLine>& m_out;
};

// The lines produced after `step` choices (0: from the start), rendered again in `lang`: the runner
// keeps its lines in the session's language only, and every phone chooses its own. Replaying from
// the snapshot the runner took at that decision gives the same scenes, chance included (the random
// state is part of the snapshot). `stop` is where the replay came to rest.
std::vector<ReplayedLine> replayStep(const Runner& runner, std::size_t step, Lang lang, NodeIndex& stop) {
    const Scenario& s = runner.scenario();
    State state;
    ChangeSink quiet;
    if (step == 0) {
        state = initialState(s, runner.options().seed);
    } else {
        state = runner.decisionStates()[step - 1];
        applyChoice(s, state, runner.path()[step - 1], quiet);
    }
    std::vector<ReplayedLine> lines;
    Collect collect(s, lang, lines);
    std::string scratch;
    enterNodes(s, state, quiet, &collect, lang, scratch);
    stop = state.node;
    return lines;
}

// The place of the scenes up to `step` choices: the last scene any node shown so far named.
TextId sceneAt(const Runner& runner, std::uint32_t step) {
    const Scenario& s = runner.scenario();
    TextId scene = kNone;
    for (const ShownLine& l : runner.lines()) {
        if (l.step > step) break;
        if (s.nodes[l.node].scene != kNone) scene = s.nodes[l.node].scene;
    }
    return scene;
}

bool isDecision(const Scenario& s, NodeIndex node) { return node != kNone && s.nodes[node].kind == NodeKind::Decision; }

// The situation and the question of decision `round` (1-based) on the runner's line.
void describeDecision(const Runner& runner, std::uint32_t round, Lang lang, DecisionView& view) {
    NodeIndex stop = kNone;
    const std::vector<ReplayedLine> lines = replayStep(runner, round - 1, lang, stop);
    const bool question = isDecision(runner.scenario(), stop);
    for (const ReplayedLine& l : lines) (question && l.node == stop ? view.prompt : view.situation).push_back(l.line);
}

// What the move of decision `round` did: the author's feedback, the reasons of every change of
// the relationships from the choice up to the next decision, and the scenes it led into.
MoveView describeMove(const Runner& runner, std::uint32_t round, std::size_t option, ChoiceIndex choice, Decider decider, Lang lang) {
    const Scenario& s = runner.scenario();
    MoveView move;
    move.option = option;
    move.decider = decider;
    const State& before = runner.decisionStates()[round - 1];
    if (s.choices[choice].feedback != kNone) move.feedback = textOf(s, &before, s.choices[choice].feedback, lang);
    const std::vector<StepRecord>& steps = runner.steps();
    if (round - 1 < steps.size()) {
        const std::size_t first = steps[round - 1].firstChange;
        const std::size_t end = round < steps.size() ? steps[round].firstChange : runner.changes().size();
        for (std::size_t i = first; i < end && i < runner.changes().size(); ++i) {
            const Change& change = runner.changes()[i];
            if (change.target == ChangeTarget::Variable) continue;
            std::string sentence = explainChange(s, &runner.state(), change, lang);
            // Several dimensions often move for one reason: the room reads the reason once.
            if (!sentence.empty() && std::find(move.reasons.begin(), move.reasons.end(), sentence) == move.reasons.end())
                move.reasons.push_back(std::move(sentence));
        }
    }
    NodeIndex stop = kNone;
    const std::vector<ReplayedLine> lines = replayStep(runner, round, lang, stop);
    const bool nextQuestion = isDecision(s, stop);
    for (const ReplayedLine& l : lines)
        if (!(nextQuestion && l.node == stop)) move.happened.push_back(l.line); // the next question belongs to the next round
    return move;
}

} // namespace

DecisionView decisionView(const Session& session, TeamId team, Lang lang) {
    const Scenario& s = session.scenario();
    const Line& line = session.activeLine(team);
    const Runner& runner = *line.runner;
    const VoteRound* round = session.currentRound(line.id);
    DecisionView view;
    view.team = team;
    view.teamName = session.team(team).name;
    view.line = line.id;
    view.branch = line.number;
    view.phase = line.phase;
    view.round = line.round;
    view.title = textOf(s, nullptr, s.title, lang);
    view.ended = line.phase == Phase::Ended;
    view.sessionEnded = session.ended();

    // The decision the round is about: while waiting the runner stands at it; once its move is
    // played (applied, or the end) the runner has moved on, and the round's own state is used.
    const std::uint32_t decision = std::max<std::uint32_t>(line.round, 1);
    const std::vector<State>& states = runner.decisionStates();
    if (decision - 1 >= states.size()) return view; // a line stuck before its first decision
    const State& at = states[decision - 1];
    const TextId scene = sceneAt(runner, decision - 1);
    if (scene != kNone) view.scene = textOf(s, nullptr, scene, lang);
    describeDecision(runner, decision, lang, view);

    std::vector<ChoiceIndex> open;
    if (round != nullptr) {
        open = round->offered;
    } else if (line.phase != Phase::Ended) {
        open = runner.choices();
    }
    for (ChoiceIndex c : open) view.options.push_back(OptionView{c, s.choices[c].id, textOf(s, &at, s.choices[c].text, lang)});
    if (round == nullptr) return view;

    const Tally tally = session.tally(*round);
    view.voted = tally.total;
    const bool revealed = round->phase == Phase::Revealed || round->phase == Phase::Applied;
    if (revealed) {
        RevealView reveal;
        reveal.counts = tally.counts;
        reveal.total = tally.total;
        reveal.leader = tally.leader;
        reveal.tie = tally.tie;
        reveal.percent = tally.percent;
        reveal.unity = tally.unity;
        view.reveal = std::move(reveal);
    }
    if (round->phase == Phase::Applied && round->applied != kNone && runner.path().size() >= round->round) {
        const auto it = std::find(round->offered.begin(), round->offered.end(), round->applied);
        const std::size_t option = static_cast<std::size_t>(it - round->offered.begin());
        view.move = describeMove(runner, round->round, option, round->applied, round->decider, lang);
    }
    return view;
}

ChoiceIndex voteOf(const Session& session, TeamId team, std::string_view voter) {
    const VoteRound* round = session.currentRound(session.team(team).active);
    if (round == nullptr) return kNone;
    for (const auto& [who, choice] : round->votes)
        if (who == voter) return choice;
    return kNone;
}

std::vector<TeamSummary> teamSummaries(const Session& session) {
    std::vector<TeamSummary> out;
    const Scenario& s = session.scenario();
    for (std::size_t t = 0; t < session.teamCount(); ++t) {
        const TeamId id{static_cast<std::uint32_t>(t)};
        const Line& line = session.activeLine(id);
        TeamSummary summary;
        summary.team = id;
        summary.name = session.team(id).name;
        summary.line = line.id;
        summary.branch = line.number;
        summary.phase = line.phase;
        summary.round = line.round;
        for (ChoiceIndex c : line.runner->path()) summary.path.push_back(s.choices[c].id);
        summary.score = comparisonScore(*line.runner);
        if (const VoteRound* round = session.currentRound(line.id)) summary.voted = session.tally(*round).total;
        out.push_back(std::move(summary));
    }
    return out;
}

} // namespace rapport
