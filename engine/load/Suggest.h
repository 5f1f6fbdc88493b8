#pragma once
// "Did you mean ...?": the closest known name to a misspelled one, by edit distance.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::detail {

/// Edits (insert, delete, replace, swap of neighbours) that turn `a` into `b`, ignoring case.
[[nodiscard]] std::size_t editDistance(std::string_view a, std::string_view b);

/// The candidate closest to `word` if it is close enough to be a likely typo, else "".
/// `budget`, when given, is the work (candidates looked at and table cells filled) still allowed
/// for suggestions; it shrinks with each call, and at zero no more suggestions are made, so that
/// thousands of misspellings against thousands of names stay fast.
[[nodiscard]] std::string closestMatch(std::string_view word, const std::vector<std::string_view>& candidates,
                                       std::size_t* budget = nullptr);

} // namespace rapport::detail
