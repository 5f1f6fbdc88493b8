// Address-space reservations for BigArray: mmap with huge pages on Linux, calloc elsewhere.

#include "analyze/Memory.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace rapport::detail {

#if defined(__linux__)

namespace {
constexpr std::size_t kHuge = std::size_t{2} << 20;
constexpr std::size_t kSmallPart = std::size_t{4} << 20;
#ifndef MADV_POPULATE_WRITE
constexpr int kPopulateWrite = 23; // Linux 5.14; older kernels refuse it and pages come on demand
#else
constexpr int kPopulateWrite = MADV_POPULATE_WRITE;
#endif
} // namespace

void* reserveMemory(std::size_t bytes) {
    // Map one huge page more, so the start can be aligned to a huge page.
    void* raw = mmap(nullptr, bytes + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED) return nullptr;
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (start + kHuge - 1) & ~(std::uintptr_t{kHuge} - 1);
    // Give back the unaligned head and the tail beyond the aligned range.
    if (aligned > start) munmap(raw, aligned - start);
    const std::uintptr_t end = start + bytes + kHuge;
    if (end > aligned + bytes) munmap(reinterpret_cast<void*>(aligned + bytes), end - (aligned + bytes));
    void* base = reinterpret_cast<void*>(aligned);
    // Huge pages only past the first few megabytes: small analyses keep small pages, which
    // the kernel hands out without compacting memory first.
    if (bytes > kSmallPart) madvise(static_cast<char*>(base) + kSmallPart, bytes - kSmallPart, MADV_HUGEPAGE);
    return base;
}

void commitMemory(void* from, std::size_t bytes) {
    if (bytes != 0) (void)madvise(from, bytes, kPopulateWrite);
}

void releaseMemory(void* base, std::size_t bytes) { munmap(base, bytes); }

#else

void* reserveMemory(std::size_t bytes) { return std::calloc(bytes, 1); }
void commitMemory(void*, std::size_t) {}
void releaseMemory(void* base, std::size_t) { std::free(base); }

#endif

} // namespace rapport::detail
