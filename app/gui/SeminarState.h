#pragma once
// What the window keeps about a seminar between frames: the engine's session (all rules live
// there), where it is saved, and the trainer's view of it (selected team, open panels, timer).

#include "rapport/session/Comparison.h"
#include "rapport/session/Session.h"
#include "rapport/session/SessionQueue.h"
#include "phones/PhoneServer.h"
#include "phones/QrCode.h"
#include "phones/QueueApplier.h"
#include "seminar/SessionFiles.h"

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace rapport::gui {

/// The discussion timer: counts down while running, can be paused and reset.
struct DiscussionTimer {
    int minutes = 2;           ///< the length set by the trainer (1-15)
    bool running = false;
    double startedAt = 0;      ///< app time when it was (re)started
    double leftAtStart = 0;    ///< seconds left when it was (re)started
    bool used = false;         ///< started at least once since the last reset
};

/// A seminar in progress in the window.
struct SeminarUi {
    // Declared before the session, which keeps a reference to it: destroyed after the session.
    std::shared_ptr<const Scenario> scenario;
    std::unique_ptr<Session> session;
    /// Commands from other threads (the phone server); the main loop applies them between frames.
    std::unique_ptr<SessionQueue> queue = std::make_unique<SessionQueue>();
    std::filesystem::path file;        ///< where every step is saved
    std::string saveError;             ///< the last failed save, shown until a save succeeds
    std::uint64_t savedRevision = 0;
    std::uint64_t attemptedRevision = 0; ///< the last revision a save was tried for (a failed one is not retried each frame)
    bool recorded = false;             ///< the ended seminar is in the progress store (or there is nowhere to record it)
    std::string refused;               ///< why the last command was refused, until the next one works
    TeamId selected;                   ///< the team shown large
    int personaTab = -1;               ///< the radar's persona chosen by the trainer; -1 follows the scene
    double changedAt = -1;             ///< when the latest move was applied (the radar eases in)
    bool whatIfOpen = false;
    std::uint32_t whatIfRound = 0;     ///< 0 while the trainer picks the decision
    bool guideOpen = false;
    bool questionsShown = false;       ///< discussion questions on the projector
    DiscussionTimer timer;
    std::optional<Comparison> comparison; ///< rebuilt when the session's revision moves
    std::uint64_t comparisonRevision = 0;
    int comparePersona = -1;
    /// The phones (issue 17): how they listen when turned on, why they could not, the QR code of
    /// the join address, and how many had joined at the last frame (a join redraws the projector).
    phones::PhoneOptions phoneOptions;
    std::string phonesError;
    phones::QrCode phonesQr;
    std::size_t phonesSeen = 0;
    /// Declared after the session and the queue, so it is stopped (its threads joined) before they go.
    std::unique_ptr<phones::PhoneServer> phones;
    /// Applies the phones' commands while the window renders; declared last, stopped first.
    std::unique_ptr<phones::QueueApplier> phoneApplier;
};

/// The "Seminar" entry's form on the start screen.
struct SeminarSetup {
    std::size_t entry = 0;             ///< the library entry chosen
    bool teams = false;
    int teamCount = 2;
    std::array<std::array<char, 48>, 6> names{}; ///< edited in place by ImGui
    std::string cut;                   ///< the seminar cut chosen; empty: the whole scenario
    std::string error;
    bool initialised = false;
};

} // namespace rapport::gui
