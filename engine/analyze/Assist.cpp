#include "analyze/Assist.h"
#include "analyze/Memory.h"

#include <memory>
#include <new>

namespace rapport::detail {

namespace {
constexpr std::size_t kSlotBytes = 16;

/// Slots for `maxStates`: a power of two, at most 70 % full.
std::size_t slotsFor(std::size_t maxStates) {
    std::size_t size = 64;
    while (size * 7 < maxStates * 10) size *= 2;
    return size;
}
} // namespace

std::size_t ClosedStates::capacityFor(std::size_t bytes) {
    std::size_t size = 64;
    while (size * 2 * kSlotBytes <= bytes) size *= 2;
    return size * 7 / 10;
}

std::size_t ClosedStates::bytesFor(std::size_t maxStates) { return slotsFor(maxStates) * kSlotBytes; }

ClosedStates::ClosedStates(std::size_t maxStates) : m_maxStates(maxStates) {
    static_assert(sizeof(Slot) == kSlotBytes, "a slot is two 64-bit words");
    const std::size_t size = slotsFor(maxStates);
    m_bytes = size * sizeof(Slot);
    void* memory = reserveMemory(m_bytes);
    if (memory == nullptr) throw std::bad_alloc();
    // Trivial construction: the zero pages stay untouched, and zero is a free slot.
    m_slots = static_cast<Slot*>(memory);
    std::uninitialized_default_construct_n(m_slots, size);
    m_mask = size - 1;
}

ClosedStates::~ClosedStates() { releaseMemory(m_slots, m_bytes); }

std::size_t ClosedStates::slotOf(const Fingerprint& print) const { return static_cast<std::size_t>(print.a) & m_mask; }

bool ClosedStates::add(const Fingerprint& print) {
    if (m_count.load(std::memory_order_relaxed) >= m_maxStates) return false;
    for (std::size_t i = slotOf(print);; i = (i + 1) & m_mask) {
        Slot& slot = m_slots[i];
        const std::uint64_t b = slot.b.load(std::memory_order_relaxed); // only this thread writes
        if (b == 0) {
            slot.a.store(print.a, std::memory_order_relaxed);
            slot.b.store(print.b, std::memory_order_release); // a reader that sees b sees a
            m_count.store(m_count.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed); // one writer
            return true;
        }
        if (b == print.b && slot.a.load(std::memory_order_relaxed) == print.a) return true;
    }
}

bool ClosedStates::contains(const Fingerprint& print) const {
    for (std::size_t i = slotOf(print);; i = (i + 1) & m_mask) {
        const Slot& slot = m_slots[i];
        const std::uint64_t b = slot.b.load(std::memory_order_acquire);
        if (b == 0) return false;
        if (b == print.b && slot.a.load(std::memory_order_relaxed) == print.a) return true;
    }
}

} // namespace rapport::detail
