#pragma once
// A seminar session: one loaded scenario played by the whole room (plenary) or by 2-6 named teams
// side by side, one decision at a time. Each decision is a vote round that moves through fixed
// phases (waiting, voting, closed, revealed, applied); the trainer's window and the phone server
// drive the same session by applying commands (SessionCommands.h). "What if" branches fork a
// team's line at an earlier decision and are played beside the original. Deterministic: the same
// options and commands give the same session, and it saves and restores exactly (SessionJson.h).

#include "rapport/play/Runner.h"
#include "rapport/play/StartPoint.h"
#include "rapport/session/SessionCommands.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

/// Whether the whole room decides together or teams play side by side.
enum class SessionForm : std::uint8_t { Plenary, Teams };

/// The phases of a vote round, in the order they pass (the phone API uses these names).
enum class Phase : std::uint8_t { Waiting, Voting, Closed, Revealed, Applied, Ended };
inline constexpr int kPhaseCount = 6;

/// How the move of a round was settled.
enum class Decider : std::uint8_t { None, Majority, Tie, Trainer };

inline constexpr std::size_t kMinTeams = 2;
inline constexpr std::size_t kMaxTeams = 6;
inline constexpr std::size_t kMaxTeamNameBytes = 40;
inline constexpr std::size_t kMaxVoterBytes = 64;

/// How a session begins: its form, its teams, the seed, and what the app records about it.
struct SessionOptions {
    SessionForm form = SessionForm::Plenary;
    std::vector<std::string> teams; ///< teams mode: 2-6 distinct names; ignored in plenary
    std::uint64_t seed = 1;
    Lang lang = Lang::De;           ///< language of the runners' lines (not saved; see setLanguage)
    std::string source;             ///< where the scenario file is, for resuming; kept as given
    std::string started;            ///< when the seminar began, as the app writes it; kept as given
    std::string cut;                ///< a seminar cut's id (the scenario's `seminarCuts`): play begins there; empty: at the start
};

/// One decision put to a team on one line, with every vote cast in it.
struct VoteRound {
    LineId line;
    std::uint32_t round = 1;            ///< decision number along the line, from 1
    NodeIndex decision = kNone;
    std::vector<ChoiceIndex> offered;   ///< the open choices, in the scenario's order
    std::vector<std::uint32_t> hands;   ///< show-of-hands count per offered choice
    /// One vote per voter; a later vote of the same voter replaces the choice in place.
    std::vector<std::pair<std::string, ChoiceIndex>> votes;
    Phase phase = Phase::Voting;        ///< how far the round got
    ChoiceIndex applied = kNone;        ///< the move taken, once applied
    Decider decider = Decider::None;
};

/// How united a count was.
enum class Unity : std::uint8_t { NoVotes, Unanimous, Broad, Majority, Split };

/// The counts of a round (or of the teams at one decision) and what they settle.
struct Tally {
    std::vector<ChoiceIndex> options;  ///< the offered choices, in the scenario's order
    std::vector<std::uint32_t> counts; ///< per option
    std::uint32_t total = 0;
    std::size_t leader = 0;            ///< index of the majority; a tie goes to the first tied option
    bool tie = false;                  ///< two or more options share the highest count
    int percent = 0;                   ///< the leader's share of the total, 0-100, rounded to the nearest
    Unity unity = Unity::NoVotes;
};

/// A line of play: a team's original path, or a "what if" branch forked from another line.
struct Line {
    LineId id;
    TeamId team;
    std::optional<LineId> parent;  ///< the line it was forked from; none for a team's original
    std::uint32_t forkRound = 0;   ///< the decision at which it departs from its parent; 0 for an original
    std::uint32_t number = 0;      ///< 0 for the original, then 1, 2, ... per team
    bool closed = false;           ///< closed branches stay on record but leave the comparison
    Phase phase = Phase::Waiting;
    std::uint32_t round = 1;       ///< the current decision's number along this line
    std::optional<std::size_t> vote; ///< index into Session::rounds() of this decision's round
    std::unique_ptr<Runner> runner;
};

/// A team: its name and its lines of play.
struct Team {
    std::string name;              ///< empty in plenary
    LineId active;                 ///< the line being played now
    std::vector<LineId> lines;     ///< the original first, then the branches in the order opened
};

/// The room's seminar over one scenario. The scenario must outlive the session.
class Session {
public:
    /// Why the options cannot start a session (team count or names), in plain words; empty if fine.
    [[nodiscard]] static std::string whyInvalid(const SessionOptions& options, Lang lang);
    /// The same, and whether the scenario has the seminar cut the options name.
    [[nodiscard]] static std::string whyInvalid(const Scenario& scenario, const SessionOptions& options, Lang lang);

    /// Starts every team at the first decision, phase waiting, round 1. The options must be valid.
    Session(const Scenario& scenario, const SessionOptions& options);

    /// Applies a command. On an error nothing changes; lockstep commands change all teams or none.
    SessionResult apply(const SessionCommand& command);

