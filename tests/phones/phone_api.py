#!/usr/bin/env python3
"""The phone API (docs/seminar-api.md) against a seminar with its phone server on 127.0.0.1, with
a real HTTP client over TCP (http.client) and raw sockets for what no polite client sends:
joining, tokens, state, votes, the event stream, the trainer's actions and their status codes, in
plenary and in teams; then the security cases (no code, bad tokens, wrong codes slowed down
without slowing the right one, the PIN, path traversal, a <script> name, oversized bodies, garbage,
half-open connections, 10,000 malformed requests, the 251st phone); then how fast it stops.

usage: phone_api.py PHONE_HOST SOURCE_DIR OUT_DIR
"""

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time

HOST_BIN, SOURCE, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
SCENARIO = os.path.join(SOURCE, "scenarios", "sample-coffee-break.json")
CHECKS = 0
FAILURES = 0


def check(condition, what):
    global CHECKS, FAILURES
    CHECKS += 1
    if condition:
        print("  ok   " + what)
    else:
        FAILURES += 1
        print("  FAIL " + what)
    return condition


class Host:
    """A phone_host process: the seminar and its phone server, no window."""

    def __init__(self, name, port, *extra):
        os.makedirs(OUT, exist_ok=True)
        self.out = open(os.path.join(OUT, name + ".out"), "w+")
        self.proc = subprocess.Popen([HOST_BIN, SCENARIO, "--host", "127.0.0.1", "--port", str(port), *extra],
                                     stdout=self.out, stderr=subprocess.STDOUT)
        lines = {}
        for _ in range(100):
            self.out.seek(0)
            lines = dict(l.split(": ", 1) for l in self.out.read().splitlines() if ": " in l)
            if "trainer" in lines:
                break
            time.sleep(0.05)
        self.join_url = lines["join"]
        self.room = lines["room"]
        self.pin = lines["trainer"]
        self.port = int(re.match(r"http://127\.0\.0\.1:(\d+)/", self.join_url).group(1))

    def request(self, method, path, body=None, token=None, headers=None, raw_body=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        h = dict(headers or {})
        if token:
            h["Authorization"] = "Bearer " + token
        data = raw_body if raw_body is not None else (json.dumps(body).encode() if body is not None else b"")
        if method == "POST":
            h.setdefault("Content-Type", "application/json")
        conn.request(method, path, body=data if method == "POST" else None, headers=h)
        resp = conn.getresponse()
        payload = resp.read()
        conn.close()
        try:
            parsed = json.loads(payload) if payload else None
        except ValueError:
            parsed = None
        return resp.status, parsed, resp, payload

    def join(self, **body):
        body.setdefault("room", self.room)
        return self.request("POST", "/api/join", body)

    def token(self, **body):
        status, data, _, _ = self.join(**body)
        assert status == 200, (status, data)
        return data["token"]

    def trainer(self, action, body=None, pin=None):
        """A trainer action with the room's PIN, or with `pin` ("" sends none)."""
        return self.request("POST", "/api/trainer/" + action, body if body is not None else {},
                            token=self.pin if pin is None else pin)

    def state(self, token, lang=None, headers=None):
        return self.request("GET", "/api/state" + ("?lang=" + lang if lang else ""), token=token, headers=headers)

    def alive(self):
        status, data, _, _ = self.state(self.token())
        return status == 200 and data is not None and "phase" in data

    def stop(self):
        """Stops the host; how long stopping the server took (ms), after checking it exits cleanly
        (under the sanitizers a leak or an error makes the exit status non-zero)."""
        self.proc.send_signal(signal.SIGTERM)
        status = self.proc.wait(timeout=20)
        self.out.seek(0)
        text = self.out.read()
        check(status == 0, "phone_host exits with 0 (%d)%s" % (status, "" if status == 0 else ": " + text[-2000:]))
        match = re.search(r"stopped in (\d+) ms", text)
        return int(match.group(1)) if match else None


def raw(port, data, read=True, timeout=5):
    """Sends bytes as they are and returns what comes back (b"" if nothing)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        if not read:
            return b""
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except socket.timeout:
            pass
        return b"".join(chunks)


def events(host, token, until, lang="de", seconds=5):
    """Reads the event stream until `until(list_of_states)` holds; returns the states seen."""
    s = socket.create_connection(("127.0.0.1", host.port), timeout=seconds)
    s.sendall(("GET /api/events?token=%s&lang=%s HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n" % (token, lang)).encode())
    buffer, states, deadline = b"", [], time.time() + seconds
    try:
        while time.time() < deadline and not until(states):
            chunk = s.recv(65536)
            if not chunk:
                break
            buffer += chunk
            states = [json.loads(m) for m in re.findall(rb"data: (\{.*?\})\r?\n", buffer)]
    except socket.timeout:
        pass
    s.close()
    return states, buffer


def plenary():
    print("== plenary: join, state, vote, the trainer's actions")
    host = Host("plenary", 18910)
    try:
        check(host.join_url.startswith("http://127.0.0.1:") and host.join_url.endswith("/?room=" + host.room),
              "the join URL uses the given address and carries the room code")
        check(re.fullmatch(r"[A-Z2-9]{6}", host.room) is not None, "a six-sign room code (%s)" % host.room)
        check(re.fullmatch(r"\d{6}", host.pin) is not None, "a six-digit trainer PIN")

        status, data, _, _ = host.request("POST", "/api/join", {})
        check(status == 403, "join without a room code: 403")
        status, data, _, _ = host.join(room="AAAAAA" if host.room != "AAAAAA" else "BBBBBB")
        check(status == 403 and data["error"] == "wrong-room", "a wrong room code: 403 wrong-room")
        status, data, _, _ = host.join(room=host.room.lower())
        check(status == 200 and re.fullmatch(r"[0-9a-f]{32}", data["token"]) is not None, "the right code (any case): 200 and a 128-bit token")
        tokens = {host.token() for _ in range(20)}
        check(len(tokens) == 20, "every join gets its own token")
        status, data, _, _ = host.request("POST", "/api/room", {"room": host.room})
        check(status == 200 and data["form"] == "plenary" and data["teams"] == [], "POST /api/room with the code: the form, no teams")

        a = host.token(name="Anna")
        b = host.token()
        status, data, _, _ = host.request("GET", "/api/state")
        check(status == 401 and data["error"] == "no-token", "state without a token: 401")
        status, data, _, _ = host.state("0" * 32)
        check(status == 401 and data["error"] == "bad-token", "state with an unknown token: 401")
        status, data, _, _ = host.request("GET", "/api/state?token=" + a)
        check(status == 200, "the token as ?token= works too (EventSource cannot set headers)")
        status, data, resp, _ = host.state(a)
        check(status == 200 and data["phase"] == "waiting" and data["round"] == 1, "it rests at decision 1, waiting")
        check([c["id"] for c in data["choices"]] == ["profil", "presse", "ins_foyer"], "the choices with their ids")
        check(data["myVote"] is None and data["tally"] is None and data["name"] == "Anna", "no vote, no tally, the phone's name")
        check("Wie nutzen Sie die Zeit?" in data["prompt"], "German by default")
        check(resp.getheader("Cache-Control") == "no-store", "API answers are not cached")
        check("application/json; charset=utf-8" == resp.getheader("Content-Type"), "JSON with its charset")
        check("How do you use the time?" in host.state(a, lang="en")[1]["prompt"], "?lang=en gives English")
        check("How do you use the time?" in host.state(a, headers={"Accept-Language": "en-GB,en;q=0.9"})[1]["prompt"],
              "the browser's language (Accept-Language) gives English")
        check("Wie nutzen" in host.state(a, headers={"Accept-Language": "fr-FR,de;q=0.5,en;q=0.3"})[1]["prompt"],
              "the first of German and English the browser names")

        status, data, _, _ = host.request("POST", "/api/vote", {"choice": "presse"}, token=a)
        check(status == 409 and data["error"] == "no-vote-open", "a vote before the vote opens: 409")
        status, data, resp, _ = host.trainer("open", pin="")
        check(status == 401 and resp.getheader("WWW-Authenticate") is not None, "a trainer action without the PIN: 401")
        status, data, _, _ = host.trainer("open", pin="000000" if host.pin != "000000" else "111111")
        check(status == 403 and data["error"] == "wrong-pin", "a wrong PIN: 403")
        status, data, _, _ = host.trainer("open", pin=a)
        check(status == 403, "a phone's token is no PIN: 403")

        stream_states = []
        reader = threading.Thread(target=lambda: stream_states.extend(
            events(host, b, lambda s: len(s) >= 6, seconds=10)[0]))
        reader.start()
        time.sleep(0.3)
        status, data, _, _ = host.trainer("open")
        check(status == 200 and data["teams"][0]["phase"] == "voting", "open: 200 with the trainer's state")
        check(host.state(a)[1]["phase"] == "voting", "a state asked right after the answer already shows voting")
        status, data, _, _ = host.trainer("open")
        check(status == 409 and data["error"] == "wrong-phase", "open again: 409")

        status, data, _, _ = host.request("POST", "/api/vote", {"choice": "presse"}, token=a)
        check(status == 200 and data["myVote"] == "presse", "a vote: 200")
        check(host.state(a)[1]["myVote"] == "presse", "the phone sees its own vote")
        check(host.state(b)[1]["myVote"] is None, "another phone does not")
        status, _, _, _ = host.request("POST", "/api/vote", {"choice": "profil"}, token=a)
        check(status == 200 and host.state(a)[1]["myVote"] == "profil", "a later vote replaces it")
        host.request("POST", "/api/vote", {"choice": "profil"}, token=b)
        state = host.state(a)[1]
        check(state["voted"] == 2 and state["tally"] is None, "two have voted; what, stays hidden while voting")
        status, data, _, _ = host.request("POST", "/api/vote", {"choice": "no-such-choice"}, token=a)
        check(status == 400 and data["error"] == "not-offered", "a choice that does not exist: 400")
        status2, _, _, _ = host.request("POST", "/api/vote", {"choice": "ins_foyer"}, token=b)
        check(status2 == 200, "every offered choice can be voted")
        host.request("POST", "/api/vote", {"choice": "profil"}, token=b)
        scenario = json.load(open(SCENARIO))
        other = next(c["id"] for n in scenario["nodes"] if n["id"] != "recherche" for c in n.get("choices", []))
        status, data, _, _ = host.request("POST", "/api/vote", {"choice": other}, token=a)
        check(status == 400 and data["error"] == "not-offered", "a choice of another decision (%s): 400" % other)
        status, data, _, _ = host.request("POST", "/api/vote", {"choice": 3}, token=a)
        check(status == 400, "a choice that is not a string: 400")

        status, data, _, _ = host.trainer("close")
        check(status == 200 and host.state(a)[1]["phase"] == "closed", "close: closed")
        status, data, _, _ = host.request("POST", "/api/vote", {"choice": "presse"}, token=a)
        check(status == 409, "a vote after the close: 409")
        check(host.state(a)[1]["tally"] is None, "no tally while closed")
        status, data, _, _ = host.trainer("apply")
        check(status == 409, "apply before the reveal: 409")
        host.trainer("reveal")
        state = host.state(a)[1]
        check(state["phase"] == "revealed" and state["tally"] == {"profil": 2, "presse": 0, "ins_foyer": 0},
              "reveal: the tally, one vote per phone")
        check(state["result"]["unity"] == "unanimous" and state["result"]["leader"] == "profil", "how united, and who leads")
        status, data, _, _ = host.trainer("apply", {"choice": "presse"})
        state = host.state(a, lang="en")[1]
        check(status == 200 and state["phase"] == "applied" and state["move"]["choice"] == "presse" and state["move"]["decider"] == "trainer",
              "apply with the trainer's pick")
        check(state["move"]["feedback"] != "" and len(state["move"]["reasons"]) > 0, "what it did, and why")
        status, data, _, _ = host.trainer("next")
        state = host.state(a)[1]
        check(state["phase"] == "waiting" and state["round"] == 2 and state["myVote"] is None, "next: decision 2, waiting, no vote")

        reader.join()
        phases = [(s["phase"], s["round"]) for s in stream_states]
        # The current state first, then one event per change, in order, each as that phase ended.
        want = [("waiting", 1), ("voting", 1), ("closed", 1), ("revealed", 1), ("applied", 1), ("waiting", 2)]
        check(phases[:6] == want, "the event stream: the current state first, then one event per change of phase or round (%s)" % phases)
        revealed = next((s for s in stream_states if s["phase"] == "revealed"), None)
        check(revealed is not None and revealed["tally"] is not None and revealed["tally"]["profil"] == 2,
              "the reveal's event carries the tally as revealed")
        check(all(s["myVote"] is None or s["myVote"] in ("profil", "presse", "ins_foyer") for s in stream_states), "events carry the phone's vote")

        status, data, _, _ = host.trainer("rewind", {"round": 1})
        state = host.state(a)[1]
        check(status == 200 and state["phase"] == "waiting" and state["round"] == 1 and state["branch"] == 1,
              "rewind to decision 1: a what-if branch, waiting")
        check(host.trainer("rewind", {"round": 9})[0] == 400, "rewind to a decision not taken: 400")
        check(host.trainer("rewind", {})[0] == 400, "rewind without a round: 400")
        check(host.trainer("rewind", {"round": "1"})[0] == 400, "rewind with a round that is no number: 400")
        check(host.trainer("dance")[0] == 404, "an unknown action: 404")
        check(host.trainer("open", {"choice": "presse"})[0] == 400, "a pick with an action other than apply: 400")

        status, data, _, _ = host.request("GET", "/api/trainer/state", token=host.pin)
        check(status == 200 and data["phones"] == 23 and data["teams"][0]["joined"] == 23 and data["limit"] == 250,
              "the trainer's state counts the phones")
        check(data["teams"][0]["path"] == [] and isinstance(data["teams"][0]["score"], (int, float)),
              "each team's path and score")
        check(host.request("GET", "/api/trainer/state")[0] == 401, "the trainer's state needs the PIN")

        security(host)
    finally:
        took = host.stop()
        check(took is not None and took < 3000, "stopping with streams and connections open takes %s ms" % took)


def teams():
    print("== teams: each phone votes in its team, the trainer acts on one team or all")
    host = Host("teams", 18930, "--teams", "Nord,Süd")
    try:
        status, data, _, _ = host.request("POST", "/api/room", {"room": host.room})
        check(data["teams"] == ["Nord", "Süd"], "the room lists its teams")
        status, data, _, _ = host.join(team="Süd", name="Ben")
        check(status == 200 and data["team"] == "Süd", "join with a team")
        sued = data["token"]
        check(host.join(team="West")[0] == 400, "an unknown team: 400")
        status, data, _, _ = host.join()
        check(data["team"] == "Nord", "without a team: the team with fewer phones")
        nord = data["token"]
        check(host.state(sued)[1]["team"] == "Süd", "the state names the phone's team")
        status, data, _, _ = host.trainer("open", {"team": "Nord"})
        check(status == 200, "open for Nord alone")
        check(host.state(nord)[1]["phase"] == "voting" and host.state(sued)[1]["phase"] == "waiting", "only Nord votes")
        check(host.request("POST", "/api/vote", {"choice": "presse"}, token=sued)[0] == 409, "Süd cannot vote yet: 409")
        check(host.trainer("open", {"team": "Atlantis"})[0] == 400, "an unknown team for the trainer: 400")
        host.trainer("open")
        check(host.state(sued)[1]["phase"] == "voting", "open for all: Süd follows in lockstep")
        host.request("POST", "/api/vote", {"choice": "presse"}, token=nord)
        host.request("POST", "/api/vote", {"choice": "ins_foyer"}, token=sued)
        for action in ("close", "reveal", "apply"):
            host.trainer(action)
        check(host.state(nord)[1]["move"]["choice"] == "presse" and host.state(sued)[1]["move"]["choice"] == "ins_foyer",
              "each team's phones decided their own team's move")
        summary = host.request("GET", "/api/trainer/state", token=host.pin)[1]
        check([t["name"] for t in summary["teams"]] == ["Nord", "Süd"] and [t["joined"] for t in summary["teams"]] == [1, 1],
              "the trainer sees both teams and their phones")
    finally:
        host.stop()


def security(host):
    print("== security")
    room = host.room
    # Wrong codes are slowed down for everybody; the right code is never slowed.
    time.sleep(3)  # the earlier wrong codes of this test are forgiven one a second
    results = [host.join(room="ZZZZZ%d" % (i % 10))[0] for i in range(25)]
    check(results[:5] == [403] * 5 and results[-5:] == [429] * 5, "wrong codes: 403, then 429 once they come too fast (%s)" % results)
    status, data, resp, _ = host.join(room="QQQQQQ")
    check(status == 429 and int(resp.getheader("Retry-After")) >= 1, "429 says when to try again (Retry-After)")
    started = time.time()
    status, data, _, _ = host.join()
    check(status == 200 and time.time() - started < 0.5, "meanwhile the right code gets in at once")
    time.sleep(1.2)
    check(host.join(room="QQQQQQ")[0] == 403, "after a pause a wrong code is merely wrong again")
    pins = [host.trainer("open", pin="%06d" % i)[0] for i in range(25) if "%06d" % i != host.pin]
    check(pins[-1] == 429, "wrong PINs are slowed down the same way")
    check(host.trainer("close")[0] in (200, 409), "the right PIN still works at once")
    time.sleep(1.2)

    token = host.token()
    status, data, _, _ = host.join(name="<script>alert(1)</script>")
    check(status == 200 and data["name"] == "<script>alert(1)</script>", "a <script> name is kept as text")
    check(host.state(data["token"])[1]["name"] == "<script>alert(1)</script>", "and comes back as a JSON string, never markup")
    check(host.join(name="x" * 41)[0] == 400, "a name over 40 bytes: 400")
    check(host.join(name="a\u0007b")[0] == 400, "a name with control characters: 400")
    check(host.join(name=["list"])[0] == 400, "a name that is no string: 400")
    check(host.request("POST", "/api/join", raw_body=b"{not json")[0] == 400, "a body that is no JSON: 400")
    check(host.request("POST", "/api/join", raw_body=b"[1,2]")[0] == 400, "a body that is no object: 400")
    check(host.request("POST", "/api/join", raw_body=b"\xff\xfe\"room\"")[0] == 400, "invalid UTF-8: 400")
    status, data, _, _ = host.request("POST", "/api/join", raw_body=b'{"room": "' + b"A" * 10000 + b'"}')
    check(status == 413, "a 10 KB body: 413")
    started = time.time()
    with socket.create_connection(("127.0.0.1", host.port), timeout=10) as s:
        s.sendall(b"POST /api/vote HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n")
        for _ in range(64):
            s.sendall(b"x" * 65536)
        s.shutdown(socket.SHUT_WR)
        try:
            while s.recv(65536):
                pass
        except OSError:
            pass
    check(time.time() - started < 6 and host.alive(), "a body announced as 100 MB and broken off after 4 MB: dropped, not kept")

    print("== only files under assets/web/ are served")
    status, _, resp, body = host.request("GET", "/")
    check(status == 200 and b"phone.js" in body and resp.getheader("Content-Type") == "text/html; charset=utf-8", "/ is the phone page, with its charset")
    check(resp.getheader("Cache-Control") == "no-cache" and "default-src 'self'" in (resp.getheader("Content-Security-Policy") or ""),
          "pages: no-cache, and a content security policy")
    check(resp.getheader("X-Content-Type-Options") == "nosniff", "nosniff")
    for name, kind in (("phone.js", "text/javascript; charset=utf-8"), ("phone.css", "text/css; charset=utf-8"),
                       ("trainer.html", "text/html; charset=utf-8"), ("i18n.js", "text/javascript; charset=utf-8")):
        status, _, resp, _ = host.request("GET", "/" + name)
        check(status == 200 and resp.getheader("Content-Type") == kind, "/%s as %s" % (name, kind))
    secret = open(os.path.join(SOURCE, "CMakeLists.txt"), "rb").read()[:40]
    for path in ("/../CMakeLists.txt", "/../../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/%2E%2E/%2E%2E/CMakeLists.txt",
                 "/..%2fCMakeLists.txt", "/..%2f..%2fCMakeLists.txt", "/.%2e/CMakeLists.txt", "/web/../../CMakeLists.txt",
                 "/index.html/../../CMakeLists.txt", "/..\\CMakeLists.txt", "/%252e%252e/CMakeLists.txt",
                 "//etc/passwd", "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                 "/../scenarios/sample-coffee-break.json", "/../assets/icons/rapport.svg", "/../README.md"):
        answer = raw(host.port, ("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path).encode())
        line = answer.split(b"\r\n")[0]
        check(b" 200 " not in line and secret not in answer and b"root:" not in answer and b"<svg" not in answer,
              "%s is refused (%s)" % (path, line.decode(errors="replace")))
    check(host.request("GET", "/api/nothing")[0] == 404, "an unknown API path: 404 with JSON")

    print("== garbage, half-open connections, malformed requests")
    for junk in (b"\x00\x01\x02garbage\r\n\r\n", os.urandom(4096), b"GET\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n",
                 b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\n\r\n", b"POST /api/join HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
                 b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 5000 + b"\r\n", b"\r\n" * 1000):
        try:
            raw(host.port, junk, timeout=3)
        except OSError:
            pass
    check(host.alive(), "garbage of many kinds: it still answers")
    # Half-open: connections that send part of a request and then nothing; a phone still gets through.
    hanging = []
    for i in range(100):
        s = socket.create_connection(("127.0.0.1", host.port))
        s.sendall(b"GET /api/state HTTP/1.1\r\nHost: x\r\n" if i % 2 else b"POST /api/join HTTP/1.1\r\nContent-Length: 50\r\n\r\n{")
        hanging.append(s)
    started = time.time()
    ok = host.alive()
    check(ok and time.time() - started < 1.0, "with 100 half-open connections a phone is answered in %.0f ms" % (1000 * (time.time() - started)))
    for s in hanging:
        s.close()

    def malformed(count, results):
        bad = [b"GARBAGE\r\n\r\n", b"GET /api/state HTTP/1.1\r\nHost x\r\n\r\n", b"POST /api/vote HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
               b"GET /%zz HTTP/1.1\r\n\r\n", b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03"]
        answered, errors = 0, 0
        for i in range(count):
            try:
                s = socket.create_connection(("127.0.0.1", host.port), timeout=5)
                s.sendall(bad[i % len(bad)])
                s.shutdown(socket.SHUT_WR)
                if s.recv(64):
                    answered += 1
                s.close()
            except OSError:
                errors += 1
        results.append((answered, errors))

    started = time.time()
    results, workers = [], [threading.Thread(target=malformed, args=(2500, results)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    answered, errors = sum(r[0] for r in results), sum(r[1] for r in results)
    check(host.alive(), "10,000 malformed requests in %.1f s (%d answered with an error, %d connections reset): it still answers"
          % (time.time() - started, answered, errors))
    rss = int(re.search(r"VmRSS:\s+(\d+) kB", open("/proc/%d/status" % host.proc.pid).read()).group(1))
    check(rss < 200 * 1024, "its memory after all that: %d MB" % (rss // 1024))
    check(host.state(token)[0] == 200, "and earlier tokens still hold")

    print("== the 251st phone")
    joined = host.request("GET", "/api/trainer/state", token=host.pin)[1]["phones"]
    statuses = [host.join()[0] for _ in range(250 - joined)]
    check(statuses == [200] * len(statuses), "phones up to 250 join (%d more)" % len(statuses))
    status, data, _, _ = host.join()
    check(status == 503 and data["error"] == "room-full" and "voll" in data["message"], "the 251st: 503, the room is full, in plain words")
    check(host.join(room="WRONG9")[0] == 403, "a wrong code is still a wrong code")


plenary()
teams()
print("phone API: %d of %d checks passed" % (CHECKS - FAILURES, CHECKS))
sys.exit(0 if FAILURES == 0 else 1)
