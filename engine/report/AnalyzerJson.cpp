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

json place(const FilePlace& p) { return {{"pointer", p.pointer}, {"path", p.path}}; }

/// The authors' findings (issue 22): each with its place in the file.
void authorFindings(const Scenario& s, const AnalysisReport& r, json& doc) {
    json loops = json::array();
    for (const InflatingLoop& l : r.inflatingLoops) {
        json round = json::array(), results = json::array(), scores = json::array();
        for (ChoiceIndex c : l.round) round.push_back(s.choices[c].id);
        for (std::int64_t v : l.results) results.push_back(points(v)), scores.push_back(scoreOf(s, v));
        loops.push_back({{"node", s.nodes[l.node].id}, {"place", place(l.place)}, {"round", round}, {"results", results},
                         {"scores", scores}, {"guarantee", "proved"}, {"witness", path(s, l.witness)}});
    }
    doc["inflatingLoops"] = loops;
    json mismatches = json::array();
    for (const RatingMismatch& m : r.ratingMismatches)
        mismatches.push_back({{"good", s.nodes[m.good].id}, {"poor", s.nodes[m.poor].id}, {"goodBest", points(m.goodBest)},
                              {"poorBest", points(m.poorBest)}, {"guarantee", guaranteeId(m.guarantee)},
                              {"goodPlace", place(m.goodPlace)}, {"poorPlace", place(m.poorPlace)}});
    doc["ratingMismatches"] = mismatches;
    json conditions = json::array();
    for (const ContradictoryCondition& c : r.contradictoryConditions) {
        json one = {{"node", s.nodes[c.node].id}, {"condition", c.text}, {"place", place(c.place)}, {"guarantee", "proved"}};
        if (c.choice != kNone) one["choice"] = s.choices[c.choice].id;
        conditions.push_back(one);
    }
    doc["contradictoryConditions"] = conditions;
    json facts = json::array();
    for (const UnusedFact& f : r.unusedFacts) facts.push_back({{"fact", s.facts[f.fact].id}, {"place", place(f.place)}, {"guarantee", "proved"}});
    doc["unusedFacts"] = facts;
    json examples = json::array();
    for (const BestTie& t : r.bestTies.examples)
        examples.push_back({{"step", t.step + 1}, {"instead", s.choices[t.original].id}, {"chose", s.choices[t.alternative].id},
                            {"witness", path(s, t.witness)}});
    doc["bestTies"] = {{"checked", r.bestTies.checked}, {"found", r.bestTies.found}, {"examples", examples}};
    // Per ending: the shares of random and of careless runs (0-1), estimated.
    const PlayoutStats& p = r.playouts;
    json shares = json::object();
    for (std::size_t e = 0; e < r.endings.size(); ++e) {
        const std::uint32_t random = e < p.endingCounts.size() ? p.endingCounts[e] : 0;
        const std::uint32_t careless = e < p.carelessCounts.size() ? p.carelessCounts[e] : 0;
        shares[s.nodes[r.endings[e].node].id] = {
            {"random", p.random == 0 ? json(nullptr) : json(static_cast<double>(random) / p.random)},
            {"careless", p.careless == 0 ? json(nullptr) : json(static_cast<double>(careless) / p.careless)}};
    }
    doc["endingShares"] = shares;
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
    json careless = json::object();
    for (std::size_t e = 0; e < p.carelessCounts.size() && e < r.endings.size(); ++e)
        careless[s.nodes[r.endings[e].node].id] = p.carelessCounts[e];
    doc["playouts"]["careless"] = p.careless;
    doc["playouts"]["carelessEndings"] = careless;
    doc["playouts"]["carelessStuck"] = p.carelessStuck;
    authorFindings(s, r, doc);
    const AnalysisStats& st = r.stats;
    doc["stats"] = {{"nodes", st.nodes}, {"choices", st.choices}, {"decisions", st.decisions}, {"endings", st.endings},
                    {"chanceNodes", st.chanceNodes}, {"exactComplete", st.exactComplete},
                    {"budgetExhausted", st.budgetExhausted}, {"memoryExhausted", st.memoryExhausted},
                    {"abstractComplete", st.abstractComplete}, {"states", st.states}, {"transitions", st.transitions},
                    {"searchStates", st.searchStates}, {"beamStates", st.beamStates}, {"work", st.work}, {"beamMs", st.beamMs}, {"abstractRounds", st.abstractRounds}, {"exploreMs", st.exploreMs}, {"exactMs", st.exactMs},
                    {"abstractMs", st.abstractMs}, {"searchMs", st.searchMs}, {"playoutMs", st.playoutMs},
                    {"bestProvedMs", st.bestProvedMs}, {"worstProvedMs", st.worstProvedMs}, {"totalMs", st.totalMs}};
    return doc.dump(2);
}

} // namespace rapport
