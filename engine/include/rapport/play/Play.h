#pragma once
// The rules of moving through a scenario, as free functions over (Scenario, State), shared by
// the runner (which adds the log and history) and the analyzer (which explores many states).

#include "rapport/model/Model.h"
#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <string_view>
#include <vector>

namespace rapport {

/// Receives each line of text as play produces it. The view is valid only during the call.
class LineSink {
public:
    virtual ~LineSink() = default;
    virtual void line(NodeIndex node, PersonaIndex speaker, std::string_view text) = 0;
};

/// Whether a choice is offered in this state (its condition, its researched fact, the budget).
[[nodiscard]] bool isChoiceOpen(const Scenario& scenario, const State& state, const Choice& choice);

/// The open choices of the decision the state stands at, in file order (cleared first).
void openChoices(const Scenario& scenario, const State& state, std::vector<ChoiceIndex>& out);

/// Work between two decisions before play counts as running on forever. A unit is about one
/// expression node, effect, change or 16 bytes of text (Node::work, Choice::work); an authored
/// scenario needs under a thousand (the bundled ones: 902 at most), so this only stops loops
/// and files made to be slow.
inline constexpr std::uint64_t kMaxAutoWork = 50'000;

/// Applies a choice (act, adjustments, effects, facts, time) and moves to its `next` node,
/// without entering it. Counts one step; adds the choice's work to `sink.work`.
void applyChoice(const Scenario& scenario, State& state, ChoiceIndex choice, ChangeSink& sink);

/// Enters `state.node` and every node after it that needs no decision (narration, lines,
/// branches, chance), producing lines and applying effects, until a decision or an ending.
/// Returns false if play would run on forever without a decision (a loop with no way out), or
/// does more than kMaxAutoWork before one. Adds the nodes' work to `sink.work`.
bool enterNodes(const Scenario& scenario, State& state, ChangeSink& sink, LineSink* lines, Lang lang,
                std::string& scratch);

/// Whether the state stands at an ending.
[[nodiscard]] inline bool atEnding(const Scenario& scenario, const State& state) {
    return scenario.nodes[state.node].kind == NodeKind::Ending;
}

/// Applies a list of effects (with nested conditional effects).
void applyEffects(const Scenario& scenario, State& state, EffectRange range, ChangeSink& sink);

} // namespace rapport
