// The analyzer's view of a scenario (chance outcomes as choices, traced copies) and the packed
// state store of the exact layer.

#include "AnalyzerDetail.h"

#include <cassert>
#include <cstring>
#include <string>

namespace rapport::detail {
namespace {

/// Gives every node without a tracking slot one of its own, starting at a fresh 64-bit word so
/// that the scenario's own slots keep their words unchanged.
void addNodeSlots(Scenario& s, std::vector<std::uint32_t>& slotOf) {
    const std::uint32_t base = (s.trackingSlots + 63u) / 64u * 64u;
    std::uint32_t next = base;
    slotOf.assign(s.nodes.size(), kNone);
    for (std::size_t n = 0; n < s.nodes.size(); ++n) {
        if (s.nodes[n].trackingSlot == kNone) s.nodes[n].trackingSlot = next++;
        slotOf[n] = s.nodes[n].trackingSlot;
    }
    s.trackingSlots = next;
}

} // namespace

AnalysisModel buildAnalysisModel(const Scenario& scenario) {
    AnalysisModel m;
    m.original = &scenario;
    m.explore = scenario;
    Scenario& s = m.explore;
    m.realChoices = static_cast<std::uint32_t>(s.choices.size());
    if (s.choiceTrackingSlot.size() < s.choices.size()) s.choiceTrackingSlot.resize(s.choices.size(), kNone);
    for (std::size_t n = 0; n < s.nodes.size(); ++n) {
        Node& node = s.nodes[n];
        if (node.kind != NodeKind::Chance) continue;
        // The same rule as the roll in Play.cpp: an outcome happens when its share is above zero;
        // when the shares leave a rest below 100, the last outcome takes it.
        int total = 0;
        for (const Branch& b : node.branches) total += b.chance;
        node.kind = NodeKind::Decision;
        node.choices.clear();
        for (std::size_t i = 0; i < node.branches.size(); ++i) {
            const Branch& b = node.branches[i];
            const bool possible = b.chance > 0 || (i + 1 == node.branches.size() && total < 100);
            if (!possible) continue;
            bool duplicate = false; // two outcomes to the same node are one branch for the analysis
            for (ChoiceIndex c : node.choices) duplicate = duplicate || s.choices[c].next == b.next;
            if (duplicate) continue;
            Choice c;
            c.id = "~" + node.id + "#" + std::to_string(i);
            c.node = static_cast<NodeIndex>(n);
            c.next = b.next;
            node.choices.push_back(static_cast<ChoiceIndex>(s.choices.size()));
            s.choices.push_back(std::move(c));
            s.choiceTrackingSlot.push_back(kNone);
            m.chanceOutcome.emplace_back(static_cast<NodeIndex>(n), b.next);
        }
    }
    m.traced = s;
    addNodeSlots(m.traced, m.slotOf);
    m.tracedOriginal = scenario;
    std::vector<std::uint32_t> slotsOriginal;
    addNodeSlots(m.tracedOriginal, slotsOriginal);
    assert(slotsOriginal == m.slotOf && "both traced copies number their slots alike");
    m.endingIndex.assign(s.nodes.size(), kNone);
    for (std::size_t n = 0; n < s.nodes.size(); ++n) {
        if (s.nodes[n].kind != NodeKind::Ending) continue;
        m.endingIndex[n] = static_cast<std::uint32_t>(m.endings.size());
        m.endings.push_back(static_cast<NodeIndex>(n));
    }
    return m;
}

Witness witnessOf(const AnalysisModel& model, const std::vector<ChoiceIndex>& choices) {
    Witness w;
    w.steps.reserve(choices.size());
    for (ChoiceIndex c : choices) {
        PathStep step;
        if (c < model.realChoices) {
            step.choice = c;
        } else {
            const auto& outcome = model.chanceOutcome[c - model.realChoices];
            step.chanceNode = outcome.first;
            step.chanceNext = outcome.second;
        }
        w.steps.push_back(step);
    }
    return w;
}

// --- packed states ------------------------------------------------------------------------------

namespace {
constexpr std::size_t kHeaderWords = 4; // node, time, budget, decayedUntil

std::uint64_t pair32(std::int32_t a, std::int32_t b) {
    return static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) |
           static_cast<std::uint64_t>(static_cast<std::uint32_t>(b)) << 32;
}
std::int32_t low32(std::uint64_t w) { return static_cast<std::int32_t>(static_cast<std::uint32_t>(w)); }
std::int32_t high32(std::uint64_t w) { return static_cast<std::int32_t>(static_cast<std::uint32_t>(w >> 32)); }
} // namespace

StateCodec::StateCodec(const Scenario& scenario)
    : m_vars(scenario.variableNames.size()), m_facts((scenario.facts.size() + 63) / 64),
      m_tracking((scenario.trackingSlots + 63) / 64), m_personas(scenario.personas.size()) {
    m_personaOffset = kHeaderWords + m_vars + m_facts + m_tracking;
    m_words = m_personaOffset + m_personas * kPersonaWords;
}

