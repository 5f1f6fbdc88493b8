// Saving and restoring a seminar (issue 16): byte-identical round trips at every phase, with
// branches and votes; a restored session plays on exactly like the original; bad files give
// clear errors; and a write killed in the middle leaves the old or the new file, never a mix.

#include "SessionFixture.h"

#include "io/AtomicFile.h"
#include "rapport/session/Comparison.h"
#include "rapport/session/SessionJson.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace rapport;
using namespace rapport::test;
namespace fs = std::filesystem;

namespace {

std::string roundTrip(const Session& session) {
    const std::string saved = sessionToJson(session);
    SessionLoad loaded = sessionFromJson(session.scenario(), saved, Lang::De);
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return sessionToJson(*loaded.session);
}

/// Two teams, votes and hands, a branch, a closed branch, one team ahead of the other.
Session busySession() {
    const Scenario& s = sampleScenario();
    SessionOptions o = teamsOf({"Nord", "Süd"});
    o.source = "/somewhere/sample-coffee-break.json";
    o.started = "2026-12-03T09:30";
    Session session(s, o);
    REQUIRE(session.apply(act(PhaseAction::Open)).ok());
    REQUIRE(vote(session, kFirst, "p1", "profil").ok());
    REQUIRE(vote(session, kFirst, "p2", "ins_foyer").ok());
    REQUIRE(vote(session, kFirst, "p3", "profil").ok());
    REQUIRE(session.apply(SetHands{kSecond, choiceId(s, "ins_foyer"), 4}).ok());
    REQUIRE(session.apply(SetHands{kSecond, choiceId(s, "profil"), 1}).ok());
    for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply, PhaseAction::Next})
        REQUIRE(session.apply(act(a)).ok());
    REQUIRE(session.apply(Rewind{1, kSecond, choiceId(s, "presse")}).ok());
    REQUIRE(session.apply(Rewind{1, kFirst, kNone}).ok());
    REQUIRE(session.apply(CloseBranch{session.team(kFirst).active}).ok());
    REQUIRE(session.apply(act(PhaseAction::Open, kFirst)).ok());
    REQUIRE(vote(session, kFirst, "p1", "ins_foyer").ok());
    return session;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("a saved session restores to the same bytes at every phase of a whole seminar") {
    const Scenario& s = sampleScenario();
    Session session(s, teamsOf({"Nord", "Süd"}));
    CHECK(roundTrip(session) == sessionToJson(session));
    int checked = 1;
    while (!session.allEnded()) {
        if (session.phase(kFirst) == Phase::Voting) {
            REQUIRE(vote(session, kFirst, "trainer", s.choices[session.currentRound(session.team(kFirst).active)->offered.back()].id).ok());
            REQUIRE(session.apply(SetHands{kSecond, session.currentRound(session.team(kSecond).active)->offered.front(), 3}).ok());
        }
        REQUIRE(session.apply(act(PhaseAction::Forward)).ok());
        CHECK(roundTrip(session) == sessionToJson(session));
        ++checked;
    }
    REQUIRE(session.apply(EndSession{}).ok());
    CHECK(roundTrip(session) == sessionToJson(session));
    CHECK(checked > 20);
}

SCENARIO("a restored session plays on exactly like the one that was saved") {
    const Scenario& s = sampleScenario();
    GIVEN("a busy session and its restored copy") {
        Session original = busySession();
        const std::string saved = sessionToJson(original);
        SessionLoad loaded = sessionFromJson(s, saved, Lang::En);
        REQUIRE_MESSAGE(loaded.session, loaded.error);
        Session& copy = *loaded.session;
        THEN("the copy has the same teams, lines, phases, votes and comparison") {
            CHECK(sessionToJson(copy) == saved);
            CHECK(copy.teamCount() == 2);
            CHECK(copy.lines().size() == original.lines().size());
            CHECK(copy.phase(kFirst) == Phase::Voting);
            CHECK(copy.tally(*copy.currentRound(copy.team(kFirst).active)).total == 1);
            CHECK(copy.line(LineId{3}).closed);
            const Comparison a = compareSession(original);
            const Comparison b = compareSession(copy);
            REQUIRE(a.entries.size() == b.entries.size());
            for (std::size_t i = 0; i < a.entries.size(); ++i) {
                CHECK(a.entries[i].score == b.entries[i].score);
                CHECK(a.entries[i].path == b.entries[i].path);
            }
        }
        WHEN("both get the same commands to the end") {
            int steps = 0;
            while (!original.allEnded() && steps < 400) {
                const SessionResult ra = original.apply(act(PhaseAction::Forward));
                const SessionResult rb = copy.apply(act(PhaseAction::Forward));
                REQUIRE(ra.error == rb.error);
                ++steps;
            }
            THEN("they end in the same place, byte for byte") {
                CHECK(original.allEnded());
                CHECK(sessionToJson(copy) == sessionToJson(original));
            }
        }
    }
}

TEST_CASE("the same commands give the same session, the language of the lines is not part of it") {
    const std::string a = sessionToJson(busySession());
    Session b = busySession();
    b.setLanguage(Lang::En);
    CHECK(sessionToJson(b) == a);
    CHECK(b.runner(kFirst).options().lang == Lang::En);
    CHECK(a.find("\"kind\": \"rapport-seminar\"") != std::string::npos);
    CHECK(a.find("\"started\": \"2026-12-03T09:30\"") != std::string::npos);
}

