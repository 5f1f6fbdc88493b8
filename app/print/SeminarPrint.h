#pragma once
// The seminar's printed pages: one comparison page for the wall (every team and branch side by
// side, where the paths parted) and one handout per team or branch (its printed debrief). All
// numbers come from the engine's compareSession and buildDebrief.

#include "print/PageWriter.h"
#include "rapport/session/Comparison.h"

#include <string>

namespace rapport::print {

/// A line as the room calls it: the team ("Plenum" in plenary), and for a branch its number and
/// where it departs ("Nord – Variante 1 (ab Entscheidung 3)").
[[nodiscard]] std::string lineName(const Session& session, LineId line, Lang lang);

/// The page header of a seminar's pages: the scenario's title, its people, "Seminar".
[[nodiscard]] PageHeader seminarHeader(const Session& session, Lang lang);

/// The comparison page, laid out from where the page's flow stands.
void printComparison(PageWriter& page, const Session& session, const Comparison& comparison);

/// The comparison page, then each entry's handout on pages of its own.
void printSeminar(PageWriter& page, const Session& session, const Comparison& comparison);

} // namespace rapport::print
