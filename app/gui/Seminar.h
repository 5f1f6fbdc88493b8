#pragma once
// The window's side of a seminar: starting, resuming and driving the engine's session. Every
// trainer action becomes a SessionCommand applied here, and every applied step is saved at once.

#include "AppState.h"

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>

namespace rapport::gui {

/// Starts a seminar on a loaded scenario and shows it. Returns why not (invalid teams), else "".
std::string startSeminar(AppState& app, std::shared_ptr<const Scenario> scenario, const std::filesystem::path& scenarioFile,
                         SessionOptions options);

/// Restores a saved seminar (its scenario from the library or its recorded file) and shows it.
/// Returns why not, else "".
std::string resumeSeminar(AppState& app, const SavedSession& saved);

/// Applies a command to the seminar and saves the result; a refusal is kept for the screen.
/// Returns true when the command was applied.
bool seminarCommand(AppState& app, const SessionCommand& command);

/// Records the trainer's click (or key) for a team's choice, then shows the next team that has not
/// voted yet.
void recordTeamChoice(AppState& app, TeamId team, ChoiceIndex choice);

/// Applies the commands other threads queued (the phone server) and saves the session if any
/// changed it; returns true when something was applied (the window then draws a frame).
bool applyQueuedCommands(AppState& app);

/// Turns the seminar's phones on: starts the phone server over the session and prints the join
/// address, the room code and the trainer's PIN on standard output. Returns why not, else "".
std::string startPhones(AppState& app, phones::PhoneOptions options);

/// Turns the phones off (every phone's stream ends; the seminar goes on).
void stopPhones(AppState& app);

/// Publishes the session to the phones when it changed and saves what their commands changed;
/// returns true when phones joined or voted since the last call (the projector's counts need a frame).
bool updatePhones(AppState& app);

/// The team whose line the screen shows (the selected one, kept in range).
[[nodiscard]] TeamId shownTeam(const AppState& app);

/// The comparison of the seminar's lines, rebuilt when the session changed.
[[nodiscard]] const Comparison& seminarComparison(AppState& app);

/// A team's display name: its name in teams mode, "Plenum" / "Plenary" otherwise.
[[nodiscard]] std::string teamName(const AppState& app, TeamId team);

/// A line's display name: the team's name, and "Variante N (ab Entscheidung K)" for a branch.
[[nodiscard]] std::string lineName(const AppState& app, LineId line);

/// The start screen's seminar row: the entry to a new seminar (key S), the seminar in progress,
/// or the offer to continue one that was not ended.
void drawSeminarEntry(AppState& app);

/// The seminar's part of the state dump (for the smoke test).
void describeSeminar(const AppState& app, std::ostream& out);

} // namespace rapport::gui
