#pragma once
// German and English hyphenation for printed pages, with libhyphen (the library LibreOffice uses)
// and the dictionaries Debian ships in hyphen-de and hyphen-en-us. Pango breaks the lines and
// draws the hyphen, but finds no break points inside words by itself: the longer words get soft
// hyphens (U+00AD) where the dictionary allows a break.
//
// libhyphen needs several seconds to load the whole German dictionary (77,000 lines). A pattern
// can only apply to a word that contains its letters, so each word is hyphenated with a small
// dictionary of just the patterns inside it (all levels, all keywords kept): the same breaks in
// a millisecond. Results are kept per word.

#include "rapport/core/Vocabulary.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace rapport::print {

/// One language's hyphenation dictionary, loaded once and kept.
class Hyphenator {
public:
    /// Loads a libhyphen dictionary file; null when it cannot be read.
    [[nodiscard]] static std::unique_ptr<Hyphenator> load(const std::filesystem::path& file);
    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    /// `text` (UTF-8) with a soft hyphen at every allowed break inside its words of six or more
    /// letters; other characters stay as they are.
    [[nodiscard]] std::string hyphenate(std::string_view text) const;

    /// The break points of one word, for tests: the word with "-" at every allowed break.
    [[nodiscard]] std::string showBreaks(std::string_view word) const;

private:
    struct Patterns;
    explicit Hyphenator(std::unique_ptr<Patterns> patterns);
    /// After which letters (counted from 0) `word` may break: an odd digit per letter.
    [[nodiscard]] std::string breakMarks(std::string_view word) const;
    std::unique_ptr<Patterns> m_patterns;
};

/// The system's dictionary file for a language (RAPPORT_HYPHEN_DIR, else /usr/share/hyphen).
[[nodiscard]] std::filesystem::path hyphenDictionary(Lang lang);

/// The system's hyphenator for `lang`, loaded on first use and kept for the process; null when
/// the dictionary is not installed (the text is then set without hyphenation).
[[nodiscard]] const Hyphenator* systemHyphenator(Lang lang);

} // namespace rapport::print
