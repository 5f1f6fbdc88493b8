#pragma once
// The terminal subcommands of `rapport`. Each takes the arguments after its name and returns
// the process exit code; each prints its own --help.

#include <string>
#include <vector>

namespace rapport::cli {

/// Options that come before the subcommand or apply to all of them.
struct GlobalOptions {
    std::string dataDir; ///< from --data, empty if not given
};

int runValidate(const GlobalOptions& global, const std::vector<std::string>& args);
int runPlay(const GlobalOptions& global, const std::vector<std::string>& args);
int runAnalyze(const GlobalOptions& global, const std::vector<std::string>& args);
int runHistory(const GlobalOptions& global, const std::vector<std::string>& args);

} // namespace rapport::cli
