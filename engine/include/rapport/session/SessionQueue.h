#pragma once
// Commands from other threads (the phone server) wait here until the app loop applies them to the
// session, in the order they came; each sender learns the result once its command is applied.

#include "rapport/session/Session.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
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

    /// Like applyPending, and calls `applied` once after the commands, before any sender learns
    /// its result: a driver publishes the new state there, so that whoever hears "done" and then
    /// asks finds the change (not called when nothing was queued).
    std::size_t applyPending(Session& session, const std::function<void(const Session&)>& applied);

    /// Waits until a command is queued or `timeout` has passed; true when one is waiting. The
    /// owning loop waits here instead of sleeping, so a queued command is applied at once.
    bool waitPending(std::chrono::milliseconds timeout) const;

    /// Whether commands are waiting (a loop may skip its sleep).
    [[nodiscard]] bool pending() const;

private:
    struct Entry {
        SessionCommand command;
        std::promise<SessionResult> result;
    };
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_queued;
    std::deque<Entry> m_entries;
};

} // namespace rapport
