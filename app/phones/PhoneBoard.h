#pragma once
// The state the phone server answers from: the loop that owns the session publishes a snapshot
// after every change (built on its own thread from the engine's views), and the server's threads
// read the latest one without ever touching the session. Event streams wait here for the next
// change of their team's phase, round or line.

#include "rapport/session/Session.h"

#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace rapport::phones {

/// What one team's phones are shown, ready to send.
struct TeamBoard {
    std::array<nlohmann::json, 2> state;                ///< per language (Lang): the API's state, "myVote" null
    std::unordered_map<std::string, std::string> votes; ///< voter -> choice id in the current round
    Phase phase = Phase::Waiting;
    std::uint32_t round = 1;
    std::uint32_t line = 0;
    bool sessionEnded = false;
    std::uint64_t epoch = 0;                            ///< moves with phase, round or line: an event for the phones
};

/// The session as the server sees it, at one revision.
struct BoardSnapshot {
    std::uint64_t revision = 0;
    std::vector<TeamBoard> teams;
    std::array<nlohmann::json, 2> trainer;              ///< the trainer's summary, per language
};

/// Builds the snapshot of a session (on the thread that owns it); `previous` carries the epochs on.
[[nodiscard]] std::shared_ptr<const BoardSnapshot> buildSnapshot(const Session& session, const BoardSnapshot* previous);

/// The latest snapshot, shared between the owning loop and the server's threads.
class PhoneBoard {
public:
    /// Makes `next` the current snapshot; wakes the event streams if a team's epoch moved.
    void publish(std::shared_ptr<const BoardSnapshot> next);
    /// The latest snapshot (null before the first publish).
    [[nodiscard]] std::shared_ptr<const BoardSnapshot> current() const;
    /// Waits until team `team`'s epoch differs from `seen`, `timeout` passes or the board stops;
    /// returns the latest snapshot.
    std::shared_ptr<const BoardSnapshot> wait(std::size_t team, std::uint64_t seen, std::chrono::milliseconds timeout) const;
    /// One snapshot per change of team `team` after epoch `seen`, oldest first: each phase, round or
    /// line as it stood when it ended, the current one last. A stream that fell more than
    /// kKeptChanges changes behind gets the latest of them.
    [[nodiscard]] std::vector<std::shared_ptr<const BoardSnapshot>> since(std::size_t team, std::uint64_t seen) const;

    /// How many ended states the board keeps for streams that fall behind.
    static constexpr std::size_t kKeptChanges = 64;
    /// Wakes every waiting stream for good (the server is stopping).
    void stop();
    [[nodiscard]] bool stopped() const;

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::shared_ptr<const BoardSnapshot> m_current;
    std::deque<std::shared_ptr<const BoardSnapshot>> m_ended; ///< the snapshot current just before each change, oldest first
    bool m_stopped = false;
};

} // namespace rapport::phones
