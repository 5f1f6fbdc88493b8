// Layer 4: sample playthroughs on the original scenario (chance decided by the seed): uniformly
// random choices for the distribution of outcomes, and greedy ones (the choice that raises or
// lowers the result most right away). Whatever they reach is shown by a concrete playthrough.

#include "analyze/Detail.h"

#include "rapport/play/Play.h"

#include <string>

namespace rapport::detail {
namespace {

constexpr std::uint32_t kMaxSteps = 10000; // choices in one playout before it counts as unfinished
constexpr std::uint64_t kGreedySeeds = 4;   // greedy playouts per direction

std::uint64_t nextRandom(std::uint64_t& s) {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

enum class Policy : std::uint8_t { Random, GreedyMax, GreedyMin };

class Playout {
public:
    Playout(const AnalysisModel& model, PlayoutStats& stats, Observations& obs)
        : m_model(model), m_s(model.tracedOriginal), m_stats(stats), m_obs(obs) {}

    /// Plays once from the seed's start, until an ending, a dead end, a loop or the step limit.
    /// Returns false when the deadline passed first (the playout then counts for nothing).
    bool play(std::uint64_t seed, Policy policy, Deadline deadline) {
        m_deadline = deadline;
        State state = initialState(m_s, seed);
        std::uint64_t pick = seed ^ 0x5bd1e995u;
        m_path.clear();
        bool ok = enterNodes(m_s, state, m_none, nullptr, Lang::En, m_scratch);
        std::uint32_t steps = 0;
        for (;; ++steps) {
            // A playout of 10,000 steps through decisions of 10,000 choices: look at the clock.
            if (m_late) return false;
            if (m_none.work - m_checkedAt > kWorkBetweenClockChecks) {
                m_checkedAt = m_none.work;
                if (deadline.passed()) return false;
            }
            if (!ok) {
                if (policy == Policy::Random) ++m_stats.loops;
                m_obs.loop(state.node, m_path.empty() ? kNone : m_path.back(), witness(seed));
                break;
            }
            if (atEnding(m_s, state)) {
                ending(state, seed, policy);
                break;
            }
            if (steps == kMaxSteps) {
                if (policy == Policy::Random) ++m_stats.unfinished;
                break;
            }
            openChoices(m_s, state, m_open);
            if (m_open.empty()) {
                if (policy == Policy::Random) ++m_stats.deadEnds;
                m_obs.deadEnd(state.node, m_path.empty() ? kNone : m_path.back(), witness(seed));
                break;
            }
            ChoiceIndex c = m_open[nextRandom(pick) % m_open.size()];
            if (policy != Policy::Random) c = greedy(state, policy == Policy::GreedyMax);
            m_path.push_back(c);
            m_obs.choiceTaken[c] = true;
            applyChoice(m_s, state, c, m_none);
            ok = enterNodes(m_s, state, m_none, nullptr, Lang::En, m_scratch);
        }
        // Every node has a tracking bit here, and a playout starts with none set.
        for (std::size_t n = 0; n < m_model.slotOf.size(); ++n)
            if (state.tracked(m_model.slotOf[n])) m_obs.nodeReached[n] = true;
        return true;
    }

private:
    Witness witness(std::uint64_t seed) const {
        Witness w = witnessOf(m_model, m_path);
        w.seeded = !m_model.chanceOutcome.empty();
        w.seed = seed;
        return w;
    }

    void ending(const State& state, std::uint64_t seed, Policy policy) {
        const std::int64_t r = resultOf(m_s, state);
        m_obs.ending(m_model, state, [&] { return witness(seed); });
        if (policy != Policy::Random) {
            m_stats.greedyResult.add(r);
            return;
        }
        ++m_stats.endingCounts[m_model.endingIndex[state.node]];
        m_stats.result.add(r);
        m_sum += r;
        ++m_reached;
        const std::int64_t bucket = std::min<std::int64_t>(9, std::max<std::int64_t>(0, r / (10 * kScale)));
        ++m_stats.histogram[static_cast<std::size_t>(bucket)];
    }

    /// The open choice whose step gives the highest (or lowest) result; loops are avoided.
    ChoiceIndex greedy(const State& state, bool maximise) {
        ChoiceIndex best = m_open.front();
        bool found = false;
        std::int64_t bestValue = 0;
        for (ChoiceIndex c : m_open) {
            if (m_none.work - m_checkedAt > kWorkBetweenClockChecks) {
                m_checkedAt = m_none.work;
                if (m_deadline.passed()) {
                    m_late = true; // the playout stops at its next step
                    break;
                }
            }
            m_trial = state;
            applyChoice(m_s, m_trial, c, m_none);
            if (!enterNodes(m_s, m_trial, m_none, nullptr, Lang::En, m_scratch)) continue;
            const std::int64_t v = resultOf(m_s, m_trial);
            if (!found || (maximise ? v > bestValue : v < bestValue)) {
                best = c;
                bestValue = v;
                found = true;
            }
        }
        return best;
    }

public:
    /// The mean result of the random playouts that reached an ending (0 if none did).
    [[nodiscard]] std::int64_t meanResult() const { return m_reached == 0 ? 0 : m_sum / m_reached; }

private:
    const AnalysisModel& m_model;
    const Scenario& m_s;
    PlayoutStats& m_stats;
    Observations& m_obs;
    std::vector<ChoiceIndex> m_path, m_open;
    State m_trial;
    ChangeSink m_none;
    std::string m_scratch;
    std::int64_t m_sum = 0;
    std::uint32_t m_reached = 0;
    std::uint64_t m_checkedAt = 0;
    Deadline m_deadline{};
    bool m_late = false; // the deadline passed inside a greedy step
};

} // namespace

void runPlayouts(const AnalysisModel& model, const AnalyzerOptions& options, Deadline deadline, PlayoutStats& stats,
                 Observations& obs) {
    stats.endingCounts.assign(model.endings.size(), 0);
    Playout playout(model, stats, obs);
    // Greedy first: few, and they find the extremes that random play rarely meets.
    for (std::uint64_t i = 0; i < kGreedySeeds && !deadline.passed(); ++i) {
        if (!playout.play(options.seed + i, Policy::GreedyMax, deadline)) break;
        ++stats.greedy;
        if (!playout.play(options.seed + i, Policy::GreedyMin, deadline)) break;
        ++stats.greedy;
    }
    for (std::uint32_t i = 0; i < options.maxPlayouts; ++i) {
        if ((i & 7u) == 0 && deadline.passed()) break;
        if (!playout.play(options.seed + i, Policy::Random, deadline)) break;
        ++stats.random;
    }
    stats.meanResult = playout.meanResult();
}

} // namespace rapport::detail
