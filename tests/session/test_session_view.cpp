// What phones and the trainer's remote see of a session: the decision in the phone's language,
// how many voted but never what until the reveal, the voter's own vote, the move with what it did,
// and each team's summary.

#include "SessionFixture.h"

#include "rapport/session/Comparison.h"
#include "rapport/session/SessionView.h"

#include <algorithm>

using namespace rapport;
using namespace rapport::test;

namespace {

bool anyLineContains(const std::vector<ViewLine>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(), [&](const ViewLine& l) { return l.text.find(text) != std::string::npos; });
}

std::vector<std::string> optionIds(const DecisionView& view) {
    std::vector<std::string> ids;
    for (const OptionView& o : view.options) ids.push_back(o.id);
    return ids;
}

} // namespace

SCENARIO("a phone follows one decision from waiting to the move") {
    const Scenario& s = sampleScenario();
    Session session(s, SessionOptions{});

    GIVEN("the session resting at the first decision") {
        const DecisionView de = decisionView(session, kFirst, Lang::De);
        THEN("it shows the question and the open options in the phone's language, nothing counted") {
            CHECK(de.phase == Phase::Waiting);
            CHECK(de.round == 1);
            CHECK(de.title == "Die Kaffeepause");
            CHECK(de.scene == "Kongresszentrum Hamburg, Saal 2");
            CHECK(anyLineContains(de.prompt, "Wie nutzen Sie die Zeit?"));
            CHECK(anyLineContains(de.situation, "beendet ihren Vortrag"));
            CHECK_FALSE(anyLineContains(de.situation, "Wie nutzen Sie die Zeit?"));
            CHECK(optionIds(de) == std::vector<std::string>{"profil", "presse", "ins_foyer"});
            CHECK(de.options[2].text == "Ins Foyer gehen");
            CHECK(de.voted == 0);
            CHECK_FALSE(de.reveal);
            CHECK_FALSE(de.move);
        }
        THEN("an English phone reads English, whatever the session's language") {
            const DecisionView en = decisionView(session, kFirst, Lang::En);
            CHECK(anyLineContains(en.prompt, "How do you use the time?"));
            CHECK(en.options[2].text == "Go to the foyer");
            CHECK(en.scene == "Hamburg congress centre, hall 2");
        }
    }

    GIVEN("a vote open with three phones voting") {
        REQUIRE(session.apply(act(PhaseAction::Open)).ok());
        REQUIRE(vote(session, kFirst, "phone-1", "presse").ok());
        REQUIRE(vote(session, kFirst, "phone-2", "presse").ok());
        REQUIRE(vote(session, kFirst, "phone-3", "profil").ok());
        WHEN("a phone changes its vote") {
            REQUIRE(vote(session, kFirst, "phone-3", "presse").ok());
            THEN("its vote is replaced, not added") {
                CHECK(voteOf(session, kFirst, "phone-3") == choiceId(s, "presse"));
                CHECK(decisionView(session, kFirst, Lang::De).voted == 3);
            }
        }
        THEN("the count shows, the distribution does not, while voting and once closed") {
            const DecisionView voting = decisionView(session, kFirst, Lang::De);
            CHECK(voting.phase == Phase::Voting);
            CHECK(voting.voted == 3);
            CHECK_FALSE(voting.reveal);
            REQUIRE(session.apply(act(PhaseAction::Close)).ok());
            const DecisionView closed = decisionView(session, kFirst, Lang::De);
            CHECK(closed.phase == Phase::Closed);
            CHECK_FALSE(closed.reveal);
            CHECK_FALSE(closed.move);
        }
        THEN("each voter's own vote, and none for a phone that has not voted") {
            CHECK(voteOf(session, kFirst, "phone-1") == choiceId(s, "presse"));
            CHECK(voteOf(session, kFirst, "phone-3") == choiceId(s, "profil"));
            CHECK(voteOf(session, kFirst, "phone-9") == kNone);
        }
        WHEN("the trainer closes and reveals") {
            REQUIRE(session.apply(act(PhaseAction::Close)).ok());
            REQUIRE(session.apply(act(PhaseAction::Reveal)).ok());
            const DecisionView view = decisionView(session, kFirst, Lang::De);
            THEN("the distribution is there, the move not yet") {
                REQUIRE(view.reveal);
                CHECK(view.reveal->counts == std::vector<std::uint32_t>{1, 2, 0});
                CHECK(view.reveal->total == 3);
                CHECK(view.reveal->leader == 1);
                CHECK(view.reveal->percent == 67);
                CHECK(view.reveal->unity == Unity::Broad);
                CHECK_FALSE(view.move);
            }
        }
        WHEN("the majority's move is played") {
            for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply}) REQUIRE(session.apply(act(a)).ok());
            const DecisionView view = decisionView(session, kFirst, Lang::En);
            THEN("the move, why it was taken, what it did and what happened, in the phone's language") {
                CHECK(view.phase == Phase::Applied);
                CHECK(view.round == 1);
                REQUIRE(view.move);
                CHECK(view.options[view.move->option].id == "presse");
                CHECK(view.move->decider == Decider::Majority);
                CHECK(view.move->feedback.find("press releases") != std::string::npos);
                CHECK_FALSE(view.move->reasons.empty());
                // The research leads back to the same decision: its question belongs to round 2.
                CHECK_FALSE(anyLineContains(view.move->happened, "How do you use the time?"));
                CHECK(anyLineContains(view.prompt, "How do you use the time?"));
            }
            THEN("after next, the following decision waits with nothing revealed") {
                REQUIRE(session.apply(act(PhaseAction::Next)).ok());
                const DecisionView next = decisionView(session, kFirst, Lang::De);
                CHECK(next.phase == Phase::Waiting);
                CHECK(next.round == 2);
                CHECK_FALSE(next.reveal);
                CHECK_FALSE(next.move);
                CHECK(voteOf(session, kFirst, "phone-1") == kNone);
                // Ten minutes of research spent the budget: only the way to the foyer is left.
                CHECK(optionIds(next) == std::vector<std::string>{"ins_foyer"});
            }
        }
    }
}

