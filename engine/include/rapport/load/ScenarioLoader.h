#pragma once
// Reads a scenario file and reports every problem in one pass.

#include "rapport/core/Diagnostics.h"
#include "rapport/core/Scenario.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

/// Bounds on what a file may ask of the loader; within them loading takes time and memory in
/// proportion to the file.
struct LoadLimits {
    std::size_t maxFileBytes = 64u * 1024u * 1024u;
    int maxDepth = 64;               ///< nesting of lists and objects
    std::size_t maxDiagnostics = 200; ///< problems reported in full; a last one counts the others
    bool lintTexts = false;           ///< also warn about how texts read (rapport validate's text linter)
};

/// The outcome of loading: the scenario (null when an error made it unusable) and every problem.
struct LoadResult {
    std::shared_ptr<const Scenario> scenario;
    std::vector<Diagnostic> diagnostics;
    /// Problems past LoadLimits::maxDiagnostics: counted, not described (the last diagnostic,
    /// code "more-problems", says how many).
    std::size_t moreErrors = 0;
    std::size_t moreWarnings = 0;

    [[nodiscard]] bool ok() const { return scenario != nullptr && !hasErrors(diagnostics); }
};

/// Loads a scenario from a file path. Never throws for bad data or IO problems: they become
/// diagnostics. The scenario is shared so that many runner states and windows can hold it.
[[nodiscard]] LoadResult loadScenarioFile(const std::string& path, const LoadLimits& limits = {});

/// Loads a scenario from text already in memory; `fileName` is used in diagnostics.
[[nodiscard]] LoadResult loadScenarioText(std::string_view text, const std::string& fileName,
                                          const LoadLimits& limits = {});

} // namespace rapport
