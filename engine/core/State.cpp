#include "rapport/core/State.h"

#include <cstring>
#include <type_traits>

namespace rapport {

bool PersonaState::operator==(const PersonaState& o) const {
    // Both states' fields in the same order: compare them pairwise.
    std::vector<const void*> mine, theirs;
    std::vector<std::size_t> sizes;
    visitFields([&](const auto& f) { mine.push_back(&f), sizes.push_back(sizeof f); });
    o.visitFields([&](const auto& f) { theirs.push_back(&f); });
    for (std::size_t i = 0; i < mine.size(); ++i)
        if (std::memcmp(mine[i], theirs[i], sizes[i]) != 0) return false;
    return true;
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
        ps.faceEncounters = start.inPerson;
        ps.owed = start.owed;
        ps.pressure = start.pressure * kScale;
        if (start.knownFor > 0 || start.encounters > 0) ps.knownSince = -start.knownFor;
        if (start.hasLastContact) {
            ps.lastContact = -start.lastContactAgo;
            if (start.lastContactChannel >= Channel::Phone) ps.lastWarmContact = ps.lastContact;
        }
        if (scenario.personas[i].tenderAtStart) ps.flags |= kFlagTender;
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
        p.visitFields([&h](const auto& field) {
            if constexpr (std::is_integral_v<std::decay_t<decltype(field)>>) {
                h.add(static_cast<std::uint64_t>(field));
            } else {
                for (auto v : field) h.add(static_cast<std::uint64_t>(v));
            }
        });
    }
    return h.h;
}

} // namespace rapport
