#pragma once
// Findings for authors beyond reachability (issue 22): loops that inflate the result, endings whose
// rating and result disagree, conditions contradictory in themselves, facts learned but never used,
// careless runs per ending, and ties for the best playthrough.

#include "analyze/Detail.h"

namespace rapport::detail {

/// Adds the authors' findings to a report whose endings, best and worst are filled in; stops
/// looking at the deadline (what it found by then stays, each shown by a playthrough or a proof).
void addAuthorFindings(const AnalysisModel& model, const AnalyzerOptions& options, Deadline deadline,
                       AnalysisReport& report);

/// The place of a node in the scenario file ("/nodes/4", "nodes[zuhoeren]").
[[nodiscard]] FilePlace placeOfNode(const Scenario& scenario, NodeIndex node);

/// The place of a choice, or of one of its fields when `field` is not empty.
[[nodiscard]] FilePlace placeOfChoice(const Scenario& scenario, ChoiceIndex choice, const std::string& field = {});

} // namespace rapport::detail
