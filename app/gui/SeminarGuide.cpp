#include "SeminarGuide.h"

namespace rapport::gui {

// Until the format has `guide`, `seminarCuts` and per-decision discussion questions, no scenario
// carries any; each function then reads the scenario's new fields.

std::string guideText(const Scenario& /*scenario*/, Lang /*lang*/) { return {}; }

std::vector<SeminarCut> seminarCuts(const Scenario& /*scenario*/, Lang /*lang*/) { return {}; }

std::vector<std::string> discussionQuestions(const Scenario& /*scenario*/, NodeIndex /*decision*/, Lang /*lang*/) { return {}; }

} // namespace rapport::gui
