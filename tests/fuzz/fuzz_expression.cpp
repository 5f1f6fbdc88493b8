// libFuzzer target: one expression (a condition or value as authors write it) through the parser,
// then evaluated as play does (several states) and as the analyzer does (intervals: its value,
// its truth, narrowing a state to either answer). The names it may use are those of the test
// scenario tests/data/good/minimal.json (punkte, weber, kim, artikel, pause, fragen, ...).

#include "analyze/Domain.h"
#include "rapport/core/Expression.h"
#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Evaluate.h"
#include "rapport/play/Runner.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace rapport;

struct Fixture {
    Scenario scenario;
    ExprSymbols symbols;
    std::vector<State> states;
    std::size_t baseExpressions = 0;
};

Fixture* g_fixture = nullptr;

Fixture* makeFixture() {
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_TEST_DATA) + "/good/minimal.json");
    if (!loaded.ok()) {
        std::fprintf(stderr, "fuzz_expression: cannot load the test scenario minimal.json\n");
        std::abort();
    }
    auto* f = new Fixture{*loaded.scenario, {}, {}, 0};
    const Scenario& s = f->scenario;
    for (std::uint32_t i = 0; i < s.variableNames.size(); ++i) f->symbols.variables.emplace(s.variableNames[i], i);
    for (std::uint32_t i = 0; i < s.personas.size(); ++i) f->symbols.personas.emplace(s.personas[i].id, i);
    for (std::uint32_t i = 0; i < s.facts.size(); ++i) f->symbols.facts.emplace(s.facts[i].id, i);
    for (std::uint32_t i = 0; i < s.nodes.size(); ++i) f->symbols.nodes.emplace(s.nodes[i].id, i);
    for (std::uint32_t i = 0; i < s.choices.size(); ++i) f->symbols.choices.emplace(s.choices[i].id, i);
    // States to evaluate in: the start, and where each first choice leads.
    Runner runner(f->scenario);
    f->states.push_back(runner.state());
    for (ChoiceIndex c : std::vector<ChoiceIndex>(runner.choices())) {
        runner.restart();
        if (runner.choose(c) == ChooseError::None) f->states.push_back(runner.state());
    }
    f->baseExpressions = s.expressions.size();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    g_fixture = makeFixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Fixture& f = *g_fixture;
    const std::string_view source(reinterpret_cast<const char*>(data), size);
    f.scenario.expressions.resize(f.baseExpressions);
    ExprError error;
    const std::optional<ExprId> root = parseExpression(source, f.symbols, f.scenario.expressions, error);
    if (!root) {
        // A refused expression leaves the pool as it was and says where and why.
        if (f.scenario.expressions.size() != f.baseExpressions || error.messageEn.empty() || error.messageDe.empty() ||
            error.offset > source.size()) {
            std::fprintf(stderr, "fuzz_expression: a refusal without a place or words\n");
            std::abort();
        }
        if (error.messageEn.find('\n') != std::string::npos || error.messageEn.size() > 2000) {
            std::fprintf(stderr, "fuzz_expression: a message that is not one short line\n");
            std::abort();
        }
        return 0;
    }
    if (f.scenario.expressions.size() - f.baseExpressions > kMaxExpressionNodes) {
        std::fprintf(stderr, "fuzz_expression: an expression over the size limit was accepted\n");
        std::abort();
    }
    for (const State& state : f.states) (void)evaluate(f.scenario, state, *root);

    const detail::Domain domain(f.scenario);
    const detail::AbsState start = domain.initial();
    // Soundness: the analyzer's interval holds the value play computes in the same state. The
    // tracking slots of visited()/chose() are the loader's to assign, so those are left out.
    bool tracked = false;
    for (std::size_t i = f.baseExpressions; i < f.scenario.expressions.size(); ++i)
        tracked = tracked || f.scenario.expressions[i].op == ExprOp::Visited || f.scenario.expressions[i].op == ExprOp::Chose;
    const detail::Iv range = domain.eval(start, *root);
    const std::int64_t value = evaluate(f.scenario, initialState(f.scenario, 0), *root);
    if (!tracked && (value < range.lo || value > range.hi)) {
        std::fprintf(stderr, "fuzz_expression: play computes %lld, the analyzer's interval is [%lld, %lld]\n",
                     static_cast<long long>(value), static_cast<long long>(range.lo), static_cast<long long>(range.hi));
        std::abort();
    }
    (void)domain.truth(start, *root);
    for (bool want : {true, false}) {
        detail::AbsState narrowed = start;
        (void)domain.refine(narrowed, *root, want);
    }
    return 0;
}
