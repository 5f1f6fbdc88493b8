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
     "{who} merkt, dass Sie sich für das Gespräch interessieren.",
     "{who} notices that you are interested in the conversation."},
    {Reason::QuestionConcern, "question-concern",
     "Sie fragen nach dem, womit sich {who} gerade beschäftigt, und zeigen echtes Interesse.",
     "You ask about what is on {who}'s mind right now: {who} feels taken seriously."},
    {Reason::QuestionInterest, "question-interest",
     "Die Frage trifft ein Thema, für das sich {who} begeistert.",
     "The question touches a subject {who} cares about."},
    {Reason::Listen, "listen",
     "Weil Sie zuhören, fühlt sich {who} wahrgenommen.",
     "Because you listen, {who} feels heard."},
    {Reason::ListenConcern, "listen-concern",
     "Sie hören genau zu, wo das Problem liegt: {who} fasst Vertrauen.",
     "You listen closely where the shoe pinches for {who}: that builds trust."},
    {Reason::Praise, "praise",
     "Über ein ehrliches, genaues Lob freut sich {who}.",
     "Sincere, specific praise pleases {who}."},
    {Reason::PraiseGeneric, "praise-generic",
     "Ein freundliches, aber allgemeines Lob: {who} nimmt es höflich zur Kenntnis.",
     "Friendly but general praise: {who} takes it politely."},
    {Reason::PraiseGenericCosts, "praise-generic-costs",
     "{who} hält nichts von Komplimenten, die nichts kosten.",
     "{who} has little time for compliments that cost nothing."},
    {Reason::Flattery, "flattery",
     "Schon wieder ein Lob: Das klingt nach Schmeichelei, {who} wird vorsichtig.",
     "Praise yet again: it sounds like flattery, and {who} grows wary."},
    {Reason::DiscloseAnswered, "disclose-answered",
     "{who} greift das Persönliche auf und erzählt selbst etwas: Die Verbindung wird enger.",
     "{who} takes up the personal remark and shares something too: the connection deepens."},
    {Reason::DiscloseIgnored, "disclose-ignored",
     "{who} ist zurückhaltend und lässt das Persönliche höflich vorbeiziehen.",
     "{who} is reserved and politely lets the personal remark pass."},
    {Reason::DiscloseNeutral, "disclose-neutral",
     "Sie erzählen etwas von sich; so kann sich {who} ein besseres Bild von Ihnen machen.",
     "You share something about yourself, and {who} gets a clearer picture of you."},
    {Reason::Monologue, "monologue",
     "Sie reden vor allem über sich selbst; {who} verliert das Interesse.",
     "You mostly talk about yourself; {who} loses interest."},
    {Reason::Smalltalk, "smalltalk",
     "Ein lockeres Gespräch: Die Atmosphäre wird angenehm.",
     "A light conversation: the atmosphere becomes pleasant."},
    {Reason::SmalltalkTooCasual, "smalltalk-too-casual",
     "{who} legt Wert auf Form; so locker wirkt der Einstieg unpassend.",
     "{who} values formality; such a casual opener feels out of place."},
    {Reason::Give, "give",
     "Sie geben etwas, ohne etwas zu verlangen; {who} weiß das zu schätzen.",
     "You give something without asking for anything; {who} appreciates it."},
    {Reason::GiveOnConcern, "give-on-concern",
     "Ihr Beitrag trifft genau das, woran {who} gerade arbeitet: Das zeigt Sachverstand.",
     "Your contribution helps {who} exactly where things are stuck: it shows expertise."},
    {Reason::GiveTooMuch, "give-too-much",
     "So viel auf einmal: {who} fühlt sich in der Pflicht und wird unsicher.",
     "So much at once makes {who} uneasy: {who} feels obliged."},
    {Reason::Trade, "trade",
     "Gleich nach der Gabe kommt die Bitte: Aus dem Geschenk wird ein Tauschgeschäft.",
     "The request comes right after the gift: the gift turns into a trade."},
    {Reason::Redeem, "redeem",
     "{who} erfüllt die Bitte gern, denn Sie haben vorher viel gegeben.",
     "{who} gladly grants the request, because you gave a lot before."},
    {Reason::AskGranted, "ask-granted",
     "{who} erfüllt die Bitte; nun stehen Sie in der Schuld.",
     "{who} grants the request; now you owe a favour."},
    {Reason::AskRefused, "ask-refused",
     "{who} sagt freundlich ab: Für diese Bitte fehlt noch die Grundlage.",
     "{who} politely declines: the basis for this request is not there yet."},
    {Reason::AskPresumptuous, "ask-presumptuous",
     "Die Bitte kommt viel zu früh; {who} findet sie anmaßend.",
     "The request comes far too soon; {who} finds it presumptuous."},
    {Reason::AskTooCasual, "ask-too-casual",
     "Eine echte Bitte, nur schriftlich: {who} empfindet das als respektlos.",
     "A real request by text message feels disrespectful to {who}."},
    {Reason::Thank, "thank",
     "{who} freut sich über Ihren Dank.",
     "{who} appreciates your thanks."},
    {Reason::ThankFavour, "thank-favour",
     "Sie danken für die Hilfe; {who} sieht, dass Sie sie zu schätzen wissen.",
     "You say thank you for the help; {who} sees that you value it."},
    {Reason::IntroduceFit, "introduce-fit",
     "{who} lernt durch Sie genau die richtige Person kennen und ist Ihnen dankbar.",
     "You connect {who} with exactly the right person: {who} is grateful to you."},
    {Reason::IntroduceMisfit, "introduce-misfit",
     "Der Kontakt passt nicht zu dem, was {who} braucht: {who} zweifelt an Ihrem Urteil.",
     "The contact does not fit what {who} needs: {who} doubts your judgement."},
    {Reason::IntroducedFit, "introduced-fit",
     "{who} bekommt durch Sie einen vielversprechenden Kontakt und freut sich.",
     "{who} gets a promising contact through you and is pleased."},
    {Reason::IntroducedMisfit, "introduced-misfit",
     "Für das Treffen hat {who} Zeit investiert, die vertan war.",
     "The meeting leads nowhere for {who}; the time was wasted."},
    {Reason::Pitch, "pitch",
     "Ein Angebot, nach dem niemand gefragt hat: {who} fühlt sich bedrängt.",
     "An offer nobody asked for: {who} feels pressed."},
    {Reason::PitchTooEarly, "pitch-too-early",
     "Verkaufen, bevor man sich kennt: {who} geht auf Abstand.",
     "Selling before you know each other: {who} keeps a distance."},
    {Reason::PitchOnConcern, "pitch-on-concern",
     "{who} hat ein Problem geschildert und bekommt ein Verkaufsangebot statt Hilfe.",
     "{who} described a problem and gets a sales offer instead of help."},
    {Reason::PitchRequested, "pitch-requested",
     "{who} hatte danach gefragt: So ist es eine Antwort statt eines Verkaufsversuchs, und sie zeigt, was Sie können.",
     "{who} had asked for it: so it is an answer rather than a sales attempt, and it shows what you can do."},
    {Reason::PitchToSceptic, "pitch-to-sceptic",
     "{who} ist skeptisch und sieht in einem Verkaufsversuch den Beweis, nur eine Nummer zu sein.",
     "{who} is sceptical and sees a sales attempt as proof of being just a number."},
    {Reason::PitchGenericToStatus, "pitch-generic-to-status",
     "Ein Serienbrief ohne persönliches Wort: {who} fühlt sich nicht gewürdigt.",
     "A form letter without a personal word: {who} feels slighted."},
    {Reason::PitchAgain, "pitch-again",
     "Schon wieder ein Angebot: {who} ist genervt.",
     "Another offer: {who} is annoyed."},
    {Reason::FollowupUseful, "followup-useful",
     "Sie melden sich mit etwas Nützlichem zu dem, womit sich {who} gerade beschäftigt.",
     "You get in touch with something useful about what occupies {who}."},
    {Reason::FollowupInterest, "followup-interest",
     "Ein Anlass, über den sich {who} freut: Der Kontakt bleibt lebendig.",
     "A reason that {who} likes: the contact stays alive."},
    {Reason::CheckIn, "check-in",
     "Sie melden sich ohne besonderen Anlass; {who} nimmt es freundlich auf.",
     "You get in touch without a particular reason; {who} takes it kindly."},
    {Reason::Annoyed, "annoyed",
     "Schon wieder ohne Anlass: {who} ist genervt.",
     "Again without a reason: {who} is annoyed."},
    {Reason::Propose, "propose",
     "Ein klarer nächster Schritt mit Termin: {who} weiß, woran Sie beide sind.",
     "A clear next step with a date: {who} knows where the two of you stand."},
    {Reason::ProposeUnwanted, "propose-unwanted",
     "Der Vorschlag betrifft etwas, das {who} gar nicht braucht; er wirkt aufdringlich.",
     "The proposal concerns something {who} does not need; it feels pushy."},
    {Reason::Inform, "inform",
     "{who} erfährt es von Ihnen, bevor es andere erzählen, und fühlt sich einbezogen.",
     "You keep {who} informed before anyone else does: {who} feels included."},
    {Reason::Invite, "invite",
     "{who} freut sich über die Einladung.",
     "{who} is pleased by the invitation."},
    {Reason::InviteToken, "invite-token",
     "Eine kleine Einladung, die {who} gern annimmt.",
     "A small invitation that {who} gladly accepts."},
    {Reason::InviteLavish, "invite-lavish",
     "Eine großzügige Einladung, die zur gewachsenen Beziehung passt.",
     "A generous invitation that fits a relationship that has grown."},
    {Reason::InviteEarly, "invite-early",
     "Eine Einladung, bevor es einen Anlass gibt: {who} ist noch unsicher, was dahintersteckt.",
     "An invitation before there is a reason: {who} is not sure what is behind it."},
    {Reason::InviteTooLavish, "invite-too-lavish",
     "So viel Aufwand ohne gemeinsames Geschäft wirkt, als wollten Sie Wohlwollen kaufen.",
     "So much effort without business together looks like buying goodwill."},
    {Reason::InviteAgainstRules, "invite-against-rules",
     "Nach den Regeln im eigenen Haus darf {who} die Einladung eigentlich nicht annehmen.",
     "The invitation puts {who} in conflict with the rules of their own organisation."},
    {Reason::InviteAgain, "invite-again",
     "Schon wieder eine Einladung: {who} fühlt sich bedrängt.",
     "Another invitation: {who} feels pressed."},
    {Reason::Gift, "gift",
     "{who} freut sich über die Aufmerksamkeit.",
     "{who} is pleased by the gesture."},
    {Reason::GiftToken, "gift-token",
     "Eine kleine, passende Aufmerksamkeit: {who} freut sich.",
     "A small, fitting gesture: {who} is pleased."},
    {Reason::GiftTooLavish, "gift-too-lavish",
     "Bei einem so teuren Geschenk fragt sich {who}, welche Gegenleistung erwartet wird.",
     "Such an expensive present makes {who} uneasy; it looks like a return is expected."},
    {Reason::GiftInTender, "gift-in-tender",
     "Mitten in der Ausschreibung kann {who} kein Geschenk annehmen, ohne sich angreifbar zu machen.",
     "A present in the middle of a tender puts {who} in an awkward position."},
    {Reason::GiftAgainstRules, "gift-against-rules",
     "Das Geschenk verstößt gegen die Regeln, an die sich {who} halten muss: Es geht zurück.",
     "The present breaks the rules of {who}'s organisation: it has to go back."},
    {Reason::Receive, "receive",
     "Sie nehmen die Einladung oder das Geschenk gern an; {who} fühlt sich geehrt.",
     "You gladly accept the invitation or present; {who} feels honoured."},
    {Reason::ReceiveCompromising, "receive-compromising",
     "Sie nehmen etwas Wertvolles an, während über einen Auftrag entschieden wird: Das macht Sie angreifbar.",
     "You accept something valuable while a contract is being decided: it makes you vulnerable."},
    {Reason::Apologize, "apologize",
     "Die Entschuldigung räumt eine Verstimmung aus.",
     "The apology clears the air."},
    {Reason::ApologizeRepair, "apologize-repair",
     "Sie stehen zu dem Fehler; {who} verzeiht einen Teil davon.",
     "You own the mistake; {who} forgives part of it."},
    {Reason::Accept, "accept",
     "Sie nehmen das Nein gelassen hin; {who} rechnet Ihnen das an.",
     "You take the no gracefully; {who} gives you credit for it."},
    {Reason::Push, "push",
     "Sie drängen nach einem Nein weiter; {who} fühlt sich unter Druck gesetzt.",
     "You keep pushing after a no; {who} feels under pressure."},
    {Reason::Sulk, "sulk",
     "Eingeschnappt zu reagieren kühlt die Beziehung ab.",
     "Reacting in a huff cools the relationship."},
    {Reason::Touch, "touch",
     "Die vertraute Geste passt zu dieser Beziehung.",
     "The familiar gesture fits this relationship."},
    {Reason::TouchFauxPas, "touch-faux-pas",
     "Die Berührung ist zu viel: {who} weicht zurück.",
     "The touch goes too far for {who}; {who} pulls back."},
    {Reason::Decline, "decline",
     "{who} ist über die Absage etwas enttäuscht.",
     "{who} is a little disappointed by the refusal."},
    {Reason::DeclineCurt, "decline-curt",
     "Eine knappe schriftliche Absage ohne ein Wort mehr: {who} ist gekränkt.",
     "A curt written refusal without another word: {who} feels slighted."},
    {Reason::Candid, "candid",
     "Sie sagen ehrlich, was nicht geht und was geht: {who} kann sich darauf verlassen.",
     "You say honestly what cannot be done and what can: {who} can rely on it."},
    {Reason::Overpromise, "overpromise",
     "{who} hört die Zusage gern.",
     "{who} is glad to hear the promise."},
    {Reason::OverpromiseBroken, "overpromise-broken",
     "Was Sie zugesagt hatten, ließ sich nicht halten: {who} muss umplanen und verliert das Vertrauen.",
     "What you promised could not be kept: {who} has to replan and loses trust."},
    {Reason::Deliver, "deliver",
     "Sie liefern, was vereinbart war: {who} sieht, dass auf Sie Verlass ist.",
     "You deliver what was agreed: {who} sees that you can be relied on."},
    {Reason::DeliverPromised, "deliver-promised",
     "Sie halten, was Sie versprochen hatten: {who} ist erleichtert.",
     "You keep what you promised: {who} is relieved."},
    {Reason::DeliverRepair, "deliver-repair",
     "Sie liefern und machen den Fehler wieder gut: {who} fasst wieder Vertrauen.",
     "You deliver and make up for the mistake: {who} begins to trust you again."},
    {Reason::Bypass, "bypass",
     "{who} erfährt, dass Sie am Dienstweg vorbei gehandelt haben, und fühlt sich vor den eigenen Leuten bloßgestellt.",
     "You went around {who}: {who} feels exposed in front of their own people."},
    {Reason::Bargain, "bargain",
     "Sie verhandeln hart, aber mit Argumenten: {who} respektiert das.",
     "You bargain hard but with arguments: {who} respects it."},
    {Reason::Ultimatum, "ultimatum",
     "Ein Ultimatum macht aus dem Partner einen Gegner.",
     "An ultimatum turns a partner into an opponent."},
    {Reason::LetdownBrokenPromise, "letdown-broken-promise",
     "Die Zusage wurde nicht eingehalten: {who} verlässt sich künftig weniger auf Sie.",
     "The promise was not kept: {who} will rely on you less."},
    {Reason::LetdownMissedDelivery, "letdown-missed-delivery",
     "Die Lieferung kam nicht wie vereinbart: {who} zweifelt an Ihrer Zuverlässigkeit.",
     "The delivery did not come as agreed: {who} doubts your reliability."},
    {Reason::LetdownCancelledMeeting, "letdown-cancelled-meeting",
     "Ein kurzfristig abgesagter Termin: {who} fühlt sich nicht wichtig genommen.",
     "A meeting cancelled at short notice: {who} does not feel important to you."},
    {Reason::LetdownUnanswered, "letdown-unanswered",
     "{who} hat Sie nicht erreicht und keine Antwort bekommen; das wirkt gleichgültig.",
     "{who} could not reach you and got no answer: {who} feels ignored."},
    {Reason::LetdownMistake, "letdown-mistake",
     "Ein Fehler in Ihrer Arbeit: {who} fragt sich, was sonst noch nicht stimmt.",
     "A mistake in your work: {who} wonders what else is wrong."},
    {Reason::LetdownMisunderstanding, "letdown-misunderstanding",
     "Ein Missverständnis: {who} ärgert sich.",
     "A misunderstanding annoys {who}."},
    {Reason::PressureRises, "pressure-rises",
     "Viel Aufmerksamkeit ohne geschäftlichen Anlass: {who} fühlt sich bedrängt.",
     "Lots of attention without a business reason: {who} feels pressed."},
    {Reason::CoverUp, "cover-up",
     "Eine Geste statt einer Lösung: {who} wartet noch auf die Behebung des Problems.",
     "A gesture instead of a solution: {who} is still waiting for the problem to be fixed."},
    {Reason::Unwelcome, "unwelcome",
     "Auf diesem Weg möchte {who} nicht angesprochen werden.",
     "{who} does not want to be contacted this way."},
    {Reason::BadMoment, "bad-moment",
     "{who} ist gerade mit anderem beschäftigt; das kommt ungelegen.",
     "This comes at a bad moment for {who}."},
    {Reason::UnannouncedIntroduction, "unannounced-introduction",
     "Ohne Vorwarnung vorgestellt: {who} muss sich erst einen Reim darauf machen.",
     "Being introduced without warning is extra work for {who} at first."},
    {Reason::Vouch, "vouch",
     "Jemand, auf dessen Urteil {who} etwas gibt, hat sich für Sie verbürgt.",
     "Someone whose judgement {who} values has vouched for you."},
    {Reason::Handover, "handover",
     "Ihr Vorgänger hat Sie persönlich übergeben: {who} gibt Ihnen einen Vertrauensvorschuss.",
     "Your predecessor handed you over in person: {who} gives you trust in advance."},
    {Reason::OffstageContact, "offstage-contact",
     "{who} und Sie stehen nebenher weiter in Kontakt.",
     "Contact with {who} went on in the background."},
    {Reason::TenderStarts, "tender-starts",
     "Eine Ausschreibung läuft.",
     "A tender is running."},
    {Reason::TenderEnds, "tender-ends",
     "Die Ausschreibung ist entschieden.",
     "The tender has been decided."},
    {Reason::PressureEases, "pressure-eases",
     "Echte Substanz nimmt Druck aus der Beziehung.",
     "Real substance takes pressure out of the relationship."},
    {Reason::PressureErodes, "pressure-erodes",
     "Unter so viel Druck leiden Sympathie und Vertrauen.",
     "Under so much pressure, liking and trust suffer."},
    {Reason::PressureFades, "pressure-fades",
     "Mit der Zeit lässt der Druck nach.",
     "Pressure eases with time."},
    {Reason::Drift, "drift",
     "{n} ohne Kontakt: Die Beziehung kühlt ab.",
     "{n} without contact: the relationship cools."},
    {Reason::Adjustment, "adjustment",
     "",
     ""},
    {Reason::FavourGiven, "favour-given",
     "{who} hat von Ihnen einen Gefallen erhalten.",
     "{who} has received a favour from you."},
    {Reason::FavourReceived, "favour-received",
     "{who} tut Ihnen einen Gefallen.",
     "{who} does you a favour."},
    {Reason::Introduced, "introduced",
     "Zwei Ihrer Kontakte kennen sich jetzt.",
     "Two of your contacts now know each other."},
    {Reason::VariableChanged, "variable-changed",
     "Der Spielstand ändert sich.",
     "A scenario value changes."},
    {Reason::FactLearned, "fact-learned",
     "Sie erfahren etwas Neues.",
     "You learn something new."},
    {Reason::TimePassed, "time-passed",
     "Zeit vergeht.",
     "Time passes."},
    {Reason::GiftOwed, "gift-owed",
     "",
     ""},
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
    const bool gain = change.delta() > 0, loss = change.delta() < 0;
    auto add = [&](const char* deText, const char* enText) {
        notes += ' ';
        notes += de ? deText : enText;
    };
    // Each note only where it is true of this change: a gain the channel carried, a loss history softened.
    if (gain && (change.modifiers & kModPrepared)) add("Ihre Vorbereitung zahlt sich aus.", "Your preparation pays off.");
    const bool preferred = gain && (change.modifiers & kModPreferred);
    const bool lean = gain && (change.modifiers & kModLeanChannel);
    // Preferred and lean together is one thought, not two that seem to contradict each other.
    if (preferred && lean && change.channel == Channel::Phone)
        add("Sie nutzen den Weg, den {who} bevorzugt, auch wenn am Telefon nicht alles ankommt.",
            "You use the channel {who} prefers, even if not everything comes across on the phone.");
    else if (preferred && lean && change.channel <= Channel::Messenger)
        add("Sie schreiben, wie es {who} am liebsten ist, auch wenn schriftlich nur ein Teil ankommt.",
            "You write, as {who} prefers, even if only part of it comes across in writing.");
    else if (preferred) add("Sie nutzen den Weg, den {who} bevorzugt.", "You use the channel {who} prefers.");
    // A gift that was sent is not a written message: what is lost is the handing over.
    const bool sentGift = change.reason == Reason::Gift || change.reason == Reason::GiftToken || change.reason == Reason::GiftOwed;
    if (lean && !preferred) {
        if (sentGift && change.channel <= Channel::Messenger)
            add("Verschickt statt persönlich überreicht, kommt nur ein Teil davon an.", "Sent rather than handed over in person, only part of it comes across.");
        else if (change.channel <= Channel::Messenger) add("Schriftlich kommt nur ein Teil davon an.", "In writing only part of it comes across.");
        else if (change.channel == Channel::Phone) add("Am Telefon kommt nicht alles an.", "On the phone not everything comes across.");
        else add("Per Video kommt fast alles an.", "On video almost everything comes across.");
    }
    if (gain && (change.modifiers & kModFamiliar)) add("Die gemeinsame Geschichte trägt.", "Your shared history carries it.");
    if (gain && (change.modifiers & kModUnfamiliar)) add("Sie kennen sich noch wenig; es wirkt erst zum Teil.", "You hardly know each other yet; it lands only in part.");
    if (gain && (change.modifiers & kModRepeated)) add("Wiederholt wirkt es schwächer.", "Repeated, it has less effect.");
    if (loss && (change.modifiers & kModMisunderstood)) add("Schriftlich kommt es schärfer an als gemeint.", "In writing it comes across harsher than meant.");
    if (loss && (change.modifiers & kModBuffered)) add("Dass Sie sich schon persönlich kennen, federt das ab.", "Having met in person softens it.");
    if (loss && (change.modifiers & kModWarned)) add("Dass Sie rechtzeitig Bescheid gegeben haben, mildert es.", "That you gave notice in time softens it.");
    if (loss && (change.modifiers & kModAgain)) add("Es ist nicht das erste Mal.", "It is not the first time.");
    return notes;
}

} // namespace

std::string_view idOf(Reason reason) { return entry(reason).id; }


std::string explainChange(const Scenario& scenario, const State* now, const Change& change, Lang lang) {
    if (change.reason == Reason::Adjustment) return textOf(scenario, now, change.authoredReason, lang);
    std::string sentence = lang == Lang::De ? entry(change.reason).de : entry(change.reason).en;
    sentence += modifierNotes(change, lang);
    if (change.persona != kNone) {
        const Persona& persona = scenario.personas[change.persona];
        replaceAll(sentence, "{who}", persona.address != kNone ? textOf(scenario, now, persona.address, lang) : persona.name(lang));
    }
    if (change.reason == Reason::Drift) // "{n}" is a number of days there, with its unit
        replaceAll(sentence, "{n}", change.count == 1 ? std::string(lang == Lang::De ? "Ein Tag" : "One day")
                                                       : std::to_string(change.count) + (lang == Lang::De ? " Tage" : " days"));
    replaceAll(sentence, "{n}", std::to_string(change.count));
    // German sentences use the address only as the subject, so "Herr" never needs declining.
    return sentence;
}

} // namespace rapport
