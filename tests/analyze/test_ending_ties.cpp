// Endings that tie the best or the worst: the witness decides (the shorter way, then the first in
// choice order), and a way longer than the incumbent's is never built at all, so a long chain of
// equal endings costs one pass, not one walk back to the start per ending.
#include "analyze/AnalyzerTestKit.h"
#include "analyze/Detail.h"
#include "rapport/play/Play.h"

#include <doctest/doctest.h>

using namespace rapport;

TEST_CASE("analyzer: a tie with a longer way than the best's is settled without building its witness") {
    const auto s = test::loadAnalyzerScenario("best-worst");
    const detail::AnalysisModel model = detail::buildAnalysisModel(*s);
    detail::Observations obs;
    obs.init(model);
    // An ending state: the first one the scenario reaches with the first open choice each time.
    State state = initialState(model.explore, 0);
    ChangeSink none;
    std::string scratch;
    REQUIRE(enterNodes(model.explore, state, none, nullptr, Lang::En, scratch));
    std::vector<ChoiceIndex> open;
    Witness way;
    while (!atEnding(model.explore, state)) {
        openChoices(model.explore, state, open);
        REQUIRE_FALSE(open.empty());
        PathStep step;
        step.choice = open.front();
        way.steps.push_back(step);
        applyChoice(model.explore, state, open.front(), none);
    }
    obs.ending(model, state, [&] { return way; }, way.steps.size());
    REQUIRE(obs.best.found);
    REQUIRE(obs.worst.found);

    int built = 0;
    Witness longer = way;
    longer.steps.push_back(way.steps.front());
    obs.ending(model, state, [&] { return ++built, longer; }, longer.steps.size());
    CHECK(built == 0); // it could not win: never built
    CHECK(obs.best.witness.steps.size() == way.steps.size());

    // Without a known length the witness is built and compared, and still loses.
    obs.ending(model, state, [&] { return ++built, longer; });
    CHECK(built == 1);
    CHECK(obs.best.witness.steps.size() == way.steps.size());
}
