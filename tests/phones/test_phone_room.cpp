// The phone room's parts that need no network: secrets, joining and its limits, the guessing
// brake, names, the language a request asks for, the LAN address and the QR code.

#include "phones/LanAddress.h"
#include "phones/PhoneJson.h"
#include "phones/QrCode.h"
#include "phones/Roster.h"
#include "phones/Secrets.h"

#include <doctest/doctest.h>

#include <set>

using namespace rapport;
using namespace rapport::phones;

TEST_CASE("secrets: 128-bit tokens, readable room codes, uniform PINs") {
    std::set<std::string> tokens;
    for (int i = 0; i < 1000; ++i) {
        const std::string token = newToken();
        CHECK(token.size() == 32);
        CHECK(token.find_first_not_of("0123456789abcdef") == std::string::npos);
        tokens.insert(token);
    }
    CHECK(tokens.size() == 1000);
    const std::string room = newRoomCode();
    CHECK(room.size() == 6);
    CHECK(room.find_first_of("01OIL") == std::string::npos);
    std::array<int, 10> digits{};
    for (int i = 0; i < 2000; ++i)
        for (char c : newPin()) ++digits[static_cast<std::size_t>(c - '0')];
    for (int count : digits) CHECK(count > 900); // 1200 expected each
    CHECK(sameSecret("123456", "123456"));
    CHECK_FALSE(sameSecret("123456", "123457"));
    CHECK_FALSE(sameSecret("123456", "12345"));
    CHECK(normalizeRoomCode(" ab-c d ") == "ABCD");
}

TEST_CASE("joining: the room code, teams, the limit") {
    Roster roster("K7PX2Q", "123456", {"Nord", "Süd"}, 3);
    CHECK(roster.join("WRONG1", "", std::nullopt).outcome == JoinResult::Outcome::WrongRoom);
    const JoinResult a = roster.join("k7px-2q", "Anna", std::string_view("Süd"));
    REQUIRE(a.outcome == JoinResult::Outcome::Joined);
    CHECK(a.phone.team == TeamId{1});
    CHECK(a.phone.voter == "phone-1");
    CHECK(a.token.size() == 32);
    CHECK(roster.join("K7PX2Q", "", std::string_view("West")).outcome == JoinResult::Outcome::UnknownTeam);
    const JoinResult b = roster.join("K7PX2Q", "", std::nullopt);
    CHECK(b.phone.team == TeamId{0}); // the team with fewer phones
    CHECK(b.phone.voter == "phone-2");
    CHECK(roster.find(a.token)->name == "Anna");
    CHECK_FALSE(roster.find("0123456789abcdef0123456789abcdef"));
    CHECK(roster.join("K7PX2Q", "", std::nullopt).outcome == JoinResult::Outcome::Joined);
    CHECK(roster.join("K7PX2Q", "", std::nullopt).outcome == JoinResult::Outcome::Full);
    CHECK(roster.joined() == std::vector<std::uint32_t>{2, 1});
    CHECK(roster.size() == 3);
}

TEST_CASE("wrong guesses are braked for everybody, the right code and PIN never are") {
    Roster roster("K7PX2Q", "123456", {""}, 250);
    int wrong = 0, braked = 0;
    for (int i = 0; i < 30; ++i) {
        const JoinResult r = roster.join("AAAAAA", "", std::nullopt);
        wrong += r.outcome == JoinResult::Outcome::WrongRoom ? 1 : 0;
        braked += r.outcome == JoinResult::Outcome::SlowDown ? 1 : 0;
        if (r.outcome == JoinResult::Outcome::SlowDown) CHECK(r.retryAfterSeconds >= 1);
    }
    CHECK(wrong == 10);
    CHECK(braked == 20);
    CHECK(roster.join("K7PX2Q", "", std::nullopt).outcome == JoinResult::Outcome::Joined);
    int retry = 0;
    for (int i = 0; i < 12; ++i) (void)roster.checkPin("000000", retry);
    CHECK(roster.checkPin("000000", retry) == SecretCheck::SlowDown);
    CHECK(roster.checkPin("123456", retry) == SecretCheck::Right);
    CHECK(roster.checkPin("", retry) == SecretCheck::Missing);
}

