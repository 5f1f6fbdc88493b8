#include "ChangeGroups.h"

#include "Widgets.h"

namespace rapport::gui {

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
