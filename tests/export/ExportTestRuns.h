#pragma once
// Recorded runs for the export tests: a profile's finished and unfinished runs in a scratch store.

#include "store/ProgressStore.h"

#include <string>

namespace rapport::test {

/// A run of `decisions` decisions started at `at` (ms), in the open transaction.
inline store::RunId addExportRun(store::ProgressStore& store, store::ProfileId profile, const std::string& scenario, std::int64_t at,
                                 int decisions) {
    store::RunStart start;
    start.profile = profile;
    start.scenarioId = scenario;
    start.scenarioFile = "/nowhere/" + scenario + ".json";
    start.contentHash = "3f1c0ffee";
    start.origin = "script";
    start.startedAt = at;
    const store::RunId run = store.beginRun(start);
    for (int k = 0; k < decisions; ++k) {
        store::DecisionRecord d;
        d.step = static_cast<std::uint32_t>(k);
        d.nodeId = "node-" + std::to_string(k);
        d.choiceId = "choice-" + std::to_string(k);
        d.chosenAt = at + 1000 * (k + 1);
        d.thinkMs = 1000;
        d.resultBefore = 100 * k;
        d.resultAfter = 100 * (k + 1);
        d.score = k + 1;
        store.addDecision(run, d);
    }
    return run;
}

/// Finishes a run at `at` with `score` (0-100), one person and two principles.
inline void finishExportRun(store::ProgressStore& store, store::RunId run, std::int64_t at, int score) {
    store::RunOutcome o;
    o.finishedAt = at;
    o.endingId = "handshake";
    o.endingRating = "good";
    o.result = score * 100;
    o.score = score;
    o.style = "steady";
    store::PersonRecord p;
    p.personaId = "weber";
    p.name = "Frau Weber";
    p.start.dims = {2000, 2000, 2000, 2000, 2000, 2000};
    p.end.dims = {2500, 2600, 2700, 2800, 2900, 3000};
    p.start.stage = "stranger";
    p.end.stage = "acquaintance";
    o.persons.push_back(p);
    o.principles.push_back(store::PrincipleRecord{"give-first", 2, 0});
    o.principles.push_back(store::PrincipleRecord{"listen", 0, 1});
    store.finishRun(run, o);
}

} // namespace rapport::test
