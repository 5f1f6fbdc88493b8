#pragma once
// Charts drawn with ImGui's draw lists (Debian 12 has no ImPlot): a learner's scores over time
// and principles followed against violated. Colours come from the theme's palette, every number
// is also written as text, so they read in every theme and at every text size.

#include "AppState.h"

#include "store/Progress.h"

#include <string>
#include <vector>

namespace rapport::gui {

/// A line chart of scores (0-100) of runs in the order played, with grid lines at 0, 50 and 100,
/// the first and last date below, the best run (index `best`) ringed and a tooltip per run.
/// Uses the available width and `height` pixels; named `name` for the smoke test.
void scoreLineChart(AppState& app, const std::string& name, const std::vector<store::ScorePoint>& points, std::size_t best, float height);

/// One bar with the times followed (good colour, from the left) and violated (bad colour, after
/// it), on a scale where `scale` fills the available width.
void followedViolatedBar(AppState& app, const std::string& name, std::int64_t followed, std::int64_t violated, std::int64_t scale);

/// A count with thousands separated: "10.000" in German, "10,000" in English.
[[nodiscard]] std::string countText(std::int64_t n, Lang lang);

/// "einmal", "5-mal" / "once", "5 times".
[[nodiscard]] std::string timesText(std::int64_t n, Lang lang);

} // namespace rapport::gui
