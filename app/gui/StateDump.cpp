#include "StateDump.h"

#include "Seminar.h"
#include "io/AtomicFile.h"

#include "rapport/model/Evaluate.h"

#include <imgui.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

namespace rapport::gui {
namespace {

const char* screenId(Screen s) {
    switch (s) {
    case Screen::Start: return "start";
    case Screen::Briefing: return "briefing";
    case Screen::Play: return "play";
    case Screen::Debrief: return "debrief";
    case Screen::Settings: return "settings";
    case Screen::Progress: return "progress";
    case Screen::SeminarSetup: return "seminar-setup";
    case Screen::Seminar: return "seminar";
    case Screen::Comparison: return "comparison";
    case Screen::Authoring: return "authoring";
    }
    return "?";
}

} // namespace

std::string describeState(const AppState& app) {
    std::ostringstream out;
    out << "screen=" << screenId(app.ui.screen) << "\n"
        << "lang=" << langId(app.settings.lang) << "\n"
        << "text-size=" << app.settings.textPercent << "\n"
        << "font-px=" << app.fonts.bodyPx << "\n"
        << "german-glyphs=" << (app.fonts.hasGermanGlyphs ? 1 : 0) << "\n"
        << "theme=" << themeId(app.settings.theme) << "\n"
        << "fullscreen=" << (app.settings.fullscreen ? 1 : 0) << "\n"
        << "intro=" << (app.ui.showIntro ? 1 : 0) << "\n"
        << "print-file=" << app.ui.printFile << "\n"
        << "title=" << app.ui.windowTitle << "\n"
        << "icon=" << app.ui.windowIcon << "\n"
        << "scenarios=" << app.library.entries.size() << "\n"
        << "lrs-sending=" << (app.lrs.sending.valid() ? 1 : 0) << "\n"
        << "lrs-unsent=" << (app.lrs.counts ? app.lrs.counts->unsent : -1) << "\n"
        << "lrs-sent=" << (app.lrs.counts ? app.lrs.counts->sent : -1) << "\n";
    int broken = 0;
    for (const ScenarioEntry& e : app.library.entries) {
        if (!e.loaded.ok()) ++broken;
        if (e.loaded.scenario)
            out << "scenario " << e.loaded.scenario->id << " version=" << e.version << " title="
                << textOf(*e.loaded.scenario, nullptr, e.loaded.scenario->title, app.settings.lang) << "\n";
    }
    out << "broken=" << broken << "\n";
    if (app.game) {
        const Runner& r = *app.game->runner;
        out << "game=" << app.game->scenario->id << "\n"
            << "game-version=" << app.game->version << "\n"
            << "newer-version=" << (app.game->newerVersion ? 1 : 0) << "\n"
            << "step=" << r.path().size() << "\n"
            << "choices=" << r.choices().size() << "\n"
            << "lines=" << r.lines().size() << "\n"
            << "finished=" << (r.finished() ? 1 : 0) << "\n"
            << "reloaded=" << (app.game->reloaded ? 1 : 0) << "\n"
            << "replayed=" << app.game->replayedChoices << "\n"
            << "known-facts=";
        std::size_t facts = 0;
        for (std::size_t f = 0; f < app.game->scenario->facts.size(); ++f) if (r.state().knows(static_cast<std::uint32_t>(f))) ++facts;
        out << facts << "\n";
    }
    const LearnerState& l = app.learner;
    out << "text-input=" << (ImGui::GetIO().WantTextInput ? 1 : 0) << "\n"
        << "profile-dialog=" << (l.dialog.open ? 1 : 0) << "\n"
        << "profile=" << (l.profile ? l.profileName : std::string()) << "\n"
        << "guest=" << (l.chosen && !l.profile ? 1 : 0) << "\n"
        << "store=" << (l.store ? "open" : l.error.empty() ? "none" : "refused") << "\n"
        << "resume-run=" << (l.unfinished && !l.unfinishedStale ? std::to_string(l.unfinished->summary.id.v) : std::string()) << "\n"
        << "recorded-run=" << (l.recorder && l.recorder->run() ? std::to_string(l.recorder->run()->v) : std::string()) << "\n";
    if (l.progress.data) {
        out << "progress-runs=" << l.progress.data->runs << "\n"
            << "progress-finished=" << l.progress.data->finished << "\n"
            << "progress-scenarios=" << l.progress.data->scenarios.size() << "\n"
            << "progress-read-ahead=" << (l.progress.readWhileIdle ? 1 : 0) << "\n"
            << "progress-load-ms=" << l.progress.loadMs << "\n"
            << "progress-open-ms=" << l.progress.openMs << "\n"
            << "progress-load-cpu-ms=" << l.progress.loadCpuMs << "\n"
            << "progress-open-cpu-ms=" << l.progress.openCpuMs << "\n";
        if (l.progress.advice)
            out << "advice=" << idOf(l.progress.advice->principle) << " " << l.progress.advice->scenarioId.value_or("-") << "\n";
    }
    if (app.authoring) {
        const AuthoringView& v = *app.authoring;
        out << "plan-version=" << v.version << "\n"
            << "plan-nodes=" << v.graph.nodes.size() << "\n"
            << "plan-analysed=" << (v.analysed ? 1 : 0) << "\n"
            << "plan-zoom=" << v.zoom << "\n"
            << "plan-pan=" << static_cast<int>(v.panX) << "," << static_cast<int>(v.panY) << "\n"
            << "plan-selected=" << v.selectedNode << "\n"
            << "plan-choice=" << v.selectedChoice << "\n"
            << "plan-explained=" << (v.explanation && v.explanation->error == ExplainError::None ? 1 : 0) << "\n"
            << "plan-search=" << v.search.data() << "\n"
            << "plan-hits=" << searchNodes(v, v.search.data()).size() << "\n";
        int findings = 0;
        for (const GraphNode& n : v.graph.nodes) findings += nodeFindings(app, n).empty() ? 0 : 1;
        out << "plan-findings=" << findings << "\n";
    }
    describeSeminar(app, out);
    out << "frames=" << app.stats.frames << "\n"
        << "animated-frames=" << app.stats.animatedFrames << "\n"
        << "animated-cpu-ms=" << app.stats.animatedCpuSeconds * 1000.0 << "\n"
        << "animated-wall-ms=" << app.stats.animatedWallSeconds * 1000.0 << "\n"
        << "startup-ms=" << app.stats.startupSeconds * 1000.0 << "\n"
        << "startup-cpu-ms=" << app.stats.startupCpuSeconds * 1000.0 << "\n";
    for (const WidgetRect& w : app.ui.widgets)
        out << "widget " << w.name << " " << static_cast<int>(w.x) << " " << static_cast<int>(w.y) << " " << static_cast<int>(w.w) << " "
            << static_cast<int>(w.h) << "\n";
    return out.str();
}

void writeStateDump(const AppState& app, std::string& lastWritten) {
    const char* path = std::getenv("RAPPORT_GUI_STATE");
    if (path == nullptr || *path == '\0') return;
    std::string text = describeState(app);
    if (text == lastWritten) return;
    // A reader never sees half a file. A failed write is said, and tried again when the dump
    // changes (not every frame).
    const WriteResult written = writeFileAtomically(path, text);
    if (!written.ok()) std::cerr << "rapport: state dump: " << written.error << "\n";
    lastWritten = std::move(text);
}

} // namespace rapport::gui
