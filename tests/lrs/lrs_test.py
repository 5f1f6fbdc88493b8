#!/usr/bin/env python3
"""`rapport export --xapi` and `rapport sync` against a real LRS (issue 20): Learning Locker's
statement service (npm xapi-statements, see scripts/install-lrs.sh) started by this test on
127.0.0.1. Every exported statement passes npm xapi-validation; statements are sent, read back
and compared; sent twice without duplicates; kept while the LRS is down and sent when it is back;
one the LRS rejects stays queued with its reason while the others go; a finished seminar's
statements; HTTPS with an untrusted and a trusted certificate. Bounded: at most 90 s.

usage: lrs_test.py RAPPORT_BINARY SCENARIO_DIR [NODE_MODULES]
NODE_MODULES defaults to ~/.cache/rapport-test/lrs/node_modules (scripts/install-lrs.sh)."""
import base64
import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import urllib.request

RAPPORT, SCENARIOS = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.environ.get("RAPPORT_NODE_CACHE") or os.path.join(
    os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "rapport-test")
NODE_MODULES = sys.argv[3] if len(sys.argv) > 3 else os.path.join(CACHE, "lrs", "node_modules")
DEADLINE = time.monotonic() + 90
failures = []


def check(name, ok, detail=""):
    print(("ok: " if ok else "FAILED: ") + name + ("" if ok else f" ({detail})"), flush=True)
    if not ok:
        failures.append(name)


if not os.path.isfile(os.path.join(NODE_MODULES, "xapi-statements", "package.json")):
    print(f"FAILED: the LRS is not installed in {NODE_MODULES}: run scripts/install-lrs.sh")
    sys.exit(1)

work = tempfile.mkdtemp(prefix="rapport-lrs-")
env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"), XDG_CONFIG_HOME=os.path.join(work, "config"),
           LANG="C.UTF-8", NODE_PATH=NODE_MODULES, LRS_STORAGE=os.path.join(work, "lrs-storage"))
for name in ("LC_ALL", "LC_MESSAGES", "RAPPORT_LRS_ENDPOINT", "RAPPORT_LRS_KEY", "RAPPORT_LRS_SECRET"):
    env.pop(name, None)
SECRET = "s3cr3t-Passwort"


def rapport(*args, stdin=""):
    left = max(1, DEADLINE - time.monotonic())
    return subprocess.run([RAPPORT, *args], input=stdin, capture_output=True, text=True, env=env, timeout=min(30, left))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lrs:
    """The statement service in a node process on 127.0.0.1:port; statements live in its memory."""

    def __init__(self, port):
        self.port = port
        self.proc = subprocess.Popen(["node", os.path.join(HERE, "lrs_server.js"), str(port)], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
        line = ""
        while time.monotonic() < DEADLINE and not line.startswith("listening"):
            line = self.proc.stdout.readline()
            if not line and self.proc.poll() is not None:
                break
        if not line.startswith("listening"):
            self.stop()
            raise SystemExit(f"FAILED: the LRS did not start on 127.0.0.1:{port}")

    def request(self, method, path, body=None):
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/xAPI/{path}", method=method, data=body,
                                     headers={"X-Experience-API-Version": "1.0.3", "Content-Type": "application/json",
                                              "Authorization": "Basic " + base64.b64encode(b"k:s").decode()})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def statements(self):
        """Every statement the LRS holds (following `more`), by id."""
        out, path = {}, "statements?limit=100"
        while path:
            status, body = self.request("GET", path)
            assert status == 200, (status, body)
            page = json.loads(body)
            out.update({s["id"]: s for s in page["statements"]})
            more = page.get("more") or ""
            path = more.split("/xAPI/", 1)[1] if "/xAPI/" in more else ""
        return out

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def play(choices, profile):
    r = rapport("play", scenario, "--lang", "de", "--choices", choices, "--profile", profile)
    assert r.returncode == 0, r.stderr


