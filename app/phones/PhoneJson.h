#pragma once
// The phone API's JSON (docs/seminar-api.md): a team's state as phones see it, the trainer's
// summary, and errors with an id and a sentence in the phone's language.

#include "rapport/session/SessionView.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::phones {

/// `GET /api/state` for a team, without the phone's own vote ("myVote": null).
[[nodiscard]] nlohmann::json stateJson(const DecisionView& view, Lang lang);

/// `GET /api/trainer/state`: the session's form and every team's summary and decision.
[[nodiscard]] nlohmann::json trainerJson(const Session& session, const std::vector<TeamSummary>& teams,
                                         const std::vector<DecisionView>& views, Lang lang);

/// An error answer: `{"error": ID, "message": SENTENCE}`.
[[nodiscard]] nlohmann::json errorJson(std::string_view id, Lang lang);

/// The language a request asks for: `?lang=de|en`, else the first of Accept-Language that is
/// German or English, else German.
[[nodiscard]] Lang requestLanguage(std::string_view langParam, std::string_view acceptLanguage);

} // namespace rapport::phones
