#include "store/RunRecorder.h"

#include "rapport/model/Model.h"

#include <algorithm>
#include <utility>

namespace rapport::store {
namespace {

// How many of the latest recorded choices sync() compares with the runner's path.
constexpr std::size_t kCompareTail = 8;

PersonSnapshot snapshot(const std::array<std::int32_t, kDimensionCount>& dims, std::int32_t quality, Stage stage) {
    PersonSnapshot s;
    s.dims = dims;
    s.quality = quality;
    s.stage = std::string(idOf(stage));
    return s;
}

} // namespace

RunOutcome outcomeOf(const Runner& runner, const Debrief& d, std::int64_t finishedAt) {
    const Scenario& s = runner.scenario();
    RunOutcome o;
    o.finishedAt = finishedAt;
    if (d.ending != kNone) {
        o.endingId = s.nodes[d.ending].id;
        o.endingRating = std::string(idOf(s.nodes[d.ending].rating));
    }
    o.result = d.result;
    const LearnerScore score = learnerScore(s, d.result, d.ending);
    o.score = score.score;
    o.scoreLabel = score.label;
    o.style = std::string(styleId(d.style.style));
    for (const PersonaOutcome& p : d.personas)
        o.persons.push_back(PersonRecord{s.personas[p.persona].id, s.personas[p.persona].name(runner.options().lang), snapshot(p.start, p.startQuality, p.startStage),
                                         snapshot(p.end, p.endQuality, p.endStage)});
    for (const PrincipleReview& r : d.principles) o.principles.push_back(PrincipleRecord{std::string(idOf(r.principle)), r.followed, r.violated});
    return o;
}

RunRecorder::RunRecorder(ProgressStore& store, RunContext context, Clock clock)
    : m_store(store), m_context(std::move(context)), m_clock(std::move(clock)) {
    m_lastDecisionAt = m_clock();
}

void RunRecorder::adopt(const StoredRun& run, const Runner& runner) {
    m_run = run.summary.id;
    m_path = runner.path();
    m_finished = run.summary.finished;
    m_lang = runner.options().lang;
    m_lastDecisionAt = m_clock();
    m_replayOf.reset();
    if (langId(m_lang) != run.summary.language) m_store.setLanguage(*m_run, m_lang);
    if (!m_context.contentHash.empty() && m_context.contentHash != run.summary.contentHash) m_store.setContentHash(*m_run, m_context.contentHash);
}

std::size_t RunRecorder::commonPrefix(const std::vector<ChoiceIndex>& path) const {
    const std::size_t n = m_path.size();
    if (path.size() >= n) {
        const std::size_t from = n > kCompareTail ? n - kCompareTail : 0;
        if (std::equal(m_path.begin() + static_cast<std::ptrdiff_t>(from), m_path.end(), path.begin() + static_cast<std::ptrdiff_t>(from)))
            return n;
    }
    // The learner went back (and maybe on again): find where the paths part.
    const std::size_t limit = std::min(n, path.size());
    std::size_t k = 0;
    while (k < limit && m_path[k] == path[k]) ++k;
    return k;
}

void RunRecorder::beginRun(const Runner& runner, std::int64_t now) {
    const Scenario& s = runner.scenario();
    RunStart start;
    start.profile = m_context.profile;
    start.scenarioId = s.id;
    start.scenarioFile = m_context.scenarioFile;
    start.contentHash = m_context.contentHash;
    start.lang = runner.options().lang;
    start.seed = runner.options().seed;
    start.origin = m_context.origin;
    start.replayOf = m_replayOf;
    start.replayFromStep = m_replayFrom;
    start.startedAt = now;
    start.startResult = resultOf(s, initialState(s, runner.options().seed));
    start.startScore = learnerScore(s, start.startResult).score;
    m_run = m_store.beginRun(start);
    m_lang = start.lang;
    m_finished = false;
}

void RunRecorder::sync(const Runner& runner) {
    const std::vector<ChoiceIndex>& path = runner.path();
    const std::size_t common = commonPrefix(path);
    if (common == m_path.size() && path.size() == m_path.size() && (m_finished || !runner.finished()) &&
        (!m_run || runner.options().lang == m_lang))
        return; // nothing new: the window calls this every frame
    const std::int64_t now = m_clock();
    std::size_t replayedPrefix = 0;
    if (common < m_path.size()) {
        if (m_finished) {
            // A finished run stays as it was played; replaying from one of its decisions is a new
            // run whose first decisions repeat the old one's.
            m_replayOf = m_run;
            m_replayFrom = static_cast<std::uint32_t>(common);
            m_run.reset();
            m_path.clear();
            replayedPrefix = common;
        } else {
            m_path.resize(common);
            const std::int64_t result = common > 0 ? runner.steps()[common - 1].resultAfter
                                                   : resultOf(runner.scenario(), initialState(runner.scenario(), runner.options().seed));
            m_store.truncateRun(*m_run, static_cast<std::uint32_t>(common), now, result, learnerScore(runner.scenario(), result).score);
        }
    }
    const Scenario& s = runner.scenario();
    const std::size_t firstNew = m_path.size();
    for (std::size_t k = firstNew; k < path.size(); ++k) {
        if (!m_run) beginRun(runner, now);
        const StepRecord& step = runner.steps()[k];
        DecisionRecord d;
        d.step = static_cast<std::uint32_t>(k);
        d.nodeId = s.nodes[step.decision].id;
        d.choiceId = s.choices[step.choice].id;
        d.chosenAt = now;
        // The first new decision carries the time since the previous one; a batch (piped input)
        // and the repeated start of a replay carry none.
        d.thinkMs = k == std::max(firstNew, replayedPrefix) ? std::max<std::int64_t>(0, now - m_lastDecisionAt) : 0;
        d.resultBefore = step.resultBefore;
        d.resultAfter = step.resultAfter;
        const LearnerScore score = learnerScore(s, step.resultAfter);
        d.score = score.score;
        d.scoreLabel = score.label;
        m_store.addDecision(*m_run, d);
        m_path.push_back(path[k]);
        if (m_uncommitted++ == 0) m_oldestUncommittedAt = now;
    }
    m_lastDecisionAt = std::max(m_lastDecisionAt, now);
    if (m_run && runner.options().lang != m_lang) {
        m_lang = runner.options().lang;
        m_store.setLanguage(*m_run, m_lang);
    }
    if (m_run && runner.finished() && !m_finished) {
        DebriefOptions cheap; // no key moments: they need a search, and the store keeps none
        cheap.keyMoments = 0;
        m_store.finishRun(*m_run, outcomeOf(runner, buildDebrief(runner, cheap), now));
        m_finished = true;
    }
}

void RunRecorder::commit() {
    m_store.commit();
    m_uncommitted = 0;
}

void RunRecorder::commitIfDue(const BatchLimits& limits) {
    if (m_uncommitted == 0) return;
    if (m_uncommitted >= limits.decisions || m_clock() - m_oldestUncommittedAt >= limits.milliseconds) commit();
}

} // namespace rapport::store
