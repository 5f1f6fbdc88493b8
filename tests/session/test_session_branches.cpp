// "What if" in the seminar (issue 16): branches opened at an earlier decision, played beside the
// original, switched and closed; and the comparison of teams and branches.

#include "SessionFixture.h"

#include "rapport/model/Model.h"
#include "rapport/model/Score.h"
#include "rapport/session/Comparison.h"

using namespace rapport;
using namespace rapport::test;

namespace {

/// A plenary session that has taken `choices` (one decision each, by the trainer's pick).
Session playedPlenary(const std::vector<std::string>& choices) {
    Session session(sampleScenario(), SessionOptions{});
    for (const std::string& c : choices) {
        for (PhaseAction a : {PhaseAction::Open, PhaseAction::Close, PhaseAction::Reveal}) REQUIRE(session.apply(act(a)).ok());
        REQUIRE(session.apply(act(PhaseAction::Apply, kFirst, choiceId(session.scenario(), c))).ok());
        REQUIRE(session.apply(act(PhaseAction::Next)).ok());
    }
    return session;
}

} // namespace

SCENARIO("a what-if branch with another choice, beside the original") {
    const Scenario& s = sampleScenario();
    GIVEN("a room that researched, went to the foyer and opened with the article") {
        Session session = playedPlenary({"profil", "ins_foyer", "artikel_ansprechen"});
        const LineId original = session.team(kFirst).active;
        const std::vector<ChoiceIndex> originalPath = session.line(original).runner->path();
        WHEN("the trainer opens a branch at decision 3 with the coffee joke") {
            REQUIRE(session.apply(Rewind{3, kFirst, choiceId(s, "kaffee_spruch")}).ok());
            const Line& branch = session.activeLine(kFirst);
            THEN("play continues on the branch, the joke already played; the original is untouched") {
                CHECK(branch.id != original);
                CHECK(branch.parent == std::optional<LineId>(original));
                CHECK(branch.forkRound == 3);
                CHECK(branch.number == 1);
                CHECK(branch.phase == Phase::Applied);
                CHECK(branch.round == 3);
                CHECK(s.choices[branch.runner->path().back()].id == "kaffee_spruch");
                CHECK(branch.runner->path().size() == 3);
                CHECK(session.line(original).runner->path() == originalPath);
                CHECK(session.line(original).phase == Phase::Waiting);
                CHECK(session.currentRound(branch.id)->decider == Decider::Trainer);
            }
            AND_WHEN("the trainer switches back to the original and closes the branch") {
                REQUIRE(session.apply(SwitchLine{original}).ok());
                const LineId active = session.team(kFirst).active;
                REQUIRE(session.apply(CloseBranch{branch.id}).ok());
                THEN("the original is played again and the branch is closed but on record") {
                    CHECK(active == original);
                    CHECK(session.line(LineId{1}).closed);
                    CHECK(session.lines().size() == 2);
                    CHECK(session.apply(SwitchLine{LineId{1}}).error == SessionError::LineClosed);
                }
            }
            AND_WHEN("the trainer closes the branch while playing it") {
                REQUIRE(session.apply(CloseBranch{session.team(kFirst).active}).ok());
                THEN("the team goes back to the original") { CHECK(session.team(kFirst).active == original); }
            }
        }
        WHEN("the trainer rewinds to decision 2 without a choice (the contract's rewind)") {
            REQUIRE(session.apply(Rewind{2, std::nullopt, kNone}).ok());
            THEN("the room votes again at decision 2, on a new branch") {
                CHECK(session.phase(kFirst) == Phase::Waiting);
                CHECK(session.round(kFirst) == 2);
                CHECK(s.nodes[session.runner(kFirst).state().node].id == "recherche");
                CHECK(session.runner(kFirst).path().size() == 1);
            }
        }
        WHEN("the trainer asks for a decision that was not taken yet, or decision 0") {
            const SessionResult ahead = session.apply(Rewind{4, kFirst, kNone});
            const SessionResult zero = session.apply(Rewind{0, kFirst, kNone});
            THEN("both are refused and no branch appears") {
                CHECK(ahead.error == SessionError::BadRound);
                CHECK(zero.error == SessionError::BadRound);
                CHECK(session.lines().size() == 1);
            }
        }
        WHEN("the trainer tries to close the original") {
            const SessionResult r = session.apply(CloseBranch{original});
            THEN("it is refused") { CHECK(r.error == SessionError::OriginalLine); }
        }
        WHEN("the branch's choice is not open at that decision") {
            const SessionResult r = session.apply(Rewind{1, kFirst, choiceId(s, "mail")});
            THEN("it is refused") { CHECK(r.error == SessionError::NotOffered); }
        }
    }
}

