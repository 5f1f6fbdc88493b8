#include "rapport/report/PlayReport.h"

#include "rapport/core/TimeUnits.h"
#include "rapport/model/Evaluate.h"
#include "rapport/model/Score.h"
#include "rapport/report/Points.h"
#include "rapport/play/SaveGame.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <sstream>

namespace rapport {
namespace {

using nlohmann::json;

double pointsOf(std::int64_t hundredths) { return static_cast<double>(hundredths) / kScale; }


const char* targetId(ChangeTarget t) {
    switch (t) {
    case ChangeTarget::Dimension: return "dimension";
    case ChangeTarget::Pressure: return "pressure";
    case ChangeTarget::Owed: return "owed";
    case ChangeTarget::Variable: return "variable";
    case ChangeTarget::Link: return "link";
    case ChangeTarget::Fact: return "fact";
    case ChangeTarget::Time: return "time";
    case ChangeTarget::Request: return "request";
    }
    return "";
}

// One log entry. docs/play-json.md is the contract: every entry has every key listed there
// (null where it does not apply); keys are only ever added.
json changeJson(const Scenario& scenario, const Change& c, Lang lang) {
    json j;
    j["step"] = c.step;
    j["node"] = c.node == kNone ? json() : json(scenario.nodes[c.node].id);
    j["choice"] = c.choice == kNone ? json() : json(scenario.choices[c.choice].id);
    j["target"] = targetId(c.target);
    j["persona"] = c.persona == kNone ? json() : json(scenario.personas[c.persona].id);
    j["dimension"] = c.target == ChangeTarget::Dimension ? json(idOf(static_cast<Dimension>(c.dimension))) : json();
    switch (c.target) {
    case ChangeTarget::Dimension:
    case ChangeTarget::Pressure:
        j["before"] = pointsOf(c.before);
        j["after"] = pointsOf(c.after);
        break;
    case ChangeTarget::Variable:
        j["variable"] = scenario.variableNames[c.index];
        j["before"] = c.before;
        j["after"] = c.after;
        break;
    case ChangeTarget::Fact:
        j["fact"] = scenario.facts[c.index].id;
        j["before"] = c.before; // 0: unknown, 1: known
        j["after"] = c.after;
        break;
    case ChangeTarget::Link:
        j["with"] = scenario.personas[c.index].id;
        j["before"] = c.before; // 0: strangers to each other, 1: linked
        j["after"] = c.after;
        break;
    case ChangeTarget::Owed:
    case ChangeTarget::Time:
        j["before"] = c.before;
        j["after"] = c.after;
        break;
    case ChangeTarget::Request:
        j["grade"] = c.before; // 0-100: how readily the person grants it
        j["granted"] = c.after != 0;
        j["before"] = c.before;
        j["after"] = c.before;
        break;
    }
    j["principle"] = c.principle < 0 ? json() : json(idOf(static_cast<Principle>(c.principle)));
    j["violation"] = c.violation;
    j["reason"] = explainChange(scenario, nullptr, c, lang);
    return j;
}

struct DurationUnit {
    std::int64_t minutes;
    const char *deOne, *deMany, *enOne, *enMany;
};

/// One and a half to twenty-three and a half of a unit, in its plural row ("anderthalb Tage",
/// "zweieinhalb Stunden"): how people say a span that is not whole.
std::string andAHalf(const DurationUnit& unit, std::int64_t whole, Lang lang) {
    static constexpr const char* kDe[] = {"anderthalb", "zweieinhalb", "dreieinhalb", "viereinhalb", "fünfeinhalb", "sechseinhalb",
                                          "siebeneinhalb", "achteinhalb", "neuneinhalb", "zehneinhalb", "elfeinhalb", "zwölfeinhalb",
                                          "dreizehneinhalb", "vierzehneinhalb", "fünfzehneinhalb", "sechzehneinhalb", "siebzehneinhalb",
                                          "achtzehneinhalb", "neunzehneinhalb", "zwanzigeinhalb", "einundzwanzigeinhalb",
                                          "zweiundzwanzigeinhalb", "dreiundzwanzigeinhalb"};
    static constexpr const char* kEn[] = {"one and a half", "two and a half", "three and a half", "four and a half",
                                          "five and a half", "six and a half", "seven and a half", "eight and a half",
                                          "nine and a half", "ten and a half", "eleven and a half", "twelve and a half",
                                          "thirteen and a half", "fourteen and a half", "fifteen and a half", "sixteen and a half",
                                          "seventeen and a half", "eighteen and a half", "nineteen and a half", "twenty and a half",
                                          "twenty-one and a half", "twenty-two and a half", "twenty-three and a half"};
    static_assert(std::size(kDe) == std::size(kEn));
    const auto i = static_cast<std::size_t>(std::clamp<std::int64_t>(whole, 1, std::size(kDe)) - 1);
    std::string s = lang == Lang::De ? unit.deMany : unit.enMany;
    s.replace(s.find("{n}"), 3, lang == Lang::De ? kDe[i] : kEn[i]);
    return s;
}

/// A span of time in the largest unit that measures it whole, from one of two tables (rows: week,
/// day, hour, minute). Spans that are not whole are said as people say them: beyond a week in whole
/// days ("2 Wochen", not "20165 Minuten"), beyond a day in half days ("anderthalb Tage", not "34
/// Stunden"), and from two hours to a day in half hours ("zweieinhalb Stunden", not "150 Minuten";
/// "sieben Stunden" for 7:10).

std::string durationIn(const DurationUnit (&kUnits)[4], std::int64_t minutes, Lang lang) {
    if (minutes > kMinutesPerWeek && minutes % kMinutesPerDay != 0)
        return durationIn(kUnits, (minutes + kMinutesPerDay / 2) / kMinutesPerDay * kMinutesPerDay, lang);
    if (minutes > kMinutesPerDay && minutes % kMinutesPerDay != 0) {
        const std::int64_t halfDays = (minutes + kMinutesPerDay / 4) / (kMinutesPerDay / 2);
        if (halfDays % 2 == 0) return durationIn(kUnits, halfDays / 2 * kMinutesPerDay, lang);
        return andAHalf(kUnits[1], halfDays / 2, lang);
    }
    if (minutes > 90 && minutes < kMinutesPerDay && minutes % kMinutesPerHour != 0 && (minutes > 120 || minutes % 30 == 0)) {
        const std::int64_t halfHours = (minutes + 15) / 30;
        if (halfHours % 2 == 0) return durationIn(kUnits, halfHours * 30, lang);
        return andAHalf(kUnits[2], halfHours / 2, lang);
    }
    for (const DurationUnit& u : kUnits) {
        if (minutes < u.minutes || minutes % u.minutes != 0) continue;
        const std::int64_t n = minutes / u.minutes;
        std::string s = n == 1 ? (lang == Lang::De ? u.deOne : u.enOne) : (lang == Lang::De ? u.deMany : u.enMany);
        const std::size_t at = s.find("{n}");
        if (at != std::string::npos) s.replace(at, 3, std::to_string(n));
        return s;
    }
    return {};
}

/// "Es vergeht ein Tag." / "3 hours pass." in the largest whole unit.
std::string describeDuration(std::int64_t minutes, Lang lang) {
    static constexpr DurationUnit kUnits[] = {
        {kMinutesPerWeek, "Es vergeht eine Woche.", "Es vergehen {n} Wochen.", "A week passes.", "{n} weeks pass."},
        {kMinutesPerDay, "Es vergeht ein Tag.", "Es vergehen {n} Tage.", "A day passes.", "{n} days pass."},
        {kMinutesPerHour, "Es vergeht eine Stunde.", "Es vergehen {n} Stunden.", "An hour passes.", "{n} hours pass."},
        {1, "Es vergeht eine Minute.", "Es vergehen {n} Minuten.", "A minute passes.", "{n} minutes pass."},
    };
    return durationIn(kUnits, minutes, lang);
}

} // namespace

std::string describeLater(std::int64_t minutes, Lang lang) {
    static constexpr DurationUnit kUnits[] = {
        {kMinutesPerWeek, "eine Woche später", "{n} Wochen später", "a week later", "{n} weeks later"},
        {kMinutesPerDay, "einen Tag später", "{n} Tage später", "a day later", "{n} days later"},
        {kMinutesPerHour, "eine Stunde später", "{n} Stunden später", "an hour later", "{n} hours later"},
        {1, "eine Minute später", "{n} Minuten später", "a minute later", "{n} minutes later"},
    };
    return durationIn(kUnits, minutes, lang);
}

std::string describeChange(const Scenario& scenario, const State* now, const Change& c, Lang lang) {
    const bool de = lang == Lang::De;
    std::string who = c.persona != kNone ? scenario.personas[c.persona].name(lang) + ", " : std::string();
    switch (c.target) {
    case ChangeTarget::Dimension:
        return who + std::string(nameOf(static_cast<Dimension>(c.dimension), lang)) + " " + formatChange(c.delta()) + ": " +
               explainChange(scenario, now, c, lang);
    case ChangeTarget::Pressure:
        return who + (de ? "Druck " : "pressure ") + formatChange(c.delta()) + ": " + explainChange(scenario, now, c, lang);
    case ChangeTarget::Owed:
        return who + (de ? "offene Gefallen " : "favours owed ") + std::to_string(c.after) + ": " + explainChange(scenario, now, c, lang);
    case ChangeTarget::Link:
        return scenario.personas[c.persona].name(lang) + " ↔ " + scenario.personas[c.index].name(lang) + ": " + explainChange(scenario, now, c, lang);
    case ChangeTarget::Fact: {
        const Fact& f = scenario.facts[c.index];
        return (de ? "Neu im Dossier: " : "New in the dossier: ") + textOf(scenario, now, f.text, lang);
    }
    case ChangeTarget::Time: {
        return describeDuration(c.after - c.before, lang);
    }
    case ChangeTarget::Variable:
        return scenario.variableNames[c.index] + " = " + std::to_string(c.after);
    case ChangeTarget::Request:
        return who + (de ? "Bereitschaft " : "willingness ") + std::to_string(c.before) + "/100: " + explainChange(scenario, now, c, lang);
    }
    return {};
}

namespace {

/// `value` as dump(2) writes it, every line after the first indented by `indent` more.
void writeIndented(std::ostream& out, const json& value, int indent) {
    const std::string text = value.dump(2, ' ', false, json::error_handler_t::replace);
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
        out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
        out << pad;
        from = nl + 1;
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

/// An array written element by element, so a log of millions of entries never stands in memory
/// as one JSON tree.
template <typename Each>
void writeArray(std::ostream& out, std::size_t count, const Each& element) {
    if (count == 0) {
        out << "[]";
        return;
    }
    out << "[\n";
    for (std::size_t i = 0; i < count; ++i) {
        out << "    ";
        writeIndented(out, element(i), 4);
        out << (i + 1 < count ? ",\n" : "\n");
    }
    out << "  ]";
}

} // namespace

std::string playReportJson(const Runner& runner, const Debrief& d, Lang lang) {
    std::ostringstream out;
    writePlayReportJson(out, runner, d, lang);
    return out.str();
}

void writePlayReportJson(std::ostream& out, const Runner& runner, const Debrief& d, Lang lang) {
    const Scenario& scenario = runner.scenario();
    json j;
    j["scenario"] = scenario.id;
    j["seed"] = runner.options().seed;
    // A run started elsewhere (rapport play --from): where, so `choices` reads from there on.
    const StartPoint& start = runner.options().start;
    j["from"] = start.node != kNone ? json(scenario.nodes[start.node].id) : json();
    j["lang"] = langId(lang);
    j["finished"] = runner.finished();
    j["stuck"] = runner.stuck();
    j["ending"] = runner.finished() ? json(scenario.nodes[runner.state().node].id) : json();
    json choices = json::array();
    for (ChoiceIndex c : runner.path()) choices.push_back(scenario.choices[c].id);
    j["choices"] = std::move(choices);
    json open = json::array(); // where play stopped before an ending: what could be chosen now
    for (ChoiceIndex c : runner.choices())
        open.push_back({{"id", scenario.choices[c].id}, {"text", textOf(scenario, &runner.state(), scenario.choices[c].text, lang)}});
    j["open"] = std::move(open);
    j["lines"] = json(); // written below, element by element
    j["log"] = json();
    j["state"] = json::parse(stateToJson(scenario, runner.state()));

    json debrief;
    debrief["score"] = d.score;
    debrief["scoreLabel"] = labelOf(bandOf(d.score), lang);
    debrief["scoreBand"] = idOf(bandOf(d.score));
    debrief["result"] = pointsOf(d.result);
    debrief["startResult"] = pointsOf(d.startResult);
    if (d.finished) debrief["endingText"] = textOf(scenario, &runner.state(), scenario.nodes[d.ending].debrief, lang);
    if (const std::string note = endingDecisionsNote(d, lang); !note.empty()) debrief["endingDecided"] = note;
    json personas = json::array();
    for (const PersonaOutcome& p : d.personas) {
        json pj;
        pj["persona"] = scenario.personas[p.persona].id;
        pj["weight"] = scenario.personas[p.persona].weight;
        json dims;
        for (int i = 0; i < kDimensionCount; ++i)
            dims[std::string(idOf(static_cast<Dimension>(i)))] = {pointsOf(p.start[static_cast<std::size_t>(i)]), pointsOf(p.end[static_cast<std::size_t>(i)])};
        pj["dimensions"] = std::move(dims);
        pj["quality"] = {pointsOf(p.startQuality), pointsOf(p.endQuality)};
        pj["stage"] = {idOf(p.startStage), idOf(p.endStage)};
        pj["pressure"] = pointsOf(p.pressure);
        pj["owed"] = p.owed;
        pj["willing"] = p.willing;
        pj["willingness"] = p.willingness;
        personas.push_back(std::move(pj));
    }
    debrief["personas"] = std::move(personas);
    json moments = json::array();
    for (const KeyMoment& km : d.keyMoments) {
        json m;
        m["step"] = km.step;
        m["choice"] = scenario.choices[km.choice].id;
        m["resultBefore"] = pointsOf(km.resultBefore);
        m["resultAfter"] = pointsOf(km.resultAfter);
        json reasons = json::array();
        for (std::uint32_t c : km.changes) reasons.push_back(describeChange(scenario, nullptr, runner.changes()[c], lang));
        m["reasons"] = std::move(reasons);
        json alternatives = json::array();
        for (const Alternative& a : km.alternatives)
            alternatives.push_back({{"choice", scenario.choices[a.choice].id},
                                    {"resultAfter", pointsOf(a.resultAfter)},
                                    {"finalAfter", pointsOf(a.finalAfter)},
                                    {"scoreAfter", a.scoreAfter},
                                    {"ending", a.ending == kNone ? json() : json(scenario.nodes[a.ending].id)},
                                    {"searched", a.searched},
                                    {"proved", a.proved},
                                    {"taken", a.taken}});
        m["alternatives"] = std::move(alternatives);
        m["bestMove"] = km.bestMove == kNone ? json() : json(scenario.choices[km.bestMove].id);
        m["bestFinal"] = pointsOf(km.bestFinal);
        m["bestProved"] = km.bestProved;
        m["decidedEnding"] = km.decidedEnding;
        m["scoreLost"] = km.scoreLost;
        const std::string thought = contactThought(runner, km, lang);
        m["thought"] = thought.empty() ? json() : json(thought);
        moments.push_back(std::move(m));
    }
    debrief["keyMoments"] = std::move(moments);
    debrief["endingDecisions"] = d.endingSteps;
    json principles = json::array();
    for (const PrincipleReview& r : d.principles) {
        json feedback = json::array();
        for (ChoiceIndex c : r.feedbackChoices) feedback.push_back(textOf(scenario, nullptr, scenario.choices[c].feedback, lang));
        principles.push_back({{"principle", idOf(r.principle)}, {"followed", r.followed}, {"violated", r.violated}, {"feedback", feedback}});
    }
    debrief["principles"] = std::move(principles);
    debrief["style"] = {{"id", styleId(d.style.style)},
                        {"name", styleName(d.style.style, lang)},
                        {"description", styleDescription(d.style.style, lang)},
                        {"evidence", lang == Lang::De ? d.style.evidenceDe : d.style.evidenceEn}};
    j["debrief"] = std::move(debrief);

    // The keys in the order dump() writes them (sorted), the two long arrays streamed.
    out << "{";
    bool first = true;
    for (const auto& [key, value] : j.items()) {
        out << (first ? "\n  " : ",\n  ") << json(key).dump() << ": ";
        first = false;
        if (key == "lines") {
            writeArray(out, runner.lines().size(), [&](std::size_t i) {
                const ShownLine& l = runner.lines()[i];
                json line;
                line["step"] = l.step;
                line["node"] = scenario.nodes[l.node].id;
                line["speaker"] = l.speaker == kNone ? json() : json(scenario.personas[l.speaker].id);
                line["text"] = std::string(runner.lineText(l));
                return line;
            });
        } else if (key == "log") {
            writeArray(out, runner.changes().size(), [&](std::size_t i) { return changeJson(scenario, runner.changes()[i], lang); });
        } else {
            writeIndented(out, value, 2);
        }
    }
    out << "\n}";
}

} // namespace rapport
