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
