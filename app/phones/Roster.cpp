#include "phones/Roster.h"

#include "phones/Secrets.h"

#include <algorithm>

namespace rapport::phones {
namespace {

// Ten wrong guesses at once (a room mistyping together), then one a second: guessing a six-letter
// code of 31 signs would take years, and a right code never waits.
constexpr int kGuessBurst = 10;
constexpr auto kGuessInterval = std::chrono::seconds(1);

int wholeSeconds(GuessLimiter::Clock::duration d) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
    return static_cast<int>(std::max<long long>(1, (ms + 999) / 1000));
}

} // namespace

bool GuessLimiter::allowWrongGuess(Clock::time_point now, Clock::duration& retryAfter) {
    const double interval = std::chrono::duration<double>(m_interval).count();
    if (m_last) m_left = std::min(m_burst, m_left + std::chrono::duration<double>(now - *m_last).count() / interval);
    m_last = now;
    if (m_left >= 1.0) {
        m_left -= 1.0;
        return true;
    }
    retryAfter = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>((1.0 - m_left) * interval));
    return false;
}

Roster::Roster(std::string room, std::string pin, std::vector<std::string> teams, std::size_t limit)
    : m_room(std::move(room)), m_pin(std::move(pin)), m_teams(std::move(teams)), m_limit(limit), m_joined(m_teams.size(), 0),
      m_roomGuesses(kGuessBurst, kGuessInterval), m_pinGuesses(kGuessBurst, kGuessInterval) {}

SecretCheck Roster::checkRoom(std::string_view room, int& retryAfterSeconds) {
    if (sameSecret(normalizeRoomCode(room), m_room)) return SecretCheck::Right;
    const std::lock_guard<std::mutex> lock(m_mutex);
    GuessLimiter::Clock::duration wait{};
    if (m_roomGuesses.allowWrongGuess(GuessLimiter::Clock::now(), wait)) return room.empty() ? SecretCheck::Missing : SecretCheck::Wrong;
    retryAfterSeconds = wholeSeconds(wait);
    return SecretCheck::SlowDown;
}

JoinResult Roster::join(std::string_view room, std::string name, std::optional<std::string_view> team) {
    JoinResult result;
    switch (checkRoom(room, result.retryAfterSeconds)) {
    case SecretCheck::Right: break;
    case SecretCheck::SlowDown: result.outcome = JoinResult::Outcome::SlowDown; return result;
    case SecretCheck::Missing:
    case SecretCheck::Wrong: result.outcome = JoinResult::Outcome::WrongRoom; return result;
    }
    const std::lock_guard<std::mutex> lock(m_mutex);
    std::size_t teamIndex = 0;
    if (team && m_teams.size() > 1) {
        const auto it = std::find(m_teams.begin(), m_teams.end(), *team);
        if (it == m_teams.end()) {
            result.outcome = JoinResult::Outcome::UnknownTeam;
            return result;
        }
        teamIndex = static_cast<std::size_t>(it - m_teams.begin());
    } else {
        teamIndex = static_cast<std::size_t>(std::min_element(m_joined.begin(), m_joined.end()) - m_joined.begin());
    }
    if (m_phones.size() >= m_limit) {
        result.outcome = JoinResult::Outcome::Full;
        return result;
    }
    Phone phone;
    phone.voter = "phone-" + std::to_string(m_nextVoter++);
    phone.team = TeamId{static_cast<std::uint32_t>(teamIndex)};
    phone.name = std::move(name);
    std::string token = newToken();
    ++m_joined[teamIndex];
    m_phones.emplace(token, phone);
    result.outcome = JoinResult::Outcome::Joined;
    result.token = std::move(token);
    result.phone = std::move(phone);
    return result;
}

std::optional<Phone> Roster::find(std::string_view token) const {
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_phones.find(std::string(token));
    if (it == m_phones.end()) return std::nullopt;
    return it->second;
}

SecretCheck Roster::checkPin(std::string_view pin, int& retryAfterSeconds) {
    if (pin.empty()) return SecretCheck::Missing;
    if (sameSecret(pin, m_pin)) return SecretCheck::Right;
    const std::lock_guard<std::mutex> lock(m_mutex);
    GuessLimiter::Clock::duration wait{};
    if (m_pinGuesses.allowWrongGuess(GuessLimiter::Clock::now(), wait)) return SecretCheck::Wrong;
    retryAfterSeconds = wholeSeconds(wait);
    return SecretCheck::SlowDown;
}

std::vector<std::uint32_t> Roster::joined() const {
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_joined;
}

std::size_t Roster::size() const {
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_phones.size();
}

std::string checkName(std::string& name) {
    const auto first = name.find_first_not_of(' ');
    const auto last = name.find_last_not_of(' ');
    name = first == std::string::npos ? std::string() : name.substr(first, last - first + 1);
    if (name.size() > kMaxNameBytes) return "name-too-long";
    for (char c : name)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "bad-name";
    return {};
}

} // namespace rapport::phones
