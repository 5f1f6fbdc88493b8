// The seminar's vote rounds (issue 16): the phase machine of the phone contract (waiting, voting,
// closed, revealed, applied, ended), votes and shows of hands, the tie rule, lockstep teams, and
// the order in which a decision is revealed.

#include "SessionFixture.h"

#include "rapport/model/Model.h"

using namespace rapport;
using namespace rapport::test;

SCENARIO("a plenary session walks through the phases of the contract") {
    const Scenario& s = sampleScenario();
    GIVEN("a new plenary session") {
        Session session(s, SessionOptions{});
        THEN("it rests at the first decision, waiting, round 1, with the narration already shown") {
            CHECK(session.teamCount() == 1);
            CHECK(session.phase(kFirst) == Phase::Waiting);
            CHECK(session.round(kFirst) == 1);
            CHECK(s.nodes[session.runner(kFirst).state().node].id == "recherche");
            CHECK_FALSE(session.runner(kFirst).lines().empty());
            CHECK(session.currentRound(session.team(kFirst).active) == nullptr);
        }
        WHEN("the trainer opens, closes, reveals, applies and goes on") {
            std::vector<Phase> seen;
            for (PhaseAction a : {PhaseAction::Open, PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply, PhaseAction::Next}) {
                REQUIRE(session.apply(act(a)).ok());
                seen.push_back(session.phase(kFirst));
            }
            THEN("each action leads to the next phase and then to round 2") {
                CHECK(seen == std::vector<Phase>{Phase::Voting, Phase::Closed, Phase::Revealed, Phase::Applied, Phase::Waiting});
                CHECK(session.round(kFirst) == 2);
                CHECK(session.revision() == 5);
                CHECK(session.rounds().size() == 1);
            }
        }
        WHEN("an action does not fit the phase") {
            const SessionResult early = session.apply(act(PhaseAction::Reveal));
            const SessionResult next = session.apply(act(PhaseAction::Next));
            THEN("it is refused as the wrong phase and nothing changes") {
                CHECK(early.error == SessionError::WrongPhase);
                CHECK(next.error == SessionError::WrongPhase);
                CHECK(session.phase(kFirst) == Phase::Waiting);
                CHECK(session.revision() == 0);
            }
        }
    }
}

SCENARIO("votes: one per voter, only while voting, only for an offered option") {
    const Scenario& s = sampleScenario();
    GIVEN("an open vote at the first decision") {
        Session session(s, SessionOptions{});
        REQUIRE(session.apply(act(PhaseAction::Open)).ok());
        const LineId line = session.team(kFirst).active;
        WHEN("a voter changes her mind") {
            REQUIRE(vote(session, kFirst, "p1", "profil").ok());
            REQUIRE(vote(session, kFirst, "p2", "profil").ok());
            REQUIRE(vote(session, kFirst, "p1", "ins_foyer").ok());
            THEN("the later vote replaces the earlier one") {
                const Tally t = session.tally(*session.currentRound(line));
                CHECK(t.total == 2);
                CHECK(t.counts == std::vector<std::uint32_t>{1, 0, 1});
                CHECK(session.currentRound(line)->votes.size() == 2);
            }
        }
        WHEN("someone votes for an option that is not open here") {
            const SessionResult r = vote(session, kFirst, "p1", "artikel_ansprechen");
            THEN("it is refused as not offered") { CHECK(r.error == SessionError::NotOffered); }
        }
        WHEN("a voter has no name or a far too long one") {
            const SessionResult empty = vote(session, kFirst, "", "profil");
            const SessionResult longName = vote(session, kFirst, std::string(kMaxVoterBytes + 1, 'x'), "profil");
            THEN("both are refused") {
                CHECK(empty.error == SessionError::BadVoter);
                CHECK(longName.error == SessionError::BadVoter);
            }
        }
        WHEN("the vote is closed and someone still votes") {
            REQUIRE(session.apply(act(PhaseAction::Close)).ok());
            const SessionResult late = vote(session, kFirst, "p9", "profil");
            const SessionResult hands = session.apply(SetHands{kFirst, choiceId(s, "profil"), 3});
            THEN("neither the vote nor a show of hands counts") {
                CHECK(late.error == SessionError::WrongPhase);
                CHECK(hands.error == SessionError::WrongPhase);
                CHECK(session.tally(*session.currentRound(line)).total == 0);
            }
        }
        WHEN("the trainer records a show of hands and two phones vote as well") {
            REQUIRE(session.apply(SetHands{kFirst, choiceId(s, "presse"), 7}).ok());
            REQUIRE(session.apply(SetHands{kFirst, choiceId(s, "presse"), 5}).ok()); // corrected
            REQUIRE(vote(session, kFirst, "p1", "ins_foyer").ok());
            REQUIRE(vote(session, kFirst, "p2", "presse").ok());
            THEN("hands and votes add up, the corrected count replacing the first") {
                const Tally t = session.tally(*session.currentRound(line));
                CHECK(t.counts == std::vector<std::uint32_t>{0, 6, 1});
                CHECK(t.total == 7);
                CHECK(s.choices[t.options[t.leader]].id == "presse");
                CHECK(t.percent == 86); // 6 of 7, rounded
                CHECK(t.unity == Unity::Broad);
            }
        }
    }
}

