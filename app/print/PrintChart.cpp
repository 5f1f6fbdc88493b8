#include "print/PrintChart.h"

#include "rapport/core/State.h"
#include "rapport/report/Points.h"

#include <cairo.h>

#include <algorithm>

namespace rapport::print {

void drawResultChart(PageWriter& page, const Runner& runner, const Debrief& debrief, double height) {
    const std::vector<StepRecord>& steps = runner.steps();
    if (steps.empty()) return;
    cairo_t* cr = page.context();
    const double axis = 26; // room for the value labels on the left
    const double x0 = page.left() + axis, x1 = page.left() + page.width() - 6;
    const double y0 = page.y() + 4, y1 = page.y() + height - 14;
    auto xAt = [&](std::size_t k) { return x0 + (x1 - x0) * static_cast<double>(k) / static_cast<double>(steps.size()); };
    auto yAt = [&](std::int64_t hundredths) {
        return y1 - (y1 - y0) * std::clamp(static_cast<double>(hundredths) / (100.0 * kScale), 0.0, 1.0);
    };
    TextStyle label;
    label.size = 7;
    label.grey = 0.35;
    // Grid lines at 0, 25, 50, 75 and 100 points.
    cairo_save(cr);
    cairo_set_line_width(cr, 0.4);
    cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
    for (int v = 0; v <= 100; v += 25) {
        const double y = yAt(static_cast<std::int64_t>(v) * kScale);
        cairo_move_to(cr, x0, y);
        cairo_line_to(cr, x1, y);
        cairo_stroke(cr);
    }
    cairo_restore(cr);
    for (int v = 0; v <= 100; v += 25) page.textAt(std::to_string(v), page.left(), yAt(static_cast<std::int64_t>(v) * kScale) - 4.5, axis - 4, label);
    // The result before the first decision, then after each.
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 1.4);
    cairo_new_path(cr);
    cairo_move_to(cr, xAt(0), yAt(steps.front().resultBefore));
    for (std::size_t k = 0; k < steps.size(); ++k) cairo_line_to(cr, xAt(k + 1), yAt(steps[k].resultAfter));
    cairo_stroke(cr);
    // Every decision a small tick, the key moments a dot with their number.
    for (std::size_t k = 0; k < steps.size(); ++k) {
        cairo_new_path(cr); // an arc after a path would be joined to it by a line
        cairo_arc(cr, xAt(k + 1), yAt(steps[k].resultAfter), 1.3, 0, 6.2832);
        cairo_fill(cr);
    }
    cairo_restore(cr);
    // Numbers of moments close together alternate above and below the line.
    std::vector<const KeyMoment*> moments;
    for (const KeyMoment& km : debrief.keyMoments)
        if (km.step < steps.size()) moments.push_back(&km);
    std::sort(moments.begin(), moments.end(), [](const KeyMoment* a, const KeyMoment* b) { return a->step < b->step; });
    double previousX = -100;
    bool below = false;
    for (const KeyMoment* moment : moments) {
        const KeyMoment& km = *moment;
        const double x = xAt(km.step + 1), y = yAt(steps[km.step].resultAfter);
        below = x - previousX < 16 ? !below : false;
        previousX = x;
        cairo_save(cr);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_new_path(cr); // the label's text left a current point
        cairo_arc(cr, x, y, 4.2, 0, 6.2832);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_set_line_width(cr, 1.2);
        cairo_stroke(cr);
        cairo_restore(cr);
        TextStyle number;
        number.size = 7.5;
        number.bold = true;
        page.textAt(std::to_string(km.step + 1), x - 10, below ? y + 5 : y - 15, 20, number);
    }
    // The decisions' numbers along the bottom, every fifth on long paths.
    const std::size_t every = steps.size() > 24 ? 5 : steps.size() > 12 ? 2 : 1;
    for (std::size_t k = 0; k < steps.size(); ++k)
        if ((k + 1) % every == 0 || k == 0) page.textAt(std::to_string(k + 1), xAt(k + 1) - 6, y1 + 3, 14, label);
    page.advance(height);
}

} // namespace rapport::print
