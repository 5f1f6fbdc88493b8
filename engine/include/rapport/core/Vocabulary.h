#pragma once
// The closed vocabularies of the format and the model: dimensions, stages, channels, acts,
// traits, principles. Each has a stable id used in files and a name in both languages.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rapport {

enum class Lang : std::uint8_t { De, En };

/// The six dimensions of relationship quality, from a persona's view of the player.
enum class Dimension : std::uint8_t { Sympathie, Anerkennung, Vertrauen, Gegenseitigkeit, Intensitaet, Kompetenz };
inline constexpr int kDimensionCount = 6;

enum class Stage : std::uint8_t { Stranger, Acquaintance, Contact, Relationship, Partner };
inline constexpr int kStageCount = 5;

/// Channels ordered from least to most personal (richness rises with the value).
enum class Channel : std::uint8_t { Sms, Email, Messenger, Phone, Video, Face };
inline constexpr int kChannelCount = 6;

enum class Act : std::uint8_t {
    None, Question, Listen, Praise, Disclose, Smalltalk, Give, Ask, Thank, Introduce, Pitch,
    Followup, Invite, Gift, Apologize, Accept, Push, Sulk, Touch, Research, Decline, Lapse,
    // Format 2 (appended, so the values above keep their numbers):
    Propose, Deliver, Letdown, Overpromise, Candid, Inform, Bypass, Bargain, Receive
};
inline constexpr int kActCount = 31;

/// The first act that exists only in format 2.
inline constexpr Act kFirstFormat2Act = Act::Propose;

/// What a gift, an invitation or an advance is worth (format 2 `value`).
enum class Value : std::uint8_t { Token, Modest, Lavish };
inline constexpr int kValueCount = 3;

/// How much a request asks (format 2 `size`).
enum class RequestSize : std::uint8_t { Small, Medium, Large };
inline constexpr int kRequestSizeCount = 3;

/// The kind of the player's own failure (format 2 `failure`).
enum class Failure : std::uint8_t { BrokenPromise, MissedDelivery, CancelledMeeting, Unanswered, Mistake, Misunderstanding };
inline constexpr int kFailureCount = 6;

/// How much a person values a voucher's judgment (format 2 `standing`).
enum class Standing : std::uint8_t { Low, Normal, High };
inline constexpr int kStandingCount = 3;

enum class Trait : std::uint8_t { Formal, Relaxed, Busy, Analytical, Open, Reserved, Status, Sceptical };
inline constexpr int kTraitCount = 8;

/// The ten principles of docs/domain rules (shared/domain.md sections 1-10).
enum class Principle : std::uint8_t {
    Quality, Proportion, Preparation, Appreciation, GiveFirst, Connect, KeepInTouch, Prioritise,
    Diagnose, Individuality
};
inline constexpr int kPrincipleCount = 10;

enum class Level : std::uint8_t { Beginner, Intermediate, Advanced };
enum class Rating : std::uint8_t { Unrated, Good, Mixed, Poor };

/// The id written in scenario files ("vertrauen", "face", "give-first", ...).
[[nodiscard]] std::string_view idOf(Dimension v);
[[nodiscard]] std::string_view idOf(Stage v);
[[nodiscard]] std::string_view idOf(Channel v);
[[nodiscard]] std::string_view idOf(Act v);
[[nodiscard]] std::string_view idOf(Trait v);
[[nodiscard]] std::string_view idOf(Principle v);
[[nodiscard]] std::string_view idOf(Level v);
[[nodiscard]] std::string_view idOf(Rating v);
[[nodiscard]] std::string_view idOf(Value v);
[[nodiscard]] std::string_view idOf(RequestSize v);
[[nodiscard]] std::string_view idOf(Failure v);
[[nodiscard]] std::string_view idOf(Standing v);

/// A human name for display ("Vertrauen" / "Trust").
[[nodiscard]] std::string_view nameOf(Dimension v, Lang lang);
[[nodiscard]] std::string_view nameOf(Stage v, Lang lang);
[[nodiscard]] std::string_view nameOf(Channel v, Lang lang);
[[nodiscard]] std::string_view nameOf(Act v, Lang lang);
[[nodiscard]] std::string_view nameOf(Trait v, Lang lang);
[[nodiscard]] std::string_view nameOf(Principle v, Lang lang);
[[nodiscard]] std::string_view nameOf(Level v, Lang lang);
[[nodiscard]] std::string_view nameOf(Value v, Lang lang);
[[nodiscard]] std::string_view nameOf(RequestSize v, Lang lang);
[[nodiscard]] std::string_view nameOf(Failure v, Lang lang);
[[nodiscard]] std::string_view nameOf(Standing v, Lang lang);

/// Parses a file id; std::nullopt if it is not one.
[[nodiscard]] std::optional<Dimension> dimensionFromId(std::string_view id);
[[nodiscard]] std::optional<Stage> stageFromId(std::string_view id);
[[nodiscard]] std::optional<Channel> channelFromId(std::string_view id);
[[nodiscard]] std::optional<Act> actFromId(std::string_view id);
[[nodiscard]] std::optional<Trait> traitFromId(std::string_view id);
[[nodiscard]] std::optional<Principle> principleFromId(std::string_view id);
[[nodiscard]] std::optional<Level> levelFromId(std::string_view id);
[[nodiscard]] std::optional<Rating> ratingFromId(std::string_view id);
[[nodiscard]] std::optional<Value> valueFromId(std::string_view id);
[[nodiscard]] std::optional<RequestSize> requestSizeFromId(std::string_view id);
[[nodiscard]] std::optional<Failure> failureFromId(std::string_view id);
[[nodiscard]] std::optional<Standing> standingFromId(std::string_view id);

/// All file ids of a vocabulary, for "did you mean" suggestions and the schema.
[[nodiscard]] const std::array<std::string_view, kDimensionCount>& dimensionIds();
[[nodiscard]] const std::array<std::string_view, kStageCount>& stageIds();
[[nodiscard]] const std::array<std::string_view, kChannelCount>& channelIds();
[[nodiscard]] const std::array<std::string_view, kActCount>& actIds();
[[nodiscard]] const std::array<std::string_view, kTraitCount>& traitIds();
[[nodiscard]] const std::array<std::string_view, kPrincipleCount>& principleIds();
[[nodiscard]] const std::array<std::string_view, kValueCount>& valueIds();
[[nodiscard]] const std::array<std::string_view, kRequestSizeCount>& requestSizeIds();
[[nodiscard]] const std::array<std::string_view, kFailureCount>& failureIds();
[[nodiscard]] const std::array<std::string_view, kStandingCount>& standingIds();

[[nodiscard]] std::string_view langId(Lang lang);
[[nodiscard]] std::optional<Lang> langFromId(std::string_view id);

} // namespace rapport
