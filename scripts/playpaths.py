"""Shared helpers of scripts/check_paths.py and scripts/calibrate.py: read the pinned playthroughs
(tests/data/paths/*.txt) and play them with `rapport play --json`."""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH_FILES = [os.path.join(ROOT, "tests", "data", "paths", name)
              for name in ("library-paths.txt", "sample-paths.txt")]


class PinnedPath:
    """One line of a paths file: scenario kind ending choices."""

    def __init__(self, scenario, kind, ending, choices, where):
        self.scenario, self.kind, self.ending, self.choices, self.where = scenario, kind, ending, choices, where


def read_paths(files=PATH_FILES):
    """Every pinned path of the given files, in file order."""
    out = []
    for name in files:
        with open(name, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                scenario, kind, ending, choices = line.split()
                out.append(PinnedPath(scenario, kind, ending, choices.split(","),
                                      f"{os.path.relpath(name, ROOT)}:{number}"))
    return out


def scenario_file(scenario_id):
    return os.path.join(ROOT, "scenarios", scenario_id + ".json")


class Played:
    """What `rapport play --json` said about a path: the report, or the step at which it broke."""

    def __init__(self, report, broken_at, message):
        self.report, self.broken_at, self.message = report, broken_at, message

    @property
    def ok(self):
        return self.broken_at is None

    @property
    def ending(self):
        return self.report.get("ending") if self.report else None

    @property
    def result(self):
        return self.report["debrief"]["result"] if self.report else None

    @property
    def score(self):
        return self.report["debrief"].get("score") if self.report else None

    @property
    def open_choices(self):
        return [c["id"] for c in self.report.get("open", [])] if self.report else []


def play(rapport, scenario_id, choices, lang="de"):
    """Plays `choices`; where one is not open, plays the prefix before it so the caller sees what
    was open there."""
    run = subprocess.run([rapport, "play", scenario_file(scenario_id), "--guest", "--lang", lang, "--json",
                          "--choices", ",".join(choices)], capture_output=True, text=True, check=False)
    if run.returncode == 0:
        return Played(json.loads(run.stdout), None, "")
    message = run.stderr.strip()
    step = None
    for word in ("step ", "Schritt "):
        if message.startswith("rapport play: " + word):
            step = int(message.split(word, 1)[1].split(":", 1)[0]) - 1
    if step is None:
        raise RuntimeError(f"rapport play {scenario_id} failed: {message}")
    prefix = subprocess.run([rapport, "play", scenario_file(scenario_id), "--guest", "--lang", lang, "--json",
                             "--choices", ",".join(choices[:step])] if step else
                            [rapport, "play", scenario_file(scenario_id), "--guest", "--lang", lang, "--json"],
                            capture_output=True, text=True, check=False, input="")
    report = json.loads(prefix.stdout) if prefix.returncode == 0 else None
    return Played(report, step, message)
