#include "analyze/Fingerprints.h"
#include "analyze/Mix.h"

#include <stdexcept>

namespace rapport::detail {
namespace {
constexpr unsigned kFirstBits = 12;
} // namespace

SeenFingerprints::SeenFingerprints(std::size_t words, std::size_t maxStates) : m_words(words), m_maxStates(maxStates) {
    m_slots.reset(std::size_t{1} << kFirstBits);
    m_slots.resize(std::size_t{1} << kFirstBits);
    m_mask = (std::size_t{1} << kFirstBits) - 1;
    m_shift = 64 - kFirstBits;
}

Fingerprint SeenFingerprints::fingerprint(const std::uint64_t* p) const {
    // Two independent hashes, each with its own seeds and multiplier; each runs as two chains over
    // the even and the odd words, which the processor works on side by side (the multiplications'
    // latency, not their number, is what a chain costs).
    std::uint64_t a0 = 0x243F6A8885A308D3ull ^ m_words, a1 = 0x452821E638D01377ull;
    std::uint64_t b0 = 0x13198A2E03707344ull + m_words, b1 = 0xBE5466CF34E90C6Cull;
    std::size_t i = 0;
    for (; i + 1 < m_words; i += 2) {
        a0 = (a0 ^ p[i]) * 0x9E3779B97F4A7C15ull;
        a1 = (a1 ^ p[i + 1]) * 0x9E3779B97F4A7C15ull;
        b0 = (b0 + p[i]) * 0xD6E8FEB86659FD93ull;
        b1 = (b1 + p[i + 1]) * 0xD6E8FEB86659FD93ull;
        a0 ^= a0 >> 29, a1 ^= a1 >> 29, b0 ^= b0 >> 32, b1 ^= b1 >> 32;
    }
    if (i < m_words) {
        a0 = (a0 ^ p[i]) * 0x9E3779B97F4A7C15ull;
        b0 = (b0 + p[i]) * 0xD6E8FEB86659FD93ull;
    }
    Print print{mixBits(mixBits(a0) ^ a1), mixBits(mixBits(b0 ^ 0xA4093822299F31D0ull) + b1)};
    print.b |= 1u; // a used slot is never all zero
    return print;
}

// Probing starts at the first of the four slots that share the fingerprint's cache line (64 bytes,
// the table is aligned to them), so most look-ups read one line.
std::size_t SeenFingerprints::slotOf(const Print& p) const { return static_cast<std::size_t>(p.a >> m_shift) & ~std::size_t{3}; }

bool SeenFingerprints::contains(const Print& p) const {
    const Print* slots = m_slots.data();
    for (std::size_t i = slotOf(p);; i = (i + 1) & m_mask) {
        if (slots[i].b == 0) return false;
        if (slots[i].a == p.a && slots[i].b == p.b) return true;
    }
}

bool SeenFingerprints::insert(const Print& p) {
    if ((m_count + 1) * 10 > (m_mask + 1) * 7) grow(); // at most 70 % full
    Print* slots = m_slots.data();
    std::size_t i = slotOf(p);
    for (; slots[i].b != 0; i = (i + 1) & m_mask)
        if (slots[i].a == p.a && slots[i].b == p.b) return false;
    if (m_count >= m_maxStates) throw std::length_error("analyzer: the store of seen states is full");
    slots[i] = p;
    ++m_count;
    return true;
}

void SeenFingerprints::grow() {
    const std::size_t oldSize = m_mask + 1;
    BigArray<Print> bigger(oldSize * 2);
    bigger.resize(oldSize * 2);
    m_mask = oldSize * 2 - 1;
    --m_shift;
    Print* slots = bigger.data();
    for (std::size_t j = 0; j < oldSize; ++j) {
        const Print& e = m_slots[j];
        if (e.b == 0) continue;
        std::size_t i = slotOf(e);
        while (slots[i].b != 0) i = (i + 1) & m_mask;
        slots[i] = e;
    }
    m_slots = std::move(bigger);
}

} // namespace rapport::detail
