#pragma once
// Saving and restoring a seminar session as JSON: teams, lines (their paths as choice ids), every
// vote round with its votes, hands and the move taken. Deterministic: restoring and saving again
// gives the same bytes. The explanatory logs are rebuilt by replaying the paths.

#include "rapport/session/Session.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

/// The session as a JSON document (indented, keys sorted, no timestamps of its own).
[[nodiscard]] std::string sessionToJson(const Session& session);

/// What restoring gives: the session, or why not.
struct SessionLoad {
    std::unique_ptr<Session> session;
    std::string error; ///< plain words naming the part of the file, empty on success
};

/// Restores a saved session over its scenario (the same one, loaded again); lines read in `lang`.
[[nodiscard]] SessionLoad sessionFromJson(const Scenario& scenario, std::string_view json, Lang lang);

/// What a saved session says about itself, readable without its scenario (to list and resume).
struct SessionSummary {
    std::string scenario;  ///< the scenario's id
    std::string source;    ///< where its file was
    std::string started;
    SessionForm form = SessionForm::Plenary;
    std::vector<std::string> teams;
    bool ended = false;
    std::uint32_t round = 0; ///< the highest decision any active line has reached
};

/// Reads the summary of a saved session; std::nullopt (and `error`) when it is not one.
[[nodiscard]] std::optional<SessionSummary> readSessionSummary(std::string_view json, std::string& error);

/// The saved text with the seminar marked as ended, without its scenario (a trainer who declines
/// to continue it); std::nullopt and `error` when it is not a saved seminar.
[[nodiscard]] std::optional<std::string> endSavedSession(std::string_view json, std::string& error);

} // namespace rapport
