#pragma once
// Findings read off the scenario alone (no play): contradictory conditions and unused facts.

#include "rapport/analyze/Analyzer.h"

namespace rapport::detail {

/// The conditions of choices and branches that no values can satisfy, in node order.
void findContradictions(const Scenario& scenario, std::vector<ContradictoryCondition>& out);

/// Facts some choice or effect teaches and that no condition and no choice's `uses` reads.
void findUnusedFacts(const Scenario& scenario, std::vector<UnusedFact>& out);

/// A compiled condition written back as text ("x < 20 and x > 50").
[[nodiscard]] std::string conditionText(const Scenario& scenario, ExprId expr);

} // namespace rapport::detail
