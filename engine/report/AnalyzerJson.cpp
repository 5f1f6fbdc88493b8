// The analyzer's report as one JSON document, for tools and pinned tests.

#include "rapport/report/AnalyzerReport.h"

#include "rapport/model/Score.h"

#include <nlohmann/json.hpp>

namespace rapport {
namespace {

using nlohmann::json;

json points(std::int64_t hundredths) {
    if (hundredths % 100 == 0) return hundredths / 100;
    return static_cast<double>(hundredths) / 100.0;
}

json range(const ValueRange& r) { return r.known ? json::array({points(r.lo), points(r.hi)}) : json(nullptr); }

json ranges(const Scenario& s, const EndingRanges& r) {
    json personas = json::object();
    for (std::size_t p = 0; p < r.personas.size() && p < s.personas.size(); ++p) {
        json one = {{"quality", range(r.personas[p].quality)}};
        for (std::size_t d = 0; d < kDimensionCount; ++d)
            one[std::string(idOf(static_cast<Dimension>(d)))] = range(r.personas[p].dims[d]);
        personas[s.personas[p].id] = one;
    }
    return {{"result", range(r.result)}, {"personas", personas}};
}

json path(const Scenario& s, const Witness& w) {
    json steps = json::array();
    for (const PathStep& step : w.steps) {
        if (step.choice != kNone) steps.push_back(s.choices[step.choice].id);
        else steps.push_back({{"chance", s.nodes[step.chanceNode].id}, {"next", s.nodes[step.chanceNext].id}});
    }
    json out = {{"path", steps}};
    if (w.seeded) out["seed"] = w.seed;
    return out;
}

json count(const PlaythroughCount& c) {
    json out = {{"known", c.known}, {"unbounded", c.unbounded}, {"overflow", c.overflow},
                {"guarantee", guaranteeId(c.guarantee)}};
    out["count"] = c.known && !c.unbounded && !c.overflow ? json(countToString(c.value)) : json(nullptr);
    return out;
}

json findings(const Scenario& s, const std::vector<Finding>& list) {
    json out = json::array();
    for (const Finding& f : list) {
        json one = {{"node", s.nodes[f.node].id}, {"guarantee", guaranteeId(f.guarantee)}};
        if (f.choice != kNone) one["after"] = s.choices[f.choice].id;
        if (f.guarantee == Guarantee::Proved) one["witness"] = path(s, f.witness);
        out.push_back(one);
    }
    return out;
}

template <typename Name>
json never(const std::vector<NeverItem>& list, Name name) {
    json out = json::array();
    for (const NeverItem& item : list) {
        json one = name(item.index);
        one["guarantee"] = guaranteeId(item.guarantee);
        out.push_back(one);
    }
    return out;
}

json extreme(const Scenario& s, const Extreme& x) {
    if (!x.found) return {{"found", false}};
    json out = {{"found", true}, {"result", points(x.result)}, {"score", scoreAt(s, x.result, x.ending)}, {"ending", s.nodes[x.ending].id},
                {"guarantee", guaranteeId(x.guarantee)}, {"witness", path(s, x.witness)}};
    out["bound"] = x.bounded ? points(x.bound) : json(nullptr);
    return out;
}

const char* verdictId(Verdict v) {
    switch (v) {
    case Verdict::Clean: return "clean";
    case Verdict::Problem: return "problem";
    case Verdict::Unproved: return "unproved";
    }
    return "";
}

} // namespace

const char* guaranteeId(Guarantee g) {
    switch (g) {
    case Guarantee::Proved: return "proved";
    case Guarantee::Possible: return "possible";
    case Guarantee::Estimated: return "estimated";
    }
    return "";
}

std::string analysisJson(const Scenario& s, const AnalysisReport& r) {
    json doc;
    doc["scenario"] = s.id;
    doc["verdict"] = verdictId(verdictOf(r));
    doc["exact"] = r.stats.exactComplete;
    json endings = json::array();
    for (const EndingReport& e : r.endings) {
        const char* reach = e.reach == Reach::Reachable ? "reachable" : e.reach == Reach::Unreachable ? "unreachable" : "unknown";
        json one = {{"node", s.nodes[e.node].id}, {"rating", std::string(idOf(s.nodes[e.node].rating))},
                    {"reach", reach}, {"guarantee", guaranteeId(e.guarantee)}, {"playthroughs", count(e.playthroughs)}};
        one["seen"] = ranges(s, e.seen);
        one["seen"]["guarantee"] = guaranteeId(e.seenGuarantee);
        if (e.bound.result.known) one["bound"] = ranges(s, e.bound);
        if (e.reach == Reach::Reachable) one["witness"] = path(s, e.witness);
        endings.push_back(one);
    }
    doc["endings"] = endings;
    doc["best"] = extreme(s, r.best);
    doc["worst"] = extreme(s, r.worst);
    doc["deadEnds"] = findings(s, r.deadEnds);
    doc["loops"] = findings(s, r.loops);
    doc["closedLoops"] = findings(s, r.closedLoops);
    doc["closedLoopsChecked"] = r.closedLoopsChecked;
    doc["unreachedNodes"] = never(r.unreachedNodes, [&](std::uint32_t i) { return json{{"node", s.nodes[i].id}}; });
    doc["neverOpenChoices"] = never(r.neverOpenChoices, [&](std::uint32_t i) {
        return json{{"choice", s.choices[i].id}, {"node", s.nodes[s.choices[i].node].id}};
    });
    doc["unexercisedPrinciples"] = never(r.unexercisedPrinciples, [&](std::uint32_t i) {
        return json{{"principle", std::string(idOf(static_cast<Principle>(i)))}};
    });
    doc["unlearnedFacts"] = never(r.unlearnedFacts, [&](std::uint32_t i) { return json{{"fact", s.facts[i].id}}; });
    doc["unreadVariables"] = never(r.unreadVariables, [&](std::uint32_t i) { return json{{"variable", s.variableNames[i]}}; });
    doc["undecided"] = {{"nodes", r.undecidedNodes}, {"choices", r.undecidedChoices}};
    doc["playthroughs"] = count(r.playthroughs);
    doc["playthroughBound"] = count(r.playthroughBound);

    const PlayoutStats& p = r.playouts;
    json perEnding = json::object();
    for (std::size_t e = 0; e < p.endingCounts.size() && e < r.endings.size(); ++e)
        perEnding[s.nodes[r.endings[e].node].id] = p.endingCounts[e];
    doc["playouts"] = {{"random", p.random}, {"greedy", p.greedy}, {"endings", perEnding}, {"deadEnds", p.deadEnds},
                       {"loops", p.loops}, {"unfinished", p.unfinished}, {"result", range(p.result)},
                       {"meanResult", points(p.meanResult)}, {"histogram", p.histogram},
                       {"greedyResult", range(p.greedyResult)}, {"guarantee", "estimated"}};
    const AnalysisStats& st = r.stats;
    doc["stats"] = {{"nodes", st.nodes}, {"choices", st.choices}, {"decisions", st.decisions}, {"endings", st.endings},
                    {"chanceNodes", st.chanceNodes}, {"exactComplete", st.exactComplete},
                    {"budgetExhausted", st.budgetExhausted}, {"memoryExhausted", st.memoryExhausted},
                    {"abstractComplete", st.abstractComplete}, {"states", st.states}, {"transitions", st.transitions},
                    {"searchStates", st.searchStates}, {"beamStates", st.beamStates}, {"beamMs", st.beamMs}, {"abstractRounds", st.abstractRounds}, {"exploreMs", st.exploreMs}, {"exactMs", st.exactMs},
                    {"abstractMs", st.abstractMs}, {"searchMs", st.searchMs}, {"playoutMs", st.playoutMs},
                    {"totalMs", st.totalMs}};
    return doc.dump(2);
}

} // namespace rapport
