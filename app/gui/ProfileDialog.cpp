// "Who is playing?": on the first start, and from the top bar. The profiles on this computer (a
// shared seminar laptop has several), a new one by name or pseudonym, guest mode, and deleting a
// profile with everything it recorded.

#include "ImGuiSfml.h"
#include "Recording.h"
#include "Screens.h"
#include "Widgets.h"

#include <imgui.h>

#include <cstring>

namespace rapport::gui {
namespace {

std::string runsText(std::int64_t runs, bool de) {
    if (runs == 0) return de ? "noch keine Durchgänge" : "no runs yet";
    if (runs == 1) return de ? "1 Durchgang" : "1 run";
    return std::to_string(runs) + (de ? " Durchgänge" : " runs");
}

const char* problemText(store::NameProblem problem, bool de) {
    switch (problem) {
    case store::NameProblem::Empty: return de ? "Bitte geben Sie einen Namen oder ein Pseudonym ein." : "Please type a name or a pseudonym.";
    case store::NameProblem::TooLong: return de ? "Höchstens 40 Zeichen, bitte." : "At most 40 characters, please.";
    case store::NameProblem::ControlCharacter: return de ? "Der Name darf keine Steuerzeichen enthalten." : "The name may not contain control characters.";
    case store::NameProblem::Taken: return de ? "Dieses Profil gibt es schon – wählen Sie es oben aus." : "This profile exists already: choose it above.";
    case store::NameProblem::None: break;
    }
    return "";
}

void createProfile(AppState& app) {
    LearnerState& l = app.learner;
    ProfileDialog& d = l.dialog;
    if (!l.store) return;
    const std::string name = store::trimName(d.name.data());
    try {
        d.problem = l.store->checkNewName(name);
        if (d.problem != store::NameProblem::None) {
            d.focusName = true;
            return;
        }
        const store::ProfileId id = l.store->createProfile(name);
        chooseProfile(app, id, name);
    } catch (const store::StoreError& e) {
        l.error = e.what();
    }
}

void drawProfileRow(AppState& app, const store::Profile& p, float width) {
    ProfileDialog& d = app.learner.dialog;
    const bool de = app.settings.lang == Lang::De;
    ImGui::PushID(static_cast<int>(p.id.v));
    const bool current = app.learner.profile == p.id;
    const std::string display = store::trimName(p.name);
    if (d.confirmDelete == p.id) {
        colouredWrapped(app.palette.bad, de ? "„" + display + "“ und " + runsText(p.runs, true) + " löschen? Das lässt sich nicht rückgängig machen."
                                            : "Delete “" + display + "” and " + runsText(p.runs, false) + "? This cannot be undone.");
        if (namedButton(app, de ? "Ja, löschen" : "Yes, delete", "profile-delete-confirm")) deleteProfile(app, p.id);
        ImGui::SameLine();
        if (namedButton(app, de ? "Abbrechen" : "Cancel", "profile-delete-cancel")) d.confirmDelete.reset();
        ImGui::PopID();
        return;
    }
    const std::string deleteLabel = de ? "Löschen" : "Delete";
    const float deleteW = textWidth(deleteLabel) + ImGui::GetStyle().FramePadding.x * 2;
    const std::string label = display + "  ·  " + runsText(p.runs, de) + (current ? (de ? "  (aktiv)" : "  (current)") : "");
    if (bigButton(app, "##choose", 0, label, std::max(width - deleteW - ImGui::GetStyle().ItemSpacing.x, ImGui::GetFontSize() * 6))) {
        chooseProfile(app, p.id, p.name);
    }
    markWidget(app, "profile:" + std::to_string(p.id.v)); // ids: names may hold spaces
    ImGui::SameLine();
    if (namedButton(app, deleteLabel.c_str(), "profile-delete:" + std::to_string(p.id.v))) d.confirmDelete = p.id;
    ImGui::PopID();
}

} // namespace

void drawProfileDialog(AppState& app) {
    constexpr const char* kId = "##profiles";
    ProfileDialog& d = app.learner.dialog;
    if (d.open && !app.ui.showIntro && !ImGui::IsPopupOpen(kId)) ImGui::OpenPopup(kId);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ImGuiStyle& style = ImGui::GetStyle();
    const bool de = app.settings.lang == Lang::De;
    const float dialogWidth = std::min(display.x * 0.92f, app.fonts.bodyPx * 36.0f);
    // Large text: the short label (the body says what a guest means), so the buttons share a row.
    const bool large = foldedLayout(app);
    const std::string guestLabel = large ? (de ? "Als Gast spielen" : "Play as a guest")
                                         : (de ? "Als Gast spielen – nichts wird gespeichert" : "Play as a guest – nothing is stored");
    const std::string cancelLabel = de ? "Abbrechen  [Esc]" : "Cancel  [Esc]";
    // The two buttons at the bottom share a row when they fit, else they stack (large text).
    const float buttonsWidth = textWidth(guestLabel) + textWidth(cancelLabel) + style.FramePadding.x * 4 + style.ItemSpacing.x;
    const bool stacked = !d.firstStart && buttonsWidth > dialogWidth - style.WindowPadding.x * 2;
    const float buttonRow = ImGui::GetFrameHeightWithSpacing() * (stacked ? 2.0f : 1.0f) + style.ItemSpacing.y * 2;
    // As tall as its content (measured last frame), at most nearly the whole window; the part
    // above the buttons scrolls when many profiles share the computer.
    const float wanted = d.contentHeight > 0 ? d.contentHeight + buttonRow + style.WindowPadding.y * 2 : display.y * 0.6f;
    ImGui::SetNextWindowSize(ImVec2(dialogWidth, std::min(wanted, display.y * 0.92f)), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kId, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;
    if (!d.open) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    markWidget(app, "profile-dialog");
    LearnerState& l = app.learner;
    ImGui::BeginChild("##profilebody", ImVec2(0, -buttonRow), false, kPanelFlags);
    title(app, de ? "Wer spielt?" : "Who is playing?");
    if (large) // the profiles matter more than the reasons
        wrapped(de ? "Ihre Durchgänge bleiben auf diesem Computer, als Gast wird nichts gespeichert. Ein Vorname oder ein Pseudonym genügt."
                   : "Your runs stay on this computer; as a guest, nothing is stored. A first name or a pseudonym is enough.");
    else
        wrapped(de ? "Rapport merkt sich Ihre Durchgänge auf diesem Computer, damit Sie Ihren Fortschritt sehen und ein unterbrochenes "
                     "Gespräch fortsetzen können. Ein Vorname oder ein Pseudonym genügt."
                   : "Rapport keeps your runs on this computer, so that you can see your progress and continue an interrupted "
                     "conversation. A first name or a pseudonym is enough.");
    if (!l.store) {
        ImGui::Spacing();
        colouredWrapped(app.palette.bad, l.error);
        wrapped(de ? "Sie können als Gast spielen; dann wird nichts gespeichert." : "You can play as a guest; then nothing is stored.");
    } else {
        const float width = ImGui::GetContentRegionAvail().x;
        if (!d.profiles.empty()) {
            ImGui::Spacing();
            section(app, de ? "Profile auf diesem Computer" : "Profiles on this computer");
            const std::vector<store::Profile> profiles = d.profiles; // a row's button may change the list
            for (const store::Profile& p : profiles) drawProfileRow(app, p, width);
        }
        ImGui::Spacing();
        section(app, de ? "Neues Profil" : "New profile");
        if (d.focusName) {
            ImGui::SetKeyboardFocusHere();
            d.focusName = false;
        }
        const std::string createLabel = de ? "Anlegen  [Enter]" : "Create  [Enter]";
        ImGui::SetNextItemWidth(std::max(width - textWidth(createLabel) - ImGui::GetStyle().FramePadding.x * 2 - ImGui::GetStyle().ItemSpacing.x,
                                         ImGui::GetFontSize() * 8));
        const bool entered = ImGui::InputTextWithHint("##profilename", de ? "Name oder Pseudonym" : "Name or pseudonym", d.name.data(),
                                                      d.name.size(), ImGuiInputTextFlags_EnterReturnsTrue);
        markWidget(app, "profile-name");
        ImGui::SameLine();
        if (namedButton(app, createLabel.c_str(), "profile-create") || entered) createProfile(app);
        if (d.problem != store::NameProblem::None) colouredWrapped(app.palette.bad, problemText(d.problem, de));
    }
    d.contentHeight = ImGui::GetCursorPosY();
    ImGui::EndChild();
    ImGui::Separator();
    if (namedButton(app, guestLabel.c_str(), "profile-guest")) chooseProfile(app, std::nullopt, {});
    if (!d.firstStart) {
        if (!stacked) ImGui::SameLine();
        if (namedButton(app, cancelLabel.c_str(), "profile-cancel")) d.open = false;
    }
    if (!d.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace rapport::gui