SCENARIO("a branch of a branch, and closing a branch closes what grew from it") {
    const Scenario& s = sampleScenario();
    GIVEN("a branch at decision 2 that went on, and a branch of it") {
        Session session = playedPlenary({"presse", "ins_foyer", "neubau_ansprechen"});
        REQUIRE(session.apply(Rewind{1, kFirst, choiceId(s, "ins_foyer")}).ok());
        const LineId first = session.team(kFirst).active;
        REQUIRE(session.apply(act(PhaseAction::Next)).ok());
        decideAll(session, "vortrag_loben");
        REQUIRE(session.apply(Rewind{2, kFirst, choiceId(s, "karte_zuecken")}).ok());
        const LineId second = session.team(kFirst).active;
        WHEN("the first branch is closed") {
            REQUIRE(session.apply(CloseBranch{first}).ok());
            THEN("its own branch closes too and the team is back on the original") {
                CHECK(session.line(second).parent == std::optional<LineId>(first));
                CHECK(session.line(second).number == 2);
                CHECK(session.line(second).closed);
                CHECK(session.team(kFirst).active == LineId{0});
            }
        }
    }
}

TEST_CASE("a lockstep rewind branches every team at the same decision") {
    const Scenario& s = sampleScenario();
    Session session(s, teamsOf({"Nord", "Süd", "West"}));
    decideAll(session, "ins_foyer");
    decideAll(session, "vortrag_loben");
    REQUIRE(session.apply(Rewind{2, std::nullopt, choiceId(s, "kaffee_spruch")}).ok());
    for (std::uint32_t t = 0; t < 3; ++t) {
        CAPTURE(t);
        const Line& l = session.activeLine(TeamId{t});
        CHECK(l.parent.has_value());
        CHECK(l.forkRound == 2);
        CHECK(s.choices[l.runner->path().back()].id == "kaffee_spruch");
    }
    CHECK(session.lines().size() == 6);
}

SCENARIO("the comparison: scores, endings, paths, where they parted") {
    const Scenario& s = sampleScenario();
    GIVEN("two teams that part at decision 2, and a branch of the first team at decision 1") {
        Session session(s, teamsOf({"Nord", "Süd"}));
        decideAll(session, "ins_foyer");
        REQUIRE(session.apply(act(PhaseAction::Open)).ok());
        REQUIRE(vote(session, kFirst, "trainer", "vortrag_loben").ok());
        REQUIRE(vote(session, kSecond, "trainer", "karte_zuecken").ok());
        for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply, PhaseAction::Next})
            REQUIRE(session.apply(act(a)).ok());
        REQUIRE(session.apply(Rewind{1, kFirst, choiceId(s, "profil")}).ok());
        const Comparison c = compareSession(session);
        THEN("each line is an entry, teams in order, the original before its branch") {
            REQUIRE(c.entries.size() == 3);
            CHECK(c.entries[0].team == kFirst);
            CHECK(c.entries[0].number == 0);
            CHECK(c.entries[1].team == kFirst);
            CHECK(c.entries[1].number == 1);
            CHECK(c.entries[1].forkRound == 1);
            CHECK(c.entries[2].team == kSecond);
        }
        THEN("the score is the comparison score of each line's runner, the start score the same for all") {
            for (const ComparisonEntry& e : c.entries) {
                CHECK(e.score == comparisonScore(*session.line(e.line).runner));
                CHECK(e.score == scoreOf(s, resultOf(s, session.line(e.line).runner->state())) * kScale);
                CHECK(e.startScore == c.entries[0].startScore);
                CHECK_FALSE(e.finished);
                CHECK(e.debrief.personas.size() == s.personas.size());
            }
        }
        THEN("the partings name the decision and what each chose there") {
            REQUIRE(c.partings.size() == 3);
            const Parting& teams = c.partings[1]; // Nord original vs Süd
            CHECK(teams.a == 0);
            CHECK(teams.b == 2);
            CHECK(teams.round == 2);
            CHECK(s.nodes[teams.decision].id == "eroeffnung");
            CHECK(s.choices[teams.choiceA].id == "vortrag_loben");
            CHECK(s.choices[teams.choiceB].id == "karte_zuecken");
            const Parting first = firstParting(c);
            CHECK(first.round == 1);
            CHECK(s.choices[first.choiceA].id == "ins_foyer");
            CHECK(s.choices[first.choiceB].id == "profil");
        }
        WHEN("the branch is closed") {
            REQUIRE(session.apply(CloseBranch{session.team(kFirst).active}).ok());
            THEN("it leaves the comparison unless asked for") {
                CHECK(compareSession(session).entries.size() == 2);
                ComparisonOptions all;
                all.includeClosed = true;
                CHECK(compareSession(session, all).entries.size() == 3);
            }
        }
    }
    GIVEN("two teams that make the same choices to the end") {
        Session session(s, teamsOf({"A", "B"}));
        while (!session.allEnded()) REQUIRE(session.apply(act(PhaseAction::Forward)).ok());
        const Comparison c = compareSession(session);
        THEN("they get the same result, the same ending and never parted") {
            REQUIRE(c.entries.size() == 2);
            CHECK(c.entries[0].finished);
            CHECK(c.entries[0].ending == c.entries[1].ending);
            CHECK(c.entries[0].rating != Rating::Unrated);
            CHECK(c.entries[0].score == c.entries[1].score);
            CHECK(c.entries[0].debrief.style.style == c.entries[1].debrief.style.style);
            CHECK(firstParting(c).round == 0);
            CHECK_FALSE(c.entries[0].debrief.keyMoments.empty());
        }
    }
}
