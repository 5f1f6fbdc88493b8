#pragma once
// Numbers and quotes as each language prints them: German decimal commas, a real minus sign,
// „…“ in German and “…” in English. Only the look changes; the values come from the engine.

#include "rapport/core/Scenario.h"

#include <cstdint>
#include <string>

namespace rapport::print {

/// A signed change as the engine formats it ("+4", "-0.3"), printed for `lang` ("−0,3").
[[nodiscard]] std::string printedChange(std::int64_t hundredths, Lang lang);

/// `text` in the language's quotation marks, unless it brings its own.
[[nodiscard]] std::string quoted(const std::string& text, Lang lang);

/// The people of a scenario by name ("Mit Dr. Anna Weber, Tom Berger und Jana Koch").
[[nodiscard]] std::string peopleLine(const Scenario& scenario, Lang lang);


/// The scenario's title.
[[nodiscard]] std::string scenarioTitle(const Scenario& scenario, Lang lang);

} // namespace rapport::print
