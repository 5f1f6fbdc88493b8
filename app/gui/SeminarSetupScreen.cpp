// The "Seminar" entry: the trainer chooses a scenario (its summary, goals, people and guide
// beside it) and the form: the whole room decides (plenary) or 2-6 named teams play side by side.

#include "ImGuiSfml.h"
#include "Screens.h"
#include "Seminar.h"
#include "SeminarGuide.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"

#include <algorithm>
#include <cstdio>

namespace rapport::gui {
namespace {

std::vector<std::size_t> usableEntries(const AppState& app) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < app.library.entries.size(); ++i)
        if (app.library.entries[i].loaded.ok()) out.push_back(i);
    return out;
}

void defaultNames(SeminarSetup& setup) {
    for (std::size_t t = 0; t < setup.names.size(); ++t) {
        const std::string name = "Team " + std::to_string(t + 1);
        std::snprintf(setup.names[t].data(), setup.names[t].size(), "%s", name.c_str());
    }
    setup.initialised = true;
}

void drawScenarioList(AppState& app, const std::vector<std::size_t>& usable) {
    SeminarSetup& setup = app.seminarSetup;
    const Lang lang = app.settings.lang;
    for (std::size_t n = 0; n < usable.size(); ++n) {
        const Scenario& s = *app.library.entries[usable[n]].loaded.scenario;
        const bool selected = setup.entry == usable[n];
        ImGui::PushID(static_cast<int>(n));
        const std::string label = (n < 9 ? std::to_string(n + 1) + "  " : std::string()) + textOf(s, nullptr, s.title, lang);
        if (ImGui::Selectable(label.c_str(), selected, 0, ImVec2(0, ImGui::GetTextLineHeight() * 1.6f))) setup.entry = usable[n];
        markWidget(app, "seminar-scenario:" + s.id);
        ImGui::PopID();
    }
}

void drawScenarioDetails(AppState& app, const Scenario& s) {
    const Lang lang = app.settings.lang;
    title(app, textOf(s, nullptr, s.title, lang));
    mutedWrapped(app, std::string(nameOf(s.level, lang)) + "  ·  " + tr(app, "ca. ", "about ") + std::to_string(s.minutes) +
                          tr(app, " Minuten im Einzelspiel", " minutes played alone") + "  ·  " + std::to_string(s.personas.size()) +
                          (s.personas.size() == 1 ? tr(app, " Person", " person") : tr(app, " Personen", " people")));
    wrapped(textOf(s, nullptr, s.summary, lang));
    if (!s.goals.empty()) {
        ImGui::Spacing();
        section(app, tr(app, "Ziele", "Goals"));
        for (TextId g : s.goals) {
            ImGui::Bullet();
            ImGui::SameLine();
            wrapped(textOf(s, nullptr, g, lang));
        }
    }
    if (!s.principles.empty()) {
        ImGui::Spacing();
        section(app, tr(app, "Prinzipien", "Principles"));
        std::string line;
        for (Principle p : s.principles) line += (line.empty() ? "" : " · ") + std::string(nameOf(p, lang));
        wrapped(line);
    }
    const std::string guide = guideText(s, lang);
    if (!guide.empty()) {
        ImGui::Spacing();
        section(app, tr(app, "Leitfaden für Trainerinnen und Trainer", "Trainer's guide"));
        wrapped(guide);
    }
    const std::vector<SeminarCut> cuts = seminarCuts(s, lang);
    std::string& chosen = app.seminarSetup.cut;
    if (std::none_of(cuts.begin(), cuts.end(), [&](const SeminarCut& c) { return c.id == chosen; })) chosen.clear();
    if (!cuts.empty()) {
        ImGui::Spacing();
        section(app, tr(app, "Wo das Seminar beginnt", "Where the seminar begins"));
        if (ImGui::RadioButton(tr(app, "Das ganze Szenario", "The whole scenario"), chosen.empty())) chosen.clear();
        markWidget(app, "seminar-cut:");
        for (const SeminarCut& cut : cuts) {
            if (ImGui::RadioButton((cut.name + "##" + cut.id).c_str(), chosen == cut.id)) chosen = cut.id;
            markWidget(app, "seminar-cut:" + cut.id);
            if (!cut.description.empty()) mutedWrapped(app, cut.description);
        }
    }
}

