#pragma once
// Problems found in scenario data, collected rather than thrown, so one pass reports them all.

#include "rapport/core/Vocabulary.h"

#include <string>
#include <vector>

namespace rapport {

enum class Severity : unsigned char { Warning, Error };

/// One problem: where it is (file, 1-based line and column in characters, JSON pointer) and
/// what it is, in both languages.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;   // 0 when the problem has no position (for example a missing file)
    int column = 0;
    std::string pointer; // RFC 6901 JSON pointer, "" for the whole document
    std::string path;    // the same place with ids where the file has them ("nodes[recherche].choices[profil].next"); "" if no id helps
    std::string code;    // stable kind of problem, for example "unknown-field"
    std::string messageEn;
    std::string messageDe;

    [[nodiscard]] const std::string& message(Lang lang) const { return lang == Lang::De ? messageDe : messageEn; }
};

/// `file:line:col: error|warning: message (pointer)`, as editors and compilers print it.
[[nodiscard]] std::string formatDiagnostic(const Diagnostic& d, Lang lang);

/// All diagnostics as a JSON array (for `validate --json`).
[[nodiscard]] std::string diagnosticsToJson(const std::vector<Diagnostic>& list, Lang lang);

[[nodiscard]] inline bool hasErrors(const std::vector<Diagnostic>& list) {
    for (const Diagnostic& d : list)
        if (d.severity == Severity::Error) return true;
    return false;
}

} // namespace rapport
