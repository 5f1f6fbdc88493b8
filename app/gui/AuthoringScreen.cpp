// The authoring view's screen: a toolbar (search, zoom, the analysis' state), the plan drawn from
// the engine's graph and layout (wheel zooms, dragging moves, a click selects), and the details.

#include "AuthoringView.h"
#include "ImGuiSfml.h"
#include "Screens.h"
#include "Widgets.h"

#include "rapport/model/Evaluate.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace rapport::gui {
namespace {

constexpr float kMinZoom = 0.1f;
constexpr float kMaxZoom = 3.0f;
constexpr float kZoomStep = 1.15f;   // one notch of the wheel
constexpr float kSmallestText = 6.0f; // pixels: below this the plan shows boxes without words

// Sizes of the plan at zoom 1, from the body font: it grows with the text size.
struct PlanMetrics {
    float font = 20, boxW = 200, boxH = 52, colStep = 250, layerStep = 110;
    explicit PlanMetrics(float fontPx)
        : font(fontPx), boxW(fontPx * 10.0f), boxH(fontPx * 2.7f), colStep(fontPx * 12.5f), layerStep(fontPx * 5.2f) {}
};

struct Canvas {
    ImVec2 pos, size;
    float zoom = 1, panX = 0, panY = 0;
    [[nodiscard]] ImVec2 toScreen(float x, float y) const { return ImVec2(pos.x + panX + x * zoom, pos.y + panY + y * zoom); }
};

// The top left corner of a node's box, in plan units.
ImVec2 boxCorner(const AuthoringView& view, const PlanMetrics& m, std::uint32_t i) {
    return ImVec2(view.layout.column[i] * m.colStep - m.boxW / 2, static_cast<float>(view.layout.layer[i]) * m.layerStep);
}

// The text cut to `width` pixels at `size`, with an ellipsis when cut (UTF-8 aware).
std::string fitText(ImFont* font, float size, const std::string& text, float width) {
    if (font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x <= width) return text;
    const float ellipsis = font->CalcTextSizeA(size, FLT_MAX, 0, "…").x;
    const char* rest = nullptr;
    font->CalcTextSizeA(size, std::max(width - ellipsis, 0.0f), 0, text.c_str(), nullptr, &rest);
    return text.substr(0, static_cast<std::size_t>(rest - text.c_str())) + "…";
}

ImVec4 ratingColour(const AppState& app, Rating r) {
    switch (r) {
    case Rating::Good: return app.palette.good;
    case Rating::Mixed: return app.palette.warn;
    case Rating::Poor: return app.palette.bad;
    case Rating::Unrated: break;
    }
    return app.palette.muted;
}

bool hasFinding(const GraphNode& n) { return n.neverReached || n.deadEnd || n.endlessLoop || n.neverOpenChoices > 0; }

// Places the view: the whole plan when it fits at a readable size, else its top (the start)
// at the smallest readable zoom.
void fitView(AuthoringView& view, const PlanMetrics& m, ImVec2 canvas, bool readableOnly) {
    const float width = view.layout.halfWidth * 2 * m.colStep + m.boxW + m.font * 2;
    const float height = static_cast<float>(std::max(view.layout.layers, 1u) - 1) * m.layerStep + m.boxH + m.font * 3;
    float zoom = std::min(canvas.x / width, canvas.y / height);
    // Text in the plan at least 12 pixels, and at least half the body text (large text stays large).
    const float readable = std::min(1.0f, std::max(12.0f / m.font, 0.5f));
    if (readableOnly) zoom = std::max(zoom, readable);
    view.zoom = std::clamp(std::min(zoom, 1.0f), kMinZoom, kMaxZoom);
    view.panX = canvas.x / 2;
    view.panY = height * view.zoom < canvas.y ? (canvas.y - (height - m.font * 2) * view.zoom) / 2 : m.font * 1.5f * view.zoom;
}

void zoomAround(AuthoringView& view, float factor, ImVec2 anchor) {
    const float zoom = std::clamp(view.zoom * factor, kMinZoom, kMaxZoom);
    // The point under the anchor stays where it is.
    view.panX = anchor.x - (anchor.x - view.panX) * (zoom / view.zoom);
    view.panY = anchor.y - (anchor.y - view.panY) * (zoom / view.zoom);
    view.zoom = zoom;
}

void centreOn(AuthoringView& view, const PlanMetrics& m, std::uint32_t i, ImVec2 canvas) {
    const ImVec2 c = boxCorner(view, m, i);
    view.panX = canvas.x / 2 - (c.x + m.boxW / 2) * view.zoom;
    view.panY = canvas.y / 2 - (c.y + m.boxH / 2) * view.zoom;
}

void arrowHead(ImDrawList* draw, ImVec2 tip, ImVec2 from, float size, ImU32 colour) {
    float dx = tip.x - from.x, dy = tip.y - from.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    if (len < 1e-3f) return;
    dx /= len;
    dy /= len;
    const ImVec2 base(tip.x - dx * size, tip.y - dy * size);
    draw->AddTriangleFilled(tip, ImVec2(base.x - dy * size * 0.5f, base.y + dx * size * 0.5f),
                            ImVec2(base.x + dy * size * 0.5f, base.y - dx * size * 0.5f), colour);
}

ImVec2 bezierPoint(ImVec2 p0, ImVec2 p1, ImVec2 p2, ImVec2 p3, float t) {
    const float u = 1 - t;
    const float a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return ImVec2(a * p0.x + b * p1.x + c * p2.x + d * p3.x, a * p0.y + b * p1.y + c * p2.y + d * p3.y);
}

void drawEdges(AppState& app, const AuthoringView& view, const PlanMetrics& m, const Canvas& cv, std::uint32_t selected) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& pal = app.palette;
    const float lw = pal.lineWidth;
    // Index of the model's nodes by NodeIndex, and how many edges leave each node (to spread them).
    std::vector<std::uint32_t> at;
    for (std::uint32_t i = 0; i < view.graph.nodes.size(); ++i) {
        const NodeIndex n = view.graph.nodes[i].node;
        if (n >= at.size()) at.resize(n + 1, kNone);
        at[n] = i;
    }
    std::vector<int> outCount(view.graph.nodes.size(), 0), outSeen(view.graph.nodes.size(), 0);
    for (const GraphEdge& e : view.graph.edges) ++outCount[at[e.from]];
    struct Label {
        ImVec2 at;
        std::string text;
    };
    std::vector<Label> labels;
    ImFont* font = app.fonts.body;
    const float textSize = m.font * 0.85f * cv.zoom;
    for (std::size_t k = 0; k < view.graph.edges.size(); ++k) {
        const GraphEdge& e = view.graph.edges[k];
        const std::uint32_t a = at[e.from], b = at[e.to];
        const int slot = outSeen[a]++;
        const ImVec2 ca = boxCorner(view, m, a), cb = boxCorner(view, m, b);
        const bool touchesSelection = a == selected || b == selected;
        ImVec4 colour = withAlpha(pal.muted, 0.75f);
        float thickness = lw;
        if (e.inLoop) {
            colour = pal.accent;
            thickness = lw * 1.8f;
        }
        if (e.neverOpen) colour = withAlpha(pal.bad, 0.7f);
        if (touchesSelection) {
            colour = pal.text;
            thickness = lw * 2.0f;
        }
        const ImU32 col = packed(colour);
        ImVec2 p0, p1, p2, p3;
        if (!view.layout.backEdge[k]) {
            const float spread = m.boxW * static_cast<float>(slot + 1) / static_cast<float>(outCount[a] + 1);
            p0 = cv.toScreen(ca.x + spread, ca.y + m.boxH);
            p3 = cv.toScreen(cb.x + m.boxW / 2, cb.y);
            const float bend = std::max(p3.y - p0.y, m.layerStep * cv.zoom * 0.5f) * 0.5f;
            p1 = ImVec2(p0.x, p0.y + bend);
            p2 = ImVec2(p3.x, p3.y - bend);
        } else if (a == b) {
            // A step that leads to itself: a small loop on its right side.
            const float reach = (m.colStep - m.boxW) * 0.6f * cv.zoom;
            p0 = cv.toScreen(ca.x + m.boxW, ca.y + m.boxH * 0.25f);
            p3 = cv.toScreen(ca.x + m.boxW, ca.y + m.boxH * 0.75f);
            p1 = ImVec2(p0.x + reach, p0.y);
            p2 = ImVec2(p3.x + reach, p3.y);
        } else {
            // Back up into a loop: out of the top, into the bottom of the step above (to the right of
            // the arrows leaving it, so the two directions stay apart).
            const float bend = m.layerStep * 0.6f * cv.zoom;
            p0 = cv.toScreen(ca.x + m.boxW * 0.8f, ca.y);
            p3 = cv.toScreen(cb.x + m.boxW * 0.9f, cb.y + m.boxH);
            const bool above = view.layout.layer[b] < view.layout.layer[a];
            p1 = ImVec2(p0.x, p0.y - bend);
            p2 = ImVec2(p3.x, above ? p3.y + bend : p3.y - bend);
        }
        draw->AddBezierCubic(p0, p1, p2, p3, col, thickness);
        arrowHead(draw, p3, p2, std::max(m.font * 0.45f * cv.zoom, 5.0f), col);
        // Near the arrow's end, where the arrows leaving one step are furthest apart, so that ids
        // side by side do not cover each other.
        if (a == selected && !e.label.empty() && textSize >= kSmallestText)
            labels.push_back({bezierPoint(p0, p1, p2, p3, view.layout.backEdge[k] ? 0.5f : 0.82f), e.label});
    }
    // The selected node's ways out are named on top of every line.
    for (const Label& l : labels) {
        const ImVec2 size = font->CalcTextSizeA(textSize, FLT_MAX, 0, l.text.c_str());
        const ImVec2 tl(l.at.x - size.x / 2, l.at.y - size.y / 2);
        draw->AddRectFilled(ImVec2(tl.x - 3, tl.y - 1), ImVec2(tl.x + size.x + 3, tl.y + size.y + 1), packed(pal.card), 3.0f);
        draw->AddRect(ImVec2(tl.x - 3, tl.y - 1), ImVec2(tl.x + size.x + 3, tl.y + size.y + 1), packed(pal.text), 3.0f);
        draw->AddText(font, textSize, tl, packed(pal.text), l.text.c_str());
    }
}

