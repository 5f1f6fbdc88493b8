#pragma once
// Formatting of model values (hundredths of a point) for people.

#include <cstdint>
#include <string>

namespace rapport {

/// Whole points, cut off like the values conditions read (`weber.quality` of 47.9 is 47).
[[nodiscard]] inline std::string formatPoints(std::int64_t hundredths) { return std::to_string(hundredths / 100); }

/// The minus sign people read in figures (U+2212), not the hyphen.
inline constexpr const char* kMinus = "\u2212";

/// Whether a change is under half a point, so whole points would show it as nothing.
[[nodiscard]] inline bool roundsToNothing(std::int64_t hundredths) { return hundredths > -50 && hundredths < 50; }

/// A signed change in whole points, rounded half away from zero ("+4", "−2", "±0").
[[nodiscard]] inline std::string formatChange(std::int64_t hundredths) {
    const std::int64_t magnitude = hundredths < 0 ? -hundredths : hundredths;
    const std::int64_t whole = (magnitude + 50) / 100;
    if (whole == 0) return "±0";
    return std::string(hundredths < 0 ? kMinus : "+") + std::to_string(whole);
}

/// A signed count ("+2", "−1", "0"), with the real minus sign.
[[nodiscard]] inline std::string formatCount(std::int64_t n) {
    if (n == 0) return "0";
    return std::string(n < 0 ? kMinus : "+") + std::to_string(n < 0 ? -n : n);
}

/// How often, in words where a trainer would say it so: "einmal", "zweimal", "13-mal"; "once",
/// "twice", "13 times".
[[nodiscard]] inline std::string timesWord(std::int64_t n, bool german) {
    static constexpr const char* kDe[] = {"keinmal", "einmal", "zweimal", "dreimal", "viermal", "fünfmal", "sechsmal",
                                          "siebenmal", "achtmal", "neunmal", "zehnmal", "elfmal", "zwölfmal"};
    if (german) return n >= 0 && n <= 12 ? kDe[n] : std::to_string(n) + "-mal";
    if (n == 1) return "once";
    if (n == 2) return "twice";
    return std::to_string(n) + " times";
}

} // namespace rapport
