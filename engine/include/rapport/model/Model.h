#pragma once
// The explainable relationship model: turns acts, adjustments and time into changes of a
// State, and records every change with its reason.

#include "rapport/core/Scenario.h"
#include "rapport/core/State.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

/// Why something changed. Each code has a sentence in German and English (Reasons.cpp).
enum class Reason : std::uint8_t {
    // Attention
    QuestionGeneric, QuestionConcern, QuestionInterest, Listen, ListenConcern,
    // Praise and self-disclosure
    Praise, PraiseGeneric, PraiseGenericCosts, Flattery, DiscloseAnswered, DiscloseIgnored, DiscloseNeutral, Monologue,
    Smalltalk, SmalltalkTooCasual,
    // Giving, asking, thanking
    Give, GiveOnConcern, GiveTooMuch, Trade, Redeem, AskGranted, AskRefused, AskPresumptuous, AskTooCasual,
    Thank, ThankFavour,
    // Introductions
    IntroduceFit, IntroduceMisfit, IntroducedFit, IntroducedMisfit,
    // Selling
    Pitch, PitchTooEarly, PitchOnConcern, PitchRequested, PitchToSceptic, PitchGenericToStatus, PitchAgain,
    // Keeping in touch
    FollowupUseful, FollowupInterest, CheckIn, Annoyed, Propose, ProposeUnwanted, Inform,
    // Invitations and gifts
    Invite, InviteToken, InviteLavish, InviteEarly, InviteTooLavish, InviteAgainstRules, InviteAgain,
    Gift, GiftToken, GiftTooLavish, GiftInTender, GiftAgainstRules, Receive, ReceiveCompromising,
    // Repair and friction
    Apologize, ApologizeRepair, Accept, Push, Sulk, Touch, TouchFauxPas, Decline, DeclineCurt, Candid,
    Overpromise, OverpromiseBroken, Deliver, DeliverPromised, DeliverRepair, Bypass, Bargain, Ultimatum,
    LetdownBrokenPromise, LetdownMissedDelivery, LetdownCancelledMeeting, LetdownUnanswered, LetdownMistake,
    LetdownMisunderstanding,
    // Side rules
    PressureRises, CoverUp, Unwelcome, BadMoment, UnannouncedIntroduction,
    // Events a scenario states
    Vouch, Handover, OffstageContact, TenderStarts, TenderEnds,
    // Time, the ledger, the scenario
    PressureEases, PressureErodes, PressureFades, Drift, Adjustment, FavourGiven, FavourReceived, Introduced,
    VariableChanged, FactLearned, TimePassed, GiftOwed
};
inline constexpr int kReasonCount = 104;

/// What a change changed.
/// (Request: a request was judged; `before` holds its grade 0-100, `after` 1 if granted, else 0.)
enum class ChangeTarget : std::uint8_t { Dimension, Pressure, Owed, Variable, Link, Fact, Time, Request };

/// Modifiers that shaped a change, named in its sentence.
enum ChangeModifier : std::uint16_t {
    kModLeanChannel = 1,    // a lean channel carried less
    kModPreferred = 2,      // the persona's preferred channel
    kModPrepared = 4,       // drew on research
    kModBuffered = 8,       // shared history absorbed part of a loss
    kModTrait = 16,         // a trait scaled it
    kModMisunderstood = 32, // a lean channel made a loss worse
    kModFamiliar = 64,      // a long shared history made it land better
    kModUnfamiliar = 128,   // little shared history yet: it landed less
    kModRepeated = 256,     // recent repetitions wore it thin
    kModWarned = 512,       // announced in time: it cost less
    kModAgain = 1024,       // not the first failure: it cost more
};

/// One recorded change: enough to answer "why did trust drop here?" without re-running anything.
struct Change {
    std::uint32_t step = 0;          // choices made before it
    NodeIndex node = kNone;          // where it happened
    ChoiceIndex choice = kNone;      // the choice that caused it, if any
    PersonaIndex persona = kNone;
    ChangeTarget target = ChangeTarget::Dimension;
    std::uint8_t dimension = 0;      // Dimension for Dimension changes; variable/fact index otherwise
    std::uint32_t index = 0;         // variable, fact or linked persona index
    std::int64_t before = 0;
    std::int64_t after = 0;
    Reason reason = Reason::Adjustment;
    std::int8_t principle = -1;      // Principle, or -1
    bool violation = false;          // the change shows a principle being violated
    std::uint16_t modifiers = 0;     // ChangeModifier bits
    Channel channel = Channel::Face;
    std::int32_t count = 0;          // e.g. how many times praised
    TextId authoredReason = kNone;   // for Adjustment: the author's sentence

