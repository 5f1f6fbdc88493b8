// The window's main loop: opens the window (after checking that a display exists), feeds input
// to ImGui, draws a frame only when something happened (input, animation, a changed scenario
// file), and sleeps otherwise.

#include "Gui.h"

#include "AppState.h"
#include "DataPaths.h"
#include "Fonts.h"
#include "Headless.h"
#include "ImGuiSfml.h"
#include "Locale.h"
#include "Screens.h"
#include "StateDump.h"

#include "Evaluate.h"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/OpenGL.hpp>
#include <SFML/System/Sleep.hpp>
#include <imgui.h>

#include <chrono>
#include <ctime>
#include <deque>
#include <iostream>

namespace rapport::gui {
namespace {

constexpr int kIdleSleepMs = 20;     // how often an idle window looks for input
constexpr int kFramesAfterInput = 2; // ImGui settles hover and focus one frame after the input
constexpr unsigned kFrameLimit = 60;

double processCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::string windowTitle(const AppState& app) {
    std::string title = "Rapport";
    switch (app.ui.screen) {
    case Screen::Start: title += tr(app, " – Szenarien", " – Scenarios"); break;
    case Screen::Briefing: title += tr(app, " – Vorbereitung", " – Briefing"); break;
    case Screen::Play: title += tr(app, " – Gespräch", " – Conversation"); break;
    case Screen::Debrief: title += tr(app, " – Auswertung", " – Debrief"); break;
    case Screen::Settings: title += tr(app, " – Einstellungen", " – Settings"); break;
    }
    if (app.game && app.ui.screen != Screen::Start && app.ui.screen != Screen::Settings)
        title += " – " + textOf(*app.game->scenario, nullptr, app.game->scenario->title, app.settings.lang);
    return title;
}

void createWindow(sf::RenderWindow& window, bool fullscreen) {
    const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    if (fullscreen) {
        window.create(desktop, "Rapport", sf::Style::Fullscreen);
    } else {
        // 1280x720 where it fits, else nearly the whole screen (down to 1024x600 laptops).
        const unsigned w = std::min(1280u, desktop.width), h = std::min(720u, desktop.height);
        window.create(sf::VideoMode(w, h), "Rapport", sf::Style::Default);
        window.setPosition(sf::Vector2i(static_cast<int>(desktop.width - w) / 2, static_cast<int>(desktop.height - h) / 2));
    }
    window.setFramerateLimit(kFrameLimit);
    window.setKeyRepeatEnabled(true);
    window.setActive(true);
}

// A changed file: the start screen shows it at once (the library holds it); a game that has
// begun keeps its own version and is told; a game still in its briefing simply moves to it.
void noticeScenarioChanges(AppState& app) {
    if (!app.game) return;
    const ScenarioEntry* entry = findEntry(app.library, app.game->path);
    const bool changed = entry == nullptr || entry->version != app.game->version;
    if (!changed) return;
    if (!app.game->started && entry != nullptr && entry->loaded.ok()) {
        if (auto fresh = startGame(*entry, app.settings.lang)) app.game = std::move(fresh);
        return;
    }
    app.game->newerVersion = true;
}

void applyRequests(AppState& app, sf::RenderWindow& window) {
    Requests& r = app.requests;
    const float scale = static_cast<float>(app.settings.textPercent) / 100.0f;
    if (r.toggleFullscreen) {
        app.settings.fullscreen = !app.settings.fullscreen;
        createWindow(window, app.settings.fullscreen);
        app.ui.windowTitle.clear(); // set again on the new window
        r.rebuildFonts = true;      // the font texture is uploaded again in the new context
        r.saveSettings = true;
    }
    if (r.rebuildFonts) {
        window.setActive(true);
        app.fonts = buildFonts(scale);
        r.applyTheme = true; // sizes in the style scale with the text
    }
    if (r.applyTheme) app.palette = applyTheme(app.settings.theme, scale);
    if (r.saveSettings) saveSettings(app.settings);
    const bool quit = r.quit;
    r = Requests{};
    r.quit = quit;
}

} // namespace

int runGui(const cli::GlobalOptions& global) {
    const auto started = std::chrono::steady_clock::now();
    Settings defaults;
    defaults.lang = systemLanguage();
    AppState app;
    app.settings = loadSettings(defaults);
    if (const auto why = whyNoWindow(app.settings.lang)) {
        std::cout << noWindowMessage(*why, app.settings.lang) << "\n";
        return 0;
    }
    if (const auto data = findDataDir(global.dataDir)) openLibrary(app.library, *data / "scenarios");
    app.ui.showIntro = !app.settings.introSeen;

    sf::RenderWindow window;
    createWindow(window, app.settings.fullscreen);
    initImGuiSfml();
    const float scale = static_cast<float>(app.settings.textPercent) / 100.0f;
    app.fonts = buildFonts(scale);
    app.palette = applyTheme(app.settings.theme, scale);

    sf::Clock clock;
    std::deque<sf::Event> queue;
    std::string lastDump;
    int framesToGo = kFramesAfterInput;
    double lastFrame = 0;
    while (window.isOpen() && !app.requests.quit) {
        for (sf::Event e; window.pollEvent(e);) {
            if (e.type == sf::Event::Closed) app.requests.quit = true;
            if (e.type == sf::Event::Resized) framesToGo = kFramesAfterInput;
            queue.push_back(e);
        }
        if (app.requests.quit) break;
        const double now = clock.getElapsedTime().asSeconds();
        if (now - app.library.lastPoll >= kLibraryPollSeconds) {
            app.library.lastPoll = now;
            if (refreshLibrary(app.library)) {
                noticeScenarioChanges(app);
                framesToGo = std::max(framesToGo, 1);
            }
        }
        if (queue.empty() && framesToGo <= 0 && !app.ui.animating) {
            sf::sleep(sf::milliseconds(kIdleSleepMs));
            continue;
        }

        const double cpuBefore = processCpuSeconds();
        const bool wasAnimating = app.ui.animating;
        app.ui.now = now;
        app.ui.animating = false;
        framesToGo = feedEvents(queue) ? kFramesAfterInput : framesToGo - 1;
        if (!queue.empty()) framesToGo = std::max(framesToGo, 1); // a release held back for the next frame
        beginImGuiFrame(window, static_cast<float>(now - lastFrame));
        lastFrame = now;
        ImGui::NewFrame();
        drawApp(app);
        ImGui::Render();
        window.setActive(true); // the figure's render texture may have taken the context
        const ImVec4& bg = app.palette.background;
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        renderImGui();
        window.display();

        ++app.stats.frames;
        if (app.stats.frames == 1)
            app.stats.startupSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (wasAnimating || app.ui.animating) {
            ++app.stats.animatedFrames;
            app.stats.animatedCpuSeconds += processCpuSeconds() - cpuBefore;
            app.stats.animatedWallSeconds += clock.getElapsedTime().asSeconds() - now;
        }
        applyRequests(app, window);
        const std::string title = windowTitle(app);
        if (title != app.ui.windowTitle) {
            window.setTitle(sf::String::fromUtf8(title.begin(), title.end()));
            app.ui.windowTitle = title;
        }
        writeStateDump(app, lastDump);
    }
    app.figure.texture.reset();
    shutdownImGuiSfml();
    window.close();
    return 0;
}

} // namespace rapport::gui
