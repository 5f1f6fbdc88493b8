#!/usr/bin/env python3
"""Checks scenarios against the JSON Schema of formats 1 and 2 with a third-party validator.

    schema_check.py SCENARIO_DIR              every scenarios/**/*.json except *.schema.json
    schema_check.py --self-test SCENARIO_DIR  the schema must reject known wrong shapes and
                                              accept the examples in docs/scenario-format*.md

Uses jsonschema's Draft7Validator (Debian: python3-jsonschema). Prints each problem as
`file: /json/pointer: message` and exits 1 on any problem, 2 on usage errors.
"""

import argparse
import copy
import difflib
import json
import pathlib
import re
import sys

try:
    import jsonschema
    from jsonschema.exceptions import best_match
except ImportError:  # the test must say what is missing, not crash with a traceback
    print("cannot run: the Python module 'jsonschema' is missing (Debian: apt-get install python3-jsonschema)",
          file=sys.stderr)
    sys.exit(77)  # CTest: did not run (SKIP_RETURN_CODE); scripts/test.sh names it

SCHEMA_NAME = "rapport-scenario.schema.json"
MAX_SHOWN = 160  # characters of a value quoted in a message


def pointer(path):
    """A JSON pointer (RFC 6901) for a jsonschema error path."""
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in path)


def shorten(text):
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def closest_alternative(error):
    """The problem of the oneOf/anyOf alternative that comes nearest to the value."""
    branches = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)

    def distance(subs):
        wrong_type = any(s.validator == "type" and not s.relative_path for s in subs)
        extra = any(s.validator == "additionalProperties" for s in subs)
        return (wrong_type, extra, len(subs))

    nearest = min(branches.values(), key=distance)
    return best_match(nearest)


def suggestion(error):
    """' (did you mean ...?)' for a misspelled field, else ''."""
    if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
        return ""
    known = list(error.schema.get("properties", {}))
    hints = []
    for name in error.instance:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            if close:
                hints.append("'%s' instead of '%s'" % (close[0], name))
    return " (did you mean %s?)" % ", ".join(hints) if hints else ""


# Fields and effects that format 1 does not know.
FORMAT2_NAMES = {"avoids", "colleague", "routine", "giftPolicy", "tender", "inPerson", "knownFor", "present", "asked",
                 "value", "size", "failure", "warned", "moment", "ultimatum", "vouch", "handover", "contact", "letdown"}


def culprit(validator, document, error, names):
    """Of several fields with the same value, the one whose removal makes the error go away."""
    count = sum(1 for _ in validator.iter_errors(document))
    for name in names:
        trial = copy.deepcopy(document)
        parent = trial
        for part in error.absolute_path:
            parent = parent[part]
        del parent[name]
        if sum(1 for _ in validator.iter_errors(trial)) < count:
            return name
    return names[0] if names else None