std::string kindLine(const AppState& app, const GraphNode& n) {
    if (n.kind == NodeKind::Ending) {
        switch (n.rating) {
        case Rating::Good: return tr(app, "gutes Ende", "good ending");
        case Rating::Mixed: return tr(app, "Ende mit Licht und Schatten", "mixed ending");
        case Rating::Poor: return tr(app, "schwaches Ende", "poor ending");
        case Rating::Unrated: return tr(app, "Ende", "Ending");
        }
    }
    return n.firstLine;
}

void drawNodes(AppState& app, AuthoringView& view, const PlanMetrics& m, const Canvas& cv, std::uint32_t selected,
               const std::vector<std::uint32_t>& hits, std::uint32_t& hovered) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& pal = app.palette;
    const float lw = pal.lineWidth;
    const float textSize = m.font * cv.zoom;
    const float pad = m.font * 0.4f * cv.zoom;
    const float rounding = m.font * 0.3f * cv.zoom;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool mouseInCanvas = ImGui::IsItemHovered();
    for (std::uint32_t i = 0; i < view.graph.nodes.size(); ++i) {
        const GraphNode& n = view.graph.nodes[i];
        const ImVec2 c = boxCorner(view, m, i);
        const ImVec2 a = cv.toScreen(c.x, c.y), b = cv.toScreen(c.x + m.boxW, c.y + m.boxH);
        if (b.x < cv.pos.x || a.x > cv.pos.x + cv.size.x || b.y < cv.pos.y || a.y > cv.pos.y + cv.size.y) continue;
        if (mouseInCanvas && mouse.x >= a.x && mouse.x <= b.x && mouse.y >= a.y && mouse.y <= b.y) hovered = i;
        const bool finding = hasFinding(n);
        draw->AddRectFilled(a, b, packed(pal.card), rounding);
        if (n.kind == NodeKind::Ending) draw->AddRectFilled(a, b, packed(withAlpha(ratingColour(app, n.rating), 0.35f)), rounding);
        else if (n.kind == NodeKind::Decision) draw->AddRectFilled(a, b, packed(withAlpha(pal.accent, 0.10f)), rounding);
        const ImVec4 border = finding ? pal.bad : n.inLoop ? pal.accent : pal.grid;
        draw->AddRect(a, b, packed(border), rounding, 0, finding || n.inLoop ? lw * 1.8f : lw);
        if (std::find(hits.begin(), hits.end(), i) != hits.end()) {
            const float o = lw * 3;
            draw->AddRect(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o), packed(pal.warn), rounding, 0, lw * 2);
        }
        if (i == selected) {
            const float o = lw * 1.5f;
            draw->AddRect(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o), packed(pal.text), rounding, 0, lw * 2);
        }
        if (finding) {
            // A red badge with "!" at the top right corner: the analyzer found something here.
            const float r = std::max(m.font * 0.45f * cv.zoom, 5.0f);
            const ImVec2 centre(b.x - r * 0.2f, a.y + r * 0.2f);
            draw->AddCircleFilled(centre, r, packed(pal.bad), 20);
            if (textSize >= kSmallestText) {
                const ImVec2 s = app.fonts.heading->CalcTextSizeA(textSize * 0.9f, FLT_MAX, 0, "!");
                draw->AddText(app.fonts.heading, textSize * 0.9f, ImVec2(centre.x - s.x / 2, centre.y - s.y / 2), packed(pal.card), "!");
            }
        }
        if (n.start && textSize >= kSmallestText)
            draw->AddText(app.fonts.heading, textSize * 0.85f, ImVec2(a.x, a.y - textSize * 1.05f), packed(pal.accent),
                          tr(app, "Start", "Start"));
        if (textSize >= kSmallestText) {
            const float inner = b.x - a.x - 2 * pad - (finding ? textSize * 0.6f : 0.0f);
            const std::string id = fitText(app.fonts.heading, textSize, n.id, inner);
            draw->AddText(app.fonts.heading, textSize, ImVec2(a.x + pad, a.y + pad), packed(pal.text), id.c_str());
            const std::string second = fitText(app.fonts.body, textSize * 0.85f, kindLine(app, n), b.x - a.x - 2 * pad);
            draw->AddText(app.fonts.body, textSize * 0.85f, ImVec2(a.x + pad, a.y + pad + textSize * 1.25f),
                          packed(n.kind == NodeKind::Ending ? pal.text : pal.muted), second.c_str());
        }
        app.ui.widgets.push_back(WidgetRect{"node:" + n.id, a.x, a.y, b.x - a.x, b.y - a.y});
    }
}

