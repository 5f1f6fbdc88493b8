// Stands in for the simulator window in builds without it (RAPPORT_GUI=OFF, or before app/gui/
// has sources), so `rapport` with no command still explains itself instead of failing to link.

#include "Locale.h"
#include "gui/Gui.h"

#include <iostream>

namespace rapport::gui {

int runGui(const AppOptions& /*global*/, const SeminarLaunch* /*seminar*/) {
    if (systemLanguage() == Lang::De) {
        std::cout << "rapport: Diese Programmversion enthält kein Simulatorfenster – im Terminal arbeiten "
                     "Sie mit „rapport validate|play|analyze“ (Hilfe: rapport --help).\n";
    } else {
        std::cout << "rapport: this build has no simulator window – in the terminal, use "
                     "\"rapport validate|play|analyze\" (help: rapport --help).\n";
    }
    return 0;
}

} // namespace rapport::gui
