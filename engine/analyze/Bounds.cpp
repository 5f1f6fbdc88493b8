// Result bounds for the branch-and-bound search: per node a transform of each persona's
// dimensions that covers every way from that node to an ending.
//
// A transform (g, t) stands for v -> max(v + g, t) in the upper bounds and v -> min(v + g, t) in
// the lower ones. Such transforms compose and join in closed form, so one backward fixpoint over
// the node graph gives, for every node, a bound that a concrete state at that node turns into a
// bound on its final result (quality rises with every dimension).

#include "analyze/Detail.h"
#include "analyze/CounterGraph.h"
#include "analyze/LinearBounds.h"

#include "rapport/core/Effects.h"
#include "rapport/core/TimeUnits.h"
#include "rapport/model/Drift.h"
#include "rapport/model/Evaluate.h"
#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/play/Play.h"

#include <algorithm>
#include <cmath>

namespace rapport::detail {
namespace {

using Tf = ResultBounds::Tf;
constexpr std::int32_t kTop = 100 * kScale;
constexpr std::size_t kMaxCells = std::size_t{1} << 20; // nodes * personas * dimensions kept at most
constexpr int kRoundsBeforeCap = 64;
constexpr std::size_t kMaxCountedLayers = 256; // layers of the fixpoint (edges taken at most once, on a cycle)
constexpr std::size_t kMaxFoldedPlaces = 16384;                // (node, counters, flags) the linear bounds' graph has at most
constexpr std::size_t kMaxFoldedCells = std::size_t{1} << 18;  // ... times its layers

/// The most `days` of cooling can take from a value (hundredths): the fastest rate (no shared
/// history), compounded, of everything above a stranger's level, rounded up, and one for rounding.
std::int64_t coolingAtMost(Dimension d, std::int64_t days) {
    const double rate = model::kDriftPerMille[static_cast<std::size_t>(d)] / 1000.0;
    const double share = 1.0 - std::pow(1.0 - rate, static_cast<double>(days));
    const std::int64_t above = kTop - std::int64_t{model::kNeutral[static_cast<std::size_t>(d)]} * kScale;
    return std::min<std::int64_t>(above, static_cast<std::int64_t>(std::ceil(share * static_cast<double>(above))) + 2);
}

std::int32_t clampTo(std::int64_t v, std::int32_t lo, std::int32_t hi) {
    return static_cast<std::int32_t>(std::clamp<std::int64_t>(v, lo, hi));
}

// Upper transforms: first a, then b. A clamp at 0 between them is covered by t >= 0.
Tf upThen(Tf a, Tf b) {
    return {clampTo(std::int64_t{a.g} + b.g, -kTop, kTop), clampTo(std::max<std::int64_t>(std::int64_t{a.t} + b.g, b.t), 0, kTop)};
}
Tf lowThen(Tf a, Tf b) {
    return {clampTo(std::int64_t{a.g} + b.g, -kTop, kTop), clampTo(std::min<std::int64_t>(std::int64_t{a.t} + b.g, b.t), -kTop, kTop)};
}
Tf upJoin(Tf a, Tf b) { return {std::max(a.g, b.g), std::max(a.t, b.t)}; }
Tf lowJoin(Tf a, Tf b) { return {std::min(a.g, b.g), std::min(a.t, b.t)}; }

constexpr Tf kUpIdentity{0, 0};
constexpr Tf kLowIdentity{0, kTop};

/// Transforms of every persona dimension side by side (upper and lower).
struct Row {
    std::vector<Tf> up, low;
    bool shortWaits = false; // below, cooling as the wait's length allows instead of down to a stranger's level
    explicit Row(std::size_t width, bool byLength = false) : up(width, kUpIdentity), low(width, kLowIdentity), shortWaits(byLength) {}

