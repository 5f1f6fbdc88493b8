#pragma once
// Golden files: a test writes what it computed as plain lines and compares them with a file in
// tests/data/golden/. After a deliberate change of the model, rewrite them with
//   RAPPORT_UPDATE_PINS=1 build/tests/rapport_tests -tc='*golden*'
// and read `git diff tests/data/golden` before committing: every changed line is a changed number.

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace rapport::test {

/// Whether this run rewrites the pinned files instead of checking them.
inline bool updatingPins() { return std::getenv("RAPPORT_UPDATE_PINS") != nullptr; }

/// Compares `got` with the golden file `name` (or rewrites it); reports the first differing line.
inline void checkGolden(const std::string& name, const std::string& got) {
    const std::filesystem::path file = std::filesystem::path(RAPPORT_TEST_DATA) / "golden" / name;
    if (updatingPins()) {
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << got;
        return;
    }
    std::ifstream in(file, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "no golden file " << file.string() << " (RAPPORT_UPDATE_PINS=1 writes it)");
    std::stringstream want;
    want << in.rdbuf();
    if (want.str() == got) return;
    std::istringstream a(want.str()), b(got);
    std::string wantLine, gotLine;
    int line = 1;
    while (true) {
        const bool moreA = static_cast<bool>(std::getline(a, wantLine));
        const bool moreB = static_cast<bool>(std::getline(b, gotLine));
        if (!moreA && !moreB) break;
        if (!moreA) wantLine = "(end of file)";
        if (!moreB) gotLine = "(end of output)";
        if (wantLine != gotLine) break;
        ++line;
    }
    FAIL_CHECK(file.filename().string() << " differs first at line " << line << "\n  pinned: " << wantLine
                                        << "\n  now:    " << gotLine
                                        << "\n(a deliberate change: RAPPORT_UPDATE_PINS=1, then read git diff)");
}

/// FNV-1a over 64-bit words: a stable digest of a sequence of numbers.
struct Digest {
    std::uint64_t value = 1469598103934665603ull;
    void add(std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            value ^= (v >> (8 * i)) & 0xffu;
            value *= 1099511628211ull;
        }
    }
    void add(const std::string& s) {
        add(s.size());
        for (char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            value ^= c;
            value *= 1099511628211ull;
        }
    }
};

/// A 64-bit value as 16 hex digits.
inline std::string hex(std::uint64_t v) {
    std::ostringstream out;
    out << std::hex;
    out.width(16);
    out.fill('0');
    out << v;
    return out.str();
}

/// Hundredths as a fixed-point number ("55.20", "-0.35").
inline std::string points(std::int64_t hundredths) {
    const std::int64_t a = hundredths < 0 ? -hundredths : hundredths;
    std::string frac = std::to_string(a % 100);
    if (frac.size() < 2) frac = "0" + frac;
    return (hundredths < 0 ? "-" : "") + std::to_string(a / 100) + "." + frac;
}

} // namespace rapport::test
