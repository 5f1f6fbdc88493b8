#pragma once
// The authoring view ("Ablaufplan"): a scenario file drawn as a graph from the engine's GraphModel
// and GraphLayout, with the analyzer's findings (computed on a thread of its own) and the engine's
// explanation of a chosen choice. It follows the file on disk and keeps zoom, position, search
// and selection when the file changes.

#include "ScenarioLibrary.h"

#include "rapport/analyze/Analyzer.h"
#include "rapport/report/ChoiceExplanation.h"
#include "rapport/report/GraphLayout.h"
#include "rapport/report/GraphModel.h"

#include <array>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rapport::gui {

struct AppState;

/// Everything the authoring view remembers between frames.
struct AuthoringView {
    std::filesystem::path path;                 ///< the scenario file shown
    int version = 0;                            ///< the library's load count of the version shown
    std::shared_ptr<const Scenario> scenario;   ///< the newest version that loaded without errors
    bool fileBroken = false;                    ///< the file on disk has errors now (the last good version is shown)
    GraphModel graph;                           ///< with findings once the analysis is back
    GraphLayout layout;
    bool analysed = false;                      ///< the findings are in `graph`
    AnalysisReport report;                      ///< the findings (empty until `analysed`)
    Lang graphLang = Lang::De;                  ///< the language of the graph's texts
    bool analysisTimedOut = false;              ///< the analyzer's budget ran out (findings may be incomplete)
    // One analysis and one explanation at a time (each may take a second and much memory): what is
    // asked for meanwhile starts when the running one is done, whose result is then dropped.
    std::future<AnalysisReport> analysis;       ///< the analysis, while it runs
    bool analysisStale = false;                 ///< the running analysis is of an older version
    std::future<ExplainResult> explaining;      ///< an explanation, while it runs
    bool explanationStale = false;              ///< the running explanation is no longer the one wanted
    std::optional<ExplainResult> explanation;   ///< of `explainedChoice` in `scenario`
    std::string explainedChoice;                ///< choice id the explanation is for

    float zoom = 1.0f;                          ///< screen pixels per layout pixel
    float panX = 0, panY = 0;                   ///< where the layout's origin is, relative to the canvas
    bool fitPending = true;                     ///< place the view on the next frame (first open)
    float fontPx = 0;                           ///< the body font the view was placed for
    std::string selectedNode;                   ///< node id; survives reloads
    std::string selectedChoice;                 ///< choice id; survives reloads
    std::array<char, 128> search{};
    std::size_t searchHit = 0;                  ///< which of the hits Enter went to last
    bool centreOnSelection = false;             ///< move the view to the selected node next frame
    int tab = 0;                                ///< folded layout: 0 the plan, 1 the details
    bool scrollToExplanation = false;           ///< a choice was just selected: show its explanation
};

/// Opens the view on a library entry (a scenario that loaded) and switches to its screen.
void openAuthoringView(AppState& app, std::size_t entryIndex);

/// Follows the file on disk (a new version is laid out, analysed again, explained again) and
/// collects finished background work; returns true when something changed that needs a frame.
bool updateAuthoringView(AppState& app);

/// Whether the analysis or an explanation is still running (the window looks again shortly).
[[nodiscard]] bool authoringBusy(const AuthoringView& view);

/// Sets the selected node (by id) and drops an explanation of another node's choice.
void selectNode(AuthoringView& view, const std::string& id);

/// Selects a choice and starts explaining it in the background.
void selectChoice(AuthoringView& view, const std::string& choiceId);

/// The indices (into the graph's nodes) whose id or text in either language contains `query`
/// (ASCII letters without regard to case).
[[nodiscard]] std::vector<std::uint32_t> searchNodes(const AuthoringView& view, const std::string& query);

/// What the analyzer found at a node, in plain words in the window's language.
[[nodiscard]] std::vector<std::string> nodeFindings(const AppState& app, const GraphNode& node);

/// The screen: toolbar, the plan (zoom with the wheel, drag to move) and the details panel.
void drawAuthoringScreen(AppState& app);

/// The details of the selected node (texts in both languages, choices, findings) and the
/// explanation of the selected choice; with nothing selected, how to read the plan.
void drawAuthoringDetails(AppState& app);

} // namespace rapport::gui
