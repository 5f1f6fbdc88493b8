#pragma once
// Saving and restoring a playthrough as JSON: values and choice ids only; the explanatory log
// is rebuilt by replaying the choices.

#include "rapport/play/Runner.h"

#include <string>
#include <string_view>

namespace rapport {

/// The state's values as a JSON object (compact, ids instead of indices).
[[nodiscard]] std::string stateToJson(const Scenario& scenario, const State& state);

/// Reads what stateToJson wrote. On failure returns false and says why in `error`.
[[nodiscard]] bool stateFromJson(const Scenario& scenario, std::string_view json, State& state, std::string& error);

/// A whole save: scenario id, seed, the choice ids taken, and the state.
[[nodiscard]] std::string saveGame(const Runner& runner);

/// Restores a save into `runner` (same scenario) by replaying its choices, and checks that the
/// replay reaches exactly the saved values. On failure the runner is restarted and `error` set.
[[nodiscard]] bool loadGame(Runner& runner, std::string_view json, std::string& error);

} // namespace rapport
