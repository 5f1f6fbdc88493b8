#include "report/ReasonGroups.h"

#include "rapport/report/PlayReport.h"
#include "rapport/report/Points.h"

namespace rapport {

std::string ReasonGroup::what() const {
    if (items.empty()) return {};
    std::string out = who.empty() ? std::string() : who + ": ";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i > 0 ? ", " : "") + items[i];
    return out;
}

std::vector<ReasonGroup> groupChanges(const Runner& runner, const State* at, const std::vector<std::size_t>& indices, Lang lang) {
    const Scenario& s = runner.scenario();
    std::vector<ReasonGroup> groups;
    std::vector<PersonaIndex> groupPersona; // kNone for the one-sentence kinds, which never merge
    for (std::size_t i : indices) {
        const Change& c = runner.changes()[i];
        if (c.target != ChangeTarget::Dimension && c.target != ChangeTarget::Pressure) {
            // Facts, time, favours and links explain themselves in one sentence.
            ReasonGroup g;
            g.why = describeChange(s, at, c, lang);
            groups.push_back(std::move(g));
            groupPersona.push_back(kNone);
            continue;
        }
        const std::string why = explainChange(s, at, c, lang);
        const std::string name = c.target == ChangeTarget::Pressure ? std::string(lang == Lang::De ? "Druck" : "Pressure")
                                                                    : std::string(nameOf(static_cast<Dimension>(c.dimension), lang));
        // More pressure is bad for the relationship, more of a dimension good.
        const int sign = c.delta() > 0 ? 1 : c.delta() < 0 ? -1 : 0;
        const int tone = c.target == ChangeTarget::Pressure ? -sign : sign;
        std::size_t g = 0;
        while (g < groups.size() && !(groupPersona[g] != kNone && groupPersona[g] == c.persona && groups[g].why == why)) ++g;
        if (g == groups.size()) {
            ReasonGroup fresh;
            fresh.who = c.persona != kNone ? s.personas[c.persona].name : std::string();
            fresh.why = why;
            fresh.tone = tone;
            groups.push_back(std::move(fresh));
            groupPersona.push_back(c.persona);
        } else if (groups[g].tone != tone) {
            groups[g].tone = 0;
        }
        groups[g].items.push_back(name + " " + formatChange(c.delta()));
        groups[g].names.push_back(name);
        groups[g].deltas.push_back(c.delta());
    }
    return groups;
}

} // namespace rapport