// The findings of a node in words, one per line (also used by the details panel).
void nodeTooltip(AppState& app, const AuthoringView& view, std::uint32_t i) {
    const GraphNode& n = view.graph.nodes[i];
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(n.id.c_str());
    ImGui::PopFont();
    if (!n.firstLine.empty()) ImGui::TextUnformatted(n.firstLine.c_str());
    for (const std::string& f : nodeFindings(app, n)) ImGui::TextColored(app.palette.bad, "%s", f.c_str());
    if (n.inLoop) ImGui::TextColored(app.palette.accent, "%s", tr(app, "Liegt in einer Schleife.", "Lies on a loop."));
    ImGui::TextColored(app.palette.muted, "%s", tr(app, "Klicken zeigt die Texte und die Wahlmöglichkeiten.", "Click to see its texts and choices."));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// Continues on the same line when `width` more pixels fit, else on the next.
void sameLineIfFits(float width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

// `compact`: large text on a small window, where every line of the toolbar costs the plan room:
// no label before the search field and no "next hit" button (Enter does it).
void drawToolbar(AppState& app, AuthoringView& view, const PlanMetrics& m, ImVec2 canvasSize, std::vector<std::uint32_t>& hits, bool compact) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float fs = ImGui::GetFontSize();
    if (!compact) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(app, "Suchen:", "Search:"));
        ImGui::SameLine();
    }
    ImGui::SetNextItemWidth(fs * 9.0f);
    if (keyPressed(sf::Keyboard::F) && ImGui::GetIO().KeyCtrl) ImGui::SetKeyboardFocusHere();
    const bool enter = ImGui::InputTextWithHint("##search", tr(app, "Kennung oder Text", "id or text"), view.search.data(), view.search.size(),
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    if (enter) ImGui::SetKeyboardFocusHere(-1); // the field keeps the keyboard: Enter again goes to the next hit
    markWidget(app, "plan-search");
    explainTooltip(app, tr(app, "Suchen  [Strg+F]", "Search  [Ctrl+F]"),
                   tr(app, "Findet Schritte nach Kennung oder nach ihrem Text (deutsch oder englisch). Enter springt zum nächsten Treffer.",
                      "Finds steps by id or by their text (German or English). Enter jumps to the next hit."));
    hits = searchNodes(view, view.search.data());
    const std::string found = view.search[0] == '\0' ? std::string()
                              : hits.empty()         ? std::string(tr(app, "nichts gefunden", "nothing found"))
                                                     : std::to_string(hits.size()) + tr(app, " Treffer", hits.size() == 1 ? " hit" : " hits");
    if (!found.empty()) {
        sameLineIfFits(textWidth(found));
        ImGui::TextColored(hits.empty() ? app.palette.bad : app.palette.muted, "%s", found.c_str());
    }
    bool next = enter;
    if (!compact) {
        const char* nextLabel = tr(app, "Nächster Treffer [Enter]", "Next hit [Enter]");
        sameLineIfFits(textWidth(nextLabel) + style.FramePadding.x * 2);
        next = namedButton(app, nextLabel, "plan-next") || next;
    }
    if (next && !hits.empty()) {
        const std::size_t hit = view.searchHit++ % hits.size();
        selectNode(view, view.graph.nodes[hits[hit]].id);
        view.centreOnSelection = true;
    }
    const char* outLabel = "−";
    sameLineIfFits(fs * 2 + style.FramePadding.x * 4);
    if (namedButton(app, (std::string(outLabel) + "##zoom-out").c_str(), "plan-zoom-out", ImVec2(fs * 1.6f, 0)))
        zoomAround(view, 1 / kZoomStep / kZoomStep, ImVec2(canvasSize.x / 2, canvasSize.y / 2));
    explainTooltip(app, tr(app, "Verkleinern [-]", "Zoom out [-]"), tr(app, "Oder das Mausrad über dem Plan.", "Or the mouse wheel over the plan."));
    ImGui::SameLine();
    if (namedButton(app, "+##zoom-in", "plan-zoom-in", ImVec2(fs * 1.6f, 0)))
        zoomAround(view, kZoomStep * kZoomStep, ImVec2(canvasSize.x / 2, canvasSize.y / 2));
    explainTooltip(app, tr(app, "Vergrößern [+]", "Zoom in [+]"), tr(app, "Oder das Mausrad über dem Plan.", "Or the mouse wheel over the plan."));
    const char* fitLabel = tr(app, "Alles zeigen [0]", "Show all [0]");
    sameLineIfFits(textWidth(fitLabel) + style.FramePadding.x * 2);
    if (namedButton(app, fitLabel, "plan-fit")) fitView(view, m, canvasSize, false);

    if (compact) return; // the details tab says what the check found
    std::string status;
    ImVec4 colour = app.palette.muted;
    if (!view.analysed) {
        status = tr(app, "Prüfung läuft …", "Checking …");
    } else {
        int findings = 0;
        for (const GraphNode& n : view.graph.nodes) findings += hasFinding(n) ? 1 : 0;
        status = findings == 0 ? std::string(tr(app, "Geprüft: keine Auffälligkeiten", "Checked: nothing found"))
                               : std::string(tr(app, "Geprüft: Auffälligkeiten an ", "Checked: findings at ")) + std::to_string(findings) +
                                     (findings == 1 ? tr(app, " Stelle (!)", " place (!)") : tr(app, " Stellen (!)", " places (!)"));
        if (findings > 0) colour = app.palette.bad;
        if (view.analysisTimedOut) status += tr(app, " – nicht alles ließ sich in einer Sekunde klären", " – not everything could be settled in a second");
    }
    sameLineIfFits(textWidth(status));
    ImGui::TextColored(colour, "%s", status.c_str());
    markWidget(app, "plan-status");
    if (view.fileBroken)
        colouredWrapped(app.palette.warn, tr(app, "Die Datei hat gerade Fehler (siehe Startseite). Gezeigt wird die letzte fehlerfreie Fassung.",
                                             "The file has errors right now (see the start screen). The last version without errors is shown."));
}

