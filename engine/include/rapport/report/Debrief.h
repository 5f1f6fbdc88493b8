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

/// What an open choice at a decision would have done, computed from the saved state: right away,
/// and with the best continuation after it.
struct Alternative {
    ChoiceIndex choice = kNone;
    std::int64_t resultAfter = 0; // right after the choice, hundredths
    std::int64_t finalAfter = 0;  // with the best continuation found after it, hundredths
    int scoreAfter = 0;           ///< the learner's score 0-100 of `finalAfter` (model/Score.h)
    NodeIndex ending = kNone;     ///< the ending that continuation reaches; kNone if none was found
    bool searched = false;        ///< false: too many choices to search them all, `finalAfter` is the immediate result
    bool proved = false;          ///< the search was complete: nothing better follows this choice
    bool taken = false;
};

/// A decision that decided the outcome: another choice, followed by the best continuation, would
/// have reached another ending or a clearly different score. With its reasons and the roads not taken.
struct KeyMoment {
    std::uint32_t step = 0;
    ChoiceIndex choice = kNone;
    std::int64_t resultBefore = 0, resultAfter = 0;
    std::vector<std::uint32_t> changes; // indices into Runner::changes(), largest first
    std::vector<Alternative> alternatives;
    ChoiceIndex bestMove = kNone;       // the option whose best continuation reaches most
    std::int64_t bestFinal = 0;         // the result that continuation reaches
    bool bestProved = false;
    bool decidedEnding = false;  ///< the choice taken kept this run on its ending; another would have left it
    int scoreLost = 0;           ///< score points the best option would have reached above the one taken
};

struct PrincipleReview {
    Principle principle = Principle::Quality;
    int followed = 0;
    int violated = 0;
    std::vector<ChoiceIndex> feedbackChoices; // taken choices naming this principle, with feedback
    /// The first change (index into Runner::changes()) in which the model saw this principle
    /// violated, so a violation nobody wrote feedback for is still explained; -1 if none.
    std::int64_t firstModelViolation = -1;
};

/// The styles the debrief tells apart (new ones are appended: ids are stored in the history).
enum class Style : std::uint8_t { RelationshipBuilder, Onlooker, CardScatterer, Flatterer, DealChaser, Monologist, Steady, Hothead };
inline constexpr int kStyleCount = 8;

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
    std::vector<KeyMoment> keyMoments;       ///< in the order of the run
    std::vector<std::uint32_t> endingSteps;  ///< decisions (0-based) that kept the run on its ending, of those examined
    std::vector<PrincipleReview> principles;
    StyleDiagnosis style;
};

struct DebriefOptions {
    std::size_t keyMoments = 4;
    /// States the counterfactual search may expand for the whole debrief, however long the run:
    /// half to find the decisions that lost or kept an ending, half for their alternatives.
    std::size_t searchStates = 60000;
    std::uint64_t searchWork = 60'000'000; ///< work (Play.h's units) for the whole debrief's search
    std::size_t memoStates = 100000;       ///< search results kept between questions (bounds memory)
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

/// What the contact thought at a key moment, from the model's reasons and the persona, in one or
/// two sentences („Frau Dr. Albers dachte: …“); empty when nobody was moved.
[[nodiscard]] std::string contactThought(const Runner& runner, const KeyMoment& moment, Lang lang);

/// Which key moments decided the ending, to follow the ending's text ("Entschieden hat sich dieses
/// Ende bei Entscheidung 24."); empty when none did.
[[nodiscard]] std::string endingDecisionsNote(const Debrief& debrief, Lang lang);

/// A person's open balances for a caption ("Druck 12, Gefallen-Konto +3"); empty when both are zero.
[[nodiscard]] std::string balanceNote(const PersonaOutcome& outcome, Lang lang);

/// What the option reaches with the best continuation after it ("bis 95 Punkte", "etwa 60 Punkte").
[[nodiscard]] std::string reachableNote(const Alternative& alternative, Lang lang);

/// The debrief as readable text for the terminal: one feedback sentence per principle (what went
/// wrong first; the window and play --json keep every one), key moments told by what the contact
/// thought (their reasons stood in the transcript), and only the people the player dealt with.
[[nodiscard]] std::string debriefToText(const Runner& runner, const Debrief& debrief, Lang lang);

} // namespace rapport
