#include "rapport/session/SessionQueue.h"

namespace rapport {

std::future<SessionResult> SessionQueue::push(SessionCommand command) {
    Entry entry{std::move(command), {}};
    std::future<SessionResult> result = entry.result.get_future();
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.push_back(std::move(entry));
    return result;
}

std::size_t SessionQueue::applyPending(Session& session) {
    std::deque<Entry> taken;
    {
        // Taken out first, so senders never wait for the session's work.
        const std::lock_guard<std::mutex> lock(m_mutex);
        taken.swap(m_entries);
    }
    for (Entry& e : taken) e.result.set_value(session.apply(e.command));
    return taken.size();
}

bool SessionQueue::pending() const {
    const std::lock_guard<std::mutex> lock(m_mutex);
    return !m_entries.empty();
}

} // namespace rapport
