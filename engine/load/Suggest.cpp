#include "load/Suggest.h"

#include <algorithm>
#include <cctype>

namespace rapport::detail {

std::size_t editDistance(std::string_view a, std::string_view b) {
    const auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    // Three rolling rows of the optimal-string-alignment table.
    std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

std::string closestMatch(std::string_view word, const std::vector<std::string_view>& candidates) {
    // Short names tolerate one slip, longer ones a few: beyond that a guess misleads more than it helps.
    const std::size_t allowed = word.size() <= 4 ? 1 : word.size() <= 8 ? 2 : 3;
    std::string_view best;
    std::size_t bestDistance = allowed + 1;
    for (std::string_view c : candidates) {
        const std::size_t d = editDistance(word, c);
        if (d < bestDistance && d < std::max(word.size(), c.size())) {
            best = c;
            bestDistance = d;
        }
    }
    return std::string(best);
}

} // namespace rapport::detail
