#include "print/PrintRadar.h"

#include "rapport/core/State.h"

#include <cairo.h>

#include <algorithm>
#include <cmath>

namespace rapport::print {
namespace {

constexpr double kLabelWidth = 52.0; // room for "Anerkennung" at 7 points beside a corner
constexpr double kLabelHeight = 12.0;
constexpr double kPi = 3.14159265358979323846;

// The corner of dimension `k` at `fraction` of the radius; the first axis points up.
void corner(double cx, double cy, double radius, int k, double fraction, double& x, double& y) {
    const double angle = -kPi / 2 + 2 * kPi * k / kDimensionCount;
    x = cx + std::cos(angle) * radius * fraction;
    y = cy + std::sin(angle) * radius * fraction;
}

double fractionOf(std::int32_t hundredths) { return std::clamp(static_cast<double>(hundredths) / (100.0 * kScale), 0.0, 1.0); }

void polygon(cairo_t* cr, double cx, double cy, double radius, const std::array<std::int32_t, kDimensionCount>& values) {
    for (int k = 0; k < kDimensionCount; ++k) {
        double x = 0, y = 0;
        corner(cx, cy, radius, k, fractionOf(values[static_cast<std::size_t>(k)]), x, y);
        if (k == 0) cairo_move_to(cr, x, y);
        else cairo_line_to(cr, x, y);
    }
    cairo_close_path(cr);
}

} // namespace

double radarBoxWidth(double radius) { return 2 * radius + 2 * kLabelWidth; }
double radarBoxHeight(double radius) { return 2 * radius + 2 * kLabelHeight + 8; }

void drawRadar(PageWriter& page, double x, double y, double radius, const PersonaOutcome& outcome) {
    cairo_t* cr = page.context();
    const double cx = x + radarBoxWidth(radius) / 2;
    const double cy = y + radarBoxHeight(radius) / 2;
    cairo_save(cr);
    // The grid: rings at 25, 50, 75 and 100 points, and the axes.
    cairo_set_line_width(cr, 0.4);
    cairo_set_source_rgb(cr, 0.7, 0.7, 0.7);
    for (int ring = 1; ring <= 4; ++ring) {
        for (int k = 0; k < kDimensionCount; ++k) {
            double px = 0, py = 0;
            corner(cx, cy, radius, k, ring / 4.0, px, py);
            if (k == 0) cairo_move_to(cr, px, py);
            else cairo_line_to(cr, px, py);
        }
        cairo_close_path(cr);
        cairo_stroke(cr);
    }
    for (int k = 0; k < kDimensionCount; ++k) {
        double px = 0, py = 0;
        corner(cx, cy, radius, k, 1.0, px, py);
        cairo_move_to(cr, cx, cy);
        cairo_line_to(cr, px, py);
    }
    cairo_stroke(cr);
    // The end: a grey area with a firm outline.
    polygon(cr, cx, cy, radius, outcome.end);
    cairo_set_source_rgb(cr, 0.72, 0.72, 0.72);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 1.2);
    cairo_stroke(cr);
    // The start: dashed on top, so it shows where the area grew or shrank.
    const double dash[] = {3.0, 2.0};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_set_line_width(cr, 1.0);
    polygon(cr, cx, cy, radius, outcome.start);
    cairo_stroke(cr);
    cairo_restore(cr);
    // The labels outside the corners.
    TextStyle label;
    label.size = 7;
    for (int k = 0; k < kDimensionCount; ++k) {
        double px = 0, py = 0;
        corner(cx, cy, radius, k, 1.0, px, py);
        const std::string name(nameOf(static_cast<Dimension>(k), page.lang()));
        double lx = px - kLabelWidth / 2, ly = py - kLabelHeight / 2;
        if (px > cx + 1) lx = px + 4;
        else if (px < cx - 1) lx = px - 4 - kLabelWidth;
        if (k == 0) ly = py - kLabelHeight - 2;
        else if (k == kDimensionCount / 2) ly = py + 2;
        // Beside a corner on the left, right-aligned; above and below the middle, centred.
        const double textWidth = page.measureWidth(name, label) + 1;
        if (px < cx - 1) lx = px - 4 - textWidth;
        else if (std::abs(px - cx) <= 1) lx = px - textWidth / 2;
        page.textAt(name, lx, ly, textWidth + 1, label);
    }
}

} // namespace rapport::print
