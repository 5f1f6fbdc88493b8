#include "rapport/model/Model.h"

#include "rapport/model/ModelConstants.h"
#include "rapport/core/TimeUnits.h"

#include <algorithm>
#include <cassert>

namespace rapport {
namespace {

using model::Deltas;

bool listHas(const std::vector<std::uint32_t>& list, std::uint32_t item) {
    return item != kNone && std::find(list.begin(), list.end(), item) != list.end();
}

std::int32_t clampDim(std::int64_t value) {
    return static_cast<std::int32_t>(std::clamp<std::int64_t>(value, 0, 100 * kScale));
}

/// Everything one act does to one persona, assembled before it is applied.
struct ActOutcome {
    Reason reason = Reason::Adjustment;
    std::array<std::int64_t, kDimensionCount> delta{}; // hundredths
    std::uint8_t modifiers = 0;
    std::int32_t count = 0;
    int gesture = 0;   // +1 a relationship gesture, -1 business substance, 0 neither
    int pressure = 0;  // extra pressure points (push)
    bool contact = true;
};

void setDeltas(ActOutcome& out, const Deltas& points, int percent = 100) {
    for (int d = 0; d < kDimensionCount; ++d)
        out.delta[static_cast<std::size_t>(d)] = static_cast<std::int64_t>(points[static_cast<std::size_t>(d)]) * kScale * percent / 100;
}

void scaleGains(ActOutcome& out, int percent) {
    for (std::int64_t& v : out.delta)
        if (v > 0) v = v * percent / 100;
}

void scaleDimensionGain(ActOutcome& out, Dimension dim, int percent) {
    std::int64_t& v = out.delta[static_cast<std::size_t>(dim)];
    if (v > 0) v = v * percent / 100;
}

void addPoints(ActOutcome& out, Dimension dim, int points) {
    out.delta[static_cast<std::size_t>(dim)] += static_cast<std::int64_t>(points) * kScale;
}

/// The act's own rule: which reason, which base changes, which persona modifiers.
ActOutcome ruleFor(const Scenario& scenario, const State& state, const Choice& choice, PersonaIndex who) {
    const Persona& persona = scenario.personas[who];
    const PersonaState& ps = state.personas[who];
    const bool onConcern = listHas(persona.concerns, choice.topic);
    const bool onInterest = listHas(persona.interests, choice.topic);
    const Stage stage = stageOf(ps);
    ActOutcome out;
    switch (choice.act) {
    case Act::Question:
        if (onConcern) {
            out.reason = Reason::QuestionConcern;
            setDeltas(out, model::kQuestion, model::kConcernPercent);
            addPoints(out, Dimension::Vertrauen, model::kConcernTrustBonus);
            out.gesture = -1;
        } else if (onInterest) {
            out.reason = Reason::QuestionInterest;
            setDeltas(out, model::kQuestion, model::kInterestPercent);
        } else {
            out.reason = Reason::QuestionGeneric;
            setDeltas(out, model::kQuestion);
        }
        break;
    case Act::Listen:
        out.reason = Reason::Listen;
        setDeltas(out, model::kListen);
        break;
    case Act::Praise: {
        out.count = ps.praises + 1;
        const bool empty = choice.topic == kNone && choice.uses == kNone;
        const int emptyLimit = persona.has(Trait::Sceptical) ? 2 : model::kEmptyPraiseFlatteryFrom;
        const int flatteryFrom = persona.has(Trait::Sceptical) ? model::kFlatteryFromPraise - 1 : model::kFlatteryFromPraise;
        if (out.count >= flatteryFrom || (empty && out.count >= emptyLimit)) {
            out.reason = Reason::Flattery;
            setDeltas(out, model::kFlattery);
        } else {
            out.reason = out.count > 1 ? Reason::PraiseDiminished : Reason::Praise;
            setDeltas(out, model::kPraise, 100 / out.count);
            if (persona.has(Trait::Status)) { scaleGains(out, model::kStatusPraisePercent); out.modifiers |= kModTrait; }
            if (persona.has(Trait::Analytical)) { scaleGains(out, model::kAnalyticalPraisePercent); out.modifiers |= kModTrait; }
        }
        out.gesture = 1;
        break;
    }
    case Act::Disclose:
        if (ps.disclosuresThisEncounter >= model::kDisclosuresBeforeMonologue) {
            out.reason = Reason::Monologue;
            setDeltas(out, model::kMonologue);
        } else if (persona.has(Trait::Open)) {
            out.reason = Reason::DiscloseAnswered;
            setDeltas(out, model::kDiscloseAnswered);
        } else if (persona.has(Trait::Reserved)) {
            out.reason = Reason::DiscloseIgnored;
            setDeltas(out, model::kDiscloseIgnored);
        } else {
            out.reason = Reason::DiscloseNeutral;
            setDeltas(out, model::kDiscloseNeutral);
        }
        break;
    case Act::Smalltalk:
        if (persona.has(Trait::Formal) && stage <= Stage::Acquaintance) {
            out.reason = Reason::SmalltalkTooCasual;
            setDeltas(out, model::kSmalltalkTooCasual);
            out.modifiers |= kModTrait;
        } else {
            out.reason = Reason::Smalltalk;
            setDeltas(out, model::kSmalltalk);
            if (persona.has(Trait::Relaxed)) { scaleGains(out, model::kRelaxedSmalltalkPercent); out.modifiers |= kModTrait; }
            if (persona.has(Trait::Busy)) { scaleGains(out, model::kBusySmalltalkPercent); out.modifiers |= kModTrait; }
        }
        out.gesture = 1;
        break;
    case Act::Give:
        out.reason = onConcern ? Reason::GiveOnConcern : Reason::Give;
        setDeltas(out, model::kGive, onConcern ? model::kGiveOnConcernPercent : 100);
        out.gesture = -1;
        break;
    case Act::Ask:
        if (ps.giftThisEncounter != 0 && state.time - ps.lastContact < model::kNewEncounterAfterMinutes) {
            out.reason = Reason::Trade;
            setDeltas(out, model::kTrade);
        } else if (ps.owed > 0) {
            out.reason = Reason::Redeem;
            setDeltas(out, model::kRedeem);
        } else {
            out.reason = Reason::AskWithoutCredit;
            setDeltas(out, model::kAskWithoutCredit);
        }
        break;
    case Act::Thank: out.reason = Reason::Thank; setDeltas(out, model::kThank); break;
    case Act::Pitch:
        if (onConcern) {
            out.reason = Reason::PitchOnConcern;
            setDeltas(out, model::kPitchOnConcern);
        } else if (ps.encounters == 0) { // never met properly: a pitch comes before any rapport
            out.reason = Reason::PitchTooEarly;
            setDeltas(out, model::kPitchTooEarly);
            addPoints(out, Dimension::Kompetenz, model::kPitch[5]);
        } else {
            out.reason = Reason::Pitch;
            setDeltas(out, model::kPitch);
        }
        if (persona.has(Trait::Analytical)) {
            scaleDimensionGain(out, Dimension::Kompetenz, model::kAnalyticalKompetenzPercent);
            out.modifiers |= kModTrait;
        }
        out.gesture = -1;
        break;
    case Act::Followup:
        if (onConcern) {
            out.reason = Reason::FollowupUseful;
            setDeltas(out, model::kFollowup, model::kUsefulFollowupPercent);
            out.gesture = -1;
        } else {
            out.reason = Reason::Followup;
            setDeltas(out, model::kFollowup);
            out.gesture = 1;
        }
        break;
    case Act::Invite: out.reason = Reason::Invite; setDeltas(out, model::kInvite); out.gesture = 1; break;
    case Act::Gift: out.reason = Reason::Gift; setDeltas(out, model::kGift); out.gesture = 1; break;
    case Act::Apologize: out.reason = Reason::Apologize; setDeltas(out, model::kApologize); break;
    case Act::Accept: out.reason = Reason::Accept; setDeltas(out, model::kAccept); break;
    case Act::Push:
        out.reason = Reason::Push;
        setDeltas(out, model::kPush);
        out.pressure = model::kPushPressure;
        break;
    case Act::Sulk: out.reason = Reason::Sulk; setDeltas(out, model::kSulk); break;
    case Act::Touch:
        if (stage >= Stage::Relationship) {
            out.reason = Reason::Touch;
            setDeltas(out, model::kTouch);
        } else {
            out.reason = Reason::TouchFauxPas;
            setDeltas(out, model::kTouchFauxPas, persona.has(Trait::Reserved) ? model::kReservedLossPercent : 100);
        }
        out.gesture = 1;
        break;
    case Act::Decline: out.reason = Reason::Decline; setDeltas(out, model::kDecline); break;
    case Act::None:
    case Act::Research:
    case Act::Lapse:
    case Act::Introduce: // handled by applyIntroduction
        out.contact = false;
        break;
    // model v2: the format 2 acts change nothing until the model of issue 12 gives them rules.
    case Act::Propose:
    case Act::Deliver:
    case Act::Letdown:
    case Act::Overpromise:
    case Act::Candid:
    case Act::Inform:
    case Act::Bypass:
    case Act::Bargain:
    case Act::Receive:
        out.contact = false;
        break;
    }
    if (persona.has(Trait::Sceptical)) scaleDimensionGain(out, Dimension::Vertrauen, model::kScepticalTrustPercent);
    if (choice.uses != kNone && out.contact) {
        scaleGains(out, model::kUsesFactPercent);
        addPoints(out, Dimension::Kompetenz, model::kUsesFactKompetenz);
        out.modifiers |= kModPrepared;
    }
    return out;
}

/// Channel richness and face-to-face history: how much of a gain arrives, how much of a loss hurts.
void applyChannel(const Persona& persona, const PersonaState& ps, Channel channel, ActOutcome& out) {
    int gainPercent = model::kChannelRichness[static_cast<std::size_t>(channel)];
    if (channel == persona.channel) {
        gainPercent += model::kPreferredChannelBonus;
        out.modifiers |= kModPreferred;
    }
    if (gainPercent < 100) out.modifiers |= kModLeanChannel;
    const bool lean = channel == Channel::Sms || channel == Channel::Email;
    const int buffer = std::min(model::kFaceBufferMax, ps.faceEncounters * model::kFaceBufferPerEncounter);
    for (std::int64_t& v : out.delta) {
        if (v > 0) {
            v = v * gainPercent / 100;
        } else if (v < 0) {
            if (lean) { v = v * model::kLeanChannelLossPercent / 100; out.modifiers |= kModMisunderstood; }
            if (buffer > 0) { v = v * (100 - buffer) / 100; out.modifiers |= kModBuffered; }
        }
    }
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
void applyPressure(PersonaState& ps, PersonaIndex who, const ActOutcome& out, Channel channel, ChangeSink& sink) {
    Change proto;
    proto.channel = channel;
    if (out.gesture > 0) {
        ++ps.gestures;
        const int excess = ps.gestures - model::kGestureSlack;
        if (excess > 0) {
            proto.reason = Reason::PressureRises;
            proto.count = ps.gestures;
            changePressure(ps, who, static_cast<std::int64_t>(model::kPressurePerGesture) * kScale, proto, sink);
        }
    } else if (out.gesture < 0) {
        ps.gestures = std::max(0, ps.gestures - 1);
        proto.reason = Reason::PressureEases;
        changePressure(ps, who, -static_cast<std::int64_t>(model::kPressureEasedBySubstance) * kScale, proto, sink);
    }
    if (out.pressure != 0) {
        proto.reason = out.reason;
        changePressure(ps, who, static_cast<std::int64_t>(out.pressure) * kScale, proto, sink);
    }
    if (ps.pressure >= model::kPressureErodesFrom * kScale) {
        proto.reason = Reason::PressureErodes;
        proto.count = ps.pressure / kScale;
        changeDimension(ps, who, Dimension::Sympathie, -ps.pressure / model::kPressureSympathieDivisor, proto, sink);
        changeDimension(ps, who, Dimension::Vertrauen, -ps.pressure / model::kPressureTrustDivisor, proto, sink);
    }
}

void applyIntroduction(const Scenario& scenario, State& state, const Choice& choice, ChangeSink& sink) {
    const PersonaIndex a = choice.with;
    const PersonaIndex b = choice.withSecond;
    assert(a != kNone && b != kNone && "the loader guarantees two personas for introduce");
    const Persona& pa = scenario.personas[a];
    const Persona& pb = scenario.personas[b];
    auto meets = [](const Persona& needer, const Persona& offerer) {
        for (std::uint32_t need : needer.needs)
            if (listHas(offerer.offers, need)) return true;
        return false;
    };
    const bool fit = meets(pa, pb) || meets(pb, pa);
    for (PersonaIndex who : {a, b}) {
        PersonaState& ps = state.personas[who];
        beginContact(state, ps, choice.channel);
        ActOutcome out;
        out.reason = fit ? Reason::IntroduceFit : Reason::IntroduceMisfit;
        setDeltas(out, fit ? model::kIntroduceFit : model::kIntroduceMisfit);
        out.gesture = fit ? -1 : 0;
        applyChannel(scenario.personas[who], ps, choice.channel, out);
        Change proto;
        proto.reason = out.reason;
        proto.modifiers = out.modifiers;
        proto.channel = choice.channel;
        proto.index = who == a ? b : a;
        for (int d = 0; d < kDimensionCount; ++d)
            changeDimension(ps, who, static_cast<Dimension>(d), out.delta[static_cast<std::size_t>(d)], proto, sink);
        if (fit) changeOwed(ps, who, 1, Reason::IntroduceFit, sink);
        applyPressure(ps, who, out, choice.channel, sink);
        endContact(ps, choice.channel);
    }
    linkPersonas(state, a, b, sink);
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

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
    if (choice.act == Act::Introduce) {
        applyIntroduction(scenario, state, choice, sink);
        return;
    }
    if (choice.with == kNone) return; // an act with nobody to receive it changes nothing
    const PersonaIndex who = choice.with;
    PersonaState& ps = state.personas[who];
    ActOutcome out = ruleFor(scenario, state, choice, who);
    if (!out.contact) return;
    beginContact(state, ps, choice.channel);
    applyChannel(scenario.personas[who], ps, choice.channel, out);

    Change proto;
    proto.reason = out.reason;
    proto.modifiers = out.modifiers;
    proto.channel = choice.channel;
    proto.count = out.count;
    for (int d = 0; d < kDimensionCount; ++d)
        changeDimension(ps, who, static_cast<Dimension>(d), out.delta[static_cast<std::size_t>(d)], proto, sink);

    switch (choice.act) {
    case Act::Praise: ++ps.praises; break;
    case Act::Disclose: ++ps.disclosuresThisEncounter; break;
    case Act::Give:
        changeOwed(ps, who, 1, out.reason, sink);
        ps.giftThisEncounter = 1;
        break;
    case Act::Ask:
        changeOwed(ps, who, -1, out.reason, sink);
        ps.giftThisEncounter = 0;
        break;
    default: break;
    }
    applyPressure(ps, who, out, choice.channel, sink);
    endContact(ps, choice.channel);
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
        // Drift: only on days that lie beyond the grace period after the last contact.
        // Without a known contact the grace period counts from the scenario's start.
        const std::int64_t contactDay = ps.lastContact == kNever ? 0 : floorDiv(ps.lastContact, kMinutesPerDay);
        const std::int64_t driftFrom = std::max(firstDay, contactDay + model::kDriftGraceDays);
        if (lastDay <= driftFrom) continue;
        const std::int64_t days = std::min<std::int64_t>(lastDay - driftFrom, 3650);
        const int slowdown = std::min(model::kDriftSlowdownMax, ps.faceEncounters * model::kDriftSlowdownPerFaceEncounter);
        Change proto;
        proto.reason = Reason::Drift;
        proto.count = static_cast<std::int32_t>(days);
        if (slowdown > 0) proto.modifiers |= kModBuffered;
        for (int d = 0; d < kDimensionCount; ++d) {
            std::int64_t value = ps.dims[static_cast<std::size_t>(d)];
            const std::int64_t target = model::kDriftTarget * kScale;
            const std::int64_t rate = model::kDriftPerMille[static_cast<std::size_t>(d)] * (100 - slowdown);
            for (std::int64_t day = 0; day < days && value != target; ++day) {
                std::int64_t step = (value - target) * rate / 100000;
                if (step == 0) step = value > target ? 1 : -1;
                value -= step;
            }
            changeDimension(ps, who, static_cast<Dimension>(d), value - ps.dims[static_cast<std::size_t>(d)], proto, sink);
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