SCENARIO("the tie rule: a tie goes to the first tied option in the scenario's order, unless the trainer picks") {
    const Scenario& s = sampleScenario();
    GIVEN("a revealed vote with two options tied") {
        Session session(s, SessionOptions{});
        REQUIRE(session.apply(act(PhaseAction::Open)).ok());
        REQUIRE(session.apply(SetHands{kFirst, choiceId(s, "ins_foyer"), 4}).ok());
        REQUIRE(session.apply(SetHands{kFirst, choiceId(s, "presse"), 4}).ok());
        REQUIRE(session.apply(SetHands{kFirst, choiceId(s, "profil"), 1}).ok());
        REQUIRE(session.apply(act(PhaseAction::Close)).ok());
        REQUIRE(session.apply(act(PhaseAction::Reveal)).ok());
        const LineId line = session.team(kFirst).active;
        THEN("the tally shows the tie and names the earlier option") {
            const Tally t = session.tally(*session.currentRound(line));
            CHECK(t.tie);
            CHECK(t.unity == Unity::Split);
            CHECK(s.choices[session.majorityChoice(*session.currentRound(line))].id == "presse");
        }
        WHEN("the trainer applies without a pick") {
            REQUIRE(session.apply(act(PhaseAction::Apply)).ok());
            THEN("the earlier of the tied options is taken, and the record says it was a tie") {
                CHECK(s.choices[session.runner(kFirst).path().back()].id == "presse");
                CHECK(session.currentRound(line)->decider == Decider::Tie);
            }
        }
        WHEN("the trainer picks the other tied option") {
            REQUIRE(session.apply(act(PhaseAction::Apply, kFirst, choiceId(s, "ins_foyer"))).ok());
            THEN("the pick is taken and recorded as the trainer's") {
                CHECK(s.choices[session.runner(kFirst).path().back()].id == "ins_foyer");
                CHECK(session.currentRound(line)->decider == Decider::Trainer);
            }
        }
        WHEN("the trainer picks an option that is not offered") {
            const SessionResult r = session.apply(act(PhaseAction::Apply, kFirst, choiceId(s, "mail")));
            THEN("it is refused and the vote stays revealed") {
                CHECK(r.error == SessionError::NotOffered);
                CHECK(session.phase(kFirst) == Phase::Revealed);
                CHECK(session.runner(kFirst).path().empty());
            }
        }
    }
    GIVEN("a vote closed without a single vote") {
        Session session(s, SessionOptions{});
        for (PhaseAction a : {PhaseAction::Open, PhaseAction::Close, PhaseAction::Reveal}) REQUIRE(session.apply(act(a)).ok());
        WHEN("it is applied") {
            REQUIRE(session.apply(act(PhaseAction::Apply)).ok());
            THEN("every option tied at zero, so the first in the scenario's order is taken") {
                CHECK(s.choices[session.runner(kFirst).path().back()].id == "profil");
                CHECK(session.tally(*session.currentRound(session.team(kFirst).active)).unity == Unity::NoVotes);
            }
        }
    }
}

TEST_CASE("how united the room was: unanimous, broad, narrow, divided") {
    const Scenario& s = sampleScenario();
    Session session(s, SessionOptions{});
    REQUIRE(session.apply(act(PhaseAction::Open)).ok());
    const LineId line = session.team(kFirst).active;
    auto unityWith = [&](std::uint32_t profil, std::uint32_t presse, std::uint32_t foyer) {
        REQUIRE(session.apply(SetHands{kFirst, choiceId(s, "profil"), profil}).ok());
        REQUIRE(session.apply(SetHands{kFirst, choiceId(s, "presse"), presse}).ok());
        REQUIRE(session.apply(SetHands{kFirst, choiceId(s, "ins_foyer"), foyer}).ok());
        return session.tally(*session.currentRound(line)).unity;
    };
    CHECK(unityWith(0, 0, 0) == Unity::NoVotes);
    CHECK(unityWith(12, 0, 0) == Unity::Unanimous);
    CHECK(unityWith(8, 4, 0) == Unity::Broad);   // two thirds
    CHECK(unityWith(7, 5, 0) == Unity::Majority);
    CHECK(unityWith(6, 6, 0) == Unity::Split);   // half is no majority
    CHECK(unityWith(5, 4, 3) == Unity::Split);
}

