#pragma once
// Everything the window remembers between frames, in plain structs: the panels read and change
// it; nothing lives in function-local statics.

#include "AuthoringView.h"
#include "Game.h"
#include "PersonaFigure.h"
#include "ScenarioLibrary.h"
#include "SeminarState.h"
#include "Settings.h"
#include "LearnerState.h"
#include "LrsPanel.h"
#include "Theme.h"

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

struct ImFont;

namespace rapport::gui {

enum class Screen : std::uint8_t { Start, Briefing, Play, Debrief, Settings, SeminarSetup, Seminar, Comparison, Progress, Authoring };

/// The three fonts of the atlas, rebuilt whenever the text size changes.
struct FontSet {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
    ImFont* large = nullptr;     ///< the projector's body text (seminar screens)
    ImFont* largeBold = nullptr; ///< the projector's headings
    ImFont* numbers = nullptr;   ///< big digits for the timer and scores, and the room code (digits, capitals, signs)
    float bodyPx = 20.0f;
    float largePx = 28.0f;
    bool projector = false; ///< the seminar's fonts are baked (else they are the body fonts)
    bool hasGermanGlyphs = false; ///< false when DejaVu Sans was not found (built-in font only)
};

/// A screen rectangle of a named control, for the smoke test to click (state dump).
struct WidgetRect {
    std::string name;
    float x = 0, y = 0, w = 0, h = 0;
};

/// Per-frame bookkeeping for redraws and the benchmark.
struct FrameStats {
    std::uint64_t frames = 0;
    std::uint64_t animatedFrames = 0;
    double animatedCpuSeconds = 0; ///< process CPU time spent in animated frames
    double animatedWallSeconds = 0;
    double startupSeconds = 0;     ///< from process start to the first frame on screen
    double startupCpuSeconds = 0;  ///< CPU time all threads used until then
};

/// What the panels tell the main loop to do after the frame (things that can't happen mid-frame).
struct Requests {
    bool rebuildFonts = false;
    bool applyTheme = false;
    bool toggleFullscreen = false;
    bool saveSettings = false;
    bool quit = false;
};

struct UiState {
    Screen screen = Screen::Start;
    Screen beforeSettings = Screen::Start;
    bool showIntro = false;
    int playTab = 0;             ///< in folded layout: which panel tab is shown
    int sideTab = 0;             ///< in the two-column layout: which side panel is shown
    int debriefTab = 0;          ///< in folded layout: which part of the debrief is shown
    int personaTab = -1;         ///< contact card chosen by the user; -1 follows the speaker
    bool scrollConversation = false;
    bool confirmLeaveGame = false;
    double now = 0;              ///< seconds since start, for animations
    bool animating = false;      ///< a panel needs another frame soon
    bool escapeTaken = false;    ///< a popup closed on Esc this frame; the screen stays
    double wakeAt = 0;           ///< a panel needs a frame at this time (a running timer); 0: none
    std::string windowTitle;
    std::string notice;          ///< a problem to show on the start screen (damaged settings, a failed save)
    std::string windowIcon;      ///< the icon file the window shows; empty when none was found
    std::vector<WidgetRect> widgets; ///< rebuilt every frame
    std::string playNote;        ///< why F5 could not reload, shown on the play screen
    std::string printNote;       ///< where the last printout went, or why it failed
    std::string printFile;       ///< the last printout written
    bool printFailed = false;
};

struct AppState {
    Settings settings;
    ScenarioLibrary library;
    std::unique_ptr<Game> game;
    std::unique_ptr<AuthoringView> authoring; ///< the authoring view's scenario and view, once opened
    std::unique_ptr<SeminarUi> seminar;        ///< the seminar in progress, if any
    SeminarSetup seminarSetup;
    std::optional<SavedSession> seminarOffer;  ///< an unfinished seminar found at start-up
    UiState ui;
    Palette palette;
    FontSet fonts;
    FigureCanvas figure;
    Requests requests;
    FrameStats stats;
    LearnerState learner; ///< profile, recording, resume and the progress screen
    std::optional<std::filesystem::path> dataDir; ///< where scenarios/ and assets/ are, if found
    /// Held by the main loop while it reads events and builds a frame, released while the frame is
    /// rendered and shown: the phones' commands are applied to the seminar in between.
    std::timed_mutex sessionLock;
    LrsPanel lrs; ///< the LRS setting and a sync in the background
};

/// Picks the text of the current language ("de" text first, like the scenario files).
[[nodiscard]] inline const char* tr(const AppState& app, const char* de, const char* en) {
    return app.settings.lang == Lang::De ? de : en;
}

} // namespace rapport::gui
