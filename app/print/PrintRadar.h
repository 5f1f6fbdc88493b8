#pragma once
// A relationship's six dimensions as a radar for paper: the start dashed, the end as a grey area
// with a black outline, so it reads in black and white.

#include "print/PageWriter.h"
#include "rapport/report/Debrief.h"

namespace rapport::print {

/// The width and height (points) a radar of `radius` takes with its labels.
[[nodiscard]] double radarBoxWidth(double radius);
[[nodiscard]] double radarBoxHeight(double radius);

/// Draws the radar of one persona's outcome in the box whose top left corner is (x, y).
void drawRadar(PageWriter& page, double x, double y, double radius, const PersonaOutcome& outcome);

} // namespace rapport::print
