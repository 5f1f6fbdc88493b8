// What format 2 adds to the loader: the new person fields, the choice fields that belong to
// particular acts, and the new events (vouch, handover, contact, tender, letdown). The callers in
// ScenarioLoader.cpp and Nodes.cpp decide whether the file's format allows them.

#include "load/Loader.h"
#include "rapport/core/ScenarioGraph.h"

#include <bitset>

namespace rapport::detail {
namespace {

/// "broken-promise, missed-delivery, …": the kinds of failure, for messages.
std::string failureList() {
    std::string list;
    for (std::string_view id : failureIds()) list += (list.empty() ? "" : ", ") + std::string(id);
    return list;
}

} // namespace

void Loader::loadPersonaFormat2(std::uint32_t node, Persona& p) {
    const bool avoidsWritten = field(node, "avoids") != kNoJson;
    if (avoidsWritten) {
        for (std::uint32_t c : elements(field(node, "avoids"))) {
            const auto v = vocabulary<Channel>(c, channelIds(), {"channel", "Der Kanal"});
            if (!v) continue;
            p.avoids = static_cast<std::uint8_t>(p.avoids | 1u << static_cast<unsigned>(*v));
            if (*v == p.channel)
                error(c, "avoids-preferred-channel",
                      {qEn(idOf(*v)) + " is this person's preferred “channel”: a person cannot prefer and avoid the "
                                       "same channel. Remove it from “avoids” or choose another “channel”.",
                       qDe(idOf(*v)) + " ist der bevorzugte Kanal („channel“) dieser Person: Niemand bevorzugt und "
                                       "meidet denselben Kanal. Streichen Sie ihn aus „avoids“ oder wählen Sie einen "
                                       "anderen „channel“."});
        }
    }
    if (avoidsWritten) {
        p.avoidsEffective = p.avoids;
    } else if ((p.has(Trait::Formal) || p.has(Trait::Status)) && p.channel != Channel::Sms &&
               p.channel != Channel::Messenger) {
        p.avoidsEffective = static_cast<std::uint8_t>(1u << static_cast<unsigned>(Channel::Sms) |
                                                      1u << static_cast<unsigned>(Channel::Messenger));
    }
    if (const std::uint32_t n = field(node, "colleague"); n != kNoJson) p.colleague = boolean(n).value_or(false);
    if (const std::uint32_t n = field(node, "routine"); n != kNoJson) p.routine = duration(n).value_or(0);
    if (const std::uint32_t n = field(node, "giftPolicy"); n != kNoJson) {
        static constexpr std::array<std::string_view, 1> kPolicies{"strict"};
        p.strictGifts = vocabulary<int>(n, kPolicies, {"gift policy", "Die Geschenkregel"}).has_value();
    }
    if (const std::uint32_t n = field(node, "tender"); n != kNoJson) p.tenderAtStart = boolean(n).value_or(false);
}

void Loader::choiceFormat2(std::uint32_t json, Choice& c, const ChoiceFormat2Fields& f) {
    // Which acts a field belongs to; a field on another act is a mistake worth saying plainly.
    const auto onlyFor = [&](std::uint32_t node, std::string_view name, std::initializer_list<Act> acts) {
        for (Act a : acts)
            if (c.act == a) return true;
        std::string en, de;
        std::size_t i = 0;
        for (Act a : acts) {
            const bool last = ++i == acts.size();
            const std::string sep = i == 1 ? "" : last ? " and " : ", ";
            const std::string sepDe = i == 1 ? "" : last ? " und " : ", ";
            en += sep + qEn(idOf(a));
            de += sepDe + qDe(idOf(a));
        }
        const bool one = acts.size() == 1;
        const std::string isEn = c.act == Act::None ? "this choice has no act" : "this choice's act is " + qEn(idOf(c.act));
        const std::string isDe = c.act == Act::None ? "diese Auswahl hat keine Handlung"
                                                    : "diese Auswahl hat die Handlung " + qDe(idOf(c.act));
        error(node, "field-needs-act",
              {qEn(name) + (one ? " belongs to the act " : " belongs to the acts ") + en + "; " + isEn + ".",
               qDe(name) + (one ? " gehört zur Handlung " : " gehört zu den Handlungen ") + de + "; " + isDe + "."});
        return false;
    };
    if (const std::uint32_t n = f.asked; n != kNoJson) c.asked = boolean(n).value_or(false);
    if (const std::uint32_t n = f.value; n != kNoJson && onlyFor(n, "value", {Act::Gift, Act::Invite, Act::Receive, Act::Give}))
        c.value = vocabulary<Value>(n, valueIds(), {"value", "Der Wert"}).value_or(Value::Modest);
    if (const std::uint32_t n = f.size; n != kNoJson && onlyFor(n, "size", {Act::Ask}))
        c.size = vocabulary<RequestSize>(n, requestSizeIds(), {"request size", "Die Größe"}).value_or(RequestSize::Medium);
    if (const std::uint32_t n = f.failure; n != kNoJson) {
        if (onlyFor(n, "failure", {Act::Letdown}))
            c.failure = vocabulary<Failure>(n, failureIds(), {"failure", "Das Versäumnis"}).value_or(Failure::BrokenPromise);
    } else if (c.act == Act::Letdown) {
        error(json, "missing-field", {"“letdown” needs “failure”: what went wrong – " + failureList() + ".",
                                      "„letdown“ braucht „failure“: was schiefging – " + failureList() + "."});
    }
    if (const std::uint32_t n = f.warned; n != kNoJson && onlyFor(n, "warned", {Act::Letdown}))
        c.warned = boolean(n).value_or(false);
    if (const std::uint32_t n = f.moment; n != kNoJson) {
        static constexpr std::array<std::string_view, 1> kMoments{"inconvenient"};
        c.inconvenient = vocabulary<int>(n, kMoments, {"moment", "Der Zeitpunkt"}).has_value();
    }
    if (const std::uint32_t n = f.ultimatum; n != kNoJson && onlyFor(n, "ultimatum", {Act::Bargain}))
        c.ultimatum = boolean(n).value_or(false);
    if (const std::uint32_t n = f.reaction; n != kNoJson) {
        static constexpr std::array<std::string_view, 2> kReactions{"model", "author"};
        c.authorReaction = vocabulary<int>(n, kReactions, {"reaction", "Die Reaktion"}).value_or(0) == 1;
        if (c.authorReaction && c.act == Act::None)
            warning(n, "reaction-without-act",
                    {"“reaction”: “author” turns off the model's reaction to the act, but this choice has no act: "
                     "nothing to turn off.",
                     "„reaction“: „author“ schaltet die Reaktion des Modells auf die Handlung ab, aber diese "
                     "Auswahl hat keine Handlung: Es gibt nichts abzuschalten."});
        else if (c.authorReaction && c.adjustments.empty())
            warning(n, "reaction-without-adjust",
                    {"“reaction”: “author” replaces the model's reaction with this choice's “adjust”, but there is "
                     "none: the act moves nobody. Add an “adjust” or remove “reaction”.",
                     "„reaction“: „author“ ersetzt die Reaktion des Modells durch das „adjust“ dieser Auswahl, aber "
                     "es gibt keines: Die Handlung bewegt niemanden. Ergänzen Sie „adjust“ oder streichen Sie "
                     "„reaction“."});
    }
}

bool Loader::format2Effect(std::uint32_t json, Effect& e) {
    static constexpr std::array<std::string_view, 5> kKinds{"vouch", "handover", "contact", "tender", "letdown"};
    std::size_t kind = 0;
    while (kind < kKinds.size() && m_tree.find(json, kKinds[kind]) == kNoJson) ++kind;
    if (kind == kKinds.size()) return false;
    if (!format2()) {
        needsFormat2AtKey(memberOf(json, kKinds[kind]), kKinds[kind]);
        return true;
    }
    const std::uint32_t who = field(json, kKinds[kind]);
    e.target = personaRef(who).value_or(kNone);
    // The second person of a vouch or a handover: somebody else than the one it concerns.
    const auto secondPersona = [&](const char* name, Words same) {
        const std::uint32_t n = field(json, name, true);
        if (n == kNoJson) return;
        e.second = personaRef(n).value_or(kNone);
        if (e.second != kNone && e.second == e.target) error(n, "same-persona", std::move(same));
    };
    const auto flag = [&](const char* name, bool fallback) {
        const std::uint32_t n = field(json, name);
        return n == kNoJson ? fallback : boolean(n).value_or(fallback);
    };
    switch (kind) {
    case 0:
        checkObject(json, {"vouch", "by", "standing"});
        e.kind = Effect::Kind::Vouch;
        secondPersona("by", {"Nobody vouches for the player with themselves: “by” names the third person who does.",
                             "Niemand bürgt bei sich selbst für die Spielfigur: „by“ nennt die dritte Person, die "
                             "das tut."});
        e.amount = static_cast<std::int64_t>(Standing::Normal);
        if (const std::uint32_t n = field(json, "standing"); n != kNoJson)
            if (const auto v = vocabulary<Standing>(n, standingIds(), {"standing", "Das Ansehen"}))
                e.amount = static_cast<std::int64_t>(*v);
        break;
    case 1:
        checkObject(json, {"handover", "from"});
        e.kind = Effect::Kind::Handover;
        secondPersona("from", {"“from” names the predecessor who hands the relationship over, not the person it is "
                               "with.",
                               "„from“ nennt die Vorgängerin oder den Vorgänger, die die Beziehung übergeben, nicht "
                               "die Person, um die es geht."});
        break;
    case 2:
        checkObject(json, {"contact", "channel", "meaningful"});
        e.kind = Effect::Kind::Contact;
        // Off-stage contact happens where the person prefers it unless the author says otherwise.
        e.channel = e.target != kNone ? m_sc.personas[e.target].channel : Channel::Face;
        if (const std::uint32_t n = field(json, "channel"); n != kNoJson)
            e.channel = vocabulary<Channel>(n, channelIds(), {"channel", "Der Kanal"}).value_or(e.channel);
        e.amount = flag("meaningful", true) ? 1 : 0;
        break;
    case 3:
        checkObject(json, {"tender", "running"});
        e.kind = Effect::Kind::Tender;
        if (const std::uint32_t n = field(json, "running"); n != kNoJson)
            e.amount = boolean(n).value_or(false) ? 1 : 0;
        else
            error(json, "missing-field", {"“tender” needs “running”: true when the tender starts, false when it ends.",
                                          "„tender“ braucht „running“: true, wenn die Ausschreibung beginnt, false, "
                                          "wenn sie endet."});
        break;
    default:
        checkObject(json, {"letdown", "failure", "warned"});
        e.kind = Effect::Kind::Letdown;
        if (const std::uint32_t n = field(json, "failure"); n != kNoJson) {
            e.failure = vocabulary<Failure>(n, failureIds(), {"failure", "Das Versäumnis"}).value_or(Failure::BrokenPromise);
        } else {
            error(json, "missing-field", {"“letdown” needs “failure”: what went wrong – " + failureList() + ".",
                                          "„letdown“ braucht „failure“: was schiefging – " + failureList() + "."});
        }
        e.amount = flag("warned", false) ? 1 : 0;
        break;
    }
    return true;
}

void Loader::carryChannels() {
    if (!format2() || m_brokenGraph || m_sc.nodes.empty() || m_sc.start >= m_sc.nodes.size()) return;
    m_channelWritten.resize(m_sc.nodes.size(), false);
    m_choiceChannelWritten.resize(m_sc.choices.size(), false);
    // The channels play may arrive with at each node (a bit per channel), from face to face at
    // the start; a decision with its own "channel" passes on that one alone.
    const std::size_t count = m_sc.nodes.size();
    std::vector<std::uint8_t> arriving(count, 0);
    arriving[m_sc.start] = static_cast<std::uint8_t>(1u << static_cast<unsigned>(Channel::Face));
    std::vector<NodeIndex> work{m_sc.start};
    std::vector<Edge> edges;
    while (!work.empty()) {
        const NodeIndex n = work.back();
        work.pop_back();
        const Node& node = m_sc.nodes[n];
        const std::uint8_t leaving = node.kind == NodeKind::Decision && m_channelWritten[n]
                                         ? static_cast<std::uint8_t>(1u << static_cast<unsigned>(node.channel))
                                         : arriving[n];
        successors(m_sc, n, edges);
        for (const Edge& e : edges) {
            const auto merged = static_cast<std::uint8_t>(arriving[e.to] | leaving);
            if (merged == arriving[e.to]) continue;
            arriving[e.to] = merged;
            work.push_back(e.to);
        }
    }
    for (std::size_t n = 0; n < count; ++n) {
        Node& node = m_sc.nodes[n];
        if (node.kind != NodeKind::Decision || m_channelWritten[n] || arriving[n] == 0) continue;
        if (std::bitset<8>(arriving[n]).count() > 1) {
            std::string list;
            for (unsigned c = 0; c < channelIds().size(); ++c)
                if (arriving[n] >> c & 1u) list += (list.empty() ? "" : ", ") + std::string(channelIds()[c]);
            const std::uint32_t at = n < m_nodes.where.size() && m_nodes.where[n] != kNoJson ? m_nodes.where[n] : m_nodeJson[n];
            warning(at, "channel-unclear",
                    {"Play reaches this decision from decisions on different channels (" + list +
                         "), so it cannot carry one over: write its “channel”. Until then it counts as “face”.",
                     "Diese Entscheidung wird von Entscheidungen auf verschiedenen Kanälen aus erreicht (" + list +
                         "), deshalb übernimmt sie keinen: Geben Sie ihren „channel“ an. Bis dahin gilt „face“."});
            continue;
        }
        for (unsigned c = 0; c < 8; ++c)
            if (arriving[n] >> c & 1u) node.channel = static_cast<Channel>(c);
        for (ChoiceIndex c : node.choices)
            if (c < m_choiceChannelWritten.size() && !m_choiceChannelWritten[c]) m_sc.choices[c].channel = node.channel;
    }
}

} // namespace rapport::detail
