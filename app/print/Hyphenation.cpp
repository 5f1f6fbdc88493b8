#include "print/Hyphenation.h"

#include <glib.h>
#include <hyphen.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <mutex>
#include <vector>

#ifndef RAPPORT_HYPHEN_DIR
#define RAPPORT_HYPHEN_DIR "/usr/share/hyphen"
#endif

namespace rapport::print {
namespace {

constexpr std::size_t kShortestHyphenated = 6; // letters; shorter words never break
constexpr std::size_t kLongestHyphenated = 60; // libhyphen's buffers are sized per word
constexpr std::string_view kSoftHyphen = "\u00AD";

// Frees what a glib call returned when the scope ends.
struct GFreeDeleter {
    void operator()(gchar* p) const { g_free(p); }
};
using GString = std::unique_ptr<gchar, GFreeDeleter>;

} // namespace

// The dictionary file, split up: its keyword lines, and per level its patterns indexed by their
// letters (digits and any replacement part removed), so that the patterns inside a word are found
// by looking up the word's substrings.
struct Hyphenator::Patterns {
    std::string charset;                 // the first line: UTF-8 or ISO8859-1
    bool utf8 = true;
    struct Level {
        std::vector<std::string> keywords; // LEFTHYPHENMIN 2, NOHYPHEN -,' ...
        // (letters, pattern line), sorted by letters: a lookup finds a pattern and also whether
        // some longer pattern begins with the letters.
        std::vector<std::pair<std::string, std::string>> byLetters;
        std::size_t longest = 0;           // letters of the longest pattern
    };
    std::vector<Level> levels;
    mutable std::mutex mutex;            // guards the cache
    mutable std::unordered_map<std::string, std::string> cache; // encoded word -> marks
};

namespace {

bool isKeyword(std::string_view line) {
    for (std::string_view k : {"LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN", "NOHYPHEN"})
        if (line.substr(0, k.size()) == k) return true;
    return false;
}

// The letters a pattern matches: "a1b2c/b=b,1,2" -> "abc".
std::string lettersOf(std::string_view pattern) {
    std::string out;
    for (char c : pattern.substr(0, pattern.find('/')))
        if (c < '0' || c > '9') out += c;
    return out;
}

} // namespace

Hyphenator::Hyphenator(std::unique_ptr<Patterns> patterns) : m_patterns(std::move(patterns)) {}
Hyphenator::~Hyphenator() = default;

std::unique_ptr<Hyphenator> Hyphenator::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return nullptr;
    auto patterns = std::make_unique<Patterns>();
    patterns->levels.emplace_back();
    // The German file has 77,000 lines: room reserved once instead of growing.
    patterns->levels.back().byLetters.reserve(80000);
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (first) {
            first = false;
            patterns->charset = line.substr(0, line.find(' '));
            patterns->utf8 = patterns->charset == "UTF-8";
            continue;
        }
        if (line.empty() || line[0] == '%' || line[0] == '#') continue;
        if (line.rfind("NEXTLEVEL", 0) == 0) {
            patterns->levels.emplace_back();
            continue;
        }
        Patterns::Level& level = patterns->levels.back();
        if (isKeyword(line)) {
            level.keywords.push_back(line);
            continue;
        }
        std::string letters = lettersOf(line);
        level.longest = std::max(level.longest, letters.size());
        level.byLetters.emplace_back(std::move(letters), line);
    }
    // Stable, by letters only: of two patterns with the same letters libhyphen keeps the later
    // one, so they stay in the file's order.
    for (Patterns::Level& level : patterns->levels)
        std::stable_sort(level.byLetters.begin(), level.byLetters.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (patterns->charset.empty()) return nullptr;
    return std::unique_ptr<Hyphenator>(new Hyphenator(std::move(patterns)));
}

