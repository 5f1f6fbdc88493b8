#pragma once
// cpp-httplib's server as a seminar needs it (../shared/setup-facts.md): its defaults, eight
// threads and a listen backlog of five, fail a room of phones, and its thread-pool size is fixed
// inside the library. A pool that grows a thread per busy connection up to a limit, and a server
// that listens with a long backlog.

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace rapport::phones {

/// Runs each connection on a thread of its own: idle threads are reused, new ones are started up
/// to `maxThreads`; beyond that connections wait their turn. An event stream holds its thread for
/// as long as it is open, so a fixed small pool would starve every other request.
class ElasticPool final : public httplib::TaskQueue {
public:
    explicit ElasticPool(std::size_t maxThreads) : m_max(maxThreads) {}
    ~ElasticPool() override;
    void enqueue(std::function<void()> job) override;
    /// Lets the running jobs finish, then joins every thread.
    void shutdown() override;

private:
    void work();

    const std::size_t m_max;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    std::vector<std::thread> m_threads;
    std::size_t m_idle = 0;
    bool m_shutdown = false;
};

/// A server that listens with a backlog of its own choosing and binds only where nobody listens.
class ListeningServer final : public httplib::Server {
public:
    /// Binds `host:port` and listens with `backlog`; false when the port is taken.
    bool bindAndListen(const std::string& host, int port, int backlog);
};

} // namespace rapport::phones
