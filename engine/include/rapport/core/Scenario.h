#pragma once
// A loaded scenario: immutable after loading, shared by any number of runner states.
// Everything is addressed by dense indices; ids are kept for saves, logs and messages.

#include "rapport/core/Expression.h"
#include "rapport/core/Vocabulary.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport {

using NodeIndex = std::uint32_t;
using ChoiceIndex = std::uint32_t;
using PersonaIndex = std::uint32_t;
using TextId = std::uint32_t;
inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;
inline constexpr int kMaxPersonas = 64; // who-knows-whom is a 64-bit set per persona

/// One piece of a text in one language: literal characters, a value, or a name.
struct TextPart {
    enum class Kind : std::uint8_t { Literal, Value, PlayerName, PersonaName, PersonaAddress };
    Kind kind = Kind::Literal;
    std::uint32_t persona = kNone;
    ExprId expr = kNoExpr;
    std::string literal;
};

/// A player-visible text: per language a list of parts, or a condition choosing between two texts.
struct Text {
    ExprId condition = kNoExpr; // when set: show `whenTrue` or `whenFalse`
    TextId whenTrue = kNone;
    TextId whenFalse = kNone;
    std::array<std::vector<TextPart>, 2> parts; // indexed by Lang
    std::array<bool, 2> present{false, false};  // written by the author in that language
};

struct Fact {
    std::string id;
    PersonaIndex persona = kNone;
    TextId text = kNone;
    std::uint32_t topic = kNone;
};

struct Topic {
    std::string id;
    TextId label = kNone;
};

struct StartRelationship {
    std::array<int, kDimensionCount> dimensions{20, 20, 20, 20, 20, 20}; // points 0-100 (format 2: the stage's profile)
    Stage stage = Stage::Stranger;
    int encounters = 0;
    int inPerson = 0;            // how many of the encounters were face to face (default: half of them)
    std::int64_t knownFor = 0;   // minutes they have known each other (default: by stage)
    int owed = 0;
    int pressure = 0;            // format 2: pressure at the start, points 0-100
    bool hasLastContact = false;
    std::int64_t lastContactAgo = 0; // minutes before the start
    Channel lastContactChannel = Channel::Face;
};

struct Look {
    std::uint32_t hair = 0x5a4632, skin = 0xe8c4a0, clothes = 0x34495e; // 0xRRGGBB
};

struct Persona {
    std::string id;
    std::array<std::string, 2> names; // full name per Lang; the same in both unless format 2 gives one per language
    TextId address = kNone;
    TextId role = kNone;
    std::string company;
    std::uint32_t traits = 0; // bit per Trait
    std::vector<std::uint32_t> interests, concerns, needs, offers; // topic indices
    Channel channel = Channel::Face;
    bool hasPreferredChannel = true; // format 2: false when `channel` is left out (no preference)
    std::uint8_t avoids = 0;          // bit per Channel, as written (format 2 `avoids`)
    std::uint8_t avoidsEffective = 0; // `avoids`, or the default: formal and status people avoid sms and messenger
    bool colleague = false;           // one of the player's own colleagues
    std::int64_t routine = 0;         // minutes between off-stage contacts; 0: none
    bool strictGifts = false;         // "giftPolicy": "strict"
    bool tenderAtStart = false;       // "tender": true
    std::vector<std::uint32_t> facts; // fact indices
    StartRelationship start;
    int weight = 1;
    Look look;

    /// The full name as shown in `lang` ("Dr. Jana Weber", "Dr Jana Weber").
    [[nodiscard]] const std::string& name(Lang lang) const { return names[static_cast<std::size_t>(lang)]; }
    [[nodiscard]] bool has(Trait t) const { return (traits >> static_cast<unsigned>(t)) & 1u; }
    /// Whether the person does not want to be contacted on this channel (written or by default).
    [[nodiscard]] bool avoidsChannel(Channel c) const { return (avoidsEffective >> static_cast<unsigned>(c)) & 1u; }
};

struct Adjustment {
    PersonaIndex persona = kNone;
    std::array<int, kDimensionCount> delta{}; // points
    int pressure = 0;
    TextId reason = kNone;
    int principle = -1; // Principle or -1
};

struct Effect {
    enum class Kind : std::uint8_t {
        AddVar, SetVar, Adjust, Learn, Favour, Introduce, Wait, If,
        // Format 2:
        Vouch, Handover, Contact, Tender, Letdown
    };
    Kind kind = Kind::AddVar;
    std::uint32_t target = kNone;  // variable, persona (Favour, format 2 kinds), first persona (Introduce)
    std::uint32_t second = kNone;  // second persona (Introduce), the voucher (Vouch), the predecessor (Handover)
    ExprId value = kNoExpr;        // AddVar/SetVar value, If condition
    // Wait minutes; Favour +1 given / -1 received; Vouch a Standing; Contact 1 meaningful / 0 not;
    // Tender 1 running / 0 ended; Letdown 1 warned / 0 not.
    std::int64_t amount = 0;
    Channel channel = Channel::Face;               // Contact
    Failure failure = Failure::BrokenPromise;      // Letdown
    std::vector<std::uint32_t> facts;       // Learn
    std::uint32_t adjustment = kNone;       // index into Scenario::adjustments
    std::uint32_t thenFirst = 0, thenCount = 0, elseFirst = 0, elseCount = 0; // If: ranges in effects
};

