#!/usr/bin/env python3
"""Writes scenarios/README.md from the bundled scenario files: one table row per scenario
(both languages), the principle coverage table, and each scenario's trainer's material (guide,
seminar cuts, discussion questions) where the file has it. Run it after adding or changing a scenario:
    python3 scripts/scenario_readme.py
tests/test_scenario_library.cpp checks that the README lists every scenario with its duration."""
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PRINCIPLES = [  # id, German, English (as in engine/core/Vocabulary.cpp)
    ("quality", "Ausgewogene Beziehungsqualität", "Balanced relationship quality"),
    ("proportion", "Aufwand im Verhältnis zur Leistung", "Effort in proportion to substance"),
    ("preparation", "Vorbereitung und Recherche", "Preparation and research"),
    ("appreciation", "Wertschätzend kommunizieren", "Appreciative communication"),
    ("give-first", "In Vorleistung gehen", "Give in advance"),
    ("connect", "Kontakte vernetzen", "Connect your contacts"),
    ("keep-in-touch", "In Kontakt bleiben", "Keep in touch"),
    ("prioritise", "Auswählen und ausdünnen", "Prioritise and prune"),
    ("diagnose", "Beziehungen analysieren", "Diagnose and organise"),
    ("individuality", "Jeder Mensch reagiert anders", "Every person reacts differently"),
]
LEVELS = {"beginner": ("Einsteiger", "beginner"), "intermediate": ("Fortgeschritten", "intermediate"),
          "advanced": ("Profi", "advanced")}


def plain(text, lang):
    """A text of the file in one language (a conditional text: its reading at the start, `then`)."""
    while isinstance(text, dict) and "if" in text:
        text = text.get("then", {})
    return text.get(lang, "") if isinstance(text, dict) else ""


def material(s):
    """The trainer's guide, seminar cuts and discussion questions of one scenario, both languages."""
    questions = [(n["id"], n["discuss"]) for n in s["nodes"] if n.get("discuss")]
    if "guide" not in s and not s.get("seminarCuts") and not questions:
        return []
    out = ["", "## %s / %s (`%s`)" % (s["title"]["de"], s["title"]["en"], s["id"])]
    for lang, heading, cuts, asks in (("de", "Leitfaden", "Seminarfassungen", "Diskussionsfragen"),
                                      ("en", "Trainer's guide", "Seminar cuts", "Discussion questions")):
        if "guide" in s:
            out += ["", "### " + heading, "", plain(s["guide"], lang)]
        if s.get("seminarCuts"):
            out += ["", "**%s**" % cuts, ""]
            for cut in s["seminarCuts"]:
                line = "- %s (`--cut %s`, ab `%s`)" % (plain(cut["name"], lang), cut["id"], cut["start"]) if lang == "de" else \
                       "- %s (`--cut %s`, from `%s`)" % (plain(cut["name"], lang), cut["id"], cut["start"])
                if "description" in cut:
                    line += ": " + plain(cut["description"], lang)
                out.append(line)
        if questions:
            out += ["", "**%s**" % asks, ""]
            for node, texts in questions:
                out += ["- `%s`: %s" % (node, plain(t, lang)) for t in texts]
    return out


def main():
    scenarios = []
    for path in sorted(glob.glob(os.path.join(ROOT, "scenarios", "*.json"))):
        if path.endswith(".schema.json"):
            continue
        with open(path, encoding="utf-8") as f:
            scenarios.append(json.load(f))
    scenarios.sort(key=lambda s: (s["id"].startswith("sample-"), s["id"]))
    out = ["# Szenarien / Scenarios", "",
           "Die mitgelieferten Szenarien. Diese Seite erzeugt `scripts/scenario_readme.py` aus den Dateien.",
           "The bundled scenarios. `scripts/scenario_readme.py` writes this page from the files.", "",
           "| Szenario | Scenario | id | min | Stufe / level | Prinzipien / principles |",
           "| --- | --- | --- | --- | --- | --- |"]
    for s in scenarios:
        level = LEVELS[s["level"]]
        out.append("| %s | %s | `%s` | %d | %s / %s | %s |" % (
            s["title"]["de"], s["title"]["en"], s["id"], s["minutes"], level[0], level[1],
            ", ".join("`%s`" % p for p in s["principles"])))
    out += ["", "## Abdeckung der Prinzipien / Principle coverage", "",
            "Jedes Prinzip wird in mindestens zwei Szenarien geübt (ohne das Beispiel).",
            "Each principle is practised in at least two scenarios (not counting the sample).", ""]
    library = [s for s in scenarios if not s["id"].startswith("sample-")]
    out.append("| Prinzip / principle | " + " | ".join("`%s`" % s["id"] for s in library) + " | n |")
    out.append("| --- | " + " | ".join("---" for _ in library) + " | --- |")
    for pid, de, en in PRINCIPLES:
        marks = ["✓" if pid in s["principles"] else "" for s in library]
        out.append("| %s / %s (`%s`) | %s | %d |" % (de, en, pid, " | ".join(marks), marks.count("✓")))
    for s in scenarios:
        out += material(s)
    with open(os.path.join(ROOT, "scenarios", "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
