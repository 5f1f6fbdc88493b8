#include "SeminarGuide.h"

#include "rapport/model/Evaluate.h"

namespace rapport::gui {

// Trainer's material is read before play, at no particular state: conditional texts take their
// scenario-start reading (a null state).

std::string guideText(const Scenario& scenario, Lang lang) {
    return scenario.guide == kNone ? std::string() : textOf(scenario, nullptr, scenario.guide, lang);
}

std::vector<SeminarCut> seminarCuts(const Scenario& scenario, Lang lang) {
    std::vector<SeminarCut> out;
    for (const SeminarCutDef& cut : scenario.seminarCuts)
        out.push_back(SeminarCut{cut.id, cut.name == kNone ? cut.id : textOf(scenario, nullptr, cut.name, lang),
                                 cut.description == kNone ? std::string() : textOf(scenario, nullptr, cut.description, lang)});
    return out;
}

std::vector<std::string> discussionQuestions(const Scenario& scenario, NodeIndex decision, Lang lang) {
    std::vector<std::string> out;
    if (decision >= scenario.nodes.size()) return out;
    for (const TextId q : scenario.nodes[decision].discuss) out.push_back(textOf(scenario, nullptr, q, lang));
    return out;
}

} // namespace rapport::gui