SCENARIO("teams: each team's phones see their own line, the remote sees every team's summary") {
    const Scenario& s = sampleScenario();
    Session session(s, teamsOf({"Nord", "Süd"}));
    REQUIRE(session.apply(act(PhaseAction::Open)).ok());
    REQUIRE(vote(session, kFirst, "phone-1", "presse").ok());
    REQUIRE(vote(session, kSecond, "phone-2", "ins_foyer").ok());
    for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply}) REQUIRE(session.apply(act(a)).ok());

    WHEN("each team's view is built") {
        const DecisionView nord = decisionView(session, kFirst, Lang::De);
        const DecisionView sued = decisionView(session, kSecond, Lang::De);
        THEN("each shows its own team's move") {
            CHECK(nord.teamName == "Nord");
            CHECK(sued.teamName == "Süd");
            REQUIRE(nord.move);
            REQUIRE(sued.move);
            CHECK(nord.options[nord.move->option].id == "presse");
            CHECK(sued.options[sued.move->option].id == "ins_foyer");
            CHECK_FALSE(sued.move->happened.empty());
        }
    }
    WHEN("the summaries are built") {
        const std::vector<TeamSummary> teams = teamSummaries(session);
        THEN("names, phases, paths and the comparison's score") {
            REQUIRE(teams.size() == 2);
            CHECK(teams[0].name == "Nord");
            CHECK(teams[0].phase == Phase::Applied);
            CHECK(teams[0].path == std::vector<std::string>{"presse"});
            CHECK(teams[1].path == std::vector<std::string>{"ins_foyer"});
            CHECK(teams[0].score == comparisonScore(session.runner(kFirst)));
            CHECK(teams[1].voted == 1);
        }
    }
    WHEN("Nord branches at decision 1 to vote again") {
        REQUIRE(session.apply(Rewind{1, kFirst, kNone}).ok());
        const DecisionView nord = decisionView(session, kFirst, Lang::De);
        THEN("Nord's phones follow the branch, waiting at decision 1") {
            CHECK(nord.branch == 1);
            CHECK(nord.phase == Phase::Waiting);
            CHECK(nord.round == 1);
            CHECK_FALSE(nord.move);
            CHECK(optionIds(nord) == std::vector<std::string>{"profil", "presse", "ins_foyer"});
        }
    }
}

TEST_CASE("the end of a line: the last move stays visible, no options open") {
    const Scenario& s = sampleScenario();
    Session session(s, SessionOptions{});
    for (int guard = 0; guard < 40 && session.phase(kFirst) != Phase::Ended; ++guard) {
        REQUIRE(session.apply(act(PhaseAction::Open)).ok());
        for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply, PhaseAction::Next})
            REQUIRE(session.apply(act(a)).ok());
    }
    REQUIRE(session.phase(kFirst) == Phase::Ended);
    const DecisionView view = decisionView(session, kFirst, Lang::De);
    CHECK(view.ended);
    REQUIRE(view.move);
    CHECK_FALSE(view.move->happened.empty());
    CHECK_FALSE(view.sessionEnded);
    REQUIRE(session.apply(EndSession{}).ok());
    CHECK(decisionView(session, kFirst, Lang::De).sessionEnded);
}
