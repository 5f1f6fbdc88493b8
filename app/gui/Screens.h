#pragma once
// One free function per screen and panel; each reads AppState and changes it in response to input.

#include "AppState.h"

namespace rapport::gui {

/// The whole window for one frame: the top bar, the current screen, global keys.
void drawApp(AppState& app);

/// The bar at the top: where you are, language, settings, introduction.
void drawTopBar(AppState& app);

/// Scenario cards (and what failed to load), the game in progress.
void drawStartScreen(AppState& app);
/// The one-minute introduction (first run, or on request).
void drawIntroPopup(AppState& app);
/// Role, goals, situation, people, dossier.
void drawBriefingScreen(AppState& app);
/// The conversation, choices, figure, contact cards, radar and indicators.
void drawPlayScreen(AppState& app);
/// Outcome, key moments, alternatives, principles, style, replay from any decision.
void drawDebriefScreen(AppState& app);
/// Language, text size, theme, full screen.
void drawSettingsScreen(AppState& app);
/// The "Seminar" entry: scenario (with its summary and guide) and the form, plenary or teams.
void drawSeminarSetupScreen(AppState& app);
/// The projector view of a seminar: the decision, the votes, the reveal, the consequences.
void drawSeminarScreen(AppState& app);
/// Teams and branches side by side: score, ending, path, style, radar, key moments.
void drawComparisonScreen(AppState& app);

/// F5 in the play screen: the game's choices replayed on the new version of its file (not
/// recorded as progress). Returns false, with a note on the play screen, when the file is
/// unchanged or has errors.
bool reloadWithSameChoices(AppState& app);

/// Takes an open choice in the game and lets the panels follow it.
void takeChoice(AppState& app, ChoiceIndex choice);

/// The conversation so far (lines, scene headings, the player's choices), `height` pixels tall.
void drawConversationPanel(AppState& app, float height);
/// The open choices as large numbered buttons, or the ending's buttons.
void drawChoicesPanel(AppState& app);
/// The persona figure with its mood and relationship quality, `width` pixels wide.
void drawFigurePanel(AppState& app, float width);
/// The contact card of the persona shown, with buttons to pick another.
void drawContactCards(AppState& app);
/// The radar and indicators; `withPicker` adds buttons to choose the persona (when the contact
/// cards, which have their own, are not on screen).
void drawRelationshipPanel(AppState& app, float width, bool withPicker);
/// What research and conversation have revealed so far (briefing and play).
void drawDossier(AppState& app);

/// Switches screens (and says so in the window title).
void goTo(AppState& app, Screen screen);
/// Starts a game on a library entry and opens its briefing.
void beginScenario(AppState& app, std::size_t entryIndex);
/// Changes the language everywhere, including the conversation so far.
void setLanguage(AppState& app, Lang lang);
/// Changes the text size (rebuilds the font atlas after the frame).
void setTextPercent(AppState& app, int percent);

} // namespace rapport::gui
