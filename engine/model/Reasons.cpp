// The sentences that explain the model's changes, in German and English. "{who}" stands for the
// persona's form of address. The principle a reason belongs to is part of the rule that gives it
// (ActTable.cpp).

#include "rapport/model/Evaluate.h"
#include "rapport/model/Model.h"

#include <array>

namespace rapport {
namespace {

struct ReasonText {
    Reason reason;
    const char* id; // stable, for logs, pins and tools
    const char* de;
    const char* en;
};

constexpr std::array<ReasonText, kReasonCount> kReasons{{
    {Reason::QuestionGeneric, "question-generic",
     "{who} spürt an der offenen Frage Ihr echtes Interesse.", "An open question shows {who} genuine interest."},
    {Reason::QuestionConcern, "question-concern",
     "Sie fragen nach dem, womit sich {who} gerade befasst: das wirkt am stärksten und schafft Vertrauen.",
     "You ask about what is on {who}'s mind right now: that lands best and builds trust."},
    {Reason::QuestionInterest, "question-interest",
     "Die Frage berührt ein Thema, für das sich {who} interessiert.", "The question touches one of {who}'s interests."},
    {Reason::Listen, "listen",
     "Weil Sie zuhören, fühlt sich {who} ernst genommen.", "Listening makes {who} feel taken seriously."},
    {Reason::Praise, "praise",
     "Über ein ehrliches Lob freut sich {who}.", "Sincere praise pleases {who}."},
    {Reason::PraiseDiminished, "praise-diminished",
     "Schon das {n}. Lob: es wirkt nur noch schwach.", "Praise for the {n}th time: it has less and less effect."},
    {Reason::Flattery, "flattery",
     "Zu viel oder inhaltsleeres Lob wirkt wie Schmeichelei: {who} wird misstrauisch.",
     "Too much or empty praise reads as flattery: {who} grows wary."},
    {Reason::DiscloseAnswered, "disclose-answered",
     "{who} greift Ihre persönliche Geschichte auf: die Verbindung vertieft sich.",
     "{who} takes up your personal story: the connection deepens."},
    {Reason::DiscloseIgnored, "disclose-ignored",
     "{who} ist zurückhaltend und geht auf Persönliches nicht ein.",
     "{who} is reserved and does not take up the personal remark."},
    {Reason::DiscloseNeutral, "disclose-neutral",
     "Sie erzählen etwas von sich; so erlebt {who} Sie greifbarer.",
     "Sharing something about yourself makes you more tangible to {who}."},
    {Reason::Monologue, "monologue",
     "Sie reden vor allem über sich selbst; {who} verliert das Interesse.",
     "You mostly talk about yourself; {who} loses interest."},
    {Reason::Smalltalk, "smalltalk",
     "Lockerer Smalltalk schafft eine angenehme Atmosphäre.", "Light small talk makes for a pleasant atmosphere."},
    {Reason::SmalltalkTooCasual, "smalltalk-too-casual",
     "{who} ist förmlich: ein so lockerer Einstieg wirkt unpassend.",
     "{who} is formal: such a casual opener feels out of place."},
    {Reason::Give, "give",
     "Sie gehen in Vorleistung, ohne etwas zu verlangen: {who} schätzt das.",
     "You give in advance without asking for anything: {who} appreciates it."},
    {Reason::GiveOnConcern, "give-on-concern",
     "Ihre Hilfe trifft genau das, womit {who} gerade kämpft.", "Your help meets exactly what {who} is struggling with."},
    {Reason::Trade, "trade",
     "Gleich nach der Gabe eine Gegenleistung verlangt: aus dem Geschenk wird ein Tauschgeschäft.",
     "Asking for something right after giving turns the gift into a trade."},
    {Reason::Redeem, "redeem",
     "{who} erwidert gern einen Gefallen, den Sie früher getan haben.",
     "{who} is glad to return a favour you did earlier."},
    {Reason::AskWithoutCredit, "ask-without-credit",
     "Sie bitten um etwas, ohne vorher gegeben zu haben.", "You ask for something without having given first."},
    {Reason::Thank, "thank",
     "An Ihrem Dank merkt {who}, dass Sie den Gefallen gesehen haben.", "Thanks show {who} that you noticed the favour."},
    {Reason::IntroduceFit, "introduce-fit",
     "Eine passende Empfehlung: {who} findet bei dem Kontakt, was gebraucht wird, und ist Ihnen dankbar.",
     "A fitting introduction: {who} finds what is needed and is grateful to you."},
    {Reason::IntroduceMisfit, "introduce-misfit",
     "Die Empfehlung passt nicht: {who} zweifelt an Ihrem Urteil.",
     "The introduction does not fit: {who} doubts your judgement."},
    {Reason::Pitch, "pitch",
     "Fachliche Substanz stärkt den Eindruck Ihrer Kompetenz.", "Business substance strengthens your competence."},
    {Reason::PitchTooEarly, "pitch-too-early",
     "Ein Verkaufsangebot vor dem ersten echten Gespräch kommt zu früh.", "A sales pitch before any real conversation comes too early."},
    {Reason::PitchOnConcern, "pitch-on-concern",
     "Ihr Angebot löst ein Problem, das {who} gerade hat.", "Your offer solves a current problem of {who}'s."},
    {Reason::Followup, "followup",
     "Sie melden sich wieder: der Kontakt bleibt lebendig.", "You get in touch again: the contact stays alive."},
    {Reason::FollowupUseful, "followup-useful",
     "Sie melden sich mit etwas Nützlichem zu dem, womit sich {who} gerade befasst.",
     "You get in touch with something useful for what occupies {who}."},
    {Reason::Invite, "invite",
     "{who} freut sich über die Einladung.", "{who} is pleased by the invitation."},
    {Reason::Gift, "gift",
     "{who} freut sich über die Aufmerksamkeit.", "{who} is pleased by the gift."},
    {Reason::Apologize, "apologize",
     "Die Entschuldigung räumt ein Missverständnis aus.", "The apology clears up a misunderstanding."},
    {Reason::Accept, "accept",
     "Sie nehmen die Antwort gelassen an: {who} rechnet Ihnen das an.",
     "You take the answer gracefully: {who} gives you credit for it."},
    {Reason::Push, "push",
     "Sie haken nach einem Nein nach; {who} fühlt sich unter Druck gesetzt.", "Pushing after a no puts {who} under pressure."},
    {Reason::Sulk, "sulk",
     "Beleidigt zu reagieren kühlt die Beziehung ab.", "Sulking cools the relationship."},
    {Reason::Touch, "touch",
     "Die Beziehung trägt eine freundschaftliche Geste.", "The relationship carries a friendly gesture."},
    {Reason::TouchFauxPas, "touch-faux-pas",
     "Eine Berührung passt nicht zu dieser Beziehungsstufe: {who} weicht zurück.",
     "A touch does not fit this stage of the relationship: {who} pulls back."},
    {Reason::Decline, "decline",
     "{who} ist über die Absage etwas enttäuscht.",
     "{who} is a little disappointed by the refusal."},
    {Reason::PressureRises, "pressure-rises",
     "Viel Beziehungspflege, wenig Geschäftliches: {who} fühlt sich bedrängt.",
     "Lots of relationship gestures, little business substance: {who} feels pressed."},
    {Reason::PressureEases, "pressure-eases",
     "Fachliche Substanz nimmt Druck aus der Beziehung.", "Business substance takes pressure out of the relationship."},
    {Reason::PressureErodes, "pressure-erodes",
     "Der Druck (Stufe {n}) kostet Sympathie und Vertrauen.", "The pressure (level {n}) costs liking and trust."},
    {Reason::PressureFades, "pressure-fades",
     "Mit der Zeit lässt der Druck nach.", "Pressure fades with time."},
    {Reason::Drift, "drift",
     "{n} ohne Kontakt: die Beziehung kühlt ab.", "{n} without contact: the relationship cools."},
    {Reason::Adjustment, "adjustment", "", ""},
    {Reason::FavourGiven, "favour-given",
     "{who} hat von Ihnen einen Gefallen erhalten.", "{who} has received a favour from you."},
    {Reason::FavourReceived, "favour-received",
     "{who} tut Ihnen einen Gefallen.", "{who} does you a favour."},
    {Reason::Introduced, "introduced",
     "Zwei Ihrer Kontakte kennen sich jetzt.", "Two of your contacts now know each other."},
    {Reason::VariableChanged, "variable-changed", "Der Spielstand ändert sich.", "A scenario value changes."},
    {Reason::FactLearned, "fact-learned",
     "Sie erfahren etwas Neues.", "You learn something new."},
    {Reason::TimePassed, "time-passed", "Zeit vergeht.", "Time passes."},
    {Reason::GiftOwed, "gift-owed", "", ""},
}};

constexpr bool inReasonOrder() {
    for (std::size_t i = 0; i < kReasons.size(); ++i)
        if (static_cast<std::size_t>(kReasons[i].reason) != i) return false;
    return true;
}
static_assert(inReasonOrder(), "kReasons lists every reason once, in the order of `Reason`");

const ReasonText& entry(Reason reason) { return kReasons[static_cast<std::size_t>(reason)]; }

void replaceAll(std::string& s, std::string_view key, const std::string& value) {
    for (std::size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size()))
        s.replace(at, key.size(), value);
}

std::string modifierNotes(const Change& change, Lang lang) {
    std::string notes;
    const bool de = lang == Lang::De;
    auto add = [&](const char* deText, const char* enText) {
        notes += ' ';
        notes += de ? deText : enText;
    };
    if (change.modifiers & kModPrepared) add("Ihre Recherche zahlt sich aus.", "Your research pays off.");
    if (change.modifiers & kModPreferred) add("Der bevorzugte Kanal verstärkt die Wirkung.", "The preferred channel strengthens the effect.");
    if ((change.modifiers & kModLeanChannel) && change.delta() > 0) {
        static constexpr std::array<const char*, kChannelCount> kOverEn{"a text message", "e-mail", "a messenger", "the phone",
                                                                         "video", "a meeting"};
        if (de) {
            notes += " Über „";
            notes += nameOf(change.channel, lang);
            notes += "“ kommt nur ein Teil an.";
        } else {
            notes += " Over ";
            notes += kOverEn[static_cast<std::size_t>(change.channel)];
            notes += " only part of it comes across.";
        }
    }
    if ((change.modifiers & kModMisunderstood) && change.delta() < 0)
        add("Schriftlich wird es schärfer verstanden als gemeint.", "In writing it reads harsher than meant.");
    if ((change.modifiers & kModBuffered) && change.delta() < 0)
        add("Frühere persönliche Treffen federn das ab.", "Earlier face-to-face meetings soften the blow.");
    return notes;
}

} // namespace

std::string_view idOf(Reason reason) { return entry(reason).id; }


std::string explainChange(const Scenario& scenario, const State* now, const Change& change, Lang lang) {
    if (change.reason == Reason::Adjustment) return textOf(scenario, now, change.authoredReason, lang);
    std::string sentence = lang == Lang::De ? entry(change.reason).de : entry(change.reason).en;
    if (change.persona != kNone) {
        const Persona& persona = scenario.personas[change.persona];
        replaceAll(sentence, "{who}", persona.address != kNone ? textOf(scenario, now, persona.address, lang) : persona.name);
    }
    if (change.reason == Reason::Drift) // "{n}" is a number of days there, with its unit
        replaceAll(sentence, "{n}", change.count == 1 ? std::string(lang == Lang::De ? "Ein Tag" : "One day")
                                                       : std::to_string(change.count) + (lang == Lang::De ? " Tage" : " days"));
    replaceAll(sentence, "{n}", std::to_string(change.count));
    // German sentences use the address only as the subject, so "Herr" never needs declining.
    return sentence + modifierNotes(change, lang);
}

} // namespace rapport
