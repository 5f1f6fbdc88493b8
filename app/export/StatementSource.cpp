#include "export/StatementSource.h"

#include "export/XapiStatements.h"
#include "store/ExportQueries.h"

#include <algorithm>
#include <map>

namespace rapport::exports {
namespace {

// Runs queued per transaction: a first sync of a long history commits as it goes.
constexpr std::size_t kRunsPerTransaction = 200;

std::vector<store::QueuedStatement> statementsOfRun(store::ProgressStore& store, const store::RunSummary& run, const std::string& account) {
    std::vector<store::QueuedStatement> out = runStatements(run, store.decisionsOf(run.id), account);
    for (store::QueuedStatement& q : out) q.run = run.id;
    return out;
}

} // namespace

std::vector<store::QueuedStatement> allStatements(store::ProgressStore& store, std::optional<store::ProfileId> profile) {
    std::vector<store::QueuedStatement> out;
    std::vector<store::ProfileId> profiles;
    if (profile) {
        profiles.push_back(*profile);
    } else {
        for (const store::Profile& p : store.profiles()) profiles.push_back(p.id);
    }
    for (const store::ProfileId id : profiles) {
        const std::string account = store::xapiAccount(store, id);
        std::vector<store::RunSummary> runs = store.history(id, true);
        std::reverse(runs.begin(), runs.end()); // the history is newest first
        for (const store::RunSummary& run : runs) {
            std::vector<store::QueuedStatement> some = statementsOfRun(store, run, account);
            std::move(some.begin(), some.end(), std::back_inserter(out));
        }
    }
    if (!profile) {
        // Every recorded session, queued or not: the same query the queue uses, without its filter.
        store::Statement s = store.database().prepare("SELECT id FROM seminar_session ORDER BY finished_at, id");
        std::vector<std::int64_t> sessions;
        while (s.step()) sessions.push_back(s.int64(0));
        for (const std::int64_t id : sessions)
            if (const auto session = store::readSeminarSession(store, id)) {
                std::vector<store::QueuedStatement> some = seminarStatements(*session);
                std::move(some.begin(), some.end(), std::back_inserter(out));
            }
    }
    return out;
}

std::size_t queueNewStatements(store::ProgressStore& store) {
    store::StatementQueue queue(store);
    std::size_t added = 0;
    std::map<std::int64_t, std::string> accounts; // profile -> pseudonym
    const std::vector<store::RunId> runs = queue.runsToQueue();
    const std::int64_t now = store::nowMs();
    for (std::size_t first = 0; first < runs.size(); first += kRunsPerTransaction) {
        std::vector<store::QueuedStatement> batch;
        for (std::size_t k = first; k < std::min(runs.size(), first + kRunsPerTransaction); ++k) {
            const auto run = store.runSummary(runs[k], true);
            if (!run) continue;
            auto account = accounts.find(run->profile.v);
            if (account == accounts.end()) account = accounts.emplace(run->profile.v, store::xapiAccount(store, run->profile)).first;
            std::vector<store::QueuedStatement> some = statementsOfRun(store, *run, account->second);
            std::move(some.begin(), some.end(), std::back_inserter(batch));
        }
        queue.enqueue(batch, now);
        added += batch.size();
    }
    std::vector<store::QueuedStatement> seminar;
    for (const std::int64_t id : queue.sessionsToQueue())
        if (const auto session = store::readSeminarSession(store, id)) {
            std::vector<store::QueuedStatement> some = seminarStatements(*session);
            std::move(some.begin(), some.end(), std::back_inserter(seminar));
        }
    if (!seminar.empty()) queue.enqueue(seminar, now);
    return added + seminar.size();
}

} // namespace rapport::exports
