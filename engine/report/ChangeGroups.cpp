// Grouping the change log for reading (see the header): one rule for the window and the terminal.

#include "rapport/report/ChangeGroups.h"

#include "rapport/report/PlayReport.h"
#include "rapport/report/Points.h"

namespace rapport {
namespace {

// One act explains the values it moved with its sentence and the factors behind it ("… Sie nutzen
// den Weg, den Herr Brandes bevorzugt."), and the favour it left with the sentence alone: the
// same reason, told once. True when the sentences are equal or one is the other's first sentences.
bool sameReason(const std::string& a, const std::string& b) {
    const std::string& shorter = a.size() <= b.size() ? a : b;
    const std::string& longer = a.size() <= b.size() ? b : a;
    if (longer.compare(0, shorter.size(), shorter) != 0) return false;
    if (longer.size() == shorter.size()) return true;
    const bool endsSentence = !shorter.empty() && (shorter.back() == '.' || shorter.back() == '!' || shorter.back() == '?');
    return endsSentence && longer[shorter.size()] == ' ';
}

} // namespace

std::vector<ReasonGroup> groupChanges(const Scenario& s, const std::vector<Change>& changes, const State* at,
                                      const std::vector<std::size_t>& indices, Lang lang) {
    std::vector<ReasonGroup> groups;
    std::vector<PersonaIndex> groupPersona; // kNone for the one-sentence kinds, which never merge
    for (std::size_t i : indices) {
        const Change& c = changes[i];
        if (c.target == ChangeTarget::Variable || c.reason == Reason::Drift || c.reason == Reason::PressureFades) continue;
        const bool personal = c.target == ChangeTarget::Dimension || c.target == ChangeTarget::Pressure ||
                              c.target == ChangeTarget::Owed || c.target == ChangeTarget::Request;
        if (!personal || c.persona == kNone) {
            // Facts, time and links explain themselves in one sentence.
            groups.push_back(ReasonGroup{"", describeChange(s, at, c, lang), 0, c.target == ChangeTarget::Time});
            groupPersona.push_back(kNone);
            continue;
        }
        const bool de = lang == Lang::De;
        std::string item;
        switch (c.target) {
        case ChangeTarget::Pressure: item = std::string(de ? "Druck " : "Pressure ") + formatChange(c.delta()); break;
        case ChangeTarget::Owed: item = std::string(de ? "Gefallen-Konto " : "Favour balance ") + formatCount(c.after); break;
        case ChangeTarget::Request: item = std::string(de ? "Bereitschaft " : "Willingness ") + std::to_string(c.before) + "/100"; break;
        default: item = std::string(nameOf(static_cast<Dimension>(c.dimension), lang)) + " " + formatChange(c.delta()); break;
        }
        if ((c.target == ChangeTarget::Dimension || c.target == ChangeTarget::Pressure) && roundsToNothing(c.delta())) continue;
        const std::string why = explainChange(s, at, c, lang);
        // More pressure is bad for the relationship, more of a dimension good.
        const int sign = c.target == ChangeTarget::Request ? (c.after != 0 ? 1 : -1) : c.delta() > 0 ? 1 : c.delta() < 0 ? -1 : 0;
        const int tone = c.target == ChangeTarget::Pressure ? -sign : sign;
        std::size_t g = 0;
        while (g < groups.size() && !(groupPersona[g] != kNone && groupPersona[g] == c.persona && sameReason(groups[g].why, why))) ++g;
        if (g == groups.size()) {
            const std::string who = c.persona != kNone ? s.personas[c.persona].name + ": " : std::string();
            groups.push_back(ReasonGroup{who + item, why, tone});
            groupPersona.push_back(c.persona);
        } else {
            groups[g].what += ", " + item;
            if (why.size() > groups[g].why.size()) groups[g].why = why;
            if (groups[g].tone != tone) groups[g].tone = 0;
        }
    }
    return groups;
}

std::string driftSummary(const Scenario& s, const std::vector<Change>& changes, const std::vector<std::size_t>& indices, Lang lang) {
    std::vector<PersonaIndex> order;
    std::vector<std::string> items;
    bool anyCooling = false;
    for (std::size_t i : indices) {
        const Change& c = changes[i];
        // Values cooling and pressure easing are what time does; both go into the one summary.
        const bool cooling = c.reason == Reason::Drift && c.target == ChangeTarget::Dimension;
        const bool easing = c.reason == Reason::PressureFades && c.target == ChangeTarget::Pressure;
        if (!(cooling || easing) || roundsToNothing(c.delta())) continue;
        anyCooling = anyCooling || cooling;
        std::size_t p = 0;
        while (p < order.size() && order[p] != c.persona) ++p;
        const std::string item = (easing ? std::string(lang == Lang::De ? "Druck" : "pressure")
                                         : std::string(nameOf(static_cast<Dimension>(c.dimension), lang))) +
                                 " " + formatChange(c.delta());
        if (p == order.size()) {
            order.push_back(c.persona);
            items.push_back(s.personas[c.persona].name + " " + item);
        } else {
            items[p] += ", " + item;
        }
    }
    if (items.empty()) return {};
    std::string out = anyCooling ? (lang == Lang::De ? "Ohne Kontakt lässt es nach: " : "Without contact, things fade: ")
                                 : (lang == Lang::De ? "Mit der Zeit lässt der Druck nach: " : "Pressure eases with time: ");
    for (std::size_t p = 0; p < items.size(); ++p) out += (p ? "; " : "") + items[p];
    return out;
}

} // namespace rapport