lrs = None
try:
    scenario = os.path.join(SCENARIOS, "sample-coffee-break.json")
    # A finished path (from a piped guest run), then two recorded runs in two profiles.
    piped = subprocess.run([RAPPORT, "play", scenario, "--lang", "en", "--json", "--guest"], input="3\n1\n1\n1\n1\n1\n1\n1\n",
                           capture_output=True, text=True, env=env, timeout=30)
    full = ",".join(json.loads(piped.stdout)["choices"])
    play(full, "Anna")
    play(full, "Ben")
    rapport("play", scenario, "--lang", "de", "--choices", full.split(",")[0], "--profile", "Anna")  # unfinished

    xapi = os.path.join(work, "runs.jsonl")
    r = rapport("export", "--xapi", xapi)
    statements = read_lines(xapi)
    steps = len(full.split(","))
    check("export --xapi writes attempted, one answered per decision, completed and passed/failed for each finished run",
          r.returncode == 0 and len(statements) == 2 * (steps + 3), f"{r.returncode} {r.stderr} {len(statements)}")
    v = subprocess.run(["node", os.path.join(HERE, "validate_statements.js"), xapi], capture_output=True, text=True, env=env, timeout=30)
    check("every exported statement passes xapi-validation", v.returncode == 0, v.stdout[-600:] + v.stderr[-300:])
    actors = {json.dumps(s["actor"], sort_keys=True) for s in statements}
    check("the actors are pseudonymous accounts (no e-mail, no profile name)",
          len(actors) == 2 and all("mbox" not in a and "Anna" not in a and "Ben" not in a for a in actors), actors)
    r2 = rapport("export", "--xapi", os.path.join(work, "again.jsonl"))
    check("a second export is byte for byte the same (stable ids)", open(xapi).read() == open(os.path.join(work, "again.jsonl")).read())

    # Settings: kept with mode 0600; the secret is never printed.
    port = free_port()
    r = rapport("sync", "--configure", "--lang", "en", stdin=f"http://127.0.0.1:{port}/xAPI/\nrapport\n{SECRET}\n")
    config = os.path.join(work, "config", "rapport", "lrs.json")
    mode = stat.S_IMODE(os.stat(config).st_mode) if os.path.exists(config) else None
    check("sync --configure keeps endpoint, key and secret in the config folder with mode 0600", r.returncode == 0 and mode == 0o600,
          f"{r.returncode} {r.stderr} mode={mode}")
    r = rapport("sync", "--status", "--lang", "en")
    check("sync --status shows the settings without the secret", r.returncode == 0 and "rapport" in r.stdout and SECRET not in r.stdout + r.stderr,
          r.stdout)

    # Sent, read back and compared.
    lrs = Lrs(port)
    r = rapport("sync", "--lang", "en")
    check("sync sends every statement and exits 0", r.returncode == 0 and f"{len(statements)} statements sent, 0 waiting" in r.stdout,
          f"{r.returncode} {r.stdout} {r.stderr}")
    stored = lrs.statements()
    same = len(stored) == len(statements) and all(
        s["id"] in stored and all(stored[s["id"]][k] == s[k] for k in ("actor", "verb", "object", "context")) and
        stored[s["id"]].get("result") == s.get("result") for s in statements)
    check("the LRS holds exactly the exported statements (actor, verb, object, result, context compared)", same, f"{len(stored)} stored")
    check("nothing of the secret reached the output", SECRET not in r.stdout + r.stderr)

    # Sent twice: nothing new, nothing duplicated.
    r = rapport("sync", "--lang", "en")
    check("a second sync sends nothing and the LRS still holds each statement once",
          r.returncode == 0 and "0 statements sent" in r.stdout and len(lrs.statements()) == len(statements), r.stdout)

    # The LRS down: a new run waits in the database; back up, it goes out.
    lrs.stop()
    play(full, "Anna")
    r = rapport("sync", "--lang", "en")
    check("with the LRS down, sync exits 1 and keeps the new run's statements waiting",
          r.returncode == 1 and f"{steps + 3} waiting" in r.stdout and "cannot be reached" in r.stdout, f"{r.returncode} {r.stdout}")
    lrs = Lrs(port)  # a fresh LRS on the same port: its memory is empty
    r = rapport("sync", "--lang", "en")
    check("back up, the waiting statements go out", r.returncode == 0 and len(lrs.statements()) == steps + 3, f"{r.stdout} {r.stderr}")

    # A statement the LRS rejects: its id already holds other content (409), as when another
    # system used it; it stays queued with the reason, the others go.
    play(full, "Ben")
    before = {s["id"] for s in statements} | set(lrs.statements())
    rapport("export", "--xapi", xapi)
    new = [s for s in read_lines(xapi) if s["id"] not in before]
    victim = dict(new[1])
    victim["result"] = {"response": "something else"}
    status, body = lrs.request("POST", "statements", json.dumps(victim).encode())
    assert status == 200, (status, body)
    r = rapport("sync", "--lang", "en")
    held = lrs.statements()
    check("a rejected statement stays queued (exit 1) while the run's other statements are sent",
          r.returncode == 1 and all(s["id"] in held for s in new) and "1 waiting (1 rejected by the LRS)" in r.stdout,
          f"{r.returncode} {r.stdout} {r.stderr}")
    check("the LRS's reason is shown", victim["id"] in r.stderr and "HTTP 409" in r.stderr, r.stderr)
    r = rapport("sync", "--status", "--lang", "en")
    check("sync --status lists the rejected statement with its reason", victim["id"] in r.stdout and "HTTP 409" in r.stdout, r.stdout)

    # The environment overrides the file: a wrong endpoint there makes sync fail cleanly.
    env["RAPPORT_LRS_ENDPOINT"] = "http://127.0.0.1:1/xAPI/"
    r = rapport("sync", "--lang", "en")
    check("RAPPORT_LRS_ENDPOINT overrides the file", r.returncode == 1 and "cannot be reached" in r.stdout, r.stdout)
    env["RAPPORT_LRS_ENDPOINT"] = "ftp://example.org"
    r = rapport("sync", "--lang", "de")
    check("an unusable endpoint is named in plain words (exit 2)", r.returncode == 2 and "ftp://" in r.stdout, f"{r.returncode} {r.stdout}")

    # A finished seminar with two teams, as the window writes it when the trainer ends the seminar
    # (rows as in app/store/ProgressStore.cpp; the registration comes from the schema's trigger).
    import sqlite3
    db = sqlite3.connect(os.path.join(env["XDG_DATA_HOME"], "rapport", "rapport.db"))
    with db:
        cur = db.execute("INSERT INTO seminar_session (scenario_id, content_hash, language, form, started_at, finished_at, session_json)"
                         " VALUES ('sample-coffee-break', ?, 'de', 'teams', 1796630400000, 1796634000000, '{}')", ("0" * 64,))
        sid = cur.lastrowid
        first = full.split(",")
        for team, name in enumerate(("Nord", "Süd")):
            db.execute("INSERT INTO seminar_team (session_id, team, name, choices, result, score, score_label, ending_id, style)"
                       " VALUES (?, ?, ?, ?, 5000, 80, 'successful', 'e_gut', 'steady')", (sid, team, name, json.dumps(first)))
            db.execute("INSERT INTO seminar_vote (session_id, team, step, choice_id, votes) VALUES (?, ?, 0, ?, 3)", (sid, team, first[0]))
    db.close()
    env.pop("RAPPORT_LRS_ENDPOINT", None)
    seminar_file = os.path.join(work, "seminar.jsonl")
    r = rapport("export", "--xapi", seminar_file)
    groups = [s for s in read_lines(seminar_file) if s["actor"].get("objectType") == "Group"]
    with open(seminar_file, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(s, ensure_ascii=False) + "\n" for s in groups)
    registrations = {s["context"]["registration"] for s in groups}
    check("a finished seminar exports per team: attempted, answered per decision, completed, passed",
          r.returncode == 0 and len(groups) == 2 * (steps + 3), f"{r.returncode} {r.stderr} {len(groups)}")
    check("the seminar's statements share one registration (context.registration), a UUID",
          len(registrations) == 1 and len(next(iter(registrations), "")) == 36, registrations)
    v = subprocess.run(["node", os.path.join(HERE, "validate_statements.js"), seminar_file], capture_output=True, text=True, env=env, timeout=30)
    check("every seminar statement passes xapi-validation", v.returncode == 0, v.stdout[-600:] + v.stderr[-300:])

    # HTTPS: the same LRS behind TLS with a certificate of its own. Untrusted, nothing is sent and
    # the reason is named; trusted (SSL_CERT_FILE, as OpenSSL reads it), the statements go out.
    cert, key = os.path.join(work, "lrs.crt"), os.path.join(work, "lrs.key")
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                           "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert],
                          capture_output=True, text=True, timeout=30)
    check("a test certificate for 127.0.0.1 (openssl)", made.returncode == 0, made.stderr[-300:])
    lrs.stop()
    lrs = Lrs(port)
    proxy = subprocess.Popen(["node", os.path.join(HERE, "tls_proxy.js"), cert, key, str(port)], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        tls_port = int(proxy.stdout.readline().split()[1])
        env.pop("RAPPORT_LRS_ENDPOINT", None)
        r = rapport("sync", "--configure", "--lang", "en", stdin=f"https://127.0.0.1:{tls_port}/xAPI/\nrapport\n{SECRET}\n")
        check("sync --configure takes an https:// endpoint", r.returncode == 0, r.stderr)
        waiting = rapport("sync", "--status", "--lang", "en").stdout
        r = rapport("sync", "--lang", "en")
        check("an untrusted HTTPS certificate: exit 1, nothing sent, the certificate named",
              r.returncode == 1 and "certificate" in r.stdout + r.stderr and len(lrs.statements()) == 0, f"{r.returncode} {r.stdout} {r.stderr}")
        env["SSL_CERT_FILE"] = cert
        r = rapport("sync", "--lang", "en")
        check("a trusted HTTPS certificate: the waiting statements are sent over TLS",
              r.returncode in (0, 1) and len(lrs.statements()) > 0 and "statements sent" in r.stdout, f"{r.returncode} {r.stdout} {r.stderr} {waiting}")
        env.pop("SSL_CERT_FILE")
    finally:
        os.killpg(proxy.pid, signal.SIGTERM)
        proxy.wait(timeout=10)
finally:
    if lrs:
        lrs.stop()
    shutil.rmtree(work, ignore_errors=True)

print(f"{len(failures)} failed" if failures else "all passed")
sys.exit(1 if failures else 0)
