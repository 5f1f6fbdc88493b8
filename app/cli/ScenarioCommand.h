#pragma once
// What `rapport play` and `rapport analyze` share: one SCENARIO argument, --lang, --json, --help,
// and loading the scenario with its errors printed. Each command adds its own options.

#include "Commands.h"

#include "rapport/core/Scenario.h"

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rapport::cli {

struct ScenarioCommandArgs {
    std::string scenario;
    std::optional<Lang> lang;
    bool json = false;
    bool needsScenario = true; ///< false once an option makes SCENARIO unnecessary (play --resume)
};

/// Walks the arguments; a command's own options take their value through `value()`.
class ArgCursor {
public:
    ArgCursor(const char* command, const std::vector<std::string>& args) : m_command(command), m_args(args) {}
    /// The next argument's value for `option`; prints the problem and returns nullopt if there is none.
    std::optional<std::string> value(const std::string& option);
    /// Prints "rapport COMMAND: message" to stderr; returns the usage exit code 2.
    int usageError(const std::string& message) const;

private:
    friend std::optional<int> parseScenarioArgs(const char*, const std::vector<std::string>&, ScenarioCommandArgs&,
                                                void (*)(std::ostream&),
                                                const std::function<std::optional<int>(const std::string&, ArgCursor&)>&);
    const char* m_command;
    const std::vector<std::string>& m_args;
    std::size_t m_index = 0;
};

/// Handles a command-specific option: returns nullopt when it took the option, an exit code to
/// stop, or -1 when the option is not the command's.
using OptionHandler = std::function<std::optional<int>(const std::string& option, ArgCursor& cursor)>;

/// Parses the shared options and the command's own; returns an exit code when the command should
/// stop now (0 after --help, 2 for a usage error).
[[nodiscard]] std::optional<int> parseScenarioArgs(const char* command, const std::vector<std::string>& args,
                                                   ScenarioCommandArgs& out, void (*printHelp)(std::ostream&),
                                                   const OptionHandler& own);

/// Finds (path or bundled id) and loads the scenario, printing every error; null on failure.
[[nodiscard]] std::shared_ptr<const Scenario> loadScenarioFor(const char* command, const std::string& pathOrId,
                                                              const AppOptions& global, Lang lang);

} // namespace rapport::cli
