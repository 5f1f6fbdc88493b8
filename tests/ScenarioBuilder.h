#pragma once
// Builds small scenarios in code, so model tests state exactly the situation they test without
// going through the loader.

#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <initializer_list>
#include <string>

namespace rapport::test {

class ScenarioBuilder {
public:
    ScenarioBuilder() {
        m_s.id = "test";
        m_s.title = text("Test");
    }

    TextId text(const std::string& literal) {
        Text t;
        for (int l = 0; l < 2; ++l) {
            TextPart part;
            part.literal = literal;
            t.parts[static_cast<std::size_t>(l)].push_back(part);
            t.present[static_cast<std::size_t>(l)] = true;
        }
        m_s.texts.push_back(t);
        return static_cast<TextId>(m_s.texts.size() - 1);
    }

    std::uint32_t topic(const std::string& id) {
        m_s.topics.push_back(Topic{id, text(id)});
        return static_cast<std::uint32_t>(m_s.topics.size() - 1);
    }

    PersonaIndex persona(const std::string& id, std::initializer_list<Trait> traits = {}, int startPoints = 30) {
        Persona p;
        p.id = id;
        p.names.fill(id);
        p.address = text(id);
        for (Trait t : traits) p.traits |= 1u << static_cast<unsigned>(t);
        p.start.dimensions.fill(startPoints);
        m_s.personas.push_back(p);
        return static_cast<PersonaIndex>(m_s.personas.size() - 1);
    }

    Persona& personaRef(PersonaIndex p) { return m_s.personas[p]; }

    std::uint32_t fact(const std::string& id, PersonaIndex about) {
        m_s.facts.push_back(Fact{id, about, text(id), kNone});
        return static_cast<std::uint32_t>(m_s.facts.size() - 1);
    }

    NodeIndex decision(const std::string& id, PersonaIndex speaker = kNone) {
        Node n;
        n.id = id;
        n.kind = NodeKind::Decision;
        n.speaker = speaker;
        m_s.nodes.push_back(n);
        return static_cast<NodeIndex>(m_s.nodes.size() - 1);
    }

    NodeIndex narration(const std::string& id, const std::string& line, NodeIndex next = kNone) {
        Node n;
        n.id = id;
        n.kind = NodeKind::Narration;
        n.text.push_back(text(line));
        n.next = next;
        m_s.nodes.push_back(n);
        return static_cast<NodeIndex>(m_s.nodes.size() - 1);
    }

    void setNext(NodeIndex node, NodeIndex next) { m_s.nodes[node].next = next; }

    NodeIndex ending(const std::string& id) {
        Node n;
        n.id = id;
        n.kind = NodeKind::Ending;
        n.debrief = text("debrief " + id);
        m_s.nodes.push_back(n);
        return static_cast<NodeIndex>(m_s.nodes.size() - 1);
    }

    /// Adds a choice; returns a reference to adjust fields before build().
    Choice& choice(NodeIndex at, const std::string& id, Act act, NodeIndex next, PersonaIndex with = kNone) {
        Choice c;
        c.id = id;
        c.node = at;
        c.text = text(id);
        c.act = act;
        c.next = next;
        c.with = with != kNone ? with : m_s.nodes[at].speaker;
        m_s.choices.push_back(c);
        m_s.nodes[at].choices.push_back(static_cast<ChoiceIndex>(m_s.choices.size() - 1));
        return m_s.choices.back();
    }

    std::uint32_t adjustment(PersonaIndex p, Dimension d, int points) {
        Adjustment a;
        a.persona = p;
        a.delta[static_cast<std::size_t>(d)] = points;
        a.reason = text("author's reason");
        m_s.adjustments.push_back(a);
        return static_cast<std::uint32_t>(m_s.adjustments.size() - 1);
    }

    Scenario build() {
        m_s.choiceTrackingSlot.assign(m_s.choices.size(), kNone);
        return m_s;
    }

    Scenario& raw() { return m_s; }

private:
    Scenario m_s;
};

/// A small conversation for runner and debrief tests:
/// intro (narration) -> meet (decision: ask, give, chat, share, leave; all but leave return) -> end.
inline Scenario smallScenario() {
    ScenarioBuilder b;
    const PersonaIndex p = b.persona("weber", {Trait::Open}, 30);
    const NodeIndex intro = b.narration("intro", "The break begins.");
    const NodeIndex meet = b.decision("meet", p);
    b.setNext(intro, meet);
    const NodeIndex end = b.ending("end");
    b.choice(meet, "ask", Act::Question, meet);
    b.choice(meet, "give", Act::Give, meet);
    b.choice(meet, "chat", Act::Smalltalk, meet);
    b.choice(meet, "share", Act::Disclose, meet);
    b.choice(meet, "leave", Act::None, end);
    b.raw().start = intro;
    return b.build();
}

} // namespace rapport::test
