#pragma once
// What the progress database holds, as plain structs: what goes in when a run starts, at every
// decision and at its end, and what the history, resume and progress screen read back.
// Times are milliseconds since 1970 (UTC); results and dimensions are hundredths of a point.

#include "rapport/core/Vocabulary.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

/// A profile's row id (typed, so it is never passed where a run id belongs).
struct ProfileId {
    std::int64_t v = 0;
    bool operator==(const ProfileId& o) const { return v == o.v; }
    bool operator!=(const ProfileId& o) const { return v != o.v; }
};
/// A run's row id.
struct RunId {
    std::int64_t v = 0;
    bool operator==(const RunId& o) const { return v == o.v; }
    bool operator!=(const RunId& o) const { return v != o.v; }
};

/// A learner (or a pseudonym) on this computer.
struct Profile {
    ProfileId id;
    std::string name;
    std::int64_t createdAt = 0;
    std::int64_t runs = 0;
};

/// Written once, when the first decision of a run is recorded.
struct RunStart {
    ProfileId profile;
    std::string scenarioId;
    std::string scenarioFile; ///< where it was loaded from, to find it again on resume
    std::string contentHash;  ///< SHA-256 of the file's bytes
    Lang lang = Lang::De;
    std::uint64_t seed = 1;
    std::string origin;       ///< "terminal", "script" or "window"
    std::optional<RunId> replayOf; ///< a finished run this one replays from a decision of
    std::uint32_t replayFromStep = 0;
    std::int64_t startedAt = 0;
    std::int64_t startResult = 0;
    int startScore = 0;
};

/// One decision taken.
struct DecisionRecord {
    std::uint32_t step = 0; ///< 0 for the first decision
    std::string nodeId;
    std::string choiceId;
    std::int64_t chosenAt = 0;
    std::int64_t thinkMs = 0; ///< since the previous decision (or the start, or the resume)
    std::int64_t resultBefore = 0, resultAfter = 0;
    int score = 0; ///< the learner's score right after the choice
    std::optional<std::string> scoreLabel;
};

/// A person's six dimensions (in Dimension order), quality and stage at one moment.
struct PersonSnapshot {
    std::array<std::int32_t, kDimensionCount> dims{};
    std::int32_t quality = 0;
    std::string stage;
};

/// One person at the start and the end of a run.
struct PersonRecord {
    std::string personaId;
    std::string name;
    PersonSnapshot start, end;
};

/// How often a run followed and violated one principle.
struct PrincipleRecord {
    std::string principle; ///< the principle's file id ("give-first")
    int followed = 0;
    int violated = 0;
};

/// Written when a run reaches an ending.
struct RunOutcome {
    std::int64_t finishedAt = 0;
    std::string endingId;
    std::string endingRating; ///< "good", "mixed", "poor" or "unrated"
    std::int64_t result = 0;
    int score = 0;
    std::optional<std::string> scoreLabel;
    std::string style; ///< the style's id
    std::vector<PersonRecord> persons;
    std::vector<PrincipleRecord> principles;
};

/// A run as the history lists it.
struct RunSummary {
    RunId id;
    ProfileId profile;
    std::string scenarioId;
    std::string scenarioFile;
    std::string contentHash;
    std::string language;
    std::uint64_t seed = 1;
    std::string origin;
    std::optional<std::int64_t> replayOf;
    std::int64_t startedAt = 0, updatedAt = 0;
    std::optional<std::int64_t> finishedAt;
    std::int64_t activeMs = 0;
    bool finished = false;
    std::uint32_t steps = 0;
    std::int64_t startResult = 0, result = 0;
    int score = 0;
    std::optional<std::string> scoreLabel;
    std::optional<std::string> endingId, endingRating, style;
    std::vector<PrincipleRecord> principles;
    std::vector<PersonRecord> persons;
};

/// An unfinished run with everything needed to continue it.
struct StoredRun {
    RunSummary summary;
    std::vector<std::string> choices; ///< choice ids in the order taken
};

/// A finished seminar session (the hook for the seminar mode).
struct SeminarTeamRecord {
    std::string name;
    std::vector<std::string> choices;
    std::optional<std::int64_t> result;
    std::optional<int> score;
    std::optional<std::string> scoreLabel, endingId, style;
};
struct SeminarVoteRecord {
    int team = 0;
    std::uint32_t step = 0;
    std::string choiceId;
    int votes = 0;
};
struct SeminarRecord {
    std::string scenarioId, contentHash;
    Lang lang = Lang::De;
    std::string form; ///< "plenary" or "teams"
    std::int64_t startedAt = 0, finishedAt = 0;
    std::string sessionJson; ///< the engine's serialisation of the whole session
    std::vector<SeminarTeamRecord> teams;
    std::vector<SeminarVoteRecord> votes;
};

} // namespace rapport::store