SCENARIO("the reveal comes in order: first the votes, then the move, then its consequences") {
    const Scenario& s = sampleScenario();
    GIVEN("a vote with a clear majority, revealed") {
        Session session(s, SessionOptions{});
        REQUIRE(session.apply(act(PhaseAction::Open)).ok());
        REQUIRE(session.apply(SetHands{kFirst, choiceId(s, "ins_foyer"), 9}).ok());
        const std::int64_t before = resultOf(s, session.runner(kFirst).state());
        const std::size_t changesBefore = session.runner(kFirst).changes().size();
        REQUIRE(session.apply(act(PhaseAction::Close)).ok());
        REQUIRE(session.apply(act(PhaseAction::Reveal)).ok());
        THEN("revealed: the distribution and the majority are known, but nothing has been played yet") {
            CHECK(session.phase(kFirst) == Phase::Revealed);
            CHECK(session.runner(kFirst).path().empty());
            CHECK(session.runner(kFirst).changes().size() == changesBefore);
            CHECK(resultOf(s, session.runner(kFirst).state()) == before);
        }
        WHEN("the trainer applies") {
            REQUIRE(session.apply(act(PhaseAction::Apply)).ok());
            THEN("the move is played and its changes are there to explain, still at round 1") {
                CHECK(s.choices[session.runner(kFirst).path().back()].id == "ins_foyer");
                CHECK(session.runner(kFirst).steps().size() == 1);
                CHECK(session.round(kFirst) == 1);
                CHECK(s.nodes[session.runner(kFirst).state().node].id == "eroeffnung");
            }
        }
    }
}

SCENARIO("teams vote in lockstep unless a team is named") {
    const Scenario& s = sampleScenario();
    GIVEN("two teams") {
        Session session(s, teamsOf({"Nord", "Süd"}));
        WHEN("the trainer opens without naming a team") {
            REQUIRE(session.apply(act(PhaseAction::Open)).ok());
            THEN("both teams vote") {
                CHECK(session.phase(kFirst) == Phase::Voting);
                CHECK(session.phase(kSecond) == Phase::Voting);
                CHECK(session.findTeam("Süd") == std::optional<TeamId>(kSecond));
            }
        }
        WHEN("the trainer closes only the first team's vote") {
            REQUIRE(session.apply(act(PhaseAction::Open)).ok());
            REQUIRE(session.apply(act(PhaseAction::Close, kFirst)).ok());
            THEN("the other team still votes, and a lockstep close then closes it alone") {
                CHECK(session.phase(kFirst) == Phase::Closed);
                CHECK(session.phase(kSecond) == Phase::Voting);
                REQUIRE(session.apply(act(PhaseAction::Close)).ok());
                CHECK(session.phase(kSecond) == Phase::Closed);
                CHECK(session.apply(act(PhaseAction::Close)).error == SessionError::WrongPhase);
            }
        }
        WHEN("the teams decide differently and the second one's next decision is elsewhere") {
            REQUIRE(session.apply(act(PhaseAction::Open)).ok());
            REQUIRE(vote(session, kFirst, "trainer", "profil").ok());
            REQUIRE(vote(session, kSecond, "trainer", "ins_foyer").ok());
            for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal}) REQUIRE(session.apply(act(a)).ok());
            const Tally across = session.teamsTally(session.runner(kFirst).state().node);
            for (PhaseAction a : {PhaseAction::Apply, PhaseAction::Next}) REQUIRE(session.apply(act(a)).ok());
            THEN("across the room the teams were divided; each plays its own path") {
                CHECK(across.total == 2);
                CHECK(across.unity == Unity::Split);
                CHECK(s.nodes[session.runner(kFirst).state().node].id == "recherche");
                CHECK(s.nodes[session.runner(kSecond).state().node].id == "eroeffnung");
                CHECK(session.round(kFirst) == 2);
                CHECK(session.round(kSecond) == 2);
            }
        }
        WHEN("a lockstep pick is open for one team but not the other") {
            REQUIRE(session.apply(act(PhaseAction::Open)).ok());
            REQUIRE(vote(session, kFirst, "trainer", "profil").ok());
            REQUIRE(vote(session, kSecond, "trainer", "ins_foyer").ok());
            for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply, PhaseAction::Next, PhaseAction::Open,
                                  PhaseAction::Close, PhaseAction::Reveal})
                REQUIRE(session.apply(act(a)).ok());
            const std::uint64_t revision = session.revision();
            const SessionResult r = session.apply(act(PhaseAction::Apply, std::nullopt, choiceId(s, "ins_foyer")));
            THEN("neither team applies it") {
                CHECK(r.error == SessionError::NotOffered);
                CHECK(session.phase(kFirst) == Phase::Revealed);
                CHECK(session.phase(kSecond) == Phase::Revealed);
                CHECK(session.revision() == revision);
            }
        }
        WHEN("an action names a team that does not exist") {
            const SessionResult r = session.apply(act(PhaseAction::Open, TeamId{7}));
            THEN("it is refused") { CHECK(r.error == SessionError::UnknownTeam); }
        }
    }
}

