#pragma once
// Formatting of model values (hundredths of a point) for people.

#include <cstdint>
#include <string>

namespace rapport {

/// Whole points, cut off like the values conditions read (`weber.quality` of 47.9 is 47).
[[nodiscard]] inline std::string formatPoints(std::int64_t hundredths) { return std::to_string(hundredths / 100); }

/// A signed change in whole points ("+4", "-2"), or with one decimal where it is smaller than half
/// a point ("-0.3"), so slow drift does not read as "0".
[[nodiscard]] inline std::string formatChange(std::int64_t hundredths) {
    if (hundredths != 0 && hundredths > -50 && hundredths < 50) {
        const std::int64_t tenths = (hundredths < 0 ? -hundredths : hundredths) / 10;
        return std::string(hundredths < 0 ? "-" : "+") + "0." + std::to_string(tenths == 0 ? 1 : tenths);
    }
    // Changes round, so that a change of 0.6 does not read as "+0".
    const std::string whole = std::to_string((hundredths >= 0 ? hundredths + 50 : hundredths - 50) / 100);
    return hundredths >= 50 ? "+" + whole : whole;
}

} // namespace rapport
