// A finished seminar in the progress store (issue 19): each team's kept path, its score, ending
// and style, and the votes that decided each step, read back as the exports read them.

#include "../session/SessionFixture.h"
#include "StoreTestFiles.h"

#include "store/ExportQueries.h"
#include "store/LearnerScore.h"
#include "store/ProgressStore.h"
#include "store/SeminarRecording.h"

#include "rapport/model/Model.h"

using namespace rapport;
using namespace rapport::test;
using namespace rapport::store;
namespace fs = std::filesystem;

namespace {

// Plays the team's line to its ending by always taking the first open choice.
void playOut(Session& session, TeamId team) {
    for (int guard = 0; guard < 200 && session.phase(team) != Phase::Ended; ++guard) {
        if (session.phase(team) == Phase::Waiting) REQUIRE(session.apply(act(PhaseAction::Open, team)).ok());
        const Line& line = session.activeLine(team);
        REQUIRE(session.apply(CastVote{team, "p1", line.runner->choices().front()}).ok());
        for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply}) REQUIRE(session.apply(act(a, team)).ok());
        if (session.phase(team) != Phase::Ended) REQUIRE(session.apply(act(PhaseAction::Next, team)).ok());
    }
    REQUIRE(session.phase(team) == Phase::Ended);
}

} // namespace

TEST_CASE("an ended seminar with two teams and a what-if is recorded as the teams finished it") {
    const Scenario& s = sampleScenario();
    SessionOptions options = teamsOf({"Nord", "Süd"});
    options.started = "2026-12-07T09:30";
    Session session(s, options);
    // Decision 1: Nord votes 2:1 for the profile, Süd unanimously for the press releases.
    REQUIRE(session.apply(act(PhaseAction::Open)).ok());
    REQUIRE(vote(session, kFirst, "a", "profil").ok());
    REQUIRE(vote(session, kFirst, "b", "profil").ok());
    REQUIRE(vote(session, kFirst, "c", "presse").ok());
    REQUIRE(vote(session, kSecond, "d", "presse").ok());
    for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply, PhaseAction::Next}) REQUIRE(session.apply(act(a)).ok());
    playOut(session, kFirst);
    playOut(session, kSecond);
    // "What if" for Süd at decision 1: the branch replaces its line in the record.
    REQUIRE(session.apply(Rewind{1, kSecond, choiceId(s, "profil")}).ok());
    if (session.phase(kSecond) == Phase::Applied) REQUIRE(session.apply(act(PhaseAction::Next, kSecond)).ok());
    playOut(session, kSecond);
    REQUIRE(session.apply(EndSession{}).ok());

    const SeminarRecord record = seminarRecordOf(session, "hash", 1'800'000'000'000);
    REQUIRE(record.teams.size() == 2);
    CHECK(record.form == "teams");
    CHECK(record.startedAt < record.finishedAt);
    for (std::uint32_t t = 0; t < 2; ++t) {
        const Runner& runner = session.runner(TeamId{t});
        const SeminarTeamRecord& team = record.teams[t];
        REQUIRE(team.choices.size() == runner.path().size());
        CHECK(team.choices.front() == "profil");
        REQUIRE(team.score.has_value());
        CHECK(*team.score == learnerScore(s, resultOf(s, runner.state()), runner.state().node).score);
        CHECK(team.endingId.has_value());
        CHECK(team.style.has_value());
    }
    CHECK(record.teams[0].name == "Nord");

    const fs::path dir = storeScratch("seminar-recording");
    {
        auto store = ProgressStore::open(dir / "rapport.db");
        const std::int64_t id = store->recordSeminarSession(record);
        const std::optional<StoredSeminar> back = readSeminarSession(*store, id);
        REQUIRE(back.has_value());
        auto votesFor = [&](int team, std::uint32_t step, const std::string& choice) {
            for (const SeminarVoteRecord& v : back->record.votes)
                if (v.team == team && v.step == step && v.choiceId == choice) return v.votes;
            return -1;
        };
        // Nord's first step as the room voted it; Süd's first step is the branch's, taken by the
        // trainer's pick without a vote, so the original's unanimous vote is not claimed for it.
        CHECK(votesFor(0, 0, "profil") == 2);
        CHECK(votesFor(0, 0, "presse") == 1);
        CHECK(votesFor(1, 0, "presse") != 1);
        CHECK(back->record.teams[1].choices == record.teams[1].choices);
    }
    fs::remove_all(dir);
}
