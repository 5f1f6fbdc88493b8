#!/usr/bin/env python3
"""Finds the smallest changes to a pinned playthrough that make it reach its ending again after a
model or scenario change: every single choice swapped for another open one (then the same for
two), keeping the rest of the path, and dropping a choice the story no longer asks for. Prints the
candidates that reach the wanted ending with their decisions, result and score, best score first;
a person then picks the one that keeps the path's intent (a good path stays a skilled player's).
    python3 scripts/repair_path.py SCENARIO_ID KIND [build/rapport] [--pairs]
KIND is `good` or `poor`: the line of tests/data/paths/ to repair."""
import sys

from playpaths import read_paths, play


def open_choices_along(rapport, scenario, choices):
    """The choices open before each decision of the path (as far as it plays)."""
    out = []
    for i in range(len(choices)):
        played = play(rapport, scenario, choices[:i]) if i else play(rapport, scenario, [])
        out.append(played.open_choices)
        if choices[i] not in played.open_choices:
            break
    return out


def attempt(rapport, scenario, choices, ending, results, what):
    played = play(rapport, scenario, choices)
    if played.ok and played.ending == ending:
        results.append((played.score, played.result, len(choices), what, choices))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    scenario, kind = args[0], args[1]
    rapport = args[2] if len(args) > 2 else "build/rapport"
    pinned = next(p for p in read_paths() if p.scenario == scenario and p.kind == kind)
    choices = pinned.choices
    opens = open_choices_along(rapport, scenario, choices)
    results = []
    # Dropping one choice (the story may no longer ask that question).
    for i in range(len(choices)):
        attempt(rapport, scenario, choices[:i] + choices[i + 1:], pinned.ending, results, f"drop {choices[i]}")
    # Swapping one choice.
    for i, open_here in enumerate(opens):
        for alt in open_here:
            if alt != choices[i]:
                attempt(rapport, scenario, choices[:i] + [alt] + choices[i + 1:], pinned.ending, results,
                        f"{choices[i]} -> {alt} (decision {i + 1})")
    if "--pairs" in sys.argv and not results:
        for i, open_i in enumerate(opens):
            for j in range(i + 1, len(opens)):
                for a in open_i:
                    for b in opens[j]:
                        if a != choices[i] and b != choices[j]:
                            attempt(rapport, scenario, choices[:i] + [a] + choices[i + 1:j] + [b] + choices[j + 1:],
                                    pinned.ending, results, f"{choices[i]} -> {a}, {choices[j]} -> {b}")
    results.sort(key=lambda r: (-r[0], -r[1]) if kind == "good" else (r[0], r[1]))
    for score, result, steps, what, path in results[:25]:
        print(f"score {score:3}  result {result:6.2f}  {steps:2} decisions  {what}")
        print("    " + ",".join(path))
    if not results:
        print("no single change reaches", pinned.ending)


if __name__ == "__main__":
    main()
