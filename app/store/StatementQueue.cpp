#include "store/StatementQueue.h"

namespace rapport::store {
namespace {

QueuedStatement readWaiting(const Statement& s) {
    QueuedStatement q;
    q.position = s.int64(0);
    q.id = s.text(1);
    q.body = s.optionalText(2).value_or("");
    if (const auto run = s.optionalInt64(3)) q.run = RunId{*run};
    q.session = s.optionalInt64(4);
    q.seq = s.int32(5);
    q.attempts = s.int32(6);
    q.lastError = s.optionalText(7);
    return q;
}

constexpr std::string_view kWaitingColumns = "rowid, id, body, run_id, session_id, seq, attempts, last_error";

} // namespace

template <typename F> void StatementQueue::inTransaction(F&& body) {
    if (m_db.inTransaction()) {
        body();
        return;
    }
    m_db.exec("BEGIN IMMEDIATE");
    try {
        body();
        m_db.exec("COMMIT");
    } catch (...) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const StoreError&) { // SQLite may have rolled back already
        }
        throw;
    }
}

std::vector<RunId> StatementQueue::runsToQueue() {
    m_store.commit(); // a run finished in this connection counts
    Statement s = m_db.prepare("SELECT r.id FROM run r WHERE r.status = 'finished'"
                               " AND NOT EXISTS (SELECT 1 FROM xapi_statement q WHERE q.run_id = r.id)"
                               " ORDER BY r.finished_at, r.id");
    std::vector<RunId> out;
    while (s.step()) out.push_back(RunId{s.int64(0)});
    return out;
}

std::vector<std::int64_t> StatementQueue::sessionsToQueue() {
    Statement s = m_db.prepare("SELECT t.id FROM seminar_session t"
                               " WHERE NOT EXISTS (SELECT 1 FROM xapi_statement q WHERE q.session_id = t.id)"
                               " ORDER BY t.finished_at, t.id");
    std::vector<std::int64_t> out;
    while (s.step()) out.push_back(s.int64(0));
    return out;
}

void StatementQueue::enqueue(const std::vector<QueuedStatement>& statements, std::int64_t now) {
    inTransaction([&] {
        Statement s = m_db.prepare("INSERT OR IGNORE INTO xapi_statement (id, run_id, session_id, seq, body, queued_at)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        for (const QueuedStatement& q : statements) {
            s.bind(1, q.id);
            if (q.run) {
                s.bind(2, q.run->v);
            } else {
                s.bindNull(2);
            }
            s.bind(3, q.session).bind(4, q.seq).bind(5, q.body).bind(6, now).run();
        }
    });
}

std::vector<QueuedStatement> StatementQueue::waiting(QueuePass pass, std::int64_t after, std::size_t limit) {
    // The partial index on unsent rows keeps this quick however many statements were sent.
    Statement s = m_db.prepare("SELECT " + std::string(kWaitingColumns) + " FROM xapi_statement WHERE sent_at IS NULL AND rowid > ?1 AND " +
                               (pass == QueuePass::Fresh ? "last_error IS NULL" : "last_error IS NOT NULL") + " ORDER BY rowid LIMIT ?2");
    s.bind(1, after).bind(2, static_cast<std::int64_t>(limit));
    std::vector<QueuedStatement> out;
    while (s.step()) out.push_back(readWaiting(s));
    return out;
}

void StatementQueue::markSent(const std::vector<std::string>& ids, std::int64_t now) {
    inTransaction([&] {
        Statement s = m_db.prepare("UPDATE xapi_statement SET sent_at = ?2, body = NULL, last_error = NULL, attempts = attempts + 1,"
                                   " last_attempt_at = ?2 WHERE id = ?1 AND sent_at IS NULL");
        for (const std::string& id : ids) s.bind(1, id).bind(2, now).run();
    });
}

void StatementQueue::markRejected(const std::string& id, const std::string& reason, std::int64_t now) {
    inTransaction([&] {
        m_db.prepare("UPDATE xapi_statement SET last_error = ?2, attempts = attempts + 1, last_attempt_at = ?3 WHERE id = ?1")
            .bind(1, id)
            .bind(2, reason)
            .bind(3, now)
            .run();
    });
}

void StatementQueue::noteAttempt(const std::vector<std::string>& ids, std::int64_t now) {
    inTransaction([&] {
        Statement s = m_db.prepare("UPDATE xapi_statement SET attempts = attempts + 1, last_attempt_at = ?2 WHERE id = ?1");
        for (const std::string& id : ids) s.bind(1, id).bind(2, now).run();
    });
}

QueueCounts StatementQueue::counts() {
    Statement s = m_db.prepare("SELECT count(*) FILTER (WHERE sent_at IS NULL), count(*) FILTER (WHERE sent_at IS NULL AND last_error IS NOT NULL),"
                               " count(*) FILTER (WHERE sent_at IS NOT NULL) FROM xapi_statement");
    QueueCounts out;
    if (s.step()) {
        out.unsent = s.int64(0);
        out.rejected = s.int64(1);
        out.sent = s.int64(2);
        s.reset();
    }
    return out;
}

std::vector<QueuedStatement> StatementQueue::rejected(std::size_t limit) {
    return waiting(QueuePass::Rejected, 0, limit);
}

} // namespace rapport::store
