#pragma once
// What a scenario can do, for trainers: reachable endings and their ranges, best and worst
// playthroughs, dead ends and loops, things that never happen, and the number of playthroughs.
// Every answer carries how sure it is. The analysis works in layers:
//   1. exact exploration of every playthrough, merging identical states, while the distinct
//      states fit the budget (then every answer is proved);
//   2. otherwise a sound abstract analysis over intervals (node, facts, tracking, variables,
//      time, budget, the dimension ranges conditions read) that proves what it can;
//   3. a branch-and-bound search for the best and the worst playthrough (proved or with a gap);
//   4. seeded random and greedy playouts that give the distribution of outcomes (estimated).
// Chance nodes: every outcome with a chance above zero is treated as a branch of its own; a
// playthrough is the sequence of the player's choices and the chance outcomes.

#include "rapport/core/Scenario.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace rapport {

/// How sure an answer is.
enum class Guarantee : std::uint8_t {
    Proved,   ///< holds for every playthrough (or a concrete playthrough shows it)
    Possible, ///< could not be ruled out (nor shown)
    Estimated ///< measured on sample playthroughs
};

__extension__ typedef unsigned __int128 PathCount128; ///< 128-bit counts (GCC and Clang)

/// Work (AnalyzerOptions::budgetWork) one idle core of the 2-core build machine does in about a
/// millisecond of analysis; a budget in work of N * kAnalyzerWorkPerMs gives about what N ms give there.
inline constexpr std::uint64_t kAnalyzerWorkPerMs = 400;

struct AnalyzerOptions {
    std::int64_t budgetMs = 1000;           ///< wall-clock budget for the whole analysis (at most about 11 days)
    /// Budget in work instead of time when not 0 (then budgetMs is not used and the clock is never
    /// read): the layers count the steps they take (states expanded, beam entries, fixpoint visits)
    /// and stop at the same step on every machine and under any load, so the answers are always the
    /// same. For tests and tools; kAnalyzerWorkPerMs of it take about a millisecond on one idle core.
    std::uint64_t budgetWork = 0;
    std::size_t maxStates = 0;              ///< cap on distinct states in exact mode; 0: from maxMemoryBytes
    /// Memory the layers may use, each in turn (the exact layer, a search, the abstract states);
    /// with the scenario and the report, the whole analysis stays under about 1 GB.
    std::size_t maxMemoryBytes = std::size_t{768} << 20;
    std::size_t maxSearchStates = 0;        ///< cap per search (best, worst, targets), where it stops; 0: from maxMemoryBytes, and a search goes on past it without merging states
    std::uint64_t seed = 1;                 ///< first seed of the random playouts
    std::uint32_t maxPlayouts = 2000;       ///< random playouts at most
    /// States per level of the beams that seed the search; 0: from the budget (budgetMs / 8, or
    /// budgetWork / kAnalyzerWorkPerMs / 8; 16 to 1,024).
    std::size_t beamWidth = 0;
    /// Playthroughs known already (an author's, a group's), each as the ids of its choices: they
    /// are replayed first, so the best and the worst reported are never less extreme than they.
    /// One that does not play to an ending is left out.
    std::vector<std::vector<std::string>> knownPlaythroughs;
    /// Threads the analysis may use: 2 searches the best and the worst side by side (with the
    /// same answers as 1 in a budget in work; in time each search then gets twice the time).
    std::uint32_t threads = 2;
    bool exact = true;                      ///< layers to run (tests switch some off)
    bool abstract = true;
    bool search = true;
    bool playouts = true;
};

/// One step of a playthrough: a choice, or the outcome of a chance node.
struct PathStep {
    ChoiceIndex choice = kNone;     ///< set for a player's choice
    NodeIndex chanceNode = kNone;   ///< set for a chance outcome
    NodeIndex chanceNext = kNone;   ///< where that outcome leads
};

/// A concrete playthrough that shows an answer; `seed` set when chance was left to a seed.
struct Witness {
    std::vector<PathStep> steps;
    bool seeded = false;      ///< chance nodes were resolved by `seed` (replay with rapport play)
    std::uint64_t seed = 0;
};

/// A closed range of values in hundredths of a point (or of a result); `known` false: no value.
struct ValueRange {
    std::int64_t lo = 0;
    std::int64_t hi = 0;
    bool known = false;

    void add(std::int64_t v) {
        if (!known) { lo = hi = v; known = true; return; }
        if (v < lo) lo = v;
        if (v > hi) hi = v;
    }
    void add(const ValueRange& r) {
        if (!r.known) return;
        add(r.lo);
        add(r.hi);
    }
};

