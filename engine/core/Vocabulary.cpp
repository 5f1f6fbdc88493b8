#include "rapport/core/Vocabulary.h"

namespace rapport {
namespace {

struct Named {
    std::string_view id, de, en;
};

constexpr std::array<Named, kDimensionCount> kDimensions{{
    {"sympathie", "Sympathie", "Liking"},
    {"anerkennung", "Anerkennung", "Recognition"},
    {"vertrauen", "Vertrauen", "Trust"},
    {"gegenseitigkeit", "Gegenseitigkeit", "Reciprocity"},
    {"intensitaet", "Intensität", "Depth"},
    {"kompetenz", "Kompetenz", "Competence"},
}};
constexpr std::array<Named, kStageCount> kStages{{
    {"stranger", "Fremde Person", "Stranger"},
    {"acquaintance", "Bekanntschaft", "Acquaintance"},
    {"contact", "Kontakt", "Contact"},
    {"relationship", "Beziehung", "Relationship"},
    {"partner", "Partnerschaft", "Partner"},
}};
constexpr std::array<Named, kChannelCount> kChannels{{
    {"sms", "SMS", "Text message"},
    {"email", "E-Mail", "E-mail"},
    {"messenger", "Messenger", "Messenger"},
    {"phone", "Telefon", "Phone"},
    {"video", "Video", "Video call"},
    {"face", "Persönlich", "In person"},
}};
constexpr std::array<Named, kActCount> kActs{{
    {"none", "Keine Handlung", "No act"},
    {"question", "Frage", "Question"},
    {"listen", "Zuhören", "Listening"},
    {"praise", "Lob", "Praise"},
    {"disclose", "Selbstoffenbarung", "Self-disclosure"},
    {"smalltalk", "Smalltalk", "Small talk"},
    {"give", "Vorleistung", "Giving in advance"},
    {"ask", "Bitte", "Request"},
    {"thank", "Dank", "Thanks"},
    {"introduce", "Vorstellen", "Introduction"},
    {"pitch", "Fachliches Angebot", "Business pitch"},
    {"followup", "Nachfassen", "Follow-up"},
    {"invite", "Einladung", "Invitation"},
    {"gift", "Geschenk", "Gift"},
    {"apologize", "Entschuldigung", "Apology"},
    {"accept", "Ein Nein annehmen", "Accepting a no"},
    {"push", "Drängen", "Pushing"},
    {"sulk", "Schmollen", "Sulking"},
    {"touch", "Berührung", "Touch"},
    {"research", "Recherche", "Research"},
    {"decline", "Absage", "Declining"},
    {"lapse", "Kontakt ruhen lassen", "Letting a contact lapse"},
    {"propose", "Nächsten Schritt vorschlagen", "Proposing a next step"},
    {"deliver", "Liefern", "Delivering"},
    {"letdown", "Eigenes Versäumnis", "Letting someone down"},
    {"overpromise", "Zu viel versprechen", "Overpromising"},
    {"candid", "Ehrliches Nein", "An honest no"},
    {"inform", "Auf dem Laufenden halten", "Keeping informed"},
    {"bypass", "Übergehen", "Going around someone"},
    {"bargain", "Hart verhandeln", "Hard bargaining"},
    {"receive", "Geschenk oder Einladung annehmen", "Accepting a gift or an invitation"},
}};
constexpr std::array<Named, kValueCount> kValues{{
    {"token", "Kleine Aufmerksamkeit", "Token"},
    {"modest", "Angemessen", "Modest"},
    {"lavish", "Aufwendig", "Lavish"},
}};
constexpr std::array<Named, kRequestSizeCount> kRequestSizes{{
    {"small", "Kleine Bitte", "Small request"},
    {"medium", "Mittlere Bitte", "Medium request"},
    {"large", "Große Bitte", "Large request"},
}};
constexpr std::array<Named, kFailureCount> kFailures{{
    {"broken-promise", "Gebrochenes Versprechen", "Broken promise"},
    {"missed-delivery", "Verpasste Lieferung", "Missed delivery"},
    {"cancelled-meeting", "Abgesagter Termin", "Cancelled meeting"},
    {"unanswered", "Unbeantwortete Anfrage", "Left unanswered"},
    {"mistake", "Fehler", "Mistake"},
    {"misunderstanding", "Missverständnis", "Misunderstanding"},
}};
constexpr std::array<Named, kStandingCount> kStandings{{
    {"low", "Geringes Ansehen", "Low standing"},
    {"normal", "Normales Ansehen", "Normal standing"},
    {"high", "Hohes Ansehen", "High standing"},
}};
constexpr std::array<Named, kTraitCount> kTraits{{
    {"formal", "förmlich", "formal"},
    {"relaxed", "locker", "relaxed"},
    {"busy", "beschäftigt", "busy"},
    {"analytical", "analytisch", "analytical"},
    {"open", "offen", "open"},
    {"reserved", "zurückhaltend", "reserved"},
    {"status", "statusbewusst", "status-conscious"},
    {"sceptical", "skeptisch", "sceptical"},
}};
constexpr std::array<Named, kPrincipleCount> kPrinciples{{
    {"quality", "Ausgewogene Beziehungsqualität", "Balanced relationship quality"},
    {"proportion", "Aufwand im Verhältnis zur Leistung", "Effort in proportion to substance"},
    {"preparation", "Vorbereitung und Recherche", "Preparation and research"},
    {"appreciation", "Wertschätzend kommunizieren", "Appreciative communication"},
    {"give-first", "In Vorleistung gehen", "Give in advance"},
    {"connect", "Kontakte vernetzen", "Connect your contacts"},
    {"keep-in-touch", "In Kontakt bleiben, persönlich wo es zählt", "Keep in touch, in person where it matters"},
    {"prioritise", "Auswählen und ausdünnen", "Prioritise and prune"},
    {"diagnose", "Beziehungen analysieren und organisieren", "Diagnose and organise relationships"},
    {"individuality", "Jeder Mensch reagiert anders", "Every person reacts differently"},
}};
constexpr std::array<Named, 3> kLevels{{
    {"beginner", "Einsteiger", "Beginner"},
    {"intermediate", "Fortgeschritten", "Intermediate"},
    {"advanced", "Profi", "Advanced"},
}};
constexpr std::array<std::string_view, 4> kRatings{"unrated", "good", "mixed", "poor"};

template <std::size_t N>
constexpr std::array<std::string_view, N> idsOf(const std::array<Named, N>& table) {
    std::array<std::string_view, N> ids{};
    for (std::size_t i = 0; i < N; ++i) ids[i] = table[i].id;
    return ids;
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<Named, N>& table, std::string_view id) {
    for (std::size_t i = 0; i < N; ++i)
        if (table[i].id == id) return static_cast<Enum>(i);
    return std::nullopt;
}

template <std::size_t N, typename Enum>
std::string_view nameIn(const std::array<Named, N>& table, Enum v, Lang lang) {
    const Named& n = table[static_cast<std::size_t>(v)];
    return lang == Lang::De ? n.de : n.en;
}

constexpr auto kDimensionIds = idsOf(kDimensions);
constexpr auto kStageIds = idsOf(kStages);
constexpr auto kChannelIds = idsOf(kChannels);
constexpr auto kActIds = idsOf(kActs);
constexpr auto kTraitIds = idsOf(kTraits);
constexpr auto kPrincipleIds = idsOf(kPrinciples);
constexpr auto kValueIds = idsOf(kValues);
constexpr auto kRequestSizeIds = idsOf(kRequestSizes);
constexpr auto kFailureIds = idsOf(kFailures);
constexpr auto kStandingIds = idsOf(kStandings);

} // namespace

std::string_view idOf(Dimension v) { return kDimensions[static_cast<std::size_t>(v)].id; }
std::string_view idOf(Stage v) { return kStages[static_cast<std::size_t>(v)].id; }
std::string_view idOf(Channel v) { return kChannels[static_cast<std::size_t>(v)].id; }
std::string_view idOf(Act v) { return kActs[static_cast<std::size_t>(v)].id; }
std::string_view idOf(Trait v) { return kTraits[static_cast<std::size_t>(v)].id; }
std::string_view idOf(Principle v) { return kPrinciples[static_cast<std::size_t>(v)].id; }
std::string_view idOf(Level v) { return kLevels[static_cast<std::size_t>(v)].id; }
std::string_view idOf(Rating v) { return kRatings[static_cast<std::size_t>(v)]; }
std::string_view idOf(Value v) { return kValues[static_cast<std::size_t>(v)].id; }
std::string_view idOf(RequestSize v) { return kRequestSizes[static_cast<std::size_t>(v)].id; }
std::string_view idOf(Failure v) { return kFailures[static_cast<std::size_t>(v)].id; }
std::string_view idOf(Standing v) { return kStandings[static_cast<std::size_t>(v)].id; }

std::string_view nameOf(Dimension v, Lang lang) { return nameIn(kDimensions, v, lang); }
std::string_view nameOf(Stage v, Lang lang) { return nameIn(kStages, v, lang); }
std::string_view nameOf(Channel v, Lang lang) { return nameIn(kChannels, v, lang); }
std::string_view nameOf(Act v, Lang lang) { return nameIn(kActs, v, lang); }
std::string_view nameOf(Trait v, Lang lang) { return nameIn(kTraits, v, lang); }
std::string_view nameOf(Principle v, Lang lang) { return nameIn(kPrinciples, v, lang); }
std::string_view nameOf(Level v, Lang lang) { return nameIn(kLevels, v, lang); }
std::string_view nameOf(Value v, Lang lang) { return nameIn(kValues, v, lang); }
std::string_view nameOf(RequestSize v, Lang lang) { return nameIn(kRequestSizes, v, lang); }
std::string_view nameOf(Failure v, Lang lang) { return nameIn(kFailures, v, lang); }
std::string_view nameOf(Standing v, Lang lang) { return nameIn(kStandings, v, lang); }

std::optional<Dimension> dimensionFromId(std::string_view id) { return lookup<Dimension>(kDimensions, id); }
std::optional<Stage> stageFromId(std::string_view id) { return lookup<Stage>(kStages, id); }
std::optional<Channel> channelFromId(std::string_view id) { return lookup<Channel>(kChannels, id); }
std::optional<Act> actFromId(std::string_view id) { return lookup<Act>(kActs, id); }
std::optional<Trait> traitFromId(std::string_view id) { return lookup<Trait>(kTraits, id); }
std::optional<Principle> principleFromId(std::string_view id) { return lookup<Principle>(kPrinciples, id); }
std::optional<Level> levelFromId(std::string_view id) { return lookup<Level>(kLevels, id); }
std::optional<Value> valueFromId(std::string_view id) { return lookup<Value>(kValues, id); }
std::optional<RequestSize> requestSizeFromId(std::string_view id) { return lookup<RequestSize>(kRequestSizes, id); }
std::optional<Failure> failureFromId(std::string_view id) { return lookup<Failure>(kFailures, id); }
std::optional<Standing> standingFromId(std::string_view id) { return lookup<Standing>(kStandings, id); }
std::optional<Rating> ratingFromId(std::string_view id) {
    for (std::size_t i = 1; i < kRatings.size(); ++i)
        if (kRatings[i] == id) return static_cast<Rating>(i);
    return std::nullopt;
}

const std::array<std::string_view, kDimensionCount>& dimensionIds() { return kDimensionIds; }
const std::array<std::string_view, kStageCount>& stageIds() { return kStageIds; }
const std::array<std::string_view, kChannelCount>& channelIds() { return kChannelIds; }
const std::array<std::string_view, kActCount>& actIds() { return kActIds; }
const std::array<std::string_view, kTraitCount>& traitIds() { return kTraitIds; }
const std::array<std::string_view, kPrincipleCount>& principleIds() { return kPrincipleIds; }
const std::array<std::string_view, kValueCount>& valueIds() { return kValueIds; }
const std::array<std::string_view, kRequestSizeCount>& requestSizeIds() { return kRequestSizeIds; }
const std::array<std::string_view, kFailureCount>& failureIds() { return kFailureIds; }
const std::array<std::string_view, kStandingCount>& standingIds() { return kStandingIds; }

std::string_view langId(Lang lang) { return lang == Lang::De ? "de" : "en"; }
std::optional<Lang> langFromId(std::string_view id) {
    if (id == "de") return Lang::De;
    if (id == "en") return Lang::En;
    return std::nullopt;
}

} // namespace rapport
