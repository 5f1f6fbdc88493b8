#pragma once
// Everything that changes while a scenario is played. Plain integers only, so a state copies in
// a few allocations, compares and hashes exactly, and is identical bit for bit across builds.

#include "rapport/core/Scenario.h"

#include <array>
#include <cstdint>
#include <vector>

namespace rapport {

/// Fixed point: dimensions and pressure are kept in hundredths of a point (0-10000 = 0-100).
inline constexpr int kScale = 100;
inline constexpr std::int64_t kNever = INT64_MIN / 4; // "no contact yet", far enough from overflow
/// Scenario time stops here (minutes; about 8.5 billion years): sums of times and differences
/// from kNever then never overflow, however long a file makes play wait.
inline constexpr std::int64_t kTimeLimit = std::int64_t{1} << 52;
/// Counters that only grow by play (favours owed, gains in an encounter) stop at ± this.
inline constexpr std::int32_t kCounterLimit = 1'000'000'000;

/// Kinds of move whose repetition the model counts (without substance in between, repeats wear
/// thin): the model assigns each act variant to one of them.
enum class RepeatGroup : std::uint8_t { Praise, Smalltalk, Invitation, Gift, CheckIn, Question, Pitch, Push, Substance, Touch };
inline constexpr int kRepeatGroupCount = 10;

/// Flags of a persona's situation.
enum PersonaFlag : std::int32_t {
    kFlagTender = 1,    ///< a tender involving the player is running
    kFlagFloorsSet = 2, ///< `floors` hold the levels of the current silence
};

/// One persona's view of the player, plus the little history the model's rules need.
struct PersonaState {
    std::array<std::int32_t, kDimensionCount> dims{};     // hundredths of a point
    std::array<std::int32_t, kDimensionCount> floors{};   // how far each dimension can cool in silence
    std::array<std::int32_t, kDimensionCount> openLoss{}; // what an unrepaired failure of the player's cost
    std::array<std::int32_t, kRepeatGroupCount> repeats{}; // recent repetitions per group, hundredths
    std::int32_t pressure = 0;    // hundredths of a point
    std::int32_t owed = 0;        // favours the persona owes the player (negative: the player owes)
    std::int32_t encounters = 0;  // meaningful encounters
    std::int32_t faceEncounters = 0; // of them in person
    std::int32_t praises = 0;     // praise acts so far
    std::int32_t gestures = 0;    // relationship gestures since substance last carried them
    std::int32_t substance = 0;   // substance delivered to this person so far
    std::int32_t disclosuresThisEncounter = 0;
    std::int32_t encounterGain = 0; // hundredths gained in the current encounter
    std::int32_t giftThisEncounter = 0; // something given in the current encounter, to spot a gift turned into a trade
    std::int32_t encounterCounted = 0;
    std::int32_t letdowns = 0;    // failures of the player's side so far
    std::int32_t flags = 0;       // PersonaFlag bits
    std::int32_t graceDays = -1;  // days of silence before cooling begins, set at each contact (-1: by stage)
    std::int64_t lastContact = kNever;     // minutes since start
    std::int64_t lastWarmContact = kNever; // the last contact by voice or in person (liking and depth need them)
    std::int64_t encounterStart = kNever;
    std::int64_t knownSince = kNever;      // the first contact (negative: before the start)
    std::int64_t repeatsAt = 0;            // when `repeats` were last brought up to date
    std::int64_t promiseDue = kNever;      // when a promise that cannot be kept falls due
    std::uint64_t links = 0; // bit per persona this one knows

    /// Hands every field to `f`, in a fixed order: equality, hashing, saving and the analyzer's
    /// state codec all read the state through here, so a new field cannot be forgotten by one.
    template <typename F>
    void visitFields(F&& f) { visitAll(*this, f); }
    template <typename F>
    void visitFields(F&& f) const { visitAll(*this, f); }

    [[nodiscard]] bool has(PersonaFlag flag) const { return (flags & flag) != 0; }

    bool operator==(const PersonaState& o) const;

private:
    template <typename Self, typename F>
    static void visitAll(Self& p, F& f) {
        f(p.dims), f(p.floors), f(p.openLoss), f(p.repeats), f(p.pressure), f(p.owed), f(p.encounters),
            f(p.faceEncounters), f(p.praises), f(p.gestures), f(p.substance), f(p.disclosuresThisEncounter),
            f(p.encounterGain), f(p.giftThisEncounter), f(p.encounterCounted), f(p.letdowns), f(p.flags), f(p.graceDays),
            f(p.lastContact), f(p.lastWarmContact), f(p.encounterStart), f(p.knownSince), f(p.repeatsAt),
            f(p.promiseDue), f(p.links);
    }
};

struct State {
    NodeIndex node = 0;
    std::int64_t time = 0;   // minutes since the start
    std::int64_t budget = -1; // research minutes left, -1: unlimited
    std::int64_t decayedUntil = 0; // minutes up to which drift has been applied
    std::uint64_t rng = 0;   // chance nodes only
    std::uint32_t step = 0;  // choices made
    std::vector<std::int64_t> vars;
    std::vector<PersonaState> personas;
    std::vector<std::uint64_t> facts;    // bit per fact
    std::vector<std::uint64_t> tracking; // bit per visited()/chose() slot

    bool operator==(const State& o) const;
    bool operator!=(const State& o) const { return !(*this == o); }

    [[nodiscard]] bool knows(std::uint32_t fact) const { return (facts[fact >> 6] >> (fact & 63)) & 1u; }
    void learn(std::uint32_t fact) { facts[fact >> 6] |= std::uint64_t{1} << (fact & 63); }
    [[nodiscard]] bool tracked(std::uint32_t slot) const { return (tracking[slot >> 6] >> (slot & 63)) & 1u; }
    void track(std::uint32_t slot) { tracking[slot >> 6] |= std::uint64_t{1} << (slot & 63); }
};

/// The state before the first node is entered: start relationships, variables, seed.
[[nodiscard]] State initialState(const Scenario& scenario, std::uint64_t seed);

/// A 64-bit hash of all values (for merging identical states in the analyzer).
[[nodiscard]] std::uint64_t hashState(const State& state);

} // namespace rapport
