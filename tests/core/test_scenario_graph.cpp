// The static node graph (ScenarioGraph.h) and the one reader of effects (Effects.h).

#include "ScenarioBuilder.h"

#include "rapport/core/Effects.h"
#include "rapport/core/ScenarioGraph.h"
#include "rapport/load/ScenarioLoader.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace rapport;
using rapport::test::ScenarioBuilder;

namespace {

std::vector<NodeIndex> targets(const std::vector<Edge>& edges) {
    std::vector<NodeIndex> out;
    for (const Edge& e : edges) out.push_back(e.to);
    return out;
}

} // namespace

TEST_CASE("successors: every kind of node names where play can go, in file order") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p");
    const NodeIndex intro = b.narration("intro", "Hello.");
    const NodeIndex d = b.decision("d", p);
    const NodeIndex branch = b.decision("branch");
    const NodeIndex chance = b.decision("chance");
    const NodeIndex endA = b.ending("a");
    const NodeIndex endB = b.ending("b");
    const NodeIndex lonely = b.ending("lonely");
    b.setNext(intro, d);
    b.choice(d, "left", Act::None, branch);
    b.choice(d, "right", Act::Question, chance);
    Scenario& s = b.raw();
    s.nodes[branch].kind = NodeKind::Branch;
    s.nodes[branch].branches = {Branch{kNoExpr, endB, 0}, Branch{kNoExpr, endA, 0}};
    s.nodes[chance].kind = NodeKind::Chance;
    s.nodes[chance].branches = {Branch{kNoExpr, endA, 100}, Branch{kNoExpr, endB, 0}, Branch{kNoExpr, kNone, 0}};
    s.start = intro;
    const Scenario sc = b.build();

    std::vector<Edge> edges;
    successors(sc, intro, edges);
    CHECK(targets(edges) == std::vector<NodeIndex>{d});
    successors(sc, d, edges);
    REQUIRE(targets(edges) == std::vector<NodeIndex>{branch, chance});
    CHECK(edges[0].choice == 0);
    CHECK(edges[1].choice == 1);
    CHECK(edges[1].branch == kNone);
    successors(sc, branch, edges);
    REQUIRE(targets(edges) == std::vector<NodeIndex>{endB, endA});
    CHECK(edges[1].branch == 1);
    successors(sc, chance, edges); // a 0 % outcome is still in the file; a missing target is not
    CHECK(targets(edges) == std::vector<NodeIndex>{endA, endB});
    successors(sc, endA, edges);
    CHECK(edges.empty());

    const std::vector<bool> reached = reachableFrom(sc, intro);
    CHECK(reached[endA]);
    CHECK(reached[endB]);
    CHECK_FALSE(reached[lonely]);
    // Passing through: from `branch` play reaches the endings without a decision, from `intro`
    // only the decision.
    CHECK(reachableNodes(sc, branch, true) == std::vector<NodeIndex>{branch, endA, endB});
    CHECK(reachableNodes(sc, intro, true) == std::vector<NodeIndex>{intro, d});
    CHECK(reachableNodes(sc, d, true) == std::vector<NodeIndex>{d}); // play waits at a decision
}

TEST_CASE("successors: the loader warns about exactly the nodes the graph does not reach") {
    const LoadResult r = loadScenarioFile(std::string(RAPPORT_TEST_DATA) + "/bad/unreachable.json");
    REQUIRE(static_cast<bool>(r.scenario));
    const std::vector<bool> reached = reachableFrom(*r.scenario, r.scenario->start);
    std::vector<std::string> unreached;
    for (std::size_t n = 0; n < reached.size(); ++n)
        if (!reached[n]) unreached.push_back(r.scenario->nodes[n].id);
    std::vector<std::string> warned;
    for (const Diagnostic& d : r.diagnostics)
        if (d.code == "unreachable") warned.push_back(d.messageEn);
    REQUIRE(unreached.size() == 1);
    REQUIRE(warned.size() == 1);
    CHECK(warned[0].find("“" + unreached[0] + "”") != std::string::npos);
}

TEST_CASE("walkEffects: each effect as what it does, in order, the visitor picks the branches") {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("p");
    const PersonaIndex q = b.persona("q");
    const std::uint32_t fact = b.fact("f", p);
    Scenario& s = b.raw();
    s.variableNames = {"x"};
    s.variableStart = {0};
    s.expressions.push_back(ExprNode{ExprOp::Const, 0, 0, 1});
    Effect set;
    set.kind = Effect::Kind::SetVar;
    set.target = 0;
    set.value = 0;
    Effect cond;
    cond.kind = Effect::Kind::If;
    cond.value = 0;
    cond.thenFirst = 2;
    cond.thenCount = 2;
    cond.elseFirst = 4;
    cond.elseCount = 1;
    Effect learn;
    learn.kind = Effect::Kind::Learn;
    learn.facts = {fact};
    Effect favour;
    favour.kind = Effect::Kind::Favour;
    favour.target = q;
    favour.amount = -1;
    Effect wait;
    wait.kind = Effect::Kind::Wait;
    wait.amount = 90;
    s.effects = {set, cond, learn, favour, wait};
    const Scenario sc = b.build();

    struct Log {
        const Scenario& s;
        bool takeThen;
        std::string out;
        void setVariable(std::uint32_t v, ExprId, bool add) { out += (add ? "add " : "set ") + std::to_string(v) + ";"; }
        void adjust(const Adjustment&) { out += "adjust;"; }
        void learn(const std::vector<std::uint32_t>& facts) { out += "learn " + std::to_string(facts.size()) + ";"; }
        void favour(PersonaIndex who, int direction) { out += "favour " + std::to_string(who) + " " + std::to_string(direction) + ";"; }
        void link(PersonaIndex, PersonaIndex) { out += "link;"; }
        void wait(std::int64_t minutes) { out += "wait " + std::to_string(minutes) + ";"; }
        void event(const Effect&) { out += "event;"; }
        void branch(ExprId, EffectRange then, EffectRange otherwise) {
            out += "if;";
            walkEffects(s, takeThen ? then : otherwise, *this);
        }
    };
    Log yes{sc, true, ""};
    walkEffects(sc, EffectRange{0, 2}, yes);
    CHECK(yes.out == "set 0;if;learn 1;favour 1 -1;");
    Log no{sc, false, ""};
    walkEffects(sc, EffectRange{0, 2}, no);
    CHECK(no.out == "set 0;if;wait 90;");
}
