#pragma once
// The rules of the acts as data, read by everyone who needs them: the model applies them, the
// analyzer bounds them, the principle table and the reasons are derived from them, and a view can
// explain a choice by listing the variant taken and every factor applied.
//
// Per act an ordered list of variants: the first whose condition holds is taken. A variant says
// what changes (points per dimension, a percent on them, bonus points), why (reason, principle,
// violation), whether it is a gesture or substance (pressure), and what it does to the ledger.
// Then the factors (a second table, in a fixed order) scale what the variant changes: traits,
// research, channel, history. docs/scoring-model.md explains every row; the numbers live in
// ModelConstants.h. How to add a variant, a factor or an act: see the comments in ActTable.cpp.

#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace rapport {

// --- Conditions -------------------------------------------------------------------------------

/// What a condition can ask about the situation of an act (a closed set, easy to extend: add a
/// value here, its meaning in ActRules.cpp `holds` and, if the analyzer can know it without a
/// state, in `staticTruth`).
enum class Predicate : std::uint8_t {
    // Known from the scenario and the choice alone ("static").
    TopicIsConcern,     ///< the choice's topic is one of the persona's concerns
    TopicIsInterest,    ///< ... one of the persona's interests
    TopicIsNeed,        ///< ... one of the persona's needs
    TopicIsOther,       ///< the choice names a topic that is none of these for this persona
    NoTopicNorFact,     ///< the choice names neither a topic nor a researched fact (generic)
    NotAboutThem,       ///< neither a topic of the persona's (concern, interest, need) nor a researched fact
    UsesFact,           ///< the choice draws on a researched fact
    HasTrait,           ///< the persona has the trait `arg`
    IntroductionFits,   ///< the receiver needs what the other offers (format 1: either way)
    IsReceiver,         ///< the persona receives the contact of an introduction (format 1: both do)
    ChannelIs,          ///< the choice's channel is `arg`
    ChannelIsPreferred, ///< the choice's channel is the persona's preferred one
    ChannelIsWritten,   ///< sms, e-mail or messenger
    ChannelAvoided,     ///< the persona does not want to be contacted on this channel
    ActIs,              ///< the choice's act is `arg`
    Asked,              ///< the persona asked for it or agreed beforehand
    ValueIs,            ///< the choice's `value` is `arg` (Value)
    SizeAtLeast,        ///< the request's `size` is at least `arg` (RequestSize)
    FailureIs,          ///< the letdown's `failure` is `arg`
    Warned,             ///< the letdown was announced in time
    Inconvenient,       ///< the move reaches the persona at a bad moment
    Ultimatum,          ///< the bargaining is a threat
    StrictGifts,        ///< the persona's organisation allows only token gifts
    // Depending on the state before the act ("dynamic").
    StageAtLeast,               ///< the persona's stage is at least `arg`
    StageAtMost,                ///< ... at most `arg`
    DisclosuresAtLeast,         ///< disclosures counted in the current encounter are at least `arg`
    GiftEarlierThisEncounter,   ///< something given earlier in the encounter that is still going on
    OwesPlayer,                 ///< the persona owes the player a favour (ledger > 0)
    PlayerOwes,                 ///< the player owes the persona (ledger < 0)
    NeverMet,                   ///< no meaningful encounter yet
    FaceEncountersAtLeast,      ///< meaningful encounters in person, at least `arg`
    RepeatsAtLeast,             ///< recent repetitions of group `arg` are at least `arg2` hundredths
    AnnoyedBy,                  ///< recent repetitions of group `arg` have reached its annoyance level
    OutOfProportion,            ///< one more gesture than the relationship and the substance carry
    TenderRunning,              ///< a tender involving the player is running
    OpenLetdown,                ///< a failure of the player's side is not repaired yet
    PromisePending,             ///< a promise that cannot be kept is open
    RequestGranted,             ///< the request's grade reaches kGrantedFrom
    RequestPresumptuous,        ///< the request's grade is below kPresumptuousBelow
};

/// One predicate, perhaps negated.
struct Term {
    Predicate what = Predicate::TopicIsConcern;
    std::uint8_t arg = 0;
    bool negated = false;
    std::uint16_t arg2 = 0;
};

