// The analyzer's driver: runs the layers within the budget and merges their answers, each with
// how sure it is.

#include "rapport/analyze/Analyzer.h"

#include "analyze/Assist.h"
#include "analyze/Detail.h"
#include "analyze/Fingerprints.h"
#include "analyze/Findings.h"

#include <algorithm>
#include <memory>
#include <thread>

namespace rapport {
namespace {

using detail::Clock;
using detail::Deadline;

// kAnalyzerWorkPerMs, the work a budget in work counts per millisecond of a budget in time, is
// about what one core of the 2-core build machine does (measured: `rapport analyze trade-fair
// --budget-work 1000000` counted 386 steps per millisecond of CPU time). It only converts the few
// shares with a floor in milliseconds and the beams' width, so a budget in work gives about what
// the same budget in time gives on that machine when idle, and exactly the same answers on any
// machine.

// A budget beyond this (about eleven days, or as much work) is the same as this: the arithmetic
// on time points and work counts stays far from overflow whatever --budget-ms or --budget-work says.
constexpr std::int64_t kMaxBudgetMs = 1'000'000'000;
constexpr std::uint64_t kMaxBudgetWork = 1'000'000'000'000;

/// The analysis's budget, in time (`budgetMs`) or in work (`budgetWork`, then the clock is never
/// read): how much of it is used, and the deadline of a layer that may use some more. The layers
/// share a budget in work exactly as they share one in time; in work the same budget gives the
/// same answers on every machine at any load.
class Budget {
public:
    explicit Budget(const AnalyzerOptions& o)
        : m_start(Clock::now()), m_work(o.budgetWork != 0),
          m_total(m_work ? static_cast<double>(std::min(o.budgetWork, kMaxBudgetWork))
                         : static_cast<double>(std::clamp<std::int64_t>(o.budgetMs, 0, kMaxBudgetMs))) {}

