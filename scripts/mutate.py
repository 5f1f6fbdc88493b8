#!/usr/bin/env python3
"""Mutation run: do the tests notice when one rule changes?

Applies each single-rule change of a mutation list (default tests/mutation/mutations.txt) to a
scratch copy of the source tree, builds rapport_tests there (incrementally, with ccache), runs the
tests until the first failure and reports per mutation "caught" (a test failed), "missed" (all
passed) or "invalid" (the change does not apply or does not compile), then "caught N of M".

The working tree is never touched: the scratch copy lives in --work (default
$XDG_CACHE_HOME/rapport-mutate or ~/.cache/rapport-mutate) and is refreshed from the working tree
(committed or not) at every run. It is a tool to run by hand, not part of CI:

    python3 scripts/mutate.py                 # every mutation
    python3 scripts/mutate.py --only drift-,graph-   # the mutations whose id starts with these
    python3 scripts/mutate.py --list          # show the list without running
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Mutation:
    def __init__(self, ident, line):
        self.id = ident
        self.line = line
        self.file = None
        self.find = None
        self.replace = None
        self.why = ""


def parse(path):
    """Blocks of `== id`, then `file:`, `find:`, `replace:`, `why:` lines; `#` starts a comment."""
    mutations = []
    current = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("#") or not raw.strip():
            continue
        if raw.startswith("== "):
            current = Mutation(raw[3:].strip(), number)
            mutations.append(current)
            continue
        key, sep, value = raw.partition(": ")
        if current is None or not sep or key not in ("file", "find", "replace", "why"):
            sys.exit(f"{path}:{number}: expected '== id' or 'file|find|replace|why: text', got: {raw}")
        setattr(current, key, value)
    for m in mutations:
        if m.file is None or m.find is None or m.replace is None:
            sys.exit(f"{path}:{m.line}: mutation {m.id} needs file, find and replace")
    ids = [m.id for m in mutations]
    if len(ids) != len(set(ids)):
        sys.exit(f"{path}: mutation ids must be unique")
    return mutations


def run(cmd, cwd, env, log):
    with open(log, "w", encoding="utf-8") as out:
        return subprocess.run(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT).returncode


def sync_tree(work):
    """Copies the working tree's tracked and new files into work/src, keeping unchanged files'
    times so the scratch build stays incremental."""
    src = work / "src"
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT,
                           check=True, capture_output=True).stdout.decode().split("\0")
    wanted = set()
    for name in files:
        if not name or not (ROOT / name).is_file():
            continue
        wanted.add(name)
        target = src / name
        source = ROOT / name
        if target.exists() and target.read_bytes() == source.read_bytes():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for existing in src.rglob("*"):
        if existing.is_file() and str(existing.relative_to(src)) not in wanted:
            existing.unlink()
    return src


def first_failure(log):
    text = Path(log).read_text(encoding="utf-8", errors="replace")
    match = re.search(r"TEST CASE:\s+(.*)", text)
    return match.group(1).strip() if match else "(see log)"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mutations", default=str(ROOT / "tests" / "mutation" / "mutations.txt"))
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    parser.add_argument("--work", default=str(cache / "rapport-mutate"), help="scratch directory (source copy and build)")
    parser.add_argument("--only", default="", help="run only the mutations whose id starts with one of these (comma-separated)")
    parser.add_argument("--list", action="store_true", help="print the mutations and stop")
    parser.add_argument("--jobs", default="2", help="parallel compile jobs")
    parser.add_argument("--exclude", default="", help="test cases not to run (doctest patterns, comma-separated), "
                        "e.g. '*golden*,*pinned*' to see what the behaviour tests catch without the pinned files")
    args = parser.parse_args()

    prefixes = tuple(p for p in args.only.split(",")) if args.only else ("",)
    mutations = [m for m in parse(Path(args.mutations)) if m.id.startswith(prefixes)]
    if args.list:
        for m in mutations:
            print(f"{m.id}: {m.file}: {m.why}")
        return 0
    if not mutations:
        sys.exit("no mutation matches")

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    src = sync_tree(work)
    build = work / "build"
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    env = dict(os.environ, CCACHE_BASEDIR=str(work), CCACHE_NOHASHDIR="1")
    tests = build / "tests" / "rapport_tests"
    if not (build / "build.ninja").exists():
        if run(["cmake", "-S", str(src), "-B", str(build), "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release", "-DRAPPORT_GUI=OFF",
                "-DRAPPORT_TESTS=ON", "-DRAPPORT_BENCH=OFF"], src, env, logs / "configure.log") != 0:
            sys.exit(f"configure failed, see {logs / 'configure.log'}")
    build_cmd = ["cmake", "--build", str(build), "--target", "rapport_tests", "--", "-j", args.jobs]
    test_cmd = [str(tests), "--abort-after=1", "--no-intro=true"]
    if args.exclude:
        test_cmd.append(f"--test-case-exclude={args.exclude}")

    print(f"baseline: building and running the unchanged tests in {work}", flush=True)
    if run(build_cmd, src, env, logs / "baseline-build.log") != 0:
        sys.exit(f"the unchanged tree does not build, see {logs / 'baseline-build.log'}")
    if run(test_cmd, build, env, logs / "baseline-test.log") != 0:
        sys.exit(f"the unchanged tests fail, see {logs / 'baseline-test.log'}")
    print(f"baseline: green after {time.monotonic() - started:.0f} s", flush=True)

    caught = missed = invalid = 0
    width = max(len(m.id) for m in mutations)
    for m in mutations:
        path = src / m.file
        t0 = time.monotonic()
        original = path.read_text(encoding="utf-8") if path.exists() else None
        if original is None or original.count(m.find) != 1:
            found = 0 if original is None else original.count(m.find)
            print(f"{m.id:<{width}}  invalid  (the text to change occurs {found} times in {m.file})", flush=True)
            invalid += 1
            continue
        try:
            path.write_text(original.replace(m.find, m.replace), encoding="utf-8")
            if run(build_cmd, src, env, logs / f"{m.id}-build.log") != 0:
                print(f"{m.id:<{width}}  invalid  (does not compile, see {logs / (m.id + '-build.log')})", flush=True)
                invalid += 1
                continue
            failed = run(test_cmd, build, env, logs / f"{m.id}-test.log") != 0
            seconds = time.monotonic() - t0
            if failed:
                caught += 1
                print(f"{m.id:<{width}}  caught   {seconds:5.0f} s  by: {first_failure(logs / (m.id + '-test.log'))}", flush=True)
            else:
                missed += 1
                print(f"{m.id:<{width}}  MISSED   {seconds:5.0f} s  ({m.why})", flush=True)
        finally:
            path.write_text(original, encoding="utf-8")
    total = time.monotonic() - started
    print(f"caught {caught} of {len(mutations)} ({missed} missed, {invalid} invalid) in {total / 60:.1f} min")
    return 0 if missed == 0 and invalid == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
