// Address-space reservations for BigArray: mmap on Linux, calloc elsewhere.

#include "analyze/Memory.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace rapport::detail {

#if defined(__linux__)

namespace {
constexpr std::size_t kHuge = std::size_t{2} << 20; // the alignment: the kernel may still use huge pages
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
    // No huge pages asked for: on the build machine (a virtual machine) a fresh huge page often
    // cost more than the 512 small pages it replaces, and varied from run to run (the exact layer of
    // giving-in-advance took 0.6-1.8 s with them, 0.7-1.0 s without); what saves the time is
    // mapping in large populated steps (commitMemory).
    return reinterpret_cast<void*>(aligned);
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