/// All of up to three terms.
struct Clause {
    std::array<Term, 3> terms{};
    std::uint8_t count = 0;
};

/// Any of up to three clauses; no clause at all means "always".
struct Condition {
    std::array<Clause, 3> clauses{};
    std::uint8_t count = 0;
};

/// Builders, so a table row reads like the rule: when(all(is(HasTrait, Formal), is(StageAtMost, 1))).
[[nodiscard]] constexpr Term is(Predicate p, int arg = 0) { return Term{p, static_cast<std::uint8_t>(arg), false}; }
[[nodiscard]] constexpr Term isNot(Predicate p, int arg = 0) { return Term{p, static_cast<std::uint8_t>(arg), true}; }
[[nodiscard]] constexpr Term has(Trait t) { return is(Predicate::HasTrait, static_cast<int>(t)); }
[[nodiscard]] constexpr Term repeats(RepeatGroup g, int hundredths) {
    return Term{Predicate::RepeatsAtLeast, static_cast<std::uint8_t>(g), false, static_cast<std::uint16_t>(hundredths)};
}
[[nodiscard]] constexpr Term annoyedBy(RepeatGroup g) { return is(Predicate::AnnoyedBy, static_cast<int>(g)); }
[[nodiscard]] constexpr Term valueIs(Value v) { return is(Predicate::ValueIs, static_cast<int>(v)); }
[[nodiscard]] constexpr Term failureIs(Failure f) { return is(Predicate::FailureIs, static_cast<int>(f)); }
[[nodiscard]] constexpr Term actIs(Act a) { return is(Predicate::ActIs, static_cast<int>(a)); }
[[nodiscard]] constexpr Term stageAtMost(Stage s) { return is(Predicate::StageAtMost, static_cast<int>(s)); }
[[nodiscard]] constexpr Term stageAtLeast(Stage s) { return is(Predicate::StageAtLeast, static_cast<int>(s)); }
template <typename... Terms>
[[nodiscard]] constexpr Clause all(Terms... terms) {
    static_assert(sizeof...(Terms) >= 1 && sizeof...(Terms) <= 3, "a clause holds one to three terms");
    return Clause{{terms...}, static_cast<std::uint8_t>(sizeof...(Terms))};
}
template <typename... Clauses>
[[nodiscard]] constexpr Condition anyOf(Clauses... clauses) {
    static_assert(sizeof...(Clauses) >= 1 && sizeof...(Clauses) <= 3, "a condition holds one to three clauses");
    return Condition{{clauses...}, static_cast<std::uint8_t>(sizeof...(Clauses))};
}
[[nodiscard]] constexpr Condition when(Term t) { return anyOf(all(t)); }
inline constexpr Condition kAlways{};

// --- Variants and acts ------------------------------------------------------------------------

/// How a variant weighs on pressure (relationship effort out of proportion to substance).
enum class PressureClass : std::uint8_t { Neutral, Gesture, Substance };

/// What a variant keeps in the persona's history beyond the changes (bits).
enum VariantDoes : std::uint8_t {
    kMarksGift = 1,        ///< something was given in this encounter (a request now makes it a trade)
    kRecordsLoss = 2,      ///< a failure of the player's side: its losses stay open until repaired
    kRepairsByApology = 4, ///< gives back kApologyRepairPercent of the open losses
    kRepairsByDelivery = 8, ///< gives back kDeliveryRepairPercent of the open losses, and closes them
    kOpensPromise = 16,    ///< a promise that cannot be kept: it breaks when it falls due
    kKeepsPromise = 32,    ///< the open promise is kept after all
};
inline constexpr std::uint8_t kNoRepeat = 0xFF;

/// One alternative of an act: when it is taken and everything it changes, before the factors.
struct ActVariant {
    Condition condition;
    Reason reason = Reason::Adjustment;
    model::Deltas points{};     ///< whole points per dimension
    int percent = 100;          ///< on `points` (exact: points are whole)
    model::Deltas bonus{};      ///< whole points added after the percent
    std::int8_t principle = -1; ///< Principle
    bool violation = false;
    PressureClass pressure = PressureClass::Neutral;
    int extraPressure = 0;      ///< pressure points on top (a push)
    int ledger = 0;             ///< favours the persona owes the player afterwards, +1 or -1
    std::uint16_t modifiers = 0; ///< ChangeModifier bits the variant itself stands for
    std::uint8_t repeat = kNoRepeat; ///< RepeatGroup whose repetitions wear this variant thin
    std::uint8_t does = 0;      ///< VariantDoes bits

