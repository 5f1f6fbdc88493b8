// Nodes, choices, branches, effects and adjustments.

#include "load/Loader.h"
#include "rapport/model/ActRules.h"

namespace rapport::detail {
namespace {

constexpr std::array<std::string_view, 6> kNodeTypes{"narration", "line", "decision", "branch", "chance", "ending"};
constexpr std::array<std::string_view, 3> kRatingIds{"good", "mixed", "poor"};
constexpr std::array<std::string_view, 2> kFavourIds{"given", "received"};

// A choice's fields, read in one pass; the ones from kFirstFormat2ChoiceField on are format 2 only.
constexpr std::array<std::string_view, 24> kChoiceFields{
    "id", "text", "next", "if", "uses", "act", "with", "channel", "topic", "takes", "reveals",
    "adjust", "effects", "principle", "violates", "feedback",
    "asked", "value", "size", "failure", "warned", "moment", "ultimatum", "reaction"};
enum : std::size_t {
    Id, Txt, Next, If, Uses, ActF, With, Chan, Topic, Takes, Reveals, Adjust, Effects, Princ, Viol, Feedback,
    Asked, ValueF, Size, FailureF, Warned, Moment, Ultimatum, Reaction
};
constexpr std::size_t kFirstFormat2ChoiceField = Asked;

} // namespace

std::optional<NodeIndex> Loader::nodeRef(std::uint32_t node) {
    std::optional<NodeIndex> found = reference(node, m_nodes, "unknown-node", {"node", "Den Knoten"});
    if (!found) m_brokenGraph = true;
    return found;
}
std::optional<PersonaIndex> Loader::personaRef(std::uint32_t node) {
    return reference(node, m_personas, "unknown-persona", {"persona", "Die Person"});
}
std::optional<std::uint32_t> Loader::factRef(std::uint32_t node) {
    return reference(node, m_facts, "unknown-fact", {"fact", "Den Fakt"});
}
std::vector<PersonaIndex> Loader::personaList(std::uint32_t node) {
    std::vector<PersonaIndex> out;
    for (std::uint32_t p : elements(node))
        if (const auto v = personaRef(p)) out.push_back(*v);
    return out;
}
std::optional<int> Loader::principle(std::uint32_t node) {
    if (const auto p = vocabulary<Principle>(node, principleIds(), {"principle", "Das Prinzip"}))
        return static_cast<int>(*p);
    return std::nullopt;
}

void Loader::loadNode(std::uint32_t json, NodeIndex index) {
    if (!expectType(json, JsonType::Object)) return;
    Node& n = m_sc.nodes[index];
    // In format 1 the field list below reports "todo" as new in format 2.
    if (const std::uint32_t todo = field(json, "todo"); todo != kNoJson && format2() && boolean(todo).value_or(false)) {
        placeholderNode(json, n);
        return;
    }
    std::optional<NodeKind> kind;
    // A format 1 file with "todo" is told that "todo" is new, not also that "type" is missing.
    const std::uint32_t todoNode = m_tree.find(json, "todo");
    const bool todoTrue = todoNode != kNoJson && m_tree.type(todoNode) == JsonType::Boolean && m_tree.boolean(todoNode);
    if (const std::uint32_t t = field(json, "type", !todoTrue); t != kNoJson)
        kind = vocabulary<NodeKind>(t, kNodeTypes, {"node type", "Der Knotentyp"});
    // Every list ends with "present", the one field that exists only in format 2.
    switch (kind.value_or(NodeKind::Ending)) {
    case NodeKind::Narration: checkObject(json, {"id", "type", "effects", "scene", "text", "next", "present", "todo"}, false, 6); break;
    case NodeKind::Line:
        checkObject(json, {"id", "type", "effects", "scene", "speaker", "text", "next", "present", "todo"}, false, 7);
        break;
    case NodeKind::Decision:
        checkObject(json, {"id", "type", "effects", "scene", "text", "speaker", "channel", "choices", "discuss", "present", "todo"}, false, 9);
        break;
    case NodeKind::Branch: checkObject(json, {"id", "type", "effects", "scene", "branches", "present", "todo"}, false, 5); break;
    case NodeKind::Chance: checkObject(json, {"id", "type", "effects", "scene", "outcomes", "present", "todo"}, false, 5); break;
    case NodeKind::Ending:
        if (kind) checkObject(json, {"id", "type", "effects", "scene", "text", "debrief", "rating", "present", "todo"}, false, 7);
        else checkObject(json, {"id", "type", "effects", "scene", "text", "next", "speaker", "channel", "choices",
                                "branches", "outcomes", "debrief", "rating", "discuss", "present", "todo"},
                         false, 14);
        break;
    }
    (void)field(json, "id", true); // its value was checked while collecting ids
    if (const std::uint32_t e = field(json, "effects"); e != kNoJson) n.effects = effects(e);
    if (const std::uint32_t s = field(json, "scene"); s != kNoJson) n.scene = text(s);
    if (const std::uint32_t p = field(json, "present"); p != kNoJson && format2()) n.present = personaList(p);
    if (!kind) return;
    n.kind = *kind;
    const auto needNext = [&](const char* en, const char* de) {
        const std::uint32_t next = field(json, "next");
        if (next == kNoJson) {
            error(json, "missing-next", {std::string(en) + " needs “next”: the node where play goes on.",
                                         std::string(de) + " braucht „next“: den Knoten, mit dem es weitergeht."});
            return;
        }
        if (const auto v = nodeRef(next)) n.next = *v;
    };
    const std::uint32_t textNode = field(json, "text", *kind != NodeKind::Decision && *kind != NodeKind::Branch &&
                                                           *kind != NodeKind::Chance);
    if (textNode != kNoJson) n.text = textLines(textNode);
    switch (*kind) {
    case NodeKind::Narration: needNext("A narration", "Eine Erzählung"); break;
    case NodeKind::Line:
        if (const std::uint32_t s = field(json, "speaker", true); s != kNoJson) n.speaker = personaRef(s).value_or(kNone);
        needNext("A line", "Eine Sprechzeile");
        break;
    case NodeKind::Decision: {
        if (const std::uint32_t d = field(json, "discuss"); d != kNoJson) loadDiscussion(d, n);
        if (const std::uint32_t s = field(json, "speaker"); s != kNoJson) n.speaker = personaRef(s).value_or(kNone);
        if (const std::uint32_t c = field(json, "channel"); c != kNoJson) {
            n.channel = vocabulary<Channel>(c, channelIds(), {"channel", "Der Kanal"}).value_or(Channel::Face);
            if (m_channelWritten.size() <= index) m_channelWritten.resize(m_sc.nodes.size(), false);
            m_channelWritten[index] = true;
        }
        const std::uint32_t choices = field(json, "choices");
        const Words none{"A decision needs at least one choice; a node where play ends is an “ending”.",
                         "Eine Entscheidung braucht mindestens eine Auswahl; ein Knoten, an dem das Spiel endet, ist "
                         "ein „ending“."};
        if (choices == kNoJson) {
            error(json, "no-choices", none);
        } else if (expectType(choices, JsonType::Array)) {
            if (m_tree.memberCount(choices) == 0) error(choices, "no-choices", none);
            for (ChoiceIndex c : n.choices) loadChoice(m_choiceJson[c], c, n);
        }
        break;
    }
    case NodeKind::Branch:
        if (const std::uint32_t b = field(json, "branches", true); b != kNoJson) loadBranches(b, n, false);
        break;
    case NodeKind::Chance:
        if (const std::uint32_t b = field(json, "outcomes", true); b != kNoJson) loadBranches(b, n, true);
        break;
    case NodeKind::Ending:
        if (const std::uint32_t d = field(json, "debrief", true); d != kNoJson) n.debrief = text(d);
        if (const std::uint32_t r = field(json, "rating"); r != kNoJson)
            if (const auto v = vocabulary<int>(r, kRatingIds, {"rating", "Die Bewertung"}))
                n.rating = static_cast<Rating>(*v + 1);
        break;
    }
}

void Loader::placeholderNode(std::uint32_t json, Node& n) {
    // A placeholder stands for a node not written yet: whatever else it holds is a draft, and play
    // ends there with a note instead of a debrief.
    checkObject(json, {"id", "todo", "type", "text", "$comment"});
    (void)field(json, "id", true);
    n.kind = NodeKind::Ending;
    const std::string id = n.id.empty() ? std::string("?") : n.id;
    Text note;
    note.present = {true, true};
    note.parts[static_cast<std::size_t>(Lang::De)].push_back({TextPart::Kind::Literal, kNone, kNoExpr,
                                                              "(Noch nicht geschrieben: " + id + ")"});
    note.parts[static_cast<std::size_t>(Lang::En)].push_back({TextPart::Kind::Literal, kNone, kNoExpr,
                                                              "(Not written yet: " + id + ")"});
    m_sc.texts.push_back(note);
    const auto noteId = static_cast<TextId>(m_sc.texts.size() - 1);
    n.text.push_back(noteId);
    n.debrief = noteId;
    warning(json, "todo-node",
            {"The node " + qEn(id) + " is a placeholder (“todo”): play ends there until it is written.",
             "Der Knoten " + qDe(id) + " ist ein Platzhalter („todo“): Das Spiel endet dort, bis er geschrieben "
                                       "ist."});
}

void Loader::loadBranches(std::uint32_t json, Node& n, bool chance) {
    const std::vector<std::uint32_t> list = elements(json, 1);
    int sum = 0;
    bool allChances = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::uint32_t b = list[i];
        if (!checkObject(b, chance ? std::initializer_list<std::string_view>{"chance", "next"}
                                   : std::initializer_list<std::string_view>{"if", "next"})) {
            allChances = false;
            continue;
        }
        Branch branch;
        if (const std::uint32_t next = field(b, "next", true); next != kNoJson) branch.next = nodeRef(next).value_or(kNone);
        if (chance) {
            const std::uint32_t c = field(b, "chance", true);
            const std::optional<std::int64_t> percent = c == kNoJson ? std::nullopt : integer(c, 0, 100);
            if (percent) {
                branch.chance = static_cast<int>(*percent);
                sum += branch.chance;
            } else {
                allChances = false;
            }
        } else if (const std::uint32_t c = field(b, "if"); c != kNoJson) {
            branch.condition = condition(c);
            if (i + 1 == list.size())
                error(c, "branch-no-fallback",
                      {"The last branch has an “if”: when no condition holds, play cannot go on. Remove this “if” "
                       "so the last branch catches every other case.",
                       "Der letzte Zweig hat ein „if“: Trifft keine Bedingung zu, geht es nicht weiter. Entfernen Sie "
                       "dieses „if“, damit der letzte Zweig alle übrigen Fälle auffängt."});
        }
        n.branches.push_back(branch);
    }
    if (chance && allChances && !list.empty() && sum != 100)
        error(json, "chance-sum", {"The chances add up to " + std::to_string(sum) + " percent, not 100.",
                                   "Die Wahrscheinlichkeiten ergeben zusammen " + std::to_string(sum) +
                                       " Prozent statt 100."});
}