TEST_CASE("team names: 2 to 6, none empty, none twice") {
    CHECK(Session::whyInvalid(SessionOptions{}, Lang::De).empty());
    CHECK(Session::whyInvalid(teamsOf({"A", "B"}), Lang::De).empty());
    CHECK(Session::whyInvalid(teamsOf({"A"}), Lang::De).find("2 bis 6") != std::string::npos);
    CHECK_FALSE(Session::whyInvalid(teamsOf({"A", "B", "C", "D", "E", "F", "G"}), Lang::En).empty());
    CHECK(Session::whyInvalid(teamsOf({"A", "A"}), Lang::De) == "Zwei Teams heißen „A“.");
    CHECK_FALSE(Session::whyInvalid(teamsOf({"A", "  "}), Lang::En).empty());
}

SCENARIO("forward (the clicker's Page Down) and back") {
    const Scenario& s = sampleScenario();
    GIVEN("a plenary session") {
        Session session(s, SessionOptions{});
        WHEN("the trainer presses forward five times") {
            for (int i = 0; i < 5; ++i) REQUIRE(session.apply(act(PhaseAction::Forward)).ok());
            THEN("the first decision is voted, applied and the room waits at the second") {
                CHECK(session.phase(kFirst) == Phase::Waiting);
                CHECK(session.round(kFirst) == 2);
                CHECK(session.runner(kFirst).path().size() == 1);
            }
            AND_WHEN("the trainer goes back twice") {
                REQUIRE(session.apply(act(PhaseAction::Back)).ok());
                const Phase afterOne = session.phase(kFirst);
                REQUIRE(session.apply(act(PhaseAction::Back)).ok());
                THEN("first to the consequences, then the move is taken back and the votes show again") {
                    CHECK(afterOne == Phase::Applied);
                    CHECK(session.phase(kFirst) == Phase::Revealed);
                    CHECK(session.round(kFirst) == 1);
                    CHECK(session.runner(kFirst).path().empty());
                    CHECK(session.runner(kFirst).steps().empty());
                    REQUIRE(session.apply(act(PhaseAction::Apply)).ok());
                    CHECK(session.runner(kFirst).path().size() == 1);
                }
            }
        }
        WHEN("the trainer goes back at the very start") {
            const SessionResult r = session.apply(act(PhaseAction::Back));
            THEN("there is nothing to go back to") { CHECK(r.error == SessionError::WrongPhase); }
        }
        WHEN("the trainer opens a vote and withdraws it") {
            REQUIRE(session.apply(act(PhaseAction::Open)).ok());
            REQUIRE(vote(session, kFirst, "p1", "presse").ok());
            REQUIRE(session.apply(act(PhaseAction::Back)).ok());
            REQUIRE(session.apply(act(PhaseAction::Open)).ok());
            THEN("the withdrawn round stays on record and the new one starts empty") {
                REQUIRE(session.rounds().size() == 2);
                CHECK(session.rounds()[0].phase == Phase::Waiting);
                CHECK(session.rounds()[0].votes.size() == 1);
                CHECK(session.tally(*session.currentRound(session.team(kFirst).active)).total == 0);
            }
        }
    }
}

SCENARIO("a whole seminar to the end") {
    const Scenario& s = sampleScenario();
    GIVEN("two teams whose votes are never cast (each decision a tie at zero: the first option)") {
        Session session(s, teamsOf({"Nord", "Süd"}));
        WHEN("the trainer presses forward until every team has reached an ending") {
            int presses = 0;
            while (!session.allEnded() && presses < 400) {
                REQUIRE(session.apply(act(PhaseAction::Forward)).ok());
                ++presses;
            }
            THEN("both end; forward then has nothing to do; the trainer ends the seminar") {
                CHECK(session.allEnded());
                CHECK(session.runner(kFirst).finished());
                CHECK(session.apply(act(PhaseAction::Forward)).error == SessionError::WrongPhase);
                REQUIRE(session.apply(EndSession{}).ok());
                CHECK(session.ended());
                CHECK(session.apply(act(PhaseAction::Back)).error == SessionError::SessionEnded);
            }
        }
    }
}
