#pragma once
// Shared by the session tests: the bundled sample scenario (loaded once) and short helpers that
// name the commands a trainer gives.

#include "rapport/load/ScenarioLoader.h"
#include "rapport/session/Session.h"

#include <doctest/doctest.h>

#include <string>

namespace rapport::test {

/// "Die Kaffeepause": recherche (profil, presse, ins_foyer) -> eroeffnung (five openers) -> ...
inline const Scenario& sampleScenario() {
    static const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/sample-coffee-break.json");
    REQUIRE(loaded.ok());
    return *loaded.scenario;
}

inline ChoiceIndex choiceId(const Scenario& s, const std::string& id) {
    for (std::size_t i = 0; i < s.choices.size(); ++i)
        if (s.choices[i].id == id) return static_cast<ChoiceIndex>(i);
    FAIL("no choice " << id);
    return kNone;
}

inline SessionOptions teamsOf(std::initializer_list<const char*> names) {
    SessionOptions o;
    o.form = SessionForm::Teams;
    for (const char* n : names) o.teams.emplace_back(n);
    return o;
}

inline SessionCommand act(PhaseAction a, std::optional<TeamId> team = std::nullopt, ChoiceIndex choice = kNone) {
    return PhaseCommand{a, team, choice};
}

inline constexpr TeamId kFirst{0};
inline constexpr TeamId kSecond{1};

/// Votes `choice` for `voter` in the team's open round (the trainer's click uses "trainer").
inline SessionResult vote(Session& s, TeamId team, const std::string& voter, const std::string& choice) {
    return s.apply(CastVote{team, voter, choiceId(s.scenario(), choice)});
}

/// Runs one whole decision for every team in lockstep: open, the given votes, close, reveal, apply, next.
inline void decideAll(Session& s, const std::string& choice) {
    REQUIRE(s.apply(act(PhaseAction::Open)).ok());
    for (std::uint32_t t = 0; t < s.teamCount(); ++t) REQUIRE(vote(s, TeamId{t}, "trainer", choice).ok());
    for (PhaseAction a : {PhaseAction::Close, PhaseAction::Reveal, PhaseAction::Apply, PhaseAction::Next})
        REQUIRE(s.apply(act(a)).ok());
}

} // namespace rapport::test
