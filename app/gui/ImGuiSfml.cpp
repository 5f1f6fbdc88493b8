#include "ImGuiSfml.h"

#include <imgui.h>
#include <backends/imgui_impl_opengl2.h>

#include <SFML/OpenGL.hpp>

#include <bitset>

namespace rapport::gui {
namespace {

constexpr int kKeyCount = 512;

int keyIndex(sf::Keyboard::Key key) {
    const int k = static_cast<int>(key);
    return k >= 0 && k < kKeyCount ? k : -1;
}

bool isModifier(sf::Keyboard::Key key) {
    switch (key) {
    case sf::Keyboard::LControl: case sf::Keyboard::RControl: case sf::Keyboard::LShift: case sf::Keyboard::RShift:
    case sf::Keyboard::LAlt: case sf::Keyboard::RAlt: case sf::Keyboard::LSystem: case sf::Keyboard::RSystem: return true;
    default: return false;
    }
}

int mouseIndex(sf::Mouse::Button button) {
    switch (button) {
    case sf::Mouse::Left: return 0;
    case sf::Mouse::Right: return 1;
    case sf::Mouse::Middle: return 2;
    case sf::Mouse::XButton1: return 3;
    case sf::Mouse::XButton2: return 4;
    default: return -1;
    }
}

void updateModifiers(ImGuiIO& io) {
    auto down = [&](sf::Keyboard::Key a, sf::Keyboard::Key b) { return io.KeysDown[a] || io.KeysDown[b]; };
    io.KeyCtrl = down(sf::Keyboard::LControl, sf::Keyboard::RControl);
    io.KeyShift = down(sf::Keyboard::LShift, sf::Keyboard::RShift);
    io.KeyAlt = down(sf::Keyboard::LAlt, sf::Keyboard::RAlt);
    io.KeySuper = down(sf::Keyboard::LSystem, sf::Keyboard::RSystem);
}

} // namespace

void initImGuiSfml(ImFontAtlas* fonts) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(fonts);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is computed each frame; nothing to remember in imgui.ini
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendPlatformName = "rapport_sfml";
    const std::pair<ImGuiKey, sf::Keyboard::Key> map[] = {
        {ImGuiKey_Tab, sf::Keyboard::Tab},         {ImGuiKey_LeftArrow, sf::Keyboard::Left},
        {ImGuiKey_RightArrow, sf::Keyboard::Right}, {ImGuiKey_UpArrow, sf::Keyboard::Up},
        {ImGuiKey_DownArrow, sf::Keyboard::Down},   {ImGuiKey_PageUp, sf::Keyboard::PageUp},
        {ImGuiKey_PageDown, sf::Keyboard::PageDown}, {ImGuiKey_Home, sf::Keyboard::Home},
        {ImGuiKey_End, sf::Keyboard::End},           {ImGuiKey_Insert, sf::Keyboard::Insert},
        {ImGuiKey_Delete, sf::Keyboard::Delete},     {ImGuiKey_Backspace, sf::Keyboard::BackSpace},
        {ImGuiKey_Space, sf::Keyboard::Space},       {ImGuiKey_Enter, sf::Keyboard::Return},
        {ImGuiKey_Escape, sf::Keyboard::Escape},     {ImGuiKey_KeyPadEnter, sf::Keyboard::Return},
        {ImGuiKey_A, sf::Keyboard::A},               {ImGuiKey_C, sf::Keyboard::C},
        {ImGuiKey_V, sf::Keyboard::V},               {ImGuiKey_X, sf::Keyboard::X},
        {ImGuiKey_Y, sf::Keyboard::Y},               {ImGuiKey_Z, sf::Keyboard::Z},
    };
    for (const auto& [imguiKey, sfKey] : map) io.KeyMap[imguiKey] = keyIndex(sfKey);
    ImGui_ImplOpenGL2_Init();
}

