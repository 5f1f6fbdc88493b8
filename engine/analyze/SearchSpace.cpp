// The analyzer's view of a scenario (chance outcomes as choices, traced copies) and the packed
// state store of the exact layer.

#include "analyze/Detail.h"
#include "analyze/Mix.h"

#include "rapport/play/Play.h"

#include "rapport/core/Effects.h"
#include "rapport/model/ActRules.h"

#include <cassert>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
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

/// Stops tracking what only texts ask about (`visited`/`chose` in a text's `if`). Which text a
/// player reads never changes where play goes or how it scores, so the analysis may drop the
/// difference: two runs that differ only in a bit a text reads then merge into one state, and a
/// beam keeps one of them instead of two. Play and the reports use the scenario as written.
void dropTextOnlyTracking(Scenario& s) {
    std::vector<bool> flow(s.expressions.size(), false);
    std::vector<ExprId> pending;
    auto root = [&](ExprId e) {
        if (e != kNoExpr && e < flow.size() && !flow[e]) flow[e] = true, pending.push_back(e);
    };
    for (const Choice& c : s.choices) root(c.condition);
    for (const Node& n : s.nodes)
        for (const Branch& b : n.branches) root(b.condition);
    for (const Effect& e : s.effects)
        if (e.kind == Effect::Kind::AddVar || e.kind == Effect::Kind::SetVar || e.kind == Effect::Kind::If) root(e.value);
    while (!pending.empty()) {
        const ExprNode& n = s.expressions[pending.back()];
        pending.pop_back();
        if (operandCount(n.op) >= 1) root(n.a);
        if (operandCount(n.op) == 2) root(n.b);
    }
    std::vector<bool> nodeRead(s.nodes.size(), false), choiceRead(s.choices.size(), false);
    for (std::size_t e = 0; e < s.expressions.size(); ++e) {
        if (!flow[e]) continue;
        const ExprNode& n = s.expressions[e];
        if (n.op == ExprOp::Visited && n.a < nodeRead.size()) nodeRead[n.a] = true;
        if (n.op == ExprOp::Chose && n.a < choiceRead.size()) choiceRead[n.a] = true;
    }
    for (std::size_t n = 0; n < s.nodes.size(); ++n)
        if (!nodeRead[n]) s.nodes[n].trackingSlot = kNone;
    for (std::size_t c = 0; c < s.choiceTrackingSlot.size() && c < choiceRead.size(); ++c)
        if (!choiceRead[c]) s.choiceTrackingSlot[c] = kNone;
}

} // namespace

AnalysisModel buildAnalysisModel(const Scenario& scenario) {
    AnalysisModel m;
    m.original = &scenario;
    m.explore = scenario;
    Scenario& s = m.explore;
    dropTextOnlyTracking(s);
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
    dropTextOnlyTracking(m.tracedOriginal);
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

std::vector<State> statesAlong(const AnalysisModel& model, const Witness& witness) {
    const Scenario& s = model.explore;
    std::vector<State> out;
    State state = initialState(s, 0);
    ChangeSink none;
    std::string scratch;
    if (!enterNodes(s, state, none, nullptr, Lang::En, scratch)) return out;
    for (const PathStep& step : witness.steps) {
        if (step.choice == kNone || step.choice >= model.realChoices) break; // chance: its outcome is a choice of explore's own
        applyChoice(s, state, step.choice, none);
        if (!enterNodes(s, state, none, nullptr, Lang::En, scratch)) break;
        out.push_back(state);
    }
    return out;
}

bool witnessBefore(const Witness& a, const Witness& b) {
    if (a.steps.size() != b.steps.size()) return a.steps.size() < b.steps.size();
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const PathStep& x = a.steps[i];
        const PathStep& y = b.steps[i];
        if (x.choice != y.choice) return x.choice < y.choice;
        if (x.chanceNode != y.chanceNode) return x.chanceNode < y.chanceNode;
        if (x.chanceNext != y.chanceNext) return x.chanceNext < y.chanceNext;
    }
    return false;
}

// --- packed states ------------------------------------------------------------------------------

