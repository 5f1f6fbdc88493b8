#pragma once
// What a participant's phone and the trainer's remote may see of a session, in one language: a
// team's current decision (the situation, the question, the options), how many have voted but not
// what, and only from the reveal on the distribution; once the move is played, the move, what it
// did to the relationships and why, and the scenes it led into. The rule of what stays hidden
// lives here, so every driver (the phone server, the tests) shows the same.

#include "rapport/session/Session.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

/// A line of the scenario as shown: who speaks (empty for narration) and what.
struct ViewLine {
    std::string speaker;
    std::string text;
};

/// One option of a decision, with its id (the phone API's choice id) and its text.
struct OptionView {
    ChoiceIndex choice = kNone;
    std::string id;
    std::string text;
};

/// The distribution of a round, visible from `revealed` on.
struct RevealView {
    std::vector<std::uint32_t> counts; ///< per option, in the options' order
    std::uint32_t total = 0;
    std::size_t leader = 0;            ///< the option the majority (or the tie rule) takes
    bool tie = false;
    int percent = 0;                   ///< the leader's share, 0-100
    Unity unity = Unity::NoVotes;
};

/// The move taken, visible once it is played: why it was taken, what happened, what it did.
struct MoveView {
    std::size_t option = 0;            ///< index into DecisionView::options
    Decider decider = Decider::None;
    std::string feedback;              ///< the author's word on the choice, if any
    std::vector<std::string> reasons;  ///< what it did to the relationships and why, one sentence each
    std::vector<ViewLine> happened;    ///< the scenes it led into (up to the next decision's question)
};

/// A team's current decision as its phones see it.
struct DecisionView {
    TeamId team;
    std::string teamName;              ///< empty in plenary
    LineId line;
    std::uint32_t branch = 0;          ///< 0 on the team's original line, else the "what if" number
    Phase phase = Phase::Waiting;
    std::uint32_t round = 1;
    std::string title;                 ///< the scenario's title
    std::string scene;                 ///< where the decision takes place, if the scenario says
    std::vector<ViewLine> situation;   ///< what led to the decision since the last one
    std::vector<ViewLine> prompt;      ///< the decision's own question
    std::vector<OptionView> options;   ///< offered in the round, or open now while waiting
    std::uint32_t voted = 0;           ///< votes and hands so far: how many, never what
    std::optional<RevealView> reveal;  ///< from `revealed` on
    std::optional<MoveView> move;      ///< from `applied` on (and at the end, the last move)
    bool ended = false;                ///< the team's line reached an ending
    bool sessionEnded = false;         ///< the trainer ended the seminar
};

/// Builds what the team's phones see now, in `lang` (independent of the session's own language).
[[nodiscard]] DecisionView decisionView(const Session& session, TeamId team, Lang lang);

/// The voter's vote in the team's current round, or kNone (no round open, or no vote yet).
[[nodiscard]] ChoiceIndex voteOf(const Session& session, TeamId team, std::string_view voter);

/// A team as the trainer's remote lists it: where it stands, its path and its score.
struct TeamSummary {
    TeamId team;
    std::string name;                  ///< empty in plenary
    LineId line;
    std::uint32_t branch = 0;
    Phase phase = Phase::Waiting;
    std::uint32_t round = 1;
    std::vector<std::string> path;     ///< the choice ids taken, in order
    std::int64_t score = 0;            ///< comparisonScore, hundredths
    std::uint32_t voted = 0;
};

/// Every team's summary, in the teams' order.
[[nodiscard]] std::vector<TeamSummary> teamSummaries(const Session& session);

} // namespace rapport
