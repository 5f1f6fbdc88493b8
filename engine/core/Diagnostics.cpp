#include "rapport/core/Diagnostics.h"

#include "rapport/core/Cite.h"

#include <nlohmann/json.hpp>

namespace rapport {

std::string formatDiagnostic(const Diagnostic& d, Lang lang) {
    // One diagnostic is one line: a file name or a key with a line break cannot forge another.
    std::string out = escapeForMessage(d.file);
    if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    out += ": ";
    if (lang == Lang::De) out += d.severity == Severity::Error ? "Fehler: " : "Warnung: ";
    else out += d.severity == Severity::Error ? "error: " : "warning: ";
    out += escapeForMessage(d.message(lang));
    if (!d.pointer.empty())
        out += " (" + escapeForMessage(d.pointer) + (d.path.empty() ? std::string() : ", " + escapeForMessage(d.path)) + ")";
    return out;
}

std::string diagnosticsToJson(const std::vector<Diagnostic>& list, Lang lang) {
    nlohmann::json array = nlohmann::json::array();
    for (const Diagnostic& d : list) {
        array.push_back({{"file", d.file},
                         {"line", d.line},
                         {"column", d.column},
                         {"pointer", d.pointer},
                         {"path", d.path},
                         {"severity", d.severity == Severity::Error ? "error" : "warning"},
                         {"code", d.code},
                         {"message", d.message(lang)}});
    }
    // Replace rather than throw if a message ever carried broken UTF-8 from a file name.
    return array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace rapport