namespace {

/// Writes 32-bit values two to a word and 64-bit values one to a word, in the order given.
struct PairPacker {
    std::uint64_t* w;
    bool half = false;
    void put32(std::int32_t v) {
        const auto bits = static_cast<std::uint64_t>(static_cast<std::uint32_t>(v));
        if (half) *w++ |= bits << 32;
        else *w = bits;
        half = !half;
    }
    void put(std::int32_t v) { put32(v); }
    void put(std::int64_t v) {
        if (half) ++w, half = false;
        *w++ = static_cast<std::uint64_t>(v);
    }
    void put(std::uint64_t v) { put(static_cast<std::int64_t>(v)); }
    template <std::size_t N>
    void put(const std::array<std::int32_t, N>& a) {
        for (std::int32_t v : a) put32(v);
    }
    std::uint64_t* finish() { return half ? w + 1 : w; }
};

/// Reads what PairPacker wrote, in the same order.
struct PairUnpacker {
    const std::uint64_t* w;
    bool half = false;
    std::int32_t get32() {
        const std::uint64_t word = *w;
        if (half) ++w;
        const auto v = static_cast<std::int32_t>(static_cast<std::uint32_t>(half ? word >> 32 : word));
        half = !half;
        return v;
    }
    void get(std::int32_t& v) { v = get32(); }
    void get(std::int64_t& v) {
        if (half) ++w, half = false;
        v = static_cast<std::int64_t>(*w++);
    }
    void get(std::uint64_t& v) {
        std::int64_t x = 0;
        get(x);
        v = static_cast<std::uint64_t>(x);
    }
    template <std::size_t N>
    void get(std::array<std::int32_t, N>& a) {
        for (std::int32_t& v : a) v = get32();
    }
    const std::uint64_t* finish() { return half ? w + 1 : w; }
};

} // namespace

std::size_t StateCodec::personaWords() {
    static const std::size_t words = [] {
        std::array<std::uint64_t, 256> scratch{};
        PairPacker pack{scratch.data()};
        PersonaState{}.visitFields([&pack](const auto& field) { pack.put(field); });
        return static_cast<std::size_t>(pack.finish() - scratch.data());
    }();
    return words;
}

StateCodec::StateCodec(const Scenario& s) {
    // What play can change: time (waits, choices that take time), the research budget, the
    // variables effects write, facts, tracking bits, and the personas something is aimed at.
    // Time moves every persona (drift, fading pressure).
    std::vector<bool> varWritten(s.variableNames.size(), false), personaTouched(s.personas.size(), false);
    bool facts = false;
    auto touch = [&](std::uint32_t p) {
        if (p < personaTouched.size()) personaTouched[p] = true;
    };
    for (const Choice& c : s.choices) {
        m_time = m_time || c.takes > 0;
        m_budget = m_budget || (actRule(c.act).spendsResearchBudget && c.takes > 0 && s.researchBudget >= 0);
        facts = facts || !c.reveals.empty();
        touch(c.with);
        touch(c.withSecond);
    }
    struct Touches {
        std::vector<bool>& varWritten;
        std::vector<bool>& personaTouched;
        bool& facts;
        bool& time;
        void touch(std::uint32_t p) {
            if (p < personaTouched.size()) personaTouched[p] = true;
        }
        void setVariable(std::uint32_t var, ExprId, bool) { varWritten[var] = true; }
        void adjust(const Adjustment& a) { touch(a.persona); }
        void learn(const std::vector<std::uint32_t>&) { facts = true; }
        void favour(PersonaIndex p, int) { touch(p); }
        void link(PersonaIndex a, PersonaIndex b) { touch(a), touch(b); }
        void wait(std::int64_t minutes) { time = time || minutes > 0; }
        void event(const Effect& e) { touch(e.target), touch(e.second); }
        void branch(ExprId, EffectRange, EffectRange) {} // walkEveryEffect walks both ways
    } touches{varWritten, personaTouched, facts, m_time};
    walkEveryEffect(s, touches);
    for (const Adjustment& a : s.adjustments) touch(a.persona);
    for (std::uint32_t v = 0; v < varWritten.size(); ++v)
        if (varWritten[v]) m_vars.push_back(v);
    for (std::uint32_t p = 0; p < personaTouched.size(); ++p)
        if (personaTouched[p] || m_time) m_personas.push_back(p);
    m_facts = facts ? (s.facts.size() + 63) / 64 : 0;
    m_tracking = (s.trackingSlots + 63) / 64;
    m_words = std::size_t{1} + (m_time ? 2u : 0u) + (m_budget ? 1u : 0u) + m_vars.size() + m_facts + m_tracking + m_personas.size() * personaWords();
}

void StateCodec::encode(const State& s, std::uint64_t* w) const {
    *w++ = s.node;
    if (m_time) {
        *w++ = static_cast<std::uint64_t>(s.time);
        *w++ = static_cast<std::uint64_t>(s.decayedUntil);
    }
    if (m_budget) *w++ = static_cast<std::uint64_t>(s.budget);
    for (std::uint32_t v : m_vars) *w++ = static_cast<std::uint64_t>(s.vars[v]);
    for (std::size_t i = 0; i < m_facts; ++i) *w++ = s.facts[i];
    for (std::size_t i = 0; i < m_tracking; ++i) *w++ = s.tracking[i];
    for (std::uint32_t i : m_personas) {
        // 32-bit fields two to a word, 64-bit fields one each (the field order is fixed).
        PairPacker pack{w};
        s.personas[i].visitFields([&pack](const auto& field) { pack.put(field); });
        w = pack.finish();
    }
}