/// Ranges of one persona at an ending: overall quality and the six dimensions.
struct PersonaRanges {
    ValueRange quality;
    std::array<ValueRange, kDimensionCount> dims;
};

/// Ranges at an ending: the scenario's result and each persona.
struct EndingRanges {
    ValueRange result;
    std::vector<PersonaRanges> personas;
};

/// A number of playthroughs: exact, too large for 128 bits, or unbounded.
struct PlaythroughCount {
    bool known = false;       ///< false: not counted (exact exploration did not finish)
    PathCount128 value = 0;
    bool overflow = false;    ///< more than 2^128 - 1
    bool unbounded = false;   ///< a loop can repeat without end
    Guarantee guarantee = Guarantee::Possible;
};

enum class Reach : std::uint8_t { Reachable, Unreachable, Unknown };

/// One ending and what is known about it.
struct EndingReport {
    NodeIndex node = kNone;
    Reach reach = Reach::Unknown;
    Guarantee guarantee = Guarantee::Possible; ///< of `reach`
    EndingRanges seen;        ///< exact ranges (Proved) or the ranges seen by search and playouts
    Guarantee seenGuarantee = Guarantee::Estimated;
    EndingRanges bound;       ///< sound outer bounds from the abstract analysis (when it ran)
    PlaythroughCount playthroughs; ///< playthroughs that end here
    Witness witness;          ///< a playthrough that reaches it
};

/// A problem or a remark at a place in the scenario.
struct Finding {
    Guarantee guarantee = Guarantee::Possible;
    NodeIndex node = kNone;     ///< where (a decision, a node in a loop, ...)
    ChoiceIndex choice = kNone; ///< the choice that led into it, if one did
    Witness witness;            ///< how to get there (Proved findings)
};

/// Something that never happens: a node, choice, fact, variable or principle (by index).
struct NeverItem {
    std::uint32_t index = 0;
    Guarantee guarantee = Guarantee::Proved;
};

/// The best or the worst playthrough by the scenario's result.
struct Extreme {
    bool found = false;
    std::int64_t result = 0;   ///< hundredths
    NodeIndex ending = kNone;
    Witness witness;
    Guarantee guarantee = Guarantee::Estimated; ///< Proved: nothing better (worse) exists
    bool bounded = false;      ///< `bound` holds a sound limit
    std::int64_t bound = 0;    ///< no playthrough does better (worse) than this
};

/// What sample playthroughs did: seeded random choices, and greedy ones.
struct PlayoutStats {
    std::uint32_t random = 0;
    std::uint32_t greedy = 0;
    std::vector<std::uint32_t> endingCounts; ///< random playouts per ending, parallel to AnalysisReport::endings
    std::uint32_t deadEnds = 0;
    std::uint32_t loops = 0;
    std::uint32_t unfinished = 0;             ///< still going after the step limit
    ValueRange result;                        ///< over random playouts that reached an ending
    std::int64_t meanResult = 0;
    std::array<std::uint32_t, 10> histogram{}; ///< results of random playouts in 10-point buckets
    ValueRange greedyResult;                  ///< over greedy playouts that reached an ending
    std::uint32_t careless = 0;               ///< careless playouts: the first open option every time
    std::vector<std::uint32_t> carelessCounts; ///< careless playouts per ending, parallel to AnalysisReport::endings
    std::uint32_t carelessStuck = 0;          ///< careless playouts that reached no ending
};

/// Where a finding sits in the scenario file: a JSON pointer and the same place by ids.
struct FilePlace {
    std::string pointer; ///< "/nodes/11/choices/3/if"
    std::string path;    ///< "nodes[zuhoeren].choices[z_lob].if"
};

/// A round of choices the player can take again and again, the result rising each time round.
struct InflatingLoop {
    NodeIndex node = kNone;            ///< the decision where each round starts and ends
    std::vector<ChoiceIndex> round;    ///< the player's choices of one round
    std::vector<std::int64_t> results; ///< the result at `node` before the first round and after each round
    Witness witness;                   ///< from the start through every round shown
    FilePlace place;                   ///< the decision
};

/// An ending rated good whose best result stays below what an ending rated poor reaches.
struct RatingMismatch {
    NodeIndex good = kNone, poor = kNone;
    std::int64_t goodBest = 0; ///< the most the good ending gives (a sound limit when Proved)
    std::int64_t poorBest = 0; ///< a playthrough to the poor ending reaches this
    Guarantee guarantee = Guarantee::Estimated;
    FilePlace goodPlace, poorPlace;
};

