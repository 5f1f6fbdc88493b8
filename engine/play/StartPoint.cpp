#include "rapport/play/StartPoint.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace rapport {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// Edit distance, to suggest the id an author probably meant.
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/// " Meinten Sie „x“?" when one of `ids` is close to `wrong`.
template <typename Ids>
std::string suggestion(std::string_view wrong, const Ids& ids, Lang lang) {
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, wrong.size() / 3) + 1;
    for (const std::string& id : ids) {
        const std::size_t d = distance(wrong, id);
        if (d < bestDistance) bestDistance = d, best = id;
    }
    if (best.empty()) return {};
    return lang == Lang::De ? " Meinten Sie „" + best + "“?" : " Did you mean '" + best + "'?";
}

std::string q(std::string_view s, Lang lang) {
    return lang == Lang::De ? "„" + std::string(s) + "“" : "'" + std::string(s) + "'";
}

struct Range {
    std::int64_t lo, hi;
};

Range rangeOf(StartField f) {
    switch (f) {
    case StartField::Dimension:
    case StartField::Pressure: return {0, 100};
    case StartField::Owed: return {-20, 20};
    case StartField::Encounters: return {0, 1000};
    case StartField::Fact:
    case StartField::Visited:
    case StartField::Chose:
    case StartField::Linked: return {0, 1};
    case StartField::Variable: break;
    }
    return {INT32_MIN, INT32_MAX};
}

/// Reads the field name of PERSON.FIELD; false when it names nothing.
bool readField(std::string_view name, StartOverride& o) {
    const std::string n = lower(name);
    if (auto d = dimensionFromId(n)) {
        o.field = StartField::Dimension;
        o.index = static_cast<std::uint32_t>(*d);
        return true;
    }
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const auto dim = static_cast<Dimension>(d);
        if (n == lower(nameOf(dim, Lang::En)) || n == lower(nameOf(dim, Lang::De))) {
            o.field = StartField::Dimension;
            o.index = static_cast<std::uint32_t>(d);
            return true;
        }
    }
    if (n == "pressure" || n == "druck") o.field = StartField::Pressure;
    else if (n == "owed") o.field = StartField::Owed;
    else if (n == "encounters") o.field = StartField::Encounters;
    else return false;
    return true;
}

std::string fieldList() {
    std::string list;
    for (std::size_t d = 0; d < kDimensionCount; ++d) list += std::string(idOf(static_cast<Dimension>(d))) + ", ";
    return list + "pressure, owed, encounters";
}


template <typename Items>
std::uint32_t indexOf(const Items& items, std::string_view id) {
    for (std::uint32_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return i;
    return kNone;
}

/// Reads visited(NODE), chose(CHOICE) or linked(A,B): what a skipped part of the scenario leaves.
bool readCondition(const Scenario& scenario, const std::string& op, const std::string& args, StartOverride& o, Lang lang,
                   std::vector<std::string>& errors) {
    const bool de = lang == Lang::De;
    const auto unknown = [&](const char* whatDe, const char* whatEn, const std::string& id) {
        errors.push_back(de ? std::string(whatDe) + " " + q(id, lang) + " gibt es nicht." : std::string("There is no ") + whatEn + " " + q(id, lang) + ".");
        return false;
    };
    if (op == "visited") {
        o.field = StartField::Visited;
        o.index = indexOf(scenario.nodes, args);
        return o.index != kNone || unknown("Den Knoten", "node", args);
    }
    if (op == "chose") {
        o.field = StartField::Chose;
        o.index = indexOf(scenario.choices, args);
        return o.index != kNone || unknown("Die Wahl", "choice", args);
    }
    if (op == "linked") {
        const std::size_t comma = args.find(',');
        const auto trim = [](std::string v) {
            while (!v.empty() && v.front() == ' ') v.erase(v.begin());
            while (!v.empty() && v.back() == ' ') v.pop_back();
            return v;
        };
        const std::string a = trim(args.substr(0, comma)), b = comma == std::string::npos ? std::string() : trim(args.substr(comma + 1));
        o.field = StartField::Linked;
        o.persona = indexOf(scenario.personas, a);
        o.index = indexOf(scenario.personas, b);
        if (o.persona == kNone) return unknown("Die Person", "person", a);
        return o.index != kNone || unknown("Die Person", "person", b);
    }
    errors.push_back(de ? q(op + "(" + args + ")", lang) + ": möglich sind visited(KNOTEN), chose(WAHL) und linked(PERSON,PERSON)."
                        : q(op + "(" + args + ")", lang) + ": possible are visited(NODE), chose(CHOICE) and linked(PERSON,PERSON).");
    return false;
}

} // namespace