void drawPlan(AppState& app, AuthoringView& view, const PlanMetrics& m, ImVec2 size, const std::vector<std::uint32_t>& hits) {
    ImGui::BeginChild("##plan", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoMove);
    Canvas cv;
    cv.pos = ImGui::GetCursorScreenPos();
    cv.size = ImGui::GetContentRegionAvail();
    cv.size.x = std::max(cv.size.x, 10.0f);
    cv.size.y = std::max(cv.size.y, 10.0f);
    if (view.fitPending) {
        fitView(view, m, cv.size, true);
        view.fitPending = false;
    }
    std::uint32_t selected = kNone;
    for (std::uint32_t i = 0; i < view.graph.nodes.size(); ++i)
        if (view.graph.nodes[i].id == view.selectedNode) selected = i;
    if (view.centreOnSelection && selected != kNone) centreOn(view, m, selected, cv.size);
    view.centreOnSelection = false;
    ImGui::InvisibleButton("##canvas", cv.size);
    markWidget(app, "plan");
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 local(io.MousePos.x - cv.pos.x, io.MousePos.y - cv.pos.y);
    if (ImGui::IsItemHovered() && io.MouseWheel != 0) zoomAround(view, std::pow(kZoomStep, io.MouseWheel), local);
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
        view.panX += io.MouseDelta.x;
        view.panY += io.MouseDelta.y;
    }
    if (!io.WantTextInput && !io.KeyCtrl) {
        const ImVec2 middle(cv.size.x / 2, cv.size.y / 2);
        if (keyPressed(sf::Keyboard::Add) || keyPressed(sf::Keyboard::Equal)) zoomAround(view, kZoomStep * kZoomStep, middle);
        if (keyPressed(sf::Keyboard::Subtract) || keyPressed(sf::Keyboard::Hyphen)) zoomAround(view, 1 / kZoomStep / kZoomStep, middle);
        if (keyPressed(sf::Keyboard::Num0) || keyPressed(sf::Keyboard::Numpad0)) fitView(view, m, cv.size, false);
    }
    cv.zoom = view.zoom;
    cv.panX = view.panX;
    cv.panY = view.panY;
    const bool released = ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[0] < 16.0f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(cv.pos, ImVec2(cv.pos.x + cv.size.x, cv.pos.y + cv.size.y), true);
    drawEdges(app, view, m, cv, selected);
    std::uint32_t hovered = kNone;
    drawNodes(app, view, m, cv, selected, hits, hovered);
    draw->PopClipRect();
    if (hovered != kNone && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) nodeTooltip(app, view, hovered);
    if (released) {
        if (hovered != kNone) {
            selectNode(view, view.graph.nodes[hovered].id);
        } else {
            selectNode(view, std::string());
        }
    }
    ImGui::EndChild();
}

} // namespace

