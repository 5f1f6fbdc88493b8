#pragma once
// The commands that drive a seminar session, queued by the window and the phone server alike and
// applied one by one with Session::apply. Each names what the trainer (or a voter) did; the
// session decides whether it fits the phase and answers with a SessionError.

#include "rapport/core/Scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace rapport {

/// A team of the session (the plenary has one); typed so it is never mixed up with a line.
struct TeamId {
    std::uint32_t value = 0;
    bool operator==(TeamId o) const { return value == o.value; }
    bool operator!=(TeamId o) const { return value != o.value; }
};

/// A line of play: a team's original path or one of its "what if" branches.
struct LineId {
    std::uint32_t value = 0;
    bool operator==(LineId o) const { return value == o.value; }
    bool operator!=(LineId o) const { return value != o.value; }
};

/// The trainer's actions on a vote round (the phone API's names: open, close, reveal, apply, next),
/// plus `forward` (the action that fits the phase: the presenter clicker's Page Down) and `back`
/// (one phase back; from applied it takes the move back).
enum class PhaseAction : std::uint8_t { Open, Close, Reveal, Apply, Next, Forward, Back };

/// A phase action for one team, or for every team in lockstep (those whose phase it fits).
struct PhaseCommand {
    PhaseAction action = PhaseAction::Forward;
    std::optional<TeamId> team;
    ChoiceIndex choice = kNone; ///< apply only: the trainer's pick; kNone takes the majority
};

/// Opens a "what if" branch of the team's active line at decision `round` (1 = the first) and
/// plays on there: with a choice it is taken at once (phase applied), without one the room votes
/// again (phase waiting). Without a team every team branches in lockstep.
struct Rewind {
    std::uint32_t round = 1;
    std::optional<TeamId> team;
    ChoiceIndex choice = kNone;
};

/// One voter's vote in the team's open round; a later vote of the same voter replaces it. The
/// voter is a stable pseudonym (a phone's number, "trainer"), never a secret.
struct CastVote {
    TeamId team;
    std::string voter;
    ChoiceIndex choice = kNone;
};

/// A show of hands: sets how many hands went up for one option in the team's open round.
struct SetHands {
    TeamId team;
    ChoiceIndex choice = kNone;
    std::uint32_t count = 0;
};

/// Makes a line its team's active one (switch between a branch and the original).
struct SwitchLine {
    LineId line;
};

/// Closes a branch (and the branches forked from it); its team goes back to the nearest open line.
struct CloseBranch {
    LineId line;
};

/// The trainer ends the seminar; the session accepts no command after it.
struct EndSession {};

using SessionCommand = std::variant<PhaseCommand, Rewind, CastVote, SetHands, SwitchLine, CloseBranch, EndSession>;

/// Why a command was refused (the phone API maps these to HTTP codes).
enum class SessionError : std::uint8_t {
    None,
    WrongPhase,    ///< the action does not fit the phase (409)
    UnknownTeam,
    UnknownLine,
    NotOffered,    ///< the choice is not open at this decision (400)
    BadRound,      ///< no such decision taken on the line
    BadVoter,      ///< empty or too long a voter name
    OriginalLine,  ///< a team's original line cannot be closed
    LineClosed,
    SessionEnded,
};

/// What applying a command gave: nothing refused, or the reason.
struct SessionResult {
    SessionError error = SessionError::None;
    [[nodiscard]] bool ok() const { return error == SessionError::None; }
};

/// A stable id for the error ("wrong-phase"), for logs and the phone API.
[[nodiscard]] std::string_view idOf(SessionError error);
/// The error in plain words for the trainer.
[[nodiscard]] std::string_view describe(SessionError error, Lang lang);
/// The file id of a phase action ("open", "close", ...).
[[nodiscard]] std::string_view idOf(PhaseAction action);
[[nodiscard]] std::optional<PhaseAction> phaseActionFromId(std::string_view id);

} // namespace rapport