/// A condition that no values can satisfy (`x < 20 and x > 50`).
struct ContradictoryCondition {
    NodeIndex node = kNone;
    ChoiceIndex choice = kNone; ///< set for a choice's `if`, else it is a branch's
    std::string text;           ///< the condition, written back from its compiled form
    FilePlace place;
};

/// A fact that some choice or effect teaches and that no condition or choice reads.
struct UnusedFact {
    std::uint32_t fact = 0;
    FilePlace place; ///< where the fact is declared
};

/// Another playthrough with exactly the best result: the best one with one choice changed.
struct BestTie {
    Witness witness;
    std::uint32_t step = 0;          ///< the step (from 0) where it differs
    ChoiceIndex original = kNone;    ///< the best playthrough's choice there
    ChoiceIndex alternative = kNone; ///< this one's
};

/// Other playthroughs found with exactly the best result.
struct BestTies {
    bool checked = false;          ///< the best playthrough's neighbours were tried
    std::uint32_t found = 0;       ///< at least this many other playthroughs tie
    std::vector<BestTie> examples; ///< up to three of them
};

/// How the answers were obtained.
struct AnalysisStats {
    std::size_t nodes = 0, choices = 0, decisions = 0, endings = 0, chanceNodes = 0;
    bool exactComplete = false;
    bool budgetExhausted = false; ///< some layer stopped at the budget
    bool memoryExhausted = false; ///< exact exploration stopped at maxStates
    bool abstractComplete = false;
    std::uint64_t states = 0;      ///< distinct states of the exact layer
    std::uint64_t transitions = 0;
    std::uint64_t searchStates = 0;
    std::uint64_t beamStates = 0;  ///< states the beams made (before the search)
    std::uint64_t work = 0;        ///< work counted (the unit of AnalyzerOptions::budgetWork), in either budget
    std::uint32_t abstractRounds = 0;
    double exploreMs = 0; ///< exact layer: the exploration alone (exactMs adds the graph analysis)
    double exactMs = 0, abstractMs = 0, searchMs = 0, playoutMs = 0, totalMs = 0;
    double beamMs = 0;
    /// Since the analysis started, when the best (worst) was proved; -1 when it was not.
    double bestProvedMs = -1, worstProvedMs = -1;
};

/// The whole analysis as data.
struct AnalysisReport {
    std::vector<EndingReport> endings; ///< in node order
    Extreme best, worst;
    std::vector<Finding> deadEnds;     ///< decisions with no open choice
    std::vector<Finding> loops;        ///< play runs on without a decision
    std::vector<Finding> closedLoops;  ///< play can go on but never reach an ending
    bool closedLoopsChecked = false;   ///< closedLoops is complete (exact mode only)
    std::vector<NeverItem> neverOpenChoices;
    std::vector<NeverItem> unreachedNodes;
    std::vector<NeverItem> unexercisedPrinciples; ///< Principle values
    std::vector<NeverItem> unlearnedFacts;
    std::vector<NeverItem> unreadVariables;
    std::size_t undecidedNodes = 0;    ///< reachability neither proved nor ruled out
    std::size_t undecidedChoices = 0;
    PlaythroughCount playthroughs;
    PlaythroughCount playthroughBound; ///< an upper bound from the node graph (when not exact)
    PlayoutStats playouts;
    AnalysisStats stats;
    // Findings for authors (analyze/Findings.cpp); the first three are problems.
    std::vector<InflatingLoop> inflatingLoops;
    std::vector<RatingMismatch> ratingMismatches;
    std::vector<ContradictoryCondition> contradictoryConditions;
    std::vector<UnusedFact> unusedFacts;
    BestTies bestTies;
};

/// Analyses a scenario within the options' budget. The report refers to the scenario by index.
[[nodiscard]] AnalysisReport analyzeScenario(const Scenario& scenario, const AnalyzerOptions& options = {});

/// The overall verdict that `rapport analyze` turns into its exit code.
enum class Verdict : std::uint8_t {
    Clean,    ///< every ending reachable, no dead end or loop possible (all proved)
    Problem,  ///< a problem is proved or possible
    Unproved  ///< the budget ran out before anything about endings or dead ends was proved
};

/// Classifies a report.
[[nodiscard]] Verdict verdictOf(const AnalysisReport& report);

/// A count as decimal digits ("unbounded" and overflow are the caller's to word).
[[nodiscard]] std::string countToString(PathCount128 value);

} // namespace rapport
