#include "phones/PhoneBoard.h"

#include "phones/PhoneJson.h"

#include "rapport/session/SessionView.h"

namespace rapport::phones {

std::shared_ptr<const BoardSnapshot> buildSnapshot(const Session& session, const BoardSnapshot* previous) {
    auto next = std::make_shared<BoardSnapshot>();
    next->revision = session.revision();
    const Scenario& s = session.scenario();
    std::array<std::vector<DecisionView>, 2> views;
    for (Lang lang : {Lang::De, Lang::En}) {
        for (std::size_t t = 0; t < session.teamCount(); ++t)
            views[static_cast<std::size_t>(lang)].push_back(decisionView(session, TeamId{static_cast<std::uint32_t>(t)}, lang));
    }
    for (std::size_t t = 0; t < session.teamCount(); ++t) {
        const TeamId id{static_cast<std::uint32_t>(t)};
        const Line& line = session.activeLine(id);
        TeamBoard team;
        for (Lang lang : {Lang::De, Lang::En}) team.state[static_cast<std::size_t>(lang)] = stateJson(views[static_cast<std::size_t>(lang)][t], lang);
        if (const VoteRound* round = session.currentRound(line.id))
            for (const auto& [voter, choice] : round->votes) team.votes.emplace(voter, s.choices[choice].id);
        team.phase = line.phase;
        team.round = line.round;
        team.line = line.id.value;
        team.sessionEnded = session.ended();
        if (previous != nullptr && t < previous->teams.size()) {
            const TeamBoard& before = previous->teams[t];
            const bool moved = before.phase != team.phase || before.round != team.round || before.line != team.line ||
                               before.sessionEnded != team.sessionEnded;
            team.epoch = before.epoch + (moved ? 1 : 0);
        } else {
            team.epoch = 1;
        }
        next->teams.push_back(std::move(team));
    }
    const std::vector<TeamSummary> summaries = teamSummaries(session);
    for (Lang lang : {Lang::De, Lang::En})
        next->trainer[static_cast<std::size_t>(lang)] = trainerJson(session, summaries, views[static_cast<std::size_t>(lang)], lang);
    return next;
}

void PhoneBoard::publish(std::shared_ptr<const BoardSnapshot> next) {
    bool moved = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_current || m_current->teams.size() != next->teams.size()) {
            moved = true;
        } else {
            for (std::size_t t = 0; t < next->teams.size(); ++t) moved = moved || next->teams[t].epoch != m_current->teams[t].epoch;
        }
        // The state a phase ended in stays available, so a stream sends every change, not only the newest.
        if (moved && m_current) {
            m_ended.push_back(m_current);
            if (m_ended.size() > kKeptChanges) m_ended.pop_front();
        }
        m_current = std::move(next);
    }
    // Votes change the snapshot too, but only a new phase, round or line is news for every phone.
    if (moved) m_changed.notify_all();
}

std::shared_ptr<const BoardSnapshot> PhoneBoard::current() const {
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_current;
}

std::shared_ptr<const BoardSnapshot> PhoneBoard::wait(std::size_t team, std::uint64_t seen, std::chrono::milliseconds timeout) const {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait_for(lock, timeout, [&] {
        return m_stopped || (m_current && team < m_current->teams.size() && m_current->teams[team].epoch != seen);
    });
    return m_current;
}

std::vector<std::shared_ptr<const BoardSnapshot>> PhoneBoard::since(std::size_t team, std::uint64_t seen) const {
    std::vector<std::shared_ptr<const BoardSnapshot>> out;
    const std::lock_guard<std::mutex> lock(m_mutex);
    auto consider = [&](const std::shared_ptr<const BoardSnapshot>& s) {
        if (!s || team >= s->teams.size()) return;
        const std::uint64_t epoch = s->teams[team].epoch;
        if (epoch <= seen) return;
        // Another team's change also ends a snapshot: keep the last one of each of this team's epochs.
        if (!out.empty() && out.back()->teams[team].epoch == epoch) out.back() = s;
        else out.push_back(s);
    };
    for (const auto& s : m_ended) consider(s);
    consider(m_current);
    return out;
}

void PhoneBoard::stop() {
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
}

bool PhoneBoard::stopped() const {
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_stopped;
}

} // namespace rapport::phones
