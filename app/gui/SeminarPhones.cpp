// The phones on the projector: the join address, its QR code and the room code, large; how many
// phones have joined (per team) and how many votes are in, never what. The trainer's PIN is never
// drawn on the projector: it is printed in the terminal, and shown here only while the trainer
// holds a button on the laptop.

#include "SeminarPanels.h"
#include "Widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace rapport::gui {
namespace {

constexpr float kSmallestQr = 150.0f; // pixels: four per module of a join URL's code and its margin

// The code as dark squares on a white field with the quiet zone a reader needs (four modules).
void drawQr(AppState& app, const phones::QrCode& code, float side) {
    constexpr int kQuiet = 4;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(side, side));
    markWidget(app, "seminar-qr");
    const int modules = code.size + 2 * kQuiet;
    // Whole pixels per module keep the edges sharp for a camera.
    const float module = std::max(1.0f, std::floor(side / static_cast<float>(modules)));
    const float drawn = module * static_cast<float>(modules);
    const ImVec2 origin(std::floor(pos.x + (side - drawn) * 0.5f), std::floor(pos.y + (side - drawn) * 0.5f));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + drawn, origin.y + drawn), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < code.size; ++y) {
        // One rectangle per run of dark modules in a row.
        for (int x = 0; x < code.size;) {
            if (!code.at(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < code.size && code.at(end, y)) ++end;
            const ImVec2 a(origin.x + module * static_cast<float>(x + kQuiet), origin.y + module * static_cast<float>(y + kQuiet));
            draw->AddRectFilled(a, ImVec2(a.x + module * static_cast<float>(end - x), a.y + module), IM_COL32(0, 0, 0, 255));
            x = end;
        }
    }
}

// "K7P X2Q": two halves read out and typed more easily.
std::string spacedCode(const std::string& code) {
    if (code.size() != 6) return code;
    return code.substr(0, 3) + " " + code.substr(3);
}

std::string withoutScheme(const std::string& url) {
    const std::string scheme = "http://";
    const std::string rest = url.rfind(scheme, 0) == 0 ? url.substr(scheme.size()) : url;
    return rest.substr(0, rest.find('/'));
}

void drawCounts(AppState& app) {
    const SeminarUi& seminar = *app.seminar;
    const Session& session = *seminar.session;
    const std::vector<std::uint32_t> joined = seminar.phones->joined();
    const std::size_t total = seminar.phones->phones();
    const bool de = app.settings.lang == Lang::De;
    std::string line = std::to_string(total) + (total == 1 ? (de ? " Handy verbunden" : " phone joined") : (de ? " Handys verbunden" : " phones joined"));
    wrapped(line);
    markWidget(app, "seminar-phones-joined");
    for (std::size_t t = 0; t < session.teamCount(); ++t) {
        const TeamId id{static_cast<std::uint32_t>(t)};
        const Line& l = session.activeLine(id);
        const VoteRound* round = session.currentRound(l.id);
        std::string text;
        if (session.form() == SessionForm::Teams) text = session.team(id).name + ": " + std::to_string(t < joined.size() ? joined[t] : 0) + " · ";
        if (round != nullptr && l.phase != Phase::Waiting) {
            const std::uint32_t votes = session.tally(*round).total;
            text += std::to_string(votes) + (votes == 1 ? (de ? " Stimme" : " vote") : (de ? " Stimmen" : " votes"));
        } else if (session.form() == SessionForm::Teams) {
            text += de ? "wartet" : "waiting";
        }
        if (!text.empty()) mutedWrapped(app, text);
    }
    markWidget(app, "seminar-phones-votes");
}

} // namespace

void drawPhonesPanel(AppState& app, float width) {
    SeminarUi& seminar = *app.seminar;
    if (!seminar.phones) {
        if (!seminar.phonesError.empty())
            colouredWrapped(app.palette.bad, std::string(tr(app, "Handys nicht verfügbar: ", "Phones not available: ")) + seminar.phonesError);
        return;
    }
    const phones::PhoneAddress& address = seminar.phones->address();
    largeSection(app, tr(app, "Mit dem Handy abstimmen", "Vote with your phone"));
    const std::string code = spacedCode(address.room);
    ImGui::PushFont(app.fonts.numbers);
    const float codeWidth = ImGui::CalcTextSize(code.c_str()).x;
    ImGui::PopFont();
    // The QR code as large as fits beside the code, not below the size a camera reads across a room.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float largest = std::min(width * 0.62f, ImGui::GetIO().DisplaySize.y * 0.3f);
    const float side = std::min(largest, std::max(width - codeWidth - spacing, kSmallestQr));
    drawQr(app, seminar.phonesQr, side);
    // The code beside the QR code where both fit, else under it.
    if (side + spacing + codeWidth <= width) ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushFont(app.fonts.body);
    mutedWrapped(app, tr(app, "Raumcode", "Room code"));
    ImGui::PopFont();
    // The numbers' font has the capitals too: the code is read from the back of the room.
    ImGui::PushFont(app.fonts.numbers);
    ImGui::TextUnformatted(code.c_str());
    ImGui::PopFont();
    markWidget(app, "seminar-room-code");
    ImGui::EndGroup();
    ImGui::PushFont(app.fonts.largeBold);
    wrapped(withoutScheme(address.joinUrl));
    ImGui::PopFont();
    markWidget(app, "seminar-join-url");
    if (!address.warning.empty())
        colouredWrapped(app.palette.warn, tr(app, "Kein WLAN oder LAN gefunden: Handys erreichen diesen Laptop so nicht.",
                                             "No Wi-Fi or LAN found: phones cannot reach this laptop like this."));
    drawCounts(app);
    // The PIN only while the button is held: the laptop's screen is often the projector's too.
    ImGui::PushFont(app.fonts.body);
    namedButton(app, tr(app, "Trainer-PIN zeigen (halten)", "Show the trainer PIN (hold)"), "seminar-pin");
    if (ImGui::IsItemActive()) {
        ImGui::SameLine();
        ImGui::TextUnformatted(address.pin.c_str());
    }
    ImGui::SameLine();
    if (namedButton(app, tr(app, "Handys aus", "Phones off"), "seminar-phones-off")) stopPhones(app);
    ImGui::PopFont();
    ImGui::Spacing();
}

void togglePhones(AppState& app) {
    SeminarUi& seminar = *app.seminar;
    if (seminar.phones) stopPhones(app);
    else (void)startPhones(app, seminar.phoneOptions);
}

} // namespace rapport::gui
