#pragma once
// The glue between SFML's window events and Dear ImGui 1.86 (which predates io.AddKeyEvent):
// key map and key states, typed characters, mouse and wheel, display size and frame time.

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>

#include <deque>

struct ImFontAtlas;

namespace rapport::gui {

/// Creates the ImGui context (using `fonts`, which must outlive it) and sets up its IO for SFML
/// input and the OpenGL2 renderer. The window's context must be active.
void initImGuiSfml(ImFontAtlas* fonts);

/// Shuts the renderer down and destroys the ImGui context.
void shutdownImGuiSfml();

/// Feeds queued events into ImGui for the coming frame. A press and its release must land in
/// different frames, or ImGui 1.86 never sees the click or key: such a release stays queued for
/// the next frame, and so does a press of a key released in this one (a clicker's quick double
/// Page Down). Returns true if any event was fed.
bool feedEvents(std::deque<sf::Event>& queue);

/// Display size, framebuffer scale and frame time for ImGui::NewFrame.
void beginImGuiFrame(const sf::RenderWindow& window, float deltaSeconds);

/// Draws ImGui's draw data into the window (whose context must be active).
void renderImGui();

/// Whether Page Up and Page Down scroll and move the keyboard focus (ImGui's own use), or are
/// left to the screen alone (the seminar's presenter clicker). Takes effect from the next frame.
void setPageKeysNavigate(bool navigate);

/// Whether a key went down in this frame (SFML key code), unless a text field has the keyboard.
[[nodiscard]] bool keyPressed(sf::Keyboard::Key key);

} // namespace rapport::gui
