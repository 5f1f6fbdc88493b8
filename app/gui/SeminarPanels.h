#pragma once
// The panels of the seminar's projector screen, shared by its files: the decision with its
// options (votes, reveal, consequences), the relationship side panel, the lines of a team side
// by side, and the trainer's popups (what if, guide) and timer.

#include "Seminar.h"

#include <string_view>

namespace rapport::gui {

/// A heading in the projector's bold font.
void largeHeading(AppState& app, std::string_view text);
/// A section heading in the projector's bold font and the accent colour, with a rule.
void largeSection(AppState& app, std::string_view text);

/// The situation (the scene's lines up to the decision) and the options as large cards, drawn
/// as the phase allows: plain while waiting, with hands or team picks while voting, with the
/// distribution once revealed, with the move and its consequences once applied.
void drawDecisionPanel(AppState& app, float width);

/// The relationship of the scene's person (radar, result when not hidden) and, when the team has
/// branches, its lines side by side; the discussion questions when shown.
void drawSeminarSidePanel(AppState& app, float width);

/// The discussion timer in the header: set, start, pause; big digits while it runs.
void drawTimer(AppState& app);
/// Starts or pauses the discussion timer.
void toggleTimer(AppState& app);
/// Seconds left on the timer now.
[[nodiscard]] double timerLeft(const AppState& app);

/// The phones: QR code, join address and room code, large; phones joined and votes counted.
void drawPhonesPanel(AppState& app, float width);
/// Turns the phones on (as last configured: port 8765 or the next free one, all addresses) or off.
void togglePhones(AppState& app);

/// "What if": pick an earlier decision, then another option (or a new vote) for a branch.
void drawWhatIfPopup(AppState& app);
/// The scenario's trainer guide, when it has one.
void drawGuidePopup(AppState& app);

/// A change in whole points, rounded ("+3", "-2", "±0"): no decimals in front of the room.
[[nodiscard]] std::string wholeChange(std::int64_t hundredths);
/// Draws a whole-point change inline, coloured good or bad.
void wholeBadge(const AppState& app, std::int64_t hundredths);

/// The numbers 1-9 pressed this frame (with the keypad), or 0.
[[nodiscard]] int digitPressed();

/// The option's text as offered at the line's decision `round` (1-based).
[[nodiscard]] std::string optionText(const AppState& app, const Line& line, std::uint32_t round, ChoiceIndex choice);

} // namespace rapport::gui
