#!/usr/bin/env python3
"""Is the best option recognisable by its length? Along the analyzer's best playthrough, counts the
decisions with two or more choices and how often the chosen option is the longest of all the
choices listed at that decision (German text in characters, conditions ignored, ties count as
longest). Fails when that share exceeds 40 % in any bundled scenario except the sample.
    option_lengths.py RAPPORT SCENARIOS_DIR [--budget-ms N] [SCENARIO_FILE ...]"""
import json
import os
import subprocess
import sys

LIMIT = 0.40
EXEMPT = {"sample-coffee-break"}  # the tutorial may show its good answers plainly


def german(text):
    """The German wording of a choice text, whichever shape the format gave it."""
    if isinstance(text, str):
        return text
    if isinstance(text, dict):
        return german(text.get("de", text.get("then", text.get("text", ""))))
    if isinstance(text, list):
        return " ".join(german(t) for t in text)
    return ""


def longest_along(scenario, path):
    """(how often the chosen option is the longest, decisions with two or more choices) along a
    path of choice ids through a loaded scenario file."""
    decision_of = {c["id"]: n for n in scenario["nodes"] for c in n.get("choices", [])}
    decisions = longest = 0
    for chosen in path:
        choices = decision_of[chosen].get("choices", [])
        if len(choices) < 2:
            continue
        decisions += 1
        lengths = {c["id"]: len(german(c.get("text"))) for c in choices}
        longest += lengths[chosen] == max(lengths.values())
    return longest, decisions


def verdict(scenario_id, longest, decisions):
    """The report line for one scenario and whether it breaks the limit."""
    ratio = longest / decisions if decisions else 0.0
    bad = ratio > LIMIT and scenario_id not in EXEMPT
    return (f"{scenario_id}: the best option is the longest at {longest} of {decisions} decisions "
            f"({round(100 * ratio)} %){', above 40 %' if bad else ''}"), bad


def share(rapport, path_to_file, budget_ms):
    scenario = json.load(open(path_to_file, encoding="utf-8"))
    run = subprocess.run([rapport, "analyze", path_to_file, "--json", "--budget-ms", str(budget_ms)],
                         capture_output=True, text=True, check=False, timeout=300)
    best = json.loads(run.stdout)["best"]
    if not best.get("found"):
        raise SystemExit(f"{path_to_file}: the analyzer found no best playthrough")
    return longest_along(scenario, best["witness"]["path"])


def main():
    args = sys.argv[1:]
    budget_ms = 10000
    if "--budget-ms" in args:
        i = args.index("--budget-ms")
        budget_ms = int(args[i + 1])
        del args[i:i + 2]
    rapport, folder, only = args[0], args[1], args[2:]
    files = only or sorted(os.path.join(folder, f) for f in os.listdir(folder)
                           if f.endswith(".json") and not f.endswith(".schema.json"))
    failures = 0
    for f in files:
        sid = os.path.basename(f)[:-len(".json")]
        line, bad = verdict(sid, *share(rapport, f, budget_ms))
        failures += bad
        print(line)
    if not files:
        print("no scenarios found")
        failures += 1
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