StartPointResult parseStartPoint(const Scenario& scenario, std::string_view node, const std::vector<std::string>& assignments,
                                 Lang lang) {
    const bool de = lang == Lang::De;
    StartPointResult r;
    if (!node.empty()) {
        for (NodeIndex i = 0; i < scenario.nodes.size(); ++i)
            if (scenario.nodes[i].id == node) r.point.node = i;
        if (r.point.node == kNone) {
            std::vector<std::string> ids;
            for (const Node& n : scenario.nodes) ids.push_back(n.id);
            r.errors.push_back((de ? "Den Knoten " + q(node, lang) + " gibt es nicht." : "There is no node " + q(node, lang) + ".") +
                               suggestion(node, ids, lang));
        }
    }
    for (const std::string& text : assignments) {
        const std::size_t eq = text.find('=');
        if (eq == std::string::npos || eq == 0) {
            r.errors.push_back(de ? q(text, lang) + ": bitte als PERSON.FELD=WERT oder VARIABLE=WERT schreiben, zum Beispiel weber.vertrauen=40."
                                  : q(text, lang) + ": write PERSON.FIELD=VALUE or VARIABLE=VALUE, for example weber.vertrauen=40.");
            continue;
        }
        const std::string target = text.substr(0, eq);
        const std::string valueText = text.substr(eq + 1);
        StartOverride o;
        const std::size_t paren = target.find('(');
        if (paren != std::string::npos && target.back() == ')') {
            if (!readCondition(scenario, target.substr(0, paren), target.substr(paren + 1, target.size() - paren - 2), o, lang, r.errors))
                continue;
        } else if (const std::size_t dot = target.find('.'); dot == std::string::npos) {
            const auto& names = scenario.variableNames;
            const auto it = std::find(names.begin(), names.end(), target);
            // Not a variable: a fact the player knows at the start (a seminar cut after the research).
            const auto fact = std::find_if(scenario.facts.begin(), scenario.facts.end(), [&](const Fact& f) { return f.id == target; });
            if (it == names.end() && fact == scenario.facts.end()) {
                std::vector<std::string> ids = names;
                for (const Fact& f : scenario.facts) ids.push_back(f.id);
                r.errors.push_back((de ? "Die Variable " + q(target, lang) + " gibt es nicht, auch keine solche Information (eine Person mit Feld: PERSON.FELD)."
                                       : "There is no variable " + q(target, lang) + ", nor a fact of that name (for a person's field: PERSON.FIELD).") +
                                   suggestion(target, ids, lang));
                continue;
            }
            if (it != names.end()) {
                o.field = StartField::Variable;
                o.index = static_cast<std::uint32_t>(it - names.begin());
            } else {
                o.field = StartField::Fact;
                o.index = static_cast<std::uint32_t>(fact - scenario.facts.begin());
            }
        } else {
            const std::string person = target.substr(0, dot);
            for (PersonaIndex p = 0; p < scenario.personas.size(); ++p)
                if (scenario.personas[p].id == person) o.persona = p;
            if (o.persona == kNone) {
                std::vector<std::string> ids;
                for (const Persona& p : scenario.personas) ids.push_back(p.id);
                r.errors.push_back((de ? "Die Person " + q(person, lang) + " gibt es nicht." : "There is no person " + q(person, lang) + ".") +
                                   suggestion(person, ids, lang));
                continue;
            }
            const std::string field = target.substr(dot + 1);
            if (!readField(field, o)) {
                r.errors.push_back(de ? "Das Feld " + q(field, lang) + " gibt es nicht; möglich sind: " + fieldList() + "."
                                      : "There is no field " + q(field, lang) + "; possible fields: " + fieldList() + ".");
                continue;
            }
        }
        const char* end = valueText.data() + valueText.size();
        auto [ptr, ec] = std::from_chars(valueText.data(), end, o.value);
        const Range range = rangeOf(o.field);
        if (valueText.empty() || ec != std::errc() || ptr != end) {
            r.errors.push_back(de ? q(text, lang) + ": " + q(valueText, lang) + " ist keine ganze Zahl."
                                  : q(text, lang) + ": " + q(valueText, lang) + " is not a whole number.");
            continue;
        }
        if (o.value < range.lo || o.value > range.hi) {
            r.errors.push_back(de ? q(text, lang) + ": der Wert muss zwischen " + std::to_string(range.lo) + " und " +
                                        std::to_string(range.hi) + " liegen."
                                  : q(text, lang) + ": the value must be between " + std::to_string(range.lo) + " and " +
                                        std::to_string(range.hi) + ".");
            continue;
        }
        r.point.overrides.push_back(o);
    }
    return r;
}

