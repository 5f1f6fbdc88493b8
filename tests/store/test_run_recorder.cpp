// The recorder keeps the database in step with a runner as the terminal and the window drive it:
// every decision with its time and result, the outcome at the ending, a step back, a replay
// after the ending, a language switch, a resumed run, and batched commits.

#include "ScenarioBuilder.h"
#include "store/RunRecorder.h"
#include "store/StoreTestFiles.h"

#include "rapport/model/Model.h"

#include <doctest/doctest.h>

namespace fs = std::filesystem;
using namespace rapport;
using namespace rapport::store;
using rapport::test::ScenarioBuilder;

namespace {

/// intro -> meet (ask, give, chat, leave) -> ... -> end; "give" follows give-first, "chat" violates quality.
Scenario loopScenario() {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("weber", {Trait::Open}, 30);
    const NodeIndex intro = b.narration("intro", "The break begins.");
    const NodeIndex meet = b.decision("meet", p);
    b.setNext(intro, meet);
    const NodeIndex end = b.ending("end");
    b.choice(meet, "ask", Act::Question, meet, p);
    b.choice(meet, "give", Act::Give, meet, p).principle = static_cast<int>(Principle::GiveFirst);
    b.choice(meet, "chat", Act::Smalltalk, meet, p).violates = static_cast<int>(Principle::Quality);
    b.choice(meet, "leave", Act::None, end);
    b.raw().start = intro;
    b.raw().id = "loop";
    return b.build();
}

/// A store in a scratch folder and a clock the test moves by hand.
struct Fixture {
    fs::path dir;
    std::unique_ptr<ProgressStore> store;
    ProfileId profile;
    std::int64_t now = 1'000'000;

    explicit Fixture(const char* name) : dir(rapport::test::storeScratch(name)) {
        store = ProgressStore::open(dir / "rapport.db");
        profile = store->createProfile("Anna");
    }
    ~Fixture() {
        store.reset();
        fs::remove_all(dir);
    }
    RunRecorder recorder() {
        return RunRecorder(*store, RunContext{profile, "/s/loop.json", "hash1", "window"}, [this] { return now; });
    }
    std::vector<RunSummary> runs() { return store->history(profile, true); }
};

void choose(Runner& runner, RunRecorder& recorder, const char* id) {
    REQUIRE(runner.choose(id) == ChooseError::None);
    recorder.sync(runner);
}

} // namespace

SCENARIO("a run is recorded decision by decision and its outcome at the ending") {
    const Scenario s = loopScenario();
    Fixture f("record");
    GIVEN("a runner and its recorder") {
        Runner runner(s);
        RunRecorder recorder = f.recorder();
        recorder.sync(runner);
        THEN("nothing is written before the first decision") { CHECK(f.runs().empty()); }
        WHEN("three decisions are taken, 5 s apart") {
            for (const char* id : {"ask", "give", "chat"}) {
                f.now += 5000;
                choose(runner, recorder, id);
            }
            recorder.commit();
            THEN("one unfinished run holds them with their node, time, result and score") {
                const auto runs = f.runs();
                REQUIRE(runs.size() == 1);
                CHECK_FALSE(runs[0].finished);
                CHECK(runs[0].steps == 3);
                CHECK(runs[0].activeMs == 15000);
                CHECK(runs[0].contentHash == "hash1");
                CHECK(runs[0].origin == "window");
                CHECK(f.store->choicesOf(runs[0].id) == std::vector<std::string>{"ask", "give", "chat"});
                Database& db = f.store->database();
                CHECK(db.queryText("SELECT node_id FROM decision WHERE step = 2") == "meet");
                CHECK(db.queryInt("SELECT chosen_at FROM decision WHERE step = 2") == 1'015'000);
                CHECK(db.queryInt("SELECT think_ms FROM decision WHERE step = 1") == 5000);
                CHECK(db.queryInt("SELECT result_after FROM decision WHERE step = 2") == runner.steps()[2].resultAfter);
                CHECK(db.queryInt("SELECT score FROM decision WHERE step = 2") == runner.steps()[2].resultAfter / 100);
            }
        }
        WHEN("the run reaches its ending") {
            for (const char* id : {"give", "chat", "leave"}) choose(runner, recorder, id);
            recorder.commit();
            THEN("the ending, score, style, principles and each person's dimensions at start and end are stored") {
                const Debrief d = buildDebrief(runner);
                const auto runs = f.runs();
                REQUIRE(runs.size() == 1);
                const RunSummary& r = runs[0];
                CHECK(r.finished);
                CHECK(r.endingId == "end");
                CHECK(r.result == d.result);
                CHECK(r.score == learnerScore(s, d.result).score);
                CHECK(r.style == std::string(styleId(d.style.style)));
                REQUIRE(r.persons.size() == 1);
                CHECK(r.persons[0].personaId == "weber");
                CHECK(r.persons[0].start.dims == d.personas[0].start);
                CHECK(r.persons[0].end.dims == d.personas[0].end);
                CHECK(r.persons[0].end.quality == d.personas[0].endQuality);
                REQUIRE(r.principles.size() == d.principles.size());
                for (const PrincipleReview& p : d.principles) {
                    const auto it = std::find_if(r.principles.begin(), r.principles.end(),
                                                 [&](const PrincipleRecord& q) { return q.principle == idOf(p.principle); });
                    REQUIRE(it != r.principles.end());
                    CHECK(it->followed == p.followed);
                    CHECK(it->violated == p.violated);
                }
            }
        }
    }
}

