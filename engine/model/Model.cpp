#include "rapport/model/Model.h"

#include "rapport/model/ActRules.h"
#include "rapport/model/Drift.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/core/TimeUnits.h"

#include <algorithm>
#include <cassert>

namespace rapport {
namespace {

std::int32_t clampDim(std::int64_t value) {
    return static_cast<std::int32_t>(std::clamp<std::int64_t>(value, 0, 100 * kScale));
}

} // namespace

void recordChange(ChangeSink& sink, Change change) {
    if (sink.out == nullptr) return;
    change.step = sink.step;
    change.node = sink.node;
    change.choice = sink.choice;
    if (change.principle < 0) change.principle = static_cast<std::int8_t>(principleOfReason(change.reason));
    change.violation = change.violation || reasonIsViolation(change.reason);
    sink.out->push_back(change);
}

namespace {

void record(ChangeSink& sink, const Change& change) { recordChange(sink, change); }

void changeDimension(PersonaState& ps, PersonaIndex who, Dimension dim, std::int64_t delta, Change proto, ChangeSink& sink) {
    std::int32_t& value = ps.dims[static_cast<std::size_t>(dim)];
    const std::int32_t before = value;
    value = clampDim(static_cast<std::int64_t>(value) + delta);
    if (value == before) return;
    if (value > before) ps.encounterGain += value - before;
    proto.persona = who;
    proto.target = ChangeTarget::Dimension;
    proto.dimension = static_cast<std::uint8_t>(dim);
    proto.before = before;
    proto.after = value;
    record(sink, proto);
}

void changePressure(PersonaState& ps, PersonaIndex who, std::int64_t delta, Change proto, ChangeSink& sink) {
    const std::int32_t before = ps.pressure;
    ps.pressure = clampDim(static_cast<std::int64_t>(before) + delta);
    if (ps.pressure == before) return;
    proto.persona = who;
    proto.target = ChangeTarget::Pressure;
    proto.before = before;
    proto.after = ps.pressure;
    record(sink, proto);
}

void changeOwed(PersonaState& ps, PersonaIndex who, int delta, Reason reason, ChangeSink& sink) {
    const std::int32_t before = ps.owed;
    ps.owed += delta;
    Change c;
    c.persona = who;
    c.target = ChangeTarget::Owed;
    c.before = before;
    c.after = ps.owed;
    c.reason = reason;
    record(sink, c);
}

/// A contact starts a new encounter after a pause; an encounter counts once it has earned enough.
void beginContact(const State& state, PersonaState& ps, Channel channel) {
    if (ps.lastContact == kNever || state.time - ps.lastContact >= model::kNewEncounterAfterMinutes) {
        ps.encounterStart = state.time;
        ps.encounterGain = 0;
        ps.encounterCounted = 0;
        ps.disclosuresThisEncounter = 0;
        ps.giftThisEncounter = 0;
    }
    ps.lastContact = state.time;
    (void)channel;
}

void endContact(PersonaState& ps, Channel channel) {
    if (ps.encounterCounted == 0 && ps.encounterGain >= model::kMeaningfulEncounterGain * kScale) {
        ps.encounterCounted = 1;
        ++ps.encounters;
        if (channel == Channel::Face || channel == Channel::Video) ++ps.faceEncounters;
    }
}

/// Gestures beyond what the business substance carries build pressure; pressure erodes liking.
void applyPressure(PersonaState& ps, PersonaIndex who, const ActVariant& variant, Channel channel, ChangeSink& sink) {
    Change proto;
    proto.channel = channel;
    if (variant.pressure == PressureClass::Gesture) {
        ++ps.gestures;
        const int excess = ps.gestures - model::kGestureSlack;
        if (excess > 0) {
            proto.reason = Reason::PressureRises;
            proto.count = ps.gestures;
            changePressure(ps, who, static_cast<std::int64_t>(model::kPressurePerGesture) * kScale, proto, sink);
        }
    } else if (variant.pressure == PressureClass::Substance) {
        ps.gestures = std::max(0, ps.gestures - 1);
        proto.reason = Reason::PressureEases;
        changePressure(ps, who, -static_cast<std::int64_t>(model::kPressureEasedBySubstance) * kScale, proto, sink);
    }
    if (variant.extraPressure != 0) {
        proto.reason = variant.reason;
        changePressure(ps, who, static_cast<std::int64_t>(variant.extraPressure) * kScale, proto, sink);
    }
    if (ps.pressure >= model::kPressureErodesFrom * kScale) {
        proto.reason = Reason::PressureErodes;
        proto.count = ps.pressure / kScale;
        changeDimension(ps, who, Dimension::Sympathie, -ps.pressure / model::kPressureSympathieDivisor, proto, sink);
        changeDimension(ps, who, Dimension::Vertrauen, -ps.pressure / model::kPressureTrustDivisor, proto, sink);
    }
}

/// Applies the act to one persona it reaches: the variant the table selects, then the history
/// the act keeps, the ledger, pressure and the encounter. `other` is the second persona of an
/// introduction (kNone otherwise).
void actOnPersona(const Scenario& scenario, State& state, const Choice& choice, PersonaIndex who, PersonaIndex other,
                  ChangeSink& sink) {
    // The conditions read the state before the contact: an earlier gift, this encounter's talk.
    const ActOutcome out = evaluateAct(scenario, state, choice, who);
    if (out.variant == nullptr) return;
    const ActVariant& variant = *out.variant;
    const ActRule& rule = actRule(choice.act);
    PersonaState& ps = state.personas[who];
    beginContact(state, ps, choice.channel);
    Change proto;
    proto.reason = variant.reason;
    proto.modifiers = out.modifiers;
    proto.channel = choice.channel;
    proto.count = out.count;
    if (other != kNone) proto.index = other;
    for (int d = 0; d < kDimensionCount; ++d)
        changeDimension(ps, who, static_cast<Dimension>(d), out.delta[static_cast<std::size_t>(d)], proto, sink);
    if (rule.history & kCountsPraise) ++ps.praises;
    if (rule.history & kCountsDisclosure) ++ps.disclosuresThisEncounter;
    if (variant.ledger != 0) changeOwed(ps, who, variant.ledger, variant.reason, sink);
    if (rule.history & kMarksGift) ps.giftThisEncounter = 1;
    if (rule.history & kClearsGift) ps.giftThisEncounter = 0;
    applyPressure(ps, who, variant, choice.channel, sink);
    endContact(ps, choice.channel);
}

} // namespace

std::int32_t qualityOf(const PersonaState& persona) {
    std::int64_t sum = 0;
    std::int32_t weakest = persona.dims[0];
    for (std::int32_t v : persona.dims) {
        sum += v;
        weakest = std::min(weakest, v);
    }
    const std::int64_t mean = sum / kDimensionCount;
    return static_cast<std::int32_t>(mean - (mean - weakest) / 2);
}

Stage stageOf(const PersonaState& persona) {
    const std::int32_t quality = qualityOf(persona);
    Stage stage = Stage::Stranger;
    for (int s = 1; s < kStageCount; ++s) {
        const model::StageRule& rule = model::kStageRules[static_cast<std::size_t>(s)];
        if (quality < rule.quality * kScale || persona.encounters < rule.encounters ||
            persona.dims[static_cast<std::size_t>(Dimension::Gegenseitigkeit)] < rule.gegenseitigkeit * kScale)
            break;
        stage = static_cast<Stage>(s);
    }
    return stage;
}

bool willing(const PersonaState& persona) {
    return persona.pressure < model::kPressureUnwillingFrom * kScale &&
           (persona.owed > 0 || qualityOf(persona) >= model::kWillingQuality * kScale);
}

std::int64_t resultOf(const Scenario& scenario, const State& state) {
    std::int64_t weighted = 0;
    std::int64_t weights = 0;
    for (std::size_t i = 0; i < scenario.personas.size(); ++i) {
        weighted += static_cast<std::int64_t>(scenario.personas[i].weight) * qualityOf(state.personas[i]);
        weights += scenario.personas[i].weight;
    }
    return weights == 0 ? 0 : weighted / weights;
}

void applyAct(const Scenario& scenario, State& state, const Choice& choice, ChangeSink& sink) {
    // An act with nobody to receive it changes nothing.
    const std::array<PersonaIndex, 2> who = personasReached(choice);
    assert((actRule(choice.act).reach != ActReach::TwoPersonas || who[0] != kNone) &&
           "the loader guarantees two personas for introduce");
    if (who[0] != kNone) actOnPersona(scenario, state, choice, who[0], who[1], sink);
    if (who[1] != kNone) {
        actOnPersona(scenario, state, choice, who[1], who[0], sink);
        linkPersonas(state, who[0], who[1], sink);
    }
}

void applyAdjustment(const Scenario& scenario, State& state, const Adjustment& adjustment, ChangeSink& sink) {
    (void)scenario;
    if (adjustment.persona == kNone) return;
    PersonaState& ps = state.personas[adjustment.persona];
    Change proto;
    proto.reason = Reason::Adjustment;
    proto.authoredReason = adjustment.reason;
    proto.principle = static_cast<std::int8_t>(adjustment.principle);
    for (int d = 0; d < kDimensionCount; ++d) {
        const int points = adjustment.delta[static_cast<std::size_t>(d)];
        if (points != 0) changeDimension(ps, adjustment.persona, static_cast<Dimension>(d), static_cast<std::int64_t>(points) * kScale, proto, sink);
    }
    if (adjustment.pressure != 0)
        changePressure(ps, adjustment.persona, static_cast<std::int64_t>(adjustment.pressure) * kScale, proto, sink);
}

void advanceTime(const Scenario& scenario, State& state, std::int64_t minutes, ChangeSink& sink) {
    if (minutes <= 0) return;
    const std::int64_t from = state.time;
    state.time += minutes;
    {
        Change c;
        c.target = ChangeTarget::Time;
        c.before = from;
        c.after = state.time;
        c.reason = Reason::TimePassed;
        record(sink, c);
    }
    const std::int64_t firstDay = state.decayedUntil / kMinutesPerDay;
    const std::int64_t lastDay = state.time / kMinutesPerDay;
    if (lastDay <= firstDay) return;
    state.decayedUntil = lastDay * kMinutesPerDay;
    for (std::size_t i = 0; i < state.personas.size(); ++i) {
        PersonaState& ps = state.personas[i];
        const auto who = static_cast<PersonaIndex>(i);
        // Pressure fades with time whether or not there is contact.
        const std::int64_t weeksBefore = firstDay / kDaysPerWeek;
        const std::int64_t weeksAfter = lastDay / kDaysPerWeek;
        if (weeksAfter > weeksBefore && ps.pressure > 0) {
            Change c;
            c.reason = Reason::PressureFades;
            changePressure(ps, who, -(weeksAfter - weeksBefore) * model::kPressureFadePerWeek * kScale, c, sink);
        }
        const std::int64_t days = driftDays(firstDay, lastDay, ps.lastContact);
        if (days == 0) continue;
        Change proto;
        proto.reason = Reason::Drift;
        proto.count = static_cast<std::int32_t>(days);
        if (driftSlowdown(ps.faceEncounters) > 0) proto.modifiers |= kModBuffered;
        for (int d = 0; d < kDimensionCount; ++d) {
            const auto dim = static_cast<Dimension>(d);
            const std::int64_t before = ps.dims[static_cast<std::size_t>(d)];
            changeDimension(ps, who, dim, driftValue(before, dim, days, ps.faceEncounters) - before, proto, sink);
        }
    }
    (void)scenario;
}

void recordFavour(State& state, PersonaIndex persona, int direction, ChangeSink& sink) {
    changeOwed(state.personas[persona], persona, direction, direction > 0 ? Reason::FavourGiven : Reason::FavourReceived, sink);
}

void linkPersonas(State& state, PersonaIndex a, PersonaIndex b, ChangeSink& sink) {
    if (a == b) return;
    const bool already = (state.personas[a].links >> b) & 1u;
    state.personas[a].links |= std::uint64_t{1} << b;
    state.personas[b].links |= std::uint64_t{1} << a;
    if (already) return;
    Change c;
    c.persona = a;
    c.index = b;
    c.target = ChangeTarget::Link;
    c.before = 0;
    c.after = 1;
    c.reason = Reason::Introduced;
    record(sink, c);
}

} // namespace rapport
