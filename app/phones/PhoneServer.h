#pragma once
// The seminar's phone server: participants join with the room code, see their team's decision,
// vote and see the result; the trainer's phone drives the seminar with a PIN. A thin driver: every
// change is a SessionCommand queued for the loop that owns the session (the window), and every
// answer comes from snapshots that loop publishes (docs/seminar-api.md has the contract).

#include "phones/PhoneOptions.h"

#include "rapport/session/Session.h"
#include "rapport/session/SessionQueue.h"

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace rapport::phones {

/// Where phones find the room, and the secrets that guard it.
struct PhoneAddress {
    std::string joinUrl;    ///< http://HOST:PORT/?room=CODE (the QR code holds it)
    std::string trainerUrl; ///< http://HOST:PORT/trainer.html (the PIN is typed there, never in a URL)
    std::string host;       ///< the address in the URLs
    int port = 0;
    std::string room;
    std::string pin;
    std::string warning;    ///< in plain words when the URL cannot reach other devices (no LAN address)
};

/// A phone server over one session. Create, publish and apply on the thread that owns the session;
/// the server's own threads only queue commands and read published snapshots.
class PhoneServer {
public:
    /// Prepares the room (code, PIN, teams) and publishes the session's first state.
    PhoneServer(std::shared_ptr<const Scenario> scenario, const Session& session, SessionQueue& queue, PhoneOptions options);
    ~PhoneServer();
    PhoneServer(const PhoneServer&) = delete;
    PhoneServer& operator=(const PhoneServer&) = delete;

    /// Listens (the wanted port, else the next free one); returns why not in plain words, else "".
    std::string start();
    /// Stops listening and ends every stream and request; returns within about a second.
    void stop();
    [[nodiscard]] bool running() const;

    /// Publishes the session's state for the phones (after every change; cheap to call each frame).
    void publish(const Session& session);
    /// Publishes only when the session's revision moved since the last publish.
    void publishIfChanged(const Session& session);
    /// Applies the queued commands to the session and publishes before anyone hears the result;
    /// returns how many were applied.
    std::size_t applyQueued(Session& session);

    [[nodiscard]] const PhoneAddress& address() const;
    /// Phones joined per team, in the session's team order.
    [[nodiscard]] std::vector<std::uint32_t> joined() const;
    /// All phones joined.
    [[nodiscard]] std::size_t phones() const;
    /// Event streams open now.
    [[nodiscard]] std::size_t streams() const;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

/// The three lines a trainer (or a script) reads: `join: URL`, `room: CODE`, `trainer: PIN`,
/// preceded by the warning if there is one (on its own line, starting with "note:").
void printJoinLines(std::ostream& out, const PhoneAddress& address);

} // namespace rapport::phones
