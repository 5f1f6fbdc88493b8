#pragma once
// The analyzer's internals, shared by the files of analyze/ (SearchSpace, Static, Reach, Exact,
// Abstract, Bounds, Search, Playouts, Analyzer). Not part of the engine's public interface.

#include "rapport/analyze/Analyzer.h"
#include "analyze/Domain.h"
#include "analyze/Memory.h"
#include "rapport/core/State.h"

#include <chrono>
#include <functional>
#include <cstdint>
#include <climits>
#include <utility>
#include <memory>
#include <optional>
#include <vector>

namespace rapport::detail {

using Clock = std::chrono::steady_clock;

/// Where a layer stops: a point in time (a budget in milliseconds), or an amount of work (a
/// budget in work, AnalyzerOptions::budgetWork; then `at` is never and the clock is not read).
/// With a `meter` the layers count
/// what they do where they would look at the clock: `passed(n)` adds the `n` steps (states
/// expanded, beam entries, fixpoint visits) done since the last look, so the same budget stops
/// every layer at the same step on any machine and under any load.
struct Deadline {
    Clock::time_point at = Clock::time_point::max();
    std::uint64_t* meter = nullptr; ///< the work counted so far (one counter per thread), or none
    std::uint64_t workLimit = UINT64_MAX; ///< passed once the meter reaches this (a budget in work)
    [[nodiscard]] bool passed(std::uint64_t work = 1) const {
        if (meter != nullptr) {
            *meter += work;
            if (*meter >= workLimit) return true;
        }
        return at != Clock::time_point::max() && Clock::now() >= at;
    }
};

/// Milliseconds since `start`.
[[nodiscard]] inline double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// The scenario in the shapes the layers need. `explore` turns every chance node into a decision
/// with one synthetic choice per possible outcome (index >= realChoices), so each outcome is a
/// branch of its own. The traced copies give every node a tracking slot of its own (after the
/// scenario's slots, from a fresh 64-bit word on), so a replay shows which nodes play passed.
struct AnalysisModel {
    const Scenario* original = nullptr;
    Scenario explore;
    Scenario traced;          ///< explore, plus slots
    Scenario tracedOriginal;  ///< the original (real chance nodes), plus slots: for playouts
    std::uint32_t realChoices = 0;
    std::vector<std::pair<NodeIndex, NodeIndex>> chanceOutcome; ///< per synthetic choice: chance node, next
    std::vector<std::uint32_t> slotOf;            ///< per node, its slot in `traced` and `tracedOriginal`
    std::vector<std::uint32_t> endingIndex;       ///< per node, its index in the report's endings or kNone
    std::vector<NodeIndex> endings;               ///< ending nodes in node order
};

/// Builds the analysis model (copies the scenario three times; cheap next to the analysis).
[[nodiscard]] AnalysisModel buildAnalysisModel(const Scenario& scenario);

/// Turns a list of choices of `explore` into report steps.
[[nodiscard]] Witness witnessOf(const AnalysisModel& model, const std::vector<ChoiceIndex>& choices);
/// The states a witness passes through after each of its choices (up to its first chance outcome).
[[nodiscard]] std::vector<State> statesAlong(const AnalysisModel& model, const Witness& witness);

/// Packs a State into a fixed number of 64-bit words and back. Only what the scenario can change
/// is packed (a scan of its choices and effects decides); `step` and `rng` are left out (the
/// explored scenario has no chance nodes left, so rng never changes).
class StateCodec {
public:
    explicit StateCodec(const Scenario& scenario);
    [[nodiscard]] std::size_t words() const { return m_words; }
    void encode(const State& state, std::uint64_t* out) const;
    /// `out` must hold the start values in everything that is not packed (from initialState),
    /// and nothing but decode may have changed those.
    void decode(const std::uint64_t* in, State& out) const;
    [[nodiscard]] static NodeIndex nodeOf(const std::uint64_t* in) { return static_cast<NodeIndex>(in[0]); }

