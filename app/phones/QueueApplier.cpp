#include "phones/QueueApplier.h"

#include <chrono>

namespace rapport::phones {

QueueApplier::QueueApplier(SessionQueue& queue, std::timed_mutex& session, std::function<void()> apply)
    : m_queue(queue), m_session(session), m_apply(std::move(apply)), m_thread([this] { run(); }) {}

QueueApplier::~QueueApplier() {
    m_stop = true;
    m_thread.join();
}

void QueueApplier::run() {
    while (!m_stop) {
        if (!m_queue.waitPending(std::chrono::milliseconds(50))) continue;
        // Tried in short steps: whoever stops this thread may hold the lock meanwhile.
        while (!m_stop) {
            if (m_session.try_lock_for(std::chrono::milliseconds(10))) {
                m_apply();
                m_session.unlock();
                m_applied = true;
                break;
            }
        }
    }
}

} // namespace rapport::phones
