// Rebuilding a saved session from its parts: every line's path replayed and checked against its
// saved state, every phase, round and vote checked against the others, so a damaged or outdated
// file is refused with the place it went wrong instead of restoring something else.

#include "rapport/session/Session.h"

#include <algorithm>

namespace rapport {
namespace {

bool offers(const VoteRound& round, ChoiceIndex choice) {
    return std::find(round.offered.begin(), round.offered.end(), choice) != round.offered.end();
}

} // namespace

std::unique_ptr<Session> Session::fromParts(const Scenario& scenario, Parts&& parts, std::string& error) {
    if (const std::string why = whyInvalid(scenario, parts.options, Lang::En); !why.empty()) {
        error = why;
        return nullptr;
    }
    auto session = std::make_unique<Session>(scenario, parts.options);
    Session& s = *session;
    if (parts.active.size() != s.m_teams.size()) {
        error = "the teams do not match the form (" + std::to_string(parts.active.size()) + " active lines for " +
                std::to_string(s.m_teams.size()) + " teams)";
        return nullptr;
    }
    s.m_rounds = std::move(parts.rounds);
    s.m_lines.clear();
    for (Team& t : s.m_teams) t.lines.clear();
    for (std::size_t i = 0; i < parts.lines.size(); ++i) {
        Parts::SavedLine& saved = parts.lines[i];
        const std::string where = "lines[" + std::to_string(i) + "]: ";
        if (saved.team.value >= s.m_teams.size()) {
            error = where + "no such team";
            return nullptr;
        }
        if (saved.parent && (saved.parent->value >= i || s.m_lines[saved.parent->value].team != saved.team)) {
            error = where + "the parent line must come earlier and belong to the same team";
            return nullptr;
        }
        if (!saved.parent && !s.m_teams[saved.team.value].lines.empty()) {
            error = where + "a team has two original lines";
            return nullptr;
        }
        Line l;
        l.id = LineId{static_cast<std::uint32_t>(i)};
        l.team = saved.team;
        l.parent = saved.parent;
        l.forkRound = saved.forkRound;
        l.number = saved.number;
        l.closed = saved.closed;
        l.phase = saved.phase;
        l.round = saved.round;
        l.vote = saved.vote;
        l.runner = s.newRunner();
        for (std::size_t k = 0; k < saved.path.size(); ++k) {
            if (l.runner->choose(saved.path[k]) != ChooseError::None) {
                error = where + "decision " + std::to_string(k + 1) + " ('" + scenario.choices[saved.path[k]].id +
                        "') is not open when replayed (the scenario changed)";
                return nullptr;
            }
        }
        if (hashState(l.runner->state()) != saved.stateHash) {
            error = where + "replaying the path does not reach the saved state (the scenario changed)";
            return nullptr;
        }
        const std::size_t taken = saved.path.size();
        const bool beforeMove = l.phase == Phase::Waiting || l.phase == Phase::Voting || l.phase == Phase::Closed ||
                                l.phase == Phase::Revealed;
        const bool roundFits = beforeMove ? l.round == taken + 1 : l.round == std::max<std::size_t>(taken, 1);
        const bool endFits = l.phase != Phase::Ended || l.runner->finished() || l.runner->stuck();
        if (!roundFits || !endFits) {
            error = where + "phase '" + std::string(idOf(l.phase)) + "' does not fit decision " + std::to_string(l.round) +
                    " after " + std::to_string(taken) + " decisions";
            return nullptr;
        }
        const bool needsVote = l.phase == Phase::Voting || l.phase == Phase::Closed || l.phase == Phase::Revealed || l.phase == Phase::Applied;
        if (l.vote) {
            if (*l.vote >= s.m_rounds.size() || s.m_rounds[*l.vote].line != l.id || s.m_rounds[*l.vote].round != l.round) {
                error = where + "its vote round belongs to another line or decision";
                return nullptr;
            }
            const VoteRound& r = s.m_rounds[*l.vote];
            if (l.phase != Phase::Ended && r.phase != l.phase) {
                error = where + "its vote round is in another phase";
                return nullptr;
            }
            if (r.phase == Phase::Applied && (saved.path.empty() || r.applied != saved.path.back())) {
                error = where + "its vote round applied another move than the path shows";
                return nullptr;
            }
        } else if (needsVote) {
            error = where + "phase '" + std::string(idOf(l.phase)) + "' needs a vote round";
            return nullptr;
        }
        s.m_teams[l.team.value].lines.push_back(l.id);
        s.m_lines.push_back(std::move(l));
    }
    for (std::size_t t = 0; t < s.m_teams.size(); ++t) {
        const LineId a = parts.active[t];
        if (a.value >= s.m_lines.size() || s.m_lines[a.value].team.value != t || s.m_lines[a.value].closed) {
            error = "teams[" + std::to_string(t) + "]: the active line is not one of its open lines";
            return nullptr;
        }
        s.m_teams[t].active = a;
    }
    for (std::size_t i = 0; i < s.m_rounds.size(); ++i) {
        const VoteRound& r = s.m_rounds[i];
        if (r.line.value >= s.m_lines.size() || r.hands.size() != r.offered.size()) {
            error = "rounds[" + std::to_string(i) + "]: no such line, or hands do not match the options";
            return nullptr;
        }
        for (const auto& vote : r.votes) {
            if (!offers(r, vote.second) || vote.first.empty() || vote.first.size() > kMaxVoterBytes) {
                error = "rounds[" + std::to_string(i) + "]: a vote for an option not offered, or a bad voter name";
                return nullptr;
            }
        }
    }
    s.m_revision = parts.revision;
    s.m_ended = parts.ended;
    return session;
}

} // namespace rapport
