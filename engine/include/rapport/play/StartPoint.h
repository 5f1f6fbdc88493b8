#pragma once
// Where and with what state a run starts when an author tries part of a scenario (issue 21):
// another node than the scenario's start, and start values overridden per person or variable.

#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <string>
#include <string_view>
#include <vector>

namespace rapport {

/// Which part of the start state an override sets.
enum class StartField : std::uint8_t { Dimension, Pressure, Owed, Encounters, Variable, Fact, Visited, Chose, Linked };

/// One start value: a person's dimension, pressure, favours owed or encounters, a variable, or
/// what the skipped part would have left: a fact known, a node visited, a choice taken, two
/// people who know each other.
struct StartOverride {
    StartField field = StartField::Dimension;
    PersonaIndex persona = kNone; ///< kNone for a variable, a fact, a node or a choice; linked(): the first
    std::uint32_t index = 0;      ///< the Dimension, or the variable's, fact's, node's or choice's index; linked(): the second
    std::int64_t value = 0;       ///< points (dimensions, pressure) or a count or a variable's value
};

/// The start of a run: a node (kNone: the scenario's start) and overrides of the start state.
struct StartPoint {
    NodeIndex node = kNone;
    std::vector<StartOverride> overrides;

    /// Whether the run starts as the scenario does.
    [[nodiscard]] bool isDefault() const { return node == kNone && overrides.empty(); }
};

/// A start point read from text, with every problem in plain words (empty: valid).
struct StartPointResult {
    StartPoint point;
    std::vector<std::string> errors;
};

/// Reads a node id (empty: the scenario's start) and "PERSON.FIELD=VALUE", "VARIABLE=VALUE" or
/// "FACT=1" assignments, and "visited(NODE)=1", "chose(CHOICE)=1", "linked(A,B)=1" as the
/// conditions ask them. Fields: the six dimension ids (or their English names), pressure, owed,
/// encounters. Dimensions and pressure take 0-100 points, owed -20-20, encounters 0-1000; a fact
/// and the three conditions 1 (true, as if the skipped part had happened) or 0.
[[nodiscard]] StartPointResult parseStartPoint(const Scenario& scenario, std::string_view node,
                                               const std::vector<std::string>& assignments, Lang lang);

/// Applies a start point to a state fresh from initialState().
void applyStartPoint(const Scenario& scenario, const StartPoint& start, State& state);

} // namespace rapport
