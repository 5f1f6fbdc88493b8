#include "rapport/report/Debrief.h"

#include "rapport/model/ActRules.h"
#include "rapport/model/Evaluate.h"
#include "rapport/model/PresentationConstants.h"
#include "rapport/model/Score.h"
#include "rapport/report/ChangeGroups.h"
#include "rapport/report/Points.h"
#include "report/KeyMoments.h"
#include "rapport/play/Play.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace rapport {
namespace {

/// How many of a principle's feedback sentences the terminal's debrief tells.
constexpr std::size_t kTerminalSentencesPerPrinciple = 1;

struct StyleText {
    std::string_view id, de, en, descDe, descEn;
};

constexpr std::array<StyleText, kStyleCount> kStyles{{
    {"relationship-builder", "Beziehungsgestalter", "Relationship builder",
     "Sie fragen, hören zu, geben zuerst und bleiben dran: so wachsen tragfähige Beziehungen.",
     "You ask, listen, give first and follow up: that is how lasting relationships grow."},
    {"onlooker", "Zaungast", "Onlooker",
     "Sie bleiben meist am Rand und warten ab; so entstehen kaum neue Kontakte.",
     "You mostly stay on the sidelines and wait; few new contacts come of it."},
    {"card-scatterer", "Kartenverteiler", "Card scatterer",
     "Sie sprechen viele an, aber keinen richtig: viele Kärtchen, wenig Beziehung.",
     "You approach many people but none properly: many cards, little relationship."},
    {"flatterer", "Schmeichler", "Flatterer",
     "Sie loben viel; ohne Substanz wirkt das bald berechnend.",
     "You praise a lot; without substance it soon looks calculated."},
    {"deal-chaser", "Abschlussjäger", "Deal chaser",
     "Sie drängen früh auf das Geschäft und verlangen Gegenleistungen, bevor Vertrauen da ist.",
     "You push for business early and ask for returns before trust exists."},
    {"monologist", "Selbstdarsteller", "Self-promoter",
     "Sie erzählen viel von sich und fragen wenig nach.",
     "You talk a lot about yourself and ask little."},
    {"steady", "Solider Netzwerker", "Steady networker",
     "Kein auffälliges Muster: Ihre Stärken und Schwächen zeigen die Schlüsselmomente.",
     "No marked pattern: the key moments show your strengths and gaps."},
    {"hothead", "Hitzkopf", "Hothead",
     "Wenn es hakt, rechtfertigen Sie sich, machen Druck oder gehen über den Kopf Ihres Gegenübers hinweg; so wird aus einem Ärgernis ein Konflikt.",
     "When things go wrong you justify yourself, push or go over the other person's head; that turns an irritation into a conflict."},
}};

/// The result right after taking `choice` from `from`, measured like StepRecord::resultAfter.
std::int64_t resultAfterChoice(const Scenario& scenario, const State& from, ChoiceIndex choice) {
    State state = from;
    ChangeSink none;
    applyChoice(scenario, state, choice, none);
    return resultOf(scenario, state);
}

/// Reasons that name a confrontation: pushing after a no, sulking, going over a head.
bool confrontation(Reason r) {
    switch (r) {
    case Reason::Push: case Reason::Sulk: case Reason::Bypass: case Reason::Ultimatum: case Reason::DeclineCurt: case Reason::CoverUp:
        return true;
    default: return false;
    }
}

/// Acts that build on a relationship. Done badly (a cold introduction, a follow-up nobody wanted),
/// they are a misstep the author marks as a violation, but no confrontation: no hothead's evidence.
bool constructiveAct(Act a) {
    switch (a) {
    case Act::Question: case Act::Listen: case Act::Give: case Act::Thank: case Act::Introduce: case Act::Followup:
    case Act::Accept: case Act::Research: case Act::Deliver: case Act::Inform: case Act::Receive: case Act::Touch:
        return true;
    default: return false;
    }
}

/// Reasons that belong to another style's diagnosis (flattery, selling, trading, talking).
bool otherStylesReason(Reason r) {
    switch (r) {
    case Reason::Flattery: case Reason::PraiseGeneric: case Reason::PraiseGenericCosts: case Reason::Trade:
    case Reason::PitchTooEarly: case Reason::PitchToSceptic: case Reason::PitchGenericToStatus: case Reason::PitchAgain:
    case Reason::PitchOnConcern: case Reason::Pitch: case Reason::Monologue: case Reason::DiscloseIgnored:
    case Reason::PressureRises: case Reason::Smalltalk: case Reason::SmalltalkTooCasual:
    case Reason::Drift: case Reason::TimePassed:
        return true;
    default: return false;
    }
}

/// `scoreLost`: per decision, what the choice taken cost in reachable score (findKeyMoments).
StyleDiagnosis diagnoseStyle(const Runner& runner, const std::vector<int>& scoreLost) {
    const Scenario& scenario = runner.scenario();
    std::array<int, kActCount> acts{};
    std::set<PersonaIndex> touched;
    // A missed chance: the choice taken turned to nobody who counts (no act towards anyone, or
    // only towards someone who does not count, such as an old friend), and it cost reachable
    // score, or another open choice would have won something right away. A plot step where
    // every option is neutral is no chance missed, and neither is research.
    int missedChances = 0;
    // Friction: a decision that hurt someone who counts by a confrontation (pushing, sulking, going
    // over a head) or by a step the scenario marks as a violation that no other style names (a
    // reproach, a justification); selling and gestures are other styles' evidence, and a
    // constructive act done badly is nobody's confrontation.
    int friction = 0;
    std::vector<ChoiceIndex> open;
    const std::vector<StepRecord>& steps = runner.steps();
    for (std::size_t step = 0; step < runner.path().size(); ++step) {
        const ChoiceIndex c = runner.path()[step];
        const Choice& choice = scenario.choices[c];
        ++acts[static_cast<std::size_t>(choice.act)];
        if (step < steps.size()) {
            const StepRecord& rec = steps[step];
            bool hurt = false;
            for (std::uint32_t i = rec.firstChange; i < rec.firstChange + rec.changeCount && i < runner.changes().size(); ++i) {
                const Change& ch = runner.changes()[i];
                if (ch.target != ChangeTarget::Dimension || ch.persona == kNone || scenario.personas[ch.persona].weight == 0) continue;
                const bool roughViolation = choice.violates >= 0 && !constructiveAct(choice.act) && !otherStylesReason(ch.reason);
                if (ch.delta() < 0 && (confrontation(ch.reason) || roughViolation)) hurt = true;
            }
            // Selling, asking and gestures are the deal chaser's and the flatterer's.
            const bool dealAct = choice.act == Act::Pitch || choice.act == Act::Ask || choice.act == Act::Gift ||
                                 choice.act == Act::Invite || choice.act == Act::Praise || choice.act == Act::Bargain ||
                                 choice.act == Act::Propose || choice.act == Act::Smalltalk;
            if ((hurt && !dealAct) || choice.act == Act::Push || choice.act == Act::Sulk || choice.act == Act::Bypass) ++friction;
            const bool reachedOut = choice.with != kNone && scenario.personas[choice.with].weight > 0;
            const bool held = !reachedOut && choice.act != Act::Research && choice.act != Act::Decline;
            const bool screened = step < scoreLost.size() && scoreLost[step] >= 0;
            if (held && screened && scoreLost[step] > 0) {
                ++missedChances;
            } else if (held && !screened && rec.resultAfter <= rec.resultBefore && step < runner.decisionStates().size()) {
                const State& at = runner.decisionStates()[step];
                openChoices(scenario, at, open);
                for (ChoiceIndex o : open) {
                    if (o == c || scenario.choices[o].act == Act::Research) continue;
                    if (resultAfterChoice(scenario, at, o) > rec.resultBefore) {
                        ++missedChances;
                        break;
                    }
                }
            }
        }
        if (choice.with != kNone && actRule(choice.act).reach != ActReach::Nobody)
            touched.insert(choice.with);
        if (choice.withSecond != kNone) touched.insert(choice.withSecond);
    }
    int flattery = 0, trades = 0, tooEarly = 0, monologues = 0, pressureRises = 0;
    for (const Change& ch : runner.changes()) {
        if (ch.target != ChangeTarget::Dimension && ch.target != ChangeTarget::Pressure) continue;
        switch (ch.reason) {
        case Reason::Flattery: ++flattery; break;
        case Reason::Trade: ++trades; break;
        case Reason::PitchTooEarly: ++tooEarly; break;
        case Reason::Monologue: ++monologues; break;
        case Reason::PressureRises: ++pressureRises; break;
        default: break;
        }
    }
    auto count = [&](Act a) { return acts[static_cast<std::size_t>(a)]; };
    const int total = std::max<int>(1, static_cast<int>(runner.path().size()));
    const int passive = missedChances;
    const int builder = count(Act::Question) + count(Act::Listen) + count(Act::Give) + count(Act::Followup) +
                        count(Act::Thank) + count(Act::Introduce) + count(Act::Accept);
    const int surface = count(Act::Smalltalk) + count(Act::Pitch) + count(Act::Gift);
    // Encounters made in this playthrough, not an old acquaintance's history.
    State start = initialState(scenario, runner.options().seed);
    applyStartPoint(scenario, runner.options().start, start); // a try-out's own start values (play --set)
    int encountersTouched = 0;
    for (PersonaIndex p : touched) encountersTouched += runner.state().personas[p].encounters - start.personas[p].encounters;

    using namespace presentation;
    StyleDiagnosis d;
    std::array<int, kStyleCount> score{};
    const int pushes = trades + tooEarly + count(Act::Push);
    score[0] = builder * 100 / total - kBuilderCostPerMisstep * (flattery + trades + tooEarly + monologues);
    score[1] = (passive >= kOnlookerMinMissed ? kOnlookerBase + kOnlookerPerMissed * passive : passive * 100 / total) +
               (touched.empty() ? kOnlookerNoContact : 0);
    score[2] = static_cast<int>(touched.size()) >= kScattererMinPeople && encountersTouched <= static_cast<int>(touched.size())
                   ? kScattererBase + surface * 100 / total
                   : 0;
    score[3] = count(Act::Praise) >= kFlattererMinPraise || flattery > 0 ? kFlattererBase + kFlattererPerFlattery * flattery : 0;
    score[4] = pushes > 0 || pressureRises >= kDealChaserMinPressureRises
                   ? kDealChaserBase + kDealChaserPerPush * pushes + kDealChaserPerPressureRise * pressureRises
                   : 0;
    score[5] = monologues > 0 || count(Act::Disclose) >= kMonologistMinDisclosures
                   ? kMonologistBase + kMonologistPerMonologue * monologues
                   : 0;
    score[6] = kSteadyScore;
    score[7] = friction >= kHotheadMinFriction ? kHotheadBase + kHotheadPerFriction * friction : 0;
    const auto best = static_cast<std::size_t>(std::max_element(score.begin(), score.end()) - score.begin());
    d.style = static_cast<Style>(best);

    auto evidence = [&](const std::string& de, const std::string& en) {
        d.evidenceDe.push_back(de);
        d.evidenceEn.push_back(en);
    };
    const std::string n = std::to_string(total);
    evidence(std::to_string(builder) + " von " + n + " Entscheidungen waren Fragen, Zuhören, Vorleistungen oder Nachfassen.",
             std::to_string(builder) + " of " + n + " decisions were questions, listening, giving or following up.");
    if (passive > 0)
        evidence("Sie haben " + timesWord(passive, true) + " abgewartet, obwohl Sie auf jemanden hätten zugehen können.",
                 "You held back " + timesWord(passive, false) + " when you could have approached someone.");
    if (touched.size() == 1)
        evidence("Sie hatten mit einer Person Kontakt.", "You were in contact with one person.");
    else
        evidence("Sie hatten mit " + std::to_string(touched.size()) + " Personen Kontakt.",
                 "You were in contact with " + std::to_string(touched.size()) + " people.");
    if (const int praised = count(Act::Praise); praised > 0) {
        if (flattery > 0)
            evidence("Sie haben " + timesWord(praised, true) + " gelobt; nicht jedes Lob kam als ehrlich an, manches wirkte wie Schmeichelei.",
                     "You praised " + timesWord(praised, false) + "; not every compliment landed as sincere, some read as flattery.");
        else
            evidence("Sie haben " + timesWord(praised, true) + " gelobt, und es kam als ehrlich gemeint an.",
                     "You praised " + timesWord(praised, false) + ", and it landed as meant.");
    }
    if (trades + tooEarly > 0)
        evidence("Zu frühes Verkaufen oder eine Gegenforderung hat die Beziehung belastet.",
                 "Selling too early or asking for something in return strained the relationship.");
    if (pressureRises > 0)
        evidence("Der Druck stieg " + timesWord(pressureRises, true) + ", weil Gesten schwerer wogen als das, was Sie geboten haben.",
                 "Pressure rose " + timesWord(pressureRises, false) + " because gestures outweighed what you had to offer.");
    if (monologues > 0)
        evidence("Mehrfach haben Sie vor allem von sich erzählt.", "Several times you mostly talked about yourself.");
    if (friction > 0)
        evidence(friction == 1 ? "Eine Ihrer Entscheidungen hat Ihr Gegenüber verärgert oder gekränkt."
                               : std::to_string(friction) + " Ihrer Entscheidungen haben Ihr Gegenüber verärgert oder gekränkt.",
                 friction == 1 ? "One of your decisions annoyed or hurt the other side."
                               : std::to_string(friction) + " of your decisions annoyed or hurt the other side.");
    return d;
}

} // namespace