    [[nodiscard]] const Scenario& scenario() const { return m_scenario; }
    [[nodiscard]] const SessionOptions& options() const { return m_options; }
    [[nodiscard]] SessionForm form() const { return m_options.form; }
    /// Counts every change applied; a driver saves or redraws when it moves.
    [[nodiscard]] std::uint64_t revision() const { return m_revision; }
    /// The trainer has ended the seminar (no command is accepted any more).
    [[nodiscard]] bool ended() const { return m_ended; }
    /// Every team's active line has reached an ending.
    [[nodiscard]] bool allEnded() const;

    [[nodiscard]] std::size_t teamCount() const { return m_teams.size(); }
    [[nodiscard]] const Team& team(TeamId id) const { return m_teams[id.value]; }
    /// The team with this exact name (the phone server resolves names here).
    [[nodiscard]] std::optional<TeamId> findTeam(std::string_view name) const;
    [[nodiscard]] const std::vector<Line>& lines() const { return m_lines; }
    [[nodiscard]] const Line& line(LineId id) const { return m_lines[id.value]; }
    [[nodiscard]] const Line& activeLine(TeamId id) const { return line(team(id).active); }
    [[nodiscard]] Phase phase(TeamId id) const { return activeLine(id).phase; }
    [[nodiscard]] std::uint32_t round(TeamId id) const { return activeLine(id).round; }
    [[nodiscard]] const Runner& runner(TeamId id) const { return *activeLine(id).runner; }
    /// Every vote round so far, on every line, in the order they were opened.
    [[nodiscard]] const std::vector<VoteRound>& rounds() const { return m_rounds; }
    /// The vote round of the line's current decision, or null before it was opened.
    [[nodiscard]] const VoteRound* currentRound(LineId id) const;

    /// The counts of a round: show of hands plus one per voter.
    [[nodiscard]] Tally tally(const VoteRound& round) const;
    /// The move a round takes when applied without a pick: the majority, a tie to the first tied.
    [[nodiscard]] ChoiceIndex majorityChoice(const VoteRound& round) const;
    /// Across the teams whose active line stands at `decision` with its vote revealed or applied:
    /// how many teams took (or will take) each option.
    [[nodiscard]] Tally teamsTally(NodeIndex decision) const;

    /// Replays every line in another language, so the lines read in it (nothing else changes).
    void setLanguage(Lang lang);

    /// For restoring a saved session (SessionJson.cpp) only: builds one from its parts.
    struct Parts;
    static std::unique_ptr<Session> fromParts(const Scenario& scenario, Parts&& parts, std::string& error);

private:
    SessionResult applyPhaseAction(PhaseAction action, std::optional<TeamId> team, ChoiceIndex choice);
    SessionResult applyRewind(const Rewind& rewind);
    SessionResult applyVote(const CastVote& vote);
    SessionResult applyHands(const SetHands& hands);
    SessionResult applySwitch(const SwitchLine& to);
    SessionResult applyCloseBranch(const CloseBranch& branch);
    /// Checks whether `action` fits line `id` now; `choice` only for apply.
    [[nodiscard]] SessionError check(PhaseAction action, const Line& line, ChoiceIndex choice) const;
    void perform(PhaseAction action, Line& line, ChoiceIndex choice);
    LineId forkLine(const Line& from, std::uint32_t round);
    [[nodiscard]] std::unique_ptr<Runner> newRunner() const;
    void settle(Line& line); ///< ends the line if its runner is at an ending or stuck

    const Scenario& m_scenario;
    SessionOptions m_options;
    StartPoint m_start; ///< where every line begins: the cut's start, else the scenario's
    std::vector<Team> m_teams;
    std::vector<Line> m_lines;
    std::vector<VoteRound> m_rounds;
    std::uint64_t m_revision = 0;
    bool m_ended = false;
};

/// What a restored session is made of (the saved file's contents, resolved to indices).
struct Session::Parts {
    SessionOptions options;
    std::uint64_t revision = 0;
    bool ended = false;
    struct SavedLine {
        TeamId team;
        std::optional<LineId> parent;
        std::uint32_t forkRound = 0, number = 0, round = 1;
        bool closed = false;
        Phase phase = Phase::Waiting;
        std::optional<std::size_t> vote;
        std::vector<ChoiceIndex> path;
        std::uint64_t stateHash = 0;
    };
    std::vector<LineId> active; ///< per team
    std::vector<SavedLine> lines;
    std::vector<VoteRound> rounds;
};

/// The file id of a phase ("waiting", "voting", ...), as the phone API names it.
[[nodiscard]] std::string_view idOf(Phase phase);
[[nodiscard]] std::optional<Phase> phaseFromId(std::string_view id);
[[nodiscard]] std::string_view idOf(Decider decider);
[[nodiscard]] std::optional<Decider> deciderFromId(std::string_view id);
[[nodiscard]] std::string_view idOf(SessionForm form);
/// A phase as the trainer reads it ("Abstimmung läuft" / "voting").
[[nodiscard]] std::string_view nameOf(Phase phase, Lang lang);
/// How united a count was, as the phone API names it ("unanimous", "broad", ...).
[[nodiscard]] std::string_view idOf(Unity unity);
/// How united a count was, in words ("einstimmig" / "unanimous").
[[nodiscard]] std::string_view nameOf(Unity unity, Lang lang);

} // namespace rapport
