#pragma once
// The analyzer's report for people (text grouped by heading, German or English) and for tools
// (one JSON document). Ids, not indices, name every node, choice, fact and variable.

#include "rapport/analyze/Analyzer.h"

#include <string>

namespace rapport {

/// The report as readable text for trainers: a short summary (endings and how often a group reaches
/// them, the best and the worst run as the learner's score, what to fix), the problems, the endings
/// and the best and worst runs by the choices' texts, remarks; with `details` also the number of
/// runs, the samples and the statistics. Each answer says how sure it is.
[[nodiscard]] std::string analysisText(const Scenario& scenario, const AnalysisReport& report, Lang lang, bool details = false);

/// The report as one JSON document; values in points (hundredths as decimals), counts as strings.
[[nodiscard]] std::string analysisJson(const Scenario& scenario, const AnalysisReport& report);

/// "proved", "possible", "estimated" (the JSON words).
[[nodiscard]] const char* guaranteeId(Guarantee g);

} // namespace rapport
