#include "Game.h"

#include <algorithm>

namespace rapport::gui {
namespace {

std::uint64_t g_lastGameSerial = 0; // only the window's thread starts games

float easeOut(float t) {
    const float u = 1.0f - std::clamp(t, 0.0f, 1.0f);
    return 1.0f - u * u * u;
}

// Freezes what is on screen now as the start of the next animation, so a quick second move
// continues smoothly from wherever the first one had got to.
void beginAnimation(Game& game, double now) {
    const std::size_t n = game.scenario->personas.size();
    std::vector<DimPoints> from(n);
    std::vector<float> pressure(n);
    for (std::size_t p = 0; p < n; ++p) {
        from[p] = shownDims(game, static_cast<PersonaIndex>(p), now);
        pressure[p] = shownPressure(game, static_cast<PersonaIndex>(p), now);
    }
    game.shownFrom = std::move(from);
    game.pressureFrom = std::move(pressure);
    game.animStart = now;
}

} // namespace

DimPoints dimPoints(const PersonaState& persona) {
    DimPoints out{};
    for (std::size_t d = 0; d < out.size(); ++d) out[d] = static_cast<float>(persona.dims[d]) / kScale;
    return out;
}

std::unique_ptr<Game> startGame(const ScenarioEntry& entry, Lang lang) {
    if (!entry.loaded.ok()) return nullptr;
    auto game = std::make_unique<Game>();
    game->scenario = entry.loaded.scenario;
    game->path = entry.path;
    game->version = entry.version;
    RunnerOptions options;
    options.lang = lang;
    game->runner = std::make_unique<Runner>(*game->scenario, options);
    game->serial = ++g_lastGameSerial;
    return game;
}

std::unique_ptr<Game> reloadGame(const Game& old, const ScenarioEntry& entry, Lang lang) {
    if (!entry.loaded.ok()) return nullptr;
    auto game = startGame(entry, lang);
    RunnerOptions options = old.runner->options();
    options.lang = lang;
    game->runner = std::make_unique<Runner>(*game->scenario, options);
    game->started = true;
    game->reloaded = true;
    const std::vector<ChoiceIndex>& path = old.runner->path();
    game->wantedChoices = path.size();
    for (ChoiceIndex c : path) {
        const std::string& id = old.scenario->choices[c].id;
        // By id (numbers are positions to choose()), so a reordered file still finds the choice.
        const std::optional<ChoiceIndex> same = game->runner->findChoice(id);
        if (!same || game->runner->choose(*same) != ChooseError::None) {
            game->stoppedAtChoice = id;
            break;
        }
        ++game->replayedChoices;
    }
    game->latestFirstChange = game->runner->changes().size();
    return game;
}

void chooseInGame(Game& game, ChoiceIndex choice, double now) {
    beginAnimation(game, now);
    game.latestFirstChange = game.runner->changes().size();
    if (game.runner->choose(choice) == ChooseError::None) game.debrief.reset();
}

void rewindGame(Game& game, std::size_t step, double now) {
    beginAnimation(game, now);
    game.runner->rewindTo(step);
    game.latestFirstChange = game.runner->changes().size();
    game.debrief.reset();
}

void relanguageGame(Game& game, Lang lang) {
    Runner& runner = *game.runner;
    if (runner.options().lang == lang) return;
    const std::vector<ChoiceIndex> path = runner.path();
    // The latest move keeps its place in the log: the replay is deterministic (same seed).
    const std::size_t latestStepStart = runner.steps().empty() ? 0 : runner.steps().back().firstChange;
    const bool latestWasMove = game.latestFirstChange == latestStepStart && !runner.steps().empty();
    runner.setLanguage(lang);
    runner.restart();
    for (ChoiceIndex c : path) runner.choose(c);
    if (latestWasMove) game.latestFirstChange = runner.steps().back().firstChange;
    game.debrief.reset();
}

float animationProgress(const Game& game, double now) {
    if (game.animStart < 0) return 1.0f;
    return std::clamp(static_cast<float>((now - game.animStart) / kAnimationSeconds), 0.0f, 1.0f);
}

DimPoints shownDims(const Game& game, PersonaIndex persona, double now) {
    const DimPoints to = dimPoints(game.runner->state().personas[persona]);
    const float t = animationProgress(game, now);
    if (t >= 1.0f || persona >= game.shownFrom.size()) return to;
    const float e = easeOut(t);
    DimPoints out{};
    for (std::size_t d = 0; d < out.size(); ++d) out[d] = game.shownFrom[persona][d] + (to[d] - game.shownFrom[persona][d]) * e;
    return out;
}

float shownPressure(const Game& game, PersonaIndex persona, double now) {
    const float to = static_cast<float>(game.runner->state().personas[persona].pressure) / kScale;
    const float t = animationProgress(game, now);
    if (t >= 1.0f || persona >= game.pressureFrom.size()) return to;
    return game.pressureFrom[persona] + (to - game.pressureFrom[persona]) * easeOut(t);
}

PersonaIndex focusPersona(const Game& game) {
    const Runner& runner = *game.runner;
    if (runner.current().speaker != kNone) return runner.current().speaker;
    for (ChoiceIndex c : runner.choices())
        if (runner.scenario().choices[c].with != kNone) return runner.scenario().choices[c].with;
    const auto& lines = runner.lines();
    for (auto it = lines.rbegin(); it != lines.rend(); ++it)
        if (it->speaker != kNone) return it->speaker;
    return 0;
}

std::vector<std::size_t> latestChanges(const Game& game) {
    std::vector<std::size_t> out;
    const auto& changes = game.runner->changes();
    for (std::size_t i = game.latestFirstChange; i < changes.size(); ++i)
        if (changes[i].target != ChangeTarget::Variable) out.push_back(i);
    return out;
}

const Debrief& debriefOf(Game& game) {
    if (!game.debrief) game.debrief = buildDebrief(*game.runner);
    return *game.debrief;
}

} // namespace rapport::gui
