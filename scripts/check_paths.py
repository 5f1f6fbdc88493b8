#!/usr/bin/env python3
"""Plays every pinned playthrough (tests/data/paths/) and says whether it still does what its line
promises: reaches its ending in 12-40 decisions, and per library scenario the good path scores at
least 70 and at least 40 points above the poor one. A path that broke shows where and what was open
there. Run it after a model or scenario change, before tests/library/ does the same in C++:
    python3 scripts/check_paths.py [build/rapport]
Exit 0 when every path holds, 1 otherwise."""
import sys

from playpaths import read_paths, play

SUCCESS_SCORE = 70   # engine/include/rapport/model/Score.h kSuccessScore
MIN_SPREAD = 40      # tests/library/test_scenario_library.cpp
MIN_STEPS, MAX_STEPS = 12, 40


def main():
    rapport = sys.argv[1] if len(sys.argv) > 1 else "build/rapport"
    problems = 0
    scores = {}
    for path in read_paths():
        played = play(rapport, path.scenario, path.choices)
        label = f"{path.scenario:28} {path.kind:5}"
        if not played.ok:
            problems += 1
            print(f"{label} BROKEN at decision {played.broken_at + 1}: {played.message}")
            print(f"{'':34} open there: {', '.join(played.open_choices) or '(none)'}")
            continue
        steps = len(played.report["choices"])
        notes = []
        if played.ending != path.ending:
            notes.append(f"ends at {played.ending}, not {path.ending}")
        if path.scenario.startswith("sample-"):
            pass  # the sample's paths are short by design (golden test)
        elif not MIN_STEPS <= steps <= MAX_STEPS:
            notes.append(f"{steps} decisions, not {MIN_STEPS}-{MAX_STEPS}")
        problems += bool(notes)
        scores.setdefault(path.scenario, {})[path.kind] = played.score
        print(f"{label} {played.ending:18} {steps:2} decisions  result {played.result:6.2f}  score {played.score:3}"
              f"  {played.report['debrief']['scoreLabel']}" + ("  <- " + "; ".join(notes) if notes else ""))
    for scenario, s in scores.items():
        if "good" not in s or "poor" not in s:
            continue
        spread = s["good"] - s["poor"]
        ok = s["good"] >= SUCCESS_SCORE and spread >= MIN_SPREAD
        problems += not ok
        print(f"{scenario:28} good {s['good']:3}  poor {s['poor']:3}  spread {spread:3}" + ("" if ok else "  <- too small"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
