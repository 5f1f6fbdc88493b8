// Format 2 events that an author writes as effects: vouching, a handover, contact off stage, a
// tender, a letdown by the player's side; and the request grade read by `p.willingness`.
//
// model v2: these are placeholders so that files using the new effects load and play; the model
// of issue 12 replaces their bodies. What they do now: vouching and a handover link the two
// people (they evidently know each other), contact off stage counts as the last contact, and a
// tender or a letdown changes nothing yet.

#include "rapport/model/Model.h"

namespace rapport {

void applyVouch(const Scenario& scenario, State& state, PersonaIndex persona, PersonaIndex voucher, Standing standing,
                ChangeSink& sink) {
    (void)scenario;
    (void)standing;
    if (persona == kNone || voucher == kNone) return;
    linkPersonas(state, persona, voucher, sink);
}

void applyHandover(const Scenario& scenario, State& state, PersonaIndex persona, PersonaIndex predecessor,
                   ChangeSink& sink) {
    (void)scenario;
    if (persona == kNone || predecessor == kNone) return;
    linkPersonas(state, persona, predecessor, sink);
}

void applyOffstageContact(const Scenario& scenario, State& state, PersonaIndex persona, Channel channel, bool meaningful,
                          ChangeSink& sink) {
    (void)scenario;
    (void)channel;
    (void)meaningful;
    (void)sink;
    if (persona == kNone) return;
    state.personas[persona].lastContact = state.time;
}

void applyTender(const Scenario& scenario, State& state, PersonaIndex persona, bool running, ChangeSink& sink) {
    (void)scenario;
    (void)state;
    (void)persona;
    (void)running;
    (void)sink;
}

void applyLetdown(const Scenario& scenario, State& state, PersonaIndex persona, Failure failure, bool warned,
                  ChangeSink& sink) {
    (void)scenario;
    (void)state;
    (void)persona;
    (void)failure;
    (void)warned;
    (void)sink;
}

void applyEvent(const Scenario& scenario, State& state, const Effect& e, ChangeSink& sink) {
    switch (e.kind) {
    case Effect::Kind::Vouch: applyVouch(scenario, state, e.target, e.second, static_cast<Standing>(e.amount), sink); break;
    case Effect::Kind::Handover: applyHandover(scenario, state, e.target, e.second, sink); break;
    case Effect::Kind::Contact: applyOffstageContact(scenario, state, e.target, e.channel, e.amount != 0, sink); break;
    case Effect::Kind::Tender: applyTender(scenario, state, e.target, e.amount != 0, sink); break;
    case Effect::Kind::Letdown: applyLetdown(scenario, state, e.target, e.failure, e.amount != 0, sink); break;
    default: break;
    }
}

int willingnessOf(const Scenario& scenario, const State& state, PersonaIndex persona) {
    (void)scenario;
    return willing(state.personas[persona]) ? 100 : 0;
}

} // namespace rapport
