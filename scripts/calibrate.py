#!/usr/bin/env python3
"""Derives each bundled scenario's `calibration` (docs/score.md) from the analyzer and the pinned
good playthrough, and writes it into the scenario file:
    worst = the analyzer's worst playthrough, rounded up to a whole point
    best  = the lower of the analyzer's best playthrough and the pinned good one, rounded down
    par   = worst + 3/4 of the way to best, rounded to a whole point
Taking the lower of the two for `best` keeps a little room: a search that finds a slightly weaker
best playthrough (at a smaller budget) still scores 90 or more. Run it after a model or scenario
change, then read the diff and run tests/library/calibration_check.py:
    python3 scripts/calibrate.py [build/rapport] [SCENARIO_ID ...]"""
import json
import math
import os
import re
import subprocess
import sys

from playpaths import ROOT, read_paths, play, scenario_file

# A budget in work (about 10 s on one idle core of the build machine): the same calibration from
# every machine at any load.
BUDGET_WORK = 4000000
PAR_SHARE = 0.75


def analyzer_extremes(rapport, scenario):
    run = subprocess.run([rapport, "analyze", scenario_file(scenario), "--json", "--budget-work", str(BUDGET_WORK)],
                         capture_output=True, text=True, timeout=120)
    report = json.loads(run.stdout)
    return report["best"]["result"], report["worst"]["result"]


def calibration_for(rapport, scenario, good_choices):
    best_found, worst_found = analyzer_extremes(rapport, scenario)
    good = play(rapport, scenario, good_choices)
    if not good.ok:
        sys.exit(f"calibrate: the good path of {scenario} does not play: {good.message}")
    worst = math.ceil(worst_found)
    best = math.floor(min(best_found, good.result))
    if best <= worst + 1:
        sys.exit(f"calibrate: {scenario}: best {best} is not above worst {worst}; the scenario does not spread")
    par = round(worst + PAR_SHARE * (best - worst))
    return {"worst": worst, "par": par, "best": best}


def write_calibration(scenario, calibration):
    """Replaces or inserts the top-level `calibration` line, keeping the file's layout."""
    path = scenario_file(scenario)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    line = '  "calibration": ' + json.dumps(calibration) + ",\n"
    if re.search(r'^  "calibration": .*\n', text, flags=re.M):
        text = re.sub(r'^  "calibration": .*\n', line, text, count=1, flags=re.M)
    else:
        text = re.sub(r'^(  "personas": )', line + r"\1", text, count=1, flags=re.M)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    args = sys.argv[1:]
    rapport = args.pop(0) if args and os.sep in args[0] else os.path.join(ROOT, "build", "rapport")
    wanted = set(args)
    for path in read_paths():
        if path.kind != "good" or (wanted and path.scenario not in wanted):
            continue
        calibration = calibration_for(rapport, path.scenario, path.choices)
        write_calibration(path.scenario, calibration)
        print(f"{path.scenario:28} worst {calibration['worst']:3}  par {calibration['par']:3}  best {calibration['best']:3}")


if __name__ == "__main__":
    main()