    /// The words one persona's state takes packed (every field of PersonaState).
    [[nodiscard]] static std::size_t personaWords();

private:
    bool m_time = false, m_budget = false;
    std::vector<std::uint32_t> m_vars, m_personas;
    std::size_t m_facts = 0, m_tracking = 0;
    std::size_t m_words = 0;
};

/// Distinct packed states with dense ids, in an open-addressing hash table.
class StateStore {
public:
    /// Room for `maxStates` states (address space only; memory is mapped as the store fills).
    StateStore(std::size_t words, std::size_t maxStates);
    /// The id of this state, and whether it was new.
    std::pair<std::uint32_t, bool> insert(const std::uint64_t* packed);
    /// The id of this state, or kNone.
    [[nodiscard]] std::uint32_t find(const std::uint64_t* packed) const;
    /// Valid until the next insert.
    [[nodiscard]] const std::uint64_t* at(std::uint32_t id) const { return m_data.data() + std::size_t{id} * m_words; }
    [[nodiscard]] std::size_t size() const { return m_count; }
    /// Whether `n` more states still fit.
    [[nodiscard]] bool fits(std::size_t n) const { return m_count + n <= m_maxStates; }
    [[nodiscard]] std::size_t capacity() const { return m_maxStates; }

private:
    [[nodiscard]] std::uint64_t hash(const std::uint64_t* packed) const;
    void grow();

    std::size_t m_words;
    std::size_t m_count = 0;
    std::size_t m_maxStates;
    BigArray<std::uint64_t> m_data;
    BigArray<std::uint64_t> m_slots; // top hash bits above id + 1; 0 = empty
    std::size_t m_capacity = 0;
    std::size_t m_mask = 0;
    unsigned m_shift = 64; // index = hash >> m_shift
};

inline constexpr std::uint32_t kLoopTarget = 0xFFFFFFFEu; ///< edge target: play ran on without a decision

/// Where play ran on without a decision: after choice `choice` from state `from` (kNone: at the start).
struct LoopHit {
    std::uint32_t from = kNone;
    ChoiceIndex choice = kNone;
    NodeIndex node = kNone;
};

/// The explored state graph. States are expanded in id order (breadth first), so the parent
/// links give a shortest playthrough to every state.
struct ExactGraph {
    /// Room for `maxStates` states and `maxEdges` edges.
    ExactGraph(const Scenario& scenario, std::size_t maxStates, std::size_t maxEdges)
        : codec(scenario), store(codec.words(), maxStates), edgeBegin(maxStates + 2), edgeTarget(maxEdges),
          edgeChoice(maxEdges), parent(maxStates + 1), parentChoice(maxStates + 1) {}
    StateCodec codec;
    StateStore store;
    bool complete = false;
    bool outOfTime = false;
    bool outOfMemory = false;
    std::uint32_t root = kNone;          ///< kNone when play loops before the first decision
    std::size_t expanded = 0;            ///< states whose edges are known
    BigArray<std::uint64_t> edgeBegin; ///< per expanded state, plus one
    BigArray<std::uint32_t> edgeTarget;
    BigArray<ChoiceIndex> edgeChoice;
    BigArray<std::uint32_t> parent;
    BigArray<ChoiceIndex> parentChoice;
    std::vector<LoopHit> loops;
};

/// Explores every playthrough of `model.explore` until done, the deadline, `maxStates` or `maxEdges`
/// (the graph must have room for one more state's successors and edges than these).
void exploreExact(const AnalysisModel& model, ExactGraph& graph, Deadline deadline, std::size_t maxStates,
                  std::size_t maxEdges);

/// The choices from the start to a state.
[[nodiscard]] std::vector<ChoiceIndex> pathTo(const ExactGraph& graph, std::uint32_t state);

/// Fills every answer of the report from a complete graph (all Proved).
void reportFromExact(const AnalysisModel& model, const ExactGraph& graph, AnalysisReport& report);

/// What concrete playthroughs have shown (partial exploration, search, playouts): facts with a
/// witness, so each is proved, plus ranges seen, which are estimates.
struct Observations {
    std::vector<bool> endingReached;       ///< per report ending
    std::vector<Witness> endingWitness;
    std::vector<EndingRanges> endingSeen;
    std::vector<bool> nodeReached;
    std::vector<bool> choiceTaken;          ///< author's choices only
    std::vector<Finding> deadEnds;          ///< one per decision node
    std::vector<Finding> loops;             ///< one per node
    std::vector<bool> deadEndAt, loopAt;    ///< per node
    Extreme best, worst;                    ///< seen so far (Estimated)
    const Scenario* scenario = nullptr;     ///< model.explore

