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

/// One persona's view of the player, plus the little history the model's rules need.
struct PersonaState {
    std::array<std::int32_t, kDimensionCount> dims{}; // hundredths of a point
    std::int32_t pressure = 0;                        // hundredths of a point
    std::int32_t owed = 0;        // favours the persona owes the player (negative: the player owes)
    std::int32_t encounters = 0;  // meaningful encounters
    std::int32_t faceEncounters = 0;
    std::int32_t praises = 0;     // praise acts so far
    std::int32_t gestures = 0;    // relationship gestures minus business substance (the pressure balance)
    std::int32_t disclosuresThisEncounter = 0;
    std::int32_t encounterGain = 0; // hundredths gained in the current encounter
    std::int32_t giftThisEncounter = 0; // a `give` in the current encounter, to spot a gift turned into a trade
    std::int32_t encounterCounted = 0;
    std::int64_t lastContact = kNever; // minutes since start
    std::int64_t encounterStart = kNever;
    std::uint64_t links = 0; // bit per persona this one knows

    bool operator==(const PersonaState& o) const;
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
