#include "ScenarioCommand.h"

#include "DataPaths.h"
#include "rapport/core/Cite.h"
#include "rapport/load/ScenarioLoader.h"

#include <iostream>

namespace rapport::cli {

std::optional<std::string> ArgCursor::value(const std::string& option) {
    if (m_index + 1 >= m_args.size()) {
        usageError(option + " needs a value");
        return std::nullopt;
    }
    return m_args[++m_index];
}

int ArgCursor::usageError(const std::string& message) const {
    std::cerr << "rapport " << m_command << ": " << message << "\n";
    return 2;
}

std::optional<int> parseScenarioArgs(const char* command, const std::vector<std::string>& args, ScenarioCommandArgs& out,
                                     void (*printHelp)(std::ostream&), const OptionHandler& own) {
    ArgCursor cursor(command, args);
    const std::string seeHelp = std::string(" (see rapport ") + command + " --help)";
    for (; cursor.m_index < args.size(); ++cursor.m_index) {
        const std::string& a = args[cursor.m_index];
        if (a == "-h" || a == "--help") {
            printHelp(std::cout);
            return 0;
        }
        if (a == "--json") {
            out.json = true;
        } else if (a == "--lang") {
            const std::optional<std::string> v = cursor.value("--lang");
            if (!v) return 2;
            out.lang = langFromId(*v);
            if (!out.lang) return cursor.usageError("--lang takes de or en, not '" + cite(*v) + "'");
        } else if (!a.empty() && a[0] == '-') {
            const std::optional<int> handled = own ? own(a, cursor) : std::optional<int>(-1);
            if (handled == -1) return cursor.usageError("unknown option '" + cite(a) + "'" + seeHelp);
            if (handled) return handled;
        } else if (out.scenario.empty()) {
            out.scenario = a;
        } else {
            return cursor.usageError("only one scenario at a time ('" + cite(a) + "' is extra)");
        }
    }
    if (out.scenario.empty() && out.needsScenario) return cursor.usageError("which scenario?" + seeHelp);
    return std::nullopt;
}

std::shared_ptr<const Scenario> loadScenarioFor(const char* command, const std::string& pathOrId, const AppOptions& global,
                                                Lang lang) {
    const std::optional<std::filesystem::path> file = resolveScenario(pathOrId, global.dataDir);
    if (!file) {
        std::cerr << "rapport " << command << ": "
                  << (lang == Lang::De ? "keine Szenario-Datei und keine bekannte Szenario-Kennung: "
                                       : "no such scenario file or bundled scenario id: ")
                  << cite(pathOrId, 200) << "\n";
        return nullptr;
    }
    const LoadResult loaded = loadScenarioFile(file->string());
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Severity::Error) std::cerr << formatDiagnostic(d, lang) << "\n";
    return loaded.ok() ? loaded.scenario : nullptr;
}

} // namespace rapport::cli