def describe(error, document=None, validator=None):
    """One readable line for an error; for oneOf/anyOf it names the nearest alternative's problem."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        nearest = closest_alternative(error)
        what = error.schema.get("title", "an allowed shape") if isinstance(error.schema, dict) else "an allowed shape"
        return error.absolute_path, "matches no form of %s; nearest: %s at %s" % (
            what, describe(nearest, document, validator)[1], pointer(nearest.absolute_path))
    if error.validator == "not":
        if error.absolute_path and error.absolute_path[-1] == "act":
            return error.absolute_path, "%r is an act of format 2: write \"format\": 2" % (error.instance,)
        return error.absolute_path, "%r is reserved here (a keyword, dimension or stage name)" % (error.instance,)
    if error.validator is None and document is not None and validator is not None:
        # A `false` schema: this field may not be here. jsonschema 4.10 leaves the field's name out
        # of the path, so find it in the object by its value.
        parent = document
        for part in error.absolute_path:
            parent = parent[part]
        if isinstance(parent, dict):
            names = [k for k, v in parent.items() if v == error.instance and k in FORMAT2_NAMES]
            name = names[0] if len(names) == 1 else culprit(validator, document, error, names)
            if name is not None:
                return list(error.absolute_path) + [name], (
                    "%r is not allowed here: it is new in format 2 (write \"format\": 2) or belongs to another act" % name)
    return error.absolute_path, shorten(error.message) + suggestion(error)


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def problems_of(validator, document):
    """Every problem of one document as (pointer, message), in document order."""
    found = []
    for error in sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path]):
        path, message = describe(error, document, validator)
        found.append((pointer(path), message))
    return found


def check_folder(validator, folder):
    files = sorted(p for p in folder.rglob("*.json") if not p.name.endswith(".schema.json"))
    if not files:
        print("schema_check: no scenario files under %s" % folder)
        return 1
    count = 0
    for path in files:
        try:
            document = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            print("%s: %s" % (path, exc))
            count += 1
            continue
        for where, message in problems_of(validator, document):
            print("%s: %s: %s" % (path, where, message))
            count += 1
    print("schema_check: %d files, %d problems" % (len(files), count))
    return 1 if count else 0


# A small valid scenario; each self-test case breaks it in one way.
VALID = {
    "$schema": SCHEMA_NAME,
    "format": 1,
    "id": "self-test",
    "title": {"de": "Selbsttest", "en": "Self test"},
    "summary": {"de": "Prüft das Schema.", "en": "Checks the schema."},
    "goals": [{"de": "Fehler finden", "en": "Find mistakes"}],
    "level": "beginner",
    "minutes": 2,
    "principles": ["appreciation"],
    "player": {"name": "Alex Berger", "role": {"de": "Berater", "en": "Consultant"},
               "company": "Berger Consulting", "offer": {"de": "Beratung", "en": "Consulting"}},
    "variables": {"punkte": 0},
    "researchBudget": "15m",
    "personas": [
        {"id": "weber", "name": "Dr. Jana Weber", "address": {"de": "Frau Dr. Weber", "en": "Dr Weber"},
         "role": {"de": "Leiterin", "en": "Head"}, "company": "Nordfracht AG", "traits": ["formal"],
         "facts": [{"id": "artikel", "text": {"de": "Ein Artikel.", "en": "An article."}}],
         "start": {"vertrauen": 30, "lastContact": {"ago": "2w", "channel": "email"}}},
        {"id": "jung", "name": "Tim Jung", "address": {"de": "Herr Jung", "en": "Mr Jung"},
         "role": {"de": "Einkauf", "en": "Purchasing"}, "company": "Nordfracht AG"},
    ],
    "start": "frage",
    "nodes": [
        {"id": "frage", "type": "decision", "speaker": "weber",
         "text": {"if": "punkte > 0", "then": {"de": "{punkte}", "en": "{punkte}"}},
         "choices": [
             {"id": "lesen", "act": "research", "takes": 10, "reveals": ["artikel"], "next": "frage",
              "text": {"de": "Lesen", "en": "Read"}},
             {"id": "vorstellen", "act": "introduce", "with": ["weber", "jung"], "next": "weiter",
              "text": {"de": "Vorstellen", "en": "Introduce"},
              "adjust": [{"vertrauen": 2, "reason": {"de": "Passt.", "en": "Fits."}}],
              "effects": [{"var": "punkte", "add": "punkte + 1"}, {"learn": "artikel"},
                          {"if": "known(artikel)", "then": [{"wait": "1d"}], "else": []}]},
         ]},
        {"id": "weiter", "type": "branch", "branches": [{"if": "weber.willing", "next": "ende"}, {"next": "ende"}]},
        {"id": "ende", "type": "ending", "rating": "good",
         "text": [{"de": "Ende.", "en": "The end."}], "debrief": {"de": "Gut.", "en": "Good."}},
    ],
}


def breaks(description, change):
    def case(doc):
        change(doc)
        return doc
    return description, case


def _set(path, value):
    def change(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _delete(path):
    def change(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return change


WRONG_SHAPES = [
    breaks("a misspelled top-level field", _set(["titel"], {"de": "x", "en": "x"})),
    breaks("a plain string where a text object belongs", _set(["title"], "Selbsttest")),
    breaks("an unknown level", _set(["level"], "expert")),
    breaks("a misspelled dimension in an adjustment",
           _set(["nodes", 0, "choices", 1, "adjust", 0], {"vertraun": 2, "reason": {"de": "x", "en": "x"}})),
    breaks("a decision without choices", _delete(["nodes", 0, "choices"])),
    breaks("an ending without debrief", _delete(["nodes", 2, "debrief"])),
    breaks("a narration with choices",
           _set(["nodes", 1], {"id": "weiter", "type": "narration", "text": {"de": "x", "en": "x"},
                               "next": "ende", "choices": []})),
    breaks("an effect that is no known shape", _set(["nodes", 0, "choices", 1, "effects", 0], {"var": "punkte"})),
    breaks("a duration with a space", _set(["researchBudget"], "15 min")),
    breaks("an id with capitals", _set(["personas", 0, "id"], "Weber")),
    breaks("a pair of personas without act introduce", _delete(["nodes", 0, "choices", 1, "act"])),
    breaks("a variable named like a dimension", _set(["variables"], {"vertrauen": 1})),
    breaks("a format version from the future", _set(["format"], 3)),
    breaks("a dimension above 100", _set(["personas", 0, "start", "vertrauen"], 130)),
]


# The same example in format 2, using the fields, acts and effects that are new there.
VALID2 = copy.deepcopy(VALID)
VALID2["format"] = 2
VALID2["personas"][0].update({"avoids": ["sms"], "giftPolicy": "strict", "tender": True,
                              "name": {"de": "Dr. Jana Weber", "en": "Dr Jana Weber"}})
VALID2["personas"][0]["start"].update({"stage": "acquaintance", "inPerson": 1, "knownFor": "8w"})
VALID2["personas"][1].update({"colleague": True, "routine": "1w"})
VALID2["nodes"][0]["present"] = ["jung"]
VALID2["nodes"][0]["choices"] += [
    {"id": "bieten", "act": "propose", "asked": True, "moment": "inconvenient", "next": "weiter",
     "text": {"de": "Termin vorschlagen", "en": "Propose a date"}},
    {"id": "absagen", "act": "letdown", "failure": "cancelled-meeting", "warned": True, "next": "weiter",
     "text": {"de": "Absagen", "en": "Cancel"}},
    {"id": "loge", "act": "receive", "value": "lavish", "next": "weiter", "text": {"de": "Annehmen", "en": "Accept"}},
    {"id": "bitte", "act": "ask", "size": "small", "next": "weiter", "text": {"de": "Bitten", "en": "Ask"}},
    {"id": "drohen", "act": "bargain", "ultimatum": True, "next": "weiter", "text": {"de": "Drohen", "en": "Threaten"}},
]
VALID2["nodes"][1]["effects"] = [
    {"vouch": "weber", "by": "jung", "standing": "high"}, {"handover": "jung", "from": "weber"},
    {"contact": "weber", "channel": "phone", "meaningful": False}, {"tender": "weber", "running": False},
    {"if": "weber.willingness > 50", "then": [{"letdown": "jung", "failure": "unanswered", "warned": False}]},
]
VALID2["nodes"][1]["branches"][0]["if"] = "weber.willingness >= 50"


def _in_format_1(change):
    """The format 2 example written as format 1: whatever is new must be refused."""
    def both(doc):
        doc.update(copy.deepcopy(VALID2))
        doc["format"] = 1
        change(doc)
    return both


WRONG_SHAPES_2 = [
    breaks("format 2 fields in a format 1 file", _in_format_1(lambda doc: None)),
    breaks("a format 2 act in a format 1 file",
           lambda doc: doc["nodes"][0]["choices"][0].update({"act": "inform"})),
    breaks("a format 2 effect in a format 1 file",
           lambda doc: doc["nodes"][0]["choices"][1]["effects"].append({"tender": "weber", "running": True})),
    breaks("\"present\" in a format 1 file", _set(["nodes", 1, "present"], ["weber"])),
    breaks("\"knownFor\" in a format 1 file", _set(["personas", 0, "start", "knownFor"], "1w")),
    breaks("a name per language in a format 1 file",
           _set(["personas", 0, "name"], {"de": "Dr. Jana Weber", "en": "Dr Jana Weber"})),
]
WRONG_SHAPES_IN_2 = [
    breaks("a value on a request", _set(["nodes", 0, "choices", 5, "value"], "token")),
    breaks("a size on a gift", _set(["nodes", 0, "choices", 4, "size"], "large")),
    breaks("an ultimatum without bargaining", _set(["nodes", 0, "choices", 2, "ultimatum"], True)),
    breaks("a letdown without its failure", _delete(["nodes", 0, "choices", 3, "failure"])),
    breaks("a failure without a letdown", _set(["nodes", 0, "choices", 2, "failure"], "mistake")),
    breaks("an unknown kind of failure", _set(["nodes", 0, "choices", 3, "failure"], "oops")),
    breaks("a vouch without the voucher", _delete(["nodes", 1, "effects", 0, "by"])),
    breaks("a tender that neither starts nor ends", _delete(["nodes", 1, "effects", 3, "running"])),
    breaks("an unknown standing", _set(["nodes", 1, "effects", 0, "standing"], "huge")),
    breaks("a gift policy other than strict", _set(["personas", 0, "giftPolicy"], "relaxed")),
    breaks("avoids as a single channel", _set(["personas", 0, "avoids"], "sms")),
    breaks("a moment other than inconvenient", _set(["nodes", 0, "choices", 2, "moment"], "late")),
    breaks("a name per language without English", _set(["personas", 0, "name"], {"de": "Dr. Jana Weber"})),
    breaks("a name in an unknown language", _set(["personas", 0, "name"], {"de": "Weber", "fr": "Weber"})),
    breaks("a name as a list", _set(["personas", 0, "name"], ["Dr. Jana Weber", "Dr Jana Weber"])),
]


def doc_examples(docs):
    """(page name, parsed example or error text) for each complete example in docs/scenario-format*.md."""
    examples = []
    for page in sorted(docs.glob("scenario-format*.md")):
        for block in re.findall(r"```json\n(.*?)```", page.read_text(encoding="utf-8"), re.S):
            if '"format"' not in block:
                continue
            try:
                examples.append((page.name, json.loads(block)))
            except json.JSONDecodeError as exc:
                examples.append((page.name, "not JSON: %s" % exc))
    return examples


def self_test(validator, folder):
    """The valid example and the docs' examples must pass; every wrong shape must be rejected."""
    accepted = [("the built-in valid example", copy.deepcopy(VALID)),
                ("the built-in format 2 example", copy.deepcopy(VALID2))]
    accepted += [("the example in " + page, example) for page, example in doc_examples(folder.parent / "docs")]
    passed = failed = 0
    for description, document in accepted:
        problems = [("", document)] if isinstance(document, str) else problems_of(validator, document)
        if problems:
            failed += 1
            print("FAIL rejects %s:" % description)
            for where, message in problems:
                print("    %s: %s" % (where, message))
        else:
            passed += 1
            print("ok   accepts %s" % description)
    cases = [(d, make, VALID) for d, make in WRONG_SHAPES + WRONG_SHAPES_2]
    cases += [("in format 2: " + d, make, VALID2) for d, make in WRONG_SHAPES_IN_2]
    for description, make, base in cases:
        found = problems_of(validator, make(copy.deepcopy(base)))
        if found:
            passed += 1
            print("ok   rejects %s: %s: %s" % (description, found[0][0], found[0][1]))
        else:
            failed += 1
            print("FAIL accepts %s" % description)
    print("schema_check self-test: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description="Check scenarios against the scenario JSON Schema (draft-07).")
    parser.add_argument("folder", help="the scenarios folder (holds %s)" % SCHEMA_NAME)
    parser.add_argument("--schema", help="the schema file (default: FOLDER/%s)" % SCHEMA_NAME)
    parser.add_argument("--self-test", action="store_true", help="check that the schema rejects wrong shapes")
    args = parser.parse_args()

    folder = pathlib.Path(args.folder)
    schema_path = pathlib.Path(args.schema) if args.schema else folder / SCHEMA_NAME
    try:
        validator = load_schema(schema_path)
    except (OSError, json.JSONDecodeError) as exc:
        print("schema_check: cannot read the schema %s: %s" % (schema_path, exc), file=sys.stderr)
        return 2
    except jsonschema.exceptions.SchemaError as exc:
        print("schema_check: %s is not a valid draft-07 schema: %s" % (schema_path, exc.message))
        return 1
    return self_test(validator, folder) if args.self_test else check_folder(validator, folder)


if __name__ == "__main__":
    sys.exit(main())