std::string_view styleName(Style style, Lang lang) {
    const StyleText& s = kStyles[static_cast<std::size_t>(style)];
    return lang == Lang::De ? s.de : s.en;
}
std::string_view styleDescription(Style style, Lang lang) {
    const StyleText& s = kStyles[static_cast<std::size_t>(style)];
    return lang == Lang::De ? s.descDe : s.descEn;
}
std::string_view styleId(Style style) { return kStyles[static_cast<std::size_t>(style)].id; }

Debrief buildDebrief(const Runner& runner, const DebriefOptions& options) {
    const Scenario& scenario = runner.scenario();
    const State& end = runner.state();
    State start = initialState(scenario, runner.options().seed);
    applyStartPoint(scenario, runner.options().start, start); // a try-out's own start values (play --set)
    Debrief out;
    out.finished = runner.finished();
    out.ending = out.finished ? end.node : kNone;
    out.startResult = resultOf(scenario, start);
    out.result = resultOf(scenario, end);
    out.score = scoreAt(scenario, out.result, out.ending);

    for (std::size_t i = 0; i < scenario.personas.size(); ++i) {
        PersonaOutcome p;
        p.persona = static_cast<PersonaIndex>(i);
        p.start = start.personas[i].dims;
        p.end = end.personas[i].dims;
        p.startQuality = qualityOf(start.personas[i]);
        p.endQuality = qualityOf(end.personas[i]);
        p.startStage = stageOf(start.personas[i]);
        p.endStage = stageOf(end.personas[i]);
        p.pressure = end.personas[i].pressure;
        p.owed = end.personas[i].owed;
        p.willing = willing(end.personas[i]);
        p.willingness = willingnessOf(scenario, end, p.persona);
        out.personas.push_back(p);
    }

    // Key moments: the decisions that decided the outcome, by counterfactual.
    KeyMomentSearch search = findKeyMoments(runner, options);
    out.keyMoments = std::move(search.moments);
    out.endingSteps = std::move(search.endingSteps);
    const std::vector<Change>& changes = runner.changes();

    // Principles: authored marks on the choices taken, plus what the model saw.
    std::array<PrincipleReview, kPrincipleCount> reviews{};
    for (int p = 0; p < kPrincipleCount; ++p) reviews[static_cast<std::size_t>(p)].principle = static_cast<Principle>(p);
    for (ChoiceIndex c : runner.path()) {
        const Choice& choice = scenario.choices[c];
        // A choice taken twice is counted twice, but its feedback is said once.
        auto addFeedback = [&](PrincipleReview& r) {
            if (choice.feedback != kNone && std::find(r.feedbackChoices.begin(), r.feedbackChoices.end(), c) == r.feedbackChoices.end())
                r.feedbackChoices.push_back(c);
        };
        if (choice.principle >= 0) {
            PrincipleReview& r = reviews[static_cast<std::size_t>(choice.principle)];
            ++r.followed;
            addFeedback(r);
        }
        if (choice.violates >= 0) {
            PrincipleReview& r = reviews[static_cast<std::size_t>(choice.violates)];
            ++r.violated;
            addFeedback(r);
        }
    }
    // The model's own verdicts count once per choice and principle, so one act is one event.
    std::set<std::pair<std::uint32_t, int>> seen;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const Change& ch = changes[i];
        // Only changes in how a persona sees the player (or research) are verdicts; links,
        // ledgers and time are bookkeeping.
        const bool verdict = ch.target == ChangeTarget::Dimension || ch.target == ChangeTarget::Pressure ||
                             ch.target == ChangeTarget::Fact;
        if (!verdict || ch.principle < 0 || ch.choice == kNone) continue;
        if (!seen.insert({ch.step * 2u + (ch.violation ? 1u : 0u), ch.principle}).second) continue;
        PrincipleReview& r = reviews[static_cast<std::size_t>(ch.principle)];
        if (ch.violation) {
            ++r.violated;
            if (r.firstModelViolation < 0) r.firstModelViolation = static_cast<std::int64_t>(i);
        } else if (ch.delta() > 0 || ch.target == ChangeTarget::Fact) ++r.followed;
    }
    for (const PrincipleReview& r : reviews)
        if (r.followed > 0 || r.violated > 0) out.principles.push_back(r);
    out.style = diagnoseStyle(runner, search.scoreLost);
    return out;
}

