#pragma once
// The searches' memory of the states they have searched, as 128-bit fingerprints: 16 bytes a
// state instead of its whole packed form (hundreds of bytes), so a search merges more than ten
// times as many states in the same memory. Two different states share a fingerprint with a
// chance of about n² / 2^129 among n states (below 10^-22 for the 10^8 states a search can hold),
// the price model checkers pay for hash compaction; docs/analyzer.md says what it does to a proof.
// Internal.

#include "analyze/Memory.h"

#include <cstddef>
#include <cstdint>

namespace rapport::detail {

/// A packed state's 128-bit fingerprint; `b` is never 0, so a zero slot is free.
struct Fingerprint {
    std::uint64_t a = 0, b = 0;
};

class SeenFingerprints {
public:
    /// Room for `maxStates` fingerprints of packed states of `words` words each.
    SeenFingerprints(std::size_t words, std::size_t maxStates);

    /// Adds the state; false when its fingerprint was there already.
    bool insert(const std::uint64_t* packed) { return insert(fingerprint(packed)); }
    bool insert(const Fingerprint& print);
    [[nodiscard]] bool contains(const std::uint64_t* packed) const { return contains(fingerprint(packed)); }
    [[nodiscard]] bool contains(const Fingerprint& print) const;
    [[nodiscard]] Fingerprint fingerprint(const std::uint64_t* packed) const;

    [[nodiscard]] std::size_t size() const { return m_count; }
    [[nodiscard]] std::size_t capacity() const { return m_maxStates; }
    [[nodiscard]] bool fits(std::size_t n) const { return m_count + n <= m_maxStates; }

    /// The memory one fingerprint takes, counting the table's free slots and the old table while
    /// it grows: what to divide a share of memory by.
    static constexpr std::size_t kBytesPerState = 40;

private:
    using Print = Fingerprint;
    [[nodiscard]] std::size_t slotOf(const Print& p) const;
    void grow();

    std::size_t m_words;
    std::size_t m_maxStates;
    std::size_t m_count = 0;
    BigArray<Print> m_slots;
    std::size_t m_mask = 0;
    unsigned m_shift = 64;
};

} // namespace rapport::detail
