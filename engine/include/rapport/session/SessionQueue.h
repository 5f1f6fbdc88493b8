#pragma once
// Commands from other threads (the phone server) wait here until the app loop applies them to the
// session, in the order they came; each sender learns the result once its command is applied.

#include "rapport/session/Session.h"

#include <deque>
#include <future>
#include <mutex>

namespace rapport {

/// A thread-safe queue of session commands with a result for each sender.
class SessionQueue {
public:
    /// Queues a command from any thread; the future holds the result once the loop has applied it.
    [[nodiscard]] std::future<SessionResult> push(SessionCommand command);

    /// Applies every queued command to `session` in order, on the thread that owns the session;
    /// returns how many were applied (accepted or refused).
    std::size_t applyPending(Session& session);

    /// Whether commands are waiting (a loop may skip its sleep).
    [[nodiscard]] bool pending() const;

private:
    struct Entry {
        SessionCommand command;
        std::promise<SessionResult> result;
    };
    mutable std::mutex m_mutex;
    std::deque<Entry> m_entries;
};

} // namespace rapport