    // Builders for the table: ActVariant{...}.times(200).plus(Dimension::Vertrauen, 2).substance()
    [[nodiscard]] constexpr ActVariant times(int p) const { ActVariant v = *this; v.percent = p; return v; }
    [[nodiscard]] constexpr ActVariant plus(Dimension d, int pointsAdded) const {
        ActVariant v = *this;
        v.bonus[static_cast<std::size_t>(d)] += pointsAdded;
        return v;
    }
    [[nodiscard]] constexpr ActVariant follows(Principle p) const { ActVariant v = *this; v.principle = static_cast<std::int8_t>(p); v.violation = false; return v; }
    [[nodiscard]] constexpr ActVariant violates(Principle p) const { ActVariant v = *this; v.principle = static_cast<std::int8_t>(p); v.violation = true; return v; }
    [[nodiscard]] constexpr ActVariant gesture() const { ActVariant v = *this; v.pressure = PressureClass::Gesture; return v; }
    [[nodiscard]] constexpr ActVariant substance() const { ActVariant v = *this; v.pressure = PressureClass::Substance; return v; }
    [[nodiscard]] constexpr ActVariant pressing(int points_) const { ActVariant v = *this; v.extraPressure = points_; return v; }
    [[nodiscard]] constexpr ActVariant owes(int favours) const { ActVariant v = *this; v.ledger = favours; return v; }
    [[nodiscard]] constexpr ActVariant marks(std::uint16_t bits) const { ActVariant v = *this; v.modifiers |= bits; return v; }
    [[nodiscard]] constexpr ActVariant wears(RepeatGroup g) const { ActVariant v = *this; v.repeat = static_cast<std::uint8_t>(g); return v; }
    [[nodiscard]] constexpr ActVariant doing(std::uint8_t bits) const { ActVariant v = *this; v.does |= bits; return v; }
};

/// A variant's head: its reason, condition and points; the rest is added with the builders.
[[nodiscard]] constexpr ActVariant variant(Reason reason, Condition condition, const model::Deltas& points) {
    ActVariant v;
    v.condition = condition;
    v.reason = reason;
    v.points = points;
    return v;
}

/// Whom an act reaches.
enum class ActReach : std::uint8_t {
    Nobody,     ///< no relationship effect (none, research, lapse)
    OnePersona, ///< `with`
    TwoPersonas ///< `with` and `withSecond`, each gets the act, then they are linked (introduce)
};

/// What an act keeps in the persona's history, for later conditions (bits).
enum ActHistory : std::uint8_t {
    kCountsPraise = 1,     ///< praises so far (and the count in the sentence)
    kCountsDisclosure = 2, ///< disclosures in this encounter
    kClearsGift = 8,       ///< a request settles what was given in this encounter
};

/// An act: whom it reaches, its variants in order (the first that holds is taken), its history.
struct ActRule {
    Act act = Act::None;
    ActReach reach = ActReach::Nobody;
    const ActVariant* variants = nullptr;
    std::uint8_t variantCount = 0;
    std::uint8_t history = 0;          ///< ActHistory bits
    bool spendsResearchBudget = false; ///< its time comes out of the research budget (and needs it)

    [[nodiscard]] const ActVariant* begin() const { return variants; }
    [[nodiscard]] const ActVariant* end() const { return variants + variantCount; }
};

// --- Factors ----------------------------------------------------------------------------------

/// The factors, in the order they are applied (the table in ActTable.cpp lists them in this order).
enum class FactorId : std::uint8_t {
    Repetition, Annoyance, Warned, RepeatedLetdown, ReservedFauxPas, StatusAttention, AnalyticalPraise,
    RelaxedSmalltalk, BusySmalltalk, AnalyticalCompetence, ScepticalTrust, Familiarity, UsesFact, Unannounced,
    OutOfProportion, CoverUp, Unwelcome, ChannelRichness, FacePresence, PreferredChannel, LeanChannelLoss, Buffer
};
inline constexpr int kFactorCount = 22;

