#pragma once
// The scenario as a graph for authors: nodes, the ways between them (choices, branches, chance
// outcomes), loops, and the analyzer's findings on the nodes and choices. `rapport graph` writes it
// as Graphviz DOT; the window can draw the same model.

#include "rapport/analyze/Analyzer.h"
#include "rapport/core/Scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace rapport {

/// One node of the scenario and what the analyzer found there.
struct GraphNode {
    NodeIndex node = kNone;
    std::string id;
    NodeKind kind = NodeKind::Narration;
    Rating rating = Rating::Unrated;        ///< endings only
    std::string firstLine;                  ///< the node's first text line (for search and tooltips)
    bool start = false;
    bool inLoop = false;                    ///< lies on a cycle of the node graph
    std::optional<Guarantee> neverReached;  ///< set: no playthrough reaches it (proved or possible)
    std::optional<Guarantee> deadEnd;       ///< set: a decision where no choice may be open
    std::optional<Guarantee> endlessLoop;   ///< set: play may run on here without a decision or an ending
    int neverOpenChoices = 0;               ///< choices of this decision that are never open
};

/// One way play can leave a node.
struct GraphEdge {
    NodeIndex from = kNone;
    NodeIndex to = kNone;
    ChoiceIndex choice = kNone;    ///< the choice (decisions); kNone otherwise
    std::uint32_t branch = kNone;  ///< the branch or chance outcome; kNone otherwise
    std::string label;             ///< choice id, "50 %" for a chance outcome, "if 1"/"else" for a branch
    bool inLoop = false;           ///< both ends lie on the same cycle
    std::optional<Guarantee> neverOpen; ///< set: the choice is never open
};

/// The whole graph, nodes in file order.
struct GraphModel {
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
};

/// Builds the graph of a scenario with the findings of `report` (an analysis of the same scenario);
/// texts in `lang`. The model owns all its data.
[[nodiscard]] GraphModel buildGraphModel(const Scenario& scenario, const AnalysisReport& report, Lang lang);

/// The graph as Graphviz DOT: endings filled by rating, loops in blue, findings in red with a note
/// in `lang`, choices never open dotted; `dot -Tsvg` renders it without a warning.
[[nodiscard]] std::string graphDot(const Scenario& scenario, const GraphModel& graph, Lang lang);

} // namespace rapport
