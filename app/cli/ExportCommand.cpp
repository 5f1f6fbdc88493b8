// `rapport export`: the recorded runs as a CSV table for a spreadsheet, or as xAPI statements
// (JSON lines) for a Learning Record Store (docs/exports.md).

#include "Commands.h"
#include "Locale.h"
#include "PlayRecording.h"
#include "export/ExportFiles.h"
#include "io/AtomicFile.h"
#include "store/StoreMessages.h"

#include <iostream>

namespace rapport::cli {
namespace {

void printExportHelp(std::ostream& out) {
    out << "usage: rapport export (--csv FILE | --xapi FILE) [--profile NAME] [--lang de|en]\n\n"
           "Writes the runs recorded on this computer to FILE (replacing it whole; `-` writes to the\n"
           "terminal instead).\n\n"
           "  --csv FILE       a table for LibreOffice or Excel: a header row, then one row per run\n"
           "                   (date, scenario, language, score, label, result, ending, style,\n"
           "                   principles followed and violated, duration). UTF-8 with a byte-order\n"
           "                   mark; in German `;` and decimal commas, in English `,` and points.\n"
           "  --xapi FILE      xAPI 1.0.3 statements, one JSON object per line: for every finished run\n"
           "                   attempted, answered per decision, completed, passed or failed; the\n"
           "                   learner is a pseudonym. Ids are stable: exporting or sending again\n"
           "                   never duplicates a statement.\n"
           "  --profile NAME   only this profile's runs (default: every profile; for --xapi the\n"
           "                   finished seminar sessions too)\n"
           "  --lang de|en     language and number format of the table (default: from the system locale)\n\n"
           "Exit: 0 written (also when there are no runs), 2 usage error, unknown profile, the\n"
           "database cannot be read or FILE cannot be written.\n";
}

} // namespace

int runExport(const AppOptions& global, const std::vector<std::string>& args) {
    std::optional<std::string> csvFile, xapiFile, profile;
    std::optional<Lang> lang;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            printExportHelp(std::cout);
            return 0;
        }
        const bool takesValue = a == "--csv" || a == "--xapi" || a == "--profile" || a == "--lang";
        if (!takesValue || i + 1 >= args.size()) {
            std::cerr << "rapport export: " << (takesValue ? a + " needs a value" : "unknown argument '" + a + "'")
                      << " (see rapport export --help)\n";
            return 2;
        }
        const std::string& value = args[++i];
        if (a == "--csv") {
            csvFile = value;
        } else if (a == "--xapi") {
            xapiFile = value;
        } else if (a == "--profile") {
            profile = store::trimName(value);
        } else if (!(lang = langFromId(value))) {
            std::cerr << "rapport export: --lang takes de or en, not '" << value << "'\n";
            return 2;
        }
    }
    if (csvFile.has_value() == xapiFile.has_value()) {
        std::cerr << "rapport export: say what to write: --csv FILE or --xapi FILE (see rapport export --help)\n";
        return 2;
    }
    const Lang language = lang.value_or(systemLanguage());
    const bool de = language == Lang::De;
    const std::unique_ptr<store::ProgressStore> store = openStoreFor("export", language);
    if (!store) return 2;
    exports::ExportScope scope;
    scope.dataDir = global.dataDir;
    std::string bytes;
    std::size_t statements = 0;
    try {
        if (profile) {
            scope.profile = store->findProfile(*profile);
            if (!scope.profile) {
                std::cerr << "rapport export: "
                          << (de ? "kein Profil „" + *profile + "“ auf diesem Computer" : "no profile '" + *profile + "' on this computer")
                          << " (rapport history --help)\n";
                return 2;
            }
        }
        bytes = csvFile ? exports::runsCsvFile(*store, scope, language) : exports::statementsFile(*store, scope, &statements);
    } catch (const store::StoreError& e) {
        std::cerr << "rapport export: " << store::describeStoreError(e, language) << "\n";
        return 2;
    }
    const std::string& file = csvFile ? *csvFile : *xapiFile;
    if (file == "-") {
        std::cout << bytes << std::flush;
        return std::cout ? 0 : 2;
    }
    if (const WriteResult written = writeFileAtomically(file, bytes); !written.ok()) {
        std::cerr << "rapport export: " << written.error << "\n";
        return 2;
    }
    if (csvFile) {
        std::cerr << (de ? "Tabelle geschrieben: " : "Table written: ") << file << "\n";
    } else {
        std::cerr << (de ? std::to_string(statements) + " xAPI-Statements geschrieben: " : std::to_string(statements) + " xAPI statements written: ")
                  << file << "\n";
    }
    return 0;
}

} // namespace rapport::cli
