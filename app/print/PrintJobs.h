#pragma once
// One call per printout, for the window: where printouts go, and a debrief or a seminar written
// there as a PDF. The terminal's --pdf goes through the same layout (DebriefPrint, SeminarPrint).

#include "io/AtomicFile.h"
#include "rapport/report/Debrief.h"
#include "rapport/session/Comparison.h"

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>

namespace rapport::print {

/// Where the window saves printouts: $RAPPORT_PRINT_DIR, else the desktop's documents folder
/// (XDG_DOCUMENTS_DIR in ~/.config/user-dirs.dirs, else ~/Documents) with "Rapport" inside;
/// std::nullopt when HOME is not set either.
[[nodiscard]] std::optional<std::filesystem::path> printsFolder();

/// A file name in `folder` that no file has yet: "die-kaffeepause_2026-12-07_0930.pdf", then "_2".
[[nodiscard]] std::filesystem::path newPrintFile(const std::filesystem::path& folder, const std::string& title, std::time_t now);

/// Writes the printed debrief of `runner`'s playthrough to `file` (A4 PDF, at most two pages).
[[nodiscard]] WriteResult writeDebriefPdf(const std::filesystem::path& file, const Runner& runner, const Debrief& debrief, Lang lang);

/// Writes a seminar's comparison page and handouts to `file` (A4 PDF).
[[nodiscard]] WriteResult writeSeminarPdf(const std::filesystem::path& file, const Session& session, const Comparison& comparison, Lang lang);

} // namespace rapport::print
