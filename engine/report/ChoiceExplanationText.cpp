// The explanation of a choice in words for authors, and as JSON for tools. Every number comes from
// the model's tables and its own evaluation; this file only names them.

#include "rapport/report/ChoiceExplanation.h"

#include "rapport/model/Evaluate.h"
#include "rapport/report/Points.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace rapport {
namespace {

/// What a factor is about, in an author's words: its kind (channel, trait, research, history,
/// pressure, situation) and what it does.
struct FactorWords {
    const char* kindDe;
    const char* kindEn;
    const char* de;
    const char* en;
};

constexpr const char* kChannelDe = "Kanal";
constexpr const char* kTraitDe = "Eigenschaft";
constexpr const char* kHistoryDe = "Vorgeschichte";
constexpr const char* kPressureDe = "Druck";
constexpr std::array<FactorWords, kFactorCount> kFactorWords{{
    {kHistoryDe, "history", "kürzlich Ähnliches getan: nutzt sich ab", "done recently: wears thin"},
    {kHistoryDe, "history", "zu oft wiederholt: ärgert mehr", "repeated too often: annoys more"},
    {kHistoryDe, "history", "rechtzeitig angekündigt: kostet weniger", "announced in time: costs less"},
    {kHistoryDe, "history", "nicht die erste Enttäuschung: kostet mehr", "not the first letdown: costs more"},
    {kTraitDe, "trait", "zurückhaltend: ein Fauxpas wiegt schwerer", "reserved: a faux pas weighs more"},
    {kTraitDe, "trait", "legt Wert auf Status: Aufmerksamkeit zählt mehr", "values status: attention counts more"},
    {kTraitDe, "trait", "analytisch: Lob zählt weniger", "analytical: praise counts less"},
    {kTraitDe, "trait", "locker: Smalltalk zählt mehr", "relaxed: small talk counts more"},
    {kTraitDe, "trait", "beschäftigt: Smalltalk und Nachfragen zählen weniger", "busy: small talk and check-ins count less"},
    {kTraitDe, "trait", "analytisch: Substanz zählt mehr für die Kompetenz", "analytical: substance counts more for competence"},
    {kTraitDe, "trait", "skeptisch: Vertrauen wächst langsamer", "sceptical: trust grows more slowly"},
    {kHistoryDe, "history", "gemeinsame Geschichte: Nähe kommt leichter oder schwerer an", "shared history: warmth lands more or less easily"},
    {"Recherche", "research", "nutzt Recherchiertes: wirkt vorbereitet", "uses research: shows preparation"},
    {"Lage", "situation", "unangekündigt vorgestellt: wirkt weniger", "introduced unannounced: lands less"},
    {kPressureDe, "pressure", "mehr Gesten, als die Beziehung trägt", "more gestures than the relationship carries"},
    {kPressureDe, "pressure", "eine Geste über eine offene Enttäuschung hinweg", "a gesture over an unrepaired letdown"},
    {kChannelDe, "channel", "unerwünschter Kanal oder ungünstiger Moment: nichts kommt an", "unwanted channel or bad moment: nothing lands"},
    {kChannelDe, "channel", "wie viel von der Person der Kanal trägt", "how much of a person the channel carries"},
    {kChannelDe, "channel", "persönlich: mehr Tiefe", "in person: more depth"},
    {kChannelDe, "channel", "der bevorzugte Kanal der Person", "the person's preferred channel"},
    {kChannelDe, "channel", "schriftlich: Verluste im Ton wiegen schwerer", "in writing: losses in tone weigh more"},
    {kHistoryDe, "history", "gemeinsame Geschichte federt Verluste ab", "shared history absorbs losses"},
}};

std::string points(std::int64_t hundredths, Lang lang) {
    // Two decimals at most, without trailing zeros; a decimal comma in German.
    const std::int64_t magnitude = hundredths < 0 ? -hundredths : hundredths;
    std::string s = (hundredths < 0 ? std::string(kMinus) : hundredths > 0 ? "+" : "±") + std::to_string(magnitude / 100);
    std::int64_t cents = magnitude % 100;
    if (cents != 0) {
        std::string frac = (cents < 10 ? "0" : "") + std::to_string(cents);
        if (frac.back() == '0') frac.pop_back();
        s += (lang == Lang::De ? "," : ".") + frac;
    }
    return s;
}

std::string level(std::int64_t hundredths, Lang lang) {
    std::string s = points(hundredths, lang);
    return s.substr(s.rfind("+", 0) == 0 ? 1 : s.rfind("±", 0) == 0 ? 2 : 0);
}

std::string dims(const std::array<std::int64_t, kDimensionCount>& d, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        if (d[i] == 0) continue;
        if (!out.empty()) out += ", ";
        out += std::string(nameOf(static_cast<Dimension>(i), lang)) + " " + points(d[i], lang);
    }
    return out.empty() ? (lang == Lang::De ? "nichts" : "nothing") : out;
}

