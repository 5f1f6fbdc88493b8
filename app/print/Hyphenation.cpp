#include "print/Hyphenation.h"

#include <glib.h>
#include <hyphen.h>

#include <cstdlib>
#include <map>
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

struct Hyphenator::Dict {
    HyphenDict* handle = nullptr;
    ~Dict() {
        if (handle != nullptr) hnj_hyphen_free(handle);
    }
};

Hyphenator::Hyphenator(std::unique_ptr<Dict> dict) : m_dict(std::move(dict)) {}
Hyphenator::~Hyphenator() = default;

std::unique_ptr<Hyphenator> Hyphenator::load(const std::filesystem::path& file) {
    auto dict = std::make_unique<Dict>();
    dict->handle = hnj_hyphen_load(file.c_str());
    if (dict->handle == nullptr) return nullptr;
    return std::unique_ptr<Hyphenator>(new Hyphenator(std::move(dict)));
}

std::string Hyphenator::breakMarks(std::string_view word) const {
    // The dictionaries hold lowercase patterns, in UTF-8 or (German) ISO-8859-1.
    const GString lower(g_utf8_strdown(word.data(), static_cast<gssize>(word.size())));
    const HyphenDict* dict = m_dict->handle;
    std::string encoded;
    if (dict->utf8 != 0) {
        encoded = lower.get();
    } else {
        gsize written = 0;
        const GString latin(g_convert(lower.get(), -1, dict->cset, "UTF-8", nullptr, &written, nullptr));
        if (!latin) return {}; // a letter the dictionary's charset lacks: leave the word whole
        encoded.assign(latin.get(), written);
    }
    std::vector<char> hyphens(encoded.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    // Two letters at least before a break, three after: with two, the German compound patterns
    // also split endings ("kurz-er").
    const int failed = hnj_hyphen_hyphenate3(m_dict->handle, encoded.data(), static_cast<int>(encoded.size()), hyphens.data(),
                                             nullptr, &rep, &pos, &cut, 2, 3, 2, 2);
    if (rep != nullptr) { // non-standard breaks ("Schiff-fahrt"): not used, only freed
        for (std::size_t i = 0; i < encoded.size(); ++i) std::free(rep[i]); // libhyphen allocates with malloc
        std::free(rep);
        std::free(pos);
        std::free(cut);
    }
    if (failed != 0) return {};
    // For UTF-8 dictionaries libhyphen has already counted the marks per letter, not per byte.
    const std::size_t letters = static_cast<std::size_t>(g_utf8_strlen(word.data(), static_cast<gssize>(word.size())));
    hyphens.resize(letters);
    return std::string(hyphens.begin(), hyphens.end());
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