void drawForm(AppState& app) {
    SeminarSetup& setup = app.seminarSetup;
    section(app, tr(app, "Form", "Form"));
    if (ImGui::RadioButton(tr(app, "Plenum", "Plenary"), !setup.teams)) setup.teams = false;
    markWidget(app, "seminar-plenary");
    ImGui::SameLine(0, app.fonts.bodyPx * 2.0f);
    if (ImGui::RadioButton(tr(app, "Teams", "Teams"), setup.teams)) setup.teams = true;
    markWidget(app, "seminar-teams");
    if (!setup.teams) {
        mutedWrapped(app, tr(app, "Der ganze Raum entscheidet jeden Schritt gemeinsam, per Handzeichen; die Mehrheit entscheidet.",
                             "The whole room decides each step together by a show of hands; the majority decides."));
        return;
    }
    mutedWrapped(app, tr(app, "2 bis 6 Teams spielen nebeneinander, jedes auf seinem eigenen Weg; alle entscheiden im Gleichschritt, bevor Sie auflösen.",
                         "2 to 6 teams play side by side, each on its own path; all decide in lockstep before you reveal."));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, "Anzahl:", "Number:"));
    ImGui::SameLine();
    if (namedButton(app, "–##fewer", "seminar-fewer-teams")) setup.teamCount = std::max(2, setup.teamCount - 1);
    ImGui::SameLine();
    ImGui::Text("%d", setup.teamCount);
    ImGui::SameLine();
    if (namedButton(app, "+##more", "seminar-more-teams")) setup.teamCount = std::min(6, setup.teamCount + 1);
    // The name fields flow in rows, as many side by side as fit.
    const float field = app.fonts.bodyPx * 11.0f;
    const float right = ImGui::GetWindowContentRegionMax().x;
    for (int t = 0; t < setup.teamCount; ++t) {
        ImGui::PushID(t);
        if (t > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + field > right) ImGui::NewLine();
        }
        ImGui::SetNextItemWidth(field);
        ImGui::InputText("##name", setup.names[static_cast<std::size_t>(t)].data(), setup.names[static_cast<std::size_t>(t)].size());
        markWidget(app, "seminar-team-name:" + std::to_string(t));
        ImGui::PopID();
    }
}

void begin(AppState& app) {
    SeminarSetup& setup = app.seminarSetup;
    if (setup.entry >= app.library.entries.size() || !app.library.entries[setup.entry].loaded.ok()) return;
    const ScenarioEntry& entry = app.library.entries[setup.entry];
    SessionOptions options;
    options.form = setup.teams ? SessionForm::Teams : SessionForm::Plenary;
    if (setup.teams)
        for (int t = 0; t < setup.teamCount; ++t) options.teams.emplace_back(setup.names[static_cast<std::size_t>(t)].data());
    options.cut = setup.cut;
    setup.error = startSeminar(app, entry.loaded.scenario, entry.path, options);
}

} // namespace

void drawSeminarSetupScreen(AppState& app) {
    SeminarSetup& setup = app.seminarSetup;
    if (!setup.initialised) defaultNames(setup);
    const std::vector<std::size_t> usable = usableEntries(app);
    if (usable.empty()) {
        colouredWrapped(app.palette.bad, tr(app, "Es ist kein Szenario geladen.", "No scenario is loaded."));
        if (namedButton(app, tr(app, "Zurück  [Esc]", "Back  [Esc]"), "back")) goTo(app, Screen::Start);
        return;
    }
    if (std::find(usable.begin(), usable.end(), setup.entry) == usable.end()) setup.entry = usable.front();
    for (std::size_t n = 0; n < usable.size() && n < 9; ++n)
        if (keyPressed(static_cast<sf::Keyboard::Key>(sf::Keyboard::Num1 + static_cast<int>(n)))) setup.entry = usable[n];
    if (keyPressed(sf::Keyboard::Return)) return begin(app);

    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttonRow = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2 + ImGui::GetTextLineHeightWithSpacing() *
                                                                                               (setup.error.empty() ? 0.0f : 2.0f);
    const Scenario& s = *app.library.entries[setup.entry].loaded.scenario;
    if (foldedLayout(app)) {
        ImGui::BeginChild("##seminarsetup", ImVec2(0, -buttonRow), false, kPanelFlags);
        drawForm(app);
        ImGui::Spacing();
        section(app, tr(app, "Szenario", "Scenario"));
        drawScenarioList(app, usable);
        ImGui::Spacing();
        drawScenarioDetails(app, s);
        ImGui::EndChild();
    } else {
        // The scenarios on the left; the form (what the trainer must decide) above the details.
        const float left = std::max(app.fonts.bodyPx * 18.0f, ImGui::GetContentRegionAvail().x * 0.3f);
        ImGui::BeginChild("##seminarchoose", ImVec2(left, -buttonRow), false, kPanelFlags);
        title(app, tr(app, "Seminar leiten", "Run a seminar"));
        section(app, tr(app, "Szenario", "Scenario"));
        drawScenarioList(app, usable);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##seminarright", ImVec2(0, -buttonRow), false, kPanelFlags);
        drawForm(app);
        ImGui::Spacing();
        ImGui::Spacing();
        drawScenarioDetails(app, s);
        ImGui::EndChild();
    }
    ImGui::Separator();
    if (!setup.error.empty()) colouredWrapped(app.palette.bad, setup.error);
    if (primaryButton(app, tr(app, "Seminar beginnen  [Enter]", "Begin the seminar  [Enter]"), "seminar-begin")) begin(app);
    ImGui::SameLine();
    if (namedButton(app, tr(app, "Zurück  [Esc]", "Back  [Esc]"), "back")) goTo(app, Screen::Start);
}

} // namespace rapport::gui

