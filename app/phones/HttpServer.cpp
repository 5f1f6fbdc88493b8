#include "phones/HttpServer.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace rapport::phones {

ElasticPool::~ElasticPool() { shutdown(); }

void ElasticPool::enqueue(std::function<void()> job) {
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.push_back(std::move(job));
        // Every waiting job needs a thread of its own: a job may be an event stream that never ends.
        if (m_jobs.size() > m_idle && m_threads.size() < m_max) {
            m_threads.emplace_back([this] { work(); });
            return;
        }
    }
    m_wake.notify_one();
}

void ElasticPool::shutdown() {
    std::vector<std::thread> threads;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_shutdown = true;
        threads.swap(m_threads);
    }
    m_wake.notify_all();
    for (std::thread& t : threads)
        if (t.joinable()) t.join();
}

void ElasticPool::work() {
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            ++m_idle;
            m_wake.wait(lock, [this] { return m_shutdown || !m_jobs.empty(); });
            --m_idle;
            if (m_jobs.empty()) return; // shutting down with nothing left
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
}

bool ListeningServer::bindAndListen(const std::string& host, int port, int backlog) {
    // The library's own socket options set SO_REUSEPORT, which lets a second server bind a port
    // that is in use (and share its connections): only SO_REUSEADDR here, so "taken" means taken.
    set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    if (!bind_to_port(host, port)) return false;
    // Listening again on a listening socket sets its backlog (the library listens with 5).
    return ::listen(svr_sock_, backlog) == 0;
}

} // namespace rapport::phones
