// Where seminars are kept (issue 16): the XDG data folder, file names that never collide, and
// finding the seminar to offer after a crash (the newest one not ended; temporaries skipped).

#include "session/SessionFixture.h"

#include "seminar/SessionFiles.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace rapport;
using namespace rapport::test;

namespace {

/// Sets an environment variable for the test's duration and restores it after.
class EnvVar {
public:
    EnvVar(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        if (value != nullptr) ::setenv(name, value, 1);
        else ::unsetenv(name);
    }
    ~EnvVar() {
        if (m_old) ::setenv(m_name, m_old->c_str(), 1);
        else ::unsetenv(m_name);
    }
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

fs::path scratch(const char* name) {
    const fs::path dir = fs::temp_directory_path() / ("rapport-sessionfiles-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("the sessions folder follows XDG_DATA_HOME, else HOME, and ignores a relative XDG path") {
    {
        EnvVar xdg("XDG_DATA_HOME", "/data/home");
        CHECK(sessionsFolder() == fs::path("/data/home/rapport/sessions"));
    }
    {
        EnvVar xdg("XDG_DATA_HOME", "relative/data");
        EnvVar home("HOME", "/home/trainer");
        CHECK(sessionsFolder() == fs::path("/home/trainer/.local/share/rapport/sessions"));
    }
    {
        EnvVar xdg("XDG_DATA_HOME", nullptr);
        EnvVar home("HOME", nullptr);
        CHECK_FALSE(sessionsFolder().has_value());
    }
}

TEST_CASE("a new seminar's file name is readable and never replaces an existing one") {
    const fs::path dir = scratch("names");
    const std::time_t now = std::time(nullptr);
    const fs::path first = newSessionFile(dir, "sample-coffee-break", now);
    CHECK(first.extension() == ".json");
    CHECK(first.filename().string().find("sample-coffee-break") != std::string::npos);
    std::ofstream(first) << "{}";
    const fs::path second = newSessionFile(dir, "sample-coffee-break", now);
    CHECK(second != first);
    CHECK(newSessionFile(dir, "../../etc/passwd", now).parent_path() == dir);
    CHECK(startedStamp(now).size() == 16); // 2026-12-03T09:30
    fs::remove_all(dir);
}

SCENARIO("after a crash the newest seminar that was not ended is offered") {
    const Scenario& s = sampleScenario();
    GIVEN("an ended seminar, an older unfinished one, a newer unfinished one, a temporary and a stranger file") {
        const fs::path dir = scratch("offer");
        Session older(s, teamsOf({"Nord", "Süd"}));
        Session newer(s, SessionOptions{});
        REQUIRE(newer.apply(act(PhaseAction::Open)).ok());
        Session ended(s, SessionOptions{});
        REQUIRE(ended.apply(EndSession{}).ok());
        REQUIRE(saveSessionFile(dir / "a-older.json", older).ok());
        // File times have a resolution; make sure the newer files are newer.
        const auto base = fs::last_write_time(dir / "a-older.json");
        REQUIRE(saveSessionFile(dir / "b-newer.json", newer).ok());
        fs::last_write_time(dir / "b-newer.json", base + std::chrono::seconds(10));
        REQUIRE(saveSessionFile(dir / "c-ended.json", ended).ok());
        fs::last_write_time(dir / "c-ended.json", base + std::chrono::seconds(20));
        std::ofstream(dir / "d-half.json.tmp-1-2") << sessionToJson(newer).substr(0, 50);
        std::ofstream(dir / "e-stranger.json") << "{\"kind\": \"something else\"}";
        fs::last_write_time(dir / "e-stranger.json", base + std::chrono::seconds(30));
        WHEN("the window looks for a seminar to continue") {
            const std::optional<SavedSession> found = findUnfinishedSession(dir);
            THEN("it finds the newer unfinished one, with what the offer says") {
                REQUIRE(found);
                CHECK(found->file.filename() == "b-newer.json");
                CHECK(found->summary.scenario == "sample-coffee-break");
                CHECK(found->summary.form == SessionForm::Plenary);
                CHECK(found->summary.round == 1);
            }
        }
        WHEN("the trainer declines to continue it") {
            REQUIRE(markSessionEnded(dir / "b-newer.json").ok());
            const std::optional<SavedSession> found = findUnfinishedSession(dir);
            THEN("the older one is offered next, and the declined one restores as ended") {
                REQUIRE(found);
                CHECK(found->file.filename() == "a-older.json");
                std::string error;
                const auto text = readSessionText(dir / "b-newer.json", error);
                REQUIRE(text);
                SessionLoad loaded = sessionFromJson(s, *text, Lang::De);
                REQUIRE_MESSAGE(loaded.session, loaded.error);
                CHECK(loaded.session->ended());
                CHECK(loaded.session->phase(kFirst) == Phase::Voting);
            }
        }
        fs::remove_all(dir);
    }
    GIVEN("no sessions folder at all") {
        THEN("nothing is offered") { CHECK_FALSE(findUnfinishedSession("/nonexistent/rapport/sessions")); }
    }
}