void applyStartPoint(const Scenario& scenario, const StartPoint& start, State& state) {
    if (start.node != kNone && start.node < scenario.nodes.size()) state.node = start.node;
    for (const StartOverride& o : start.overrides) {
        if (o.field == StartField::Variable) {
            if (o.index < state.vars.size()) state.vars[o.index] = o.value;
            continue;
        }
        if (o.field == StartField::Visited || o.field == StartField::Chose) {
            // Only nodes and choices some condition asks about have a slot; the others need none.
            const std::uint32_t slot = o.field == StartField::Visited
                                           ? (o.index < scenario.nodes.size() ? scenario.nodes[o.index].trackingSlot : kNone)
                                           : (o.index < scenario.choiceTrackingSlot.size() ? scenario.choiceTrackingSlot[o.index] : kNone);
            if (slot == kNone) continue;
            if (o.value != 0) state.track(slot);
            else state.tracking[slot >> 6] &= ~(std::uint64_t{1} << (slot & 63));
            continue;
        }
        if (o.field == StartField::Linked) {
            if (o.persona >= state.personas.size() || o.index >= state.personas.size()) continue;
            const std::uint64_t a = std::uint64_t{1} << o.persona, b = std::uint64_t{1} << o.index;
            if (o.value != 0) state.personas[o.persona].links |= b, state.personas[o.index].links |= a;
            else state.personas[o.persona].links &= ~b, state.personas[o.index].links &= ~a;
            continue;
        }
        if (o.field == StartField::Fact) {
            if (o.index >= scenario.facts.size()) continue;
            if (o.value != 0) state.learn(o.index);
            else state.facts[o.index >> 6] &= ~(std::uint64_t{1} << (o.index & 63));
            continue;
        }
        if (o.persona >= state.personas.size()) continue;
        PersonaState& p = state.personas[o.persona];
        switch (o.field) {
        case StartField::Dimension: p.dims[o.index] = static_cast<std::int32_t>(o.value * kScale); break;
        case StartField::Pressure: p.pressure = static_cast<std::int32_t>(o.value * kScale); break;
        case StartField::Owed: p.owed = static_cast<std::int32_t>(o.value); break;
        case StartField::Encounters:
            p.encounters = static_cast<std::int32_t>(o.value);
            p.faceEncounters = std::min(p.faceEncounters, p.encounters);
            if (p.encounters > 0 && p.knownSince == kNever) p.knownSince = 0;
            break;
        case StartField::Variable:
        case StartField::Fact:
        case StartField::Visited:
        case StartField::Chose:
        case StartField::Linked: break;
        }
    }
}

} // namespace rapport
