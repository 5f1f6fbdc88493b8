#include "Seminar.h"

#include "Recording.h"
#include "Screens.h"

#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Evaluate.h"

#include <ctime>
#include <iostream>
#include <ostream>

namespace rapport::gui {
namespace {

void save(AppState& app) {
    SeminarUi& seminar = *app.seminar;
    seminar.attemptedRevision = seminar.session->revision();
    recordEndedSeminar(app);
    if (seminar.file.empty()) return;
    const WriteResult written = saveSessionFile(seminar.file, *seminar.session);
    if (written.ok()) {
        seminar.saveError.clear();
        seminar.savedRevision = seminar.session->revision();
    } else {
        seminar.saveError = written.error;
    }
}

void show(AppState& app, std::unique_ptr<SeminarUi> seminar) {
    app.seminar = std::move(seminar);
    app.seminarOffer.reset();
    app.ui.showIntro = false; // a seminar in front of a room: no introduction in the way
    if (!app.fonts.projector) app.requests.rebuildFonts = true; // the projector's sizes, after this frame
    goTo(app, Screen::Seminar);
}

} // namespace

std::string startSeminar(AppState& app, std::shared_ptr<const Scenario> scenario, const std::filesystem::path& scenarioFile,
                         SessionOptions options) {
    const std::string why = Session::whyInvalid(*scenario, options, app.settings.lang);
    if (!why.empty()) return why;
    const std::time_t now = std::time(nullptr);
    options.lang = app.settings.lang;
    options.source = std::filesystem::absolute(scenarioFile).lexically_normal().string();
    options.started = startedStamp(now);
    auto seminar = std::make_unique<SeminarUi>();
    seminar->scenario = std::move(scenario);
    seminar->session = std::make_unique<Session>(*seminar->scenario, options);
    if (const auto folder = sessionsFolder()) seminar->file = newSessionFile(*folder, seminar->scenario->id, now);
    else seminar->saveError = tr(app, "Kein Datenordner (HOME ist nicht gesetzt): das Seminar wird nicht gespeichert.",
                                 "No data folder (HOME is not set): the seminar is not saved.");
    show(app, std::move(seminar));
    save(app);
    return {};
}

std::string resumeSeminar(AppState& app, const SavedSession& saved) {
    const bool de = app.settings.lang == Lang::De;
    std::shared_ptr<const Scenario> scenario;
    // The library's copy if it holds the same file or id; else the file the seminar recorded.
    for (const ScenarioEntry& e : app.library.entries) {
        if (!e.loaded.ok()) continue;
        const bool sameFile = std::filesystem::absolute(e.path).lexically_normal().string() == saved.summary.source;
        if (sameFile || (!scenario && e.loaded.scenario->id == saved.summary.scenario)) scenario = e.loaded.scenario;
        if (sameFile) break;
    }
    if (!scenario) {
        const LoadResult loaded = loadScenarioFile(saved.summary.source);
        if (!loaded.ok())
            return (de ? "Das Szenario des Seminars ist nicht mehr da: " : "The seminar's scenario is no longer there: ") + saved.summary.source;
        scenario = loaded.scenario;
    }
    std::string error;
    const std::optional<std::string> text = readSessionText(saved.file, error);
    if (!text) return error;
    SessionLoad loaded = sessionFromJson(*scenario, *text, app.settings.lang);
    if (!loaded.session) return (de ? "Das Seminar lässt sich nicht fortsetzen: " : "The seminar cannot be continued: ") + loaded.error;
    auto seminar = std::make_unique<SeminarUi>();
    seminar->scenario = std::move(scenario);
    seminar->session = std::move(loaded.session);
    seminar->file = saved.file;
    seminar->savedRevision = seminar->session->revision();
    show(app, std::move(seminar));
    return {};
}

bool seminarCommand(AppState& app, const SessionCommand& command) {
    SeminarUi& seminar = *app.seminar;
    const SessionResult result = seminar.session->apply(command);
    if (!result.ok()) {
        seminar.refused = std::string(describe(result.error, app.settings.lang));
        return false;
    }
    seminar.refused.clear();
    const Line& shown = seminar.session->activeLine(shownTeam(app));
    if (shown.phase == Phase::Applied) seminar.changedAt = app.ui.now;
    save(app);
    return true;
}

void recordTeamChoice(AppState& app, TeamId team, ChoiceIndex choice) {
    if (!seminarCommand(app, CastVote{team, "trainer", choice})) return;
    const Session& session = *app.seminar->session;
    const std::size_t n = session.teamCount();
    for (std::size_t k = 1; k < n; ++k) {
        const TeamId next{static_cast<std::uint32_t>((team.value + k) % n)};
        const Line& line = session.activeLine(next);
        const VoteRound* r = session.currentRound(line.id);
        if (line.phase == Phase::Voting && r != nullptr && session.tally(*r).total == 0) {
            app.seminar->selected = next;
            return;
        }
    }
}

bool applyQueuedCommands(AppState& app) {
    if (!app.seminar || !app.seminar->queue->pending()) return false;
    SeminarUi& seminar = *app.seminar;
    const std::uint64_t before = seminar.session->revision();
    // With phones on, their snapshot is published before any sender hears its result.
    if (seminar.phones) seminar.phones->applyQueued(*seminar.session);
    else seminar.queue->applyPending(*seminar.session);
    if (seminar.session->revision() != before) save(app);
    return true;
}

std::string startPhones(AppState& app, phones::PhoneOptions options) {
    SeminarUi& seminar = *app.seminar;
    stopPhones(app);
    if (options.webRoot.empty() && app.dataDir) options.webRoot = *app.dataDir / "assets" / "web";
    seminar.phoneOptions = options;
    auto server = std::make_unique<phones::PhoneServer>(seminar.scenario, *seminar.session, *seminar.queue, options);
    if (std::string why = server->start(); !why.empty()) {
        seminar.phonesError = why;
        return why;
    }
    seminar.phonesError.clear();
    seminar.phonesQr = phones::encodeQr(server->address().joinUrl);
    seminar.phonesSeen = 0;
    phones::printJoinLines(std::cout, server->address());
    seminar.phones = std::move(server);
    seminar.phoneApplier = std::make_unique<phones::QueueApplier>(*seminar.queue, app.sessionLock, [&seminar] {
        seminar.phones->applyQueued(*seminar.session);
    });
    return {};
}

void stopPhones(AppState& app) {
    SeminarUi& seminar = *app.seminar;
    if (!seminar.phones) return;
    seminar.phoneApplier.reset(); // first: it applies through the server
    seminar.phones->stop();
    seminar.phones.reset();
    seminar.phonesQr = {};
}

bool updatePhones(AppState& app) {
    if (!app.seminar || !app.seminar->phones) return false;
    SeminarUi& seminar = *app.seminar;
    seminar.phones->publishIfChanged(*seminar.session);
    // What the applier thread changed is saved here, on the window's thread.
    if (seminar.session->revision() != seminar.attemptedRevision) save(app);
    const std::size_t joined = seminar.phones->phones();
    bool moved = joined != seminar.phonesSeen;
    seminar.phonesSeen = joined;
    if (seminar.phoneApplier && seminar.phoneApplier->appliedSince()) moved = true;
    return moved;
}

TeamId shownTeam(const AppState& app) {
    const std::uint32_t count = static_cast<std::uint32_t>(app.seminar->session->teamCount());
    return TeamId{app.seminar->selected.value < count ? app.seminar->selected.value : 0};
}

const Comparison& seminarComparison(AppState& app) {
    SeminarUi& seminar = *app.seminar;
    if (!seminar.comparison || seminar.comparisonRevision != seminar.session->revision()) {
        seminar.comparison = compareSession(*seminar.session);
        seminar.comparisonRevision = seminar.session->revision();
    }
    return *seminar.comparison;
}

std::string teamName(const AppState& app, TeamId team) {
    const Session& session = *app.seminar->session;
    if (session.form() == SessionForm::Plenary) return tr(app, "Plenum", "Plenary");
    return session.team(team).name;
}

std::string lineName(const AppState& app, LineId id) {
    const Line& line = app.seminar->session->line(id);
    std::string name = teamName(app, line.team);
    if (line.number == 0) return name;
    const bool de = app.settings.lang == Lang::De;
    return name + (de ? " – Variante " : " – variant ") + std::to_string(line.number) + (de ? " (ab Entscheidung " : " (from decision ") +
           std::to_string(line.forkRound) + ")";
}

void describeSeminar(const AppState& app, std::ostream& out) {
    if (app.seminarOffer) out << "seminar-offer=" << app.seminarOffer->file.string() << "\n";
    if (!app.seminar) return;
    const SeminarUi& seminar = *app.seminar;
    const Session& session = *seminar.session;
    const TeamId shown = shownTeam(app);
    out << "seminar=" << session.scenario().id << "\n"
        << "seminar-form=" << idOf(session.form()) << "\n"
        << "seminar-teams=" << session.teamCount() << "\n"
        << "seminar-selected=" << shown.value << "\n"
        << "seminar-phase=" << idOf(session.phase(shown)) << "\n"
        << "seminar-round=" << session.round(shown) << "\n"
        << "seminar-lines=" << session.lines().size() << "\n"
        << "seminar-active-line=" << session.team(shown).active.value << "\n"
        << "seminar-revision=" << session.revision() << "\n"
        << "seminar-saved-revision=" << seminar.savedRevision << "\n"
        << "seminar-file=" << seminar.file.string() << "\n"
        << "seminar-save-error=" << seminar.saveError << "\n"
        << "seminar-refused=" << seminar.refused << "\n"
        << "seminar-all-ended=" << (session.allEnded() ? 1 : 0) << "\n"
        << "seminar-timer=" << (seminar.timer.running ? 1 : 0) << "\n"
        << "seminar-what-if=" << (seminar.whatIfOpen ? 1 : 0) << "\n"
        << "phones=" << (seminar.phones ? "on" : "off") << "\n"
        << "phones-error=" << seminar.phonesError << "\n";
    if (seminar.phones) {
        out << "phones-url=" << seminar.phones->address().joinUrl << "\n"
            << "phones-room=" << seminar.phones->address().room << "\n"
            << "phones-joined=" << seminar.phones->phones() << "\n"
            << "phones-streams=" << seminar.phones->streams() << "\n";
    }
    for (std::size_t t = 0; t < session.teamCount(); ++t) {
        const TeamId id{static_cast<std::uint32_t>(t)};
        const Line& line = session.activeLine(id);
        const VoteRound* round = session.currentRound(line.id);
        out << "seminar-team " << t << " phase=" << idOf(line.phase) << " round=" << line.round << " line=" << line.id.value
            << " votes=" << (round != nullptr ? session.tally(*round).total : 0) << " path=" << line.runner->path().size()
            << " score=" << comparisonScore(*line.runner) / 100 << "\n";
    }
}

} // namespace rapport::gui
