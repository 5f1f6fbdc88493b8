#!/usr/bin/env python3
"""`rapport analyze` as a trainer and an author run it (issue 22):
  - each finding's scenario under tests/data/analyzer/findings/ exits as it should (1 for the
    problems: a loop that inflates the score, a rating mismatch, a contradictory condition; 0 for
    the scenarios that must not show them), names the finding in text (German and English) and in
    --json with its place;
  - the default report of every bundled scenario, in both languages, opens with the summary, keeps
    the statistics for --details, and uses none of the engineers' words (Fixpunkt, fixed point,
    fixpoint, Lücke, gap) outside the quoted choice texts of example runs, and quotes no choice
    text that has quotation marks of its own in another pair („„…““, "“…”");
  - --json keeps the fields tools read (best, worst, result, guarantee, bound, witness.path, score).
Budgets in work (--budget-work), so the exit codes do not depend on the machine's load.
    trainer_report_check.py RAPPORT SCENARIOS_DIR FINDINGS_DIR"""
import json
import os
import re
import subprocess
import sys

BANNED = re.compile(r"fixpunkt|fixed point|fixpoint|lücke|\bgaps?\b", re.IGNORECASE)
STEP = re.compile(r"^\s+\d+\. ")  # a step of an example run: the author's choice text
DOUBLED = re.compile(r'„„|““|"“|”"')  # the report's quotation marks around the text's own

FINDINGS = {  # scenario: (exit code, JSON list that must hold exactly one entry, or None)
    "inflation": (1, "inflatingLoops"),
    "inflation-guarded": (0, None),
    "rating-mismatch": (1, "ratingMismatches"),
    "rating-fine": (0, None),
    "condition-contradictory": (1, "contradictoryConditions"),
    "condition-in-effect": (1, "contradictoryConditions"),
    "condition-narrow": (0, None),
    "fact-unused": (0, "unusedFacts"),
    "fact-used": (0, None),
    "ties": (0, None),
    "no-ties": (0, None),
}
PROBLEM_LISTS = ("inflatingLoops", "ratingMismatches", "contradictoryConditions", "unusedFacts")


def run(rapport, *args):
    r = subprocess.run([rapport, "analyze", *args], capture_output=True, check=False, timeout=120)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


def main():
    rapport, scenarios, findings = sys.argv[1:4]
    failures = []
    for name, (code, listed) in FINDINGS.items():
        path = os.path.join(findings, name + ".json")
        rc, out, err = run(rapport, path, "--json", "--budget-work", "4000000")
        if rc != code:
            failures.append(f"{name}: exit {rc}, expected {code} ({err.strip()})")
            continue
        doc = json.loads(out)
        for key in PROBLEM_LISTS:
            want = 1 if key == listed else 0
            if len(doc[key]) != want:
                failures.append(f"{name}: {key} has {len(doc[key])} entries, expected {want}")
            for entry in doc[key]:
                place = entry.get("place") or entry.get("goodPlace")
                if not place or not place["pointer"].startswith("/") or "[" not in place["path"]:
                    failures.append(f"{name}: {key} without a place: {entry}")
        for lang in ("de", "en"):
            rc2, text, _ = run(rapport, path, "--lang", lang, "--budget-work", "4000000")
            if rc2 != code:
                failures.append(f"{name} --lang {lang}: exit {rc2} in text, {code} in JSON")
    for file in sorted(os.listdir(scenarios)):
        if not file.endswith(".json") or file.endswith(".schema.json"):
            continue
        sid = file[:-5]
        rc, out, err = run(rapport, sid, "--json", "--budget-work", "120000")
        if rc not in (0, 1):
            failures.append(f"{sid}: --json exit {rc}: {err.strip()}")
            continue
        doc = json.loads(out)
        for side in ("best", "worst"):
            x = doc[side]
            missing = [k for k in ("result", "guarantee", "bound", "witness", "score") if k not in x]
            if missing or "path" not in x["witness"]:
                failures.append(f"{sid}: {side} lacks {missing or 'witness.path'}")
        for lang, glance, stats in (("de", "== Auf einen Blick ==", "== Statistik =="), ("en", "== At a glance ==", "== Statistics ==")):
            _, text, _ = run(rapport, sid, "--lang", lang, "--budget-work", "120000")
            lines = text.splitlines()
            if glance not in lines[:5]:
                failures.append(f"{sid} {lang}: the report does not open with {glance}")
            if stats in text:
                failures.append(f"{sid} {lang}: statistics without --details")
            for line in lines:
                if BANNED.search(line) and not STEP.match(line):
                    failures.append(f"{sid} {lang}: engineers' word in: {line.strip()}")
                if STEP.match(line) and DOUBLED.search(line):
                    failures.append(f"{sid} {lang}: quotation marks doubled in: {line.strip()}")
            _, details, _ = run(rapport, sid, "--lang", lang, "--budget-work", "120000", "--details")
            if stats not in details:
                failures.append(f"{sid} {lang}: --details without {stats}")
    for f in failures:
        print("FAIL:", f)
    print(f"trainer_report_check: {len(FINDINGS)} finding scenarios, bundled scenarios checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
