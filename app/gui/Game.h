#pragma once
// A game in progress: the scenario version it started with, the engine's runner, and what the
// window needs to animate the latest move. All rules stay in the engine; this only drives it.

#include "rapport/report/Debrief.h"
#include "rapport/play/Runner.h"
#include "ScenarioLibrary.h"

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace rapport::gui {

/// Points (0-100) of the six dimensions, as the radar draws them.
using DimPoints = std::array<float, kDimensionCount>;

/// How long the radar and indicators take to move to a new value, in seconds.
inline constexpr double kAnimationSeconds = 0.9;

struct Game {
    // Declared before the runner, which keeps a reference to it: destroyed after the runner.
    std::shared_ptr<const Scenario> scenario;
    std::unique_ptr<Runner> runner;
    std::filesystem::path path;
    int version = 0;            ///< the library's load count when the game started
    bool newerVersion = false;  ///< the file has changed on disk since
    bool started = false;       ///< the player has left the briefing
    std::vector<DimPoints> shownFrom;    ///< per persona: values when the animation began
    std::vector<float> pressureFrom;     ///< per persona, points
    double animStart = -1.0;
    std::size_t latestFirstChange = 0;   ///< the latest move's changes start here in the log
    std::optional<Debrief> debrief;      ///< built once at the ending (or on demand)
    std::uint64_t serial = 0;            ///< unique per game in this process (the recorder follows it)
    /// A reload replayed the choices on a newer version of the file: an author trying the file
    /// out, never recorded as the learner's progress.
    bool reloaded = false;
    std::size_t replayedChoices = 0;     ///< reloaded: how many of the earlier choices could be taken again
    std::size_t wantedChoices = 0;       ///< reloaded: how many there were
    std::string stoppedAtChoice;         ///< reloaded: the first choice id that is not open any more
};

/// Starts a game on the entry's current version. Returns null if the entry has no usable scenario.
[[nodiscard]] std::unique_ptr<Game> startGame(const ScenarioEntry& entry, Lang lang);

/// Starts a game on the entry's current version and takes `old`'s choices again, by id, as far
/// as they are open (same seed). The new game is marked as reloaded (not recorded). Null if the
/// entry has no usable scenario.
[[nodiscard]] std::unique_ptr<Game> reloadGame(const Game& old, const ScenarioEntry& entry, Lang lang);

/// Takes an open choice and starts the animation of its effects.
void chooseInGame(Game& game, ChoiceIndex choice, double now);

/// Goes back to the decision before choice number `step` (replay from there).
void rewindGame(Game& game, std::size_t step, double now);

/// Replays the same choices in another language, so the whole conversation reads in it.
void relanguageGame(Game& game, Lang lang);

/// The dimension values to draw now (between the old and the new values while animating).
[[nodiscard]] DimPoints shownDims(const Game& game, PersonaIndex persona, double now);
/// The pressure to draw now, in points.
[[nodiscard]] float shownPressure(const Game& game, PersonaIndex persona, double now);
/// 0..1 progress of the current animation, 1 when settled.
[[nodiscard]] float animationProgress(const Game& game, double now);

/// The persona the scene is about: the speaker, else whom the open choices address, else the
/// latest speaker, else the first persona.
[[nodiscard]] PersonaIndex focusPersona(const Game& game);

/// The latest move's changes that a learner should see (no authors' variables), as log indices.
[[nodiscard]] std::vector<std::size_t> latestChanges(const Game& game);

/// The debrief of the game so far, built on first use after each move.
[[nodiscard]] const Debrief& debriefOf(Game& game);

/// Values of the persona's dimensions in a state, in points.
[[nodiscard]] DimPoints dimPoints(const PersonaState& persona);

} // namespace rapport::gui
