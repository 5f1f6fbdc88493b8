#pragma once
// Evaluates compiled expressions and renders texts against a State.

#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <cstdint>
#include <string>

namespace rapport {

/// The integer value of an expression (conditions: non-zero is true). Arithmetic wraps instead
/// of overflowing; division and remainder by zero give 0.
[[nodiscard]] std::int64_t evaluate(const Scenario& scenario, const State& state, ExprId expr);

/// Whether a condition holds; kNoExpr always holds.
[[nodiscard]] inline bool holds(const Scenario& scenario, const State& state, ExprId expr) {
    return expr == kNoExpr || evaluate(scenario, state, expr) != 0;
}

/// Appends a text in `lang` to `out` (falls back to the other language if the author left it out).
/// `state` may be null where no values are known yet: values then show as "…".
void renderText(const Scenario& scenario, const State* state, TextId text, Lang lang, std::string& out);

/// Convenience: the rendered text as a new string.
[[nodiscard]] std::string textOf(const Scenario& scenario, const State* state, TextId text, Lang lang);

} // namespace rapport
