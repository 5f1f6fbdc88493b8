#pragma once
// A whole playthrough as one JSON document (for `rapport play --json` and for tools):
// the choices, every line shown, every change with its reason, the final state and the debrief.

#include "rapport/report/Debrief.h"
#include "rapport/play/Runner.h"

#include <ostream>
#include <string>

namespace rapport {

/// The report; contains no timestamps, so the same scenario, seed and choices give the same text.
[[nodiscard]] std::string playReportJson(const Runner& runner, const Debrief& debrief, Lang lang);

/// The same report written to `out` piece by piece (a long playthrough's log never stands in
/// memory as one JSON tree).
void writePlayReportJson(std::ostream& out, const Runner& runner, const Debrief& debrief, Lang lang);

/// "3 Tage später" / "3 days later": a time jump said beside a scene, in its largest whole unit.
[[nodiscard]] std::string describeLater(std::int64_t minutes, Lang lang);

/// A change as one readable line ("Dr. Weber, Vertrauen +4: reason").
[[nodiscard]] std::string describeChange(const Scenario& scenario, const State* now, const Change& change, Lang lang);

} // namespace rapport