std::string scoreHeadline(int score, Lang lang) {
    return (lang == Lang::De ? "Ergebnis: " + std::to_string(score) + " von 100 – "
                             : "Score: " + std::to_string(score) + " out of 100 – ") +
           std::string(labelOf(bandOf(score), lang));
}

std::string bestMoveNote(const Scenario& scenario, const KeyMoment& km, const State* at, Lang lang) {
    const bool de = lang == Lang::De;
    if (km.bestMove == kNone) return {};
    if (km.bestMove == km.choice) return de ? "Die beste Wahl an dieser Stelle." : "The best choice at this point.";
    // A proved bound is a ceiling ("bis zu"); an estimate only a good guess ("etwa").
    const std::string points = std::to_string(scoreOf(scenario, km.bestFinal));
    return (de ? "Am meisten hätte gebracht: " : "The most would have come from: ") +
           textOf(scenario, at, scenario.choices[km.bestMove].text, lang) +
           (de ? (km.bestProved ? " (damit waren bis zu " : " (damit waren etwa ") + points + " Punkte möglich)"
               : (km.bestProved ? " (up to " : " (about ") + points + " points were possible from there)");
}

std::string endingDecisionsNote(const Debrief& d, Lang lang) {
    const bool de = lang == Lang::De;
    std::vector<std::uint32_t> steps;
    for (const KeyMoment& km : d.keyMoments)
        if (km.decidedEnding) steps.push_back(km.step + 1);
    if (steps.empty()) return {};
    std::string list;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (i > 0) list += i + 1 == steps.size() ? (de ? " und " : " and ") : ", ";
        list += std::to_string(steps[i]);
    }
    if (steps.size() == 1)
        return de ? "Entschieden hat sich dieses Ende bei Entscheidung " + list + "." : "This ending was decided at decision " + list + ".";
    return de ? "Entschieden hat sich dieses Ende bei den Entscheidungen " + list + "."
              : "This ending was decided at decisions " + list + ".";
}

