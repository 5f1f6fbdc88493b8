#include "Recording.h"

#include "Screens.h"

#include "store/ContentHash.h"
#include "store/SeminarRecording.h"
#include "store/StoreMessages.h"
#include "store/StorePaths.h"

#include "rapport/model/Evaluate.h"

#include <imgui.h>

#include <ctime>

namespace rapport::gui {
namespace {

double cpuMs(clockid_t clock) {
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

// A database failure while playing: recording stops, the game goes on, the start screen says why.
void storeFailed(AppState& app, const store::StoreError& e) {
    LearnerState& l = app.learner;
    l.error = store::describeStoreError(e, app.settings.lang);
    l.recorder.reset();
    l.store.reset();
    l.unfinished.reset();
}

const ScenarioEntry* entryFor(const AppState& app, const std::string& file, const std::string& scenarioId) {
    if (const ScenarioEntry* e = findEntry(app.library, file); e != nullptr && e->loaded.ok()) return e;
    for (const ScenarioEntry& e : app.library.entries)
        if (e.loaded.ok() && e.loaded.scenario->id == scenarioId) return &e;
    return nullptr;
}

store::RunContext contextFor(const AppState& app, const Game& game) {
    store::RunContext context;
    context.profile = *app.learner.profile;
    context.scenarioFile = game.path.string();
    context.contentHash = store::fileContentHash(game.path).value_or("");
    context.origin = "window";
    return context;
}

} // namespace

void openLearnerStore(LearnerState& learner, Lang lang) {
    const auto file = store::defaultDatabasePath();
    if (!file) {
        learner.error = lang == Lang::De ? "Weder XDG_DATA_HOME noch HOME ist gesetzt: Rapport weiß nicht, wo es den Fortschritt speichern soll."
                                         : "Neither XDG_DATA_HOME nor HOME is set: Rapport does not know where to keep progress.";
        return;
    }
    try {
        learner.store = store::ProgressStore::open(*file);
    } catch (const store::StoreError& e) {
        learner.error = store::describeStoreError(e, lang);
    }
}

void chooseStartProfile(AppState& app, bool mayAsk) {
    LearnerState& l = app.learner;
    if (l.store && !app.settings.profile.empty()) {
        try {
            if (const auto id = l.store->findProfile(app.settings.profile)) {
                l.profile = id;
                l.profileName = app.settings.profile;
                l.chosen = true;
                return;
            }
        } catch (const store::StoreError& e) {
            storeFailed(app, e);
        }
    }
    if (mayAsk) openProfileDialog(app, true);
}

void chooseProfile(AppState& app, std::optional<store::ProfileId> profile, const std::string& name) {
    LearnerState& l = app.learner;
    l.profile = profile;
    l.profileName = profile ? name : std::string();
    l.chosen = true;
    l.recorder.reset();
    l.recordedGame = 0; // a game in progress goes on as a new run of the new profile (its decisions so far included)
    l.unfinishedStale = true;
    l.progress = ProgressView{};
    l.dialog.open = false;
    app.settings.profile = l.profileName; // a guest is asked again at the next start
    app.requests.saveSettings = true;
    // The introduction waits for the profile on the first start.
    if (!app.settings.introSeen) app.ui.showIntro = true;
}

void openProfileDialog(AppState& app, bool firstStart) {
    ProfileDialog& d = app.learner.dialog;
    d.open = true;
    d.firstStart = firstStart;
    d.name.fill('\0');
    d.problem = store::NameProblem::None;
    d.confirmDelete.reset();
    d.profiles.clear();
    if (app.learner.store) {
        try {
            d.profiles = app.learner.store->profiles();
        } catch (const store::StoreError& e) {
            storeFailed(app, e);
        }
    }
    // Typing starts at once on a computer without profiles; with profiles the list comes first
    // (focusing the field would scroll it out of view at large text sizes).
    d.focusName = d.profiles.empty();
}

void deleteProfile(AppState& app, store::ProfileId profile) {
    LearnerState& l = app.learner;
    if (!l.store) return;
    try {
        l.store->deleteProfile(profile);
        if (l.profile == profile) {
            l.profile.reset();
            l.profileName.clear();
            l.recorder.reset();
            l.recordedGame = 0;
            app.settings.profile.clear();
            app.requests.saveSettings = true;
        }
        l.unfinished.reset();
        l.unfinishedStale = true;
        l.progress = ProgressView{};
        l.dialog.profiles = l.store->profiles();
    } catch (const store::StoreError& e) {
        storeFailed(app, e);
    }
}

void recordEndedSeminar(AppState& app) {
    SeminarUi& seminar = *app.seminar;
    if (seminar.recorded || !seminar.session->ended()) return;
    seminar.recorded = true;
    LearnerState& learner = app.learner;
    // A seminar is the trainer's record, not a learner's: kept unless a guest was chosen, who stores nothing.
    if (!learner.store || (learner.chosen && !learner.profile)) return;
    const Session& session = *seminar.session;
    try {
        const std::string hash = store::fileContentHash(session.options().source).value_or("");
        learner.store->recordSeminarSession(store::seminarRecordOf(session, hash, store::nowMs()));
    } catch (const store::StoreError& e) {
        seminar.saveError = store::describeStoreError(e, app.settings.lang);
    }
}

void recordFrame(AppState& app, double now) {
    LearnerState& l = app.learner;
    if (!l.store || !l.profile || !app.game) return;
    Game& game = *app.game;
    if (game.reloaded) return; // an author trying a new version of the file out: not progress
    try {
        if (game.serial != l.recordedGame) {
            l.recorder = std::make_unique<store::RunRecorder>(*l.store, contextFor(app, game));
            l.recordedGame = game.serial;
        }
        l.recorder->sync(*game.runner);
        if (!l.store->pending()) return;
        // A decision in the window is on disk before the next frame: at most the one in flight is lost.
        l.recorder->commit();
        l.lastWriteAt = now;
        l.unfinishedStale = true;
        l.progress.data.reset(); // read again when the progress screen opens
    } catch (const store::StoreError& e) {
        storeFailed(app, e);
    }
}

// Reads the progress screen's data (and the advice, which needs the library) and notes the
// database's version, so that a commit by a terminal in the meantime is noticed.
void readProgress(AppState& app) {
    LearnerState& l = app.learner;
    ProgressView& v = l.progress;
    v.dataVersion = l.store->database().queryInt("PRAGMA data_version");
    v.data = l.store->progress(*l.profile);
    std::vector<store::ScenarioPrinciples> available;
    for (const ScenarioEntry& e : app.library.entries)
        if (e.loaded.ok()) available.push_back(store::ScenarioPrinciples{e.loaded.scenario->id, e.loaded.scenario->principles});
    v.advice = store::practiseNext(*v.data, available);
}

void learnerIdle(AppState& app, double now) {
    LearnerState& l = app.learner;
    if (!l.store) return;
    try {
        if (l.lastWriteAt >= 0 && now - l.lastWriteAt >= 1.0) {
            l.lastWriteAt = -1;
            l.store->checkpointIfDue();
        }
        // While the learner looks at the start screen, the progress screen's data is read ahead
        // (once, about 10 ms of CPU at 10,000 runs), so that "Mein Fortschritt" opens at once.
        if (l.profile && !l.progress.data && app.ui.screen == Screen::Start && !l.dialog.open) {
            readProgress(app);
            l.progress.readWhileIdle = true;
        }
    } catch (const store::StoreError& e) {
        storeFailed(app, e);
    }
}

const store::StoredRun* runToContinue(AppState& app) {
    LearnerState& l = app.learner;
    if (!l.store || !l.profile) return nullptr;
    if (l.unfinishedStale) {
        l.unfinishedStale = false;
        try {
            l.unfinished = l.store->newestUnfinished(*l.profile);
        } catch (const store::StoreError& e) {
            storeFailed(app, e);
            return nullptr;
        }
    }
    if (!l.unfinished) return nullptr;
    if (l.recorder && app.game && l.recordedGame == app.game->serial && l.recorder->run() == l.unfinished->summary.id) return nullptr;
    return &*l.unfinished;
}

bool continueStoredRun(AppState& app) {
    LearnerState& l = app.learner;
    const store::StoredRun* run = runToContinue(app);
    if (run == nullptr) return false;
    const bool de = app.settings.lang == Lang::De;
    const ScenarioEntry* entry = entryFor(app, run->summary.scenarioFile, run->summary.scenarioId);
    if (entry == nullptr) {
        l.resumeError = de ? "Das Szenario dieses Durchgangs ist nicht mehr in der Bibliothek." : "This run's scenario is no longer in the library.";
        return false;
    }
    auto game = startGame(*entry, app.settings.lang);
    if (!game) return false;
    if (run->summary.seed != game->runner->options().seed) { // runs from the terminal may use another seed
        RunnerOptions options = game->runner->options();
        options.seed = run->summary.seed;
        game->runner = std::make_unique<Runner>(*game->scenario, options);
    }
    for (const std::string& id : run->choices) {
        if (game->runner->choose(id) != ChooseError::None) {
            l.resumeError = de ? "Dieser Durchgang lässt sich nicht fortsetzen: das Szenario hat sich inzwischen geändert."
                               : "This run cannot be continued: the scenario has changed since.";
            return false;
        }
    }
    game->started = true;
    try {
        auto recorder = std::make_unique<store::RunRecorder>(*l.store, contextFor(app, *game));
        recorder->adopt(*run, *game->runner);
        recorder->commit();
        l.recorder = std::move(recorder);
        l.recordedGame = game->serial;
    } catch (const store::StoreError& e) {
        storeFailed(app, e);
    }
    l.resumeError.clear();
    l.unfinishedStale = true;
    app.game = std::move(game);
    app.ui.personaTab = -1;
    goTo(app, Screen::Play);
    return true;
}

void openProgressScreen(AppState& app) {
    LearnerState& l = app.learner;
    ProgressView& v = l.progress;
    v.openedAt = std::chrono::steady_clock::now();
    v.cpuAtOpen = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    const double threadCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    v.openMs = 0;
    v.firstFrameDrawn = false;
    if (l.store && l.profile) {
        try {
            // Read ahead and nobody has written since (this window resets the data when it
            // records; another process's commit changes data_version): nothing to read.
            const bool fresh = v.data && v.dataVersion == l.store->database().queryInt("PRAGMA data_version");
            v.readWhileIdle = fresh && v.readWhileIdle;
            if (!fresh) readProgress(app);
        } catch (const store::StoreError& e) {
            storeFailed(app, e);
        }
    }
    v.loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - *v.openedAt).count();
    v.loadCpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - threadCpu;
    goTo(app, Screen::Progress);
}

void noteFrameShown(AppState& app) {
    ProgressView& v = app.learner.progress;
    if (!v.openedAt || app.ui.screen != Screen::Progress) return;
    // The frame of the click still showed the start screen; this is the first with the progress.
    if (!v.firstFrameDrawn) {
        v.firstFrameDrawn = true;
        return;
    }
    v.openMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - *v.openedAt).count();
    v.openCpuMs = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - v.cpuAtOpen;
    v.openedAt.reset();
}

std::string scenarioTitle(const AppState& app, const std::string& scenarioId) {
    for (const ScenarioEntry& e : app.library.entries)
        if (e.loaded.ok() && e.loaded.scenario->id == scenarioId)
            return textOf(*e.loaded.scenario, nullptr, e.loaded.scenario->title, app.settings.lang);
    return scenarioId;
}

bool modalOpen(const AppState& app) { return app.ui.showIntro || app.learner.dialog.open; }

} // namespace rapport::gui
