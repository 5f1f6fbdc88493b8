#!/usr/bin/env python3
"""Kills `rapport play` with SIGKILL at random moments and checks the progress database after each.

usage: kill_test.py RAPPORT_BINARY SCENARIO_FILE
env:   KILLS (default 30), SECONDS (time budget, default 60), SEED (default: from the clock)

Each round plays an endless scenario (tests/data/store/endless-talk.json) in the default profile of
a scratch XDG_DATA_HOME: `play --resume` while an unfinished run exists, else a new run. Answers go
in through a pipe, either paced (one answer after each prompt, as a person types: every prompt
comes after the commit of the answer before it) or in bursts (batched commits). Now and then an
answer ends the run. After a random time (from before the database is even opened to well into
the run) the process is killed. Then the database must be whole and consistent:
  - PRAGMA integrity_check is "ok" and foreign_key_check finds nothing;
  - every run's `steps` equals its number of decisions, and those are numbered 0..steps-1;
  - the run's stored choices are a prefix of the answers sent to it (in order, none invented);
  - paced rounds: every answer whose next prompt was seen is stored, so at most the decision in
    flight is lost.
The last line says how many kills ran and how many checks failed. A long run, documented in
docs/progress-store.md: KILLS=1000 SECONDS=3600 python3 tests/cli/kill_test.py build/rapport \
tests/data/store/endless-talk.json
"""
import os
import random
import select
import sqlite3
import subprocess
import sys
import tempfile
import time
import shutil

PROMPT = b"Your choice> "
ANSWERS = {"1": "fragen", "2": "zuhoeren", "3": "gehen"}


def open_run(db):
    """The unfinished run (id, choices), or None."""
    if not os.path.exists(db):
        return None
    con = sqlite3.connect(db)
    try:
        row = con.execute("SELECT id FROM run WHERE status = 'playing' ORDER BY updated_at DESC, id DESC LIMIT 1").fetchone()
        if row is None:
            return None
        return row[0], [c for (c,) in con.execute("SELECT choice_id FROM decision WHERE run_id = ? ORDER BY step", row)]
    except sqlite3.OperationalError:  # killed before the schema existed
        return None
    finally:
        con.close()


def max_run_id(db):
    if not os.path.exists(db):
        return 0
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT coalesce(max(id), 0) FROM run").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


def check_database(db, run_id, sent, acked, problems, round_no):
    """Checks the file after a kill; appends what is wrong to `problems`."""
    def problem(text):
        problems.append("round %d: %s" % (round_no, text))

    if not os.path.exists(db):
        if acked > 0:
            problem("no database, but %d answers were acknowledged" % acked)
        return
    con = sqlite3.connect(db)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problem("integrity_check: %r" % integrity)
            return
        tables = con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'run'").fetchone()[0]
        if tables == 0:
            if acked > 0:
                problem("no schema, but %d answers were acknowledged" % acked)
            return
        if con.execute("PRAGMA foreign_key_check").fetchall():
            problem("foreign_key_check found orphans")
        for rid, steps, count, top in con.execute(
                "SELECT r.id, r.steps, count(d.step), coalesce(max(d.step), -1) FROM run r LEFT JOIN decision d ON d.run_id = r.id GROUP BY r.id"):
            if steps != count or top != count - 1:
                problem("run %d: steps=%d but %d decisions (last step %d)" % (rid, steps, count, top))
        stored = []
        if run_id is not None:
            stored = [c for (c,) in con.execute("SELECT choice_id FROM decision WHERE run_id = ? ORDER BY step", (run_id,))]
        if stored != sent[:len(stored)]:
            problem("stored choices are not a prefix of those sent (%d stored, %d sent)" % (len(stored), len(sent)))
        if len(stored) < acked:
            problem("%d answers acknowledged by a prompt, only %d stored" % (acked, len(stored)))
    finally:
        con.close()


def play_round(rapport, scenario, env, db, rng, round_no, problems):
    resumed = open_run(db)
    before = max_run_id(db)
    sent = list(resumed[1]) if resumed else []
    args = [rapport, "play", "--resume"] if resumed else [rapport, "play", scenario, "--lang", "en"]
    paced = rng.random() < 0.7
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + rng.uniform(0.0, 0.7)
    fd = proc.stdout.fileno()
    prompts = 0
    tail = b""
    acked = len(sent)
    ended = False  # the answer that ends the run has been sent: read on until the end or the kill
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        data = os.read(fd, 65536)
        if not data:
            break  # the run ended by itself
        text = tail + data
        new = text.count(PROMPT)
        tail = text[-(len(PROMPT) - 1):]
        for _ in range(new):
            prompts += 1
            if ended:
                break
            if prompts > 1 and paced:
                acked = len(sent)  # the prompt after an answer comes after its commit
            try:
                if paced or prompts == 1 or len(sent) < acked + 50:
                    burst = 1 if paced else rng.randint(20, 400)
                    answers = []
                    for _ in range(burst):
                        key = "3" if rng.random() < 0.002 else rng.choice("12")
                        answers.append(key)
                        if key == "3":
                            break
                    proc.stdin.write(("\n".join(answers) + "\n").encode())
                    proc.stdin.flush()
                    sent.extend(ANSWERS[a] for a in answers)
                    if answers[-1] == "3":
                        ended = True
            except BrokenPipeError:
                ended = True
    proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        try:
            stream.close()
        except BrokenPipeError:
            pass
    run_id = resumed[0] if resumed else None
    if run_id is None:
        after = max_run_id(db)
        run_id = after if after > before else None
    if not paced:
        acked = len(resumed[1]) if resumed else 0  # bursts commit in batches: only the old part is promised
    check_database(db, run_id, sent, acked, problems, round_no)
    if os.environ.get("VERBOSE"):
        print("round %d: %s, %s, %d prompts, %d sent, %d acknowledged, run %s" %
              (round_no, "resume" if resumed else "new", "paced" if paced else "bursts", prompts, len(sent), acked, run_id))


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    rapport, scenario = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    kills = int(os.environ.get("KILLS", "30"))
    budget = float(os.environ.get("SECONDS", "60"))
    seed = int(os.environ.get("SEED", str(int(time.time()))))
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix="rapport-kill-")
    env = dict(os.environ, XDG_DATA_HOME=work, LC_ALL="", LANG="C.UTF-8", LC_MESSAGES="")
    db = os.path.join(work, "rapport", "rapport.db")
    problems = []
    start = time.monotonic()
    done = 0
    try:
        while done < kills and time.monotonic() - start < budget:
            play_round(rapport, scenario, env, db, rng, done + 1, problems)
            done += 1
        runs = max_run_id(db)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for p in problems:
        print("FAILED: " + p)
    elapsed = time.monotonic() - start
    print("kill_test: %d kills in %.1f s (seed %d), %d runs recorded, %d problems" % (done, elapsed, seed, runs, len(problems)))
    if done < min(kills, 10):
        print("FAILED: too few kills in the time budget")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
