#pragma once
// The debrief: what a playthrough did to each relationship, the moments that mattered and why,
// what the other options would have done, which principles were followed or violated, and a
// diagnosis of the player's style. Computed by the engine from the runner's log and snapshots.

#include "rapport/play/Runner.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace rapport {

struct PersonaOutcome {
    PersonaIndex persona = kNone;
    std::array<std::int32_t, kDimensionCount> start{}, end{}; // hundredths
    std::int32_t startQuality = 0, endQuality = 0;
    Stage startStage = Stage::Stranger, endStage = Stage::Stranger;
    std::int32_t pressure = 0;
    std::int32_t owed = 0;
    bool willing = false;  ///< at the end: would grant a request now
    int willingness = 0;   ///< at the end: the 0-100 grade of a medium request in person
};

/// What another open choice at a decision would have done, computed from the saved state.
struct Alternative {
    ChoiceIndex choice = kNone;
    std::int64_t resultAfter = 0; // at the next decision or ending, hundredths
    bool taken = false;
};

/// A decision whose choice moved the result most, with its reasons and the roads not taken.
struct KeyMoment {
    std::uint32_t step = 0;
    ChoiceIndex choice = kNone;
    std::int64_t resultBefore = 0, resultAfter = 0;
    std::vector<std::uint32_t> changes; // indices into Runner::changes(), largest first
    std::vector<Alternative> alternatives;
    ChoiceIndex bestMove = kNone;       // the first choice of the best continuation from here
    std::int64_t bestFinal = 0;         // the result that continuation reaches
    bool bestProved = false;
};

struct PrincipleReview {
    Principle principle = Principle::Quality;
    int followed = 0;
    int violated = 0;
    std::vector<ChoiceIndex> feedbackChoices; // taken choices naming this principle, with feedback
};

enum class Style : std::uint8_t { RelationshipBuilder, Onlooker, CardScatterer, Flatterer, DealChaser, Monologist, Steady };

struct StyleDiagnosis {
    Style style = Style::Steady;
    std::vector<std::string> evidenceEn, evidenceDe;
};

struct Debrief {
    bool finished = false;
    NodeIndex ending = kNone;
    std::int64_t startResult = 0, result = 0; // hundredths
    int score = 0;                            ///< the learner's score 0-100 of `result` (model/Score.h)
    std::vector<PersonaOutcome> personas;
    std::vector<KeyMoment> keyMoments;
    std::vector<PrincipleReview> principles;
    StyleDiagnosis style;
};

struct DebriefOptions {
    std::size_t keyMoments = 4;
    std::size_t lookaheadBudget = 20000; ///< states searched per key decision for the best move
    std::uint64_t lookaheadWork = 20'000'000; ///< work (Play.h's units) per key decision for the best move
};

/// Builds the debrief of the runner's playthrough so far (usually at an ending).
[[nodiscard]] Debrief buildDebrief(const Runner& runner, const DebriefOptions& options = {});

/// The name of a style and a one-sentence description.
[[nodiscard]] std::string_view styleName(Style style, Lang lang);
[[nodiscard]] std::string_view styleDescription(Style style, Lang lang);
[[nodiscard]] std::string_view styleId(Style style);

/// The score as the debrief's headline ("Ergebnis: 75 von 100 – Gelungen").
[[nodiscard]] std::string scoreHeadline(int score, Lang lang);

/// What the best move of a key moment would have brought, in the learner's score ("Am meisten
/// hätte gebracht: „…“ (damit waren bis zu 92 Punkte möglich)"), or that the move taken was the
/// best; empty when no best move is known. `at` is the state the choice texts are read in.
[[nodiscard]] std::string bestMoveNote(const Scenario& scenario, const KeyMoment& moment, const State* at, Lang lang);

/// The debrief as readable text for the terminal.
[[nodiscard]] std::string debriefToText(const Runner& runner, const Debrief& debrief, Lang lang);

} // namespace rapport