std::vector<std::string> nodeFindings(const AppState& app, const GraphNode& n) {
    std::vector<std::string> out;
    const auto sure = [](const std::optional<Guarantee>& g) { return g && *g == Guarantee::Proved; };
    if (n.neverReached)
        out.emplace_back(sure(n.neverReached) ? tr(app, "Wird in keinem Durchlauf erreicht.", "No playthrough reaches it.")
                                              : tr(app, "Wird vielleicht nie erreicht (nicht sicher geklärt).", "Perhaps never reached (not settled for sure)."));
    if (n.deadEnd)
        out.emplace_back(sure(n.deadEnd) ? tr(app, "Sackgasse: Hier kann es vorkommen, dass keine Wahl offen ist.",
                                              "Dead end: it can happen here that no choice is open.")
                                         : tr(app, "Vielleicht eine Sackgasse: Es ist nicht ausgeschlossen, dass hier keine Wahl offen ist.",
                                              "Perhaps a dead end: it is not ruled out that no choice is open here."));
    if (n.endlessLoop)
        out.emplace_back(tr(app, "Hier kann das Spiel endlos weiterlaufen, ohne Entscheidung oder Ende.",
                            "Play can run on here for ever, without a decision or an ending."));
    if (n.neverOpenChoices == 1) out.emplace_back(tr(app, "Eine Wahlmöglichkeit ist nie offen.", "One choice is never open."));
    if (n.neverOpenChoices > 1)
        out.emplace_back(std::to_string(n.neverOpenChoices) + tr(app, " Wahlmöglichkeiten sind nie offen.", " choices are never open."));
    return out;
}

