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
#include "Recording.h"
#include "Screens.h"
#include "Seminar.h"
#include "StateDump.h"

#include <iostream>
#include <sstream>

#include "rapport/model/Evaluate.h"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/OpenGL.hpp>
#include <SFML/System/Sleep.hpp>
#include <imgui.h>

#include <array>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>
#include <unistd.h>

namespace rapport::gui {
namespace {

constexpr int kIdleSleepMs = 20;     // how often an idle window looks for input
constexpr int kFramesAfterInput = 2; // ImGui settles hover and focus one frame after the input
constexpr double kPhonesFrameSeconds = 0.1; // the projector's phone counts follow at ten frames a second
constexpr unsigned kFrameLimit = 60;
// An animation alone is drawn at 30 frames a second: smooth enough for a radar that eases into
// place, at half the cost of a software-rendered frame (most of a frame's CPU time is Mesa's).
constexpr double kAnimationFrameSeconds = 1.0 / 30.0;
// Taskbars and window switchers scale the icon down; 64 pixels stay sharp at 48 and 32.
constexpr int kWindowIconSize = 64;

double processCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Seconds since the process started (the kernel's start time, in clock ticks since boot), so
// the start-up time includes loading the program and its libraries.
double processAgeSeconds() {
    std::ifstream statFile("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
    std::ifstream uptimeFile("/proc/uptime");
    double uptime = 0;
    uptimeFile >> uptime;
    // Field 22 (starttime) counts from the closing parenthesis of the command name.
    const auto paren = stat.rfind(')');
    if (paren == std::string::npos || uptime <= 0) return 0;
    std::istringstream fields(stat.substr(paren + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
    }
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return uptime - std::stod(field) / ticks;
}

std::string windowTitle(const AppState& app) {
    std::string title = "Rapport";
    switch (app.ui.screen) {
    case Screen::Start: title += tr(app, " – Szenarien", " – Scenarios"); break;
    case Screen::Briefing: title += tr(app, " – Vorbereitung", " – Briefing"); break;
    case Screen::Play: title += tr(app, " – Gespräch", " – Conversation"); break;
    case Screen::Debrief: title += tr(app, " – Auswertung", " – Debrief"); break;
    case Screen::Settings: title += tr(app, " – Einstellungen", " – Settings"); break;
    case Screen::SeminarSetup: title += tr(app, " – Seminar vorbereiten", " – Seminar set-up"); break;
    case Screen::Seminar: title += " – Seminar"; break;
    case Screen::Comparison: title += tr(app, " – Vergleich", " – Comparison"); break;
    case Screen::Progress: title += tr(app, " – Fortschritt", " – Progress"); break;
    case Screen::Authoring: title += tr(app, " – Ablaufplan", " – Scenario map"); break;
    }
    const bool seminarScreen = app.ui.screen == Screen::Seminar || app.ui.screen == Screen::Comparison;
    if (seminarScreen && app.seminar)
        title += " – " + textOf(*app.seminar->scenario, nullptr, app.seminar->scenario->title, app.settings.lang);
    else if (app.ui.screen == Screen::Authoring && app.authoring && app.authoring->scenario)
        title += " – " + textOf(*app.authoring->scenario, nullptr, app.authoring->scenario->title, app.settings.lang);
    else if (app.game && (app.ui.screen == Screen::Briefing || app.ui.screen == Screen::Play || app.ui.screen == Screen::Debrief))
        title += " – " + textOf(*app.game->scenario, nullptr, app.game->scenario->title, app.settings.lang);
    return title;
}

// The application icon from the data folder's assets/; the window works without it. `file` is
// set to the file that was loaded.
std::optional<sf::Image> loadWindowIcon(const std::optional<std::filesystem::path>& dataDir, std::string& file) {
    const std::optional<std::filesystem::path> path = dataDir ? findIcon(*dataDir, kWindowIconSize) : std::nullopt;
    sf::Image icon;
    if (!path || !icon.loadFromFile(path->string())) return std::nullopt;
    file = path->string();
    return icon;
}

// Opens (or reopens, for fullscreen) the window; `icon` may be null.
void createWindow(sf::RenderWindow& window, bool fullscreen, const sf::Image* icon) {
    const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    if (fullscreen) {
        window.create(desktop, "Rapport", sf::Style::Fullscreen);
    } else {
        // Three quarters of a large screen, at least 1280x720 where that fits (down to 1024x600).
        const unsigned w = std::min(desktop.width, std::max(1280u, desktop.width * 3 / 4));
        const unsigned h = std::min(desktop.height, std::max(720u, desktop.height * 3 / 4));
        window.create(sf::VideoMode(w, h), "Rapport", sf::Style::Default);
        window.setPosition(sf::Vector2i(static_cast<int>(desktop.width - w) / 2, static_cast<int>(desktop.height - h) / 2));
    }
    // Each new window needs the icon again (toggling fullscreen creates one).
    if (icon != nullptr) window.setIcon(icon->getSize().x, icon->getSize().y, icon->getPixelsPtr());
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

// For the phones' load benchmark: with $RAPPORT_FRAME_LOG set, one line per frame drawn,
// "WALL_MS FRAME_MS BUILD_MS RENDER_MS DISPLAY_MS": the wall clock in milliseconds since 1970 when
// the frame began, how long it took up to the end of display() (the frame limiter's wait included),
// and its parts: building the frame (ImGui, the panels), rendering it (Mesa), display().
class FrameLog {
public:
    using Clock = std::chrono::system_clock;
    FrameLog() {
        if (const char* path = std::getenv("RAPPORT_FRAME_LOG"); path != nullptr && *path != '\0') m_out.open(path, std::ios::trunc);
    }
    void begin() { m_marks[0] = Clock::now(); }
    /// Marks the end of part `part` (1 built, 2 rendered).
    void mark(int part) { m_marks[static_cast<std::size_t>(part)] = Clock::now(); }
    void end() {
        if (!m_out.is_open()) return;
        m_marks[3] = Clock::now();
        const auto ms = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
        m_out << std::chrono::duration_cast<std::chrono::milliseconds>(m_marks[0].time_since_epoch()).count() << ' '
              << ms(m_marks[0], m_marks[3]) << ' ' << ms(m_marks[0], m_marks[1]) << ' ' << ms(m_marks[1], m_marks[2]) << ' '
              << ms(m_marks[2], m_marks[3]) << '\n'
              << std::flush;
    }

private:
    std::ofstream m_out;
    std::array<Clock::time_point, 4> m_marks{};
};

void applyRequests(AppState& app, sf::RenderWindow& window, const sf::Image* icon) {
    Requests& r = app.requests;
    const float scale = static_cast<float>(app.settings.textPercent) / 100.0f;
    if (r.toggleFullscreen) {
        app.settings.fullscreen = !app.settings.fullscreen;
        createWindow(window, app.settings.fullscreen, icon);
        app.ui.windowTitle.clear(); // set again on the new window
        r.rebuildFonts = true;      // the font texture is uploaded again in the new context
        r.saveSettings = true;
    }
    if (r.rebuildFonts) {
        window.setActive(true);
        app.fonts = rebuildFonts(scale, app.seminar != nullptr);
        r.applyTheme = true; // sizes in the style scale with the text
    }
    if (r.applyTheme) app.palette = applyTheme(app.settings.theme, scale);
    if (r.saveSettings) {
        std::string error;
        if (!saveSettings(app.settings, &error)) {
            // Said where the user looks, and once on stderr for the record.
            std::cerr << "rapport: " << error << "\n";
            app.ui.notice = std::string(tr(app, "Die Einstellungen konnten nicht gespeichert werden: ",
                                           "The settings could not be saved: ")) + error;
        }
    }
    const bool quit = r.quit;
    r = Requests{};
    r.quit = quit;
}

} // namespace

int runGui(const AppOptions& global, const SeminarLaunch* seminar) {
    Settings defaults;
    defaults.lang = systemLanguage();
    AppState app;
    std::string settingsProblem;
    app.settings = loadSettings(defaults, &settingsProblem);
    if (!settingsProblem.empty()) {
        std::cerr << "rapport: " << settingsProblem << "\n";
        app.ui.notice = settingsProblem;
    }
    if (seminar != nullptr && seminar->lang) app.settings.lang = *seminar->lang;
    std::shared_ptr<void> display; // held for the whole run (see whyNoWindow)
    if (const auto why = whyNoWindow(app.settings.lang, display)) {
        std::cout << noWindowMessage(*why, app.settings.lang) << "\n";
        return 0;
    }

    // Opening the GL window takes longest; the scenarios load and the fonts are rasterised on a
    // second thread meanwhile. The ImGui context is created only after the join: the atlas
    // code counts allocations in the current context.
    const float scale = static_cast<float>(app.settings.textPercent) / 100.0f;
    auto fontAtlas = std::make_unique<ImFontAtlas>();
    const std::optional<std::filesystem::path> dataDir = findDataDir(global.dataDir);
    app.dataDir = dataDir;
    std::thread loader([&] {
        app.fonts = bakeFonts(*fontAtlas, scale, seminar != nullptr);
        if (dataDir) openLibrary(app.library, *dataDir / "scenarios");
        openLearnerStore(app.learner, app.settings.lang);
    });
    const std::optional<sf::Image> icon = loadWindowIcon(dataDir, app.ui.windowIcon);
    sf::RenderWindow window;
    createWindow(window, app.settings.fullscreen, icon ? &*icon : nullptr);
    loader.join();
    initImGuiSfml(fontAtlas.get());
    ImGui::GetIO().FontDefault = app.fonts.body;
    uploadFonts();
    app.palette = applyTheme(app.settings.theme, scale);
    if (seminar != nullptr) {
        const std::string why = startSeminar(app, seminar->scenario, seminar->file, seminar->options);
        if (!why.empty()) std::cerr << "rapport seminar: " << why << "\n";
        if (why.empty() && seminar->phones) {
            if (const std::string no = startPhones(app, *seminar->phones); !no.empty()) {
                std::cerr << "rapport seminar: the phones cannot be turned on: " << no << "\n";
                app.seminar.reset();
                shutdownImGuiSfml();
                fontAtlas.reset();
                window.close();
                return 2;
            }
        }
    } else if (const auto folder = sessionsFolder()) {
        // A seminar the window did not end (a crash, a closed lid): the start screen offers it.
        app.seminarOffer = findUnfinishedSession(*folder);
    }
    // Who is playing comes first, and the introduction follows the choice on a first start. A
    // seminar, started or waiting to be continued after a crash, comes before the question: the
    // remembered profile is taken if there is one, and the top bar asks whenever the learner wants.
    chooseStartProfile(app, seminar == nullptr && !app.seminarOffer);
    app.ui.showIntro = !app.settings.introSeen && seminar == nullptr && !app.learner.dialog.open;
    // Statements that waited while the LRS was unreachable go out by themselves, in the background.
    startLrsSync(app, true);

    sf::Clock clock;
    std::deque<sf::Event> queue;
    std::string lastDump;
    int framesToGo = kFramesAfterInput;
    double lastFrame = 0;
    FrameLog frameLog;
    bool phonesChanged = false;
    double lastPhonesFrame = 0;
    while (window.isOpen() && !app.requests.quit) {
        // The seminar is read and changed only with this lock held; it is let go while the frame is
        // rendered and shown and while the loop idles, so the phones' commands are applied then.
        std::unique_lock<std::timed_mutex> sessionLock(app.sessionLock);
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
        if (applyQueuedCommands(app)) framesToGo = std::max(framesToGo, 1);
        // The authoring view's analysis and explanations arrive from their threads.
        if (updateAuthoringView(app)) framesToGo = std::max(framesToGo, 1);
        // Phones joining and voting change the projector's counts: at most ten frames a second for
        // them, so a room voting at once does not keep the renderer busy.
        phonesChanged = updatePhones(app) || phonesChanged;
        if (phonesChanged && now - lastPhonesFrame >= kPhonesFrameSeconds) {
            framesToGo = std::max(framesToGo, 1);
            phonesChanged = false;
            lastPhonesFrame = now;
        }
        const bool woken = app.ui.wakeAt > 0 && now >= app.ui.wakeAt;
        if (queue.empty() && framesToGo <= 0 && !woken) {
            sessionLock.unlock();
            if (!app.ui.animating) {
                learnerIdle(app, now);
                sf::sleep(sf::milliseconds(kIdleSleepMs));
                continue;
            }
            if (now - lastFrame < kAnimationFrameSeconds) {
                sf::sleep(sf::seconds(static_cast<float>(kAnimationFrameSeconds - (now - lastFrame))));
                continue;
            }
            sessionLock.lock();
        }

        frameLog.begin();
        const double cpuBefore = processCpuSeconds();
        const bool wasAnimating = app.ui.animating;
        app.ui.now = now;
        app.ui.animating = false;
        app.ui.wakeAt = 0;
        framesToGo = feedEvents(queue) ? kFramesAfterInput : framesToGo - 1;
        if (!queue.empty()) framesToGo = std::max(framesToGo, 1); // a release held back for the next frame
        beginImGuiFrame(window, static_cast<float>(now - lastFrame));
        lastFrame = now;
        ImGui::NewFrame();
        pollLrsSync(app);
        drawApp(app);
        recordFrame(app, now);
        ImGui::Render();
        frameLog.mark(1);
        sessionLock.unlock(); // the draw data holds its own copies of every text and shape
        window.setActive(true); // the figure's render texture may have taken the context
        const ImVec4& bg = app.palette.background;
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        renderImGui();
        frameLog.mark(2);
        window.display();
        frameLog.end();
        sessionLock.lock();
        noteFrameShown(app);

        ++app.stats.frames;
        if (app.stats.frames == 1) {
            app.stats.startupSeconds = processAgeSeconds();
            app.stats.startupCpuSeconds = processCpuSeconds();
        }
        if (wasAnimating || app.ui.animating) {
            ++app.stats.animatedFrames;
            app.stats.animatedCpuSeconds += processCpuSeconds() - cpuBefore;
            app.stats.animatedWallSeconds += clock.getElapsedTime().asSeconds() - now;
        }
        applyRequests(app, window, icon ? &*icon : nullptr);
        const std::string title = windowTitle(app);
        if (title != app.ui.windowTitle) {
            window.setTitle(sf::String::fromUtf8(title.begin(), title.end()));
            app.ui.windowTitle = title;
        }
        writeStateDump(app, lastDump);
    }
    app.figure.texture.reset();
    shutdownImGuiSfml();
    fontAtlas.reset(); // shared with the context, so it outlives it
    window.close();
    return 0;
}

} // namespace rapport::gui
