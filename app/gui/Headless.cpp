#include "Headless.h"

#include <X11/Xlib.h>

#include <cstdlib>
#include <string_view>

namespace rapport::gui {

std::optional<std::string> whyNoWindow(Lang lang, std::shared_ptr<void>& keepOpen) {
    const bool de = lang == Lang::De;
    const char* ci = std::getenv("CI");
    if (ci != nullptr && (std::string_view(ci) == "true" || std::string_view(ci) == "1"))
        return de ? "CI=true ist gesetzt (Skriptumgebung)" : "CI=true is set (a script environment)";
    const char* display = std::getenv("DISPLAY");
    if (display == nullptr || *display == '\0') return de ? "kein Bildschirm (DISPLAY ist nicht gesetzt)" : "no display (DISPLAY is not set)";
    Display* x = XOpenDisplay(nullptr);
    if (x == nullptr)
        return (de ? "der Bildschirm " : "the display ") + std::string(display) + (de ? " lässt sich nicht öffnen" : " cannot be opened");
    keepOpen = std::shared_ptr<void>(x, [](void* d) { XCloseDisplay(static_cast<Display*>(d)); });
    return std::nullopt;
}

std::string noWindowMessage(const std::string& reason, Lang lang) {
    if (lang == Lang::De)
        return "rapport: Simulatorfenster nicht geöffnet – " + reason +
               ". Im Terminal: rapport play SZENARIO, rapport validate PFAD, rapport analyze SZENARIO (Hilfe: rapport --help).";
    return "rapport: simulator window not opened – " + reason +
           ". In the terminal: rapport play SCENARIO, rapport validate PATH, rapport analyze SCENARIO (help: rapport --help).";
}

} // namespace rapport::gui
