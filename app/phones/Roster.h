#pragma once
// Who has joined a phone room: each phone's token, its voter name in the session (a pseudonym,
// "phone-7", never the token: the session file keeps voters), its team and optional nickname.
// Guards the room code and the trainer's PIN: wrong guesses are slowed down for everyone who
// guesses wrong, while a phone that brings the right code always gets in at once (a room shares
// one address, so nothing here is per address).

#include "rapport/session/SessionCommands.h"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::phones {

/// How long a nickname may be, in bytes of UTF-8.
inline constexpr std::size_t kMaxNameBytes = 40;

/// One joined phone.
struct Phone {
    std::string voter;   ///< the session's voter id ("phone-7")
    TeamId team;
    std::string name;    ///< the nickname, possibly empty; kept in memory only
};

/// Lets a burst of wrong guesses through, then one per `interval`; shared by every guesser.
class GuessLimiter {
public:
    using Clock = std::chrono::steady_clock;
    GuessLimiter(int burst, Clock::duration interval) : m_burst(burst), m_interval(interval), m_left(burst) {}
    /// Takes one wrong guess; false (and `retryAfter`) when guesses come too fast.
    bool allowWrongGuess(Clock::time_point now, Clock::duration& retryAfter);

private:
    double m_burst;
    Clock::duration m_interval;
    double m_left;                ///< guesses left now (a bucket refilled one per interval)
    std::optional<Clock::time_point> m_last;
};

/// What a join gave.
struct JoinResult {
    enum class Outcome { Joined, WrongRoom, SlowDown, Full, UnknownTeam } outcome = Outcome::WrongRoom;
    std::string token;
    Phone phone;
    int retryAfterSeconds = 0; ///< SlowDown: when to try again
};

/// What a secret (the room code, the trainer's PIN) checked against the room's gave.
enum class SecretCheck { Right, Missing, Wrong, SlowDown };

/// The phones of one room, safe to use from every server thread.
class Roster {
public:
    /// `teams`: the session's team names (one empty name in plenary).
    Roster(std::string room, std::string pin, std::vector<std::string> teams, std::size_t limit);

    /// Joins with the room code; `team` names one of the teams (teams mode); without one the phone
    /// goes to the team with the fewest phones. The name must already be checked (checkName).
    JoinResult join(std::string_view room, std::string name, std::optional<std::string_view> team);
    /// The phone holding this token, if any.
    [[nodiscard]] std::optional<Phone> find(std::string_view token) const;
    /// Checks a room code as typed (a phone looking at the room before it joins).
    SecretCheck checkRoom(std::string_view room, int& retryAfterSeconds);
    /// Checks the trainer's PIN (empty: none given).
    SecretCheck checkPin(std::string_view pin, int& retryAfterSeconds);

    /// Phones joined per team, in the session's team order.
    [[nodiscard]] std::vector<std::uint32_t> joined() const;
    [[nodiscard]] std::size_t size() const;
    [[nodiscard]] std::size_t limit() const { return m_limit; }
    [[nodiscard]] const std::string& room() const { return m_room; }
    [[nodiscard]] const std::string& pin() const { return m_pin; }
    [[nodiscard]] const std::vector<std::string>& teams() const { return m_teams; }

private:
    const std::string m_room;
    const std::string m_pin;
    const std::vector<std::string> m_teams;
    const std::size_t m_limit;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Phone> m_phones; ///< by token
    std::vector<std::uint32_t> m_joined;
    std::uint32_t m_nextVoter = 1;
    GuessLimiter m_roomGuesses;
    GuessLimiter m_pinGuesses;
};

/// Why a nickname cannot be used (too long, control characters), in the API's error ids; "" if fine.
/// Leading and trailing spaces are dropped from `name`.
[[nodiscard]] std::string checkName(std::string& name);

} // namespace rapport::phones
