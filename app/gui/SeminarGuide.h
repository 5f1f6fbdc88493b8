#pragma once
// The trainer's material a scenario may carry (the format's `guide`, `seminarCuts` and a decision's
// `discuss`), in the trainer's language; the seminar screens show each part when present.

#include "rapport/core/Scenario.h"

#include <string>
#include <vector>

namespace rapport::gui {

/// A named start inside the scenario, offered when a seminar begins.
struct SeminarCut {
    std::string id;
    std::string name;
    std::string description;
};

/// The scenario's trainer guide in `lang`; empty when it has none.
[[nodiscard]] std::string guideText(const Scenario& scenario, Lang lang);

/// The scenario's seminar cuts; empty when it has none.
[[nodiscard]] std::vector<SeminarCut> seminarCuts(const Scenario& scenario, Lang lang);

/// The discussion questions on a decision node; empty when it has none.
[[nodiscard]] std::vector<std::string> discussionQuestions(const Scenario& scenario, NodeIndex decision, Lang lang);

} // namespace rapport::gui