void Loader::loadChoice(std::uint32_t json, ChoiceIndex index, const Node& owner) {
    // Choices are many: their fields are read in one pass rather than looked up one by one.
    std::array<std::uint32_t, kChoiceFields.size()> f{};
    if (!readFields(json, kChoiceFields.data(), kChoiceFields.size(), f.data(), false, kFirstFormat2ChoiceField)) return;
    Choice& c = m_sc.choices[index];
    (void)required(json, f[Id], "id");
    if (const std::uint32_t n = required(json, f[Txt], "text"); n != kNoJson) c.text = text(n);
    if (const std::uint32_t n = required(json, f[Next], "next"); n != kNoJson) c.next = nodeRef(n).value_or(kNone);
    if (const std::uint32_t n = f[If]; n != kNoJson) c.condition = condition(n);
    if (const std::uint32_t n = f[Uses]; n != kNoJson) c.uses = factRef(n).value_or(kNone);
    const std::uint32_t actNode = f[ActF];
    if (actNode != kNoJson) {
        c.act = vocabulary<Act>(actNode, actIds(), {"act", "Die Handlung"}).value_or(Act::None);
        if (c.act >= kFirstFormat2Act && !format2()) {
            needsFormat2(actNode, idOf(c.act));
            c.act = Act::None; // no follow-on messages about a person or fields for it
        }
    }
    const bool introduce = c.act == Act::Introduce;
    if (const std::uint32_t n = f[With]; n != kNoJson) {
        // Format 2: any act for a person may be aimed at two at once (a joint video call).
        const bool joint = !introduce && format2() && c.act != Act::None && actRule(c.act).reach == ActReach::OnePersona;
        if (m_tree.isArray(n)) {
            if (!introduce && !joint) {
                error(n, "wrong-type",
                      format2() ? Words{"Two personas in “with” need an act aimed at people (or “introduce”); name one "
                                        "persona here or give the choice its “act”.",
                                        "Zwei Personen in „with“ brauchen eine Handlung, die sich an Menschen richtet "
                                        "(oder „introduce“); nennen Sie hier eine Person oder geben Sie der Auswahl "
                                        "ihre Handlung („act“)."}
                                : Words{"Two personas in “with” belong to the act “introduce” (in format 2 also to an "
                                        "act aimed at two people); name one persona here.",
                                        "Zwei Personen in „with“ gehören zur Handlung „introduce“ (in Format 2 auch zu "
                                        "einer Handlung an zwei Personen); nennen Sie hier eine Person."});
            } else if (m_tree.memberCount(n) != 2) {
                error(n, "wrong-count", introduce ? Words{"“introduce” connects exactly two personas: [\"id\", \"id\"].",
                                                          "„introduce“ verbindet genau zwei Personen: [\"id\", \"id\"]."}
                                                  : Words{"An act reaches one person, or two: [\"id\", \"id\"].",
                                                          "Eine Handlung erreicht eine Person oder zwei: [\"id\", \"id\"]."});
            } else {
                c.with = personaRef(m_tree.element(n, 0)).value_or(kNone);
                c.withSecond = personaRef(m_tree.element(n, 1)).value_or(kNone);
                if (c.with != kNone && c.with == c.withSecond)
                    error(n, "same-persona", introduce ? Words{"A persona cannot be introduced to itself.",
                                                               "Eine Person kann nicht sich selbst vorgestellt werden."}
                                                       : Words{"The same persona twice: name two different people.",
                                                               "Zweimal dieselbe Person: Nennen Sie zwei verschiedene."});
            }
        } else if (introduce) {
            error(n, "wrong-type", {"“introduce” needs two personas in “with”: [\"id\", \"id\"].",
                                    "„introduce“ braucht zwei Personen in „with“: [\"id\", \"id\"]."});
        } else {
            c.with = personaRef(n).value_or(kNone);
        }
    } else if (introduce) {
        error(json, "missing-field", {"“introduce” needs “with”: the two personas to connect, [\"id\", \"id\"].",
                                      "„introduce“ braucht „with“: die beiden Personen, [\"id\", \"id\"]."});
    } else {
        c.with = owner.speaker;
        if (c.with == kNone && c.act != Act::None && c.act != Act::Research && actNode != kNoJson)
            error(actNode, "missing-persona",
                  {"The act " + qEn(idOf(c.act)) + " needs a person: set “with” or give the decision a “speaker”.",
                   "Die Handlung " + qDe(idOf(c.act)) +
                       " braucht eine Person: Setzen Sie „with“ oder geben Sie der Entscheidung einen „speaker“."});
    }
    c.channel = owner.channel;
    if (const std::uint32_t n = f[Chan]; n != kNoJson) {
        c.channel = vocabulary<Channel>(n, channelIds(), {"channel", "Der Kanal"}).value_or(owner.channel);
        if (m_choiceChannelWritten.size() <= index) m_choiceChannelWritten.resize(m_sc.choices.size(), false);
        m_choiceChannelWritten[index] = true;
    }
    if (const std::uint32_t n = f[Topic]; n != kNoJson)
        c.topic = reference(n, m_topics, "unknown-topic", {"topic", "Das Thema"}).value_or(kNone);
    if (const std::uint32_t n = f[Takes]; n != kNoJson) c.takes = duration(n).value_or(0);
    if (const std::uint32_t n = f[Reveals]; n != kNoJson)
        for (std::uint32_t factNode : elements(n))
            if (const auto v = factRef(factNode)) c.reveals.push_back(*v);
    if (const std::uint32_t n = f[Adjust]; n != kNoJson)
        for (std::uint32_t a : elements(n)) {
            // Aimed at two people, an adjustment names whom it concerns.
            const std::uint32_t adj = adjustment(a, c.with, c.with == kNone || c.withSecond != kNone);
            if (adj != kNone) m_sc.choices[index].adjustments.push_back(adj);
        }
    if (const std::uint32_t n = f[Effects]; n != kNoJson) {
        const EffectRange range = effects(n);
        m_sc.choices[index].effects = range;
    }
    Choice& same = m_sc.choices[index];
    if (const std::uint32_t n = f[Princ]; n != kNoJson) same.principle = principle(n).value_or(-1);
    if (const std::uint32_t n = f[Viol]; n != kNoJson) same.violates = principle(n).value_or(-1);
    if (const std::uint32_t n = f[Feedback]; n != kNoJson) same.feedback = text(n);
    if (format2()) choiceFormat2(json, same, {f[Asked], f[ValueF], f[Size], f[FailureF], f[Warned], f[Moment], f[Ultimatum], f[Reaction]});
}