std::string Hyphenator::breakMarks(std::string_view word) const {
    // The dictionaries hold lowercase patterns, in UTF-8 or (German) ISO-8859-1.
    const GString lower(g_utf8_strdown(word.data(), static_cast<gssize>(word.size())));
    const Patterns& p = *m_patterns;
    std::string encoded;
    if (p.utf8) {
        encoded = lower.get();
    } else {
        gsize written = 0;
        const GString converted(g_convert(lower.get(), -1, p.charset.c_str(), "UTF-8", nullptr, &written, nullptr));
        if (!converted) return {}; // a letter the dictionary's charset lacks: leave the word whole
        encoded.assign(converted.get(), written);
    }
    {
        const std::lock_guard<std::mutex> lock(p.mutex);
        const auto hit = p.cache.find(encoded);
        if (hit != p.cache.end()) return hit->second;
    }
    // A dictionary of the patterns inside the word, level by level, with every keyword. A later
    // level hyphenates the parts of a compound, each between dots of its own: so a substring
    // counts with a dot before or after it too ("ck." in "glück|wunsch").
    std::string dict = p.charset + "\n";
    for (std::size_t l = 0; l < p.levels.size(); ++l) {
        const Patterns::Level& level = p.levels[l];
        if (l > 0) dict += "NEXTLEVEL\n";
        for (const std::string& k : level.keywords) dict += k + "\n";
        std::unordered_set<std::string> added;
        auto add = [&](const std::string& part) {
            if (part.size() > level.longest || !added.insert(part).second) return;
            auto it = std::lower_bound(level.byLetters.begin(), level.byLetters.end(), part,
                                       [](const std::pair<std::string, std::string>& e, const std::string& key) { return e.first < key; });
            if (it == level.byLetters.end()) return;
            if (it->first == part) {
                for (; it != level.byLetters.end() && it->first == part; ++it) dict += it->second + "\n";
            } else if (it->first.compare(0, part.size(), part) == 0) {
                // The beginning of a longer pattern and no pattern itself: libhyphen's matcher
                // stops in such a state and then applies no shorter pattern, so the small
                // dictionary needs the state too (as a pattern without digits: it breaks nothing).
                dict += part + "\n";
            }
        };
        for (std::size_t from = 0; from < encoded.size(); ++from)
            for (std::size_t length = 1; length <= level.longest && from + length <= encoded.size(); ++length) {
                const std::string part = encoded.substr(from, length);
                add(part);
                add("." + part);
                add(part + ".");
                add("." + part + ".");
            }
    }
    FILE* memory = fmemopen(dict.data(), dict.size(), "r");
    if (memory == nullptr) return {};
    HyphenDict* handle = hnj_hyphen_load_file(memory);
    std::fclose(memory);
    if (handle == nullptr) return {};
    std::vector<char> hyphens(encoded.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    // Two letters at least before a break, three after: with two, the German compound patterns
    // also split endings ("kurz-er").
    const int failed = hnj_hyphen_hyphenate3(handle, encoded.data(), static_cast<int>(encoded.size()), hyphens.data(), nullptr, &rep, &pos,
                                             &cut, 2, 3, 2, 2);
    if (rep != nullptr) { // non-standard breaks ("Schiff-fahrt"): not used, only freed
        for (std::size_t i = 0; i < encoded.size(); ++i) std::free(rep[i]); // libhyphen allocates with malloc
        std::free(rep);
        std::free(pos);
        std::free(cut);
    }
    hnj_hyphen_free(handle);
    std::string marks;
    if (failed == 0) {
        // For UTF-8 dictionaries libhyphen has already counted the marks per letter, not per byte.
        const std::size_t letters = static_cast<std::size_t>(g_utf8_strlen(word.data(), static_cast<gssize>(word.size())));
        hyphens.resize(letters);
        marks.assign(hyphens.begin(), hyphens.end());
    }
    const std::lock_guard<std::mutex> lock(p.mutex);
    p.cache.emplace(std::move(encoded), marks);
    return marks;
}

std::string Hyphenator::hyphenate(std::string_view text) const {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    const char* p = text.data();
    const char* const end = text.data() + text.size();
    while (p < end) {
        // A word: a run of letters.
        const char* wordStart = p;
        std::size_t letters = 0;
        while (p < end && g_unichar_isalpha(g_utf8_get_char_validated(p, end - p))) {
            p = g_utf8_next_char(p);
            ++letters;
        }
        if (p != wordStart) {
            const std::string_view word(wordStart, static_cast<std::size_t>(p - wordStart));
            const std::string marks = letters >= kShortestHyphenated && letters <= kLongestHyphenated ? breakMarks(word) : std::string();
            if (marks.empty()) {
                out += word;
                continue;
            }
            const char* q = word.data();
            for (std::size_t k = 0; k < letters; ++k) {
                const char* next = g_utf8_next_char(q);
                out.append(q, static_cast<std::size_t>(next - q));
                if (k + 1 < letters && (marks[k] & 1) != 0) out += kSoftHyphen;
                q = next;
            }
            continue;
        }
        // Anything else passes through whole (a malformed byte included).
        const gunichar c = g_utf8_get_char_validated(p, end - p);
        const char* next = c == static_cast<gunichar>(-1) || c == static_cast<gunichar>(-2) ? p + 1 : g_utf8_next_char(p);
        out.append(p, static_cast<std::size_t>(next - p));
        p = next;
    }
    return out;
}

std::string Hyphenator::showBreaks(std::string_view word) const {
    std::string out = hyphenate(word);
    for (std::size_t at = out.find(kSoftHyphen); at != std::string::npos; at = out.find(kSoftHyphen, at + 1)) out.replace(at, kSoftHyphen.size(), "-");
    return out;
}

std::filesystem::path hyphenDictionary(Lang lang) {
    const char* folder = std::getenv("RAPPORT_HYPHEN_DIR");
    const std::filesystem::path base = folder != nullptr && *folder != '\0' ? folder : RAPPORT_HYPHEN_DIR;
    return base / (lang == Lang::De ? "hyph_de_DE.dic" : "hyph_en_US.dic");
}

const Hyphenator* systemHyphenator(Lang lang) {
    static std::mutex mutex;
    static std::map<Lang, std::unique_ptr<Hyphenator>> loaded;
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = loaded.find(lang);
    if (it == loaded.end()) it = loaded.emplace(lang, Hyphenator::load(hyphenDictionary(lang))).first;
    return it->second.get();
}

} // namespace rapport::print
