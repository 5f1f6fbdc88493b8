#include "ChangeGroups.h"

#include "Widgets.h"

#include "rapport/report/PlayReport.h"
#include "rapport/report/Points.h"

namespace rapport::gui {

std::vector<ReasonGroup> groupChanges(const Runner& runner, const State* at, const std::vector<std::size_t>& indices, Lang lang) {
    const Scenario& s = runner.scenario();
    std::vector<ReasonGroup> groups;
    std::vector<PersonaIndex> groupPersona; // kNone for the one-sentence kinds, which never merge
    for (std::size_t i : indices) {
        const Change& c = runner.changes()[i];
        if (c.target != ChangeTarget::Dimension && c.target != ChangeTarget::Pressure) {
            // Facts, time, favours and links explain themselves in one sentence.
            groups.push_back(ReasonGroup{"", describeChange(s, at, c, lang), 0});
            groupPersona.push_back(kNone);
            continue;
        }
        const std::string why = explainChange(s, at, c, lang);
        std::string item = c.target == ChangeTarget::Pressure ? std::string(lang == Lang::De ? "Druck" : "Pressure")
                                                              : std::string(nameOf(static_cast<Dimension>(c.dimension), lang));
        item += " " + formatChange(c.delta());
        // More pressure is bad for the relationship, more of a dimension good.
        const int sign = c.delta() > 0 ? 1 : c.delta() < 0 ? -1 : 0;
        const int tone = c.target == ChangeTarget::Pressure ? -sign : sign;
        std::size_t g = 0;
        while (g < groups.size() && !(groupPersona[g] != kNone && groupPersona[g] == c.persona && groups[g].why == why)) ++g;
        if (g == groups.size()) {
            const std::string who = c.persona != kNone ? s.personas[c.persona].name + ": " : std::string();
            groups.push_back(ReasonGroup{who + item, why, tone});
            groupPersona.push_back(c.persona);
        } else {
            groups[g].what += ", " + item;
            if (groups[g].tone != tone) groups[g].tone = 0;
        }
    }
    return groups;
}

void drawReasonGroups(const AppState& app, const std::vector<ReasonGroup>& groups) {
    for (const ReasonGroup& g : groups) {
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (!g.what.empty()) colouredWrapped(g.tone > 0 ? app.palette.good : g.tone < 0 ? app.palette.bad : app.palette.text, g.what);
        wrapped(g.why);
        ImGui::EndGroup();
    }
}

} // namespace rapport::gui
