#pragma once
// Large arrays for the analyzer's exact layer. Touching fresh memory page by page dominated its
// time (a page fault per 4 KiB); these arrays reserve one address range up front (so they never
// move or copy) and map memory in large populated steps. Internal.

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstring>
#include <new>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace rapport::detail {

/// Reserves `bytes` of address space (zero-filled when first used); returns null on failure.
[[nodiscard]] void* reserveMemory(std::size_t bytes);
/// Makes [from, from + bytes) of a reservation present (best effort: on failure pages come on demand).
void commitMemory(void* from, std::size_t bytes);
/// Returns a reservation.
void releaseMemory(void* base, std::size_t bytes);

/// A zero-initialised growable array of trivially copyable elements with a fixed maximum size.
template <typename T>
class BigArray {
    static_assert(std::is_trivially_copyable_v<T>, "BigArray holds plain values only");

public:
    BigArray() = default;
    explicit BigArray(std::size_t maxElements) { reset(maxElements); }
    ~BigArray() { free(); }
    BigArray(const BigArray&) = delete;
    BigArray& operator=(const BigArray&) = delete;
    BigArray(BigArray&& o) noexcept { swap(o); }
    BigArray& operator=(BigArray&& o) noexcept {
        if (this != &o) {
            free();
            swap(o);
        }
        return *this;
    }

    /// Drops the contents and reserves room for `maxElements`.
    void reset(std::size_t maxElements) {
        free();
        m_reserved = (maxElements * sizeof(T) + kStep - 1) / kStep * kStep;
        if (m_reserved == 0) m_reserved = kStep;
        m_data = static_cast<T*>(reserveMemory(m_reserved));
        if (m_data == nullptr) throw std::bad_alloc();
        m_max = m_reserved / sizeof(T);
    }

    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    [[nodiscard]] T* data() { return m_data; }
    [[nodiscard]] const T* data() const { return m_data; }
    T& operator[](std::size_t i) {
        assert(i < m_size && "BigArray index past its size: resize or push_back first");
        return m_data[i];
    }
    const T& operator[](std::size_t i) const {
        assert(i < m_size && "BigArray index past its size: resize or push_back first");
        return m_data[i];
    }
    [[nodiscard]] const T& back() const { return m_data[m_size - 1]; }

    void push_back(const T& v) {
        grow(m_size + 1);
        m_data[m_size++] = v;
    }
    void append(const T* from, std::size_t n) {
        grow(m_size + n);
        std::memcpy(static_cast<void*>(m_data + m_size), from, n * sizeof(T));
        m_size += n;
    }
    /// Grows (new elements are zero) or shrinks (the memory stays mapped).
    void resize(std::size_t n) {
        if (n > m_size) grow(n);
        else if (n < m_size) std::memset(static_cast<void*>(m_data + n), 0, (m_size - n) * sizeof(T));
        m_size = n;
    }

private:
    static constexpr std::size_t kStep = std::size_t{2} << 20; // one huge page
    static constexpr std::size_t kFirst = std::size_t{256} << 10; // small analyses stay small
    static constexpr std::size_t kMaxStep = std::size_t{16} << 20;

    void grow(std::size_t n) {
        if (n > m_max) throw std::length_error("analyzer: an array outgrew its reservation");
        const std::size_t bytes = n * sizeof(T);
        if (bytes <= m_committed) return;
        // Double the mapped part each time (few calls, little waste), but in steps of at most
        // kMaxStep, so one call never holds the analysis up for long.
        std::size_t target = m_committed == 0 ? kFirst : m_committed + std::min(m_committed, kMaxStep);
        while (target < bytes) target += std::min(target, kMaxStep);
        target = target > m_reserved ? m_reserved : target;
        commitMemory(reinterpret_cast<char*>(m_data) + m_committed, target - m_committed);
        m_committed = target;
    }
    void free() {
        if (m_data != nullptr) releaseMemory(m_data, m_reserved);
        m_data = nullptr;
        m_size = m_max = m_reserved = m_committed = 0;
    }
    void swap(BigArray& o) noexcept {
        std::swap(m_data, o.m_data);
        std::swap(m_size, o.m_size);
        std::swap(m_max, o.m_max);
        std::swap(m_reserved, o.m_reserved);
        std::swap(m_committed, o.m_committed);
    }

    T* m_data = nullptr;
    std::size_t m_size = 0, m_max = 0, m_reserved = 0, m_committed = 0;
};

} // namespace rapport::detail
