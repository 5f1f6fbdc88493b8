#include "rapport/core/State.h"

namespace rapport {

bool PersonaState::operator==(const PersonaState& o) const {
    return dims == o.dims && pressure == o.pressure && owed == o.owed && encounters == o.encounters &&
           faceEncounters == o.faceEncounters && praises == o.praises && gestures == o.gestures &&
           disclosuresThisEncounter == o.disclosuresThisEncounter && encounterGain == o.encounterGain &&
           giftThisEncounter == o.giftThisEncounter && encounterCounted == o.encounterCounted &&
           lastContact == o.lastContact && encounterStart == o.encounterStart && links == o.links;
}

bool State::operator==(const State& o) const {
    return node == o.node && time == o.time && budget == o.budget && decayedUntil == o.decayedUntil && rng == o.rng &&
           vars == o.vars && personas == o.personas && facts == o.facts && tracking == o.tracking;
    // `step` is deliberately left out: two paths of different length that reach the same
    // values are the same situation for the player (the analyzer merges them).
}

State initialState(const Scenario& scenario, std::uint64_t seed) {
    State state;
    state.node = scenario.start;
    state.budget = scenario.researchBudget;
    state.rng = seed;
    state.vars = scenario.variableStart;
    state.facts.assign((scenario.facts.size() + 63) / 64, 0);
    state.tracking.assign((scenario.trackingSlots + 63) / 64, 0);
    state.personas.resize(scenario.personas.size());
    for (std::size_t i = 0; i < scenario.personas.size(); ++i) {
        const StartRelationship& start = scenario.personas[i].start;
        PersonaState& ps = state.personas[i];
        for (std::size_t d = 0; d < kDimensionCount; ++d) ps.dims[d] = start.dimensions[d] * kScale;
        ps.encounters = start.encounters;
        ps.owed = start.owed;
        // Earlier meetings in person are part of the history that buffers friction.
        if (start.hasLastContact) {
            ps.lastContact = -start.lastContactAgo;
            if (start.lastContactChannel == Channel::Face || start.lastContactChannel == Channel::Video)
                ps.faceEncounters = start.encounters;
        }
    }
    for (const auto& pair : scenario.network) {
        state.personas[pair[0]].links |= std::uint64_t{1} << pair[1];
        state.personas[pair[1]].links |= std::uint64_t{1} << pair[0];
    }
    return state;
}

namespace {
struct Hasher {
    std::uint64_t h = 1469598103934665603ull;
    void add(std::uint64_t v) {
        h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        h *= 1099511628211ull;
    }
};
} // namespace

std::uint64_t hashState(const State& s) {
    Hasher h;
    h.add(s.node);
    h.add(static_cast<std::uint64_t>(s.time));
    h.add(static_cast<std::uint64_t>(s.budget));
    h.add(static_cast<std::uint64_t>(s.decayedUntil));
    h.add(s.rng);
    for (std::int64_t v : s.vars) h.add(static_cast<std::uint64_t>(v));
    for (std::uint64_t v : s.facts) h.add(v);
    for (std::uint64_t v : s.tracking) h.add(v);
    for (const PersonaState& p : s.personas) {
        for (std::int32_t d : p.dims) h.add(static_cast<std::uint32_t>(d));
        h.add(static_cast<std::uint32_t>(p.pressure));
        h.add(static_cast<std::uint32_t>(p.owed));
        h.add(static_cast<std::uint32_t>(p.encounters) | static_cast<std::uint64_t>(static_cast<std::uint32_t>(p.faceEncounters)) << 32);
        h.add(static_cast<std::uint32_t>(p.praises) | static_cast<std::uint64_t>(static_cast<std::uint32_t>(p.gestures)) << 32);
        h.add(static_cast<std::uint32_t>(p.disclosuresThisEncounter) |
              static_cast<std::uint64_t>(static_cast<std::uint32_t>(p.encounterGain)) << 32);
        h.add(static_cast<std::uint32_t>(p.giftThisEncounter) | static_cast<std::uint64_t>(static_cast<std::uint32_t>(p.encounterCounted)) << 32);
        h.add(static_cast<std::uint64_t>(p.lastContact));
        h.add(static_cast<std::uint64_t>(p.encounterStart));
        h.add(p.links);
    }
    return h.h;
}

} // namespace rapport
