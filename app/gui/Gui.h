#pragma once
// The simulator window's entry point, called by main() when no command is given.

#include "AppOptions.h"
#include "phones/PhoneOptions.h"

#include "rapport/session/Session.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace rapport::gui {

/// What `rapport seminar` asks the window to open at once.
struct SeminarLaunch {
    std::shared_ptr<const Scenario> scenario;
    std::filesystem::path file; ///< where the scenario was loaded from
    SessionOptions options;     ///< the form and the teams
    std::optional<Lang> lang;   ///< --lang: overrides the window's language for this run
    std::optional<phones::PhoneOptions> phones; ///< --phones: the phone server starts with the seminar
};

/// Opens the simulator window; without a display it says so in one line and returns 0. With a
/// seminar launch it opens straight into that seminar (no introduction, no offer to resume).
int runGui(const AppOptions& global, const SeminarLaunch* seminar = nullptr);

} // namespace rapport::gui
