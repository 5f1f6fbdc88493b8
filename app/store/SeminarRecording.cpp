#include "store/SeminarRecording.h"

#include "store/LearnerScore.h"

#include "rapport/model/Model.h"
#include "rapport/report/Debrief.h"
#include "rapport/session/SessionJson.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <ctime>
#include <map>

namespace rapport::store {
namespace {

// "2026-12-07T09:30" in local time (as the seminar writes its start) to ms since 1970.
std::optional<std::int64_t> localStampMs(const std::string& stamp) {
    std::tm tm{};
    const char* end = strptime(stamp.c_str(), "%Y-%m-%dT%H:%M", &tm);
    if (end == nullptr || *end != '\0') return std::nullopt;
    tm.tm_isdst = -1;
    const std::time_t t = std::mktime(&tm);
    if (t == static_cast<std::time_t>(-1)) return std::nullopt;
    return static_cast<std::int64_t>(t) * 1000;
}

// How far `line`'s rounds belong to the path of `active`: every round when it is `active`, the
// rounds before the fork when it is a line `active` branched from (directly or further up);
// none when it is another line.
std::optional<std::uint32_t> sharedRoundsBefore(const Session& session, LineId line, LineId active) {
    std::uint32_t limit = UINT32_MAX;
    for (std::optional<LineId> at = active; at; at = session.line(*at).parent) {
        if (*at == line) return limit;
        limit = std::min(limit, session.line(*at).forkRound);
    }
    return std::nullopt;
}

} // namespace

SeminarRecord seminarRecordOf(const Session& session, const std::string& contentHash, std::int64_t finishedAt) {
    const Scenario& scenario = session.scenario();
    SeminarRecord r;
    r.scenarioId = scenario.id;
    r.contentHash = contentHash;
    r.lang = session.options().lang;
    r.form = std::string(idOf(session.form()));
    r.finishedAt = finishedAt;
    r.startedAt = std::min(localStampMs(session.options().started).value_or(finishedAt), finishedAt);
    r.sessionJson = sessionToJson(session);
    for (std::size_t t = 0; t < session.teamCount(); ++t) {
        const TeamId team{static_cast<std::uint32_t>(t)};
        const Line& line = session.activeLine(team);
        const Runner& runner = *line.runner;
        SeminarTeamRecord record;
        record.name = session.team(team).name;
        for (const ChoiceIndex c : runner.path()) record.choices.push_back(scenario.choices[c].id);
        const std::int64_t result = resultOf(scenario, runner.state());
        record.result = result;
        if (runner.finished()) {
            const Debrief debrief = buildDebrief(runner);
            const LearnerScore score = learnerScore(scenario, result, debrief.ending);
            record.score = score.score;
            record.scoreLabel = score.label;
            if (debrief.ending != kNone) record.endingId = scenario.nodes[debrief.ending].id;
            record.style = std::string(styleId(debrief.style.style));
        }
        r.teams.push_back(std::move(record));
        // The votes behind each step of the path the team kept: the last applied round per step
        // on this line or the lines it branched from (a rewind leaves older rounds behind).
        std::map<std::uint32_t, const VoteRound*> deciding;
        for (const VoteRound& round : session.rounds()) {
            if (round.phase != Phase::Applied || round.round == 0 || round.round > runner.path().size()) continue;
            const std::optional<std::uint32_t> before = sharedRoundsBefore(session, round.line, line.id);
            if (!before || round.round >= *before || round.applied != runner.path()[round.round - 1]) continue;
            deciding[round.round] = &round;
        }
        for (const auto& [step, round] : deciding) {
            const Tally tally = session.tally(*round);
            for (std::size_t k = 0; k < tally.options.size(); ++k)
                r.votes.push_back(SeminarVoteRecord{static_cast<int>(t), step - 1, scenario.choices[tally.options[k]].id,
                                                    static_cast<int>(tally.counts[k])});
        }
    }
    return r;
}

} // namespace rapport::store
