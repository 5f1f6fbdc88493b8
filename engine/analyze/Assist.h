#pragma once
// A second thread on one search. When the best or the worst is settled first, its thread helps
// the other search: the helper searches the same tree in mirror order (the least promising choice
// first) and publishes the states below which no playthrough can beat or even tie the best the
// lead has found; the lead skips them. The helper reports nothing itself, so the lead ends with the
// result and the witness it finds alone, only sooner. Internal.

#include "analyze/Fingerprints.h"

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace rapport::detail {

/// States whose every playthrough is worse than a result the lead had already found. One thread
/// adds (the helper), another reads (the lead) at the same time; a slot, once set, never changes.
class ClosedStates {
public:
    /// Reserves room for `maxStates` (address space: memory is taken as slots are used).
    explicit ClosedStates(std::size_t maxStates);
    ~ClosedStates();
    ClosedStates(const ClosedStates&) = delete;
    ClosedStates& operator=(const ClosedStates&) = delete;

    /// The helper's: false when full (the state is then not published).
    bool add(const Fingerprint& print);
    [[nodiscard]] bool contains(const Fingerprint& print) const;
    [[nodiscard]] std::size_t size() const { return m_count.load(std::memory_order_relaxed); }

    /// How many states a table of at most `bytes` holds (the table is a power of two of 16-byte
    /// slots, at most 70 % full), and the bytes a table for `maxStates` takes.
    [[nodiscard]] static std::size_t capacityFor(std::size_t bytes);
    [[nodiscard]] static std::size_t bytesFor(std::size_t maxStates);

private:
    // b is written last and is never 0 once set. No initialisers: the slots live in fresh
    // zero-filled pages, which are taken only where a slot is used.
    struct Slot {
        std::atomic<std::uint64_t> a, b;
    };
    [[nodiscard]] std::size_t slotOf(const Fingerprint& print) const;

    Slot* m_slots = nullptr;
    std::size_t m_bytes = 0;
    std::size_t m_mask = 0;
    std::size_t m_maxStates = 0;
    std::atomic<std::size_t> m_count{0};
};

/// What the lead and its helper share.
struct SearchAssist {
    explicit SearchAssist(std::size_t maxClosed) : closed(maxClosed) {}

    ClosedStates closed;
    std::atomic<bool> found{false};      ///< the lead has a playthrough to beat ...
    std::atomic<std::int64_t> result{0}; ///< ... with this result (written before `found`)
    std::atomic<bool> leadDone{false};   ///< the lead has ended: the helper stops

    void publish(std::int64_t best) {
        result.store(best, std::memory_order_relaxed);
        found.store(true, std::memory_order_release);
    }
};

} // namespace rapport::detail
