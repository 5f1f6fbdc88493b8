#include "store/LearnerScore.h"

#include "rapport/model/Score.h"

namespace rapport::store {

LearnerScore learnerScore(const Scenario& scenario, std::int64_t resultHundredths, NodeIndex ending) {
    LearnerScore out;
    out.score = scoreAt(scenario, resultHundredths, ending);
    out.label = std::string(idOf(bandOf(out.score)));
    return out;
}

bool mastered(int score) { return isSuccess(score); }

int masteryScore() { return kSuccessScore; }

} // namespace rapport::store