std::uint32_t Loader::adjustment(std::uint32_t json, PersonaIndex defaultPersona, bool personaRequired) {
    if (!checkObject(json, {"persona", "sympathie", "anerkennung", "vertrauen", "gegenseitigkeit", "intensitaet",
                            "kompetenz", "pressure", "reason", "principle"},
                     true))
        return kNone;
    Adjustment a;
    a.persona = defaultPersona;
    if (const std::uint32_t n = field(json, "persona", personaRequired); n != kNoJson)
        a.persona = personaRef(n).value_or(kNone);
    for (int d = 0; d < kDimensionCount; ++d) {
        const std::uint32_t n = field(json, idOf(static_cast<Dimension>(d)));
        if (n == kNoJson) continue;
        if (const auto v = integer(n, -100, 100)) a.delta[static_cast<std::size_t>(d)] = static_cast<int>(*v);
    }
    if (const std::uint32_t n = field(json, "pressure"); n != kNoJson)
        a.pressure = static_cast<int>(integer(n, -100, 100).value_or(0));
    if (const std::uint32_t n = field(json, "reason", true); n != kNoJson) a.reason = text(n);
    if (const std::uint32_t n = field(json, "principle"); n != kNoJson) a.principle = principle(n).value_or(-1);
    m_sc.adjustments.push_back(a);
    return static_cast<std::uint32_t>(m_sc.adjustments.size() - 1);
}