/// Which variants a factor may scale.
enum class FactorScope : std::uint8_t {
    Listed,      ///< the variants whose reason is in `reasons`
    OnePersona,  ///< every variant of an act that reaches one persona
    AllContacts, ///< every variant of every act that reaches someone
    Gestures,    ///< every variant whose pressure class is Gesture
    Repeating    ///< every variant that belongs to a repeat group
};

/// Which values a factor scales.
enum class FactorValues : std::uint8_t { Gains, Losses, All };

/// Where a factor's percent comes from.
enum class PercentFrom : std::uint8_t {
    Fixed,           ///< `percent`
    Repetition,      ///< what recent repetitions of the variant's group leave of it
    Annoyance,       ///< 100 per step of repetition beyond the annoyance level
    Familiarity,     ///< the shared history: kFamiliarityMinPercent to kFamiliarityMaxPercent
    Proportion,      ///< gestures beyond what the relationship carries: half, then nothing
    ChannelRichness, ///< how much of a person the channel carries, per dimension (kChannelSensitivity)
    Buffer,          ///< 100 minus the share of a loss shared history absorbs
    AddToPrevious    ///< `percent` points added to the previous factor's percent (one multiplication)
};

/// When a factor marks its modifier bits on the changes.
enum class MarkWhen : std::uint8_t {
    Applies,  ///< whenever it applies
    Touches,  ///< when there was a value of its kind to scale
    Reduces   ///< when its (combined) percent is below 100
};

/// Up to 128 reasons as a bit set (the reasons a Listed factor scales).
struct ReasonSet {
    std::array<std::uint64_t, 2> bits{};
    [[nodiscard]] constexpr bool contains(Reason r) const {
        const auto i = static_cast<unsigned>(r);
        return (bits[i / 64] >> (i % 64)) & 1u;
    }
};
template <typename... Reasons>
[[nodiscard]] constexpr ReasonSet reasonSet(Reasons... reasons) {
    ReasonSet s;
    for (Reason r : {reasons...}) s.bits[static_cast<unsigned>(r) / 64] |= std::uint64_t{1} << (static_cast<unsigned>(r) % 64);
    return s;
}

/// A factor: when it applies, to which variants and values, by how much, which bits it marks.
struct ActFactor {
    FactorId id = FactorId::Repetition;
    Condition condition;
    FactorScope scope = FactorScope::Listed;
    ReasonSet reasons;
    FactorValues values = FactorValues::Gains;
    std::uint8_t dimensions = 0x3F; ///< bit per dimension it scales
    PercentFrom from = PercentFrom::Fixed;
    int percent = 100;
    model::Deltas bonus{};           ///< points added after scaling (research shows preparation)
    bool bonusOnGain = false;        ///< the bonus only where the value scaled is a gain
    std::uint16_t modifiers = 0;     ///< ChangeModifier bits
    MarkWhen mark = MarkWhen::Applies;
};

// --- The tables -------------------------------------------------------------------------------

// --- Side rules ---------------------------------------------------------------------------------

/// A change that comes on top of an act's own, with a reason of its own: pressure from gestures out
/// of proportion, an avoided channel, a gesture that covers up a failure. Applied after the act.
struct SideRule {
    Condition condition;
    FactorScope scope = FactorScope::AllContacts; ///< AllContacts or Gestures
    Reason reason = Reason::Adjustment;
    model::Deltas points{};
    int pressure = 0;
};
inline constexpr int kSideRuleCount = 6;

/// Every side rule, in the order they apply (valid for the whole program).
[[nodiscard]] const std::array<SideRule, kSideRuleCount>& sideRules();

/// The rule of an act (valid for the whole program).
[[nodiscard]] const ActRule& actRule(Act act);

/// The personas a choice's act reaches, in the order it applies to them (kNone for none): `with`
/// for an act that reaches one persona, `with` and `withSecond` for one that reaches two.
[[nodiscard]] std::array<PersonaIndex, 2> personasReached(const Choice& choice);

/// Every factor, in the order they are applied.
[[nodiscard]] const std::array<ActFactor, kFactorCount>& actFactors();

/// A stable id of a factor ("status-praise"), for traces and views.
[[nodiscard]] std::string_view idOf(FactorId factor);

