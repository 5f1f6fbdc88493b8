// Events an author writes as effects (format 2): a third person vouching, a predecessor handing
// over, contact off stage, a tender starting or ending; and the request grade read by
// `p.willingness`. The player's own failures as an event live in Model.cpp beside the act.

#include "rapport/model/ActRules.h"
#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"

#include <algorithm>

namespace rapport {
namespace {

void gain(State& state, PersonaIndex who, const model::Deltas& points, Reason reason, PersonaIndex other, ChangeSink& sink,
          const Scenario& scenario) {
    PersonaState& ps = state.personas[who];
    const bool sceptical = scenario.personas[who].has(Trait::Sceptical);
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        std::int64_t delta = std::int64_t{points[d]} * kScale;
        // A sceptic lends trust less readily, even when someone vouches.
        if (sceptical && d == static_cast<std::size_t>(Dimension::Vertrauen) && delta > 0)
            delta = delta * model::kScepticalTrustPercent / 100;
        if (delta == 0) continue;
        Change c;
        c.persona = who;
        c.target = ChangeTarget::Dimension;
        c.dimension = static_cast<std::uint8_t>(d);
        c.index = other;
        c.reason = reason;
        c.before = ps.dims[d];
        ps.dims[d] = static_cast<std::int32_t>(std::clamp<std::int64_t>(ps.dims[d] + delta, 0, 100 * kScale));
        c.after = ps.dims[d];
        if (c.after != c.before) recordChange(sink, c);
    }
}

} // namespace

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

void applyVouch(const Scenario& scenario, State& state, PersonaIndex persona, PersonaIndex voucher, Standing standing,
                ChangeSink& sink) {
    if (persona == kNone || voucher == kNone) return;
    gain(state, persona, model::kVouch[static_cast<std::size_t>(standing)], Reason::Vouch, voucher, sink, scenario);
    linkPersonas(state, persona, voucher, sink);
    // The voucher lent the player their name: the player owes them one.
    recordFavour(state, voucher, -1, sink);
}

void applyHandover(const Scenario& scenario, State& state, PersonaIndex persona, PersonaIndex predecessor,
                   ChangeSink& sink) {
    if (persona == kNone || predecessor == kNone) return;
    gain(state, persona, model::kHandover, Reason::Handover, predecessor, sink, scenario);
    PersonaState& ps = state.personas[persona];
    if (ps.encounters == 0) ps.encounters = 1; // they have been introduced: an acquaintance
    if (ps.knownSince == kNever) ps.knownSince = state.time;
    linkPersonas(state, persona, predecessor, sink);
}

void applyOffstageContact(const Scenario& scenario, State& state, PersonaIndex persona, Channel channel, bool meaningful,
                          ChangeSink& sink) {
    if (persona == kNone) return;
    PersonaState& ps = state.personas[persona];
    ps.lastContact = state.time;
    if (channel >= Channel::Phone) ps.lastWarmContact = state.time;
    if (ps.knownSince == kNever) ps.knownSince = state.time;
    if (meaningful) {
        ++ps.encounters;
        if (channel == Channel::Face) ++ps.faceEncounters;
    }
    ps.graceDays = model::kGraceDays[static_cast<std::size_t>(stageOf(ps))];
    ps.flags &= ~kFlagFloorsSet; // the next silence starts from today's levels
    (void)scenario;
    (void)sink;
}

void applyTender(const Scenario& scenario, State& state, PersonaIndex persona, bool running, ChangeSink& sink) {
    (void)scenario;
    (void)sink;
    if (persona == kNone) return;
    PersonaState& ps = state.personas[persona];
    if (running) ps.flags |= kFlagTender;
    else ps.flags &= ~kFlagTender;
}

int willingnessOf(const Scenario& scenario, const State& state, PersonaIndex persona) {
    (void)scenario;
    return requestGrade(state.personas[persona], Channel::Face, RequestSize::Medium);
}

} // namespace rapport
