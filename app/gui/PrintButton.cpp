#include "PrintButton.h"

#include "Widgets.h"

#include "print/PrintJobs.h"

#include <ctime>

namespace rapport::gui {

const char* printButtonLabel(const AppState& app) { return tr(app, "Drucken / als PDF speichern", "Print / save as PDF"); }

void drawPrintButton(AppState& app, const char* name, const std::string& title,
                     const std::function<WriteResult(const std::filesystem::path&)>& write) {
    if (namedButton(app, printButtonLabel(app), name)) {
        const std::optional<std::filesystem::path> folder = print::printsFolder();
        if (!folder) {
            app.ui.printNote = tr(app, "Kein Ordner für Ausdrucke: HOME ist nicht gesetzt.", "No folder for printouts: HOME is not set.");
            app.ui.printFailed = true;
        } else {
            const std::filesystem::path file = print::newPrintFile(*folder, title, std::time(nullptr));
            const WriteResult r = write(file);
            app.ui.printFailed = !r.ok();
            app.ui.printNote = r.ok() ? std::string(tr(app, "Gespeichert: ", "Saved: ")) + file.string() : r.error;
            app.ui.printFile = r.ok() ? file.string() : std::string();
        }
    }
    if (!app.ui.printNote.empty()) colouredWrapped(app.ui.printFailed ? app.palette.bad : app.palette.good, app.ui.printNote);
}

} // namespace rapport::gui
