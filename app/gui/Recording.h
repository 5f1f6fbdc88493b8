#pragma once
// The window and the progress store: opening the database, the learner's profile (or guest mode),
// recording the game in progress decision by decision, continuing an unfinished run, and the
// progress screen's data. The rules of recording live in app/store; this only drives them.

#include "AppState.h"

namespace rapport::gui {

/// Opens the database at its usual place. Safe on the loading thread before the first frame.
void openLearnerStore(LearnerState& learner, Lang lang);

/// Picks the profile remembered in the settings, or (when `mayAsk`) opens the profile dialog:
/// first start, the remembered profile is gone, or the learner was a guest last time.
void chooseStartProfile(AppState& app, bool mayAsk);

/// Chooses a profile (recording from now on) or guest mode (none); remembers it in the settings.
void chooseProfile(AppState& app, std::optional<store::ProfileId> profile, const std::string& name);

/// Opens the "who is playing?" dialog; `firstStart` makes a choice necessary.
void openProfileDialog(AppState& app, bool firstStart);

/// Deletes a profile with all its runs; a guest from now on if it was the current one.
void deleteProfile(AppState& app, store::ProfileId profile);

/// After every frame: records the game's new decisions and commits them.
void recordFrame(AppState& app, double now);

/// Once the trainer has ended the seminar: keeps it in the progress store (teams, votes, results),
/// unless guest mode was chosen or there is no database. Once per seminar.
void recordEndedSeminar(AppState& app);

/// While the window is idle: copies the database's log into its file.
void learnerIdle(AppState& app, double now);

/// The profile's newest unfinished run, unless it is the game already open; null if none.
[[nodiscard]] const store::StoredRun* runToContinue(AppState& app);

/// Continues a stored run in the window (its scenario from the library, its choices replayed)
/// and opens the conversation. On failure says why in learner.resumeError and returns false.
bool continueStoredRun(AppState& app);

/// Reads the progress screen's data (timed) and opens the screen.
void openProgressScreen(AppState& app);

/// After a frame is on screen: the time from the progress screen's opening to its first frame.
void noteFrameShown(AppState& app);

/// The title of a scenario id in the library, else the id itself.
[[nodiscard]] std::string scenarioTitle(const AppState& app, const std::string& scenarioId);

/// Whether a modal window (introduction, profile dialog) has the keyboard.
[[nodiscard]] bool modalOpen(const AppState& app);

/// The "who is playing?" dialog, when open.
void drawProfileDialog(AppState& app);

/// The progress screen: scores over time, principles, best runs, what to practise next.
void drawProgressScreen(AppState& app);

} // namespace rapport::gui