EffectRange Loader::effects(std::uint32_t json) {
    const std::vector<std::uint32_t> list = elements(json);
    // Reserve the whole list first so it stays contiguous; nested `if` lists go after it.
    const auto first = static_cast<std::uint32_t>(m_sc.effects.size());
    m_sc.effects.resize(first + list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        Effect e = effect(list[i]);
        m_sc.effects[first + i] = std::move(e);
    }
    return EffectRange{first, static_cast<std::uint32_t>(list.size())};
}

Effect Loader::effect(std::uint32_t json) {
    Effect e;
    if (!expectType(json, JsonType::Object)) return e;
    const auto has = [&](std::string_view key) { return m_tree.find(json, key) != kNoJson; };
    if (format2Effect(json, e)) return e;
    if (has("var")) {
        checkObject(json, {"var", "add", "set"});
        if (const auto v = reference(field(json, "var"), m_variables, "unknown-variable", {"variable", "Die Variable"}))
            e.target = *v;
        const std::uint32_t add = field(json, "add");
        const std::uint32_t set = field(json, "set");
        if (add != kNoJson && set != kNoJson)
            error(set, "conflicting-fields", {"Use either “add” or “set”, not both.",
                                              "Verwenden Sie entweder „add“ oder „set“, nicht beide."});
        else if (add == kNoJson && set == kNoJson)
            error(json, "missing-field", {"A variable effect needs “add” or “set”.",
                                          "Eine Variablen-Wirkung braucht „add“ oder „set“."});
        e.kind = set != kNoJson && add == kNoJson ? Effect::Kind::SetVar : Effect::Kind::AddVar;
        if (add != kNoJson || set != kNoJson) e.value = value(add != kNoJson ? add : set);
    } else if (has("learn")) {
        checkObject(json, {"learn"});
        e.kind = Effect::Kind::Learn;
        const std::uint32_t learn = field(json, "learn");
        if (m_tree.isArray(learn)) {
            for (std::uint32_t f : elements(learn))
                if (const auto v = factRef(f)) e.facts.push_back(*v);
        } else if (const auto v = factRef(learn)) {
            e.facts.push_back(*v);
        }
    } else if (has("favour")) {
        checkObject(json, {"favour", "persona"});
        e.kind = Effect::Kind::Favour;
        if (const auto v = vocabulary<int>(field(json, "favour"), kFavourIds, {"favour direction", "Die Richtung"}))
            e.amount = *v == 0 ? 1 : -1;
        if (const std::uint32_t p = field(json, "persona", true); p != kNoJson) e.target = personaRef(p).value_or(kNone);
    } else if (has("introduce")) {
        checkObject(json, {"introduce"});
        e.kind = Effect::Kind::Introduce;
        const std::uint32_t pair = field(json, "introduce");
        if (expectType(pair, JsonType::Array)) {
            if (m_tree.memberCount(pair) != 2) {
                error(pair, "wrong-count", {"“introduce” connects exactly two personas: [\"id\", \"id\"].",
                                            "„introduce“ verbindet genau zwei Personen: [\"id\", \"id\"]."});
            } else {
                e.target = personaRef(m_tree.element(pair, 0)).value_or(kNone);
                e.second = personaRef(m_tree.element(pair, 1)).value_or(kNone);
                if (e.target != kNone && e.target == e.second)
                    error(pair, "same-persona", {"A persona cannot be introduced to itself.",
                                                 "Eine Person kann nicht sich selbst vorgestellt werden."});
            }
        }
    } else if (has("wait")) {
        checkObject(json, {"wait"});
        e.kind = Effect::Kind::Wait;
        e.amount = duration(field(json, "wait")).value_or(0);
    } else if (has("if")) {
        checkObject(json, {"if", "then", "else"});
        e.kind = Effect::Kind::If;
        e.value = condition(field(json, "if"));
        if (const std::uint32_t then = field(json, "then", true); then != kNoJson) {
            const EffectRange r = effects(then);
            e.thenFirst = r.first;
            e.thenCount = r.count;
        }
        if (const std::uint32_t otherwise = field(json, "else"); otherwise != kNoJson) {
            const EffectRange r = effects(otherwise);
            e.elseFirst = r.first;
            e.elseCount = r.count;
        }
    } else if (has("persona")) {
        e.kind = Effect::Kind::Adjust;
        e.adjustment = adjustment(json, kNone, true);
        if (e.adjustment != kNone) e.target = m_sc.adjustments[e.adjustment].persona;
    } else {
        const std::size_t before = problems();
        checkObject(json, {"var", "persona", "learn", "favour", "introduce", "wait", "if", "vouch", "handover", "contact",
                           "tender", "letdown"},
                    false, 7);
        const std::string kinds = format2() ? "var, persona, learn, favour, introduce, wait, if, vouch, handover, "
                                              "contact, tender, letdown"
                                            : "var, persona, learn, favour, introduce, wait, if";
        if (problems() == before)
            error(json, "unknown-effect",
                  {"An effect needs one of: " + kinds + ".", "Eine Wirkung braucht eines von: " + kinds + "."});
    }
    return e;
}

} // namespace rapport::detail
