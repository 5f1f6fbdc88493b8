#pragma once
// The analyzer's report for people (text grouped by heading, German or English) and for tools
// (one JSON document). Ids, not indices, name every node, choice, fact and variable.

#include "rapport/analyze/Analyzer.h"

#include <string>

namespace rapport {

/// The report as readable text: endings, best and worst, dead ends and loops, what never
/// happens, playthroughs, sample playthroughs, then statistics. Each answer says how sure it is.
[[nodiscard]] std::string analysisText(const Scenario& scenario, const AnalysisReport& report, Lang lang);

/// The report as one JSON document; values in points (hundredths as decimals), counts as strings.
[[nodiscard]] std::string analysisJson(const Scenario& scenario, const AnalysisReport& report);

/// "proved", "possible", "estimated" (the JSON words).
[[nodiscard]] const char* guaranteeId(Guarantee g);

} // namespace rapport