void StateCodec::decode(const std::uint64_t* w, State& s) const {
    s.node = static_cast<NodeIndex>(*w++);
    if (m_time) {
        s.time = static_cast<std::int64_t>(*w++);
        s.decayedUntil = static_cast<std::int64_t>(*w++);
    }
    if (m_budget) s.budget = static_cast<std::int64_t>(*w++);
    s.rng = 0;
    s.step = 0;
    for (std::uint32_t v : m_vars) s.vars[v] = static_cast<std::int64_t>(*w++);
    for (std::size_t i = 0; i < m_facts; ++i) s.facts[i] = *w++;
    for (std::size_t i = 0; i < m_tracking; ++i) s.tracking[i] = *w++;
    for (std::uint32_t i : m_personas) {
        PairUnpacker unpack{w};
        s.personas[i].visitFields([&unpack](auto& field) { unpack.get(field); });
        w = unpack.finish();
    }
}

StateStore::StateStore(std::size_t words, std::size_t maxStates)
    : m_words(words), m_maxStates(maxStates), m_data(maxStates * words) {
    m_capacity = std::size_t{1} << 12;
    m_shift = 64 - 12;
    m_slots.reset(m_capacity);
    m_slots.resize(m_capacity);
    m_mask = m_capacity - 1;
}

std::uint64_t StateStore::hash(const std::uint64_t* p) const {
    std::uint64_t h = 0x243F6A8885A308D3ull ^ m_words;
    for (std::size_t i = 0; i < m_words; ++i) {
        h = (h ^ p[i]) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    return mixBits(h); // every input bit reaches both halves (index and fingerprint)
}

// A slot holds the top bits of the state's hash above its id + 1 (0: empty). The table index
// comes from the top bits of the hash too, so growing never needs the states again.
namespace {
constexpr unsigned kIdBits = 28;
constexpr std::uint64_t kIdMask = (std::uint64_t{1} << kIdBits) - 1;
} // namespace

std::uint32_t StateStore::find(const std::uint64_t* packed) const {
    const std::uint64_t h = hash(packed);
    const std::uint64_t* slots = m_slots.data();
    for (std::size_t i = h >> m_shift;; i = (i + 1) & m_mask) {
        const std::uint64_t e = slots[i];
        if (e == 0) return kNone;
        if (((e ^ h) & ~kIdMask) != 0) continue;
        const auto id = static_cast<std::uint32_t>((e & kIdMask) - 1u);
        if (std::memcmp(at(id), packed, m_words * 8) == 0) return id;
    }
}

std::pair<std::uint32_t, bool> StateStore::insert(const std::uint64_t* packed) {
    if ((m_count + 1) * 10 > m_capacity * 7) grow(); // at most 70 % full
    const std::uint64_t h = hash(packed);
    std::uint64_t* slots = m_slots.data();
    std::size_t i = h >> m_shift;
    for (;; i = (i + 1) & m_mask) {
        const std::uint64_t e = slots[i];
        if (e == 0) break;
        if (((e ^ h) & ~kIdMask) != 0) continue;
        const auto id = static_cast<std::uint32_t>((e & kIdMask) - 1u);
        if (std::memcmp(at(id), packed, m_words * 8) == 0) return {id, false};
    }
    if (m_count >= m_maxStates || m_count >= kIdMask - 1) throw std::length_error("analyzer: the state store is full");
    const auto id = static_cast<std::uint32_t>(m_count++);
    m_data.append(packed, m_words);
    slots[i] = (h & ~kIdMask) | (std::uint64_t{id} + 1u);
    return {id, true};
}

void StateStore::grow() {
    BigArray<std::uint64_t> bigger(m_capacity * 2);
    bigger.resize(m_capacity * 2);
    const std::size_t oldCapacity = m_capacity;
    m_capacity *= 2;
    m_mask = m_capacity - 1;
    --m_shift;
    std::uint64_t* slots = bigger.data();
    for (std::size_t j = 0; j < oldCapacity; ++j) {
        const std::uint64_t e = m_slots[j];
        if (e == 0) continue;
        std::size_t i = e >> m_shift;
        while (slots[i] != 0) i = (i + 1) & m_mask;
        slots[i] = e;
    }
    m_slots = std::move(bigger);
}

} // namespace rapport::detail