    void init(const AnalysisModel& model);
    /// Records an ending state reached by a concrete playthrough; `witness` is asked for only
    /// when the playthrough is needed (a first reach, a new best or worst).
    /// `steps`, when known, is the witness's length: a playthrough that only ties an extreme
    /// with a longer way never wins the tie, so its witness is not built.
    void ending(const AnalysisModel& model, const State& state, const std::function<Witness()>& witness,
                std::size_t steps = kUnknownSteps);
    static constexpr std::size_t kUnknownSteps = static_cast<std::size_t>(-1);
    void deadEnd(NodeIndex node, ChoiceIndex last, const Witness& witness);
    /// Records a loop without a decision where play got stuck at `node` (any node of the loop).
    void loop(NodeIndex node, ChoiceIndex last, const Witness& witness);
    /// Takes in what a copy of these observations saw since it was made (a layer that ran on
    /// another thread): afterwards they are what they would be had that layer run after the
    /// ones that wrote here (first reaches and findings kept from here first, the extremes and
    /// their witnesses by result and witnessBefore, ranges joined).
    void absorb(const Observations& other);
};

/// A node of the narration cycle a loop ran on, the same wherever play entered the cycle.
[[nodiscard]] NodeIndex loopRepresentative(const Scenario& scenario, NodeIndex stuck);

/// Takes what a partial exploration has shown into the observations.
void observeExact(const AnalysisModel& model, const ExactGraph& graph, Observations& obs);

/// Results of the abstract analysis, sound either way; when the fixpoint did not finish in time
/// (`complete` false) they are what the node graph alone allows.
struct AbstractResult {
    bool complete = false;
    std::uint32_t rounds = 0;
    std::vector<bool> nodeReached;        ///< may be reached
    std::vector<bool> choiceMayOpen;      ///< per choice of explore
    std::vector<bool> deadEndPossible;    ///< per decision node
    std::vector<bool> loopPossible;       ///< per node: the first node of a cycle of nodes that need no decision
    std::vector<bool> noEndingFrom;       ///< per reachable node: no ending reachable in the node graph
    std::vector<bool> factMayBeKnown;
    std::vector<EndingRanges> endingBound;  ///< per report ending
    std::vector<std::int64_t> bestFrom, worstFrom; ///< per node: bounds on the result of any ending after it
    std::vector<bool> boundKnown;         ///< per node: some ending may follow
    PlaythroughCount playthroughBound;
    std::vector<AbsState> atNode;         ///< per node: the states after its effects (live: may be reached)
    std::vector<std::vector<std::pair<NodeIndex, ChoiceIndex>>> edges; ///< per node: where play may go (and by which choice)
};

/// Bounds on the final result from a concrete state, for the search. Per node, persona and
/// dimension a transform covers every way to an ending: a dimension at v ends at most at
/// max(v + g, t) and at least at min(v + g, t) (hundredths). Built from the abstract layer's
/// node graph, the acts' bounds, adjustments, effects and drift.
class LinearBounds;
struct SearchAssist;

class ResultBounds {
public:
    /// Past `deadline` the fixpoint stops and the bounds are not usable (the search then uses the
    /// abstract layer's alone).
    /// `seeds`: states a good playthrough passes through, where the bounds should be tight too.
    ResultBounds(const AnalysisModel& model, const AbstractResult& abs,
                 Deadline deadline = Deadline{Clock::time_point::max()}, const std::vector<State>& seeds = {});
    /// False when the scenario is too large for per-node transforms (then the search uses
    /// the abstract layer's bounds per node).
    [[nodiscard]] bool usable() const { return m_usable; }
    /// Whether an ending may follow a state at this node.
    [[nodiscard]] bool canEnd(NodeIndex node) const { return m_reach[node]; }
    /// The highest (maximise) or lowest result any playthrough from this state can end with.
    /// With `enough` (the result to beat): once a sound bound is found that does not beat it, that
    /// one is returned without looking for a tighter one.
    [[nodiscard]] std::int64_t bound(const State& state, bool maximise, std::optional<std::int64_t> enough = std::nullopt) const;
    /// How many edges the bounds count (choices and branches taken at most once, on a cycle of
    /// the node graph).
    [[nodiscard]] std::size_t countedEdges() const { return m_guards.size(); }

