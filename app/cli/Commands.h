#pragma once
// The terminal subcommands of `rapport`. Each takes the arguments after its name and returns
// the process exit code; each prints its own --help.

#include "AppOptions.h"

#include <string>
#include <vector>

namespace rapport::cli {

/// `rapport validate`: checks scenario files and folders, printing every problem.
int runValidate(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport play`: plays a scenario in the terminal, asking or following --choices.
int runPlay(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport analyze`: what a scenario can do (endings, best and worst paths, dead ends).
int runAnalyze(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport seminar`: opens the window straight into a seminar on a scenario.
int runSeminar(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport report`: the printed pages of a saved seminar (comparison and handouts) as PDF or PNG.
int runReport(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport history`: the runs recorded for a profile, newest first, as lines or JSON.
int runHistory(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport export`: the recorded runs as a CSV table or as xAPI statements (JSON lines).
int runExport(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport sync`: sends waiting xAPI statements to the configured LRS; --status, --configure.
int runSync(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport explain`: what the model would do with a choice, factor by factor.
int runExplain(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport new`: writes a small valid scenario that teaches the format by example.
int runNew(const AppOptions& global, const std::vector<std::string>& args);
/// `rapport graph`: the scenario as a graph (Graphviz DOT, or SVG through Graphviz).
int runGraph(const AppOptions& global, const std::vector<std::string>& args);

} // namespace rapport::cli
