#pragma once
// `rapport report RUN`: the printed debrief of a run from the progress store, rebuilt by playing
// its recorded choices again on its scenario (the engine is deterministic: same seed, same run).

#include "AppOptions.h"
#include "Locale.h"
#include "PrintOutput.h"

#include <cstdint>
#include <optional>
#include <string>

namespace rapport::cli {

/// The run id in "12" or "#12" (as `rapport history` lists it); none for anything else.
[[nodiscard]] std::optional<std::int64_t> parseRunId(const std::string& text);

/// Prints stored run `run` to `targets`; `lang` defaults to the run's language. Exit status 0 or 2.
[[nodiscard]] int reportStoredRun(const AppOptions& global, std::int64_t run, const PrintTargets& targets, std::optional<Lang> lang);

} // namespace rapport::cli
