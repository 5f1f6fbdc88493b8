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
    if (sink.out->size() >= sink.maxOut) { // the log is full: the caller stops play (Runner)
        sink.full = true;
        return;
    }
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
    if (value > before) ps.encounterGain = std::min(kCounterLimit, ps.encounterGain + (value - before));
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
    ps.owed = std::clamp(ps.owed + delta, -kCounterLimit, kCounterLimit);
    Change c;
    c.persona = who;
    c.target = ChangeTarget::Owed;
    c.before = before;
    c.after = ps.owed;
    c.reason = reason;
    record(sink, c);
}

/// Brings the recent repetitions up to date (they fade by the day), so they can be added to.
void refreshRepeats(PersonaState& ps, std::int64_t now) {
    for (int g = 0; g < kRepeatGroupCount; ++g) ps.repeats[static_cast<std::size_t>(g)] = recentRepeats(ps, static_cast<RepeatGroup>(g), now);
    ps.repeatsAt = now;
}

/// Where each dimension may cool to in the silence that follows: a rich history keeps more of
/// what is above a stranger's level (never more than the value itself).
void setFloors(PersonaState& ps, std::int64_t now) {
    const int lift = std::min(model::kFloorLiftMax, historyOf(ps, now) * model::kFloorLiftPerHistory / 100);
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const std::int32_t neutral = model::kNeutral[d] * kScale;
        const std::int32_t above = std::max(0, ps.dims[d] - neutral);
        ps.floors[d] = std::min(ps.dims[d], neutral + above * lift / 100);
    }
    ps.flags |= kFlagFloorsSet;
}

/// A contact starts a new encounter after a pause; liking and depth need voice or presence.
void beginContact(const State& state, PersonaState& ps, Channel channel) {
    if (ps.lastContact == kNever || state.time - ps.lastContact >= model::kNewEncounterAfterMinutes) {
        ps.encounterStart = state.time;
        ps.encounterGain = 0;
        ps.encounterCounted = 0;
        ps.disclosuresThisEncounter = 0;
        ps.giftThisEncounter = 0;
    }
    refreshRepeats(ps, state.time);
    ps.lastContact = state.time;
    if (channel >= Channel::Phone) ps.lastWarmContact = state.time;
    if (ps.knownSince == kNever) ps.knownSince = state.time;
}

/// An encounter counts once it has earned enough; the silence that follows is judged by the stage
/// it leaves.
void endContact(const State& state, PersonaState& ps, Channel channel) {
    if (ps.encounterCounted == 0 && ps.encounterGain >= model::kMeaningfulEncounterGain * kScale) {
        ps.encounterCounted = 1;
        ++ps.encounters;
        if (channel == Channel::Face) ++ps.faceEncounters;
    }
    ps.graceDays = model::kGraceDays[static_cast<std::size_t>(stageOf(ps))];
    setFloors(ps, state.time);
}

/// Gestures are counted against what the relationship and the substance delivered carry; substance
/// eases pressure by a share, not all at once; pressure above a level erodes liking and trust.
void applyPressure(PersonaState& ps, PersonaIndex who, const ActVariant& variant, Channel channel, ChangeSink& sink) {
    Change proto;
    proto.channel = channel;
    if (variant.pressure == PressureClass::Gesture) {
        ++ps.gestures;
    } else if (variant.pressure == PressureClass::Substance) {
        ++ps.substance;
        ps.gestures = std::max(0, ps.gestures - model::kGesturesPerSubstance);
        proto.reason = Reason::PressureEases;
        changePressure(ps, who, -std::int64_t{ps.pressure} * model::kSubstanceEasesPercent / 100, proto, sink);
    }
    if (variant.extraPressure != 0) {
        proto.reason = variant.reason;
        changePressure(ps, who, static_cast<std::int64_t>(variant.extraPressure) * kScale, proto, sink);
    }
}

void erodeByPressure(PersonaState& ps, PersonaIndex who, Channel channel, ChangeSink& sink) {
    if (ps.pressure < model::kPressureErodesFrom * kScale) return;
    Change proto;
    proto.channel = channel;
    proto.reason = Reason::PressureErodes;
    proto.count = ps.pressure / kScale;
    changeDimension(ps, who, Dimension::Sympathie, -ps.pressure / model::kPressureSympathieDivisor, proto, sink);
    changeDimension(ps, who, Dimension::Vertrauen, -ps.pressure / model::kPressureTrustDivisor, proto, sink);
}

/// Gives back a share of what an open failure cost (an apology a part, a delivery more and closes it).
/// Liking and depth come back only as far as the channel carries them: a long e-mail is no meeting.
void repair(PersonaState& ps, PersonaIndex who, const ActVariant& variant, Channel channel, Change proto, ChangeSink& sink) {
    const bool delivery = (variant.does & kRepairsByDelivery) != 0;
    const int percent = delivery ? model::kDeliveryRepairPercent : model::kApologyRepairPercent;
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const std::int32_t back = ps.openLoss[d] * percent / 100 * channelPercent(channel, static_cast<Dimension>(d)) / 100;
        if (back > 0) changeDimension(ps, who, static_cast<Dimension>(d), back, proto, sink);
        ps.openLoss[d] = delivery ? 0 : ps.openLoss[d] - back;
    }
}

