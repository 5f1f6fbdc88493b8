#pragma once
// The small scenario `rapport new` writes: valid, playable to every ending, in both languages,
// with "$comment" notes in the author's language that teach the format by example.

#include "rapport/core/Vocabulary.h"

#include <string>

namespace rapport::cli {

/// The scenario's JSON text with the given id and notes in `lang`.
[[nodiscard]] std::string newScenarioText(const std::string& id, Lang lang);

} // namespace rapport::cli
