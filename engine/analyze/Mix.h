#pragma once
// murmur3's 64-bit finaliser, for the analyzer's hashes of packed states: every input bit
// reaches every output bit, so any slice of the result can index a table. Internal.

#include <cstdint>

namespace rapport::detail {

[[nodiscard]] inline std::uint64_t mixBits(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

} // namespace rapport::detail
