#include "load/Suggest.h"

#include <algorithm>
#include <cctype>

namespace rapport::detail {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Longer names than this are no typo of an id (ids have at most 64 characters).
constexpr std::size_t kMaxSuggestLength = 80;

/// The edit distance if it is at most `limit`, else limit + 1; fills only the band of cells
/// within `limit` of the diagonal (outside it the distance exceeds the limit anyway).
std::size_t boundedDistance(std::string_view a, std::string_view b, std::size_t limit, std::size_t& cells) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    const std::size_t over = limit + 1;
    std::vector<std::size_t> before(m + 1, over), previous(m + 1, over), current(m + 1, over);
    for (std::size_t j = 0; j <= std::min(m, limit); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        const std::size_t from = i > limit ? i - limit : 1;
        const std::size_t to = std::min(m, i + limit);
        std::fill(current.begin(), current.end(), over);
        current[0] = i <= limit ? i : over;
        std::size_t rowMin = current[0];
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            std::size_t v = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                v = std::min(v, before[j - 2] + 1);
            current[j] = std::min(v, over);
            rowMin = std::min(rowMin, current[j]);
        }
        cells += to - from + 2;
        if (rowMin > limit) return over; // every path already costs more than the limit
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], over);
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::size_t cells = 0;
    return boundedDistance(a, b, std::max(a.size(), b.size()), cells);
}

std::string closestMatch(std::string_view word, const std::vector<std::string_view>& candidates, std::size_t* budget) {
    if (word.size() > kMaxSuggestLength || (budget != nullptr && *budget == 0)) return {};
    // Short names tolerate one slip, longer ones a few: beyond that a guess misleads more than it helps.
    const std::size_t allowed = word.size() <= 4 ? 1 : word.size() <= 8 ? 2 : 3;
    std::string_view best;
    std::size_t bestDistance = allowed + 1;
    std::size_t work = 0;
    for (std::string_view c : candidates) {
        ++work;
        if (budget != nullptr && work >= *budget) break;
        const std::size_t d = boundedDistance(word, c, bestDistance - 1, work);
        if (d < bestDistance && d < std::max(word.size(), c.size())) {
            best = c;
            bestDistance = d;
            if (d == 0) break;
        }
    }
    if (budget != nullptr) *budget -= std::min(*budget, work);
    return std::string(best);
}

} // namespace rapport::detail
