// What the contact thought at a key moment: one or two sentences from the person's side, built
// from the reason the model gave for the largest change the decision made in them, and from the
// person's traits. Written as the person's own thought, so no pronoun has to guess a gender.

#include "rapport/report/Debrief.h"

#include "rapport/model/Evaluate.h"

#include <array>
#include <cstdlib>

namespace rapport {
namespace {

struct Thought {
    const char* de;
    const char* en;
};

// When the reason's own words would not fit (or the author gave the reason), the plain gain or
// loss; dimensionThought picks the words by what moved.
const Thought kGood{"Das war ein guter Moment. So kann es weitergehen.", "That was a good moment. It can go on like this."};
const Thought kBad{"Das hat mich enttäuscht. Ich bin jetzt vorsichtiger.", "That disappointed me. I am more careful now."};

/// The plain gain or loss in words that fit the dimension (or pressure) that moved.
const Thought* dimensionThought(const Change& change, bool gain) {
    static const std::array<Thought, kDimensionCount> gains{{
        {"Sie sind mir sympathisch – das war ein gutes Gespräch.", "I like you – that was a good conversation."},
        {"Da nimmt mich jemand ernst.", "Here is someone who takes me seriously."},
        {"Auf Sie kann ich mich verlassen, das zeigt sich.", "I can rely on you, that much is clear."},
        {"Wir helfen uns gegenseitig – so soll es sein.", "We help each other – that is how it should be."},
        {"Wir sind uns ein Stück nähergekommen.", "We have come a little closer."},
        {"Sie wissen, wovon Sie reden.", "You know what you are talking about."},
    }};
    static const std::array<Thought, kDimensionCount> losses{{
        {"Das hat mich geärgert.", "That annoyed me."},
        {"Da fühle ich mich nicht ernst genommen.", "I do not feel taken seriously."},
        {"Darauf kann ich mich nicht verlassen.", "I cannot rely on that."},
        {"Ich gebe, und es kommt nichts zurück.", "I give, and nothing comes back."},
        {"Wir sind uns wieder fremder geworden.", "We have drifted apart again."},
        {"Versteht hier eigentlich jemand etwas von der Sache?", "Does anyone here actually understand the matter?"},
    }};
    static const Thought pressed{"Ich fühle mich bedrängt.", "I feel pressed."};
    static const Thought relieved{"Jetzt ist der Druck raus – so rede ich gern weiter.", "The pressure is off – I am happy to keep talking like this."};
    if (change.target == ChangeTarget::Pressure) return gain ? &relieved : &pressed;
    if (change.dimension < kDimensionCount) return gain ? &gains[change.dimension] : &losses[change.dimension];
    return gain ? &kGood : &kBad;
}

/// The person's thought for a reason, or nothing for bookkeeping (time, drift, ledgers).
const Thought* thoughtForReason(Reason reason, bool gain) {
    static const Thought interest{"Da interessiert sich jemand wirklich für meine Arbeit – und hört zu.",
                                  "Someone is genuinely interested in my work – and listens."};
    static const Thought concern{"Endlich versteht jemand, was mich gerade wirklich umtreibt.",
                                 "At last someone understands what is really on my mind."};
    static const Thought praise{"Das Lob war ehrlich gemeint, das hat gutgetan.", "That compliment was meant, and it felt good."};
    static const Thought praiseGeneric{"Nett gemeint, aber das sagt man wohl jedem.", "Nice of you, but I suppose you say that to everyone."};
    static const Thought flattery{"So viel Lob? Was wollen Sie eigentlich von mir?", "So much praise? What is it you want from me?"};
    static const Thought disclosed{"Jetzt weiß ich, mit wem ich es zu tun habe – das verbindet.",
                                   "Now I know who I am dealing with – that creates a bond."};
    static const Thought disclosedIgnored{"Interessant, aber was hat das mit mir zu tun?", "Interesting, but what has that got to do with me?"};
    static const Thought monologue{"Ich komme kaum zu Wort. Geht es hier eigentlich um mich?",
                                   "I can hardly get a word in. Is this about me at all?"};
    static const Thought smalltalk{"Ein angenehmes Gespräch – mehr aber auch nicht.", "A pleasant chat – but nothing more."};
    static const Thought tooCasual{"Das war mir eine Spur zu locker.", "That was a little too casual for me."};
    static const Thought give{"Sie geben etwas, ohne gleich etwas dafür zu wollen. Das merke ich mir.",
                              "You give something without wanting anything back straight away. I will remember that."};
    static const Thought giveTooMuch{"Das ist zu viel des Guten; jetzt fühle ich mich in der Pflicht.",
                                     "That is too much of a good thing; now I feel obliged."};
    static const Thought trade{"Ach so – das Entgegenkommen hatte also einen Preis.", "I see – so the favour came with a price tag."};
    static const Thought askGranted{"Nach allem, was Sie für mich getan haben, helfe ich gern.",
                                    "After all you have done for me, I am glad to help."};
    static const Thought askRefused{"Dafür kennen wir uns noch nicht gut genug.", "We do not know each other well enough for that."};
    static const Thought thank{"Ein Dank, der nicht selbstverständlich ist – das freut mich.",
                               "Thanks that are not taken for granted – I like that."};
    static const Thought introduceFit{"Dieser Kontakt bringt mich wirklich weiter. Schön, dass Sie an mich gedacht haben.",
                                      "This contact really helps me. Good of you to think of me."};
    static const Thought introduceMisfit{"Was soll ich mit diesem Kontakt? Da hat jemand nicht nachgedacht.",
                                         "What am I supposed to do with this contact? Someone did not think this through."};
    static const Thought pitchWanted{"Ich hatte gefragt, und die Antwort war kurz und fundiert.", "I had asked, and the answer was short and sound."};
    static const Thought pitchPushy{"Schon wieder ein Verkaufsgespräch. Ich fühle mich bedrängt.", "Another sales pitch. I feel pressed."};
    static const Thought checkIn{"Schön, dass Sie sich melden, ohne etwas zu wollen.", "Nice of you to get in touch without wanting anything."};
    static const Thought annoyed{"Schon wieder eine Nachricht – langsam wird es mir zu viel.", "Another message – it is getting too much."};
    static const Thought gesture{"Eine nette Geste, die zu uns passt.", "A kind gesture that suits where we are."};
    static const Thought gestureTooMuch{"Das ist mir unangenehm – so etwas kann ich eigentlich nicht annehmen.",
                                        "This makes me uncomfortable – I cannot really accept something like that."};
    static const Thought apology{"Sie stehen zu dem Fehler. Das rechne ich Ihnen hoch an.", "You own up to the mistake. I respect that."};
    static const Thought accepted{"Sie haben mein Nein angenommen, ohne zu drängen. Das bleibt hängen.",
                                  "You took my no without pushing. That stays with me."};
    static const Thought declined{"Ein klares Nein – das kann ich respektieren.", "A clear no – I can respect that."};
    static const Thought curt{"So kurz angebunden? Das hat mich geärgert.", "So curt? That annoyed me."};
    static const Thought sulk{"Jetzt ist da jemand eingeschnappt, nur weil ich keine Zeit hatte.",
                              "Now someone is sulking, just because I had no time."};
    static const Thought tooClose{"Das war mir zu nah.", "That was too close for comfort."};
    static const Thought overpromise{"Klingt gut – hoffentlich hält das auch.", "Sounds good – I hope it holds."};
    static const Thought letdown{"Zugesagt und nicht gehalten. Darauf kann ich mich nicht verlassen.",
                                 "Promised and not kept. I cannot rely on that."};
    static const Thought delivered{"Zugesagt und gehalten – auf Sie ist Verlass.", "Promised and kept – you can be relied on."};
    static const Thought bypass{"Sie sind über meinen Kopf hinweg gegangen. Das vergesse ich nicht.",
                                "You went over my head. I will not forget that."};
    static const Thought coverUp{"Man hat mir etwas verschwiegen. Wem kann ich hier noch trauen?",
                                 "Something was kept from me. Whom can I still trust here?"};
    static const Thought badMoment{"Gerade passt es überhaupt nicht.", "This is not the moment at all."};
    static const Thought candid{"Offene Worte, auch wenn sie unbequem sind – so kann ich arbeiten.",
                                "Plain words, even uncomfortable ones – that is something I can work with."};
    static const Thought vouch{"Wenn andere so von Ihnen sprechen, ist wohl etwas dran.", "If others speak of you like that, there must be something to it."};
    static const Thought push{"Ich habe Nein gesagt. Warum wird das nicht gehört?", "I said no. Why is nobody listening?"};
    static const Thought ultimatum{"Das ist Erpressung. So lasse ich nicht mit mir reden.", "That is blackmail. I will not be spoken to like that."};

    switch (reason) {
    case Reason::QuestionGeneric: case Reason::QuestionInterest: case Reason::Listen: case Reason::FollowupInterest:
        return &interest;
    case Reason::QuestionConcern: case Reason::ListenConcern: case Reason::GiveOnConcern: case Reason::PitchOnConcern:
        return &concern;
    case Reason::Praise: return &praise;
    case Reason::PraiseGeneric: case Reason::PraiseGenericCosts: return &praiseGeneric;
    case Reason::Flattery: return &flattery;
    case Reason::DiscloseAnswered: return &disclosed;
    case Reason::DiscloseNeutral: return gain ? &disclosed : &disclosedIgnored;
    case Reason::DiscloseIgnored: return &disclosedIgnored;
    case Reason::Monologue: return &monologue;
    case Reason::Smalltalk: return &smalltalk;
    case Reason::SmalltalkTooCasual: case Reason::AskTooCasual: return &tooCasual;
    case Reason::Give: case Reason::FollowupUseful: case Reason::Inform: return &give;
    case Reason::GiveTooMuch: return &giveTooMuch;
    case Reason::Trade: return &trade;
    case Reason::Redeem: case Reason::AskGranted: return &askGranted;
    case Reason::AskRefused: case Reason::AskPresumptuous: case Reason::InviteEarly: return &askRefused;
    case Reason::Thank: case Reason::ThankFavour: return &thank;
    case Reason::IntroduceFit: case Reason::IntroducedFit: case Reason::Introduced: return &introduceFit;
    case Reason::IntroduceMisfit: case Reason::IntroducedMisfit: case Reason::UnannouncedIntroduction: return &introduceMisfit;
    case Reason::Pitch: case Reason::PitchRequested: return &pitchWanted;
    case Reason::PitchTooEarly: case Reason::PitchToSceptic: case Reason::PitchGenericToStatus: case Reason::PitchAgain:
    case Reason::ProposeUnwanted: case Reason::Bargain: case Reason::PressureRises:
        return &pitchPushy;
    case Reason::Push: return &push;
    case Reason::Ultimatum: return &ultimatum;
    case Reason::CheckIn: case Reason::Propose: return &checkIn;
    case Reason::Annoyed: return &annoyed;
    case Reason::Invite: case Reason::InviteToken: case Reason::Gift: case Reason::GiftToken: case Reason::Receive:
        return gain ? &gesture : &gestureTooMuch;
    case Reason::InviteLavish: case Reason::InviteTooLavish: case Reason::InviteAgainstRules: case Reason::InviteAgain:
    case Reason::GiftTooLavish: case Reason::GiftInTender: case Reason::GiftAgainstRules: case Reason::ReceiveCompromising:
        return &gestureTooMuch;
    case Reason::Apologize: case Reason::ApologizeRepair: case Reason::DeliverRepair: return &apology;
    case Reason::Accept: return &accepted;
    case Reason::Decline: return &declined;
    case Reason::DeclineCurt: return &curt;
    case Reason::Sulk: return &sulk;
    case Reason::Touch: return gain ? &kGood : &tooClose;
    case Reason::TouchFauxPas: return &tooClose;
    case Reason::Candid: return &candid;
    case Reason::Overpromise: return &overpromise;
    case Reason::OverpromiseBroken: case Reason::LetdownBrokenPromise: case Reason::LetdownMissedDelivery:
    case Reason::LetdownCancelledMeeting: case Reason::LetdownUnanswered: case Reason::LetdownMistake:
    case Reason::LetdownMisunderstanding:
        return &letdown;
    case Reason::Deliver: case Reason::DeliverPromised: return &delivered;
    case Reason::Bypass: return &bypass;
    case Reason::CoverUp: return &coverUp;
    case Reason::Unwelcome: case Reason::BadMoment: return &badMoment;
    case Reason::Vouch: return gain ? &vouch : &kBad;
    case Reason::Adjustment: case Reason::Handover: case Reason::OffstageContact: return gain ? &kGood : &kBad;
    default: return nullptr; // time, drift, ledgers, links: nobody thinks them at the moment
    }
}

/// Thoughts that read as a loss; a gain never gets one of them, nor a loss a pleased one.
bool readsAsLoss(Reason reason, bool gain) {
    switch (reason) {
    case Reason::PraiseGeneric: case Reason::PraiseGenericCosts: case Reason::Flattery: case Reason::DiscloseIgnored:
    case Reason::Monologue: case Reason::SmalltalkTooCasual: case Reason::AskTooCasual: case Reason::GiveTooMuch:
    case Reason::Trade: case Reason::AskRefused: case Reason::AskPresumptuous: case Reason::InviteEarly:
    case Reason::IntroduceMisfit: case Reason::IntroducedMisfit: case Reason::UnannouncedIntroduction:
    case Reason::PitchTooEarly: case Reason::PitchToSceptic: case Reason::PitchGenericToStatus: case Reason::PitchAgain:
    case Reason::ProposeUnwanted: case Reason::Bargain: case Reason::PressureRises: case Reason::Push: case Reason::Ultimatum:
    case Reason::Annoyed: case Reason::InviteLavish: case Reason::InviteTooLavish: case Reason::InviteAgainstRules:
    case Reason::InviteAgain: case Reason::GiftTooLavish: case Reason::GiftInTender: case Reason::GiftAgainstRules:
    case Reason::ReceiveCompromising: case Reason::DeclineCurt: case Reason::Sulk: case Reason::TouchFauxPas:
    case Reason::OverpromiseBroken: case Reason::LetdownBrokenPromise: case Reason::LetdownMissedDelivery:
    case Reason::LetdownCancelledMeeting: case Reason::LetdownUnanswered: case Reason::LetdownMistake:
    case Reason::LetdownMisunderstanding: case Reason::Bypass: case Reason::CoverUp: case Reason::Unwelcome: case Reason::BadMoment:
        return true;
    case Reason::Invite: case Reason::InviteToken: case Reason::Gift: case Reason::GiftToken: case Reason::Receive:
    case Reason::Touch: case Reason::Vouch: case Reason::Adjustment: case Reason::Handover: case Reason::OffstageContact:
    case Reason::DiscloseNeutral:
        return !gain; // these pick their words by the sign already
    default: return false;
    }
}

const Thought* thoughtFor(Reason reason, bool gain) {
    const Thought* t = thoughtForReason(reason, gain);
    if (t == nullptr) return nullptr;
    if (readsAsLoss(reason, gain) == gain || t == &kGood || t == &kBad) return nullptr; // the words would contradict the change, or say nothing of their own
    return t;
}

/// A second sentence from the way the person is, when it adds something.
const Thought* traitThought(const Persona& persona, const Change& change, bool gain) {
    static const Thought prepared{"Man merkt, dass Sie sich vorbereitet haben.", "You can tell you came prepared."};
    static const Thought misread{"Schriftlich klang das ganz anders, als es wohl gemeint war.",
                                 "In writing it sounded quite different from what was probably meant."};
    static const Thought scepticGain{"Überzeugt bin ich noch nicht, aber es ist ein Anfang.", "I am not convinced yet, but it is a start."};
    static const Thought busyGain{"Und das, ohne meine Zeit zu verschwenden.", "And without wasting my time."};
    static const Thought busyLoss{"Dafür ist mir meine Zeit zu schade.", "My time is too precious for that."};
    static const Thought statusLoss{"So geht man mit mir nicht um.", "That is no way to treat me."};
    static const Thought formalLoss{"Ein wenig mehr Form hätte ich schon erwartet.", "I would have expected a little more form."};
    if (gain && (change.modifiers & kModPrepared) != 0) return &prepared;
    if (!gain && (change.modifiers & kModMisunderstood) != 0) return &misread;
    // An author's own reason can be about anything: a trait's sentence might not fit it.
    if (change.reason == Reason::Adjustment) return nullptr;
    if (gain && persona.has(Trait::Sceptical)) return &scepticGain;
    if (gain && persona.has(Trait::Busy)) return &busyGain;
    if (!gain && persona.has(Trait::Busy)) return &busyLoss;
    if (!gain && persona.has(Trait::Status)) return &statusLoss;
    if (!gain && persona.has(Trait::Formal)) return &formalLoss;
    return nullptr;
}

} // namespace

std::string contactThought(const Runner& runner, const KeyMoment& km, Lang lang) {
    const Scenario& scenario = runner.scenario();
    const std::vector<Change>& changes = runner.changes();
    const std::vector<StepRecord>& steps = runner.steps();
    if (km.step >= steps.size()) return {};
    // The decision's own changes and the scenes it led into, up to the next decision: a choice
    // whose effect a scene shows still moved the person at this moment.
    const std::size_t begin = steps[km.step].firstChange;
    const std::size_t end = km.step + 1 < steps.size() ? steps[km.step + 1].firstChange : changes.size();
    const Change* strongest = nullptr;
    const Thought* thought = nullptr;
    for (std::size_t i = begin; i < end && i < changes.size(); ++i) {
        const Change& ch = changes[i];
        if ((ch.target != ChangeTarget::Dimension && ch.target != ChangeTarget::Pressure) || ch.persona == kNone) continue;
        if (scenario.personas[ch.persona].weight == 0 && strongest != nullptr) continue;
        // Pressure rising is a loss to the relationship.
        const bool gain = ch.target == ChangeTarget::Pressure ? ch.delta() < 0 : ch.delta() > 0;
        if (thoughtForReason(ch.reason, gain) == nullptr || ch.delta() == 0) continue; // bookkeeping
        const Thought* t = thoughtFor(ch.reason, gain);
        if (t == nullptr) t = dimensionThought(ch, gain);
        const bool counts = scenario.personas[ch.persona].weight > 0;
        const bool strongestCounts = strongest != nullptr && scenario.personas[strongest->persona].weight > 0;
        if (strongest == nullptr || (counts && !strongestCounts) ||
            (counts == strongestCounts && std::llabs(ch.delta()) > std::llabs(strongest->delta()))) {
            strongest = &ch;
            thought = t;
        }
    }
    const bool de = lang == Lang::De;
    if (strongest == nullptr) {
        // Nobody was moved: the person the best option would have reached was left waiting.
        if (km.bestMove == kNone || km.bestMove == km.choice || scenario.choices[km.bestMove].act == Act::Research) return {};
        const PersonaIndex missed = scenario.choices[km.bestMove].with;
        if (missed == kNone || scenario.personas[missed].weight == 0) return {};
        const Persona& p = scenario.personas[missed];
        const std::string name = p.address != kNone ? textOf(scenario, nullptr, p.address, lang) : p.name(lang);
        return de ? name + " dachte: „Von Ihnen habe ich lange nichts gehört.“" : name + " thought: “I have not heard from you in a long time.”";
    }
    const Persona& persona = scenario.personas[strongest->persona];
    const bool gain = strongest->target == ChangeTarget::Pressure ? strongest->delta() < 0 : strongest->delta() > 0;
    const std::string name = persona.address != kNone ? textOf(scenario, nullptr, persona.address, lang) : persona.name(lang);
    std::string said = de ? thought->de : thought->en;
    if (const Thought* more = traitThought(persona, *strongest, gain)) said += std::string(" ") + (de ? more->de : more->en);
    return de ? name + " dachte: „" + said + "“" : name + " thought: “" + said + "”";
}

} // namespace rapport