TEST_CASE("the brake lets one guess a second through again") {
    GuessLimiter limiter(2, std::chrono::seconds(1));
    const auto t0 = GuessLimiter::Clock::now();
    GuessLimiter::Clock::duration wait{};
    CHECK(limiter.allowWrongGuess(t0, wait));
    CHECK(limiter.allowWrongGuess(t0, wait));
    CHECK_FALSE(limiter.allowWrongGuess(t0, wait));
    CHECK(wait > std::chrono::milliseconds(900));
    CHECK_FALSE(limiter.allowWrongGuess(t0 + std::chrono::milliseconds(500), wait));
    CHECK(limiter.allowWrongGuess(t0 + std::chrono::milliseconds(1100), wait));
    CHECK_FALSE(limiter.allowWrongGuess(t0 + std::chrono::milliseconds(1200), wait));
}

TEST_CASE("names: trimmed, at most 40 bytes, no control characters, anything else as typed") {
    std::string name = "  <img src=x onerror=alert(1)>  ";
    CHECK(checkName(name).empty());
    CHECK(name == "<img src=x onerror=alert(1)>");
    std::string umlauts = "Jürgen Müller-Lüdenscheidt";
    CHECK(checkName(umlauts).empty());
    std::string longName(41, 'x');
    CHECK(checkName(longName) == "name-too-long");
    std::string bell = "a\ab";
    CHECK(checkName(bell) == "bad-name");
}

TEST_CASE("the language of a request: ?lang, then the browser's preference, then German") {
    CHECK(requestLanguage("en", "de-DE") == Lang::En);
    CHECK(requestLanguage("", "en-GB,en;q=0.9") == Lang::En);
    CHECK(requestLanguage("", "fr-FR,de;q=0.8,en;q=0.5") == Lang::De);
    CHECK(requestLanguage("", "fr-FR,en;q=0.9,de;q=0.8") == Lang::En);
    CHECK(requestLanguage("", "fr-FR") == Lang::De);
    CHECK(requestLanguage("xx", "") == Lang::De);
    CHECK(requestLanguage("", "*") == Lang::De);
}

TEST_CASE("the LAN address: private IPv4 only, never loopback or link-local") {
    CHECK(isPrivateAddress("192.168.1.20"));
    CHECK(isPrivateAddress("10.0.0.5"));
    CHECK(isPrivateAddress("172.16.4.1"));
    CHECK(isPrivateAddress("172.31.255.1"));
    CHECK_FALSE(isPrivateAddress("172.32.0.1"));
    CHECK_FALSE(isPrivateAddress("127.0.0.1"));
    CHECK_FALSE(isPrivateAddress("169.254.3.4"));
    CHECK_FALSE(isPrivateAddress("8.8.8.8"));
    CHECK_FALSE(isPrivateAddress("not an address"));
    if (const std::optional<std::string> lan = firstPrivateAddress()) CHECK(isPrivateAddress(*lan));
}

TEST_CASE("the QR code of a join URL") {
    const QrCode code = encodeQr("http://192.168.178.20:8765/?room=K7PX2Q");
    REQUIRE_FALSE(code.empty());
    CHECK(code.size >= 21);
    CHECK(code.dark.size() == static_cast<std::size_t>(code.size * code.size));
    // The three finder patterns: dark corners.
    CHECK(code.at(0, 0));
    CHECK(code.at(code.size - 1, 0));
    CHECK(code.at(0, code.size - 1));
    const std::string pbm = qrToPbm(code, 2);
    CHECK(pbm.rfind("P1\n" + std::to_string((code.size + 8) * 2), 0) == 0);
}
