#pragma once
// "Did you mean ...?": the closest known name to a misspelled one, by edit distance.

#include <string>
#include <string_view>
#include <vector>

namespace rapport::detail {

/// Edits (insert, delete, replace, swap of neighbours) that turn `a` into `b`, ignoring case.
[[nodiscard]] std::size_t editDistance(std::string_view a, std::string_view b);

/// The candidate closest to `word` if it is close enough to be a likely typo, else "".
[[nodiscard]] std::string closestMatch(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace rapport::detail