void shutdownImGuiSfml() {
    ImGui_ImplOpenGL2_Shutdown();
    ImGui::DestroyContext();
}

bool feedEvents(std::deque<sf::Event>& queue) {
    ImGuiIO& io = ImGui::GetIO();
    std::bitset<kKeyCount> pressedNow, releasedNow;
    std::bitset<5> clickedNow;
    bool fed = false;
    while (!queue.empty()) {
        const sf::Event& e = queue.front();
        switch (e.type) {
        case sf::Event::KeyPressed: {
            const int k = keyIndex(e.key.code);
            // Pressed again right after its release: the next frame, or ImGui sees one long press.
            if (k >= 0 && releasedNow.test(static_cast<std::size_t>(k))) return true;
            if (k >= 0) {
                io.KeysDown[k] = true;
                pressedNow.set(static_cast<std::size_t>(k));
            }
            break;
        }
        case sf::Event::KeyReleased: {
            const int k = keyIndex(e.key.code);
            if (k >= 0 && pressedNow.test(static_cast<std::size_t>(k))) return true; // next frame
            // A chord's modifier may be let go before its key (xdotool's ctrl+q does): the key
            // pressed in this frame must still see the modifier down.
            if (isModifier(e.key.code) && pressedNow.any()) return true;
            if (k >= 0) {
                io.KeysDown[k] = false;
                releasedNow.set(static_cast<std::size_t>(k));
            }
            break;
        }
        case sf::Event::TextEntered:
            // Control characters arrive as key events; ImGui wants printable text only.
            if (e.text.unicode >= 32 && e.text.unicode != 127) io.AddInputCharacter(e.text.unicode);
            break;
        case sf::Event::MouseMoved:
            io.MousePos = ImVec2(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
            break;
        case sf::Event::MouseButtonPressed: {
            const int b = mouseIndex(e.mouseButton.button);
            io.MousePos = ImVec2(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y));
            if (b >= 0) {
                io.MouseDown[b] = true;
                clickedNow.set(static_cast<std::size_t>(b));
            }
            break;
        }
        case sf::Event::MouseButtonReleased: {
            const int b = mouseIndex(e.mouseButton.button);
            if (b >= 0 && clickedNow.test(static_cast<std::size_t>(b))) return true; // next frame
            if (b >= 0) io.MouseDown[b] = false;
            break;
        }
        case sf::Event::MouseWheelScrolled:
            if (e.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel) io.MouseWheel += e.mouseWheelScroll.delta;
            else io.MouseWheelH += e.mouseWheelScroll.delta;
            break;
        case sf::Event::MouseLeft: io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX); break;
        case sf::Event::LostFocus:
            // Keys released while another window had the focus never arrive here.
            for (bool& down : io.KeysDown) down = false;
            for (bool& down : io.MouseDown) down = false;
            break;
        default: break;
        }
        updateModifiers(io);
        queue.pop_front();
        fed = true;
    }
    return fed;
}

void beginImGuiFrame(const sf::RenderWindow& window, float deltaSeconds) {
    ImGuiIO& io = ImGui::GetIO();
    const sf::Vector2u size = window.getSize();
    io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    io.DeltaTime = deltaSeconds > 0.0f ? deltaSeconds : 1.0f / 60.0f;
    ImGui_ImplOpenGL2_NewFrame();
}

void renderImGui() {
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<GLsizei>(io.DisplaySize.x), static_cast<GLsizei>(io.DisplaySize.y));
    ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
}

void setPageKeysNavigate(bool navigate) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_PageUp] = navigate ? keyIndex(sf::Keyboard::PageUp) : -1;
    io.KeyMap[ImGuiKey_PageDown] = navigate ? keyIndex(sf::Keyboard::PageDown) : -1;
}

bool keyPressed(sf::Keyboard::Key key) {
    const int k = keyIndex(key);
    return k >= 0 && !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(k, false);
}

} // namespace rapport::gui