    void add(std::size_t cell, std::int64_t upDelta, std::int64_t lowDelta) {
        up[cell] = upThen(up[cell], {clampTo(upDelta, -kTop, kTop), 0});
        low[cell] = lowThen(low[cell], {clampTo(lowDelta, -kTop, kTop), kTop});
    }
    /// Anything may happen to this persona's dimensions (model v2: format 2 events not bounded yet).
    void unknown(std::size_t persona) {
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            const std::size_t cell = persona * kDimensionCount + d;
            if (cell >= up.size()) return;
            up[cell] = upThen(up[cell], {0, kTop});
            low[cell] = lowThen(low[cell], {-kTop, 0});
        }
    }
    void drift(const std::vector<bool>& promises, std::int64_t minutes) {
        // Drift moves a value down towards its floor without passing it (Drift.h): whatever drift
        // does, a value ends in driftReach. A promise that cannot be kept may break meanwhile.
        // Below, a short wait takes little: at most one day more than its whole days cool, each
        // day at most the dimension's rate of what lies above the floor, which is never below
        // min(value, a stranger's level) (Model.cpp cool, Drift.cpp driftValue).
        const std::int64_t days = std::min<std::int64_t>(minutes / kMinutesPerDay + 1, model::kDriftMaxDays);
        for (std::size_t p = 0; p < promises.size(); ++p)
            if (promises[p])
                for (std::size_t d = 0; d < kDimensionCount; ++d)
                    add(p * kDimensionCount + d, 0, std::int64_t{model::kOverpromiseBroken[d]} * kScale);
        for (std::size_t i = 0; i < up.size(); ++i) {
            std::int64_t lo = kTop, hi = 0; // an empty range: driftReach gives the target itself
            driftReach(static_cast<Dimension>(i % kDimensionCount), lo, hi);
            up[i] = upThen(up[i], {0, clampTo(hi, 0, kTop)});
            if (shortWaits) low[i] = lowThen(low[i], {clampTo(-coolingAtMost(static_cast<Dimension>(i % kDimensionCount), days), -kTop, 0), kTop});
            else low[i] = lowThen(low[i], {0, clampTo(lo, 0, kTop)});
        }
    }
    void thenRow(const Row& b) {
        for (std::size_t i = 0; i < up.size(); ++i) {
            up[i] = upThen(up[i], b.up[i]);
            low[i] = lowThen(low[i], b.low[i]);
        }
    }
    void join(const Row& b) {
        for (std::size_t i = 0; i < up.size(); ++i) {
            up[i] = upJoin(up[i], b.up[i]);
            low[i] = lowJoin(low[i], b.low[i]);
        }
    }
};

class Builder {
public:
    Builder(const AnalysisModel& model, const AbstractResult& abs)
        : m_s(model.explore), m_abs(abs), m_dom(model.explore), m_width(m_s.personas.size() * kDimensionCount) {
        for (PersonaIndex p = 0; p < m_s.personas.size(); ++p) m_promises.push_back(mayBreakPromise(m_s, p));
    }

    void adjustment(Row& row, const Adjustment& a) const {
        if (a.persona == kNone) return;
        for (std::size_t d = 0; d < kDimensionCount; ++d)
            if (a.delta[d] != 0) row.add(a.persona * kDimensionCount + d, std::int64_t{a.delta[d]} * kScale, std::int64_t{a.delta[d]} * kScale);
    }

    void effects(Row& row, EffectRange range) const {
        // What effects do to the dimensions: adjustments and drift; a condition joins both ways.
        struct OnRow {
            const Builder& b;
            Row& row;
            void setVariable(std::uint32_t, ExprId, bool) {}
            void adjust(const Adjustment& a) { b.adjustment(row, a); }
            void learn(const std::vector<std::uint32_t>&) {}
            void favour(PersonaIndex, int) {}
            void link(PersonaIndex, PersonaIndex) {}
            void wait(std::int64_t minutes) {
                if (minutes > 0) row.drift(b.m_promises, minutes);
            }
            void event(const Effect& e) { b.event(row, e); }
            void branch(ExprId, EffectRange then, EffectRange otherwise) {
                Row yes = row, no = row;
                b.effects(yes, then);
                b.effects(no, otherwise);
                yes.join(no);
                row = std::move(yes);
            }
        } onRow{*this, row};
        walkEffects(m_s, range, onRow);
    }

