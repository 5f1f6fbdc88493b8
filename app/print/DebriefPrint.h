#pragma once
// The printed debrief of one playthrough: the result, each relationship's radar from start to
// end, the path with its key moments and what the contacts thought, the style, the principles
// followed and violated. A thin layout over the engine's buildDebrief: no number is computed here.

#include "print/PageWriter.h"
#include "rapport/report/Debrief.h"

#include <string>

namespace rapport::print {

/// What a printed debrief adds around the engine's debrief.
struct DebriefPrintOptions {
    std::string subtitle; ///< who played it ("Team Nord – Variante 1 (ab Entscheidung 3)"), or empty
    bool listPath = true; ///< every decision of a short path, not only the key moments
    bool feedback = true; ///< a sentence of feedback under each principle
    bool alternatives = true; ///< the roads not taken at each key moment
    bool allReasons = true;   ///< every reason of a key moment, else only the largest
};

/// The page header of a debrief of `scenario`: its title, its people, "Auswertung".
[[nodiscard]] PageHeader debriefHeader(const Scenario& scenario, Lang lang);

/// Lays the debrief of `runner`'s playthrough out on `page`, from where the page's flow stands.
void printDebrief(PageWriter& page, const Runner& runner, const Debrief& debrief, const DebriefPrintOptions& options = {});

/// The most detailed options whose debrief fits on `maxPages` pages (tried in memory): the full
/// debrief, then without the principles' feedback, then also without the roads not taken, then
/// listing only the key moments of the path, each with its largest reason only.
[[nodiscard]] DebriefPrintOptions fittingOptions(const Runner& runner, const Debrief& debrief, Lang lang, DebriefPrintOptions options,
                                                 int maxPages = 2);

} // namespace rapport::print