std::string dimensionList(std::uint8_t bits, Lang lang) {
    if (bits == 0x3F) return {};
    std::string out;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        if ((bits >> i) & 1u) out += (out.empty() ? "" : ", ") + std::string(nameOf(static_cast<Dimension>(i), lang));
    return out;
}

std::string personName(const Scenario& scenario, PersonaIndex p, Lang lang) { return p == kNone ? std::string() : scenario.personas[p].name(lang); }

class Writer {
public:
    Writer(const Scenario& s, const ChoiceExplanation& e, Lang lang) : m_s(s), m_e(e), m_lang(lang) {}

    std::string write() {
        header();
        for (const ExplainedAct& act : m_e.acts) actPart(act);
        if (m_e.acts.empty()) m_out << "\n" << tr("Die Wahl hat keinen Akt, der eine Person erreicht.", "The choice has no act that reaches a person.") << "\n";
        changes();
        combination();
        return m_out.str();
    }

private:
    const char* tr(const char* de, const char* en) const { return m_lang == Lang::De ? de : en; }
    std::string q(const std::string& s) const { return m_lang == Lang::De ? "„" + s + "“" : "'" + s + "'"; }

    void header() {
        const Choice& c = m_s.choices[m_e.choice];
        m_out << tr("Wahl ", "Choice ") << q(c.id) << ": " << textOf(m_s, &m_e.before, c.text, m_lang) << "\n";
        m_out << tr("  Akt: ", "  act: ") << nameOf(c.act, m_lang);
        if (c.with != kNone) m_out << tr(", mit ", ", with ") << personName(m_s, c.with, m_lang);
        if (c.withSecond != kNone) m_out << tr(" und ", " and ") << personName(m_s, c.withSecond, m_lang);
        m_out << tr(", Kanal: ", ", channel: ") << nameOf(c.channel, m_lang) << "\n";
        m_out << tr("  an der Entscheidung ", "  at the decision ") << q(m_s.nodes[c.node].id);
        if (m_e.path.empty()) {
            m_out << tr(", gleich am Anfang", ", right at the start");
        } else {
            m_out << tr(", nach ", ", after ");
            for (std::size_t i = 0; i < m_e.path.size(); ++i) m_out << (i ? "," : "") << m_s.choices[m_e.path[i]].id;
        }
        if (m_e.shortestPath) m_out << tr(" (der kürzeste Weg, auf dem sie offen ist)", " (the shortest path on which it is open)");
        m_out << "\n";
    }