std::string balanceNote(const PersonaOutcome& p, Lang lang) {
    const bool de = lang == Lang::De;
    std::string out;
    if (p.pressure > 0) out += std::string(de ? "Druck " : "pressure ") + formatPoints(p.pressure);
    if (p.owed != 0) out += std::string(out.empty() ? "" : ", ") + (de ? "Gefallen-Konto " : "favour balance ") + formatCount(p.owed);
    return out;
}

std::string reachableNote(const Alternative& alt, Lang lang) {
    const bool de = lang == Lang::De;
    // A complete search gives a ceiling ("bis"); a search cut short only a good guess ("etwa").
    const std::string points = std::to_string(alt.scoreAfter);
    if (!alt.searched) return de ? "nicht durchgerechnet" : "not worked out";
    return de ? (alt.proved ? "bis " : "etwa ") + points + " Punkte" : (alt.proved ? "up to " : "about ") + points + " points";
}

namespace {
/// "einmal", "3-mal": how often, as a trainer says it.
std::string timesDe(int n) { return n == 1 ? "einmal" : n == 2 ? "zweimal" : n == 3 ? "dreimal" : std::to_string(n) + "-mal"; }
std::string timesEn(int n) { return n == 1 ? "once" : n == 2 ? "twice" : std::to_string(n) + " times"; }

/// Whether anything but the passing of time moved this person during the run.
bool dealtWith(const Runner& runner, PersonaIndex persona) {
    for (const Change& c : runner.changes())
        if (c.persona == persona && c.reason != Reason::Drift && c.reason != Reason::PressureFades) return true;
    return false;
}
} // namespace