    /// What a format 2 event can do to the dimensions (Events.cpp, Model.cpp applyLetdown).
    void event(Row& row, const Effect& e) const {
        const PersonaIndex who = e.target;
        if (who == kNone || who >= m_s.personas.size()) return;
        auto gain = [&](const model::Deltas& points) {
            for (std::size_t d = 0; d < kDimensionCount; ++d) {
                const std::int64_t full = std::int64_t{points[d]} * kScale;
                const std::int64_t least = full > 0 && d == static_cast<std::size_t>(Dimension::Vertrauen) &&
                                                   m_s.personas[who].has(Trait::Sceptical)
                                               ? full * model::kScepticalTrustPercent / 100
                                               : full;
                if (full != 0) row.add(who * kDimensionCount + d, full, least);
            }
        };
        switch (e.kind) {
        case Effect::Kind::Vouch:
            if (e.second != kNone) gain(model::kVouch[static_cast<std::size_t>(std::clamp<std::int64_t>(e.amount, 0, 2))]);
            break;
        case Effect::Kind::Handover:
            if (e.second != kNone) gain(model::kHandover);
            break;
        case Effect::Kind::Contact:
        case Effect::Kind::Tender: break; // timing, history and flags only
        case Effect::Kind::Letdown: {
            // The act's rule without contact; above at least 0: what it costs is an open loss a
            // repair may give back.
            Choice letdown;
            letdown.act = Act::Letdown;
            letdown.failure = e.failure;
            letdown.warned = e.amount != 0;
            letdown.with = who;
            const ActBounds b = actBounds(m_s, letdown, who, false);
            if (!b.contact) break;
            for (std::size_t d = 0; d < kDimensionCount; ++d)
                row.add(who * kDimensionCount + d, std::max<std::int64_t>(b.hi[d], 0), std::min<std::int64_t>(b.lo[d], 0));
            break;
        }
        default: row.unknown(who); break;
        }
    }

    void act(Row& row, const Choice& c, NodeIndex at, PersonaIndex who) const {
        const ActBounds b = m_dom.actBound(c, who);
        if (!b.contact) return;
        // Above, a repair counts as nothing: what it gives back was lost before, either before the
        // state the bound is asked for (its open losses, added there) or on the way, where every
        // gain's bound is at least 0 (widened), so the loss never counted.
        const ActBounds noRepair = actBounds(m_s, c, who, false);
        // Pressure erodes liking and trust; bound it by the pressure the abstract layer allows here
        // plus what the act may add (substance never counts as relief here).
        std::int64_t pressure = m_abs.atNode[at].live ? m_abs.atNode[at].personas[who].pressure.hi : kTop;
        pressure = std::min<std::int64_t>(kTop, pressure + std::max<std::int64_t>(0, b.pressureHi));
        const bool erodes = pressure >= model::kPressureErodesFrom * kScale;
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            std::int64_t loss = b.lo[d];
            if (erodes && d == static_cast<std::size_t>(Dimension::Sympathie)) loss -= pressure / model::kPressureSympathieDivisor;
            if (erodes && d == static_cast<std::size_t>(Dimension::Vertrauen)) loss -= pressure / model::kPressureTrustDivisor;
            row.add(who * kDimensionCount + d, std::max<std::int64_t>(noRepair.hi[d], 0), loss);
        }
    }

    Row choice(ChoiceIndex ci, bool shortWaits = false) const {
        const Choice& c = m_s.choices[ci];
        Row row(m_width, shortWaits);
        for (PersonaIndex who : personasReached(c))
            if (who != kNone) act(row, c, c.node, who);
        for (std::uint32_t a : c.adjustments) adjustment(row, m_s.adjustments[a]);
        effects(row, c.effects);
        if (c.takes > 0) row.drift(m_promises, c.takes);
        return row;
    }

    [[nodiscard]] std::size_t width() const { return m_width; }

private:
    const Scenario& m_s;
    const AbstractResult& m_abs;
    Domain m_dom;
    std::size_t m_width;
    std::vector<bool> m_promises; // per persona: a promise to them may break while time passes
};

bool sameRow(const Row& a, const Row& b) {
    for (std::size_t i = 0; i < a.up.size(); ++i)
        if (a.up[i].g != b.up[i].g || a.up[i].t != b.up[i].t || a.low[i].g != b.low[i].g || a.low[i].t != b.low[i].t) return false;
    return true;
}

} // namespace