/// Applies the act to one persona it reaches: the variant the table selects with its factors, the
/// side rules, then the history the act keeps, the ledger, pressure and the encounter. `other` is
/// the second persona of an introduction (kNone otherwise).
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
    proto.count = out.grade >= 0 ? out.grade : out.count;
    if (other != kNone) proto.index = other;
    std::array<std::int32_t, kDimensionCount> before = ps.dims;
    // With the author's reaction ("reaction": "author") the act still counts as contact, history
    // and ledger, but only the choice's adjustments move the dimensions and the pressure.
    const bool modelReacts = !choice.authorReaction;
    for (int d = 0; d < kDimensionCount && modelReacts; ++d)
        changeDimension(ps, who, static_cast<Dimension>(d), out.delta[static_cast<std::size_t>(d)], proto, sink);
    if (variant.does & kRecordsLoss)
        for (std::size_t d = 0; d < kDimensionCount; ++d) ps.openLoss[d] += std::max(0, before[d] - ps.dims[d]);
    if (modelReacts && (variant.does & (kRepairsByApology | kRepairsByDelivery))) repair(ps, who, variant, choice.channel, proto, sink);
    for (std::uint8_t i = 0; i < out.sideCount && modelReacts; ++i) {
        Change side;
        side.reason = out.sides[i].rule->reason;
        side.channel = choice.channel;
        for (int d = 0; d < kDimensionCount; ++d)
            changeDimension(ps, who, static_cast<Dimension>(d), out.sides[i].delta[static_cast<std::size_t>(d)], side, sink);
        if (out.sides[i].rule->pressure != 0)
            changePressure(ps, who, std::int64_t{out.sides[i].rule->pressure} * kScale, side, sink);
    }
    if (out.grade >= 0) {
        Change judged;
        judged.persona = who;
        judged.target = ChangeTarget::Request;
        judged.reason = variant.reason;
        judged.channel = choice.channel;
        judged.before = out.grade;
        judged.after = out.grade >= model::kGrantedFrom ? 1 : 0;
        record(sink, judged);
    }
    if (rule.history & kCountsPraise) ++ps.praises;
    if (rule.history & kCountsDisclosure) ++ps.disclosuresThisEncounter;
    if (variant.ledger != 0) changeOwed(ps, who, variant.ledger, variant.reason, sink);
    if (variant.does & kMarksGift) ps.giftThisEncounter = 1;
    if (rule.history & kClearsGift) ps.giftThisEncounter = 0;
    if (variant.does & kRecordsLoss) ++ps.letdowns;
    if (variant.does & kOpensPromise) ps.promiseDue = state.time + model::kOverpromiseDueDays * kMinutesPerDay;
    if (variant.does & kKeepsPromise) ps.promiseDue = kNever;
    if (variant.repeat != kNoRepeat) ps.repeats[variant.repeat] += 100;
    if (variant.pressure == PressureClass::Substance)
        for (int g = 0; g < kRepeatGroupCount; ++g)
            if (g != static_cast<int>(RepeatGroup::Substance)) ps.repeats[static_cast<std::size_t>(g)] = 0; // substance carries the gestures again
    if (modelReacts) {
        applyPressure(ps, who, variant, choice.channel, sink);
        erodeByPressure(ps, who, choice.channel, sink);
    }
    endContact(state, ps, choice.channel);
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
    return requestGrade(persona, Channel::Face, RequestSize::Medium) >= model::kGrantedFrom;
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
    if (who[0] != kNone)
        actOnPersona(scenario, state, choice, who[0], actRule(choice.act).reach == ActReach::TwoPersonas ? who[1] : kNone, sink);
    if (who[1] != kNone) {
        // An act aimed at two people (format 2) reaches each on its own; only an introduction links them.
        const bool introduction = actRule(choice.act).reach == ActReach::TwoPersonas;
        actOnPersona(scenario, state, choice, who[1], introduction ? who[0] : kNone, sink);
        if (introduction) linkPersonas(state, who[0], who[1], sink);
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

namespace {

/// People in the scene (the node's speaker and `present`, the choice's persons) do not cool while
/// time passes with them: it counts as contact at its end.
void keepPresentWarm(const Scenario& scenario, State& state, const ChangeSink& sink) {
    auto present = [&state](PersonaIndex p) {
        if (p == kNone || p >= state.personas.size()) return;
        state.personas[p].lastContact = state.time;
        state.personas[p].lastWarmContact = state.time;
    };
    if (sink.node != kNone && sink.node < scenario.nodes.size()) {
        const Node& node = scenario.nodes[sink.node];
        present(node.speaker);
        for (PersonaIndex p : node.present) present(p);
    }
    // Reading up on someone is not meeting them: a research choice names its person, who is not there.
    if (sink.choice != kNone && sink.choice < scenario.choices.size() && scenario.choices[sink.choice].act != Act::Research) {
        present(scenario.choices[sink.choice].with);
        present(scenario.choices[sink.choice].withSecond);
    }
}

/// A promise that could not be kept breaks when it falls due.
void breakDuePromise(PersonaState& ps, PersonaIndex who, std::int64_t now, ChangeSink& sink) {
    if (ps.promiseDue == kNever || now < ps.promiseDue) return;
    ps.promiseDue = kNever;
    Change proto;
    proto.reason = Reason::OverpromiseBroken;
    const std::array<std::int32_t, kDimensionCount> before = ps.dims;
    for (std::size_t d = 0; d < kDimensionCount; ++d)
        changeDimension(ps, who, static_cast<Dimension>(d), std::int64_t{model::kOverpromiseBroken[d]} * kScale, proto, sink);
    for (std::size_t d = 0; d < kDimensionCount; ++d) ps.openLoss[d] += std::max(0, before[d] - ps.dims[d]);
    ++ps.letdowns;
}

/// Cooling of one persona over [firstDay, lastDay]: liking and depth count the silence since the last
/// contact by voice or in person, the others since any contact.
void cool(const Scenario& scenario, PersonaState& ps, PersonaIndex who, std::int64_t firstDay, std::int64_t lastDay,
          std::int64_t now, ChangeSink& sink) {
    const Persona& persona = scenario.personas[who];
    if (persona.colleague) return; // sees the player every day
    const int grace = ps.graceDays >= 0 ? ps.graceDays : model::kGraceDays[static_cast<std::size_t>(stageOf(ps))];
    const int routine = static_cast<int>(persona.routine / kMinutesPerDay);
    const std::int64_t warmDays = driftDays(firstDay, lastDay, ps.lastWarmContact, grace, routine);
    const std::int64_t days = driftDays(firstDay, lastDay, ps.lastContact, grace, routine);
    if (warmDays == 0 && days == 0) return;
    if (!ps.has(kFlagFloorsSet)) setFloors(ps, now);
    const int history = historyOf(ps, now);
    Change proto;
    proto.reason = Reason::Drift;
    for (int d = 0; d < kDimensionCount; ++d) {
        const auto dim = static_cast<Dimension>(d);
        const bool warm = dim == Dimension::Sympathie || dim == Dimension::Intensitaet;
        const std::int64_t n = warm ? warmDays : days;
        if (n == 0) continue;
        proto.count = static_cast<std::int32_t>(n);
        const std::int64_t before = ps.dims[static_cast<std::size_t>(d)];
        // Nothing at or below a stranger's level cools further, whatever happened since the floor was set.
        const std::int64_t neutral = std::int64_t{model::kNeutral[static_cast<std::size_t>(d)]} * kScale;
        const std::int64_t floor = std::max<std::int64_t>(ps.floors[static_cast<std::size_t>(d)], std::min(before, neutral));
        changeDimension(ps, who, dim, driftValue(before, floor, dim, n, history) - before, proto, sink);
    }
}

} // namespace

void advanceTime(const Scenario& scenario, State& state, std::int64_t minutes, ChangeSink& sink) {
    if (minutes <= 0) return;
    const std::int64_t from = state.time;
    state.time = minutes >= kTimeLimit - from ? kTimeLimit : from + minutes; // time stops at its limit
    if (state.time == from) return;
    {
        Change c;
        c.target = ChangeTarget::Time;
        c.before = from;
        c.after = state.time;
        c.reason = Reason::TimePassed;
        record(sink, c);
    }
    keepPresentWarm(scenario, state, sink);
    for (std::size_t i = 0; i < state.personas.size(); ++i) breakDuePromise(state.personas[i], static_cast<PersonaIndex>(i), state.time, sink);
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
        cool(scenario, ps, who, firstDay, lastDay, state.time, sink);
    }
}

void applyLetdown(const Scenario& scenario, State& state, PersonaIndex persona, Failure failure, bool warned,
                  ChangeSink& sink) {
    if (persona == kNone) return;
    // The same rule as the act, with no contact: the player did not choose it.
    Choice event;
    event.act = Act::Letdown;
    event.failure = failure;
    event.warned = warned;
    event.with = persona;
    const ActOutcome out = evaluateAct(scenario, state, event, persona);
    if (out.variant == nullptr) return;
    PersonaState& ps = state.personas[persona];
    Change proto;
    proto.reason = out.variant->reason;
    proto.modifiers = out.modifiers;
    const std::array<std::int32_t, kDimensionCount> before = ps.dims;
    for (int d = 0; d < kDimensionCount; ++d)
        changeDimension(ps, persona, static_cast<Dimension>(d), out.delta[static_cast<std::size_t>(d)], proto, sink);
    for (std::size_t d = 0; d < kDimensionCount; ++d) ps.openLoss[d] += std::max(0, before[d] - ps.dims[d]);
    ++ps.letdowns;
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
