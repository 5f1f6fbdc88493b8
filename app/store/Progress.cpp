#include "store/Progress.h"

#include <algorithm>

namespace rapport::store {

std::optional<PracticeAdvice> practiseNext(const ProgressData& progress, const std::vector<ScenarioPrinciples>& available) {
    const PrincipleTally* worst = nullptr;
    for (const PrincipleTally& t : progress.principles) {
        if (t.violated == 0) continue;
        if (worst == nullptr || t.violated > worst->violated || (t.violated == worst->violated && t.followed < worst->followed)) worst = &t;
    }
    if (worst == nullptr) return std::nullopt;
    PracticeAdvice advice;
    advice.principle = worst->principle;
    advice.violated = worst->violated;
    advice.followed = worst->followed;

    // Unplayed scenarios come first (-1 beats any score), then the lowest best score; the
    // library's order breaks ties, so the advice does not jump around between equal candidates.
    int bestRank = 1000;
    for (const ScenarioPrinciples& s : available) {
        if (std::find(s.principles.begin(), s.principles.end(), worst->principle) == s.principles.end()) continue;
        int rank = -1;
        for (const ScenarioProgress& p : progress.scenarios)
            if (p.scenarioId == s.scenarioId && !p.scores.empty()) rank = p.best.score;
        if (rank < bestRank) {
            bestRank = rank;
            advice.scenarioId = s.scenarioId;
        }
    }
    return advice;
}

} // namespace rapport::store