ResultBounds::ResultBounds(const AnalysisModel& model, const AbstractResult& abs, Deadline deadline, const std::vector<State>& seeds)
    : m_s(model.explore) {
    const Scenario& s = m_s;
    const std::size_t nodes = s.nodes.size();
    m_width = s.personas.size() * kDimensionCount;
    m_reach.assign(nodes, false);
    if (nodes * m_width > kMaxCells || abs.edges.size() != nodes) return;
    Builder builder(model, abs);

    // What each choice and each node's effects do; with `byLength`, cooling below as far as each
    // wait's length allows (for the linear bounds) instead of down to a stranger's level.
    auto rowsOf = [&](bool byLength) {
        std::vector<Row> choices, arrivals;
        choices.reserve(s.choices.size());
        for (ChoiceIndex c = 0; c < s.choices.size(); ++c) choices.push_back(builder.choice(c, byLength));
        arrivals.reserve(nodes);
        for (NodeIndex n = 0; n < nodes; ++n) {
            Row row(m_width, byLength);
            builder.effects(row, s.nodes[n].effects);
            arrivals.push_back(std::move(row));
        }
        return std::make_pair(std::move(choices), std::move(arrivals));
    };
    const auto [choiceRows, nodeEffects] = rowsOf(false);

    // Backward fixpoint, one layer per number of counted choices allowed: in layer k, `after[n]`
    // covers every way from node n (its effects applied) to an ending that takes counted choices
    // (taken at most once, on a cycle) at most k times in all, `in[n]` adds its effects. A counted
    // choice leads into layer k - 1. No playthrough takes more counted choices than there are, so
    // the last layer covers every playthrough; hub cycles that are open only while `not chose(..)`
    // or `not visited(..)` so no longer raise a bound to the limits. A cycle without a counted
    // choice that keeps raising a bound is still cut off at the limits, which is still a bound.
    const std::vector<std::vector<Guard>> guards = edgesToCount(s, abs);
    std::vector<std::vector<bool>> counted(nodes);
    std::vector<std::vector<std::size_t>> guardOf(nodes); // per edge: its index in m_guards
    for (NodeIndex n = 0; n < nodes; ++n) {
        counted[n].assign(guards[n].size(), false);
        guardOf[n].assign(guards[n].size(), SIZE_MAX);
        for (std::size_t k = 0; k < guards[n].size(); ++k)
            if (!guards[n][k].closers.empty()) {
                counted[n][k] = true;
                guardOf[n][k] = m_guards.size();
                m_guards.push_back(guards[n][k]);
            }
    }
    std::size_t layers = m_guards.size();
    if (layers > kMaxCountedLayers) { // too many to count: every cycle as before
        for (auto& c : counted) c.assign(c.size(), false);
        m_guards.clear();
        layers = 0;
    }
    m_linearCounts.assign(m_guards.size(), false); // set below, when the linear bounds are made
    // Every layer is kept when it fits, so a state that can no longer take some counted choices
    // reads the layer of those it still can (`bound`); else only the last.
    m_layers = (layers + 1) * nodes * m_width <= kMaxCells * 4 ? layers + 1 : 1;
    m_upper.resize(m_layers * nodes * m_width);
    m_lower.resize(m_layers * nodes * m_width);
    std::vector<Row> after(nodes, Row(m_width)), in(nodes, Row(m_width));
    std::vector<Row> prevIn;
    std::vector<bool> prevReach;
    for (std::size_t layer = 0; layer <= layers; ++layer) {
        // Layer k starts from layer k - 1 (every way it covers, layer k covers too).
        std::vector<bool> capped(nodes, false);
        for (int round = 0;; ++round) {
            bool any = false;
            for (NodeIndex n = static_cast<NodeIndex>(nodes); n-- > 0;) {
                // Up to 64 rounds over every edge per layer: on a large graph that is seconds, so the clock decides.
                if ((n & 1023u) == 0 && deadline.passed(1024)) return;
                if (!abs.nodeReached[n] || capped[n]) continue;
                Row next(m_width);
                bool reach = false;
                if (s.nodes[n].kind == NodeKind::Ending) {
                    reach = true;
                } else {
                    for (std::size_t k = 0; k < abs.edges[n].size(); ++k) {
                        const auto [to, via] = abs.edges[n][k];
                        const bool once = counted[n][k];
                        if (once ? layer == 0 || !prevReach[to] : !m_reach[to]) continue;
                        Row way = via != kNone ? choiceRows[via] : Row(m_width);
                        way.thenRow(once ? prevIn[to] : in[to]);
                        if (reach) next.join(way);
                        else next = std::move(way);
                        reach = true;
                    }
                }
                if (!reach) continue;
                if (m_reach[n]) next.join(after[n]); // never below the previous layer
                if (m_reach[n] && sameRow(next, after[n])) continue;
                if (round >= kRoundsBeforeCap) {
                    for (Tf& t : next.up) t = {kTop, kTop};
                    for (Tf& t : next.low) t = {-kTop, -kTop};
                    capped[n] = true;
                }
                m_reach[n] = true;
                after[n] = std::move(next);
                in[n] = nodeEffects[n];
                in[n].thenRow(after[n]);
                any = true;
            }
            if (!any) break;
        }
        if (m_layers > 1 || layer == layers) { // a node no ending follows keeps the identity: never read
            const std::size_t base = (m_layers > 1 ? layer : 0) * nodes * m_width;
            for (NodeIndex n = 0; n < nodes; ++n)
                for (std::size_t i = 0; i < m_width; ++i) {
                    m_upper[base + n * m_width + i] = after[n].up[i];
                    m_lower[base + n * m_width + i] = after[n].low[i];
                }
        }
        if (layer < layers) {
            prevIn = in;
            prevReach = m_reach;
        }
    }
    m_scratch.personas.resize(s.personas.size());
    m_usable = true;

    // The same ways, each summed up per dimension from the values the abstract layer allows where
    // it starts, for the bounds along one playthrough's weighted sums.
    const auto [shortChoiceRows, shortNodeEffects] = rowsOf(true);
    std::vector<LinearEdge> edges;
    std::vector<ChoiceIndex> edgeVia;
    std::vector<std::size_t> edgeGuard;
    for (NodeIndex n = 0; n < nodes; ++n) {
        if (!abs.nodeReached[n] || s.nodes[n].kind == NodeKind::Ending) continue;
        const AbsState& at = abs.atNode[n];
        for (std::size_t k = 0; k < abs.edges[n].size(); ++k) {
            const auto [to, via] = abs.edges[n][k];
            Row way = via != kNone ? choiceRows[via] : Row(m_width);
            way.thenRow(nodeEffects[to]);
            Row shortWay = via != kNone ? shortChoiceRows[via] : Row(m_width, true);
            shortWay.thenRow(shortNodeEffects[to]);
            LinearEdge edge{n, to, counted[n][k], std::vector<std::int64_t>(m_width), std::vector<std::int64_t>(m_width)};
            for (std::size_t i = 0; i < m_width; ++i) {
                // v ends at most at max(v + g, t) and at least at min(v + g, t), v in [lo, hi].
                std::int64_t lo = 0, hi = kTop;
                if (abs.complete && at.live && i / kDimensionCount < at.personas.size()) {
                    const Iv& iv = at.personas[i / kDimensionCount].dims[i % kDimensionCount];
                    lo = std::clamp<std::int64_t>(iv.lo, 0, kTop);
                    hi = std::clamp<std::int64_t>(iv.hi, 0, kTop);
                }
                edge.up[i] = std::max<std::int64_t>(way.up[i].g, way.up[i].t - lo);
                // Two sound bounds below: cooling down to a stranger's level, or as far as the waits allow.
                edge.low[i] = std::max(std::min<std::int64_t>(way.low[i].g, way.low[i].t - hi),
                                       std::min<std::int64_t>(shortWay.low[i].g, shortWay.low[i].t - hi));
            }
            edges.push_back(std::move(edge));
            edgeVia.push_back(via);
            edgeGuard.push_back(counted[n][k] ? guardOf[n][k] : SIZE_MAX);
        }
    }
    State start = initialState(s, 0);
    ChangeSink none;
    std::string scratch;
    if (!enterNodes(s, start, none, nullptr, Lang::En, scratch)) return;
    // Counters that guard a hub's choices are folded into the graph, so the hub's cycle falls away.
    std::vector<ExprId> guardTerms;
    for (const Guard& g : m_guards)
        for (const Closer& c : g.closers) guardTerms.push_back(c.expr);
    // Each layer holds every place: with many layers, fewer places. An edge whose closing flags
    // are all folded in needs no layer; with fewer layers left, more places fit.
    auto foldFor = [&](std::size_t layersLeft) {
        FoldedTerms f = chooseFoldedTerms(s, abs, guardTerms, std::min(kMaxFoldedPlaces, kMaxFoldedCells / (layersLeft + 1)));
        std::vector<std::size_t> left;
        for (std::size_t g = 0; g < m_guards.size(); ++g) {
            bool folded = true;
            for (const Closer& c : m_guards[g].closers) folded = folded && foldsAll(s, f, c.expr);
            if (!folded) left.push_back(g);
        }
        return std::make_pair(std::move(f), std::move(left));
    };
    auto [counters, stillCounted] = foldFor(layers);
    if (stillCounted.size() < layers) {
        auto wider = foldFor(stillCounted.size());
        if (wider.second.size() <= stillCounted.size()) std::tie(counters, stillCounted) = std::move(wider);
    }
    for (std::size_t g : stillCounted) m_linearCounts[g] = true;
    m_linearCounted = stillCounted.size();
    for (std::size_t e = 0; e < edges.size(); ++e)
        edges[e].counted = edgeGuard[e] != SIZE_MAX && std::find(stillCounted.begin(), stillCounted.end(), edgeGuard[e]) != stillCounted.end();
    if (!counters.terms.empty()) edges = foldedEdges(s, abs, Domain(s), counters, edges, edgeVia); // else places are nodes
    std::vector<std::pair<State, std::size_t>> seeded;
    for (const State& seed : seeds) seeded.emplace_back(seed, closedEdges(seed).linear);
    auto linear = std::make_shared<LinearBounds>(s, std::move(edges), abs.nodeReached, m_linearCounted + 1, std::move(counters), start, seeded,
                                                 deadline);
    if (linear->usable()) m_linear = std::move(linear);
}

