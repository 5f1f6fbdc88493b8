#include "rapport/session/SessionQueue.h"

#include <vector>

namespace rapport {

std::future<SessionResult> SessionQueue::push(SessionCommand command) {
    Entry entry{std::move(command), {}};
    std::future<SessionResult> result = entry.result.get_future();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.push_back(std::move(entry));
    }
    m_queued.notify_all();
    return result;
}

std::size_t SessionQueue::applyPending(Session& session) { return applyPending(session, {}); }

std::size_t SessionQueue::applyPending(Session& session, const std::function<void(const Session&)>& applied) {
    std::deque<Entry> taken;
    {
        // Taken out first, so senders never wait for the session's work.
        const std::lock_guard<std::mutex> lock(m_mutex);
        taken.swap(m_entries);
    }
    if (taken.empty()) return 0;
    std::vector<SessionResult> results;
    results.reserve(taken.size());
    for (Entry& e : taken) results.push_back(session.apply(e.command));
    if (applied) applied(session);
    for (std::size_t i = 0; i < taken.size(); ++i) taken[i].result.set_value(results[i]);
    return taken.size();
}

bool SessionQueue::pending() const {
    const std::lock_guard<std::mutex> lock(m_mutex);
    return !m_entries.empty();
}

bool SessionQueue::waitPending(std::chrono::milliseconds timeout) const {
    std::unique_lock<std::mutex> lock(m_mutex);
    return m_queued.wait_for(lock, timeout, [this] { return !m_entries.empty(); });
}

} // namespace rapport
