#include "LrsPanel.h"

#include "AppState.h"
#include "Widgets.h"
#include "lrs/SyncMessages.h"
#include "store/StoreMessages.h"

#include <imgui.h>

#include <chrono>
#include <cstring>

namespace rapport::gui {
namespace {

template <std::size_t N> void fill(std::array<char, N>& field, const std::string& text) {
    field.fill('\0');
    std::strncpy(field.data(), text.c_str(), N - 1);
}

void load(LrsPanel& p) {
    const lrs::LoadedLrsConfig loaded = lrs::loadLrsConfig();
    fill(p.endpoint, loaded.config.endpoint);
    fill(p.key, loaded.config.key);
    fill(p.secret, loaded.config.secret);
    p.fromEnvironment = loaded.endpointFromEnv || loaded.keyFromEnv || loaded.secretFromEnv;
    if (!loaded.error.empty()) p.message = loaded.error;
    p.loaded = true;
}

} // namespace

void startLrsSync(AppState& app, bool quiet) {
    LrsPanel& p = app.lrs;
    if (p.sending.valid()) return;
    const lrs::LoadedLrsConfig loaded = lrs::loadLrsConfig();
    if (!loaded.error.empty() || !loaded.config.configured()) {
        lrs::SyncOutcome none;
        none.stop = lrs::SyncStop::NotConfigured;
        if (!quiet) p.message = loaded.error.empty() ? lrs::describeStop(none, app.settings.lang) : loaded.error;
        return;
    }
    if (!app.learner.store) return; // no database: nothing recorded to send
    std::shared_ptr<store::ProgressStore> own;
    try {
        app.learner.store->commit(); // the run just finished is on disk for the sync's own connection
        own = app.learner.store->openAnother();
    } catch (const store::StoreError& e) {
        p.message = store::describeStoreError(e, app.settings.lang);
        return;
    }
    if (!quiet) p.message = tr(app, "Wird gesendet …", "Sending ...");
    p.sending = std::async(std::launch::async, [config = loaded.config, own] {
        // Shorter than the terminal's: closing the window waits for a sync in flight.
        lrs::SyncOptions options;
        options.timeouts.connect = 3;
        options.timeouts.transfer = 10;
        return lrs::syncStatements(*own, config, options);
    });
}

void pollLrsSync(AppState& app) {
    LrsPanel& p = app.lrs;
    if (!p.sending.valid()) return;
    if (p.sending.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        app.ui.wakeAt = app.ui.now + 0.2; // look again soon, without a busy redraw
        return;
    }
    try {
        const lrs::SyncOutcome outcome = p.sending.get();
        p.message = lrs::describeSync(outcome, app.settings.lang);
        p.counts = outcome.after;
    } catch (const std::exception& e) {
        p.message = e.what();
    }
}

void drawLrsSettings(AppState& app) {
    LrsPanel& p = app.lrs;
    if (!p.loaded) {
        load(p);
        if (app.learner.store) {
            try {
                app.learner.store->commit();
                p.counts = store::StatementQueue(*app.learner.store).counts();
            } catch (const store::StoreError&) { // the counts are a courtesy; a sync says more
            }
        }
    }
    heading(app, tr(app, "Lernplattform (xAPI-LRS)", "Learning platform (xAPI LRS)"));
    mutedWrapped(app, tr(app,
                         "Abgeschlossene Durchgänge gehen als xAPI-Statements an den Learning Record Store Ihrer Organisation. "
                         "Was nicht ankommt, wartet und geht beim nächsten Senden hinaus.",
                         "Finished runs go to your organisation's Learning Record Store as xAPI statements. "
                         "What does not arrive waits and goes out at the next sync."));
    const float width = app.fonts.bodyPx * 26.0f;
    ImGui::SetNextItemWidth(width);
    ImGui::InputText(tr(app, "Adresse (https://…/xAPI/)", "Endpoint (https://.../xAPI/)"), p.endpoint.data(), p.endpoint.size());
    markWidget(app, "lrs-endpoint");
    ImGui::SetNextItemWidth(width);
    ImGui::InputText(tr(app, "Schlüssel", "Key"), p.key.data(), p.key.size());
    markWidget(app, "lrs-key");
    ImGui::SetNextItemWidth(width);
    ImGui::InputText(tr(app, "Passwort", "Secret"), p.secret.data(), p.secret.size(), ImGuiInputTextFlags_Password);
    markWidget(app, "lrs-secret");
    if (namedButton(app, tr(app, "Speichern", "Save"), "lrs-save")) {
        const lrs::LrsConfig config{p.endpoint.data(), p.key.data(), p.secret.data()};
        std::string problem;
        if (!config.endpoint.empty() && !lrs::parseEndpoint(config.endpoint, problem)) {
            p.message = std::string(tr(app, "Unbrauchbare Adresse: ", "Unusable endpoint: ")) + problem;
        } else if (const std::string error = lrs::saveLrsConfig(config); !error.empty()) {
            p.message = error;
        } else {
            p.message = tr(app, "Gespeichert, nur für Sie lesbar.", "Saved, readable by you alone.");
            if (const std::string warning = lrs::plainTextWarning(config.endpoint, app.settings.lang); !warning.empty()) p.message += " " + warning;
        }
    }
    ImGui::SameLine();
    const bool busy = p.sending.valid();
    if (busy) ImGui::BeginDisabled();
    if (namedButton(app, tr(app, "Jetzt senden", "Send now"), "lrs-send")) startLrsSync(app, false);
    if (busy) ImGui::EndDisabled();
    if (p.counts)
        mutedWrapped(app, std::to_string(p.counts->sent) + tr(app, " gesendet, ", " sent, ") + std::to_string(p.counts->unsent) +
                              tr(app, " wartend", " waiting"));
    if (p.fromEnvironment)
        mutedWrapped(app, tr(app, "RAPPORT_LRS_* in der Umgebung gehen diesen Feldern vor.", "RAPPORT_LRS_* in the environment override these fields."));
    if (!p.message.empty()) {
        ImGui::TextWrapped("%s", p.message.c_str());
        // A new message below the fold is scrolled into view once, so the click shows its answer.
        if (p.message != p.shownMessage) {
            ImGui::SetScrollHereY(1.0f);
            p.shownMessage = p.message;
        }
    }
}

} // namespace rapport::gui
