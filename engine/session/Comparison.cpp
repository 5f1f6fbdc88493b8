#include "rapport/session/Comparison.h"

#include "rapport/model/Model.h"
#include "rapport/model/Score.h"

#include <algorithm>

namespace rapport {

std::int64_t comparisonScore(const Runner& runner) {
    const NodeIndex ending = runner.finished() ? runner.state().node : kNone;
    return std::int64_t{scoreAt(runner.scenario(), resultOf(runner.scenario(), runner.state()), ending)} * kScale;
}

Comparison compareSession(const Session& session, const ComparisonOptions& options) {
    const Scenario& scenario = session.scenario();
    Comparison out;
    DebriefOptions debrief;
    debrief.keyMoments = options.keyMoments;
    // A smaller search per team keeps six teams' debriefs quick.
    debrief.searchStates = 8000;
    debrief.searchWork = 8'000'000;
    for (std::size_t t = 0; t < session.teamCount(); ++t) {
        for (LineId id : session.team(TeamId{static_cast<std::uint32_t>(t)}).lines) {
            const Line& line = session.line(id);
            if (line.closed && !options.includeClosed) continue;
            const Runner& runner = *line.runner;
            ComparisonEntry e;
            e.line = id;
            e.team = line.team;
            e.number = line.number;
            e.forkRound = line.forkRound;
            e.finished = runner.finished();
            e.ending = e.finished ? runner.state().node : kNone;
            e.rating = e.finished ? scenario.nodes[e.ending].rating : Rating::Unrated;
            e.score = comparisonScore(runner);
            e.startScore = std::int64_t{scoreOf(scenario, resultOf(scenario, initialState(scenario, runner.options().seed)))} * kScale;
            e.path = runner.path();
            e.debrief = buildDebrief(runner, debrief);
            out.entries.push_back(std::move(e));
        }
    }
    for (std::size_t a = 0; a < out.entries.size(); ++a) {
        for (std::size_t b = a + 1; b < out.entries.size(); ++b) {
            const std::vector<ChoiceIndex>& pa = out.entries[a].path;
            const std::vector<ChoiceIndex>& pb = out.entries[b].path;
            Parting p;
            p.a = a;
            p.b = b;
            const std::size_t common = std::min(pa.size(), pb.size());
            for (std::size_t k = 0; k < common; ++k) {
                if (pa[k] == pb[k]) continue;
                p.round = static_cast<std::uint32_t>(k + 1);
                p.decision = session.line(out.entries[a].line).runner->decisionStates()[k].node;
                p.choiceA = pa[k];
                p.choiceB = pb[k];
                break;
            }
            out.partings.push_back(p);
        }
    }
    return out;
}

Parting firstParting(const Comparison& comparison) {
    Parting first;
    for (const Parting& p : comparison.partings)
        if (p.round > 0 && (first.round == 0 || p.round < first.round)) first = p;
    return first;
}

} // namespace rapport