    void actPart(const ExplainedAct& act) {
        const Persona& p = m_s.personas[act.persona];
        const PersonaState& ps = m_e.before.personas[act.persona];
        m_out << "\n== " << p.name(m_lang) << " ==\n";
        const ActOutcome& o = act.outcome;
        if (o.variant == nullptr) {
            m_out << tr("  Der Akt ändert für diese Person nichts.\n", "  The act changes nothing for this person.\n");
            return;
        }
        const ActVariant& v = *o.variant;
        Change probe;
        probe.persona = act.persona;
        probe.reason = v.reason;
        probe.count = o.count;
        probe.channel = m_s.choices[m_e.choice].channel;
        m_out << tr("  Regel: ", "  rule: ") << explainChange(m_s, &m_e.before, probe, m_lang) << " [" << idOf(v.reason) << "]\n";
        if (v.principle >= 0)
            m_out << tr("  Prinzip: ", "  principle: ") << nameOf(static_cast<Principle>(v.principle), m_lang)
                  << (v.violation ? tr(" (verletzt)", " (violated)") : "") << "\n";
        if (o.grade >= 0) m_out << tr("  Bereitschaft für die Bitte: ", "  readiness for the request: ") << o.grade << "/100\n";
        // Play applies none of the model's values here (engine/model/Model.cpp): showing its table
        // and factors would explain changes that never happen.
        if (m_s.choices[m_e.choice].authorReaction) {
            m_out << tr("  Reaktion: Ihre eigene (\"reaction\": \"author\"). Das Modell ändert hier keinen Wert; es gelten nur "
                        "Ihre Anpassungen. Als Kontakt zählt die Wahl trotzdem.\n",
                        "  reaction: your own (\"reaction\": \"author\"). The model changes no value here; only your "
                        "adjustments apply. The choice still counts as a contact.\n");
            return;
        }
        std::array<std::int64_t, kDimensionCount> table{}, bonus{};
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            table[d] = std::int64_t{v.points[d]} * kScale;
            bonus[d] = std::int64_t{v.bonus[d]} * kScale;
        }
        m_out << tr("  Tabelle: ", "  table: ") << dims(table, m_lang);
        if (v.percent != 100) m_out << tr(", davon ", ", of it ") << v.percent << " %";
        if (bonus != std::array<std::int64_t, kDimensionCount>{}) m_out << tr(", dazu ", ", plus ") << dims(bonus, m_lang);
        m_out << "\n";
        m_out << tr("  Faktoren, in dieser Reihenfolge:\n", "  factors, in this order:\n");
        if (o.traceCount == 0) m_out << tr("    keine\n", "    none\n");
        const Choice& c = m_s.choices[m_e.choice];
        for (std::uint8_t i = 0; i < o.traceCount; ++i) {
            const AppliedFactor& a = o.trace[i];
            const ActFactor& f = actFactors()[static_cast<std::size_t>(a.id)];
            const FactorWords& w = kFactorWords[static_cast<std::size_t>(a.id)];
            m_out << "    · " << (m_lang == Lang::De ? w.kindDe : w.kindEn) << ": " << (m_lang == Lang::De ? w.de : w.en) << " – ";
            if (f.from == PercentFrom::ChannelRichness) {
                bool first = true;
                for (std::size_t d = 0; d < kDimensionCount; ++d) {
                    m_out << (first ? "" : ", ") << nameOf(static_cast<Dimension>(d), m_lang) << " "
                          << channelPercent(c.channel, static_cast<Dimension>(d)) << " %";
                    first = false;
                }
            } else {
                m_out << "× " << a.percent << " %";
                const std::string only = dimensionList(f.dimensions, m_lang);
                if (!only.empty()) m_out << tr(" auf ", " on ") << only;
            }
            m_out << (f.values == FactorValues::Gains    ? tr(" (Gewinne)", " (gains)")
                      : f.values == FactorValues::Losses ? tr(" (Verluste)", " (losses)")
                                                         : "");
            std::array<std::int64_t, kDimensionCount> fb{};
            for (std::size_t d = 0; d < kDimensionCount; ++d) fb[d] = std::int64_t{f.bonus[d]} * kScale;
            const bool hasBonus = fb != std::array<std::int64_t, kDimensionCount>{};
            if (hasBonus)
                m_out << tr(", dazu ", ", plus ") << dims(fb, m_lang)
                      << (f.bonusOnGain ? tr(", wo etwas gewonnen wird", " where something is gained") : "");
            bool changesNothing = !hasBonus && a.percent == 100;
            if (f.from == PercentFrom::ChannelRichness)
                for (std::size_t d = 0; d < kDimensionCount; ++d)
                    changesNothing = changesNothing && channelPercent(c.channel, static_cast<Dimension>(d)) == 100;
            if (changesNothing) m_out << tr(" – ändert hier nichts", " – changes nothing here");
            if (a.id == FactorId::Familiarity || a.id == FactorId::Buffer)
                m_out << tr(" (gemeinsame Geschichte ", " (shared history ") << historyOf(ps, m_e.before.time) << "/100)";
            m_out << "\n";
        }
        for (std::uint8_t i = 0; i < o.sideCount; ++i) {
            const SideOutcome& side = o.sides[i];
            Change sideProbe = probe;
            sideProbe.reason = side.rule->reason;
            m_out << tr("    · zusätzlich: ", "    · on top: ") << explainChange(m_s, &m_e.before, sideProbe, m_lang) << " – "
                  << dims(side.delta, m_lang);
            if (side.rule->pressure != 0) m_out << tr(", Druck ", ", pressure ") << points(std::int64_t{side.rule->pressure} * kScale, m_lang);
            m_out << "\n";
        }
        m_out << tr("  Ergebnis des Modells: ", "  the model's result: ") << dims(o.delta, m_lang) << "\n";
    }

    void changes() {
        m_out << "\n" << tr("== Alle Änderungen dieser Wahl ==\n", "== Every change of this choice ==\n");
        if (m_e.changes.empty()) m_out << tr("  keine\n", "  none\n");
        for (const Change& c : m_e.changes) {
            m_out << "  ";
            if (c.persona != kNone) m_out << personName(m_s, c.persona, m_lang) << ", ";
            switch (c.target) {
            case ChangeTarget::Dimension: m_out << nameOf(static_cast<Dimension>(c.dimension), m_lang) << " " << points(c.delta(), m_lang); break;
            case ChangeTarget::Pressure: m_out << tr("Druck ", "pressure ") << points(c.delta(), m_lang); break;
            case ChangeTarget::Owed: m_out << tr("Gefälligkeiten ", "favours owed ") << formatCount(c.delta()); break;
            case ChangeTarget::Variable: m_out << m_s.variableNames[c.index] << " = " << c.after; break;
            case ChangeTarget::Request: m_out << tr("Bereitschaft ", "readiness ") << c.before << "/100"; break;
            case ChangeTarget::Time: m_out << tr("Zeit ", "time ") << "+" << c.delta() << " min"; break;
            case ChangeTarget::Link:
            case ChangeTarget::Fact: m_out << tr("Netz/Wissen", "network/knowledge"); break;
            }
            const bool scenarioOwn = c.target == ChangeTarget::Variable || c.target == ChangeTarget::Time || c.target == ChangeTarget::Fact ||
                                     c.target == ChangeTarget::Link;
            m_out << (c.reason == Reason::Adjustment ? tr(" (Ihre Anpassung)", " (your adjustment)")
                      : scenarioOwn                  ? tr(" (Szenario)", " (scenario)")
                                                     : tr(" (Modell)", " (model)"));
            const std::string why = explainChange(m_s, &m_e.before, c, m_lang);
            if (!why.empty()) m_out << ": " << why;
            m_out << "\n";
        }
    }

    void combination() {
        bool anyAuthor = false;
        for (const DimensionSum& s : m_e.sums) anyAuthor = anyAuthor || s.author != 0;
        m_out << "\n" << tr("== Modell und Ihre Anpassungen zusammen ==\n", "== The model and your adjustments together ==\n");
        if (m_s.choices[m_e.choice].authorReaction)
            m_out << tr("  Ihre Anpassungen ersetzen die Reaktion des Modells; jeder Wert bleibt zwischen 0 und 100.\n",
                        "  Your adjustments replace the model's reaction; every value stays between 0 and 100.\n");
        else if (!anyAuthor)
            m_out << tr("  Die Wahl hat keine Anpassung (`adjust`): es gilt, was das Modell ändert.\n",
                        "  The choice has no adjustment (`adjust`): what the model changes stands.\n");
        else
            m_out << tr("  Anpassungen kommen nach dem Modell hinzu; jeder Wert bleibt zwischen 0 und 100.\n",
                        "  Adjustments are added after the model; every value stays between 0 and 100.\n");
        for (const DimensionSum& s : m_e.sums) {
            m_out << "  " << personName(m_s, s.persona, m_lang) << ", " << nameOf(s.dimension, m_lang) << ": "
                  << tr("Modell ", "model ") << points(s.model, m_lang) << tr(", Anpassung ", ", adjustment ") << points(s.author, m_lang)
                  << ": " << level(s.before, m_lang) << " → " << level(s.after, m_lang) << "\n";
            if (s.opposite)
                m_out << tr("  ! Warnung: Ihre Anpassung und das Modell ziehen bei ", "  ! Warning: your adjustment and the model pull ")
                      << nameOf(s.dimension, m_lang)
                      << tr(" in entgegengesetzte Richtungen. Lernende sehen beide Gründe nebeneinander.\n",
                            " in opposite directions. Learners see both reasons side by side.\n");
        }
    }

    const Scenario& m_s;
    const ChoiceExplanation& m_e;
    Lang m_lang;
    std::ostringstream m_out;
};

} // namespace

