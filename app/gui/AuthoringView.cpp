// The authoring view's state: which version of the file is shown, the analysis and the
// explanation in the background, search. Every rule (graph, findings, explanation) is the
// engine's; this only decides when to ask for it.

#include "AuthoringView.h"

#include "AppState.h"
#include "Screens.h"

#include "rapport/model/Evaluate.h"

#include <algorithm>
#include <cctype>

namespace rapport::gui {
namespace {

template <typename T> bool ready(const std::future<T>& f) {
    return f.valid() && f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

std::optional<ChoiceIndex> choiceNamed(const Scenario& s, const std::string& id) {
    for (ChoiceIndex i = 0; i < s.choices.size(); ++i)
        if (s.choices[i].id == id) return i;
    return std::nullopt;
}

// The analysis at the analyzer's default budget (about a second), on a thread of its own: the
// window keeps drawing meanwhile. The thread holds the scenario, so a reload cannot pull it away.
std::future<AnalysisReport> startAnalysis(std::shared_ptr<const Scenario> scenario) {
    return std::async(std::launch::async, [scenario] { return analyzeScenario(*scenario, AnalyzerOptions{}); });
}

void startExplaining(AuthoringView& view) {
    view.explanation.reset();
    view.explainedChoice.clear();
    if (view.explaining.valid()) {
        view.explanationStale = true;
        return;
    }
    if (!view.scenario || view.selectedChoice.empty()) return;
    const std::optional<ChoiceIndex> choice = choiceNamed(*view.scenario, view.selectedChoice);
    if (!choice) return;
    ExplainRequest request;
    request.choice = *choice;
    view.explainedChoice = view.selectedChoice;
    view.explaining = std::async(std::launch::async, [scenario = view.scenario, request] { return explainChoice(*scenario, request); });
}

// Shows a version of the file: its graph at once (without findings), the analysis started.
void showVersion(AuthoringView& view, std::shared_ptr<const Scenario> scenario, Lang lang) {
    view.scenario = std::move(scenario);
    view.report = AnalysisReport{};
    view.graphLang = lang;
    view.graph = buildGraphModel(*view.scenario, view.report, lang);
    view.layout = layoutGraph(view.graph);
    view.analysed = false;
    if (view.analysis.valid()) view.analysisStale = true;
    else view.analysis = startAnalysis(view.scenario);
    startExplaining(view);
}

std::string lowerAscii(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

} // namespace

void openAuthoringView(AppState& app, std::size_t entryIndex) {
    if (entryIndex >= app.library.entries.size()) return;
    const ScenarioEntry& entry = app.library.entries[entryIndex];
    if (!entry.loaded.ok()) return;
    auto& view = app.authoring;
    // Opening the same file again keeps where the author was.
    if (!view || view->path != entry.path) {
        view = std::make_unique<AuthoringView>();
        view->path = entry.path;
    }
    if (view->version != entry.version || !view->scenario) {
        view->version = entry.version;
        view->fileBroken = false;
        showVersion(*view, entry.loaded.scenario, app.settings.lang);
    }
    goTo(app, Screen::Authoring);
}

bool updateAuthoringView(AppState& app) {
    if (!app.authoring) return false;
    AuthoringView& view = *app.authoring;
    bool changed = false;
    if (const ScenarioEntry* entry = findEntry(app.library, view.path); entry != nullptr && entry->version != view.version) {
        view.version = entry->version;
        view.fileBroken = !entry->loaded.ok();
        if (entry->loaded.ok()) showVersion(view, entry->loaded.scenario, app.settings.lang);
        changed = true;
    }
    if (ready(view.analysis) && view.analysisStale) {
        (void)view.analysis.get();
        view.analysisStale = false;
        view.analysis = startAnalysis(view.scenario);
    }
    if (ready(view.explaining) && view.explanationStale) {
        (void)view.explaining.get();
        view.explanationStale = false;
        startExplaining(view);
    }
    if (ready(view.analysis)) {
        view.report = view.analysis.get();
        view.graph = buildGraphModel(*view.scenario, view.report, app.settings.lang);
        view.graphLang = app.settings.lang;
        view.analysed = true;
        view.analysisTimedOut = view.report.stats.budgetExhausted;
        changed = true;
    }
    if (view.scenario && view.graphLang != app.settings.lang) {
        view.graph = buildGraphModel(*view.scenario, view.report, app.settings.lang);
        view.graphLang = app.settings.lang;
        changed = true;
    }
    if (ready(view.explaining)) {
        view.explanation = view.explaining.get();
        changed = true;
    }
    return changed;
}

bool authoringBusy(const AuthoringView& view) { return view.analysis.valid() || view.explaining.valid(); }

void selectNode(AuthoringView& view, const std::string& id) {
    if (view.selectedNode == id) return;
    view.selectedNode = id;
    view.selectedChoice.clear();
    startExplaining(view);
}

void selectChoice(AuthoringView& view, const std::string& choiceId) {
    view.selectedChoice = choiceId;
    view.scrollToExplanation = true;
    startExplaining(view);
}

std::vector<std::uint32_t> searchNodes(const AuthoringView& view, const std::string& query) {
    std::vector<std::uint32_t> hits;
    if (query.empty() || !view.scenario) return hits;
    const std::string needle = lowerAscii(query);
    const Scenario& s = *view.scenario;
    for (std::uint32_t i = 0; i < view.graph.nodes.size(); ++i) {
        const GraphNode& n = view.graph.nodes[i];
        bool hit = lowerAscii(n.id).find(needle) != std::string::npos;
        for (TextId t : s.nodes[n.node].text)
            for (Lang lang : {Lang::De, Lang::En})
                hit = hit || lowerAscii(textOf(s, nullptr, t, lang)).find(needle) != std::string::npos;
        if (hit) hits.push_back(i);
    }
    return hits;
}

} // namespace rapport::gui