    /// after − before, saturated: a scenario's own variables may hold any 64-bit value.
    [[nodiscard]] std::int64_t delta() const {
        std::int64_t d = 0;
        if (!__builtin_sub_overflow(after, before, &d)) return d;
        return after > before ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
    }
};

/// Where changes go; `out` may be null when nobody needs the explanation (fast analysis).
struct ChangeSink {
    std::vector<Change>* out = nullptr;
    std::uint32_t step = 0;
    NodeIndex node = kNone;
    ChoiceIndex choice = kNone;
    std::uint64_t work = 0; ///< work done through this sink so far (Node::work, Choice::work), for budgets
    std::size_t maxOut = SIZE_MAX; ///< `out` holds at most this many changes; later ones set `full`
    bool full = false;             ///< a change was dropped because `out` was full
};

/// Overall quality in hundredths (0-10000): the mean, pulled halfway down to the weakest dimension.
[[nodiscard]] std::int32_t qualityOf(const PersonaState& persona);

/// The stage the persona's quality and history carry (derived, never stored).
[[nodiscard]] Stage stageOf(const PersonaState& persona);

/// Whether the persona would grant a request now.
[[nodiscard]] bool willing(const PersonaState& persona);

/// The 0-100 grade of how readily the persona would grant a medium request in person now
/// (`p.willingness` in conditions, `willingness` in `play --json`).
[[nodiscard]] int willingnessOf(const Scenario& scenario, const State& state, PersonaIndex persona);

/// The scenario's result in hundredths: weighted mean quality over the personas that count.
[[nodiscard]] std::int64_t resultOf(const Scenario& scenario, const State& state);

/// Logs a change at the sink's step, node and choice, with the principle its reason belongs to.
void recordChange(ChangeSink& sink, Change change);

/// Applies a choice's act (with persona, channel and history modifiers) to the state.
void applyAct(const Scenario& scenario, State& state, const Choice& choice, ChangeSink& sink);

/// Applies an author's explicit adjustment.
void applyAdjustment(const Scenario& scenario, State& state, const Adjustment& adjustment, ChangeSink& sink);

/// Moves scenario time forward: pressure fades, relationships drift without contact.
void advanceTime(const Scenario& scenario, State& state, std::int64_t minutes, ChangeSink& sink);

/// Records a favour in the persona's ledger (+1 given by the player, -1 received).
void recordFavour(State& state, PersonaIndex persona, int direction, ChangeSink& sink);

/// Links two personas in the network (no relationship effect).
void linkPersonas(State& state, PersonaIndex a, PersonaIndex b, ChangeSink& sink);

// --- Format 2 events (effects an author writes; Events.cpp) ---

/// A third person (`voucher`) vouches for the player with `persona`; `standing`: how much the
/// persona values the voucher's judgment.
/// Applies a model event written as an effect (vouch, handover, contact, tender, letdown).
void applyEvent(const Scenario& scenario, State& state, const Effect& effect, ChangeSink& sink);

void applyVouch(const Scenario& scenario, State& state, PersonaIndex persona, PersonaIndex voucher, Standing standing,
                ChangeSink& sink);

/// A predecessor hands over their relationship with `persona` to the player.
void applyHandover(const Scenario& scenario, State& state, PersonaIndex persona, PersonaIndex predecessor,
                   ChangeSink& sink);

/// Contact with `persona` that happened off stage, on `channel`; `meaningful`: it had substance.
void applyOffstageContact(const Scenario& scenario, State& state, PersonaIndex persona, Channel channel, bool meaningful,
                          ChangeSink& sink);

/// A tender or award decision involving the player starts (`running`) or ends for `persona`.
void applyTender(const Scenario& scenario, State& state, PersonaIndex persona, bool running, ChangeSink& sink);

/// The player's side fails `persona` without the player choosing it (a colleague forgot).
void applyLetdown(const Scenario& scenario, State& state, PersonaIndex persona, Failure failure, bool warned,
                  ChangeSink& sink);

/// The sentence that explains a change, in the given language.
[[nodiscard]] std::string explainChange(const Scenario& scenario, const State* now, const Change& change, Lang lang);

/// A stable id of a reason ("question-concern"), for logs, pins and tools.
[[nodiscard]] std::string_view idOf(Reason reason);

/// The principle a reason belongs to, and whether it marks a violation.
[[nodiscard]] int principleOfReason(Reason reason);
[[nodiscard]] bool reasonIsViolation(Reason reason);

} // namespace rapport
