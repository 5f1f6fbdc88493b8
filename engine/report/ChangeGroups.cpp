// Grouping the change log for reading (see the header): one rule for the window and the terminal.

#include "rapport/report/ChangeGroups.h"

#include "rapport/core/TimeUnits.h"
#include "rapport/model/Evaluate.h"
#include "rapport/report/PlayReport.h"
#include "rapport/report/Points.h"

#include <algorithm>
#include <cstdint>

namespace rapport {
namespace {

/// Whether the move whose changes are `indices` introduced the two people `link` connects.
bool introducedHere(const std::vector<Change>& changes, const std::vector<std::size_t>& indices, const Change& link) {
    for (std::size_t i : indices) {
        const Change& c = changes[i];
        const bool introduction = c.reason == Reason::IntroduceFit || c.reason == Reason::IntroduceMisfit ||
                                  c.reason == Reason::IntroducedFit || c.reason == Reason::IntroducedMisfit;
        if (introduction && (c.persona == link.persona || c.persona == link.index)) return true;
    }
    return false;
}

/// What of `why` the line `told` does not say yet. One act's loss and gain share their main
/// sentence and differ in their factors ("… verlassen. Am Telefon kommt nicht alles an."): the
/// longest opening of whole sentences that `told` already holds is left out, so it reads once.
std::string newSentences(const std::string& told, const std::string& why) {
    std::size_t skip = 0;
    for (std::size_t p = why.find(". "); p != std::string::npos; p = why.find(". ", p + 1))
        if (told.find(why.substr(0, p + 1)) != std::string::npos) skip = p + 2;
    std::string rest = why.substr(skip);
    return told.find(rest) == std::string::npos ? rest : std::string();
}

} // namespace

std::vector<ReasonGroup> groupChanges(const Scenario& s, const std::vector<Change>& changes, const State* at,
                                      const std::vector<std::size_t>& indices, Lang lang) {
    const bool de = lang == Lang::De;
    // One group per person: what the move did to them, summed per value, with its sentences.
    struct PersonGroup {
        std::size_t group = 0;
        std::vector<std::pair<std::string, std::int64_t>> items; // label and summed change (hundredths)
        std::string owed, willingness;                            // told as they stand afterwards
        int good = 0, bad = 0;
    };
    constexpr std::size_t kNoGroup = SIZE_MAX;
    std::vector<ReasonGroup> groups;
    std::vector<std::pair<PersonaIndex, PersonGroup>> people;
    std::size_t factGroup = kNoGroup;
    for (std::size_t i : indices) {
        const Change& c = changes[i];
        if (c.target == ChangeTarget::Variable || c.reason == Reason::Drift || c.reason == Reason::PressureFades) continue;
        const bool personal = c.target == ChangeTarget::Dimension || c.target == ChangeTarget::Pressure ||
                              c.target == ChangeTarget::Owed || c.target == ChangeTarget::Request;
        // Minutes pass without a line, as in the terminal: the story tells the time left, the choice what it takes.
        if (c.target == ChangeTarget::Time && c.delta() < kMinutesPerHour) continue;
        if (!personal || c.persona == kNone) {
            // An introduction is told by the two people's lines ("… lernt durch Sie … kennen").
            if (c.target == ChangeTarget::Link && introducedHere(changes, indices, c)) continue;
            // What one move revealed goes into one dossier entry.
            if (c.target == ChangeTarget::Fact && factGroup != kNoGroup) {
                groups[factGroup].why += " " + textOf(s, at, s.facts[c.index].text, lang);
                continue;
            }
            if (c.target == ChangeTarget::Fact) factGroup = groups.size();
            // Facts, time and links explain themselves in one sentence.
            groups.push_back(ReasonGroup{"", describeChange(s, at, c, lang), 0, c.target == ChangeTarget::Time});
            continue;
        }
        auto it = people.begin();
        while (it != people.end() && it->first != c.persona) ++it;
        if (it == people.end()) {
            people.emplace_back(c.persona, PersonGroup{groups.size(), {}, {}, {}, 0, 0});
            groups.push_back(ReasonGroup{s.personas[c.persona].name(lang) + ": ", "", 0});
            it = people.end() - 1;
        }
        PersonGroup& pg = it->second;
        ReasonGroup& g = groups[pg.group];
        const std::string why = explainChange(s, at, c, lang);
        // An act explains its values with its sentence and factors, and the favour it left with the
        // sentence alone: told once. Different sentences (the act, the author's scene) follow each other.
        const bool shows = !((c.target == ChangeTarget::Dimension || c.target == ChangeTarget::Pressure) && roundsToNothing(c.delta()));
        if (shows && !why.empty() && g.why.find(why) == std::string::npos) {
            if (!g.why.empty() && why.compare(0, g.why.size(), g.why) == 0) g.why = why;
            else if (const std::string rest = newSentences(g.why, why); !rest.empty()) g.why += (g.why.empty() ? "" : " ") + rest;
        }
        switch (c.target) {
        case ChangeTarget::Owed: pg.owed = std::string(de ? "Gefallen-Konto " : "Favour balance ") + formatCount(c.after); break;
        case ChangeTarget::Request:
            pg.willingness = std::string(de ? "Bereitschaft " : "Willingness ") + std::to_string(c.before) + "/100";
            (c.after != 0 ? pg.good : pg.bad)++;
            break;
        default: {
            const std::string label = c.target == ChangeTarget::Pressure ? std::string(de ? "Druck" : "Pressure")
                                                                         : std::string(nameOf(static_cast<Dimension>(c.dimension), lang));
            auto item = pg.items.begin();
            while (item != pg.items.end() && item->first != label) ++item;
            if (item == pg.items.end()) pg.items.emplace_back(label, c.delta());
            else item->second += c.delta();
        }
        }
    }
    // The values in the model's order, then pressure, the grade and the balance; a sum that rounds
    // to no whole point is left out, and a person with nothing left to show with it.
    std::vector<bool> keep(groups.size(), true);
    for (auto& [persona, pg] : people) {
        ReasonGroup& g = groups[pg.group];
        std::string list;
        auto add = [&](const std::string& item) { list += (list.empty() ? "" : ", ") + item; };
        for (int d = 0; d <= kDimensionCount; ++d) {
            const std::string label = d < kDimensionCount ? std::string(nameOf(static_cast<Dimension>(d), lang)) : std::string(de ? "Druck" : "Pressure");
            for (const auto& [itemLabel, delta] : pg.items) {
                if (itemLabel != label || roundsToNothing(delta)) continue;
                add(label + " " + formatChange(delta));
                // More pressure is bad for the relationship, more of a dimension good.
                ((delta > 0) == (d < kDimensionCount) ? pg.good : pg.bad)++;
            }
        }
        if (!pg.willingness.empty()) add(pg.willingness);
        if (!pg.owed.empty()) add(pg.owed);
        if (list.empty()) {
            keep[pg.group] = false;
            continue;
        }
        g.what += list;
        g.tone = pg.good > 0 && pg.bad == 0 ? 1 : pg.bad > 0 && pg.good == 0 ? -1 : 0;
    }
    std::vector<ReasonGroup> out;
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (keep[g]) out.push_back(std::move(groups[g]));
    return out;
}

std::string driftSummary(const Scenario& s, const std::vector<Change>& changes, const std::vector<std::size_t>& indices, Lang lang) {
    // One entry per person and value, summed: a wait told in several steps (a wait that depends on
    // the day) cools each value once in the summary, not once per step.
    struct Moved {
        PersonaIndex persona;
        int value; // a dimension, or -1 for pressure
        std::int64_t delta;
    };
    std::vector<Moved> moved;
    for (std::size_t i : indices) {
        const Change& c = changes[i];
        // Values cooling and pressure easing are what time does; both go into the one summary.
        const bool cooling = c.reason == Reason::Drift && c.target == ChangeTarget::Dimension;
        const bool easing = c.reason == Reason::PressureFades && c.target == ChangeTarget::Pressure;
        if (!(cooling || easing)) continue;
        const int value = easing ? -1 : static_cast<int>(c.dimension);
        auto same = std::find_if(moved.begin(), moved.end(), [&](const Moved& m) { return m.persona == c.persona && m.value == value; });
        if (same == moved.end()) moved.push_back({c.persona, value, c.delta()});
        else same->delta += c.delta();
    }
    std::vector<PersonaIndex> order;
    std::vector<std::string> items;
    bool anyCooling = false;
    for (const Moved& m : moved) {
        if (roundsToNothing(m.delta)) continue;
        anyCooling = anyCooling || m.value >= 0;
        std::size_t p = 0;
        while (p < order.size() && order[p] != m.persona) ++p;
        const std::string item = (m.value < 0 ? std::string(lang == Lang::De ? "Druck" : "pressure")
                                              : std::string(nameOf(static_cast<Dimension>(m.value), lang))) +
                                 " " + formatChange(m.delta);
        if (p == order.size()) {
            order.push_back(m.persona);
            items.push_back(s.personas[m.persona].name(lang) + " " + item);
        } else {
            items[p] += ", " + item;
        }
    }
    if (items.empty()) return {};
    std::string out = anyCooling ? (lang == Lang::De ? "Ohne Kontakt lässt es nach: " : "Without contact, things fade: ")
                                 : (lang == Lang::De ? "Mit der Zeit lässt der Druck nach: " : "Pressure eases with time: ");
    for (std::size_t p = 0; p < items.size(); ++p) out += (p ? "; " : "") + items[p];
    return out;
}

} // namespace rapport