    struct Tf {
        std::int32_t g = 0;
        std::int32_t t = 0;
    };
    /// An edge of the node graph taken at most once closes for good when one of its closers holds:
    /// `expr` evaluates true (`closedWhenTrue`) or false.
    struct Closer {
        ExprId expr = kNoExpr;
        bool closedWhenTrue = false;
    };
    struct Guard {
        std::vector<Closer> closers;
    };

private:
    /// How many counted edges can no longer be taken from a state: of all, and of those the
    /// linear bounds count.
    struct Closed {
        std::size_t all = 0, linear = 0;
    };
    [[nodiscard]] Closed closedEdges(const State& state) const;
    /// The bound of the per-dimension transforms alone.
    [[nodiscard]] std::int64_t perDimensionBound(const State& state, bool maximise, const Closed& closed) const;

    const Scenario& m_s;
    bool m_usable = false;
    std::size_t m_width = 0;        // personas * dimensions
    std::vector<Guard> m_guards;    // per counted edge: what closes it for good
    std::vector<bool> m_linearCounts; // per counted edge: the linear bounds count it too (else its flags are folded in)
    std::size_t m_linearCounted = 0;  // how many they count
    std::size_t m_layers = 1;       // layers of transforms kept (by counted choices still open)
    std::vector<bool> m_reach;
    std::vector<Tf> m_upper, m_lower; // per layer and node after its effects, m_width each
    std::shared_ptr<const LinearBounds> m_linear; // the bounds along one playthrough's weighted sums (or none)
    mutable State m_scratch;
    // Which bound settled the question lately: above 0 the linear one goes first (each search has
    // its own copy of the bounds, so no other thread reads it).
    static constexpr int kSettleMemory = 64;
    mutable int m_linearSettles = 0;
};

/// Per node and edge of the abstract layer's node graph (`abs.edges`): what closes the edge for
/// good once it is taken (CountedEdges.cpp); an empty guard for an edge not counted.
[[nodiscard]] std::vector<std::vector<ResultBounds::Guard>> edgesToCount(const Scenario& s, const AbstractResult& abs);

/// Runs the abstract interpretation of `model.explore` (settles for the node graph at the deadline,
/// or at once when a state per node would take more than `maxBytes`).
[[nodiscard]] AbstractResult analyseAbstract(const AnalysisModel& model, Deadline deadline,
                                             std::size_t maxBytes = SIZE_MAX);

/// Beam searches from the start, `width` states per level, by the result and by each persona's
/// quality, up and down, then local improvement of the best and the worst (each other choice at
/// each step, completed by a narrow beam); what they meet goes into the observations. Returns
/// the states made.
std::uint64_t runBeams(const AnalysisModel& model, Deadline deadline, std::size_t width, Observations& obs);

/// Replays playthroughs given by choice ids (chance nodes not supported: such a path is left out);
/// those that reach an ending go into the observations.
void replayKnown(const AnalysisModel& model, const std::vector<std::vector<std::string>>& paths, Observations& obs);

/// Whether witness `a` comes before `b` among equally good playthroughs: the shorter first, then
/// the first in choice order (so the same playthrough is reported on every machine).
[[nodiscard]] bool witnessBefore(const Witness& a, const Witness& b);

/// Branch-and-bound for the best (maximise) or worst playthrough; bounds from the abstract result
/// when it is complete. Findings along the way go into the observations. `incumbent`, a known
/// playthrough, is the one to beat: the answer is never worse than it.
/// `maxStates` caps the seen states; `maxFrameBytes` the states waiting on its stack. With
/// `pastFullStore`, a full store of seen states does not stop the search: it goes on without
/// merging what it meets again, until the deadline or three times as many states again.
[[nodiscard]] Extreme searchExtreme(const AnalysisModel& model, const AbstractResult* bounds, const ResultBounds* precise,
                                    bool maximise, Deadline deadline, std::size_t maxStates, std::size_t maxFrameBytes,
                                    Observations& obs, std::uint64_t& statesOut, const Extreme* incumbent = nullptr,
                                    bool pastFullStore = false, SearchAssist* assist = nullptr);

/// Helps the search that shares `assist` (analyze/Assist.h) until it ends or the deadline passes:
/// searches the same tree in mirror order and publishes what the lead need not search. What it
/// meets on the way goes into `obs` (endings, dead ends, loops); it finds no extreme of its own.
void helpSearch(const AnalysisModel& model, const AbstractResult* bounds, const ResultBounds* precise, bool maximise,
                Deadline deadline, std::size_t maxStates, std::size_t maxFrameBytes, Observations& obs,
                std::uint64_t& statesOut, SearchAssist& assist);

/// What the goal-directed search settled beyond its observations.
struct TargetResult {
    std::vector<NodeIndex> unreachable; ///< decisions and endings no playthrough reaches
    std::vector<NodeIndex> noDeadEnd;   ///< decisions where a possible dead end never happens
};

/// Goal-directed search for endings and decisions not reached yet, then for the possible dead
/// ends not shown yet; what it finds goes into the observations. When it could search
/// everything that leads to its targets, the ones it did not hit are settled the other way.
[[nodiscard]] TargetResult searchTargets(const AnalysisModel& model, const AbstractResult& abs, Deadline deadline,
                                         std::size_t maxStates, std::size_t maxFrameBytes, Observations& obs,
                                         std::uint64_t& statesOut);

/// Seeded random and greedy playouts on the original scenario.
void runPlayouts(const AnalysisModel& model, const AnalyzerOptions& options, Deadline deadline, PlayoutStats& stats,
                 Observations& obs);

/// The reasons' principles a choice (and the nodes' effects) may produce, as a bit set.
[[nodiscard]] std::uint32_t principlesOfChoice(const Scenario& scenario, const Choice& choice);
[[nodiscard]] std::uint32_t principlesOfEffects(const Scenario& scenario, EffectRange range);

/// Variables no expression anywhere reads (conditions, effect values, texts).
[[nodiscard]] std::vector<bool> variablesRead(const Scenario& scenario);

/// Memory a concrete state takes (its vectors included), for the searches' budgets.
[[nodiscard]] inline std::size_t bytesOf(const State& s) {
    return sizeof(State) + s.vars.size() * sizeof(std::int64_t) + s.personas.size() * sizeof(PersonaState) +
           (s.facts.size() + s.tracking.size()) * sizeof(std::uint64_t);
}

/// How often the layers look at the clock: after this much work (Play.h's units), so that
/// one decision with thousands of choices cannot carry a layer far past its deadline.
inline constexpr std::uint64_t kWorkBetweenClockChecks = 200'000;

/// Saturating 128-bit arithmetic for playthrough counts.
struct Count {
    PathCount128 value = 0;
    bool overflow = false;
    bool infinite = false;

    void add(const Count& o) {
        infinite = infinite || o.infinite;
        overflow = overflow || o.overflow;
        const PathCount128 sum = value + o.value;
        if (sum < value) overflow = true;
        value = sum;
    }
    [[nodiscard]] bool zero() const { return value == 0 && !overflow && !infinite; }
};

} // namespace rapport::detail