TEST_CASE("a damaged or foreign file gives a clear error, never a crash") {
    const Scenario& s = sampleScenario();
    const std::string saved = sessionToJson(busySession());
    auto errorFor = [&](const std::string& text) {
        SessionLoad loaded = sessionFromJson(s, text, Lang::De);
        CHECK_FALSE(loaded.session);
        return loaded.error;
    };
    CHECK(errorFor(saved.substr(0, saved.size() / 2)).find("not valid JSON") != std::string::npos);
    CHECK(errorFor("{\"format\": 1}").find("not a saved Rapport seminar") != std::string::npos);
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string text = saved;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        return text.replace(at, from.size(), to);
    };
    CHECK(errorFor(replaced("\"scenario\": \"sample-coffee-break\"", "\"scenario\": \"trade-fair\"")).find("trade-fair") != std::string::npos);
    CHECK(errorFor(replaced("\"ins_foyer\"", "\"ins_kino\"")).find("no choice 'ins_kino'") != std::string::npos);
    CHECK(errorFor(replaced("\"phase\": \"voting\"", "\"phase\": \"votin\"")).find("'votin' is not a phase") != std::string::npos);
    const std::size_t state = saved.find("\"state\": \"") + 10;
    CHECK(errorFor(replaced(saved.substr(state, 16), "0000000000000000")).find("saved state") != std::string::npos);
    CHECK(errorFor(replaced(saved.substr(state, 16), "zz")).find("not a hexadecimal hash") != std::string::npos);
    CHECK(errorFor(replaced("\"format\": 1", "\"format\": 9")).find("format 9") != std::string::npos);

    std::string error;
    const auto summary = readSessionSummary(saved, error);
    REQUIRE(summary);
    CHECK(summary->scenario == "sample-coffee-break");
    CHECK(summary->source == "/somewhere/sample-coffee-break.json");
    CHECK(summary->teams == std::vector<std::string>{"Nord", "Süd"});
    CHECK(summary->round == 2);
    CHECK_FALSE(summary->ended);
    CHECK_FALSE(readSessionSummary("[]", error));
    CHECK_FALSE(error.empty());
}

// The app writes the session after every step. A crash (here SIGKILL) in the middle of a write
// must leave a file that restores to the step before or the step after, nothing in between.
TEST_CASE("a write killed in the middle leaves the old or the new session, which restores") {
    const Scenario& s = sampleScenario();
    const fs::path dir = fs::temp_directory_path() / ("rapport-session-crash-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    const fs::path file = dir / "sessions" / "seminar.json";

    // Many phones' votes make the file large enough that a kill lands mid-write.
    Session before(s, teamsOf({"Nord", "Süd"}));
    REQUIRE(before.apply(act(PhaseAction::Open)).ok());
    for (int p = 0; p < 3000; ++p) REQUIRE(vote(before, TeamId{static_cast<std::uint32_t>(p % 2)}, "phone-" + std::to_string(p), p % 3 ? "presse" : "profil").ok());
    const std::string old = sessionToJson(before);
    REQUIRE(before.apply(act(PhaseAction::Close)).ok());
    const std::string fresh = sessionToJson(before);
    REQUIRE(writeFileAtomically(file, old).ok());

    int leftTemporaries = 0;
    int sawNew = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        // The child says when its first round of writes is done, so the kill lands inside the
        // loop however slowly a loaded machine (or the sanitizers) start it.
        int started[2];
        REQUIRE(::pipe(started) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(started[0]);
            (void)writeFileAtomically(file, fresh);
            (void)writeFileAtomically(file, old);
            const char ready = 1;
            (void)!::write(started[1], &ready, 1);
            for (;;) {
                (void)writeFileAtomically(file, fresh);
                (void)writeFileAtomically(file, old);
            }
        }
        ::close(started[1]);
        pollfd wait{started[0], POLLIN, 0};
        CHECK(::poll(&wait, 1, 60'000) == 1); // a minute at most, then the kill comes anyway
        ::close(started[0]);
        ::usleep(static_cast<useconds_t>(3000 + attempt * 1700));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);

        const std::string now = slurp(file);
        const bool isOld = now == old;
        const bool isNew = now == fresh;
        CHECK((isOld || isNew));
        sawNew += isNew ? 1 : 0;
        SessionLoad restored = sessionFromJson(s, now, Lang::De);
        REQUIRE_MESSAGE(restored.session, restored.error);
        CHECK(restored.session->phase(kFirst) == (isNew ? Phase::Closed : Phase::Voting));
        for (const auto& e : fs::directory_iterator(file.parent_path())) {
            if (e.path() == file) continue;
            ++leftTemporaries; // a temporary the kill left behind: the write was cut in the middle
            fs::remove(e.path());
        }
    }
    MESSAGE("writes cut in the middle: " << leftTemporaries << " of 12; the new session was in place " << sawNew << " times");
    CHECK(leftTemporaries > 0);
    fs::remove_all(dir);
}
