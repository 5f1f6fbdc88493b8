#include "export/ExportFiles.h"

#include "DataPaths.h"
#include "export/RunsCsv.h"
#include "export/StatementSource.h"
#include "store/ExportQueries.h"

#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Evaluate.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace rapport::exports {
namespace {

// A scenario's title in `lang`: from the file the run was played from, else the bundled scenario
// with its id; empty when neither loads (the table then shows the id). One load per scenario.
class TitleCache {
public:
    TitleCache(std::string dataDir, Lang lang) : m_dataDir(std::move(dataDir)), m_lang(lang) {}

    const std::string& titleOf(const store::RunSummary& run) {
        const auto known = m_titles.find(run.scenarioFile);
        if (known != m_titles.end()) return known->second;
        return m_titles[run.scenarioFile] = load(run);
    }

private:
    std::string load(const store::RunSummary& run) const {
        std::error_code ec;
        std::optional<std::filesystem::path> file;
        if (std::filesystem::is_regular_file(run.scenarioFile, ec)) {
            file = run.scenarioFile;
        } else {
            file = resolveScenario(run.scenarioId, m_dataDir);
        }
        if (!file) return {};
        const LoadResult loaded = loadScenarioFile(file->string());
        if (!loaded.ok() || loaded.scenario->id != run.scenarioId) return {};
        return textOf(*loaded.scenario, nullptr, loaded.scenario->title, m_lang);
    }

    std::string m_dataDir;
    Lang m_lang;
    std::map<std::string, std::string> m_titles; // scenario file -> title
};

std::vector<store::Profile> profilesIn(store::ProgressStore& store, const ExportScope& scope) {
    std::vector<store::Profile> all = store.profiles();
    if (!scope.profile) return all;
    all.erase(std::remove_if(all.begin(), all.end(), [&](const store::Profile& p) { return p.id.v != scope.profile->v; }), all.end());
    return all;
}

} // namespace

std::string runsCsvFile(store::ProgressStore& store, const ExportScope& scope, Lang lang) {
    TitleCache titles(scope.dataDir, lang);
    std::vector<CsvRun> rows;
    for (const store::Profile& profile : profilesIn(store, scope)) {
        const std::string account = store::xapiAccount(store, profile.id);
        std::vector<store::RunSummary> runs = store.history(profile.id, true);
        std::reverse(runs.begin(), runs.end()); // the history is newest first
        for (store::RunSummary& run : runs) {
            const std::string title = titles.titleOf(run);
            rows.push_back(CsvRun{std::move(run), profile.name, account, title});
        }
    }
    return runsCsv(rows, lang);
}

std::string statementsFile(store::ProgressStore& store, const ExportScope& scope, std::size_t* count) {
    const std::vector<store::QueuedStatement> statements = allStatements(store, scope.profile);
    std::string out;
    for (const store::QueuedStatement& q : statements) {
        out += q.body;
        out += '\n';
    }
    if (count != nullptr) *count = statements.size();
    return out;
}

} // namespace rapport::exports
