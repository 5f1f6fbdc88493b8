// `rapport new ID`: writes a small valid scenario that teaches the format by example (issue 21).

#include "Commands.h"
#include "Locale.h"
#include "NewScenarioTemplate.h"
#include "io/AtomicFile.h"

#include "rapport/load/ScenarioLoader.h"

#include <filesystem>
#include <iostream>
#include <optional>

namespace rapport::cli {
namespace {

void printNewHelp(std::ostream& out) {
    out << "usage: rapport new ID [--out FILE] [--lang de|en]\n\n"
           "Writes a small scenario to start from: one person, two decisions, a branch and three endings,\n"
           "every text in German and English, and \"$comment\" notes that explain each part (Rapport\n"
           "ignores them). It is valid (rapport validate --strict) and can be played to each ending.\n"
           "An existing file is never overwritten.\n\n"
           "  --out FILE     where to write it (default: ID.json in the current folder)\n"
           "  --lang de|en   language of the notes (default: from the system locale)\n\n"
           "Exit: 0 written, 1 the file exists or could not be written, 2 usage error.\n";
}

} // namespace

int runNew(const AppOptions& /*global*/, const std::vector<std::string>& args) {
    std::string id;
    std::optional<std::string> out;
    std::optional<Lang> chosen;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            printNewHelp(std::cout);
            return 0;
        }
        if ((a == "--out" || a == "--lang") && i + 1 >= args.size()) {
            std::cerr << "rapport new: " << a << " needs a value\n";
            return 2;
        }
        if (a == "--out") {
            out = args[++i];
        } else if (a == "--lang") {
            chosen = langFromId(args[++i]);
            if (!chosen) {
                std::cerr << "rapport new: --lang takes de or en, not '" << args[i] << "'\n";
                return 2;
            }
        } else if (!a.empty() && a[0] == '-') {
            std::cerr << "rapport new: unknown option '" << a << "' (see rapport new --help)\n";
            return 2;
        } else if (id.empty()) {
            id = a;
        } else {
            std::cerr << "rapport new: only one id at a time ('" << a << "' is extra)\n";
            return 2;
        }
    }
    if (id.empty()) {
        std::cerr << "rapport new: which id? (see rapport new --help)\n";
        return 2;
    }
    const Lang lang = chosen.value_or(systemLanguage());
    const bool de = lang == Lang::De;
    const std::filesystem::path file = out ? std::filesystem::path(*out) : std::filesystem::path(id + ".json");

    // The loader judges the id (and everything else): the rule lives there only.
    const std::string text = newScenarioText(id, lang);
    const LoadResult check = loadScenarioText(text, file.string());
    if (!check.ok()) {
        for (const Diagnostic& d : check.diagnostics)
            if (d.severity == Severity::Error) std::cerr << "rapport new: " << d.message(lang) << "\n";
        return 2;
    }
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) {
        std::cerr << "rapport new: "
                  << (de ? "„" + file.string() + "“ gibt es schon; nichts wurde überschrieben. Wählen Sie mit --out eine andere Datei."
                         : "'" + file.string() + "' already exists; nothing was overwritten. Choose another file with --out.")
                  << "\n";
        return 1;
    }
    const WriteResult written = writeFileAtomically(file, text);
    if (!written.ok()) {
        std::cerr << "rapport new: " << written.error << "\n";
        return 1;
    }
    std::cout << (de ? "Geschrieben: " : "Written: ") << file.string() << "\n"
              << (de ? "Weiter mit: rapport validate --strict " : "Next: rapport validate --strict ") << file.string() << "\n"
              << (de ? "            rapport play " : "      rapport play ") << file.string() << "\n";
    return 0;
}

} // namespace rapport::cli
