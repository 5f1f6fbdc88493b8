#include "PlayRecording.h"

#include "DataPaths.h"
#include "store/ContentHash.h"
#include "store/StoreMessages.h"
#include "store/StorePaths.h"

#include "rapport/core/Cite.h"

#include <poll.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace rapport::cli {
namespace {

// Whether the next answer can be read without waiting: already in stdio's buffer (std::cin
// reads through it), or in the pipe or file.
bool inputReady() {
#ifdef __GLIBC__
    if (stdin->_IO_read_ptr < stdin->_IO_read_end) return true; // saves a system call per answer
#endif
    pollfd fd{STDIN_FILENO, POLLIN, 0};
    return ::poll(&fd, 1, 0) > 0;
}

std::string absolutePath(const std::filesystem::path& file) {
    std::error_code ec;
    const std::filesystem::path full = std::filesystem::absolute(file, ec);
    return ec ? file.string() : full.lexically_normal().string();
}

} // namespace

std::unique_ptr<store::ProgressStore> openStoreFor(const char* command, Lang lang) {
    const auto file = store::defaultDatabasePath();
    if (!file) {
        std::cerr << "rapport " << command << ": "
                  << (lang == Lang::De ? "weder XDG_DATA_HOME noch HOME ist gesetzt: kein Ort für den Fortschritt."
                                       : "neither XDG_DATA_HOME nor HOME is set: nowhere to keep progress.")
                  << "\n";
        return nullptr;
    }
    try {
        return store::ProgressStore::open(*file);
    } catch (const store::StoreError& e) {
        std::cerr << "rapport " << command << ": " << store::describeStoreError(e, lang) << "\n";
        return nullptr;
    }
}

std::optional<std::filesystem::path> storedRunScenarioFile(const store::RunSummary& run, const std::string& dataDir,
                                                          const char* command, Lang lang) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(run.scenarioFile, ec)) return std::filesystem::path(run.scenarioFile);
    if (auto bundled = resolveScenario(run.scenarioId, dataDir)) return bundled;
    std::cerr << "rapport " << command << ": "
              << (lang == Lang::De ? "das Szenario des Durchgangs ist nicht mehr da: " : "the run's scenario is gone: ") << run.scenarioFile << "\n";
    return std::nullopt;
}

PlayRecording::PlayRecording(const ProfileChoice& profile, const std::filesystem::path& scenarioFile, const std::string& origin, Lang lang)
    : m_lang(lang) {
    if (profile.guest) return;
    m_store = openStoreFor("play", lang);
    if (!m_store) {
        std::cerr << "rapport play: " << (lang == Lang::De ? "dieser Durchgang wird nicht gespeichert." : "this run is not recorded.") << "\n";
        return;
    }
    guarded([&] {
        store::RunContext context;
        context.profile = m_store->profileNamed(profile.name);
        context.scenarioFile = absolutePath(scenarioFile);
        context.contentHash = store::fileContentHash(scenarioFile).value_or("");
        context.origin = origin;
        m_recorder = std::make_unique<store::RunRecorder>(*m_store, std::move(context));
    });
}

PlayRecording::PlayRecording(std::unique_ptr<store::ProgressStore> openStore, const store::StoredRun& run,
                             const std::filesystem::path& scenarioFile, const Runner& runner, Lang lang)
    : m_lang(lang), m_store(std::move(openStore)) {
    guarded([&] {
        store::RunContext context;
        context.profile = run.summary.profile;
        context.scenarioFile = absolutePath(scenarioFile);
        context.contentHash = store::fileContentHash(scenarioFile).value_or(run.summary.contentHash);
        context.origin = run.summary.origin;
        m_recorder = std::make_unique<store::RunRecorder>(*m_store, std::move(context));
        m_recorder->adopt(run, runner);
        m_recorder->commit();
    });
}

PlayRecording::~PlayRecording() {
    guarded([&] {
        if (m_recorder) m_recorder->commit();
    });
}

template <typename F> void PlayRecording::guarded(F&& action) {
    if (!m_store) return;
    try {
        action();
    } catch (const store::StoreError& e) {
        std::cerr << "rapport play: " << store::describeStoreError(e, m_lang) << " "
                  << (m_lang == Lang::De ? "Die Aufzeichnung endet hier; das Spiel geht weiter." : "Recording stops here; the game goes on.")
                  << "\n";
        m_recorder.reset();
        m_store.reset();
    }
}

void PlayRecording::afterDecision(const Runner& runner, bool keyboard) {
    guarded([&] {
        if (!m_recorder) return;
        m_recorder->sync(runner);
        if (keyboard) m_recorder->commit();
        else m_recorder->commitIfDue();
    });
}

void PlayRecording::beforeWaiting() {
    guarded([&] {
        if (!m_recorder || inputReady()) return;
        m_recorder->commit();
        m_store->checkpointIfDue(); // while the learner reads and types
    });
}

void PlayRecording::finish(const Runner& runner) {
    guarded([&] {
        if (!m_recorder) return;
        m_recorder->sync(runner);
        m_recorder->commit();
        m_store->checkpointIfDue();
    });
}

std::optional<store::RunId> PlayRecording::run() const {
    if (!m_recorder) return std::nullopt;
    return m_recorder->run();
}

std::optional<std::size_t> replayStoredChoices(Runner& runner, const std::vector<std::string>& choices,
                                               const std::function<void()>& beforeEach, const std::function<void()>& afterEach) {
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (beforeEach) beforeEach();
        const std::optional<ChoiceIndex> choice = runner.findChoice(choices[i]);
        if (!choice || runner.choose(*choice) != ChooseError::None) return i;
        if (afterEach) afterEach();
    }
    return std::nullopt;
}

std::string choiceGoneMessage(const std::vector<std::string>& choices, std::size_t index, Lang lang) {
    const std::string id = cite(choices.at(index));
    return lang == Lang::De ? "das Szenario hat sich geändert, Entscheidung " + std::to_string(index + 1) + " („" + id + "“) ist nicht mehr möglich."
                            : "the scenario has changed, and decision " + std::to_string(index + 1) + " ('" + id + "') is no longer possible.";
}

} // namespace rapport::cli