void drawAuthoringScreen(AppState& app) {
    if (!app.authoring || !app.authoring->scenario) return goTo(app, Screen::Start);
    AuthoringView& view = *app.authoring;
    const PlanMetrics m(app.fonts.bodyPx);
    std::vector<std::uint32_t> hits;
    const float total = ImGui::GetContentRegionAvail().x;
    const bool folded = foldedLayout(app);
    const float side = folded ? total : std::clamp(total * 0.36f, std::min(app.fonts.bodyPx * 18.0f, total * 0.5f), total * 0.5f);
    const float planWidth = folded ? total : total - side - ImGui::GetStyle().ItemSpacing.x;
    // The plan's sizes follow the text size: after a change the view is placed again.
    if (view.fontPx != app.fonts.bodyPx) {
        view.fitPending = view.fitPending || view.fontPx > 0;
        view.fontPx = app.fonts.bodyPx;
    }
    if (folded) {
        int findings = 0;
        for (const GraphNode& n : view.graph.nodes) findings += hasFinding(n) ? 1 : 0;
        const std::vector<std::string> names = {tr(app, "Plan", "Plan"),
                                                std::string(tr(app, "Einzelheiten", "Details")) + (findings > 0 ? " (!)" : "")};
        view.tab = tabStrip(app, "##plan-tab", names, view.tab, false);
        if (view.tab == 0) {
            drawToolbar(app, view, m, ImVec2(total, ImGui::GetContentRegionAvail().y), hits, true);
            drawPlan(app, view, m, ImVec2(total, ImGui::GetContentRegionAvail().y), hits);
        } else {
            ImGui::BeginChild("##details", ImVec2(0, 0), false, kPanelFlags);
            drawAuthoringDetails(app);
            ImGui::EndChild();
        }
        return;
    }
    drawToolbar(app, view, m, ImVec2(planWidth, ImGui::GetContentRegionAvail().y), hits, false);
    drawPlan(app, view, m, ImVec2(planWidth, ImGui::GetContentRegionAvail().y), hits);
    ImGui::SameLine();
    ImGui::BeginChild("##details", ImVec2(side, 0), false, kPanelFlags);
    drawAuthoringDetails(app);
    ImGui::EndChild();
}

} // namespace rapport::gui
