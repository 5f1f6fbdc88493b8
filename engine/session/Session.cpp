#include "rapport/session/Session.h"

#include "rapport/play/Play.h"

#include <algorithm>
#include <cassert>

namespace rapport {
namespace {

bool offers(const VoteRound& round, ChoiceIndex choice) {
    return std::find(round.offered.begin(), round.offered.end(), choice) != round.offered.end();
}

// The concrete action `forward` stands for in a phase (the presenter clicker's "next").
PhaseAction forwardFor(Phase phase) {
    switch (phase) {
    case Phase::Waiting: return PhaseAction::Open;
    case Phase::Voting: return PhaseAction::Close;
    case Phase::Closed: return PhaseAction::Reveal;
    case Phase::Revealed: return PhaseAction::Apply;
    case Phase::Applied:
    case Phase::Ended: return PhaseAction::Next;
    }
    return PhaseAction::Next;
}

bool blankName(const std::string& name) {
    return std::all_of(name.begin(), name.end(), [](char c) { return c == ' ' || c == '\t'; });
}

} // namespace

std::string Session::whyInvalid(const SessionOptions& options, Lang lang) {
    const bool de = lang == Lang::De;
    if (options.form == SessionForm::Plenary) return {};
    const std::vector<std::string>& teams = options.teams;
    if (teams.size() < kMinTeams || teams.size() > kMaxTeams)
        return de ? "Ein Seminar in Teams braucht 2 bis 6 Teams, nicht " + std::to_string(teams.size()) + "."
                  : "A team seminar needs 2 to 6 teams, not " + std::to_string(teams.size()) + ".";
    for (std::size_t i = 0; i < teams.size(); ++i) {
        if (teams[i].empty() || blankName(teams[i]))
            return de ? "Team " + std::to_string(i + 1) + " hat keinen Namen." : "Team " + std::to_string(i + 1) + " has no name.";
        if (teams[i].size() > kMaxTeamNameBytes)
            return de ? "Der Name „" + teams[i] + "“ ist zu lang (höchstens 40 Zeichen)."
                      : "The name “" + teams[i] + "” is too long (at most 40 characters).";
        for (std::size_t j = 0; j < i; ++j)
            if (teams[j] == teams[i])
                return de ? "Zwei Teams heißen „" + teams[i] + "“." : "Two teams are called “" + teams[i] + "”.";
    }
    return {};
}

namespace {

const SeminarCutDef* findCut(const Scenario& scenario, const std::string& id) {
    for (const SeminarCutDef& cut : scenario.seminarCuts)
        if (cut.id == id) return &cut;
    return nullptr;
}

} // namespace

std::string Session::whyInvalid(const Scenario& scenario, const SessionOptions& options, Lang lang) {
    if (!options.cut.empty() && findCut(scenario, options.cut) == nullptr)
        return lang == Lang::De ? "Das Szenario hat keine Seminarfassung „" + options.cut + "“."
                                : "The scenario has no seminar cut “" + options.cut + "”.";
    return whyInvalid(options, lang);
}

Session::Session(const Scenario& scenario, const SessionOptions& options) : m_scenario(scenario), m_options(options) {
    assert(whyInvalid(scenario, options, Lang::En).empty() && "check Session::whyInvalid before starting a session");
    if (const SeminarCutDef* cut = findCut(scenario, m_options.cut); cut != nullptr && cut->start != kNone) {
        // The loader checked the cut's values with this same reading.
        m_start = parseStartPoint(scenario, scenario.nodes[cut->start].id, cut->set, Lang::En).point;
    }
    if (m_options.form == SessionForm::Plenary) m_options.teams.clear();
    const std::size_t count = m_options.form == SessionForm::Plenary ? 1 : m_options.teams.size();
    for (std::size_t t = 0; t < count; ++t) {
        Line line;
        line.id = LineId{static_cast<std::uint32_t>(m_lines.size())};
        line.team = TeamId{static_cast<std::uint32_t>(t)};
        line.runner = newRunner();
        settle(line);
        Team team;
        team.name = m_options.form == SessionForm::Plenary ? std::string() : m_options.teams[t];
        team.active = line.id;
        team.lines.push_back(line.id);
        m_teams.push_back(std::move(team));
        m_lines.push_back(std::move(line));
    }
}

std::unique_ptr<Runner> Session::newRunner() const {
    RunnerOptions options;
    options.lang = m_options.lang;
    options.seed = m_options.seed;
    options.start = m_start;
    return std::make_unique<Runner>(m_scenario, options);
}

void Session::settle(Line& line) {
    if (line.runner->finished() || line.runner->stuck()) line.phase = Phase::Ended;
}

bool Session::allEnded() const {
    for (std::size_t t = 0; t < m_teams.size(); ++t)
        if (phase(TeamId{static_cast<std::uint32_t>(t)}) != Phase::Ended) return false;
    return true;
}

std::optional<TeamId> Session::findTeam(std::string_view name) const {
    for (std::size_t t = 0; t < m_teams.size(); ++t)
        if (m_teams[t].name == name) return TeamId{static_cast<std::uint32_t>(t)};
    return std::nullopt;
}

const VoteRound* Session::currentRound(LineId id) const {
    const Line& l = line(id);
    return l.vote ? &m_rounds[*l.vote] : nullptr;
}

SessionResult Session::apply(const SessionCommand& command) {
    if (m_ended) return {SessionError::SessionEnded};
    SessionResult result;
    if (const auto* c = std::get_if<PhaseCommand>(&command)) result = applyPhaseAction(c->action, c->team, c->choice);
    else if (const auto* r = std::get_if<Rewind>(&command)) result = applyRewind(*r);
    else if (const auto* v = std::get_if<CastVote>(&command)) result = applyVote(*v);
    else if (const auto* h = std::get_if<SetHands>(&command)) result = applyHands(*h);
    else if (const auto* s = std::get_if<SwitchLine>(&command)) result = applySwitch(*s);
    else if (const auto* b = std::get_if<CloseBranch>(&command)) result = applyCloseBranch(*b);
    else if (std::holds_alternative<EndSession>(command)) m_ended = true;
    if (result.ok()) ++m_revision;
    return result;
}

SessionError Session::check(PhaseAction action, const Line& l, ChoiceIndex choice) const {
    if (action == PhaseAction::Forward) {
        if (l.phase == Phase::Ended) return SessionError::WrongPhase;
        return check(forwardFor(l.phase), l, kNone);
    }
    switch (action) {
    case PhaseAction::Open: return l.phase == Phase::Waiting ? SessionError::None : SessionError::WrongPhase;
    case PhaseAction::Close: return l.phase == Phase::Voting ? SessionError::None : SessionError::WrongPhase;
    case PhaseAction::Reveal: return l.phase == Phase::Closed ? SessionError::None : SessionError::WrongPhase;
    case PhaseAction::Apply:
        if (l.phase != Phase::Revealed) return SessionError::WrongPhase;
        if (choice != kNone && !offers(m_rounds[*l.vote], choice)) return SessionError::NotOffered;
        return m_rounds[*l.vote].offered.empty() ? SessionError::NotOffered : SessionError::None;
    case PhaseAction::Next: return l.phase == Phase::Applied ? SessionError::None : SessionError::WrongPhase;
    case PhaseAction::Back:
        switch (l.phase) {
        case Phase::Voting:
        case Phase::Closed:
        case Phase::Revealed:
        case Phase::Applied: return SessionError::None;
        case Phase::Waiting:
        case Phase::Ended: {
            // Back to the move just applied on this line, if there was one here.
            const std::uint32_t wanted = l.phase == Phase::Waiting ? l.round - 1 : l.round;
            for (const VoteRound& r : m_rounds)
                if (r.line == l.id && r.round == wanted && r.phase == Phase::Applied && wanted >= 1) return SessionError::None;
            return SessionError::WrongPhase;
        }
        }
        return SessionError::WrongPhase;
    case PhaseAction::Forward: break;
    }
    return SessionError::WrongPhase;
}

void Session::perform(PhaseAction action, Line& l, ChoiceIndex choice) {
    if (action == PhaseAction::Forward) return perform(forwardFor(l.phase), l, kNone);
    switch (action) {
    case PhaseAction::Open: {
        VoteRound r;
        r.line = l.id;
        r.round = l.round;
        r.decision = l.runner->state().node;
        r.offered = l.runner->choices();
        r.hands.assign(r.offered.size(), 0);
        r.phase = Phase::Voting;
        l.vote = m_rounds.size();
        m_rounds.push_back(std::move(r));
        l.phase = Phase::Voting;
        break;
    }
    case PhaseAction::Close:
        l.phase = m_rounds[*l.vote].phase = Phase::Closed;
        break;
    case PhaseAction::Reveal:
        l.phase = m_rounds[*l.vote].phase = Phase::Revealed;
        break;
    case PhaseAction::Apply: {
        VoteRound& r = m_rounds[*l.vote];
        if (choice != kNone) {
            r.decider = Decider::Trainer;
        } else {
            choice = majorityChoice(r);
            r.decider = tally(r).tie ? Decider::Tie : Decider::Majority;
        }
        const ChooseError e = l.runner->choose(choice);
        assert(e == ChooseError::None && "an offered choice is open until the round is applied");
        (void)e;
        r.applied = choice;
        l.phase = r.phase = Phase::Applied;
        break;
    }
    case PhaseAction::Next:
        if (l.runner->finished() || l.runner->stuck()) {
            l.phase = Phase::Ended;
        } else {
            ++l.round;
            l.phase = Phase::Waiting;
            l.vote.reset();
        }
        break;
    case PhaseAction::Back:
        switch (l.phase) {
        case Phase::Voting:
            // The round stays on record as withdrawn; opening again starts a fresh one.
            m_rounds[*l.vote].phase = Phase::Waiting;
            l.vote.reset();
            l.phase = Phase::Waiting;
            break;
        case Phase::Closed: l.phase = m_rounds[*l.vote].phase = Phase::Voting; break;
        case Phase::Revealed: l.phase = m_rounds[*l.vote].phase = Phase::Closed; break;
        case Phase::Applied: {
            VoteRound& r = m_rounds[*l.vote];
            l.runner->rewindTo(l.runner->path().size() - 1);
            r.applied = kNone;
            r.decider = Decider::None;
            l.phase = r.phase = Phase::Revealed;
            break;
        }
        case Phase::Waiting:
        case Phase::Ended: {
            const std::uint32_t wanted = l.phase == Phase::Waiting ? l.round - 1 : l.round;
            for (std::size_t i = m_rounds.size(); i-- > 0;) {
                const VoteRound& r = m_rounds[i];
                if (r.line == l.id && r.round == wanted && r.phase == Phase::Applied) {
                    l.vote = i;
                    break;
                }
            }
            l.round = wanted;
            l.phase = Phase::Applied;
            break;
        }
        }
        break;
    case PhaseAction::Forward: break;
    }
}

SessionResult Session::applyPhaseAction(PhaseAction action, std::optional<TeamId> team, ChoiceIndex choice) {
    if (team) {
        if (team->value >= m_teams.size()) return {SessionError::UnknownTeam};
        Line& l = m_lines[m_teams[team->value].active.value];
        const SessionError e = check(action, l, choice);
        if (e != SessionError::None) return {e};
        perform(action, l, choice);
        return {};
    }
    // Lockstep: every team whose phase the action fits; a pick must be open for all of them.
    std::vector<LineId> targets;
    for (const Team& t : m_teams) {
        const Line& l = m_lines[t.active.value];
        const SessionError e = check(action, l, choice);
        if (e == SessionError::NotOffered) return {e};
        if (e == SessionError::None) targets.push_back(l.id);
    }
    if (targets.empty()) return {SessionError::WrongPhase};
    for (LineId id : targets) perform(action, m_lines[id.value], choice);
    return {};
}

LineId Session::forkLine(const Line& from, std::uint32_t round) {
    Line branch;
    branch.id = LineId{static_cast<std::uint32_t>(m_lines.size())};
    branch.team = from.team;
    branch.parent = from.id;
    branch.forkRound = round;
    std::uint32_t highest = 0;
    for (LineId id : m_teams[from.team.value].lines) highest = std::max(highest, m_lines[id.value].number);
    branch.number = highest + 1;
    branch.round = round;
    branch.phase = Phase::Waiting;
    branch.runner = newRunner();
    const std::vector<ChoiceIndex>& path = from.runner->path();
    for (std::uint32_t i = 0; i + 1 < round; ++i) branch.runner->choose(path[i]);
    Team& team = m_teams[from.team.value];
    team.lines.push_back(branch.id);
    team.active = branch.id;
    const LineId id = branch.id;
    m_lines.push_back(std::move(branch));
    return id;
}

SessionResult Session::applyRewind(const Rewind& rewind) {
    std::vector<TeamId> teams;
    if (rewind.team) {
        if (rewind.team->value >= m_teams.size()) return {SessionError::UnknownTeam};
        teams.push_back(*rewind.team);
    } else {
        for (std::size_t t = 0; t < m_teams.size(); ++t) teams.push_back(TeamId{static_cast<std::uint32_t>(t)});
    }
    // Check every team first, so a lockstep rewind branches all teams or none.
    std::vector<ChoiceIndex> open;
    for (TeamId t : teams) {
        const Line& l = activeLine(t);
        if (rewind.round < 1 || rewind.round > l.runner->path().size()) return {SessionError::BadRound};
        if (rewind.choice != kNone) {
            openChoices(m_scenario, l.runner->decisionStates()[rewind.round - 1], open);
            if (std::find(open.begin(), open.end(), rewind.choice) == open.end()) return {SessionError::NotOffered};
        }
    }
    for (TeamId t : teams) {
        const LineId from = m_teams[t.value].active;
        const LineId id = forkLine(m_lines[from.value], rewind.round);
        if (rewind.choice == kNone) continue;
        Line& branch = m_lines[id.value];
        perform(PhaseAction::Open, branch, kNone);
        VoteRound& r = m_rounds[*branch.vote];
        r.phase = branch.phase = Phase::Revealed;
        perform(PhaseAction::Apply, branch, rewind.choice);
    }
    return {};
}

SessionResult Session::applyVote(const CastVote& vote) {
    if (vote.team.value >= m_teams.size()) return {SessionError::UnknownTeam};
    if (vote.voter.empty() || vote.voter.size() > kMaxVoterBytes) return {SessionError::BadVoter};
    const Line& l = activeLine(vote.team);
    if (l.phase != Phase::Voting) return {SessionError::WrongPhase};
    VoteRound& r = m_rounds[*l.vote];
    if (!offers(r, vote.choice)) return {SessionError::NotOffered};
    for (auto& [voter, choice] : r.votes) {
        if (voter == vote.voter) {
            choice = vote.choice;
            return {};
        }
    }
    r.votes.emplace_back(vote.voter, vote.choice);
    return {};
}

SessionResult Session::applyHands(const SetHands& hands) {
    if (hands.team.value >= m_teams.size()) return {SessionError::UnknownTeam};
    const Line& l = activeLine(hands.team);
    if (l.phase != Phase::Voting) return {SessionError::WrongPhase};
    VoteRound& r = m_rounds[*l.vote];
    const auto it = std::find(r.offered.begin(), r.offered.end(), hands.choice);
    if (it == r.offered.end()) return {SessionError::NotOffered};
    r.hands[static_cast<std::size_t>(it - r.offered.begin())] = hands.count;
    return {};
}

SessionResult Session::applySwitch(const SwitchLine& to) {
    if (to.line.value >= m_lines.size()) return {SessionError::UnknownLine};
    const Line& l = m_lines[to.line.value];
    if (l.closed) return {SessionError::LineClosed};
    m_teams[l.team.value].active = l.id;
    return {};
}

SessionResult Session::applyCloseBranch(const CloseBranch& branch) {
    if (branch.line.value >= m_lines.size()) return {SessionError::UnknownLine};
    const Line& target = m_lines[branch.line.value];
    if (!target.parent) return {SessionError::OriginalLine};
    if (target.closed) return {SessionError::LineClosed};
    // Lines are created after their parents, so one pass in order closes every descendant.
    std::vector<bool> closing(m_lines.size(), false);
    closing[branch.line.value] = true;
    for (const Line& l : m_lines)
        if (l.parent && closing[l.parent->value]) closing[l.id.value] = true;
    for (Line& l : m_lines)
        if (closing[l.id.value]) l.closed = true;
    Team& team = m_teams[target.team.value];
    if (m_lines[team.active.value].closed) {
        LineId back = *target.parent;
        while (m_lines[back.value].closed) back = *m_lines[back.value].parent;
        team.active = back;
    }
    return {};
}

Tally Session::tally(const VoteRound& round) const {
    Tally t;
    t.options = round.offered;
    t.counts = round.hands;
    t.counts.resize(round.offered.size(), 0);
    for (const auto& vote : round.votes) {
        const auto it = std::find(round.offered.begin(), round.offered.end(), vote.second);
        if (it != round.offered.end()) ++t.counts[static_cast<std::size_t>(it - round.offered.begin())];
    }
    std::uint32_t best = 0;
    int atBest = 0;
    for (std::size_t i = 0; i < t.counts.size(); ++i) {
        t.total += t.counts[i];
        if (t.counts[i] > best || i == 0) {
            best = t.counts[i];
            t.leader = i;
        }
    }
    for (std::uint32_t c : t.counts) atBest += c == best ? 1 : 0;
    t.tie = atBest > 1;
    if (t.total == 0) {
        t.unity = Unity::NoVotes;
        return t;
    }
    t.percent = static_cast<int>((std::uint64_t{best} * 100 + t.total / 2) / t.total);
    if (best == t.total) t.unity = Unity::Unanimous;
    else if (std::uint64_t{best} * 3 >= std::uint64_t{t.total} * 2) t.unity = Unity::Broad;
    else if (std::uint64_t{best} * 2 > t.total) t.unity = Unity::Majority;
    else t.unity = Unity::Split;
    return t;
}

ChoiceIndex Session::majorityChoice(const VoteRound& round) const {
    if (round.offered.empty()) return kNone;
    return round.offered[tally(round).leader];
}

Tally Session::teamsTally(NodeIndex decision) const {
    VoteRound combined;
    for (const Team& team : m_teams) {
        const Line& l = m_lines[team.active.value];
        if (!l.vote) continue;
        const VoteRound& r = m_rounds[*l.vote];
        if (r.decision != decision || (r.phase != Phase::Revealed && r.phase != Phase::Applied)) continue;
        for (ChoiceIndex c : r.offered)
            if (!offers(combined, c)) combined.offered.push_back(c);
        combined.votes.emplace_back(team.name, r.phase == Phase::Applied ? r.applied : majorityChoice(r));
    }
    // In the scenario's order, whatever order the teams offered them in.
    std::sort(combined.offered.begin(), combined.offered.end());
    combined.hands.assign(combined.offered.size(), 0);
    return tally(combined);
}

void Session::setLanguage(Lang lang) {
    m_options.lang = lang;
    for (Line& l : m_lines) {
        const std::vector<ChoiceIndex> path = l.runner->path();
        l.runner->setLanguage(lang);
        l.runner->restart();
        for (ChoiceIndex c : path) l.runner->choose(c);
    }
}

} // namespace rapport
