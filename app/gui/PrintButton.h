#pragma once
// "Print / save as PDF" in the debrief and the seminar's comparison: writes the printed pages
// (app/print/) into the printouts folder and says where, so they can be printed from there.

#include "AppState.h"
#include "io/AtomicFile.h"

#include <filesystem>
#include <functional>
#include <string>

namespace rapport::gui {

/// The button and, after a click, where the PDF went (or why not). `write` writes the PDF to the
/// file it is given; `title` names the file.
/// The print button's label in the window's language (for laying out a row around it).
[[nodiscard]] const char* printButtonLabel(const AppState& app);

void drawPrintButton(AppState& app, const char* name, const std::string& title,
                     const std::function<WriteResult(const std::filesystem::path&)>& write);

} // namespace rapport::gui