void StateCodec::encode(const State& s, std::uint64_t* out) const {
    out[0] = s.node;
    out[1] = static_cast<std::uint64_t>(s.time);
    out[2] = static_cast<std::uint64_t>(s.budget);
    out[3] = static_cast<std::uint64_t>(s.decayedUntil);
    std::uint64_t* w = out + kHeaderWords;
    for (std::size_t i = 0; i < m_vars; ++i) *w++ = static_cast<std::uint64_t>(s.vars[i]);
    for (std::size_t i = 0; i < m_facts; ++i) *w++ = s.facts[i];
    for (std::size_t i = 0; i < m_tracking; ++i) *w++ = s.tracking[i];
    for (std::size_t i = 0; i < m_personas; ++i) {
        const PersonaState& p = s.personas[i];
        *w++ = pair32(p.dims[0], p.dims[1]);
        *w++ = pair32(p.dims[2], p.dims[3]);
        *w++ = pair32(p.dims[4], p.dims[5]);
        *w++ = pair32(p.pressure, p.owed);
        *w++ = pair32(p.encounters, p.faceEncounters);
        *w++ = pair32(p.praises, p.gestures);
        *w++ = pair32(p.disclosuresThisEncounter, p.encounterGain);
        *w++ = pair32(p.giftThisEncounter, p.encounterCounted);
        *w++ = static_cast<std::uint64_t>(p.lastContact);
        *w++ = static_cast<std::uint64_t>(p.encounterStart);
        *w++ = p.links;
    }
}

void StateCodec::decode(const std::uint64_t* in, State& s) const {
    s.node = static_cast<NodeIndex>(in[0]);
    s.time = static_cast<std::int64_t>(in[1]);
    s.budget = static_cast<std::int64_t>(in[2]);
    s.decayedUntil = static_cast<std::int64_t>(in[3]);
    s.rng = 0;
    s.step = 0;
    const std::uint64_t* w = in + kHeaderWords;
    for (std::size_t i = 0; i < m_vars; ++i) s.vars[i] = static_cast<std::int64_t>(*w++);
    for (std::size_t i = 0; i < m_facts; ++i) s.facts[i] = *w++;
    for (std::size_t i = 0; i < m_tracking; ++i) s.tracking[i] = *w++;
    for (std::size_t i = 0; i < m_personas; ++i) {
        PersonaState& p = s.personas[i];
        std::uint64_t v = *w++;
        p.dims[0] = low32(v), p.dims[1] = high32(v);
        v = *w++;
        p.dims[2] = low32(v), p.dims[3] = high32(v);
        v = *w++;
        p.dims[4] = low32(v), p.dims[5] = high32(v);
        v = *w++;
        p.pressure = low32(v), p.owed = high32(v);
        v = *w++;
        p.encounters = low32(v), p.faceEncounters = high32(v);
        v = *w++;
        p.praises = low32(v), p.gestures = high32(v);
        v = *w++;
        p.disclosuresThisEncounter = low32(v), p.encounterGain = high32(v);
        v = *w++;
        p.giftThisEncounter = low32(v), p.encounterCounted = high32(v);
        p.lastContact = static_cast<std::int64_t>(*w++);
        p.encounterStart = static_cast<std::int64_t>(*w++);
        p.links = *w++;
    }
}

StateStore::StateStore(std::size_t words) : m_words(words) {
    m_slots.assign(1024, 0);
    m_mask = m_slots.size() - 1;
}

std::uint64_t StateStore::hash(const std::uint64_t* p) const {
    std::uint64_t h = 0x243F6A8885A308D3ull ^ m_words;
    for (std::size_t i = 0; i < m_words; ++i) {
        h = (h ^ p[i]) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    // murmur3's finaliser: every input bit reaches both halves (index and fingerprint)
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

std::uint32_t StateStore::find(const std::uint64_t* packed) const {
    const std::uint64_t h = hash(packed);
    const std::uint64_t fp = h >> 32;
    for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const std::uint64_t e = m_slots[i];
        if (e == 0) return kNone;
        if ((e >> 32) != fp) continue;
        const auto id = static_cast<std::uint32_t>(e) - 1u;
        if (std::memcmp(at(id), packed, m_words * 8) == 0) return id;
    }
}

std::pair<std::uint32_t, bool> StateStore::insert(const std::uint64_t* packed) {
    if ((m_count + 1) * 2 > m_slots.size()) grow();
    const std::uint64_t h = hash(packed);
    const std::uint64_t fp = h >> 32;
    std::size_t i = h & m_mask;
    for (;; i = (i + 1) & m_mask) {
        const std::uint64_t e = m_slots[i];
        if (e == 0) break;
        if ((e >> 32) != fp) continue;
        const auto id = static_cast<std::uint32_t>(e) - 1u;
        if (std::memcmp(at(id), packed, m_words * 8) == 0) return {id, false};
    }
    const auto id = static_cast<std::uint32_t>(m_count++);
    m_data.insert(m_data.end(), packed, packed + m_words);
    m_slots[i] = fp << 32 | (std::uint64_t{id} + 1u);
    return {id, true};
}

void StateStore::grow() {
    m_slots.assign(m_slots.size() * 2, 0);
    m_mask = m_slots.size() - 1;
    for (std::size_t id = 0; id < m_count; ++id) {
        const std::uint64_t h = hash(at(static_cast<std::uint32_t>(id)));
        std::size_t i = h & m_mask;
        while (m_slots[i] != 0) i = (i + 1) & m_mask;
        m_slots[i] = (h >> 32) << 32 | (id + 1u);
    }
}

} // namespace rapport::detail