    /// The whole budget (milliseconds, or work).
    [[nodiscard]] double total() const { return m_total; }
    /// What is used so far (milliseconds since the start, or the work counted).
    [[nodiscard]] double used() const { return m_work ? static_cast<double>(m_meter) : detail::msSince(m_start); }
    [[nodiscard]] double left() const { return std::max(0.0, m_total - used()); }
    /// A deadline `amount` after `mark` (a value of used()).
    [[nodiscard]] Deadline at(double mark, double amount) {
        const double end = std::max(mark, 0.0) + std::min(std::max(amount, 0.0), m_work ? static_cast<double>(kMaxBudgetWork)
                                                                                          : static_cast<double>(kMaxBudgetMs));
        if (m_work) return Deadline{Clock::time_point::max(), &m_meter, static_cast<std::uint64_t>(end)};
        // In time the work is counted too (AnalysisStats::work), never stopping a layer.
        return Deadline{m_start + std::chrono::microseconds(static_cast<std::int64_t>(end * 1000.0)), &m_meter, UINT64_MAX};
    }
    [[nodiscard]] Deadline fromStart(double amount) { return at(0.0, amount); }
    [[nodiscard]] Deadline fromNow(double amount) { return at(used(), amount); }
    /// Milliseconds in this budget's unit: the same in time; in work, what this machine does in
    /// that time when idle (kAnalyzerWorkPerMs), for the few shares that have a floor in milliseconds.
    [[nodiscard]] double ofMs(double ms) const { return m_work ? ms * static_cast<double>(kAnalyzerWorkPerMs) : ms; }
    /// The budget in milliseconds (in work: the time it takes on this machine when idle), which
    /// sets the width of the beams.
    [[nodiscard]] double asMs() const { return m_work ? m_total / static_cast<double>(kAnalyzerWorkPerMs) : m_total; }
    /// The work counted so far (in time too).
    [[nodiscard]] std::uint64_t work() const { return m_meter; }
    [[nodiscard]] bool inWork() const { return m_work; }
    /// Takes back a copy that counted the work of a layer beside this one (another thread): the
    /// work used is then what the longer of the two used.
    void join(const Budget& lane) { m_meter = std::max(m_meter, lane.m_meter); }

private:
    Clock::time_point m_start;
    bool m_work;
    double m_total;
    std::uint64_t m_meter = 0;
};

/// The later of two deadlines of the same budget.
Deadline later(Deadline a, Deadline b) {
    if (a.at == Clock::time_point::max()) return a.workLimit < b.workLimit ? b : a;
    return a.at < b.at ? b : a;
}

/// The earlier of two deadlines of the same budget.
Deadline earlier(Deadline a, Deadline b) {
    if (a.at == Clock::time_point::max()) return a.workLimit < b.workLimit ? a : b;
    return a.at < b.at ? a : b;
}

// How the memory the options allow is shared. The exact layer and the searches run one after the
// other and free what they used, so the exact layer may use most of it, and the two searches (the
// best and the worst, side by side on two threads) half of that each; the abstract layer's result
// stays for the whole analysis, so it gets a small part that the others leave over. One thread
// keeps the same shares, so the answers do not depend on the threads.
constexpr std::size_t kExactStatesShare = 6;  // 6/8 for the exact layer's states
constexpr std::size_t kExactEdgesShare = 1;   // 1/8 for its edges
constexpr std::size_t kSearchStoreShare = 2;  // 2/8 for a search's seen states
constexpr std::size_t kSearchFramesShare = 1; // 1/8 for the states waiting on a search's stack
constexpr std::size_t kAbstractShare = 1;     // 1/8 for the abstract layer's state per node

std::size_t share(std::size_t bytes, std::size_t eighths) { return bytes / 8 * eighths; }

/// States that fit into the exact layer's share, counting the table, parents and the bookkeeping
/// of the report (counts, orders, flags).
std::size_t stateCap(const AnalyzerOptions& o, std::size_t words) {
    if (o.maxStates != 0) return o.maxStates;
    const std::size_t perState = words * 8 + 16 * 2 + 8 + 3 * 8 + 8 + 48;
    return std::max<std::size_t>(1000, share(o.maxMemoryBytes, kExactStatesShare) / perState);
}

/// Seen states that fit into the share of the search for the best or the worst, which keeps a
/// fingerprint per state (the options' cap when set).
std::size_t extremeSearchCap(const AnalyzerOptions& o) {
    if (o.maxSearchStates != 0) return o.maxSearchStates;
    return std::clamp<std::size_t>(share(o.maxMemoryBytes, kSearchStoreShare) / detail::SeenFingerprints::kBytesPerState, 1000,
                                   std::size_t{1} << 28);
}

/// A helper (analyze/Assist.h) starts when the search beside it has ended and freed its memory,
/// and takes that search's share: at most half of it for the states it publishes (a table of a
/// power of two of slots), the rest for those it has searched.
std::size_t closedCap(const AnalyzerOptions& o) {
    return std::max<std::size_t>(1000, detail::ClosedStates::capacityFor(share(o.maxMemoryBytes, kSearchStoreShare) / 2));
}
std::size_t helperStoreCap(const AnalyzerOptions& o) {
    const std::size_t storeShare = share(o.maxMemoryBytes, kSearchStoreShare);
    const std::size_t closedBytes = std::min(storeShare, detail::ClosedStates::bytesFor(closedCap(o)));
    return std::max<std::size_t>(1000, (storeShare - closedBytes) / detail::SeenFingerprints::kBytesPerState);
}

/// Seen states that fit into the share of the search for what is undecided, which keeps them whole.
std::size_t targetSearchCap(const AnalyzerOptions& o, std::size_t words) {
    if (o.maxSearchStates != 0) return o.maxSearchStates;
    const std::size_t perState = words * 8 + 24;
    return std::clamp<std::size_t>(share(o.maxMemoryBytes, kSearchStoreShare) / perState, 1000, std::size_t{1} << 22);
}

bool hasProved(const std::vector<Finding>& list) {
    return std::any_of(list.begin(), list.end(), [](const Finding& f) { return f.guarantee == Guarantee::Proved; });
}

/// Best and worst when exploration was not exact: the search's answer, or a better playthrough
/// that other layers met, with the best sound limit known.
Extreme mergeExtreme(const Extreme& searched, const Extreme& seen, bool maximise, bool boundKnown, std::int64_t bound) {
    auto better = [&](std::int64_t a, std::int64_t b) { return maximise ? a > b : a < b; };
    const bool tie = seen.found && searched.found && seen.result == searched.result &&
                     detail::witnessBefore(seen.witness, searched.witness);
    if (searched.found && searched.guarantee == Guarantee::Proved) {
        Extreme x = searched;
        if (tie) x.witness = seen.witness, x.ending = seen.ending; // equally good: the same one on every machine
        return x;
    }
    Extreme x = searched;
    if (seen.found && (!x.found || better(seen.result, x.result) || tie)) {
        x.found = true;
        x.result = seen.result;
        x.ending = seen.ending;
        x.witness = seen.witness;
    }
    x.guarantee = Guarantee::Estimated;
    if (!x.bounded && boundKnown) {
        x.bounded = true;
        x.bound = bound;
    }
    if (x.bounded && x.found && better(x.result, x.bound)) x.bound = x.result;
    // The found playthrough reaches the limit: nothing can do better.
    if (x.found && x.bounded && x.bound == x.result) x.guarantee = Guarantee::Proved;
    return x;
}

void mergeApproximate(const detail::AnalysisModel& model, const detail::AbstractResult& abs, detail::Observations& obs,
                      const detail::TargetResult& settled, const Extreme& best, const Extreme& worst, AnalysisReport& report) {
    const Scenario& s = model.explore;
    std::vector<bool> reachable = abs.nodeReached, deadEndPossible = abs.deadEndPossible;
    for (NodeIndex n : settled.unreachable) reachable[n] = false;
    for (NodeIndex n : settled.noDeadEnd) deadEndPossible[n] = false;
    bool boundHi = false, boundLo = false;
    std::int64_t hi = 0, lo = 0;
    for (std::size_t e = 0; e < report.endings.size(); ++e) {
        EndingReport& er = report.endings[e];
        const NodeIndex node = model.endings[e];
        if (obs.endingReached[e]) {
            er.reach = Reach::Reachable;
            er.guarantee = Guarantee::Proved;
            er.witness = obs.endingWitness[e];
        } else if (!reachable[node]) {
            er.reach = Reach::Unreachable;
            er.guarantee = Guarantee::Proved;
        }
        er.seen = obs.endingSeen[e];
        er.seenGuarantee = Guarantee::Estimated;
        if (reachable[node]) {
            er.bound = abs.endingBound[e];
            const ValueRange& r = er.bound.result;
            if (r.known) {
                if (!boundHi || r.hi > hi) hi = r.hi, boundHi = true;
                if (!boundLo || r.lo < lo) lo = r.lo, boundLo = true;
            }
        }
    }
    report.best = mergeExtreme(best, obs.best, true, boundHi, hi);
    report.worst = mergeExtreme(worst, obs.worst, false, boundLo, lo);

    report.deadEnds = obs.deadEnds;
    report.loops = obs.loops;
    for (NodeIndex n = 0; n < s.nodes.size(); ++n) {
        if (!reachable[n]) continue;
        if (deadEndPossible[n] && !obs.deadEndAt[n] && s.nodes[n].kind == NodeKind::Decision)
            report.deadEnds.push_back(Finding{Guarantee::Possible, n, kNone, {}});
        if (abs.loopPossible[n] && !obs.loopAt[n]) report.loops.push_back(Finding{Guarantee::Possible, n, kNone, {}});
        if (abs.noEndingFrom[n] && s.nodes[n].kind == NodeKind::Decision && !deadEndPossible[n])
            report.closedLoops.push_back(Finding{Guarantee::Possible, n, kNone, {}});
    }
    report.closedLoopsChecked = false;

    std::uint32_t principles = 0;
    for (NodeIndex n = 0; n < s.nodes.size(); ++n) {
        if (!reachable[n]) {
            report.unreachedNodes.push_back(NeverItem{n, Guarantee::Proved});
            continue;
        }
        if (!obs.nodeReached[n]) ++report.undecidedNodes;
        principles |= detail::principlesOfEffects(s, s.nodes[n].effects);
        for (ChoiceIndex c : s.nodes[n].choices) {
            if (c >= model.realChoices || s.nodes[n].kind != NodeKind::Decision) continue;
            if (!abs.choiceMayOpen[c]) {
                report.neverOpenChoices.push_back(NeverItem{c, Guarantee::Proved});
                continue;
            }
            principles |= detail::principlesOfChoice(s, s.choices[c]);
            if (!obs.choiceTaken[c]) ++report.undecidedChoices;
        }
    }
    for (std::uint32_t f = 0; f < s.facts.size(); ++f)
        if (!abs.factMayBeKnown[f]) report.unlearnedFacts.push_back(NeverItem{f, Guarantee::Proved});
    for (Principle p : s.principles)
        if (((principles >> static_cast<unsigned>(p)) & 1u) == 0)
            report.unexercisedPrinciples.push_back(NeverItem{static_cast<std::uint32_t>(p), Guarantee::Proved});
    report.playthroughBound = abs.playthroughBound;
}

} // namespace

AnalysisReport analyzeScenario(const Scenario& scenario, const AnalyzerOptions& options) {
    const Clock::time_point start = Clock::now();
    Budget clock(options);
    const double budget = clock.total();
    const detail::AnalysisModel model = detail::buildAnalysisModel(scenario);
    const Scenario& s = model.explore;

    AnalysisReport report;
    AnalysisStats& st = report.stats;
    st.nodes = scenario.nodes.size();
    st.choices = scenario.choices.size();
    for (const Node& n : scenario.nodes) {
        st.decisions += n.kind == NodeKind::Decision ? 1u : 0u;
        st.endings += n.kind == NodeKind::Ending ? 1u : 0u;
        st.chanceNodes += n.kind == NodeKind::Chance ? 1u : 0u;
    }
    for (NodeIndex e : model.endings) {
        EndingReport er;
        er.node = e;
        report.endings.push_back(er);
    }
    const std::vector<bool> read = detail::variablesRead(scenario);
    for (std::uint32_t v = 0; v < read.size(); ++v)
        if (!read[v]) report.unreadVariables.push_back(NeverItem{v, Guarantee::Proved});

    detail::Observations obs;
    obs.init(model);
    detail::replayKnown(model, options.knownPlaythroughs, obs);
    // The abstract layer first: it is cheap, and when the states don't fit it carries the
    // proofs and the bounds of the search. Switched off, its stand-in knows the node graph only.
    detail::AbstractResult abs;
    {
        const Clock::time_point t = Clock::now();
        abs = detail::analyseAbstract(model, clock.fromStart(options.abstract ? budget * 0.25 : 0.0),
                                      share(options.maxMemoryBytes, kAbstractShare));
        st.abstractComplete = abs.complete;
        st.abstractRounds = abs.rounds;
        st.abstractMs = detail::msSince(t);
    }
    bool exact = false;
    if (options.exact) {
        // Up to 60 % of the budget: if the states don't fit, the search needs the rest.
        const Clock::time_point t = Clock::now();
        const std::size_t cap = stateCap(options, detail::StateCodec(s).words());
        std::size_t maxOut = 1;
        for (const Node& n : s.nodes) maxOut = std::max(maxOut, n.choices.size());
        // Edges: the share in bytes (a target and a choice each), but never more than every state
        // could have; room for one more state's edges so a full expansion always fits.
        const std::size_t edgeCap = std::min(options.maxStates != 0 ? cap * maxOut : share(options.maxMemoryBytes, kExactEdgesShare) / 8,
                                             cap * maxOut);
        detail::ExactGraph graph(s, cap + maxOut, edgeCap + maxOut);
        detail::exploreExact(model, graph, clock.fromStart(budget * 0.6), cap, edgeCap);
        st.exploreMs = detail::msSince(t);
        st.states = graph.store.size();
        st.transitions = graph.edgeTarget.size();
        st.memoryExhausted = graph.outOfMemory;
        st.budgetExhausted = graph.outOfTime;
        if (graph.complete) {
            detail::reportFromExact(model, graph, report);
            exact = true;
            st.bestProvedMs = st.worstProvedMs = detail::msSince(start);
        } else {
            detail::observeExact(model, graph, obs);
        }
        st.exactMs = detail::msSince(t);
    }
    if (!exact) {
        st.budgetExhausted = st.budgetExhausted || !abs.complete;
        Extreme best, worst;
        detail::TargetResult settled;
        const double left = clock.left();
        if (options.search) {
            // Good first playthroughs from beams: they seed the branch and bound and meet the
            // endings that ask for one relationship to be strong or weak.
            const Clock::time_point b = Clock::now();
            const std::size_t width = options.beamWidth != 0 ? options.beamWidth
                                                             : static_cast<std::size_t>(std::clamp(clock.asMs() / 8.0, 16.0, 1024.0));
            st.beamStates = detail::runBeams(model, clock.fromNow(left * 0.5), width, obs);
            st.beamMs = detail::msSince(b);
            const Clock::time_point u = Clock::now();
            const double rest = clock.left();
            // The bounds are made tight at the start and along the best playthrough found so far.
            std::vector<State> seeds;
            if (obs.best.found) {
                const std::vector<State> along = detail::statesAlong(model, obs.best.witness);
                for (std::size_t i = 2; i < along.size(); i += 3) seeds.push_back(along[i]);
            }
            const detail::ResultBounds precise(model, abs, clock.fromNow(rest * 0.15), seeds);
            const std::size_t storeCap = extremeSearchCap(options);
            // A store sized by memory only merges states; a size given as the limit stops the search.
            const bool pastFullStore = options.maxSearchStates == 0;
            const std::size_t frameBytes = share(options.maxMemoryBytes, kSearchFramesShare);
            const Extreme seedBest = obs.best, seedWorst = obs.worst;
            // The best and the worst are searched apart: the worst on a copy of what is observed
            // so far, its own bounds (they keep a scratch state) and its own count of work, on a
            // second thread when allowed. The copy is taken back in afterwards, which gives the
            // observations the sequential order would (Observations::absorb), so the answers do not
            // depend on the threads.
            detail::Observations worstObs = obs;
            const detail::ResultBounds worstBounds = precise;
            std::uint64_t worstStates = 0;
            const bool twoThreads = options.threads >= 2;
            // In work each search has its own count from here and may do 60 % of the rest, with
            // one thread or two. In time they share the clock: side by side each may run until the
            // budget is all but spent, one after the other half of that each; what comes after
            // them (samples, the targets, the findings) takes a small part of a second, and 4 % of
            // the budget is kept for it.
            Budget worstLane = clock;
            const double untilEnd = std::max(0.0, clock.left() - budget * 0.04);
            const double each = clock.inWork() ? rest * 0.6 : twoThreads ? untilEnd : untilEnd * 0.5;
            const Deadline bestDeadline = clock.fromNow(each);
            double worstEndMs = -1;
            // In time, side by side, the thread that ends first helps the other search (Assist.h).
            // The helped search answers what it would alone, so only the time changes; in work
            // the searches count their own steps, which a helper would change, so none helps.
            // What the helpers meet (endings, dead ends, loops) is taken in after the searches'.
            std::unique_ptr<detail::SearchAssist> helpBest, helpWorst;
            detail::Observations helpedBestObs, helpedWorstObs;
            if (twoThreads && !clock.inWork() && pastFullStore) {
                helpBest = std::make_unique<detail::SearchAssist>(closedCap(options));
                helpWorst = std::make_unique<detail::SearchAssist>(closedCap(options));
                helpedBestObs.init(model), helpedWorstObs.init(model);
            }
            std::uint64_t helperStates = 0; // the main thread's helper (the other one counts in worstStates)
            const Deadline worstDeadline = worstLane.fromNow(each);
            auto searchWorst = [&] {
                worst = detail::searchExtreme(model, &abs, &worstBounds, false, worstDeadline, storeCap, frameBytes, worstObs,
                                              worstStates, &seedWorst, pastFullStore, helpWorst.get());
                worstEndMs = detail::msSince(start);
                if (helpBest)
                    detail::helpSearch(model, &abs, &worstBounds, true, worstDeadline, helperStoreCap(options), frameBytes,
                                       helpedBestObs, worstStates, *helpBest);
            };
            std::thread second;
            if (twoThreads) second = std::thread(searchWorst);
            best = detail::searchExtreme(model, &abs, &precise, true, bestDeadline, storeCap, frameBytes, obs,
                                         st.searchStates, &seedBest, pastFullStore, helpBest.get());
            if (best.guarantee == Guarantee::Proved) st.bestProvedMs = detail::msSince(start);
            if (helpWorst)
                detail::helpSearch(model, &abs, &precise, false, bestDeadline, helperStoreCap(options), frameBytes,
                                   helpedWorstObs, helperStates, *helpWorst);
            if (twoThreads) second.join();
            else searchWorst();
            if (worst.guarantee == Guarantee::Proved) st.worstProvedMs = worstEndMs;
            obs.absorb(worstObs);
            if (helpBest) {
                // The helpers' extremes are none of the answers' (the searches found those themselves).
                for (detail::Observations* helped : {&helpedBestObs, &helpedWorstObs}) {
                    helped->best = helped->worst = Extreme{};
                    obs.absorb(*helped);
                }
            }
            st.searchStates += helperStates;
            st.searchStates += worstStates;
            clock.join(worstLane);
            st.budgetExhausted = st.budgetExhausted || best.guarantee != Guarantee::Proved || worst.guarantee != Guarantee::Proved;
            st.searchMs = detail::msSince(u);
        }
        if (options.playouts) {
            const Clock::time_point u = Clock::now();
            detail::runPlayouts(model, options, later(clock.fromNow(left * 0.1), clock.fromNow(budget * 0.05)), report.playouts, obs);
            st.playoutMs = detail::msSince(u);
        }
        if (options.search) {
            // What is still open after the search and the samples: aim at it directly.
            const Clock::time_point u = Clock::now();
            settled = detail::searchTargets(model, abs, later(clock.fromStart(budget), clock.fromNow(budget * 0.05)),
                                            targetSearchCap(options, detail::StateCodec(s).words()),
                                            share(options.maxMemoryBytes, kSearchFramesShare), obs, st.searchStates);
            st.searchMs += detail::msSince(u);
        }
        mergeApproximate(model, abs, obs, settled, best, worst, report);
    } else if (options.playouts) {
        // Every answer is proved already: the samples only show how random play spreads.
        const Clock::time_point u = Clock::now();
        detail::runPlayouts(model, options, later(clock.fromNow(budget * 0.05), earlier(clock.fromStart(budget), clock.fromNow(budget * 0.25))),
                            report.playouts, obs);
        st.playoutMs = detail::msSince(u);
    }
    {
        // Cheap next to the layers: replays of the playthroughs found and one careless run per seed.
        detail::addAuthorFindings(model, options, later(clock.fromStart(budget), clock.fromNow(std::max(clock.ofMs(100.0), budget * 0.05))), report);
    }
    st.work = clock.work();
    st.totalMs = detail::msSince(start);
    // A proof may also come from merging the layers' answers at the end.
    if (report.best.guarantee != Guarantee::Proved) st.bestProvedMs = -1;
    else if (st.bestProvedMs < 0) st.bestProvedMs = st.totalMs;
    if (report.worst.guarantee != Guarantee::Proved) st.worstProvedMs = -1;
    else if (st.worstProvedMs < 0) st.worstProvedMs = st.totalMs;
    return report;
}

Verdict verdictOf(const AnalysisReport& r) {
    bool proved = false, possible = false, decided = r.stats.exactComplete;
    for (const EndingReport& e : r.endings) {
        if (e.reach == Reach::Unreachable) proved = true;
        if (e.reach == Reach::Unknown) possible = true;
        else decided = true;
    }
    for (const auto* list : {&r.deadEnds, &r.loops, &r.closedLoops}) {
        if (hasProved(*list)) proved = decided = true;
        if (!list->empty()) possible = true;
    }
    // The authors' problems: each is shown by playthroughs or read off the file, so proved.
    if (!r.inflatingLoops.empty() || !r.contradictoryConditions.empty()) proved = true;
    for (const RatingMismatch& m : r.ratingMismatches)
        if (m.guarantee == Guarantee::Proved) proved = true;
    // An empty list of dead ends is itself proved: every reachable decision has an open choice.
    if (r.deadEnds.empty() && r.loops.empty()) decided = true;
    if (proved) return Verdict::Problem;
    if (!possible) return Verdict::Clean;
    if (!decided && r.stats.budgetExhausted) return Verdict::Unproved;
    return Verdict::Problem;
}

std::string countToString(PathCount128 value) {
    if (value == 0) return "0";
    std::string digits;
    while (value != 0) {
        digits.push_back(static_cast<char>('0' + static_cast<int>(value % 10)));
        value /= 10;
    }
    return {digits.rbegin(), digits.rend()};
}

} // namespace rapport
