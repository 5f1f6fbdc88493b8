#pragma once
// The seminar's comparison: per team (or branch) the score, ending, path, style and relationship
// values, where the paths first parted and what each chose there, and the key moments of each.

#include "rapport/report/Debrief.h"
#include "rapport/session/Session.h"

#include <cstdint>
#include <vector>

namespace rapport {

/// The number the comparison shows for a line: the learner's score (model/Score.h) of the line's
/// result so far, in hundredths (0-10000, always whole points).
[[nodiscard]] std::int64_t comparisonScore(const Runner& runner);

/// One team's line or branch, compared.
struct ComparisonEntry {
    LineId line;
    TeamId team;
    std::uint32_t number = 0;     ///< 0 for a team's original line, else the branch number
    std::uint32_t forkRound = 0;  ///< where a branch departs from its parent
    bool finished = false;
    NodeIndex ending = kNone;
    Rating rating = Rating::Unrated;
    std::int64_t score = 0, startScore = 0; ///< hundredths
    std::vector<ChoiceIndex> path;
    Debrief debrief;              ///< style, each relationship from start to end, key moments
};

/// Where two entries' paths first differ: both stood at `decision` and chose differently. When
/// one path is the start of the other, they never parted (round 0).
struct Parting {
    std::size_t a = 0, b = 0;     ///< indices into Comparison::entries
    std::uint32_t round = 0;
    NodeIndex decision = kNone;
    ChoiceIndex choiceA = kNone, choiceB = kNone;
};

/// The whole comparison: the entries side by side and where each pair parted.
struct Comparison {
    std::vector<ComparisonEntry> entries; ///< teams in order, each team's original before its branches
    std::vector<Parting> partings;        ///< one per pair of entries (a < b)
};

/// What the comparison includes.
struct ComparisonOptions {
    std::size_t keyMoments = 3;
    bool includeClosed = false; ///< closed branches, normally left out
};

/// Compares the session's open lines (deterministic; reads the lines' runners).
[[nodiscard]] Comparison compareSession(const Session& session, const ComparisonOptions& options = {});

/// The earliest decision at which any two entries parted; round 0 when all paths agree.
[[nodiscard]] Parting firstParting(const Comparison& comparison);

} // namespace rapport
