#include "NewScenarioTemplate.h"

#include <array>
#include <string_view>

namespace rapport::cli {
namespace {

// The scenario, with @@name@@ where a note in the author's language goes and @@ID@@ for the id.
// Every text is written in both languages; the notes explain the field they stand in.
constexpr std::string_view kTemplate = R"JSON({
  "$comment": "@@root@@",
  "format": 2,
  "id": "@@ID@@",
  "title": {"de": "Der erste Anruf", "en": "The first call"},
  "summary": {
    "de": "Sie rufen eine Einkaufsleiterin an, die Sie auf einer Messe kurz kennengelernt haben – und entscheiden, wie Sie das Gespräch beginnen und wie es weitergeht.",
    "en": "You call a head of purchasing you met briefly at a trade fair, and decide how to open the conversation and how to follow it up."
  },
  "goals": [
    {"de": "Nach dem fragen, was die andere Person beschäftigt", "en": "Ask about what is on the other person’s mind"},
    {"de": "Auf dem passenden Kanal nachfassen", "en": "Follow up on the right channel"}
  ],
  "level": "beginner",
  "minutes": 5,
  "principles": ["appreciation", "keep-in-touch"],
  "player": {
    "$comment": "@@player@@",
    "name": "Alex Berger",
    "role": {"de": "Vertrieb", "en": "Sales"},
    "company": "Berger Systeme",
    "offer": {"de": "Software für die Lagerverwaltung", "en": "Warehouse management software"}
  },
  "topics": {
    "lieferzeiten": {"de": "Lieferzeiten", "en": "Delivery times"},
    "messe": {"de": "Die Messe", "en": "The trade fair"}
  },
  "variables": {"notizen": 0},
  "calibration": {"$comment": "@@calibration@@", "worst": 23.33, "par": 26.5, "best": 27.24},
  "personas": [
    {
      "$comment": "@@persona@@",
      "id": "hartmann",
      "name": "Sabine Hartmann",
      "address": {"de": "Frau Hartmann", "en": "Ms Hartmann"},
      "role": {"de": "Leiterin Einkauf", "en": "Head of purchasing"},
      "company": "Nordwerk GmbH",
      "traits": ["busy", "analytical"],
      "interests": ["messe"],
      "concerns": ["lieferzeiten"],
      "channel": "phone",
      "start": {"$comment": "@@start@@", "stage": "acquaintance", "encounters": 1}
    }
  ],
  "start": "anruf",
  "nodes": [
    {
      "$comment": "@@narration@@",
      "id": "anruf",
      "type": "narration",
      "scene": {"de": "Ihr Büro, Montagmorgen", "en": "Your office, Monday morning"},
      "text": {
        "de": "Auf der Messe hatte Frau Hartmann erwähnt, dass ihre Lieferanten oft zu spät liefern. Sie rufen sie an.",
        "en": "At the trade fair Ms Hartmann mentioned that her suppliers often deliver late. You call her."
      },
      "next": "einstieg"
    },
    {
      "$comment": "@@decision@@",
      "id": "einstieg",
      "type": "decision",
      "channel": "phone",
      "speaker": "hartmann",
      "text": {"de": "„Hartmann, guten Morgen?“", "en": "“Hartmann, good morning?”"},
      "choices": [
        {
          "$comment": "@@choiceQuestion@@",
          "id": "nach_lieferzeiten_fragen",
          "text": {
            "de": "„Guten Morgen, Frau Hartmann, Alex Berger – wir sprachen auf der Messe. Sie erwähnten Ärger mit den Lieferzeiten: Wie sieht es da inzwischen aus?“",
            "en": "“Good morning, Ms Hartmann, Alex Berger – we spoke at the fair. You mentioned trouble with delivery times: how are things now?”"
          },
          "act": "question", "with": "hartmann", "topic": "lieferzeiten", "takes": "5m",
          "effects": [{"var": "notizen", "add": 1}],
          "principle": "appreciation",
          "feedback": {
            "de": "Sie haben an das angeknüpft, was sie beschäftigt – so beginnt ein Gespräch, das ihr etwas bringt.",
            "en": "You picked up what is on her mind – a conversation that gives her something starts like that."
          },
          "next": "h_antwort"
        },
        {
          "$comment": "@@choicePitch@@",
          "id": "produkt_vorstellen",
          "text": {
            "de": "„Guten Morgen, Frau Hartmann! Ich möchte Ihnen kurz unsere neue Lagersoftware vorstellen.“",
            "en": "“Good morning, Ms Hartmann! I’d like to briefly present our new warehouse software.”"
          },
          "act": "pitch", "with": "hartmann", "takes": "5m",
          "adjust": [{"$comment": "@@adjust@@", "persona": "hartmann", "sympathie": -2,
                      "reason": {"de": "Sie hat nicht um eine Vorstellung gebeten.", "en": "She did not ask for a presentation."}}],
          "next": "h_abwehr"
        }
      ]
    },
    {
      "$comment": "@@line@@",
      "id": "h_antwort",
      "type": "line",
      "speaker": "hartmann",
      "text": {
        "de": "„Schön, dass Sie fragen. Ehrlich gesagt: schlechter. Zwei Lieferanten sind diesen Monat schon ausgefallen.“",
        "en": "“Nice of you to ask. To be honest: worse. Two suppliers have already failed us this month.”"
      },
      "next": "nachfassen"
    },
    {
      "id": "h_abwehr",
      "type": "line",
      "speaker": "hartmann",
      "text": {
        "de": "„Schicken Sie mir am besten etwas per E-Mail. Ich muss gleich in eine Besprechung.“",
        "en": "“Best send me something by e-mail. I have to go into a meeting.”"
      },
      "next": "nachfassen"
    },
    {
      "id": "nachfassen",
      "type": "decision",
      "scene": {"de": "Eine Woche später", "en": "A week later"},
      "text": {"de": "Wie melden Sie sich wieder?", "en": "How do you get back in touch?"},
      "choices": [
        {
          "id": "anrufen",
          "text": {"de": "Noch einmal anrufen und fragen, ob die Ausfälle gelöst sind", "en": "Call again and ask whether the failures are sorted"},
          "act": "followup", "with": "hartmann", "channel": "phone", "takes": "10m",
          "principle": "keep-in-touch",
          "next": "ergebnis"
        },
        {
          "id": "abwarten",
          "text": {"de": "Abwarten, bis sie sich meldet", "en": "Wait until she gets in touch"},
          "act": "none", "takes": "1w",
          "adjust": [{"persona": "hartmann", "vertrauen": -2, "intensitaet": -2,
                      "reason": {"de": "Sie hatte mit einer Nachricht von Ihnen gerechnet.", "en": "She had expected to hear from you."}}],
          "next": "ergebnis"
        }
      ]
    },
    {
      "$comment": "@@branch@@",
      "id": "ergebnis",
      "type": "branch",
      "branches": [
        {"if": "chose(nach_lieferzeiten_fragen) and chose(anrufen)", "next": "ende_termin"},
        {"if": "chose(produkt_vorstellen) and chose(abwarten)", "next": "ende_verlaufen"},
        {"next": "ende_hoeflich"}
      ]
    },
    {
      "$comment": "@@ending@@",
      "id": "ende_termin",
      "type": "ending",
      "rating": "good",
      "text": {"de": "Frau Hartmann schlägt von sich aus einen Termin vor.", "en": "Ms Hartmann suggests a meeting herself."},
      "debrief": {
        "de": "Sie haben nach ihrem Anliegen gefragt und sich danach wieder gemeldet: Daraus ist ein Termin geworden.",
        "en": "You asked about her concern and got back in touch afterwards: that led to a meeting."
      }
    },
    {
      "id": "ende_hoeflich",
      "type": "ending",
      "rating": "mixed",
      "text": {"de": "Frau Hartmann bedankt sich höflich und meldet sich nicht mehr.", "en": "Ms Hartmann thanks you politely and does not get in touch again."},
      "debrief": {
        "de": "Eines hat gefehlt: der Einstieg über ihr Anliegen oder das Nachfassen danach.",
        "en": "One thing was missing: opening with her concern, or following up afterwards."
      }
    },
    {
      "id": "ende_verlaufen",
      "type": "ending",
      "rating": "poor",
      "text": {"de": "Von Frau Hartmann hören Sie nichts mehr.", "en": "You hear nothing more from Ms Hartmann."},
      "debrief": {
        "de": "Sie haben mit Ihrem Angebot begonnen und danach nicht nachgefasst: Der Kontakt ist eingeschlafen.",
        "en": "You opened with your offer and did not follow up: the contact fell asleep."
      }
    }
  ]
}
)JSON";

