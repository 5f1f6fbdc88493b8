// The searches' store of seen states keeps a 128-bit fingerprint per state (analyze/Fingerprints.h):
// whatever it merges must have been inserted, and it must grow and fill as a store does.

#include "analyze/Fingerprints.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <stdexcept>
#include <vector>

using rapport::detail::SeenFingerprints;

namespace {

/// A packed state of `words` words that differs from every other `i` in one field, as states do.
std::vector<std::uint64_t> packedState(std::size_t words, std::uint64_t i) {
    std::vector<std::uint64_t> w(words, 0x1234);
    w[i % words] += i / words + 1;
    return w;
}

} // namespace

TEST_CASE("fingerprints: every state inserted is seen again, and nothing else is") {
    const std::size_t words = 37;
    const std::uint64_t n = 300000; // the table grows from 4,096 slots more than six times
    SeenFingerprints seen(words, n);
    for (std::uint64_t i = 0; i < n; ++i) REQUIRE(seen.insert(packedState(words, i).data()));
    CHECK(seen.size() == n);
    std::size_t again = 0, found = 0, strangers = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
        again += seen.insert(packedState(words, i).data()) ? 0u : 1u;
        found += seen.contains(packedState(words, i).data()) ? 1u : 0u;
        strangers += seen.contains(packedState(words, n + i).data()) ? 1u : 0u;
    }
    CHECK(again == n);
    CHECK(found == n);
    CHECK(strangers == 0);
    CHECK(seen.size() == n);
}

TEST_CASE("fingerprints: a full store says so instead of losing a state") {
    SeenFingerprints seen(4, 1000);
    for (std::uint64_t i = 0; i < 1000; ++i) REQUIRE(seen.insert(packedState(4, i).data()));
    CHECK_FALSE(seen.fits(1));
    CHECK_FALSE(seen.insert(packedState(4, 7).data())); // seen before: no room needed
    CHECK_THROWS_AS(seen.insert(packedState(4, 5000).data()), std::length_error);
}
