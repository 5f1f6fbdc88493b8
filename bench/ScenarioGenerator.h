#pragma once
// Generated scenarios of fixed shapes for the analyzer benchmark (and its tests), as format v1
// JSON text. The same arguments always give the same text.
//
// Shapes:
//  - grid(n): one decision "step" with four choices. "inc_a", "inc_b", "inc_c" each add 1 to
//    their variable while it is below n and return to "step"; "finish" goes to the ending.
//    No acts, so the state is the three counters and the node: 2 * n^3 distinct states
//    (n^3 at "step", n^3 at the ending), about 4 * n^3 transitions. Measures the raw speed of
//    exact exploration (states per second).
//  - acts(rounds): one persona (formal, analytical) and one decision with six choices that are
//    real model acts (question on a concern, listen, praise, small talk, give, pitch), each
//    followed by a 1-day wait, while a round counter stays below `rounds`; then the ending.
//    Every act changes the persona's state, so the states are those of the model itself.
//    Measures exact exploration where the relationship model does the work.
//  - layered(layers, width, seed): `layers` layers of `width` decision nodes each (layers *
//    width nodes, 10,000 for 100 x 100), plus four endings. Every decision has two choices to
//    nodes of the next layer picked by a fixed linear congruential generator; every tenth node
//    has a third choice open only while the variable "mood" is at least 2; each choice sets
//    mood to (mood + k) % 4 with k from the generator. The last layer leads to the endings.
//    At least 2^(layers) playthroughs (about 1.3e30 for 100 layers, > 10^18) in at most
//    4 * layers * width states: the exact count must come from merged states.

//  - repeated(text, copies): a scenario (its JSON text) played `copies` times in a row: every
//    node and choice is copied with the suffix "__k" (conditions' visited() and chose() follow),
//    and the endings of every copy but the last lead on to the next copy's start. Personas and
//    variables are shared, so what happened before carries over. Ten copies of the largest
//    bundled scenario are a scenario ten times its size.

#include <cstdint>
#include <string>

namespace rapport::bench {

/// The grid shape described above, n >= 1.
[[nodiscard]] std::string gridScenario(int n);

/// The acts shape described above, rounds >= 1.
[[nodiscard]] std::string actsScenario(int rounds);

/// The layered shape described above.
[[nodiscard]] std::string layeredScenario(int layers, int width, std::uint64_t seed);

/// The repeated shape described above, copies >= 1 (`text` must be a valid scenario).
[[nodiscard]] std::string repeatedScenario(const std::string& text, int copies);

} // namespace rapport::bench