struct Note {
    std::string_view name, de, en;
};

constexpr std::array<Note, 13> kNotes{{
    {"root",
     "Ein Szenario für Rapport (Format 2). Felder mit „$comment“ sind Notizen für Sie: Rapport liest sie nicht. Prüfen: rapport "
     "validate --strict DATEI; spielen: rapport play DATEI; als Bild: rapport graph DATEI --format svg; was eine Wahl bewirkt: rapport "
     "explain DATEI WAHL. Das Format: docs/scenario-format.de.md.",
     "A scenario for Rapport (format 2). Fields named \"$comment\" are notes for you: Rapport does not read them. Check: rapport "
     "validate --strict FILE; play: rapport play FILE; as a picture: rapport graph FILE --format svg; what a choice does: rapport "
     "explain FILE CHOICE. The format: docs/scenario-format.md."},
    {"calibration",
     "Wo die Ergebnisse dieses Szenarios auf der Wertung der Lernenden liegen: schlechtester Verlauf, ein solider und der beste. "
     "rapport analyze nennt die Werte; nach jeder Änderung neu eintragen.",
     "Where this scenario's results sit on the learner's score: the worst playthrough, a solid one and the best. rapport analyze "
     "gives the values; update them after each change."},
    {"player", "Wen die Lernenden spielen: Name, Rolle, Firma und was sie anbieten.",
     "Whom the learners play: name, role, company and what they offer."},
    {"persona",
     "Eine Person, zu der eine Beziehung entsteht. Eigenschaften (traits), Interessen, Anliegen (concerns) und der bevorzugte Kanal "
     "bestimmen, wie das Modell auf jede Wahl reagiert. Kennungen: a-z, Ziffern, - und _, keine Umlaute oder ß.",
     "A person a relationship grows with. Traits, interests, concerns and the preferred channel decide how the model reacts to each "
     "choice. Ids: a-z, digits, - and _, no umlauts or ß."},
    {"start", "Wie gut man sich zu Beginn kennt: die Stufe gibt die sechs Werte vor; einzelne Werte (0-100) können Sie auch angeben.",
     "How well you know each other at the start: the stage sets the six values; you can also give single values (0-100)."},
    {"narration", "Erzählung: Text ohne Sprecher, dann geht es mit „next“ weiter.",
     "Narration: text without a speaker, then play goes on to \"next\"."},
    {"decision",
     "Entscheidung: die Lernenden wählen eine der „choices“. „channel“ gilt auch für spätere Entscheidungen ohne eigenen Kanal (ganz ohne Angabe: persönlich).",
     "Decision: the learners pick one of the \"choices\". \"channel\" also holds for later decisions that set none (none at all: face to face)."},
    {"choiceQuestion",
     "Eine Wahl: „act“ sagt dem Modell, was sie tut (hier: eine Frage zu einem Anliegen der Person), „with“ an wen, „takes“ wie lange. "
     "Das Modell berechnet daraus die Änderungen; rapport explain zeigt sie vorher.",
     "A choice: \"act\" tells the model what it does (here: a question about one of the person's concerns), \"with\" to whom, "
     "\"takes\" how long. The model works out the changes from it; rapport explain shows them beforehand."},
    {"choicePitch", "Ein Verkaufsversuch ohne Thema der Person: das Modell bewertet ihn selbst; mit „adjust“ fügen Sie eigene Änderungen hinzu.",
     "A sales pitch on no topic of the person's: the model judges it itself; with \"adjust\" you add changes of your own."},
    {"adjust",
     "Eine eigene Änderung in Punkten, mit Begründung für die Lernenden. Sie kommt zur Änderung des Modells hinzu; zeigen beide in "
     "entgegengesetzte Richtungen, warnt rapport explain.",
     "A change of your own in points, with a reason for the learners. It adds to the model's change; if the two point in opposite "
     "directions, rapport explain warns."},
    {"line", "Eine Zeile einer Person („speaker“): wörtliche Rede.", "A line spoken by a person (\"speaker\")."},
    {"branch", "Verzweigung ohne Text: die erste Bedingung, die gilt, entscheidet; der letzte Zweig ohne „if“ gilt sonst.",
     "A branch without text: the first condition that holds decides; the last branch without \"if\" holds otherwise."},
    {"ending", "Ein Ende mit Bewertung (good, mixed, poor) und einer Nachbesprechung (debrief) für die Lernenden.",
     "An ending with a rating (good, mixed, poor) and a debrief for the learners."},
}};

void replaceAll(std::string& text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
}

/// A JSON string's inside: quotes and backslashes escaped.
std::string jsonEscaped(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

} // namespace

std::string newScenarioText(const std::string& id, Lang lang) {
    std::string text(kTemplate);
    replaceAll(text, "@@ID@@", id);
    for (const Note& note : kNotes) {
        if (note.de.empty()) continue;
        replaceAll(text, "@@" + std::string(note.name) + "@@", jsonEscaped(lang == Lang::De ? note.de : note.en));
    }
    return text;
}

} // namespace rapport::cli
