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
enum class StartField : std::uint8_t { Dimension, Pressure, Owed, Encounters, Variable, Fact };

/// One start value: a person's dimension, pressure, favours owed or encounters, a variable, or
/// whether the player knows a fact.
struct StartOverride {
    StartField field = StartField::Dimension;
    PersonaIndex persona = kNone; ///< kNone for a variable or a fact
    std::uint32_t index = 0;      ///< the Dimension, the variable's or the fact's index
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
/// "FACT=1" assignments. Fields: the six dimension ids (or their English names), pressure, owed,
/// encounters. Dimensions and pressure take 0-100 points, owed -20-20, encounters 0-1000; a fact
/// 1 (the player knows it, as after the research that reveals it) or 0.
[[nodiscard]] StartPointResult parseStartPoint(const Scenario& scenario, std::string_view node,
                                               const std::vector<std::string>& assignments, Lang lang);

/// Applies a start point to a state fresh from initialState().
void applyStartPoint(const Scenario& scenario, const StartPoint& start, State& state);

} // namespace rapport