SCENARIO("going back during a run forgets the decisions after that point") {
    const Scenario s = loopScenario();
    Fixture f("rewind");
    Runner runner(s);
    RunRecorder recorder = f.recorder();
    for (const char* id : {"ask", "give", "chat"}) choose(runner, recorder, id);
    WHEN("the learner goes back to the second decision and chooses differently") {
        runner.rewindTo(1);
        recorder.sync(runner);
        choose(runner, recorder, "ask");
        recorder.commit();
        THEN("the same run holds the new path") {
            const auto runs = f.runs();
            REQUIRE(runs.size() == 1);
            CHECK(runs[0].steps == 2);
            CHECK(f.store->choicesOf(runs[0].id) == std::vector<std::string>{"ask", "ask"});
            CHECK(runs[0].result == runner.steps()[1].resultAfter);
        }
    }
}

SCENARIO("replaying a finished run from one of its decisions starts a new run and keeps the old one") {
    const Scenario s = loopScenario();
    Fixture f("replay");
    Runner runner(s);
    RunRecorder recorder = f.recorder();
    for (const char* id : {"give", "chat", "leave"}) choose(runner, recorder, id);
    WHEN("the learner replays from the second decision and ends differently") {
        runner.rewindTo(1);
        recorder.sync(runner);
        for (const char* id : {"give", "leave"}) choose(runner, recorder, id);
        recorder.commit();
        THEN("the first run is as it was, and the new one names it and covers the whole path") {
            const auto runs = f.runs();
            REQUIRE(runs.size() == 2);
            CHECK(runs[1].finished);
            CHECK(f.store->choicesOf(runs[1].id) == std::vector<std::string>{"give", "chat", "leave"});
            CHECK(runs[0].finished);
            CHECK(runs[0].replayOf == runs[1].id.v);
            CHECK(f.store->choicesOf(runs[0].id) == std::vector<std::string>{"give", "give", "leave"});
        }
    }
    WHEN("the learner starts again from the very beginning") {
        runner.rewindTo(0);
        recorder.sync(runner);
        recorder.commit();
        THEN("no new run exists until the first new decision") { CHECK(f.runs().size() == 1); }
    }
}

SCENARIO("a resumed run continues the same record") {
    const Scenario s = loopScenario();
    Fixture f("adopt");
    {
        Runner first(s);
        RunRecorder recorder = f.recorder();
        for (const char* id : {"ask", "give"}) choose(first, recorder, id);
        recorder.commit();
    }
    GIVEN("the stored run replayed into a new runner") {
        const auto stored = f.store->newestUnfinished(f.profile);
        REQUIRE(stored);
        Runner runner(s);
        for (const std::string& id : stored->choices) REQUIRE(runner.choose(id) == ChooseError::None);
        RunRecorder recorder = f.recorder();
        recorder.adopt(*stored, runner);
        WHEN("play goes on to the ending") {
            for (const char* id : {"chat", "leave"}) choose(runner, recorder, id);
            recorder.commit();
            THEN("one finished run holds every decision, the earlier ones included") {
                const auto runs = f.runs();
                REQUIRE(runs.size() == 1);
                CHECK(runs[0].finished);
                CHECK(f.store->choicesOf(runs[0].id) == std::vector<std::string>{"ask", "give", "chat", "leave"});
            }
        }
    }
}

TEST_CASE("switching the language during a run is recorded, a sync with nothing new writes nothing") {
    const Scenario s = loopScenario();
    Fixture f("language");
    Runner runner(s);
    RunRecorder recorder = f.recorder();
    choose(runner, recorder, "ask");
    recorder.commit();
    recorder.sync(runner);
    CHECK_FALSE(f.store->pending());
    runner.setLanguage(Lang::En);
    recorder.sync(runner);
    recorder.commit();
    CHECK(f.runs().at(0).language == "en");
}

TEST_CASE("batched commits: when the batch is full or old enough, not before") {
    const Scenario s = loopScenario();
    Fixture f("batch");
    Runner runner(s);
    RunRecorder recorder = f.recorder();
    const BatchLimits limits{3, 100};
    choose(runner, recorder, "ask");
    recorder.commitIfDue(limits);
    CHECK(f.store->pending());
    f.now += 100;
    recorder.commitIfDue(limits);
    CHECK_FALSE(f.store->pending());
    for (int i = 0; i < 2; ++i) {
        choose(runner, recorder, "chat");
        recorder.commitIfDue(limits);
        CHECK(f.store->pending());
    }
    choose(runner, recorder, "chat");
    recorder.commitIfDue(limits);
    CHECK_FALSE(f.store->pending());
}
