#pragma once
// Applies the phones' queued commands to the session on a thread of its own, whenever the loop
// that owns the session lets go of it. The window holds the session's lock while it reads events
// and builds a frame (a millisecond or two) and releases it while Mesa renders and shows the frame
// (tens of milliseconds in software): a vote then waits for the lock, not for a frame.

#include "rapport/session/SessionQueue.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

namespace rapport::phones {

/// A thread that applies queued commands under the session's lock.
class QueueApplier {
public:
    /// `apply` runs with `session` locked each time commands are queued (it applies and publishes).
    QueueApplier(SessionQueue& queue, std::timed_mutex& session, std::function<void()> apply);
    /// Stops the thread; safe to call while holding the session's lock.
    ~QueueApplier();
    QueueApplier(const QueueApplier&) = delete;
    QueueApplier& operator=(const QueueApplier&) = delete;

    /// Whether commands were applied since the last call (the window redraws).
    bool appliedSince() { return m_applied.exchange(false); }

private:
    void run();

    SessionQueue& m_queue;
    std::timed_mutex& m_session;
    std::function<void()> m_apply;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_applied{false};
    std::thread m_thread;
};

} // namespace rapport::phones