namespace rapport::gui {
namespace {

// "am 3.12. um 9:30" from "2026-12-03T09:30"; the stamp as it is if it has another shape.
std::string readableStart(const AppState& app, const std::string& stamp) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    if (std::sscanf(stamp.c_str(), "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi) != 5) return stamp;
    char out[64];
    if (app.settings.lang == Lang::De) std::snprintf(out, sizeof out, "am %d.%d. um %d:%02d Uhr", d, mo, h, mi);
    else std::snprintf(out, sizeof out, "on %d-%02d-%02d at %d:%02d", y, mo, d, h, mi);
    return out;
}

void offerBanner(AppState& app) {
    const SavedSession& offer = *app.seminarOffer;
    const bool de = app.settings.lang == Lang::De;
    std::string title = offer.summary.scenario;
    for (const ScenarioEntry& e : app.library.entries)
        if (e.loaded.ok() && e.loaded.scenario->id == offer.summary.scenario) title = textOf(*e.loaded.scenario, nullptr, e.loaded.scenario->title, app.settings.lang);
    std::string text = std::string(de ? "Ein Seminar wurde nicht beendet: „" : "A seminar was not ended: “") + title + (de ? "“" : "”");
    if (offer.summary.form == SessionForm::Teams) {
        std::string teams;
        for (const std::string& t : offer.summary.teams) teams += (teams.empty() ? "" : ", ") + t;
        text += (de ? " mit den Teams " : " with the teams ") + teams;
    } else {
        text += de ? " im Plenum" : " in plenary";
    }
    text += std::string(de ? ", begonnen " : ", begun ") + readableStart(app, offer.summary.started) + (de ? ", zuletzt bei Entscheidung " : ", last at decision ") +
            std::to_string(offer.summary.round) + ".";
    colouredWrapped(app.palette.warn, text);
    if (primaryButton(app, tr(app, "Seminar fortsetzen", "Continue the seminar"), "seminar-resume")) {
        app.seminarSetup.error = resumeSeminar(app, offer);
        return;
    }
    ImGui::SameLine();
    if (namedButton(app, tr(app, "Nicht fortsetzen", "Do not continue"), "seminar-dismiss")) {
        const WriteResult r = markSessionEnded(offer.file);
        app.seminarSetup.error = r.ok() ? std::string() : r.error;
        app.seminarOffer.reset();
    }
}

} // namespace

void drawSeminarEntry(AppState& app) {
    if (!app.ui.showIntro && keyPressed(sf::Keyboard::S)) return goTo(app, Screen::SeminarSetup);
    if (app.seminar) {
        const Session& session = *app.seminar->session;
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%s %s", tr(app, "Laufendes Seminar:", "Seminar in progress:"),
                    textOf(session.scenario(), nullptr, session.scenario().title, app.settings.lang).c_str());
        ImGui::SameLine();
        if (primaryButton(app, tr(app, "Zurück zum Seminar", "Back to the seminar"), "seminar-continue")) goTo(app, Screen::Seminar);
    } else if (app.seminarOffer) {
        offerBanner(app);
    }
    if (!app.seminarSetup.error.empty() && app.ui.screen == Screen::Start) colouredWrapped(app.palette.bad, app.seminarSetup.error);
    if (!app.seminar) {
        if (namedButton(app, tr(app, "Seminar leiten …  [S]", "Run a seminar …  [S]"), "seminar-entry")) goTo(app, Screen::SeminarSetup);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(app.palette.muted, "%s", tr(app, "Ein Szenario mit dem ganzen Raum oder in Teams spielen.",
                                                      "Play a scenario with the whole room or in teams."));
    }
}

} // namespace rapport::gui
