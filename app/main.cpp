// `rapport`: with no subcommand it opens the simulator window, with one it works in the terminal.

#include "AppOptions.h"
#include "cli/Commands.h"
#include "gui/Gui.h"
#include "rapport/core/Cite.h"

#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace {

void printHelp(std::ostream& out) {
    out << "Rapport: a simulator for building and keeping business relationships.\n\n"
           "usage: rapport [--data DIR] [COMMAND] [ARGS...]\n\n"
           "With no command, rapport opens the simulator window.\n\n"
           "commands:\n"
           "  validate PATH...   check scenario files (or folders) and report every problem\n"
           "  play SCENARIO      play a scenario in the terminal\n"
           "  analyze SCENARIO   show what a scenario can do: endings, best and worst paths, dead ends\n"
           "  graph SCENARIO     draw the scenario as a graph (Graphviz DOT or SVG) with the analyzer's findings\n"
           "  explain SCENARIO CHOICE  what the model would do with a choice: every change and factor\n"
           "  new ID             write a small scenario to start from, with notes on the format\n"
           "  seminar SCENARIO   open the window on a seminar: the whole room or 2-6 teams decide together\n"
           "  history            the runs recorded for a profile, newest first\n"
           "  export             the recorded runs as a CSV table or as xAPI statements\n"
           "  sync               send the statements of finished runs to a Learning Record Store\n"
           "  report SESSION     print a saved seminar: comparison page and handouts (--pdf, --png)\n\n"
           "options:\n"
           "  --data DIR         where scenarios/ and assets/ are (else $RAPPORT_DATA, the source tree,\n"
           "                     or the install prefix)\n"
           "  -h, --help         show this help; `rapport COMMAND --help` explains a command\n";
}

} // namespace

int main(int argc, char** argv) {
    rapport::AppOptions global;
    std::vector<std::string> args(argv + 1, argv + argc);
    std::size_t i = 0;
    while (i < args.size()) {
        if (args[i] == "--data") {
            if (i + 1 >= args.size()) {
                std::cerr << "rapport: --data needs a folder\n";
                return 2;
            }
            global.dataDir = args[i + 1];
            i += 2;
        } else if (args[i].rfind("--data=", 0) == 0) {
            global.dataDir = args[i].substr(7);
            ++i;
        } else {
            break;
        }
    }
    if (i == args.size()) return rapport::gui::runGui(global);

    const std::string command = args[i];
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
    if (command == "-h" || command == "--help" || command == "help") {
        printHelp(std::cout);
        return 0;
    }
    if (command == "validate") return rapport::cli::runValidate(global, rest);
    if (command == "play") return rapport::cli::runPlay(global, rest);
    if (command == "analyze") return rapport::cli::runAnalyze(global, rest);
    if (command == "explain") return rapport::cli::runExplain(global, rest);
    if (command == "new") return rapport::cli::runNew(global, rest);
    if (command == "graph") return rapport::cli::runGraph(global, rest);
    if (command == "seminar") return rapport::cli::runSeminar(global, rest);
    if (command == "history") return rapport::cli::runHistory(global, rest);
    if (command == "report") return rapport::cli::runReport(global, rest);
    if (command == "export") return rapport::cli::runExport(global, rest);
    if (command == "sync") return rapport::cli::runSync(global, rest);
    std::cerr << "rapport: unknown command '" << rapport::cite(command) << "' (try rapport --help)\n";
    return 2;
}