/// The principle and verdict of a reason that no act variant gives (pressure, drift, ledger,
/// links, facts, time); -1 when it has none.
struct ReasonPrinciple {
    Reason reason;
    std::int8_t principle;
    bool violation;
};
[[nodiscard]] const ReasonPrinciple* otherReasonsBegin();
[[nodiscard]] const ReasonPrinciple* otherReasonsEnd();

// --- Applying ----------------------------------------------------------------------------------

/// A factor that shaped an outcome, with the percent it applied (points for AddToPrevious).
struct AppliedFactor {
    FactorId id = FactorId::Repetition;
    int percent = 100;
};

/// A side rule that applies to an outcome, with its changes.
struct SideOutcome {
    const SideRule* rule = nullptr;
    std::array<std::int64_t, kDimensionCount> delta{}; ///< hundredths
};

/// Everything one act does to one persona, assembled before it is applied.
struct ActOutcome {
    const ActVariant* variant = nullptr;               ///< null: the act changes nothing for this persona
    std::array<std::int64_t, kDimensionCount> delta{}; ///< hundredths
    std::uint16_t modifiers = 0;                       ///< ChangeModifier bits
    std::int32_t count = 0;                            ///< the number of this praise, for the sentence
    std::int32_t grade = -1;                           ///< a request's grade 0-100 (-1: not a request)
    std::array<AppliedFactor, kFactorCount> trace{};   ///< the factors applied, in order
    std::uint8_t traceCount = 0;
    std::array<SideOutcome, kSideRuleCount> sides{};   ///< side rules that apply, in order
    std::uint8_t sideCount = 0;
};

/// The shared history with a persona, 0-100: meaningful encounters, those in person, years known.
[[nodiscard]] int historyOf(const PersonaState& persona, std::int64_t now);

/// Recent repetitions of a group at `now` (hundredths), decayed since they were last brought up to date.
[[nodiscard]] std::int32_t recentRepeats(const PersonaState& persona, RepeatGroup group, std::int64_t now);

/// The percent of a gain on `dimension` that arrives over `channel` (liking and depth depend most on it).
[[nodiscard]] int channelPercent(Channel channel, Dimension dimension);

/// The grade 0-100 with which the persona would grant a request of this size on this channel now.
[[nodiscard]] int requestGrade(const PersonaState& persona, Channel channel, RequestSize size);

/// Selects the variant of the choice's act for `who` and applies the factors, reading the state
/// before the act (the encounter it may begin has not begun yet).
[[nodiscard]] ActOutcome evaluateAct(const Scenario& scenario, const State& state, const Choice& choice, PersonaIndex who);

// --- Bounding ----------------------------------------------------------------------------------

/// What an act can do to one persona, whatever the state: per dimension the lowest and highest
/// change in hundredths (before clamping and pressure erosion), pressure and ledger changes.
struct ActBounds {
    bool contact = false; ///< false: the act changes nothing for this persona
    std::array<std::int64_t, kDimensionCount> lo{}, hi{};
    std::int64_t pressureLo = 0, pressureHi = 0; ///< hundredths, from gestures, substance and pushes
    int owedLo = 0, owedHi = 0;
};

/// The hull of every variant that can be taken for this persona (variants whose condition cannot
/// hold for it, or that an earlier variant always pre-empts, are left out), each under every factor
/// that may apply, with its whole range of percents. Rounded outwards, so it is sound.
/// `withRepair` false leaves out what a repair gives back: never more than the open losses
/// (PersonaState::openLoss), which a bound along a playthrough can count instead.
[[nodiscard]] ActBounds actBounds(const Scenario& scenario, const Choice& choice, PersonaIndex who, bool withRepair = true);

/// Whether time passing can break a promise made to this persona (some choice overpromises to them):
/// the analyzer adds kOverpromiseBroken to what waiting may cost them.
[[nodiscard]] bool mayBreakPromise(const Scenario& scenario, PersonaIndex persona);

/// The principles (bit per Principle) the variants of an act can give, with the pressure reasons
/// their pressure classes can produce; 0 for an act that reaches nobody.
[[nodiscard]] std::uint32_t actPrinciples(Act act);

} // namespace rapport
