#pragma once
// "What will this choice do?" for authors (issue 21): every change the model would make for a
// choice at a point of play, with the act's rule, every factor from the model's own tables, the
// author's adjustments and how they combine, and a warning where the two pull apart.

#include "rapport/model/ActRules.h"
#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport {

/// Where to explain a choice: after the given choices from the start, or (none given) at the
/// first state where it is open on a shortest path.
struct ExplainRequest {
    ChoiceIndex choice = kNone;
    std::optional<std::vector<ChoiceIndex>> fromPath;
    std::uint64_t seed = 1;          ///< for chance nodes on the way
    std::size_t maxStates = 200000;  ///< states the search for a shortest path may visit
};

/// What the act does to one person: the model's own outcome (variant, factor trace, changes).
struct ExplainedAct {
    PersonaIndex persona = kNone;
    ActOutcome outcome;
};

/// One dimension of one person: what the model and the author's adjustments change, and the sum.
struct DimensionSum {
    PersonaIndex persona = kNone;
    Dimension dimension = Dimension::Sympathie;
    std::int64_t model = 0;  ///< hundredths, every change that is not an adjustment
    std::int64_t author = 0; ///< hundredths, the adjustments (`adjust`, also in effects)
    std::int64_t before = 0, after = 0;
    bool opposite = false;   ///< model and author point in opposite directions
};

/// The explanation of one choice at one state.
struct ChoiceExplanation {
    ChoiceIndex choice = kNone;
    std::vector<ChoiceIndex> path; ///< the choices from the start to the state explained
    bool shortestPath = false;     ///< the path was found by the search (not given)
    State before;                  ///< the state at the decision, before the choice
    std::vector<ExplainedAct> acts;
    std::vector<Change> changes;   ///< every change taking the choice makes, in order
    std::vector<DimensionSum> sums; ///< per person and dimension that changed
};

/// Why a choice could not be explained.
enum class ExplainError : std::uint8_t {
    None,
    PathNotOpen,  ///< a choice of `fromPath` is not open where it comes (`failedStep`, 0-based)
    NotOpenThere, ///< the choice is not open after `fromPath`
    NeverOpen,    ///< no playthrough opens it (within `maxStates`; `searchExhausted` says which)
};

struct ExplainResult {
    ExplainError error = ExplainError::None;
    std::size_t failedStep = 0;
    bool searchExhausted = false; ///< NeverOpen: the search stopped at maxStates
    std::vector<ChoiceIndex> openThere; ///< NotOpenThere: what is open instead
    NodeIndex stoppedAt = kNone;        ///< NotOpenThere: where play stands
    ChoiceExplanation explanation;
};

/// Finds the state and explains the choice there. The result owns its data.
[[nodiscard]] ExplainResult explainChoice(const Scenario& scenario, const ExplainRequest& request);

/// The explanation as text for authors, in German or English.
[[nodiscard]] std::string explanationText(const Scenario& scenario, const ChoiceExplanation& explanation, Lang lang);

/// The explanation as one JSON document (ids, points with decimals, factor ids and percents).
[[nodiscard]] std::string explanationJson(const Scenario& scenario, const ChoiceExplanation& explanation);

} // namespace rapport