ResultBounds::Closed ResultBounds::closedEdges(const State& state) const {
    Closed out;
    for (std::size_t g = 0; g < m_guards.size(); ++g) {
        const bool closed = std::any_of(m_guards[g].closers.begin(), m_guards[g].closers.end(), [&](const Closer& c) {
            return (evaluate(m_s, state, c.expr) != 0) == c.closedWhenTrue;
        });
        if (!closed) continue;
        ++out.all;
        if (m_linearCounts[g]) ++out.linear;
    }
    return out;
}

std::int64_t ResultBounds::bound(const State& state, bool maximise, std::optional<std::int64_t> enough) const {
    // A counted edge that is closed now can never be taken again: the rest of the playthrough
    // takes at most the others, so the layer of that many covers it.
    const Closed closed = closedEdges(state);
    if (!m_linear) return perDimensionBound(state, maximise, closed);
    auto settles = [&](std::int64_t b) { return enough && (maximise ? b <= *enough : b >= *enough); };
    auto linearBound = [&] { return m_linear->bound(state, closed.linear, maximise, enough); };
    auto perDimension = [&] { return perDimensionBound(state, maximise, closed); };
    // With a result to beat, the bound that settled the question more often lately goes first:
    // which one that is depends on the scenario (the per-dimension one on giving-in-advance's
    // worst side, the linear one on introducing-contacts'), the answer does not.
    const bool linearFirst = enough && m_linearSettles > 0;
    const std::int64_t first = linearFirst ? linearBound() : perDimension();
    if (settles(first)) {
        m_linearSettles = std::clamp(m_linearSettles + (linearFirst ? 1 : -1), -kSettleMemory, kSettleMemory);
        return first;
    }
    const std::int64_t second = linearFirst ? perDimension() : linearBound();
    if (linearFirst) --m_linearSettles;      // the linear one did not settle it
    else if (settles(second)) ++m_linearSettles;
    return maximise ? std::min(first, second) : std::max(first, second);
}

std::int64_t ResultBounds::perDimensionBound(const State& state, bool maximise, const Closed& closed) const {
    const std::size_t layer = m_layers > 1 ? m_layers - 1 - closed.all : 0;
    const std::size_t base = (layer * m_s.nodes.size() + state.node) * m_width;
    for (std::size_t p = 0; p < state.personas.size(); ++p)
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            // Open losses may still be given back by a repair (the transforms count none).
            const std::int64_t v = state.personas[p].dims[d] + (maximise ? state.personas[p].openLoss[d] : 0);
            const Tf& t = (maximise ? m_upper : m_lower)[base + p * kDimensionCount + d];
            const std::int64_t end = maximise ? std::max<std::int64_t>(v + t.g, t.t) : std::min<std::int64_t>(v + t.g, t.t);
            m_scratch.personas[p].dims[d] = clampTo(end, 0, kTop);
        }
    return resultOf(m_s, m_scratch);
}

} // namespace rapport::detail
