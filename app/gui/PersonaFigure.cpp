#include "PersonaFigure.h"

#include "Theme.h"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>
#include <functional>

namespace rapport::gui {
namespace {

constexpr float kExpressionSpeed = 6.0f; // per second: settles in about half a second

sf::Color fromRgb(std::uint32_t rgb) {
    return sf::Color(static_cast<sf::Uint8>((rgb >> 16) & 0xFF), static_cast<sf::Uint8>((rgb >> 8) & 0xFF),
                     static_cast<sf::Uint8>(rgb & 0xFF));
}

sf::Color fromImVec(const ImVec4& c) {
    auto byte = [](float v) { return static_cast<sf::Uint8>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
    return sf::Color(byte(c.x), byte(c.y), byte(c.z), byte(c.w));
}

sf::Color shade(sf::Color c, float factor) {
    auto ch = [&](sf::Uint8 v) { return static_cast<sf::Uint8>(std::clamp(static_cast<float>(v) * factor, 0.0f, 255.0f)); };
    return sf::Color(ch(c.r), ch(c.g), ch(c.b), c.a);
}

sf::CircleShape ellipse(sf::Vector2f centre, float rx, float ry, sf::Color colour) {
    sf::CircleShape shape(rx, 48);
    shape.setOrigin(rx, rx);
    shape.setScale(1.0f, ry / rx);
    shape.setPosition(centre);
    shape.setFillColor(colour);
    return shape;
}

// A thick curve through y = base + depth * (1 - x²) for x in -1..1: the mouth. Positive depth
// lowers the middle (a smile, since y grows downwards).
sf::VertexArray mouthCurve(sf::Vector2f centre, float halfWidth, float depth, float thickness, sf::Color colour) {
    constexpr int kSegments = 24;
    sf::VertexArray strip(sf::TriangleStrip);
    for (int i = 0; i <= kSegments; ++i) {
        const float x = -1.0f + 2.0f * static_cast<float>(i) / kSegments;
        const float y = depth * (1.0f - x * x);
        // The normal of the parabola, so the stroke keeps its width where the curve bends.
        const float slope = -2.0f * depth * x / halfWidth;
        const float len = std::sqrt(1.0f + slope * slope);
        const sf::Vector2f n(-slope / len * thickness * 0.5f, 1.0f / len * thickness * 0.5f);
        const sf::Vector2f p(centre.x + x * halfWidth, centre.y + y);
        strip.append(sf::Vertex(p - n, colour));
        strip.append(sf::Vertex(p + n, colour));
    }
    return strip;
}

sf::RectangleShape brow(sf::Vector2f centre, float length, float thickness, float degrees, sf::Color colour) {
    sf::RectangleShape shape(sf::Vector2f(length, thickness));
    shape.setOrigin(length * 0.5f, thickness * 0.5f);
    shape.setPosition(centre);
    shape.setRotation(degrees);
    shape.setFillColor(colour);
    return shape;
}

// Two hair styles, picked from the persona's id so each person always looks the same.
bool longHair(const Persona& persona) { return (std::hash<std::string>{}(persona.id) & 1u) != 0; }

void drawFigure(sf::RenderTarget& target, const Persona& persona, const Palette& palette, float valence, float tension) {
    const sf::Vector2f size(target.getSize());
    const float w = size.x, h = size.y;
    // The texture may draw in the window's context, where ImGui's renderer has changed the
    // viewport and matrices since SFML last looked: make SFML set up its states again.
    target.resetGLStates();
    target.clear(fromImVec(palette.figureBackdrop));
    const sf::Color skin = fromRgb(persona.look.skin);
    const sf::Color hair = fromRgb(persona.look.hair);
    const sf::Color clothes = fromRgb(persona.look.clothes);
    const float r = std::min(w * 0.24f, h * 0.22f); // head radius
    const sf::Vector2f head(w * 0.5f, h * 0.42f);
    const bool longStyle = longHair(persona);

    // Hair behind the head (long style falls to the shoulders).
    if (longStyle) {
        sf::ConvexShape back(4);
        back.setPoint(0, sf::Vector2f(head.x - r * 1.1f, head.y - r * 0.2f));
        back.setPoint(1, sf::Vector2f(head.x + r * 1.1f, head.y - r * 0.2f));
        back.setPoint(2, sf::Vector2f(head.x + r * 1.2f, head.y + r * 1.35f));
        back.setPoint(3, sf::Vector2f(head.x - r * 1.2f, head.y + r * 1.35f));
        back.setFillColor(hair);
        target.draw(back);
    }
    target.draw(ellipse(sf::Vector2f(head.x, head.y - r * 0.1f), r * 1.12f, r * 1.15f, hair));

    // Shoulders and torso, with a lighter collar.
    target.draw(ellipse(sf::Vector2f(w * 0.5f, h * 1.08f), r * 2.3f, r * 1.6f, clothes));
    sf::ConvexShape collar(3);
    collar.setPoint(0, sf::Vector2f(head.x - r * 0.45f, h * 0.8f));
    collar.setPoint(1, sf::Vector2f(head.x + r * 0.45f, h * 0.8f));
    collar.setPoint(2, sf::Vector2f(head.x, h * 0.8f + r * 0.7f));
    collar.setFillColor(sf::Color(238, 238, 232));
    target.draw(collar);
    sf::RectangleShape neck(sf::Vector2f(r * 0.62f, r * 0.9f));
    neck.setOrigin(r * 0.31f, 0);
    neck.setPosition(head.x, head.y + r * 0.7f);
    neck.setFillColor(shade(skin, 0.9f));
    target.draw(neck);

    // Ears, face, and the hair line over the forehead.
    target.draw(ellipse(sf::Vector2f(head.x - r * 0.93f, head.y + r * 0.05f), r * 0.17f, r * 0.24f, shade(skin, 0.95f)));
    target.draw(ellipse(sf::Vector2f(head.x + r * 0.93f, head.y + r * 0.05f), r * 0.17f, r * 0.24f, shade(skin, 0.95f)));
    target.draw(ellipse(head, r * 0.92f, r * 1.05f, skin));
    target.draw(ellipse(sf::Vector2f(head.x + r * 0.12f, head.y - r * 0.78f), r * 0.86f, r * 0.42f, hair));

    const float v = valence / 100.0f; // -1 .. 1
    const float t = tension / 100.0f; //  0 .. 1

    // Cheeks warm up with a good mood.
    if (v > 0.3f) {
        const auto alpha = static_cast<sf::Uint8>(std::min(1.0f, (v - 0.3f) * 2.0f) * 70.0f);
        const sf::Color blush(230, 120, 120, alpha);
        target.draw(ellipse(sf::Vector2f(head.x - r * 0.52f, head.y + r * 0.35f), r * 0.18f, r * 0.11f, blush));
        target.draw(ellipse(sf::Vector2f(head.x + r * 0.52f, head.y + r * 0.35f), r * 0.18f, r * 0.11f, blush));
    }

    // Eyes: a little narrower under tension and when smiling broadly.
    const float eyeY = head.y - r * 0.02f;
    const float eyeOpen = r * (0.11f - 0.04f * t - (v > 0.5f ? 0.03f * (v - 0.5f) * 2.0f : 0.0f));
    const sf::Color eye(45, 40, 40);
    target.draw(ellipse(sf::Vector2f(head.x - r * 0.36f, eyeY), r * 0.1f, eyeOpen, eye));
    target.draw(ellipse(sf::Vector2f(head.x + r * 0.36f, eyeY), r * 0.1f, eyeOpen, eye));

    // Brows: tension lowers the inner ends (a frown), a cool mood without tension raises them
    // (doubt), a good mood lifts both a little.
    const float browY = eyeY - r * (0.28f + 0.06f * std::max(v, 0.0f));
    const float angle = 16.0f * t - (v < 0 ? 10.0f * -v * (1.0f - t) : 0.0f);
    const sf::Color browColour = shade(hair, 0.7f);
    target.draw(brow(sf::Vector2f(head.x - r * 0.36f, browY), r * 0.36f, r * 0.07f, angle, browColour));
    target.draw(brow(sf::Vector2f(head.x + r * 0.36f, browY), r * 0.36f, r * 0.07f, -angle, browColour));

    // Nose.
    sf::ConvexShape nose(3);
    nose.setPoint(0, sf::Vector2f(head.x, head.y + r * 0.05f));
    nose.setPoint(1, sf::Vector2f(head.x + r * 0.1f, head.y + r * 0.3f));
    nose.setPoint(2, sf::Vector2f(head.x - r * 0.06f, head.y + r * 0.3f));
    nose.setFillColor(shade(skin, 0.85f));
    target.draw(nose);

    // Mouth: the curve follows valence; tension presses it a little narrower.
    const float mouthHalf = r * (0.32f + 0.06f * std::max(v, 0.0f) - 0.06f * t);
    target.draw(mouthCurve(sf::Vector2f(head.x, head.y + r * 0.55f - r * 0.08f * v), mouthHalf, r * 0.2f * v, r * 0.07f,
                           sf::Color(140, 60, 60)));
}

std::uint64_t keyOf(const Persona& persona, const Palette& palette, unsigned w, unsigned h, float valence, float tension) {
    std::uint64_t key = std::hash<std::string>{}(persona.id);
    auto mix = [&](std::uint64_t v) { key = (key ^ v) * 0x100000001b3ull; };
    mix(w);
    mix(h);
    mix(static_cast<std::uint64_t>(std::lround(valence * 2.0f) + 1000));
    mix(static_cast<std::uint64_t>(std::lround(tension * 2.0f) + 1000));
    mix(static_cast<std::uint64_t>(palette.figureBackdrop.x * 255) << 16 | static_cast<std::uint64_t>(palette.figureBackdrop.y * 255) << 8 |
        static_cast<std::uint64_t>(palette.figureBackdrop.z * 255));
    mix(persona.look.hair);
    mix(persona.look.skin);
    mix(persona.look.clothes);
    return key;
}

} // namespace

bool easeExpression(FigureCanvas& canvas, PersonaIndex persona, const Mood& mood, double now) {
    const auto targetV = static_cast<float>(mood.valence);
    const auto targetT = static_cast<float>(mood.tension);
    if (canvas.persona != persona) {
        // Another person: show their mood at once rather than morphing one face into another.
        canvas.persona = persona;
        canvas.valence = targetV;
        canvas.tension = targetT;
        canvas.lastUpdate = now;
        return false;
    }
    const float dt = static_cast<float>(std::clamp(now - canvas.lastUpdate, 0.0, 0.1));
    canvas.lastUpdate = now;
    const float k = std::min(1.0f, dt * kExpressionSpeed);
    canvas.valence += (targetV - canvas.valence) * k;
    canvas.tension += (targetT - canvas.tension) * k;
    const bool moving = std::abs(targetV - canvas.valence) > 0.5f || std::abs(targetT - canvas.tension) > 0.5f;
    if (!moving) {
        canvas.valence = targetV;
        canvas.tension = targetT;
    }
    return moving;
}

bool renderFigure(FigureCanvas& canvas, const Persona& persona, const Palette& palette, unsigned width, unsigned height) {
    width = std::max(width, 16u);
    height = std::max(height, 16u);
    if (!canvas.texture || canvas.width != width || canvas.height != height) {
        auto texture = std::make_unique<sf::RenderTexture>();
        sf::ContextSettings settings;
        settings.antialiasingLevel = 4;
        if (!texture->create(width, height, settings) && !texture->create(width, height)) return false;
        texture->setSmooth(true);
        canvas.texture = std::move(texture);
        canvas.width = width;
        canvas.height = height;
        canvas.drawnKey = 0;
    }
    const std::uint64_t key = keyOf(persona, palette, width, height, canvas.valence, canvas.tension);
    if (key == canvas.drawnKey) return true;
    drawFigure(*canvas.texture, persona, palette, canvas.valence, canvas.tension);
    canvas.texture->display();
    canvas.drawnKey = key;
    return true;
}

} // namespace rapport::gui
