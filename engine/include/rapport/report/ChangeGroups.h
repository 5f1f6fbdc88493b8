#pragma once
// The change log grouped for reading, the same in the window and the terminal: the changes one
// move made to one person become one item ("Dr. Weber: Sympathie +6, Vertrauen +3" with the
// move's reasons), and the cooling of one time jump becomes one summary.

#include "rapport/core/Scenario.h"
#include "rapport/model/Model.h"

#include <cstddef>
#include <string>
#include <vector>

namespace rapport {

/// What one move did to one person (values and pressure summed per value, the grade of a request,
/// the favour balance after it) with the move's reasons, or one fact, link or time change.
struct ReasonGroup {
    std::string what; ///< "Dr. Weber: Sympathie +6, Vertrauen +3"; empty for facts, time, favours
    std::string why;  ///< the reasons: the model's sentence, then the author's, each told once
    int tone = 0;     ///< +1 good for the relationship, -1 bad, 0 neutral
    bool clock = false; ///< time passing: a reader may fold it into the cooling that follows
};

/// Groups the changes at `indices` of `changes` (one move's); `at` is the state the texts are read in.
/// Variable changes (the author's bookkeeping), drift and pressure easing with time are left out:
/// they have driftSummary. Less than an hour passing is left out too.
/// Changes that round to no whole point are left out of the lists: learners see whole points.
[[nodiscard]] std::vector<ReasonGroup> groupChanges(const Scenario& scenario, const std::vector<Change>& changes, const State* at,
                                                    const std::vector<std::size_t>& indices, Lang lang);

/// One line for what time did among the changes at `indices` ("Ohne Kontakt lässt es nach: Dr.
/// Weber Sympathie −1, Druck −2; Herr Krause Intensität −1"); empty when nothing moved.
[[nodiscard]] std::string driftSummary(const Scenario& scenario, const std::vector<Change>& changes,
                                       const std::vector<std::size_t>& indices, Lang lang);

} // namespace rapport