std::string debriefToText(const Runner& runner, const Debrief& d, Lang lang) {
    constexpr std::size_t kOtherOptionsShown = 2; // per key moment, besides the one taken and the best
    const Scenario& scenario = runner.scenario();
    const bool de = lang == Lang::De;
    std::string out;
    auto line = [&](const std::string& s) { out += s; out += '\n'; };
    line(de ? "=== Auswertung ===" : "=== Debrief ===");
    if (d.finished) {
        const Node& ending = scenario.nodes[d.ending];
        // Which decisions produced it follows on the same line, so the debrief keeps its length.
        std::string text = textOf(scenario, &runner.state(), ending.debrief, lang);
        if (const std::string note = endingDecisionsNote(d, lang); !note.empty()) text += (text.empty() ? "" : " ") + note;
        line(text);
    }
    line(scoreHeadline(d.score, lang));
    line("");
    // One line per person, the six values below it for the people who count.
    for (const PersonaOutcome& p : d.personas) {
        const Persona& persona = scenario.personas[p.persona];
        const std::string stages = p.startStage == p.endStage
                                       ? std::string(nameOf(p.endStage, lang))
                                       : std::string(nameOf(p.startStage, lang)) + " → " + std::string(nameOf(p.endStage, lang));
        // The change in points beside the stages, so a stage reached with a worse impression (met,
        // but badly) does not read like progress.
        std::string head = persona.name(lang) + ": " + (de ? "Qualität " : "quality ") + formatPoints(p.startQuality) + " → " +
                           formatPoints(p.endQuality) + " (" + formatChange(p.endQuality - p.startQuality) + "), " + stages;
        if (const std::string balance = balanceNote(p, lang); !balance.empty()) head += ", " + balance;
        if (persona.weight == 0) {
            if (!dealtWith(runner, p.persona)) continue; // only cooled off stage: not part of this run's story
            line(head + (de ? " (zählt nicht für das Ergebnis)" : " (does not count for the result)"));
            continue;
        }
        line(head);
        std::string dims = "   ";
        for (int i = 0; i < kDimensionCount; ++i) {
            if (i > 0) dims += ", ";
            dims += std::string(nameOf(static_cast<Dimension>(i), lang)) + " " + formatPoints(p.end[static_cast<std::size_t>(i)]) +
                    " (" + formatChange(p.end[static_cast<std::size_t>(i)] - p.start[static_cast<std::size_t>(i)]) + ")";
        }
        line(dims);
    }
    line("");
    line(de ? "--- Schlüsselmomente ---" : "--- Key moments ---");
    for (const KeyMoment& km : d.keyMoments) {
        const Choice& taken = scenario.choices[km.choice];
        const State* at = &runner.decisionStates()[km.step]; // choice texts read as they were offered
        const Alternative* takenAlt = nullptr;
        for (const Alternative& alt : km.alternatives)
            if (alt.taken) takenAlt = &alt;
        // What the choice left reachable, in the learner's score; its immediate effect is in the transcript.
        std::string head = std::to_string(km.step + 1) + ". " + textOf(scenario, at, taken.text, lang);
        if (takenAlt != nullptr && takenAlt->searched) head += "  [" + reachableNote(*takenAlt, lang) + "]";
        if (km.decidedEnding) head += de ? " – hier entschied sich das Ende." : " – this decided the ending.";
        // The best move named in the heading when it was taken, so the moment keeps its length.
        const std::string note = bestMoveNote(scenario, km, at, lang);
        if (km.bestMove == km.choice && !note.empty()) head += " " + note;
        line(head);
        // The reasons stood in the transcript; here the person's side of them, unless nobody was moved.
        if (const std::string thought = contactThought(runner, km, lang); !thought.empty()) {
            line("   " + thought);
        } else {
            std::vector<std::size_t> moved(km.changes.begin(), km.changes.end());
            for (const ReasonGroup& g : groupChanges(scenario, runner.changes(), at, moved, lang))
                line("   " + (g.what.empty() ? g.why : g.what + " – " + g.why));
        }
        // The best option is the note below; of the others the two that reach least, for the
        // contrast (the window and `play --json` list them all).
        std::vector<const Alternative*> others;
        for (const Alternative& alt : km.alternatives)
            if (!alt.taken && alt.choice != km.bestMove) others.push_back(&alt);
        std::stable_sort(others.begin(), others.end(), [](const Alternative* a, const Alternative* b) { return a->finalAfter < b->finalAfter; });
        // After the best choice one contrast says enough; after another, two.
        const std::size_t shown = km.bestMove == km.choice ? 1 : kOtherOptionsShown;
        if (others.size() > shown) others.resize(shown);
        for (const Alternative& alt : km.alternatives) {
            if (std::find(others.begin(), others.end(), &alt) == others.end()) continue;
            line(std::string("   ") + (de ? "Stattdessen möglich: " : "Instead: ") + textOf(scenario, at, scenario.choices[alt.choice].text, lang) +
                 " → " + reachableNote(alt, lang));
        }
        if (km.bestMove != km.choice && !note.empty()) line("   " + note);
    }
    line("");
    line(de ? "--- Prinzipien ---" : "--- Principles ---");
    std::string alsoFollowed; // principles only followed, with nothing more to say: one line for all
    for (const PrincipleReview& r : d.principles) {
        if (r.violated == 0 && r.feedbackChoices.empty()) {
            alsoFollowed += (alsoFollowed.empty() ? "" : ", ") + std::string(nameOf(r.principle, lang)) + " (" +
                            (de ? timesDe(r.followed) : timesEn(r.followed)) + ")";
            continue;
        }
        // One sentence says what the principle meant in this run, on the line of its counts; what
        // went wrong comes first. The window and play --json keep them all.
        std::vector<ChoiceIndex> wrong, right;
        for (ChoiceIndex c : r.feedbackChoices)
            if (scenario.choices[c].violates == static_cast<int>(r.principle)) wrong.push_back(c);
        for (auto c = r.feedbackChoices.rbegin(); c != r.feedbackChoices.rend(); ++c)
            if (scenario.choices[*c].violates != static_cast<int>(r.principle)) right.push_back(*c);
        std::vector<std::string> said;
        for (ChoiceIndex c : wrong) said.push_back(textOf(scenario, &runner.state(), scenario.choices[c].feedback, lang));
        // A violation the author wrote nothing for is told by the model's own reason.
        if (wrong.empty() && r.firstModelViolation >= 0) {
            const std::vector<std::size_t> first{static_cast<std::size_t>(r.firstModelViolation)};
            for (const ReasonGroup& g : groupChanges(scenario, runner.changes(), &runner.state(), first, lang)) said.push_back(g.why);
        }
        for (ChoiceIndex c : right) said.push_back(textOf(scenario, &runner.state(), scenario.choices[c].feedback, lang));
        if (said.size() > kTerminalSentencesPerPrinciple) said.resize(kTerminalSentencesPerPrinciple);
        std::string sentences;
        for (const std::string& sentence : said) sentences += " " + sentence;
        line(std::string(nameOf(r.principle, lang)) + " (" + std::to_string(r.followed) + (de ? " befolgt, " : " followed, ") +
             std::to_string(r.violated) + (de ? " verletzt)" : " violated)") + (sentences.empty() ? "" : ":" + sentences));
    }
    if (!alsoFollowed.empty()) line((de ? "Ebenfalls befolgt: " : "Also followed: ") + alsoFollowed);
    line("");
    line(std::string(de ? "--- Ihr Stil: " : "--- Your style: ") + std::string(styleName(d.style.style, lang)) + " ---");
    line(std::string(styleDescription(d.style.style, lang)));
    for (const std::string& e : de ? d.style.evidenceDe : d.style.evidenceEn) line("   - " + e);
    return out;
}

} // namespace rapport
