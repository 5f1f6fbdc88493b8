#pragma once
// What the terminal commands share for printing: the --pdf and --png options, and drawing the
// pages once per requested format and writing them atomically.

#include "ScenarioCommand.h"
#include "print/PageWriter.h"

#include <functional>
#include <optional>
#include <string>

namespace rapport::cli {

/// Where the printed pages should go; empty when not asked for.
struct PrintTargets {
    std::string pdf, png;
    [[nodiscard]] bool any() const { return !pdf.empty() || !png.empty(); }
};

/// Takes --pdf FILE and --png FILE as an OptionHandler does (nullopt taken, -1 not ours, else an exit code).
[[nodiscard]] std::optional<int> takePrintOption(const std::string& option, ArgCursor& cursor, PrintTargets& targets);

/// Draws the pages with `draw` for each requested format and writes them; names the files written
/// on stderr. False (after printing why) when a file could not be written.
[[nodiscard]] bool writePrinted(const char* command, const PrintTargets& targets, Lang lang, const print::PageHeader& header,
                                const std::function<void(print::PageWriter&)>& draw);

} // namespace rapport::cli
