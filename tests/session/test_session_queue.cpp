// Commands queued from other threads (the phone server) are applied by the loop that owns the
// session, in order, and each sender learns its result only once it is applied.

#include "SessionFixture.h"

#include "rapport/session/SessionQueue.h"

#include <thread>
#include <vector>

using namespace rapport;
using namespace rapport::test;

TEST_CASE("votes from many threads, applied by the owning loop, each answered once applied") {
    const Scenario& s = sampleScenario();
    Session session(s, SessionOptions{});
    SessionQueue queue;
    CHECK_FALSE(queue.pending());
    std::future<SessionResult> open = queue.push(PhaseCommand{PhaseAction::Open, std::nullopt, kNone});
    CHECK(open.wait_for(std::chrono::seconds(0)) == std::future_status::timeout); // not applied yet
    CHECK(queue.applyPending(session) == 1);
    CHECK(open.get().ok());

    const ChoiceIndex presse = choiceId(s, "presse");
    std::vector<std::future<SessionResult>> results(200);
    std::vector<std::thread> phones;
    for (int t = 0; t < 4; ++t)
        phones.emplace_back([&, t] {
            for (int p = t; p < 200; p += 4) results[static_cast<std::size_t>(p)] = queue.push(CastVote{kFirst, "phone-" + std::to_string(p), presse});
        });
    std::size_t applied = 0;
    for (auto& phone : phones) phone.join();
    applied += queue.applyPending(session);
    CHECK(applied == 200);
    for (auto& r : results) CHECK(r.get().ok());
    CHECK(session.tally(*session.currentRound(session.team(kFirst).active)).total == 200);

    // A refused command is answered with its error, in order after the ones before it.
    std::future<SessionResult> reveal = queue.push(PhaseCommand{PhaseAction::Reveal, std::nullopt, kNone});
    std::future<SessionResult> close = queue.push(PhaseCommand{PhaseAction::Close, std::nullopt, kNone});
    queue.applyPending(session);
    CHECK(reveal.get().error == SessionError::WrongPhase);
    CHECK(close.get().ok());
    CHECK(session.phase(kFirst) == Phase::Closed);
}

TEST_CASE("a driver publishes the applied state before any sender learns its result") {
    const Scenario& s = sampleScenario();
    Session session(s, SessionOptions{});
    SessionQueue queue;
    std::future<SessionResult> open = queue.push(PhaseCommand{PhaseAction::Open, std::nullopt, kNone});
    int calls = 0;
    Phase seen = Phase::Waiting;
    bool answeredEarly = true;
    queue.applyPending(session, [&](const Session& applied) {
        ++calls;
        seen = applied.phase(kFirst);
        answeredEarly = open.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
    CHECK(calls == 1);
    CHECK(seen == Phase::Voting);
    CHECK_FALSE(answeredEarly);
    CHECK(open.get().ok());
    // Nothing queued: nothing to publish.
    CHECK(queue.applyPending(session, [&](const Session&) { ++calls; }) == 0);
    CHECK(calls == 1);
}

TEST_CASE("the owning loop wakes as soon as a command is queued") {
    SessionQueue queue;
    CHECK_FALSE(queue.waitPending(std::chrono::milliseconds(10)));
    std::thread phone([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        (void)queue.push(PhaseCommand{PhaseAction::Open, std::nullopt, kNone});
    });
    const auto before = std::chrono::steady_clock::now();
    CHECK(queue.waitPending(std::chrono::seconds(10)));
    CHECK(std::chrono::steady_clock::now() - before < std::chrono::seconds(5));
    phone.join();
}
