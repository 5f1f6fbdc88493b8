#pragma once
// The words the analyzer's text report is built from: numbers with the language's decimal mark,
// ranges, how sure an answer is, places in the file, endings and runs told by the choices' texts.

#include "rapport/analyze/Analyzer.h"

#include <sstream>
#include <string>

namespace rapport {

/// Shared by the sections of the analyzer's text report.
class AnalyzerWords {
public:
    AnalyzerWords(const Scenario& s, Lang lang) : m_s(s), m_de(lang == Lang::De), m_lang(lang) {}

protected:
    [[nodiscard]] const char* tr(const char* de, const char* en) const { return m_de ? de : en; }
    /// "bewiesen", "möglich", "geschätzt".
    [[nodiscard]] std::string sure(Guarantee g) const;
    /// Hundredths as points: "45", "45.25" (German "45,25").
    [[nodiscard]] std::string points(std::int64_t hundredths) const;
    /// "30–45", one value when both ends agree, "–" when nothing is known.
    [[nodiscard]] std::string range(const ValueRange& r) const;
    /// The learner's scores (0-100) of a range of results at an ending: "35–60".
    [[nodiscard]] std::string scoreRange(const ValueRange& r, NodeIndex ending) const;
    [[nodiscard]] std::string count(const PlaythroughCount& c) const;
    [[nodiscard]] std::string playthroughWord(const PlaythroughCount& c) const;
    /// "1 ending", "2 endings".
    [[nodiscard]] std::string counted(std::size_t n, const char* deOne, const char* deMany, const char* enOne, const char* enMany) const;
    /// A choice's text in the report's language, on one line.
    [[nodiscard]] std::string choiceText(ChoiceIndex c) const;
    /// A whole number with thousands marked: "2.000" (German), "2,000".
    [[nodiscard]] std::string number(std::uint64_t n) const;
    /// „text“ (German) or "text", unless the text has quotation marks of its own.
    [[nodiscard]] std::string quoted(const std::string& text) const;
    /// An ending by id with its rating: "e_abschluss (gut)".
    [[nodiscard]] std::string endingName(NodeIndex ending) const;
    /// A node's place in the file.
    [[nodiscard]] FilePlace placeOf(NodeIndex node) const;
    /// A place as the loader's messages give it: "nodes[a].choices[b].if, /nodes/3/choices/1/if".
    [[nodiscard]] std::string place(const FilePlace& p) const;
    /// A run as numbered lines of the choices' texts (chance outcomes named as such).
    void pathLines(const Witness& w);

    const Scenario& m_s;
    bool m_de;
    Lang m_lang;
    std::ostringstream m_out;
};

} // namespace rapport