/// A contiguous range in Scenario::effects. A range holds only its own list's effects: the
/// lists nested in an `If` lie in ranges of their own, elsewhere in the vector.
struct EffectRange {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
};

struct Choice {
    std::string id;
    NodeIndex node = kNone; // the decision it belongs to
    TextId text = kNone;
    NodeIndex next = kNone;
    ExprId condition = kNoExpr;
    std::uint32_t uses = kNone; // fact index
    Act act = Act::None;
    PersonaIndex with = kNone;
    PersonaIndex withSecond = kNone; // introduce
    Channel channel = Channel::Face;
    std::uint32_t topic = kNone;
    std::int64_t takes = 0;
    // Format 2; each stays at its default unless written:
    bool asked = false;                       // the person asked for it or agreed to it beforehand
    Value value = Value::Modest;              // gift, invite, receive, give
    RequestSize size = RequestSize::Medium;   // ask
    Failure failure = Failure::BrokenPromise; // letdown (required there)
    bool warned = false;                      // letdown: announced in good time, with an alternative
    bool inconvenient = false;                // "moment": "inconvenient"
    bool ultimatum = false;                   // bargain: a threat instead of an argument
    bool authorReaction = false;              // "reaction": "author": only `adjust` moves the dimensions, not the model
    std::vector<std::uint32_t> reveals;
    std::vector<std::uint32_t> adjustments; // indices into Scenario::adjustments
    EffectRange effects;
    int principle = -1;
    int violates = -1;
    TextId feedback = kNone;
    std::uint64_t work = 0; ///< upper bound on the work of taking it (see Play.h); set by the loader
};

struct Branch {
    ExprId condition = kNoExpr; // kNoExpr: always
    NodeIndex next = kNone;
    int chance = 0; // percent, for chance nodes
};

enum class NodeKind : std::uint8_t { Narration, Line, Decision, Branch, Chance, Ending };

struct Node {
    std::string id;
    NodeKind kind = NodeKind::Narration;
    std::vector<TextId> text; // one line each
    PersonaIndex speaker = kNone;
    TextId scene = kNone;
    Channel channel = Channel::Face;
    std::vector<PersonaIndex> present;  // format 2: who is in the scene besides the speaker
    EffectRange effects;
    NodeIndex next = kNone;             // narration, line
    std::vector<ChoiceIndex> choices;   // decision
    std::vector<Branch> branches;       // branch, chance
    TextId debrief = kNone;             // ending
    Rating rating = Rating::Unrated;
    std::uint32_t trackingSlot = kNone; // set when some expression asks visited(this)
    std::uint64_t work = 0; ///< upper bound on the work of entering it and offering its choices (see Play.h); set by the loader
    std::vector<TextId> discuss; ///< decision: questions for the room in a seminar (trainer's material, never played)
};

struct Player {
    std::string name;
    TextId role = kNone;
    std::string company;
    TextId offer = kNone;
};

/// Where a scenario's results sit on the learner's score (model/Score.h): the weighted result, in
/// hundredths of a point, of its worst playthrough, of a solid successful one (par) and of its best.
struct Calibration {
    std::int64_t worst = 0;
    std::int64_t par = 0;
    std::int64_t best = 0;
};

/// A named start inside the scenario for a shorter seminar (the format's `seminarCuts`): play
/// begins at `start` with the state changed as `set` says ("PERSON.FIELD=VALUE", "VARIABLE=VALUE";
/// play/StartPoint.h reads them).
struct SeminarCutDef {
    std::string id;
    TextId name = kNone, description = kNone;
    NodeIndex start = kNone;
    std::vector<std::string> set;
};

struct Scenario {
    std::string file; // where it was loaded from
    std::string id;
    int format = 1;
    TextId title = kNone, summary = kNone;
    std::vector<TextId> goals;
    Level level = Level::Beginner;
    int minutes = 0;
    std::vector<Principle> principles;
    Player player;
    std::vector<Topic> topics;
    std::vector<std::string> variableNames;
    std::vector<std::int64_t> variableStart;
    std::int64_t researchBudget = -1; // minutes; -1: unlimited
    std::optional<Calibration> calibration; // none: the score uses the uncalibrated scale
    TextId guide = kNone;                   // the trainer's guide (trainer's material, never played)
    std::vector<SeminarCutDef> seminarCuts; // shorter starts for a seminar
    std::vector<Persona> personas;
    std::vector<std::array<PersonaIndex, 2>> network;
    NodeIndex start = 0;
    std::vector<Node> nodes;
    std::vector<Choice> choices;
    std::vector<Fact> facts;
    std::vector<Effect> effects;
    std::vector<Adjustment> adjustments;
    std::vector<Text> texts;
    std::vector<ExprNode> expressions;
    std::uint32_t trackingSlots = 0; // visited()/chose() slots in a State

    std::vector<std::uint32_t> choiceTrackingSlot; // per choice; kNone if untracked

    [[nodiscard]] int totalWeight() const {
        int sum = 0;
        for (const Persona& p : personas) sum += p.weight;
        return sum;
    }
};

} // namespace rapport