std::string explanationText(const Scenario& scenario, const ChoiceExplanation& explanation, Lang lang) {
    return Writer(scenario, explanation, lang).write();
}

std::string explanationJson(const Scenario& scenario, const ChoiceExplanation& e) {
    using nlohmann::json;
    const auto pts = [](std::int64_t h) { return static_cast<double>(h) / 100.0; };
    json j;
    j["choice"] = scenario.choices[e.choice].id;
    json path = json::array();
    for (ChoiceIndex c : e.path) path.push_back(scenario.choices[c].id);
    j["path"] = std::move(path);
    j["shortestPath"] = e.shortestPath;
    const bool authorReaction = scenario.choices[e.choice].authorReaction;
    j["reaction"] = authorReaction ? "author" : "model";
    json acts = json::array();
    for (const ExplainedAct& a : e.acts) {
        json aj;
        aj["persona"] = scenario.personas[a.persona].id;
        if (a.outcome.variant != nullptr) aj["reason"] = idOf(a.outcome.variant->reason);
        if (a.outcome.variant != nullptr && !authorReaction) { // the model's values, where play applies them
            json factors = json::array();
            for (std::uint8_t i = 0; i < a.outcome.traceCount; ++i)
                factors.push_back({{"id", idOf(a.outcome.trace[i].id)}, {"percent", a.outcome.trace[i].percent}});
            aj["factors"] = std::move(factors);
            json delta;
            for (std::size_t d = 0; d < kDimensionCount; ++d) delta[std::string(idOf(static_cast<Dimension>(d)))] = pts(a.outcome.delta[d]);
            aj["delta"] = std::move(delta);
        }
        acts.push_back(std::move(aj));
    }
    j["acts"] = std::move(acts);
    json sums = json::array();
    for (const DimensionSum& s : e.sums)
        sums.push_back({{"persona", scenario.personas[s.persona].id},
                        {"dimension", idOf(s.dimension)},
                        {"model", pts(s.model)},
                        {"adjustment", pts(s.author)},
                        {"before", pts(s.before)},
                        {"after", pts(s.after)},
                        {"opposite", s.opposite}});
    j["dimensions"] = std::move(sums);
    return j.dump(1);
}

} // namespace rapport
