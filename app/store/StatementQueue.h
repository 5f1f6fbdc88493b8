#pragma once
// The xAPI statements waiting for a Learning Record Store, in the progress database (migration 4):
// a finished run's statements are queued once, in order; a statement the LRS took is marked sent
// (its body is dropped, its id stays, so it is never queued or sent again); one the LRS rejected
// stays unsent with the LRS's reason. Deleting a profile deletes its queued statements with its runs.
// What a statement says is built elsewhere (app/export); this only keeps them.

#include "store/ProgressStore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

/// One statement in the queue.
struct QueuedStatement {
    std::string id;   ///< the statement's UUID
    std::string body; ///< the statement as JSON (empty once sent)
    std::optional<RunId> run;             ///< the run it tells of, or
    std::optional<std::int64_t> session;  ///< the seminar session it tells of
    int seq = 0;                          ///< its place among the run's statements
    std::int64_t position = 0;            ///< its place in the queue (filled when read)
    int attempts = 0;                     ///< how often it was offered to an LRS
    std::optional<std::string> lastError; ///< why the LRS rejected it last time
};

/// How many statements the queue holds.
struct QueueCounts {
    std::int64_t unsent = 0;   ///< waiting, the rejected ones included
    std::int64_t rejected = 0; ///< waiting because the LRS said no (with a reason)
    std::int64_t sent = 0;
};

/// Which waiting statements to read: never rejected, or rejected before.
enum class QueuePass : std::uint8_t { Fresh, Rejected };

/// The queue of one open progress store. Every call outside a transaction runs in its own.
class StatementQueue {
public:
    explicit StatementQueue(ProgressStore& store) : m_store(store), m_db(store.database()) {}

    /// Finished runs none of whose statements are queued yet, oldest first.
    [[nodiscard]] std::vector<RunId> runsToQueue();
    /// Finished seminar sessions none of whose statements are queued yet, oldest first.
    [[nodiscard]] std::vector<std::int64_t> sessionsToQueue();
    /// Queues statements in one transaction; an id already queued (or sent) is left as it is.
    void enqueue(const std::vector<QueuedStatement>& statements, std::int64_t now);

    /// Up to `limit` waiting statements of `pass` after queue position `after`, in queue order.
    [[nodiscard]] std::vector<QueuedStatement> waiting(QueuePass pass, std::int64_t after, std::size_t limit);
    /// Marks statements as taken by the LRS (and drops their bodies), in one transaction.
    void markSent(const std::vector<std::string>& ids, std::int64_t now);
    /// Keeps a statement waiting with the LRS's reason for refusing it.
    void markRejected(const std::string& id, const std::string& reason, std::int64_t now);
    /// Counts an attempt that got no answer about the statement itself (the LRS was unreachable).
    void noteAttempt(const std::vector<std::string>& ids, std::int64_t now);

    [[nodiscard]] QueueCounts counts();
    /// The waiting statements the LRS rejected, with their reasons, in queue order (at most `limit`).
    [[nodiscard]] std::vector<QueuedStatement> rejected(std::size_t limit);

private:
    template <typename F> void inTransaction(F&& body);

    ProgressStore& m_store;
    Database& m_db;
};

} // namespace rapport::store
