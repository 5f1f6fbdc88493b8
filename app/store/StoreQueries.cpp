// Reading the database: the history, the run to resume, the progress screen's data.

#include "store/ProgressStore.h"

#include <algorithm>
#include <map>

namespace rapport::store {
namespace {

constexpr std::string_view kSummaryColumns =
    "id, scenario_id, scenario_file, content_hash, language, seed, origin, replay_of, started_at, updated_at, finished_at,"
    " active_ms, status, steps, start_result, result, score, score_label, ending_id, ending_rating, style, profile_id";

RunSummary readSummary(const Statement& s) {
    RunSummary r;
    r.id = RunId{s.int64(0)};
    r.scenarioId = s.text(1);
    r.scenarioFile = s.text(2);
    r.contentHash = s.text(3);
    r.language = s.text(4);
    r.seed = static_cast<std::uint64_t>(s.int64(5));
    r.origin = s.text(6);
    r.replayOf = s.optionalInt64(7);
    r.startedAt = s.int64(8);
    r.updatedAt = s.int64(9);
    r.finishedAt = s.optionalInt64(10);
    r.activeMs = s.int64(11);
    r.finished = s.text(12) == "finished";
    r.steps = static_cast<std::uint32_t>(s.int64(13));
    r.startResult = s.int64(14);
    r.result = s.int64(15);
    r.score = s.int32(16);
    r.scoreLabel = s.optionalText(17);
    r.endingId = s.optionalText(18);
    r.endingRating = s.optionalText(19);
    r.style = s.optionalText(20);
    r.profile = ProfileId{s.int64(21)};
    return r;
}

} // namespace

std::vector<RunSummary> ProgressStore::history(ProfileId profile, bool details) {
    flushRunUpdate(); // reads see every decision written so far
    Statement s = m_db.prepare("SELECT " + std::string(kSummaryColumns) +
                               " FROM run WHERE profile_id = ?1 ORDER BY started_at DESC, id DESC");
    s.bind(1, profile.v);
    std::vector<RunSummary> out;
    while (s.step()) out.push_back(readSummary(s));
    if (details) {
        readPrinciples(out);
        readPersons(out);
    }
    return out;
}

void ProgressStore::readPrinciples(std::vector<RunSummary>& runs) {
    Statement s = m_db.prepare("SELECT principle, followed, violated FROM run_principle WHERE run_id = ?1 ORDER BY principle");
    for (RunSummary& r : runs) {
        s.bind(1, r.id.v);
        while (s.step()) r.principles.push_back(PrincipleRecord{s.text(0), s.int32(1), s.int32(2)});
    }
}

void ProgressStore::readPersons(std::vector<RunSummary>& runs) {
    Statement s = m_db.prepare("SELECT persona_id, moment, name, sympathie, anerkennung, vertrauen, gegenseitigkeit, intensitaet, kompetenz,"
                               " quality, stage FROM run_person WHERE run_id = ?1 ORDER BY person, moment DESC");
    for (RunSummary& r : runs) {
        s.bind(1, r.id.v);
        while (s.step()) {
            const std::string id = s.text(0);
            auto it = std::find_if(r.persons.begin(), r.persons.end(), [&](const PersonRecord& p) { return p.personaId == id; });
            if (it == r.persons.end()) {
                r.persons.push_back(PersonRecord{id, s.text(2), {}, {}});
                it = r.persons.end() - 1;
            }
            PersonSnapshot& snap = s.text(1) == "start" ? it->start : it->end;
            for (int d = 0; d < kDimensionCount; ++d) snap.dims[static_cast<std::size_t>(d)] = s.int32(3 + d);
            snap.quality = s.int32(9);
            snap.stage = s.text(10);
        }
    }
}

std::optional<StoredRun> ProgressStore::newestUnfinished(ProfileId profile) {
    flushRunUpdate(); // reads see every decision written so far
    Statement s = m_db.prepare("SELECT " + std::string(kSummaryColumns) +
                               " FROM run WHERE profile_id = ?1 AND status = 'playing' ORDER BY updated_at DESC, id DESC LIMIT 1");
    s.bind(1, profile.v);
    if (!s.step()) return std::nullopt;
    StoredRun run;
    run.summary = readSummary(s);
    s.reset();
    run.choices = choicesOf(run.summary.id);
    return run;
}

std::vector<std::string> ProgressStore::choicesOf(RunId run) {
    flushRunUpdate(); // reads see every decision written so far
    Statement s = m_db.prepare("SELECT choice_id FROM decision WHERE run_id = ?1 ORDER BY step");
    s.bind(1, run.v);
    std::vector<std::string> out;
    while (s.step()) out.push_back(s.text(0));
    return out;
}

std::optional<RunSummary> ProgressStore::runSummary(RunId run, bool details) {
    flushRunUpdate(); // reads see every decision written so far
    Statement s = m_db.prepare("SELECT " + std::string(kSummaryColumns) + " FROM run WHERE id = ?1");
    s.bind(1, run.v);
    if (!s.step()) return std::nullopt;
    std::vector<RunSummary> one{readSummary(s)};
    s.reset();
    if (details) {
        readPrinciples(one);
        readPersons(one);
    }
    return std::move(one.front());
}

std::vector<DecisionRecord> ProgressStore::decisionsOf(RunId run) {
    flushRunUpdate(); // reads see every decision written so far
    Statement s = m_db.prepare("SELECT step, node_id, choice_id, chosen_at, think_ms, result_before, result_after, score"
                               " FROM decision WHERE run_id = ?1 ORDER BY step");
    s.bind(1, run.v);
    std::vector<DecisionRecord> out;
    while (s.step()) {
        DecisionRecord d;
        d.step = static_cast<std::uint32_t>(s.int64(0));
        d.nodeId = s.text(1);
        d.choiceId = s.text(2);
        d.chosenAt = s.int64(3);
        d.thinkMs = s.int64(4);
        d.resultBefore = s.int64(5);
        d.resultAfter = s.int64(6);
        d.score = s.int32(7);
        out.push_back(std::move(d));
    }
    return out;
}

ProgressData ProgressStore::progress(ProfileId profile) {
    flushRunUpdate(); // reads see every decision written so far
    ProgressData out;
    // One pass over the profile's runs (oldest first) builds every scenario's line and best run.
    // Unfinished runs (no finished_at) come first and only count; the finished ones in the order played.
    Statement runs = m_db.prepare("SELECT id, scenario_id, status, finished_at, score, score_label FROM run WHERE profile_id = ?1"
                                  " ORDER BY finished_at, id");
    runs.bind(1, profile.v);
    std::map<std::string, ScenarioProgress, std::less<>> byScenario;
    while (runs.step()) {
        ++out.runs;
        const std::string_view id = runs.textView(1);
        auto it = byScenario.find(id);
        if (it == byScenario.end()) it = byScenario.emplace(std::string(id), ScenarioProgress{}).first;
        ScenarioProgress& p = it->second;
        ++p.runs;
        if (runs.textView(2) != "finished") continue;
        ++out.finished;
        const ScorePoint point{runs.int64(0), runs.int64(3), runs.int32(4)};
        if (p.scores.empty() || point.score > p.best.score) {
            p.best = point;
            p.bestLabel = runs.optionalText(5);
        }
        p.scores.push_back(point);
    }
    for (auto& [id, p] : byScenario) {
        p.scenarioId = id;
        out.scenarios.push_back(std::move(p));
    }
    // Only finished runs have principles (a step back in an unfinished run removes them).
    Statement tally = m_db.prepare("SELECT principle, sum(followed), sum(violated) FROM run_principle WHERE profile_id = ?1 GROUP BY principle");
    tally.bind(1, profile.v);
    while (tally.step()) {
        const auto principle = principleFromId(tally.text(0));
        if (!principle) continue; // a principle a newer model knows and this build does not
        out.principles.push_back(PrincipleTally{*principle, tally.int64(1), tally.int64(2)});
    }
    std::sort(out.principles.begin(), out.principles.end(),
              [](const PrincipleTally& a, const PrincipleTally& b) { return a.principle < b.principle; });
    return out;
}

} // namespace rapport::store
