// `rapport validate [--strict] [--json] [--lang de|en] PATH...`: checks scenario files and
// prints every problem as file:line:col, then a summary.

#include "Commands.h"

#include "DataPaths.h"
#include "Locale.h"
#include "ScenarioFiles.h"
#include "rapport/core/Cite.h"
#include "rapport/load/ScenarioLoader.h"

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace rapport::cli {
namespace {

namespace fs = std::filesystem;

void printValidateHelp(std::ostream& out, Lang lang) {
    if (lang == Lang::De) {
        out << "Aufruf: rapport validate [--strict] [--json] [--lang de|en] PFAD...\n\n"
               "Prüft Szenario-Dateien und meldet jedes Problem auf einmal, als\n"
               "  datei:zeile:spalte: Fehler|Warnung: Meldung (JSON-Zeiger)\n"
               "PFAD ist eine Datei oder ein Ordner; Ordner werden rekursiv nach *.json durchsucht\n"
               "(ohne *.schema.json).\n\n"
               "Optionen:\n"
               "  --strict        Warnungen zählen als Fehler\n"
               "  --json          Meldungen als JSON-Liste ausgeben (die Zusammenfassung geht nach stderr)\n"
               "  --lang de|en    Sprache der Meldungen (Standard: aus der Systemsprache)\n"
               "  -h, --help      diese Hilfe\n\n"
               "Rückgabewert: 0 ohne Fehler (Warnungen erlaubt), 1 bei Fehlern,\n"
               "2 bei falschem Aufruf oder wenn ein Pfad fehlt oder nicht lesbar ist.\n";
        return;
    }
    out << "usage: rapport validate [--strict] [--json] [--lang de|en] PATH...\n\n"
           "Checks scenario files and reports every problem at once, as\n"
           "  file:line:col: error|warning: message (JSON pointer)\n"
           "PATH is a file or a folder; folders are searched recursively for *.json\n"
           "(except *.schema.json).\n\n"
           "options:\n"
           "  --strict        count warnings as errors\n"
           "  --json          print the diagnostics as a JSON list (the summary goes to stderr)\n"
           "  --lang de|en    language of the messages (default: from the system locale)\n"
           "  -h, --help      show this help\n\n"
           "exit status: 0 with no errors (warnings allowed), 1 with errors,\n"
           "2 for usage errors or a path that is missing or unreadable.\n";
}

// The scenario files of a folder; a folder that cannot be read completely is a problem to report.
std::vector<std::string> filesIn(const std::string& folder, std::vector<Diagnostic>& problems) {
    std::error_code ec;
    std::vector<std::string> files;
    for (const fs::path& file : listScenarioFiles(folder, ec)) files.push_back(file.string());
    if (ec) {
        Diagnostic d;
        d.file = folder;
        d.code = "io-unreadable";
        d.messageEn = "The folder cannot be read completely: " + ec.message() + ".";
        d.messageDe = "Der Ordner lässt sich nicht vollständig lesen: " + ec.message() + ".";
        problems.push_back(std::move(d));
    }
    return files;
}

bool isIoProblem(const Diagnostic& d) { return d.code.rfind("io-", 0) == 0 && d.code != "io-folder"; }

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

int runValidate(const AppOptions& global, const std::vector<std::string>& args) {
    Lang lang = systemLanguage();
    bool strict = false;
    bool json = false;
    std::vector<std::string> paths;
    // The language is read first so that usage errors already speak it.
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) {
            if (auto l = langFromId(args[i + 1])) lang = *l;
        } else if (args[i].rfind("--lang=", 0) == 0) {
            if (auto l = langFromId(args[i].substr(7))) lang = *l;
        }
    }
    const auto usage = [&](const std::string& en, const std::string& de) {
        std::cerr << "rapport validate: " << (lang == Lang::De ? de : en) << "\n"
                  << (lang == Lang::De ? "Hilfe: rapport validate --help\n" : "see: rapport validate --help\n");
        return 2;
    };
    bool optionsDone = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (optionsDone || a.empty() || a[0] != '-' || a == "-") {
            paths.push_back(a);
        } else if (a == "--") {
            optionsDone = true;
        } else if (a == "-h" || a == "--help") {
            printValidateHelp(std::cout, lang);
            return 0;
        } else if (a == "--strict") {
            strict = true;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--lang" || a.rfind("--lang=", 0) == 0) {
            const std::string value = a == "--lang" ? (i + 1 < args.size() ? args[++i] : "") : a.substr(7);
            if (!langFromId(value))
                return usage("--lang takes de or en, not '" + cite(value) + "'", "--lang erwartet de oder en, nicht „" + cite(value) + "“");
        } else {
            return usage("unknown option '" + cite(a) + "'", "unbekannte Option „" + cite(a) + "“");
        }
    }
    if (paths.empty()) return usage("name at least one scenario file or folder", "nennen Sie mindestens eine Szenario-Datei oder einen Ordner");

    std::vector<Diagnostic> all;
    std::size_t filesChecked = 0;
    std::size_t moreErrors = 0;
    std::size_t moreWarnings = 0;
    for (const std::string& path : paths) {
        std::error_code ec;
        std::vector<std::string> files;
        if (fs::is_directory(path, ec)) {
            files = filesIn(path, all);
        } else if (!fs::exists(path, ec)) {
            // Not a path: perhaps the id of a bundled scenario, as play and analyze accept.
            const std::optional<fs::path> bundled = resolveScenario(path, global.dataDir);
            files.push_back(bundled ? bundled->string() : path);
        } else {
            files.push_back(path);
        }
        for (const std::string& file : files) {
            LoadLimits limits;
            limits.lintTexts = true;
            LoadResult result = loadScenarioFile(file, limits);
            ++filesChecked;
            // Problems past the report's cap count as what they are (the note itself does not).
            moreErrors += result.moreErrors + (strict ? result.moreWarnings : 0);
            moreWarnings += strict ? 0 : result.moreWarnings;
            for (Diagnostic& d : result.diagnostics) {
                if (strict) d.severity = Severity::Error;
                all.push_back(std::move(d));
            }
        }
    }
    std::size_t errors = moreErrors;
    std::size_t warnings = moreWarnings;
    bool io = false;
    for (const Diagnostic& d : all) {
        if (d.code == "more-problems") continue;
        if (d.severity == Severity::Error) ++errors;
        else ++warnings;
        io = io || isIoProblem(d);
    }
    std::ostream& summaryOut = json ? std::cerr : std::cout;
    if (json) {
        std::cout << diagnosticsToJson(all, lang) << "\n";
    } else {
        for (const Diagnostic& d : all) std::cout << formatDiagnostic(d, lang) << "\n";
    }
    if (lang == Lang::De)
        summaryOut << plural(filesChecked, "Datei", "Dateien") << " geprüft: " << plural(errors, "Fehler", "Fehler")
                   << ", " << plural(warnings, "Warnung", "Warnungen") << (strict ? " (--strict)" : "") << "\n";
    else
        summaryOut << plural(filesChecked, "file", "files") << " checked: " << plural(errors, "error", "errors") << ", "
                   << plural(warnings, "warning", "warnings") << (strict ? " (--strict)" : "") << "\n";
    if (io) return 2;
    return errors > 0 ? 1 : 0;
}

} // namespace rapport::cli
