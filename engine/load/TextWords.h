#pragma once
// Words in UTF-8 texts, as the text linters read them: letters (ASCII and the accented Latin
// letters of German, Turkish and French names) and whole words.

#include <cstddef>
#include <string_view>

namespace rapport::detail {

/// Whether the byte continues a multi-byte UTF-8 character.
inline bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Whether the character starting at byte `i` is a letter.
inline bool isLetter(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    // Latin letters with accents (ä, ß, é, ı): two-byte sequences from C3 to C5.
    return c >= 0xC3 && c <= 0xC5;
}

/// Whether the character before byte `i` is a letter (multi-byte characters decoded to their start).
inline bool letterBefore(std::string_view s, std::size_t i) {
    if (i == 0) return false;
    std::size_t j = i - 1;
    while (j > 0 && isContinuation(static_cast<unsigned char>(s[j]))) --j;
    return isLetter(s, j);
}

/// Whether `w` stands at byte `i` of `s` as a whole word.
inline bool wordAt(std::string_view s, std::size_t i, std::string_view w) {
    if (s.substr(i, w.size()) != w || letterBefore(s, i)) return false;
    const std::size_t end = i + w.size();
    return end >= s.size() || !isLetter(s, end);
}

/// Where `w` first stands in `s` as a whole word, or npos.
inline std::size_t findWord(std::string_view s, std::string_view w) {
    if (w.empty()) return std::string_view::npos;
    for (std::size_t at = s.find(w); at != std::string_view::npos; at = s.find(w, at + 1))
        if (wordAt(s, at, w)) return at;
    return std::string_view::npos;
}

} // namespace rapport::detail
