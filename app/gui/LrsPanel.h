#pragma once
// The window's setting for a Learning Record Store (docs/exports.md): endpoint, key and secret as
// `rapport sync --configure` keeps them, and "send now", which runs the same sync as `rapport sync`
// on a thread of its own (with its own connection to the database) so the window never waits.

#include "lrs/StatementSync.h"

#include <array>
#include <future>
#include <optional>
#include <string>

namespace rapport::gui {

struct AppState;

/// What the settings screen keeps about the LRS between frames.
struct LrsPanel {
    bool loaded = false;             ///< the fields were filled from the settings file
    std::array<char, 512> endpoint{};
    std::array<char, 256> key{};
    std::array<char, 256> secret{};  ///< shown as dots; never written anywhere but the 0600 file
    bool fromEnvironment = false;    ///< RAPPORT_LRS_* override what is typed here
    std::string message;             ///< the outcome of the last save or sync, in the learner's language
    std::string shownMessage;        ///< the message last scrolled into view
    std::optional<store::QueueCounts> counts;
    std::future<lrs::SyncOutcome> sending; ///< a sync in progress
};

/// Draws the LRS section of the settings screen.
void drawLrsSettings(AppState& app);

/// Starts a sync in the background if an LRS is configured and none is running (the window calls
/// it at start-up, so statements that waited while the LRS was unreachable go out by themselves).
void startLrsSync(AppState& app, bool quiet);

/// Collects a finished background sync; call once per frame.
void pollLrsSync(AppState& app);

} // namespace rapport::gui
