#pragma once
// The path as a line: the result after each decision, the key moments marked with their number.
// Shows a long path at a glance where a list of every decision would fill pages.

#include "print/PageWriter.h"
#include "rapport/report/Debrief.h"

namespace rapport::print {

/// Draws the result over the decisions of `runner`'s path into the flow, `height` points tall.
void drawResultChart(PageWriter& page, const Runner& runner, const Debrief& debrief, double height);

} // namespace rapport::print
