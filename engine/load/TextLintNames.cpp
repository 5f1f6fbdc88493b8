// The text linter's continuity check: a choice whose text names a person the player has not come
// across yet on some way through the file into its decision. Ways are followed as the node graph
// has them (conditions can only close some), so a warning means at least one way the file allows.

#include "load/Loader.h"
#include "load/TextWords.h"
#include "rapport/core/ScenarioGraph.h"

#include <deque>

namespace rapport::detail {
namespace {

using PersonSet = std::uint64_t; // bit per persona (kMaxPersonas is 64)

PersonSet bit(PersonaIndex p) { return p < kMaxPersonas ? PersonSet{1} << p : 0; }

/// The last word of a full name: the surname a text uses ("Dr. Jana Weber" -> "Weber").
std::string_view surname(const std::string& name) {
    const std::string_view n(name);
    const std::size_t space = n.find_last_of(' ');
    return space == std::string_view::npos ? n : n.substr(space + 1);
}

} // namespace

void Loader::lintUnmetNames() {
    const std::size_t people = std::min<std::size_t>(m_sc.personas.size(), kMaxPersonas);
    if (m_brokenGraph || people == 0 || m_sc.start >= m_sc.nodes.size()) return;
    // The people a text names, in either language: by surname, or by a {ID.name}/{ID.address} placeholder.
    const auto named = [&](TextId top) {
        PersonSet out = 0;
        std::vector<TextId> leaves;
        collectLeafTexts(top, leaves);
        for (TextId t : leaves)
            for (std::size_t lang = 0; lang < 2; ++lang)
                for (const TextPart& part : m_sc.texts[t].parts[lang]) {
                    if (part.kind == TextPart::Kind::PersonaName || part.kind == TextPart::Kind::PersonaAddress) out |= bit(part.persona);
                    if (part.kind != TextPart::Kind::Literal) continue;
                    for (PersonaIndex p = 0; p < people; ++p)
                        if (findWord(part.literal, surname(m_sc.personas[p].name(static_cast<Lang>(lang)))) != std::string_view::npos)
                            out |= bit(p);
                }
        return out;
    };
    // What a node itself shows: its speaker and the people present, its scene and its lines.
    std::vector<PersonSet> shown(m_sc.nodes.size());
    for (NodeIndex n = 0; n < m_sc.nodes.size(); ++n) {
        const Node& node = m_sc.nodes[n];
        shown[n] = bit(node.speaker) | named(node.scene);
        for (PersonaIndex p : node.present) shown[n] |= bit(p);
        for (TextId t : node.text) shown[n] |= named(t);
    }
    // What taking a choice adds: the people it is aimed at, its text and feedback, what it reveals.
    std::vector<PersonSet> learned(m_sc.choices.size());
    for (ChoiceIndex ci = 0; ci < m_sc.choices.size(); ++ci) {
        const Choice& c = m_sc.choices[ci];
        learned[ci] = bit(c.with) | bit(c.withSecond) | named(c.text) | named(c.feedback);
        for (std::uint32_t f : c.reveals) learned[ci] |= bit(m_sc.facts[f].persona) | named(m_sc.facts[f].text);
    }

    // Known on entering each node on every way there: intersected over the ways in.
    PersonSet atStart = 0;
    for (PersonaIndex p = 0; p < people; ++p) {
        const Persona& person = m_sc.personas[p];
        if (person.start.stage != Stage::Stranger || person.start.encounters > 0 || person.start.hasLastContact || person.colleague)
            atStart |= bit(p);
    }
    std::vector<PersonSet> known(m_sc.nodes.size(), ~PersonSet{0});
    std::vector<bool> reached(m_sc.nodes.size(), false);
    known[m_sc.start] = atStart;
    reached[m_sc.start] = true;
    std::deque<NodeIndex> work{m_sc.start};
    std::vector<Edge> edges;
    while (!work.empty()) {
        const NodeIndex n = work.front();
        work.pop_front();
        const PersonSet out = known[n] | shown[n];
        successors(m_sc, n, edges);
        for (const Edge& e : edges) {
            if (e.to >= m_sc.nodes.size()) continue;
            const PersonSet along = out | (e.choice != kNone ? learned[e.choice] : 0);
            const PersonSet next = reached[e.to] ? (known[e.to] & along) : along;
            if (reached[e.to] && next == known[e.to]) continue;
            known[e.to] = next;
            reached[e.to] = true;
            work.push_back(e.to);
        }
    }

    // An example way to `target` on which nothing introduces `p`: the choices taken, by id.
    const auto wayWithout = [&](PersonaIndex p, NodeIndex target) {
        std::vector<NodeIndex> from(m_sc.nodes.size(), kNone);
        std::vector<ChoiceIndex> via(m_sc.nodes.size(), kNone);
        std::vector<bool> seen(m_sc.nodes.size(), false);
        std::deque<NodeIndex> queue{m_sc.start};
        seen[m_sc.start] = true;
        while (!queue.empty()) {
            const NodeIndex n = queue.front();
            queue.pop_front();
            if (n == target) break;
            if (shown[n] & bit(p)) continue;
            successors(m_sc, n, edges);
            for (const Edge& e : edges) {
                if (e.to >= m_sc.nodes.size() || seen[e.to]) continue;
                if (e.choice != kNone && (learned[e.choice] & bit(p))) continue;
                seen[e.to] = true;
                from[e.to] = n;
                via[e.to] = e.choice;
                queue.push_back(e.to);
            }
        }
        std::string way;
        for (NodeIndex n = target; seen[target] && n != m_sc.start && n != kNone; n = from[n])
            if (via[n] != kNone) way = m_sc.choices[via[n]].id + (way.empty() ? "" : ", " + way);
        return way;
    };

    for (NodeIndex n = 0; n < m_sc.nodes.size(); ++n) {
        const Node& node = m_sc.nodes[n];
        if (!reached[n] || node.kind != NodeKind::Decision) continue;
        const PersonSet here = known[n] | shown[n];
        for (ChoiceIndex ci : node.choices) {
            const Choice& c = m_sc.choices[ci];
            const PersonSet unmet = named(c.text) & ~(here | bit(c.with) | bit(c.withSecond));
            if (unmet == 0) continue;
            std::vector<TextId> leaves;
            collectLeafTexts(c.text, leaves);
            for (PersonaIndex p = 0; p < people; ++p) {
                if ((unmet & bit(p)) == 0) continue;
                // The place: the first string that names the person by surname (else the text itself).
                std::uint32_t json = kNoJson;
                std::size_t at = 0;
                for (TextId t : leaves)
                    for (std::size_t lang = 0; lang < 2 && json == kNoJson && t < m_textJson.size(); ++lang) {
                        const std::uint32_t s = m_textJson[t][lang];
                        if (s == kNoJson || !m_tree.isString(s)) continue;
                        at = findWord(m_tree.string(s), surname(m_sc.personas[p].name(static_cast<Lang>(lang))));
                        if (at != std::string_view::npos) json = s;
                    }
                if (json == kNoJson) continue; // named by a placeholder only: the author chose it on purpose
                const std::string way = wayWithout(p, n);
                const std::string& en = m_sc.personas[p].name(Lang::En);
                const std::string& de = m_sc.personas[p].name(Lang::De);
                reportAt(Severity::Warning, m_tree.sourceOffsetInString(json, at), json, "unmet-person",
                         {"This choice names " + en + ", but on some way into the decision “" + node.id +
                              "” the player has not come across " + en + " yet (" +
                              (way.empty() ? std::string("right at the start") : "for example after " + way) +
                              "): no text before names them, they have neither spoken nor been there, and the "
                              "player did not know them at the start. Introduce them earlier, or reword.",
                          "Diese Wahl nennt " + de + ", aber auf einem Weg zur Entscheidung „" + node.id +
                              "“ ist " + de + " der Spielfigur noch nicht begegnet (" +
                              (way.empty() ? std::string("gleich zu Beginn") : "zum Beispiel nach " + way) +
                              "): Kein Text davor nennt die Person, sie hat weder gesprochen noch war sie dabei, "
                              "und bekannt war sie zu Beginn auch nicht. Führen Sie sie vorher ein, oder "
                              "formulieren Sie um."});
            }
        }
    }
}

} // namespace rapport::detail
