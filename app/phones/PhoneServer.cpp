#include "phones/PhoneServer.h"

#include "phones/LanAddress.h"
#include "phones/PhoneServerImpl.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <ostream>

namespace rapport::phones {
namespace {

std::vector<std::string> teamNames(const Session& session) {
    std::vector<std::string> names;
    for (std::size_t t = 0; t < session.teamCount(); ++t) names.push_back(session.team(TeamId{static_cast<std::uint32_t>(t)}).name);
    return names;
}

bool listensEverywhere(const std::string& host) { return host.empty() || host == "0.0.0.0"; }

// Every phone holds two or three connections: raise the soft limit on open files (often 1024)
// to what the system allows, so a full room never runs out of them.
void raiseOpenFileLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
    const rlim_t wanted = std::min<rlim_t>(limit.rlim_max, 65536);
    if (limit.rlim_cur >= wanted) return;
    limit.rlim_cur = wanted;
    setrlimit(RLIMIT_NOFILE, &limit);
}

} // namespace

PhoneServer::PhoneServer(std::shared_ptr<const Scenario> scenario, const Session& session, SessionQueue& queue, PhoneOptions options)
    : m_impl(std::make_unique<Impl>(std::move(scenario), queue, std::move(options), teamNames(session))) {
    Impl& m = *m_impl;
    m.form = session.form();
    for (std::size_t i = 0; i < m.scenario->choices.size(); ++i) m.choices.emplace(m.scenario->choices[i].id, static_cast<ChoiceIndex>(i));
    publish(session);
    installRoutes(m);
}

PhoneServer::~PhoneServer() { stop(); }

std::string PhoneServer::start() {
    Impl& m = *m_impl;
    if (running()) return {};
    std::error_code ec;
    if (!std::filesystem::is_regular_file(m.options.webRoot / "index.html", ec))
        return "the phone page is missing: no index.html in " + m.options.webRoot.string();
    raiseOpenFileLimit();
    const std::string host = listensEverywhere(m.options.host) ? "0.0.0.0" : m.options.host;
    int port = 0;
    for (int p = m.options.port; p < m.options.port + kPortsTried && p <= 65535; ++p) {
        if (m.http.bindAndListen(host, p, m.options.backlog)) {
            port = p;
            break;
        }
    }
    if (port == 0)
        return "cannot listen on " + host + ": ports " + std::to_string(m.options.port) + " to " +
               std::to_string(m.options.port + kPortsTried - 1) + " are taken or the address is not this computer's";
    m.stopping = false;
    m.listenDone = false;
    m.listener = std::thread([&m] {
        m.http.listen_after_bind();
        m.listenDone = true;
    });
    for (int i = 0; i < 200 && !m.http.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));

    PhoneAddress& a = m.address;
    a.port = port;
    a.room = m.roster.room();
    a.pin = m.roster.pin();
    if (!listensEverywhere(m.options.host)) {
        a.host = m.options.host;
    } else if (const std::optional<std::string> lan = firstPrivateAddress()) {
        a.host = *lan;
    } else {
        a.host = "127.0.0.1";
        a.warning = "no private network address found (Wi-Fi or LAN): phones cannot reach this computer; the join address "
                    "uses 127.0.0.1 (this computer only)";
    }
    // An IPv6 address goes in brackets in a URL.
    const std::string urlHost = a.host.find(':') != std::string::npos ? "[" + a.host + "]" : a.host;
    const std::string base = "http://" + urlHost + ":" + std::to_string(port);
    a.joinUrl = base + "/?room=" + a.room;
    a.trainerUrl = base + "/trainer.html";
    return {};
}

void PhoneServer::stop() {
    Impl& m = *m_impl;
    m.stopping = true;
    m.board.stop(); // ends the event streams and wakes requests waiting for the session
    if (!m.listener.joinable()) return;
    // The accept loop may not have started yet: stop it until it has ended.
    while (!m.listenDone) {
        m.http.stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    m.listener.join();
}

bool PhoneServer::running() const { return m_impl->listener.joinable() && !m_impl->stopping; }

void PhoneServer::publish(const Session& session) {
    Impl& m = *m_impl;
    const std::shared_ptr<const BoardSnapshot> before = m.board.current();
    m.board.publish(buildSnapshot(session, before.get()));
    m.publishedRevision = session.revision();
    m.published = true;
}

void PhoneServer::publishIfChanged(const Session& session) {
    if (!m_impl->published || session.revision() != m_impl->publishedRevision) publish(session);
}

std::size_t PhoneServer::applyQueued(Session& session) {
    return m_impl->queue.applyPending(session, [this](const Session& applied) { publishIfChanged(applied); });
}

const PhoneAddress& PhoneServer::address() const { return m_impl->address; }
std::vector<std::uint32_t> PhoneServer::joined() const { return m_impl->roster.joined(); }
std::size_t PhoneServer::phones() const { return m_impl->roster.size(); }
std::size_t PhoneServer::streams() const { return m_impl->streams; }

void printJoinLines(std::ostream& out, const PhoneAddress& address) {
    if (!address.warning.empty()) out << "note: " << address.warning << "\n";
    out << "join: " << address.joinUrl << "\n"
        << "room: " << address.room << "\n"
        << "trainer: " << address.pin << std::endl; // flushed at once: a script waits for these lines
}

} // namespace rapport::phones
