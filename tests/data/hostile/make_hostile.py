#!/usr/bin/env python3
"""Writes the hostile-input corpus of issue 11 next to this script, each file a variant of
tests/data/good/minimal.json that once crashed, hung or flooded a command (README.md says which
class each stands for and tests/load/test_hostile.cpp what it must do now). Small on purpose:
the tests and the fuzz targets scale the shapes up; the files fix the class.

    python3 tests/data/hostile/make_hostile.py
"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
BASE = json.loads((HERE.parent / "good" / "minimal.json").read_text(encoding="utf-8"))


def text(s):
    return {"de": s, "en": s}


def write(name, doc):
    (HERE / name).write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def variant():
    return copy.deepcopy(BASE)


def with_condition(condition):
    d = variant()
    d["nodes"][1]["choices"][0]["if"] = condition
    return d


# Diagnostics: many problems on one long line, many duplicates, many unknown references.
d = variant()
d.update({"zz%03d" % i: 1 for i in range(300)})
(HERE / "many-unknown-fields.json").write_text(json.dumps(d, ensure_ascii=False) + "\n", encoding="utf-8")
raw = json.dumps(variant(), ensure_ascii=False, indent=1)
(HERE / "many-duplicate-keys.json").write_text(raw[:-2] + "".join(',\n "minutes": 5' for _ in range(300)) + "\n}\n",
                                               encoding="utf-8")
d = variant()
d["nodes"] += [{"id": "node%04d" % i, "type": "narration", "text": text("x"), "next": "nxde%04d" % i} for i in range(1000)]
write("many-unknown-references.json", d)
d = variant()
d["k" * 5000] = 1
write("long-key.json", d)

# Expressions: nesting by recursion, size, names joined by dashes.
write("nested-not.json", with_condition("not " * 100 + "true"))
write("nested-minus.json", with_condition("- " * 100 + "1 > 0"))
write("nested-parentheses.json", with_condition("(" * 100 + "1" + ")" * 100))
write("long-sum.json", with_condition("+".join(["1"] * 600) + " > 0"))
write("dash-chain.json", with_condition("-".join(["punkte"] * 3000)))

# Play: loops that do much work without a decision, time that grows without end.
d = variant()
d["nodes"][0]["next"] = "schleife"
d["nodes"].append({"id": "schleife", "type": "narration", "text": text("Lang. " * 4000), "next": "schleife"})
write("text-loop.json", d)
d = variant()
d["nodes"][0]["next"] = "schleife"
d["nodes"].append({"id": "schleife", "type": "narration", "text": text("Und wieder."),
                   "effects": [{"favour": "given", "persona": "kim"}] * 300, "next": "schleife"})
write("effects-loop.json", d)
# A decision that comes back to itself: any number of answers, each one logged (many variables
# make each snapshot large).
d = variant()
d["variables"].update({"v%04d" % i: i for i in range(2000)})
frage = d["nodes"][1]
frage["choices"][0].update({"next": "zwischen", "if": "true"})
frage["choices"][0].pop("principle")
frage["choices"][1]["if"] = "true"
frage["choices"][2].update({"takes": "999999999w", "act": "none", "next": "frage"})
frage["choices"][2].pop("uses")
d["nodes"].append({"id": "zwischen", "type": "narration", "text": text("Weiter: {punkte}."),
                   "effects": [{"var": "punkte", "add": "punkte * punkte + 1"}, {"favour": "given", "persona": "kim"},
                               {"wait": "999999999w"}], "next": "frage"})
write("answer-loop.json", d)
# A decision with 1,000 choices that all lead back to it: the debrief's search and the analyzer.
d = variant()
frage = d["nodes"][1]
frage["choices"] = [{"id": "c%04d" % i, "act": "praise", "next": "frage", "text": text("Option %d" % i)} for i in range(1000)]
frage["choices"].append({"id": "ende_jetzt", "act": "none", "next": "ende", "text": text("Ende")})
write("many-choices.json", d)
