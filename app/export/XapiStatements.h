#pragma once
// A recorded run told as xAPI 1.0.3 statements (docs/exports.md): `attempted` when it started, one
// `answered` per decision (the choice's id as the response), `completed` with the score, the
// ending, the style, the principles and each person's six dimensions, then `passed` or `failed`
// against the mastery threshold. The learner is a pseudonymous `account`, never a name or an
// e-mail address. Everything comes from the stored run, so the same run always gives the same
// statements, ids included (version-5 UUIDs from the run and the step).

#include "store/ExportQueries.h"
#include "store/Records.h"
#include "store/StatementQueue.h"

#include <string>
#include <string_view>
#include <vector>

namespace rapport::exports {

/// The project's IRI base: activities, extensions and the learners' account home page live
/// under it. Stable: records already sent refer to it.
inline constexpr std::string_view kXapiBase = "https://rapport.example/xapi/";

/// The home page of the learners' pseudonymous accounts.
[[nodiscard]] std::string accountHomePage();

/// The activity id of a scenario: kXapiBase + "scenarios/" + the id (percent-encoded if needed).
[[nodiscard]] std::string scenarioActivityId(std::string_view scenarioId);

/// The registration (a UUID) that groups one run's statements; `account` is the profile's pseudonym.
[[nodiscard]] std::string runRegistration(std::string_view account, store::RunId run);

/// The statements of a finished run, in order (seq 0, 1, ...); none for an unfinished run, whose
/// decisions may still change. `run` needs its details (persons and principles).
[[nodiscard]] std::vector<store::QueuedStatement> runStatements(const store::RunSummary& run,
                                                                const std::vector<store::DecisionRecord>& decisions,
                                                                std::string_view account);

/// The statements of a finished seminar session: for each team (a Group under the session's
/// registration) attempted, one answered per decision with its votes, completed, passed or failed.
[[nodiscard]] std::vector<store::QueuedStatement> seminarStatements(const store::StoredSeminar& session);

} // namespace rapport::exports
