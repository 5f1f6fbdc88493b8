#!/usr/bin/env python3
"""Checks the Rapport contact model against the 70 expert judgments (../judgments.md).

Usage:
  python3 checks.py PATH/TO/rapport [--cases DIR] [--only J15,J41] [--jobs N] [--consistency] [--quiet]
  python3 checks.py --self-test

Runs every scenario in cases/ through the public contract only:
  rapport play FILE --choices ID,ID,... --json --lang en
and evaluates every judgment statement as a Python expression over the helpers below.
Prints one line per statement (PASS|FAIL id text (values)) and a summary. Always exits 0:
it is a measuring tool, not a gate. Standard library only.

Reading the output (see README.md for the details):
- every case file is linear; the log's `step` of a choice is its position in the --choices list;
- d(c, m, who, dim)      change of a dimension caused in the step of move m (sum of the log entries
                         of that step); m may be a list of moves (sum over those steps)
- v(c, m, who, dim)      value after move m (from debrief.personas of a run that stops after m)
- dv(c, a, b, who, dim)  v after b minus v after a (for spans that include waiting)
- p / dp, owed / dowed   pressure and ledger after a move / change in a move
- will(c, m, who)        willingness after m; will_at(c, m, who) willingness just before m
- stage(c, m, who), sidx(stage), var(c, m, name), reasons(c, m, who), grade(c, m)
- bands (on whole points, changes rounded half away from zero): rises falls norise nofall barely
  small medium large smallmed atleastmed fsmall fmedium flarge fsmallmed fatleastmed;
  comparisons gt ge lt le within on the rounded difference.
"""
import json, math, os, subprocess, sys, traceback
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DIM = {"S": "sympathie", "A": "anerkennung", "V": "vertrauen", "G": "gegenseitigkeit",
       "I": "intensitaet", "K": "kompetenz"}
for _full in list(DIM.values()):
    DIM[_full] = _full
DIMS6 = "SAVGIK"
STAGES = ["stranger", "acquaintance", "contact", "relationship", "partner"]


class CaseError(Exception):
    """A case could not be run or read (counts as FAIL)."""


class NotReadable(Exception):
    """The documented output does not carry the value the statement needs (counts as FAIL)."""


# ------------------------------------------------------------------ running
class Runner:
    def __init__(self, binary, casedir):
        self.binary, self.casedir = binary, casedir
        self.cache, self.paths = {}, {}

    def file(self, case):
        f = os.path.join(self.casedir, case + ".json")
        if not os.path.exists(f):
            raise CaseError(f"no case file {case}.json")
        return f

    def path(self, case):
        """Choice ids along the linear path of the case file."""
        if case not in self.paths:
            with open(self.file(case), encoding="utf-8") as fh:
                doc = json.load(fh)
            nodes = {n["id"]: n for n in doc["nodes"]}
            out, node, seen = [], doc["start"], set()
            while node in nodes and node not in seen:
                seen.add(node)
                n = nodes[node]
                if n["type"] == "decision":
                    if len(n["choices"]) != 1:
                        raise CaseError(f"{case}: decision {node} is not linear")
                    out.append(n["choices"][0]["id"])
                    node = n["choices"][0]["next"]
                elif n["type"] in ("narration", "line"):
                    node = n["next"]
                else:
                    break
            self.paths[case] = out
        return self.paths[case]

    def play(self, case, k):
        """JSON document of a run that takes the first k choices of the path (k >= 1)."""
        key = (case, k)
        if key not in self.cache:
            prefix = self.path(case)[:k]
            cmd = [self.binary, "play", self.file(case), "--choices", ",".join(prefix), "--json", "--lang", "en"]
            try:
                r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
            except Exception as e:  # noqa: BLE001
                self.cache[key] = CaseError(f"{case}: cannot run: {e}")
            else:
                if r.returncode != 0:
                    msg = (r.stderr or r.stdout).strip().splitlines()
                    self.cache[key] = CaseError(f"{case}: play exit {r.returncode}: {msg[0] if msg else ''}")
                else:
                    try:
                        self.cache[key] = json.loads(r.stdout)
                    except ValueError as e:
                        self.cache[key] = CaseError(f"{case}: output is not JSON: {e}")
        val = self.cache[key]
        if isinstance(val, Exception):
            raise val
        return val

    def prefetch(self, cases, jobs):
        keys = [(c, k) for c in cases for k in range(1, len(self.path(c)) + 1)]
        with ThreadPoolExecutor(max_workers=jobs) as ex:
            list(ex.map(lambda ck: self._safe(*ck), keys))

    def _safe(self, c, k):
        try:
            self.play(c, k)
        except CaseError:
            pass


# ------------------------------------------------------------------ helpers
class Ctx:
    runner = None
    rec = None


def _note(label, val):
    if Ctx.rec is not None and len(Ctx.rec) < 40:
        Ctx.rec.append(f"{label}={_fmt(val)}")
    return val


def _fmt(x):
    if isinstance(x, float):
        return f"{x:+.2f}" if abs(x) < 1000 else f"{x:.0f}"
    return str(x)


def _idx(c, m):
    path = Ctx.runner.path(c)
    if m not in path:
        raise CaseError(f"{c}: no move {m!r} on the path {path}")
    return path.index(m)


def _persona(doc, who, c):
    for p in doc.get("debrief", {}).get("personas", []):
        if p.get("persona") == who:
            return p
    raise CaseError(f"{c}: no debrief entry for persona {who!r}")


def _after(c, m):
    return Ctx.runner.play(c, _idx(c, m) + 1)


def _before(c, m):
    i = _idx(c, m)
    if i == 0:
        raise CaseError(f"{c}: nothing before {m}")
    return Ctx.runner.play(c, i)


def _full(c):
    return Ctx.runner.play(c, len(Ctx.runner.path(c)))


def _moves(m):
    return list(m) if isinstance(m, (list, tuple)) else [m]


def entries(c, m):
    steps = {_idx(c, x) for x in _moves(m)}
    return [e for e in _full(c).get("log", []) if e.get("step") in steps]


def d(c, m, who, dim):
    """Change of a dimension caused in the step(s) of move(s) m: sum of the log entries."""
    dn = DIM[dim]
    tot = 0.0
    for e in entries(c, m):
        if e.get("target") == "dimension" and e.get("persona") == who and e.get("dimension") == dn:
            tot += float(e.get("after", 0)) - float(e.get("before", 0))
    tot = round(tot, 2)
    return _note(f"d({c},{'+'.join(_moves(m))},{who},{dim[0].upper()})", tot)


def v(c, m, who, dim):
    val = float(_persona(_after(c, m), who, c)["dimensions"][DIM[dim]][1])
    return _note(f"v({c},{m},{who},{dim[0].upper()})", val)


def v0(c, who, dim):
    return v(c, "begin", who, dim)


def dv(c, a, b, who, dim):
    val = round(float(_persona(_after(c, b), who, c)["dimensions"][DIM[dim]][1])
                - float(_persona(_after(c, a), who, c)["dimensions"][DIM[dim]][1]), 2)
    return _note(f"dv({c},{a}->{b},{who},{dim[0].upper()})", val)


def _field(doc, who, c, key):
    p = _persona(doc, who, c)
    if key not in p:
        raise NotReadable(f"debrief.personas[].{key} missing")
    return p[key]


def p(c, m, who):
    return _note(f"p({c},{m},{who})", float(_field(_after(c, m), who, c, "pressure")))


def dp(c, m, who):
    tot = 0.0
    for x in _moves(m):
        tot += float(_field(_after(c, x), who, c, "pressure")) - float(_field(_before(c, x), who, c, "pressure"))
    return _note(f"dp({c},{'+'.join(_moves(m))},{who})", round(tot, 2))


def owed(c, m, who):
    return _note(f"owed({c},{m},{who})", _field(_after(c, m), who, c, "owed"))


def dowed(c, m, who):
    tot = 0
    for x in _moves(m):
        tot += _field(_after(c, x), who, c, "owed") - _field(_before(c, x), who, c, "owed")
    return _note(f"dowed({c},{'+'.join(_moves(m))},{who})", tot)


def will(c, m, who):
    return _note(f"will({c},{m},{who})", float(_field(_after(c, m), who, c, "willingness")))


def will_at(c, m, who):
    """Willingness (medium request, in person) just before move m."""
    return _note(f"will_at({c},{m},{who})", float(_field(_before(c, m), who, c, "willingness")))


def stage(c, m, who):
    return _note(f"stage({c},{m},{who})", _field(_after(c, m), who, c, "stage")[1])


def sidx(s):
    return STAGES.index(s)


def var(c, m, name):
    doc = _after(c, m)
    vars_ = (doc.get("state") or {}).get("vars")
    if isinstance(vars_, dict) and name in vars_:
        return _note(f"var({c},{m},{name})", vars_[name])
    val = None
    for e in doc.get("log", []):
        if e.get("target") == "variable" and e.get("variable") == name:
            val = e.get("after")
    if val is None:
        raise NotReadable(f"variable {name} not in state.vars nor in the log")
    return _note(f"var({c},{m},{name})", val)


def reasons(c, m, who=None):
    return [str(e.get("reason", "")) for e in entries(c, m) if who is None or e.get("persona") == who]


def all_reasons(cases):
    out = []
    for c in cases:
        out += [str(e.get("reason", "")) for e in _full(c).get("log", [])]
    return out


def grade(c, m):
    """Grade of the request made in move m. Not part of the documented output: looks for a log
    entry of that step with target 'request' (or a 'grade' field); otherwise not readable."""
    for e in entries(c, m):
        if e.get("target") in ("request", "grade") or "grade" in e:
            val = e.get("grade", e.get("after"))
            if isinstance(val, (int, float)):
                return _note(f"grade({c},{m})", float(val))
    raise NotReadable("the grade of a specific request (size, channel) is not in the documented output; "
                      "`willingness` is fixed to a medium request in person")


def gain(c, m, who):
    return _note(f"gain({c},{m},{who})", round(sum(d(c, m, who, x) for x in DIMS6), 2))


def loss(c, m, who):
    return _note(f"loss({c},{m},{who})", round(-sum(min(0.0, d(c, m, who, x)) for x in DIMS6), 2))


def pairs(seq):
    return list(zip(seq[:-1], seq[1:]))


def implies(a, b):
    return (not a) or b


# bands, on whole points (the judgments speak in whole points)
def pts(x):
    return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)


def rises(x): return pts(x) >= 1
def falls(x): return pts(x) <= -1
def norise(x): return pts(x) <= 0
def nofall(x): return pts(x) >= 0
def barely(x): return abs(pts(x)) <= 2
def small(x): return 1 <= pts(x) <= 4
def medium(x): return 5 <= pts(x) <= 9
def large(x): return pts(x) >= 10
def smallmed(x): return 1 <= pts(x) <= 9
def atleastmed(x): return pts(x) >= 5
def fsmall(x): return -4 <= pts(x) <= -1
def fmedium(x): return -9 <= pts(x) <= -5
def flarge(x): return pts(x) <= -10
def fsmallmed(x): return -9 <= pts(x) <= -1
def fatleastmed(x): return pts(x) <= -5
def gt(a, b): return pts(a - b) >= 1
def ge(a, b): return pts(a - b) >= 0
def lt(a, b): return pts(b - a) >= 1
def le(a, b): return pts(b - a) >= 0
def within(a, b, k): return abs(pts(a - b)) <= k


def unrelated(c, moves, who, dims):
    """Over-reaction rule: dimensions the case does not name change by less than 5 on each move."""
    return all(abs(pts(d(c, m, who, x))) < 5 for m in _moves(moves) for x in dims)


def no_pref_and_cost(cases):
    bad = [r for r in all_reasons(cases)
           if "prefer" in r.lower() and any(w in r.lower() for w in ("cost", "avoid", "unwelcome", "does not want", "interrupt", "annoy"))]
    _note("contradicting reasons", len(bad))
    return not bad


NS = {k: val for k, val in globals().items() if not k.startswith("_") and callable(val)}
NS.update(DIMS6=DIMS6, STAGES=STAGES)


# ------------------------------------------------------------------ statements
class St:
    def __init__(self, sid, text, expr, contestable=False, nc=None, proxy=None, kind="judgment"):
        self.sid, self.text, self.expr = sid, text, expr
        self.contestable, self.nc, self.proxy, self.kind = contestable, nc, proxy, kind

    @property
    def case(self):
        return self.sid.split(".")[0]


STATEMENTS = []
PRE = []


def S(sid, text, expr, **kw):
    STATEMENTS.append(St(sid, text, expr, **kw))


def NC(sid, text, why, **kw):
    STATEMENTS.append(St(sid, text, None, nc=why, **kw))


def U(sid, c, moves, who, dims):
    names = ", ".join(DIM[x] for x in dims)
    S(sid, f"[rule] on {c} {'+'.join(_moves(moves))} ({who}): {names} each change by less than 5",
      f"unrelated({c!r}, {list(_moves(moves))!r}, {who!r}, {dims!r})")


def O(sid, text, expr, **kw):
    STATEMENTS.append(St(sid, text, expr, kind="ordering", **kw))


def P(case, text, expr):
    PRE.append(St(case + ".pre", text, expr, kind="pre"))


PX_WILL = "willingness (medium request, in person) read just before the request stands in for the grade of this request"
NO_ACCEPT = "the contract has no grade for accepting or declining an invitation or gift, and no way to state the person's answer"

# --- Principle 1: time
S("J01.1", "The start levels are not all near 0", "any(v0('J01','albrecht',x) >= 5 for x in DIMS6)")
S("J01.2", "Vertrauen starts above Intensität", "gt(v0('J01','albrecht','V'), v0('J01','albrecht','I'))")
S("J01.3", "Kompetenz starts above Intensität", "gt(v0('J01','albrecht','K'), v0('J01','albrecht','I'))")
S("J01.4", "The research changes none of her six dimensions", "all(d('J01','research','albrecht',x) == 0 and dv('J01','begin','research','albrecht',x) == 0 for x in DIMS6)")
S("J01.5", "The research does not change her pressure", "dp('J01','research','albrecht') == 0")
S("J01.6", "The research does not change the ledger", "dowed('J01','research','albrecht') == 0")
S("J01.7", "Over the 6 months of silence, no dimension changes by more than 2", "all(abs(pts(dv('J01','research','w6m','albrecht',x))) <= 2 for x in DIMS6)")
S("J01.8", "Over the 6 months of silence, no dimension rises", "all(norise(dv('J01','research','w6m','albrecht',x)) for x in DIMS6)")
S("J01.9", "The stage stays stranger", "stage('J01','w6m','albrecht') == 'stranger'")

J02P = "['begin','w2w','w1m','w2m','w3m','w4m','w5m','w6m']"
S("J02.1", "No dimension rises at any point", f"all(norise(dv('J02',a,b,'brandl',x)) for a,b in pairs({J02P}) for x in DIMS6)")
S("J02.2", "After 2 weeks, no dimension has fallen by more than 2", "all(pts(dv('J02','begin','w2w','brandl',x)) >= -2 for x in DIMS6)")
S("J02.3", "After 6 months: Intensität has fallen at least medium (>= 5)", "fatleastmed(dv('J02','begin','w6m','brandl','I'))")
S("J02.4", "After 6 months: Sympathie has fallen (>= 3)", "pts(dv('J02','begin','w6m','brandl','S')) <= -3")
S("J02.5", "After 6 months: Kompetenz has fallen by at most 4", "pts(dv('J02','begin','w6m','brandl','K')) >= -4")
S("J02.6", "After 6 months: Vertrauen has fallen by less than Sympathie", "gt(dv('J02','begin','w6m','brandl','V'), dv('J02','begin','w6m','brandl','S'))")
S("J02.7", "After 6 months: Kompetenz and Vertrauen have both fallen less than Intensität",
  "gt(dv('J02','begin','w6m','brandl','K'), dv('J02','begin','w6m','brandl','I')) and gt(dv('J02','begin','w6m','brandl','V'), dv('J02','begin','w6m','brandl','I'))")
S("J02.8", "Each dimension's loss at 2 months is smaller than its loss at 6 months", "all(gt(dv('J02','begin','w2m','brandl',x), dv('J02','begin','w6m','brandl',x)) for x in DIMS6)")
S("J02.9", "No single month of silence takes away 10 or more points on any dimension",
  "all(pts(dv('J02',a,b,'brandl',x)) > -10 for a,b in pairs(['begin','w1m','w2m','w3m','w4m','w5m','w6m']) for x in DIMS6)")

for n, x in ((1, "S"), (2, "I"), (3, "V")):
    S(f"J03.{n}", f"A (long history) loses less than B (short history) on {DIM[x]}",
      f"gt(dv('J03','begin','w12m','petersen','{x}'), dv('J03','begin','w12m','koehler','{x}'))")
S("J03.4", "After 12 months, A is higher than B on every dimension", "all(gt(v('J03','w12m','petersen',x), v('J03','w12m','koehler',x)) for x in DIMS6)")
S("J03.5", "B's Intensität has fallen large (>= 10)", "flarge(dv('J03','begin','w12m','koehler','I'))")
S("J03.6", "A's Kompetenz has fallen by at most 4", "pts(dv('J03','begin','w12m','petersen','K')) >= -4")

S("J04.1", "A: at the end of the year no dimension is 5 or more below its start", "all(pts(dv('J04-a','begin','w5','brueckner',x)) > -5 for x in DIMS6)")
S("J04.2", "A: the stage is still relationship", "stage('J04-a','w5','brueckner') == 'relationship'")
S("J04.3", "B: Intensität has fallen large (>= 10)", "flarge(dv('J04-b','begin','w12m','brueckner','I'))")
S("J04.4", "B: Sympathie has fallen at least medium", "fatleastmed(dv('J04-b','begin','w12m','brueckner','S'))")
S("J04.5", "B: Kompetenz has fallen by less than 5", "pts(dv('J04-b','begin','w12m','brueckner','K')) > -5")
S("J04.6", "B: Vertrauen has fallen by less than 10", "pts(dv('J04-b','begin','w12m','brueckner','V')) > -10")
S("J04.7", "B: the stage has dropped below relationship", "sidx(stage('J04-b','w12m','brueckner')) < sidx('relationship')", contestable=True)
S("J04.8", "C: ends within 2 points of B on Intensität", "within(v('J04-c','w1m','brueckner','I'), v('J04-b','w12m','brueckner','I'), 2)")
S("J04.9", "C: the card is a gesture, not a meaningful contact (encounters unchanged by it)", "var('J04-c','card','enc_after') == var('J04-c','w11m','enc_before')")

S("J05.1", "A (monthly): no dimension lower by 3 or more at the end", "all(pts(dv('J05-a','begin','wend','jansen',x)) > -3 for x in DIMS6)", contestable=True)
S("J05.2", "B (quarterly): Intensität at the end is at least 3 below its start", "pts(dv('J05-b','begin','wend','jansen','I')) <= -3", contestable=True)
S("J05.3", "B: Intensität at the end is lower than in A", "lt(v('J05-b','wend','jansen','I'), v('J05-a','wend','jansen','I'))", contestable=True)
S("J05.4", "B: Vertrauen lower by less than 3", "pts(dv('J05-b','begin','wend','jansen','V')) > -3", contestable=True)
S("J05.5", "B: Kompetenz lower by less than 3", "pts(dv('J05-b','begin','wend','jansen','K')) > -3", contestable=True)

S("J06.1", "Frau Engel (present): no dimension falls during the two days", "all(nofall(dv('J06-a',a,b,'engel',x)) for a,b in pairs(['begin','day1','day2']) for x in DIMS6)")
S("J06.2", "Tobias (colleague): no dimension falls over the 3 months", "all(nofall(dv('J06-b',a,b,'tobias',x)) for a,b in pairs(['begin','m1','m2','m3']) for x in DIMS6)")
S("J06.3", "Herr Aydin (weekly call off stage): no dimension falls by 3 or more over the 3 months", "all(pts(dv('J06-c','begin','m3','aydin',x)) > -3 for x in DIMS6)")
S("J06.4", "Herr Aydin: Vertrauen and Kompetenz do not fall at all", "nofall(dv('J06-c','begin','m3','aydin','V')) and nofall(dv('J06-c','begin','m3','aydin','K'))")

S("J07.1", "No dimension rises during the 6 months", "all(norise(dv('J07',a,b,'vogel',x)) for a,b in pairs(['begin','m1','m2','m3','m4','m5','m6']) for x in DIMS6)")
S("J07.2", "At the end, Vertrauen is still <= 30", "pts(v('J07','m6','vogel','V')) <= 30")
S("J07.3", "The stage does not rise", "sidx(stage('J07','m6','vogel')) <= sidx(stage('J07','begin','vogel'))")

# --- Principle 2: substance versus gesture
S("J08.1", "Sympathie rises, small to medium", "smallmed(d('J08','lunch','schuster','S'))")
S("J08.2", "Intensität rises, small to medium", "smallmed(d('J08','lunch','schuster','I'))")
S("J08.3", "Pressure does not rise", "norise(dp('J08','lunch','schuster'))")
S("J08.4", "Vertrauen does not fall", "nofall(d('J08','lunch','schuster','V'))")
S("J08.5", "Kompetenz barely moves", "barely(d('J08','lunch','schuster','K'))")
U("J08.u1", "J08", "lunch", "schuster", "AG")

S("J09.1", "Pressure rises, at least medium", "atleastmed(dp('J09','vip','ebert'))")
S("J09.2", "Vertrauen falls, small to medium", "fsmallmed(d('J09','vip','ebert','V'))")
S("J09.3", "Sympathie does not rise", "norise(d('J09','vip','ebert','S'))")
S("J09.4", "Anerkennung rises by less than 3", "pts(d('J09','vip','ebert','A')) < 3")
NC("J09.5", "If the model grades acceptance, she declines", NO_ACCEPT)
U("J09.u1", "J09", "vip", "ebert", "GIK")

G4 = "['g1','g2','g3','g4']"
S("J10.1", "Pressure after the 4th move is higher than after the 2nd", "gt(p('J10','g4','wolff'), p('J10','g2','wolff'))")
S("J10.2", "Pressure after the 2nd move is higher than at the start", "gt(p('J10','g2','wolff'), p('J10','begin','wolff'))")
S("J10.3", "The 4th move's Sympathie change is <= 0", "norise(d('J10','g4','wolff','S'))")
S("J10.4", "At the end, Vertrauen is below its start", "lt(v('J10','g4','wolff','V'), v0('J10','wolff','V'))")
S("J10.5", "The sum of Sympathie gains over the four moves is below 5", f"pts(sum(max(0.0, d('J10',m,'wolff','S')) for m in {G4})) < 5")
U("J10.u1", "J10", ["g1", "g2", "g3", "g4"], "wolff", "AGIK")

P("J11", "pressure is raised after the J10 part", "gt(p('J11','g4','wolff'), p('J11','begin','wolff'))")
S("J11.1", "After day 28, pressure is lower than before that move", "lt(p('J11','d28','wolff'), p('J11','w7c','wolff'))")
S("J11.2", "After day 28, pressure is still above its level at the start of J10", "gt(p('J11','d28','wolff'), p('J11','begin','wolff'))")
S("J11.3", "After day 45, pressure is lower again", "lt(p('J11','d45','wolff'), p('J11','d28','wolff'))")
S("J11.4", "The pressure relief from the day 28 move is smaller than the pressure built up by the four gestures of J10",
  "lt(-dp('J11','d28','wolff'), p('J11','g4','wolff') - p('J11','begin','wolff'))")
S("J11.5", "Kompetenz rises on day 28, small to medium", "smallmed(d('J11','d28','wolff','K'))")
U("J11.u1", "J11", ["d28", "d45"], "wolff", "SAVGI")

P("J12", "pressure is moderately raised before the move (setup)", "p('J12-a','setup','schmitt') >= 15")
S("J12.1", "A (unsolicited offer): Pressure rises", "rises(dp('J12-a','offer','schmitt'))")
S("J12.2", "A: Kompetenz does not rise", "norise(d('J12-a','offer','schmitt','K'))")
S("J12.3", "A: Sympathie does not rise", "norise(d('J12-a','offer','schmitt','S'))")
S("J12.4", "B (requested quotation): Pressure does not rise", "norise(dp('J12-b','offer','schmitt'))")
S("J12.5", "B: Kompetenz rises, small", "small(d('J12-b','offer','schmitt','K'))")
U("J12.u1", "J12-a", "offer", "schmitt", "AVGI")
U("J12.u2", "J12-b", "offer", "schmitt", "AVGI")

HG = "['hamper','golf']"
S("J13.1", "A (hamper and golf, no analysis): Vertrauen falls, at least medium", f"fatleastmed(d('J13-a',{HG},'krueger','V'))")
S("J13.2", "A: Pressure rises", f"rises(dp('J13-a',{HG},'krueger'))")
S("J13.3", "A: Sympathie does not rise", f"norise(d('J13-a',{HG},'krueger','S'))")
S("J13.4", "A: Kompetenz falls", f"falls(d('J13-a',{HG},'krueger','K'))")
S("J13.5", "B (visible work): Vertrauen rises, small to medium, from its level after the failure", "smallmed(dv('J13-b','fail','report','krueger','V'))")
S("J13.6", "B: Kompetenz rises, small to medium, from its level after the failure", "smallmed(dv('J13-b','fail','report','krueger','K'))")
U("J13.u1", "J13-a", ["hamper", "golf"], "krueger", "AGI")
U("J13.u2", "J13-b", ["call1", "call2", "call3", "report"], "krueger", "AGI")

S("J14.1", "A (accepts the no): no dimension falls by 2 or more", "all(pts(d('J14-a','accept','lindner',x)) > -2 for x in DIMS6)")
S("J14.2", "A: Pressure does not rise", "norise(dp('J14-a','accept','lindner'))")
S("J14.3", "B (pushes twice): Pressure rises, at least medium over the two moves", "atleastmed(dp('J14-b',['push1','push2'],'lindner'))")
S("J14.4", "B: Sympathie falls, small to medium", "fsmallmed(d('J14-b',['push1','push2'],'lindner','S'))")
S("J14.5", "B: Anerkennung falls, small", "fsmall(d('J14-b',['push1','push2'],'lindner','A'))")
U("J14.u1", "J14-a", "accept", "lindner", "VGIK")
U("J14.u2", "J14-b", ["push1", "push2"], "lindner", "VGIK")

# --- Principle 3: competence
S("J15.1", "Kompetenz rises, medium (5-9)", "medium(d('J15','call','braun','K'))")
S("J15.2", "Vertrauen rises, small", "small(d('J15','call','braun','V'))")
S("J15.3", "Gegenseitigkeit rises, small", "small(d('J15','call','braun','G'))")
S("J15.4", "Owed rises: he owes a little", "dowed('J15','call','braun') > 0")
S("J15.5", "Pressure does not rise", "norise(dp('J15','call','braun'))")
S("J15.6", "Sympathie rises by less than 5", "pts(d('J15','call','braun','S')) < 5")
U("J15.u1", "J15", "call", "braun", "AI")

S("J16.1", "Vertrauen rises, small to medium", "smallmed(d('J16','data','klein','V'))")
S("J16.2", "Kompetenz rises, small to medium", "smallmed(d('J16','data','klein','K'))")
S("J16.3", "Sympathie changes by less than 5", "abs(pts(d('J16','data','klein','S'))) < 5")
S("J16.4", "Intensität changes by less than 5", "abs(pts(d('J16','data','klein','I'))) < 5")
U("J16.u1", "J16", "data", "klein", "AG")

S("J17.1", "Kompetenz rises by at most 1", "pts(d('J17','call','braun','K')) <= 1")
S("J17.2", "Kompetenz rises by at least 4 points less than in J15", "pts(d('J15','call','braun','K') - d('J17','call','braun','K')) >= 4")
S("J17.3", "Pressure rises", "rises(dp('J17','call','braun'))")
S("J17.4", "Vertrauen does not rise", "norise(d('J17','call','braun','V'))")
S("J17.5", "Owed does not rise", "dowed('J17','call','braun') <= 0")
U("J17.u1", "J17", "call", "braun", "SAGI")

S("J18.1", "Kompetenz rises by at most 3", "pts(d('J18','paper','braun','K')) <= 3")
S("J18.2", "Kompetenz rises less than in J15", "lt(d('J18','paper','braun','K'), d('J15','call','braun','K'))")
S("J18.3", "No dimension changes by 5 or more", "all(abs(pts(d('J18','paper','braun',x))) < 5 for x in DIMS6)")
S("J18.4", "Pressure rises by at most a small amount", "pts(dp('J18','paper','braun')) <= 4")

S("J19.1", "Sympathie rises, small to medium", "smallmed(d('J19','dinner','baumann','S'))")
S("J19.2", "Intensität rises, small to medium", "smallmed(d('J19','dinner','baumann','I'))")
S("J19.3", "Kompetenz barely moves", "barely(d('J19','dinner','baumann','K'))")
S("J19.4", "Vertrauen changes by less than 5", "abs(pts(d('J19','dinner','baumann','V'))) < 5")
U("J19.u1", "J19", "dinner", "baumann", "AG")

FX = "['own','fixed']"
S("J20.1", "After move 1 (visible error): Kompetenz falls, medium", "fmedium(d('J20','error','jung','K'))")
S("J20.2", "After move 1: Vertrauen falls, small", "fsmall(d('J20','error','jung','V'))")
S("J20.3", "After move 1: Sympathie changes by less than 5", "abs(pts(d('J20','error','jung','S'))) < 5")
S("J20.4", "After move 2 (own it, correct it): Kompetenz rises, small", f"small(d('J20',{FX},'jung','K'))")
S("J20.5", "After move 2: Kompetenz stays below its level before move 1", "lt(v('J20','fixed','jung','K'), v('J20','begin','jung','K'))")
S("J20.6", "After move 2: Vertrauen rises, small", f"small(d('J20',{FX},'jung','V'))")
U("J20.u1", "J20", ["error", "own", "fixed"], "jung", "AGI")

# --- Principle 4: repetition
M1 = "['praise1','ask1']"
S("J21.1", "Move 1 (specific praise and a question): Anerkennung rises, small to medium", f"smallmed(d('J21',{M1},'weber','A'))")
S("J21.2", "Move 2: Anerkennung rises less than in move 1", f"lt(d('J21','praise2','weber','A'), d('J21',{M1},'weber','A'))")
S("J21.3", "Move 3: Anerkennung change <= 0", "norise(d('J21','praise3','weber','A'))")
S("J21.4", "Move 3: Sympathie falls", "falls(d('J21','praise3','weber','S'))")
S("J21.5", "Over the three moves, Vertrauen does not rise", "norise(d('J21',['praise1','ask1','praise2','praise3'],'weber','V'))")
U("J21.u1", "J21", ["praise1", "ask1", "praise2", "praise3"], "weber", "GIK")

S("J22.1", "1st e-mail: Sympathie change between 0 and +2", "0 <= pts(d('J22','e1','hoffmann','S')) <= 2")
S("J22.2", "4th, 5th and 6th e-mails: each Sympathie change <= 0", "all(norise(d('J22',m,'hoffmann','S')) for m in ['e4','e5','e6'])")
S("J22.3", "Pressure at the end is higher than at the start", "gt(p('J22','e6','hoffmann'), p('J22','begin','hoffmann'))")
S("J22.4", "At the end, Sympathie is below its start", "lt(v('J22','e6','hoffmann','S'), v0('J22','hoffmann','S'))")
S("J22.5", "Intensität is not 2 or more above its start at the end", "pts(dv('J22','begin','e6','hoffmann','I')) < 2")
S("J22.6", "Kompetenz does not rise", "norise(dv('J22','begin','e6','hoffmann','K'))")
U("J22.u1", "J22", ["e1", "e2", "e3", "e4", "e5", "e6"], "hoffmann", "AVG")

S("J23.1", "The pressure rise from move 3 is larger than the one from move 1", "gt(dp('J23','inv3','schulz'), dp('J23','inv1','schulz'))")
S("J23.2", "After move 3, Sympathie is below its start", "lt(v('J23','inv3','schulz','S'), v0('J23','schulz','S'))")
NC("J23.3", "If acceptance is graded, it is lower at move 3 than at move 1", NO_ACCEPT)
U("J23.u1", "J23", ["inv1", "inv2", "inv3"], "schulz", "AVGIK")

A5 = "['a1','a2','a3','a4','a5']"
S("J24.1", "Each of the five e-mails changes Sympathie and Kompetenz by >= 0", f"all(nofall(d('J24',m,'lorenz','S')) and nofall(d('J24',m,'lorenz','K')) for m in {A5})")
S("J24.2", "Pressure rises by less than 5 over the five e-mails", f"pts(dp('J24',{A5},'lorenz')) < 5")
S("J24.3", "Kompetenz is higher at the end than at the start", "gt(v('J24','a5','lorenz','K'), v0('J24','lorenz','K'))")
S("J24.4", "The gain from the 5th e-mail is no larger than the gain from the 1st", "le(gain('J24','a5','lorenz'), gain('J24','a1','lorenz'))", contestable=True)
P("J24", "J22 and J24 start at the same Sympathie", "within(v0('J24','lorenz','S'), v0('J22','hoffmann','S'), 0)")
S("J24.5", "At the end, Sympathie is higher than at the end of J22 (same start)", "gt(v('J24','a5','lorenz','S'), v('J22','e6','hoffmann','S'))")
U("J24.u1", "J24", ["a1", "a2", "a3", "a4", "a5"], "lorenz", "AVGI")

S("J25.1", "The Intensität gain from coffee 5 is smaller than from coffee 1", "lt(d('J25','c5','fischer','I'), d('J25','c1','fischer','I'))")
S("J25.2", "Coffees 4 and 5 each raise pressure", "rises(dp('J25','c4','fischer')) and rises(dp('J25','c5','fischer'))")
S("J25.3", "Coffee 5's Sympathie change is <= 0", "norise(d('J25','c5','fischer','S'))")
S("J25.4", "Total Kompetenz change over the five coffees is within ±2", "abs(pts(d('J25',['c1','c2','c3','c4','c5'],'fischer','K'))) <= 2")
U("J25.u1", "J25", ["c1", "c2", "c3", "c4", "c5"], "fischer", "AVG")

K4 = "['k1','k2','k3','k4']"
S("J26.1", "Pressure rises over the four calls", f"rises(dp('J26',{K4},'moeller'))")
S("J26.2", "The 4th call raises pressure more than the 1st", "gt(dp('J26','k4','moeller'), dp('J26','k1','moeller'))")
S("J26.3", "After the 4th call, Sympathie is at least 5 below its start", "pts(v('J26','k4','moeller','S') - v0('J26','moeller','S')) <= -5")
S("J26.4", "The 1st call changes Sympathie by at most 1", "abs(pts(d('J26','k1','moeller','S'))) <= 1")
U("J26.u1", "J26", ["k1", "k2", "k3", "k4"], "moeller", "AVGIK")

# --- Principle 5: specificity
S("J27.1", "Anerkennung rises, at least medium", "atleastmed(d('J27','opener','lehmann','A'))")
S("J27.2", "Sympathie rises, small to medium", "smallmed(d('J27','opener','lehmann','S'))")
S("J27.3", "Kompetenz rises, small", "small(d('J27','opener','lehmann','K'))")
S("J27.4", "The stage becomes acquaintance", "stage('J27','opener','lehmann') == 'acquaintance'")
U("J27.u1", "J27", "opener", "lehmann", "VGI")

OS = "['opener','self']"
S("J28.1", "Anerkennung changes by at most +2", f"pts(d('J28',{OS},'lehmann','A')) <= 2")
S("J28.2", "Anerkennung changes at least 4 points less than in J27", f"pts(d('J27','opener','lehmann','A') - d('J28',{OS},'lehmann','A')) >= 4")
S("J28.3", "Sympathie rises by at most a small amount", f"pts(d('J28',{OS},'lehmann','S')) <= 4")
S("J28.4", "Kompetenz does not rise", f"norise(d('J28',{OS},'lehmann','K'))")
U("J28.u1", "J28", ["opener", "self"], "lehmann", "VGI")

S("J29.1", "A (sceptic): Vertrauen falls, small", "fsmall(d('J29-a','mail','scholz','V'))")
S("J29.2", "A: Anerkennung falls, small", "fsmall(d('J29-a','mail','scholz','A'))")
S("J29.3", "A: Pressure rises, small", "small(dp('J29-a','mail','scholz'))")
S("J29.4", "A: No dimension rises", "all(norise(d('J29-a','mail','scholz',x)) for x in DIMS6)")
S("J29.5", "B (status, no titles): Anerkennung falls, small to medium", "fsmallmed(d('J29-b','mail','schaefer','A'))")
S("J29.6", "B: Anerkennung falls more than in C", "lt(d('J29-b','mail','schaefer','A'), d('J29-c','mail','busch','A'))")
S("J29.7", "C (open): every dimension barely moves", "all(barely(d('J29-c','mail','busch',x)) for x in DIMS6)")
U("J29.u1", "J29-a", "mail", "scholz", "SGIK")
U("J29.u2", "J29-b", "mail", "schaefer", "SGIK")

S("J30.1", "A (article on the concern) raises Kompetenz more than B", "gt(d('J30-a','article','seifert','K'), d('J30-b','article','seifert','K'))")
S("J30.2", "A raises Anerkennung more than B", "gt(d('J30-a','article','seifert','A'), d('J30-b','article','seifert','A'))")
S("J30.3", "B (general article) raises each dimension by at most 2", "all(pts(d('J30-b','article','seifert',x)) <= 2 for x in DIMS6)")
S("J30.4", "Neither variant changes Intensität by 5 or more", "abs(pts(d('J30-a','article','seifert','I'))) < 5 and abs(pts(d('J30-b','article','seifert','I'))) < 5")
U("J30.u1", "J30-a", "article", "seifert", "SVG")
U("J30.u2", "J30-b", "article", "seifert", "SVG")

S("J31.1", "A (refers to his audit): Anerkennung rises, small to medium", "smallmed(d('J31-a','mail','nowak','A'))")
S("J31.2", "A: Sympathie rises", "rises(d('J31-a','mail','nowak','S'))")
S("J31.3", "B (template): each dimension rises by at most 2", "all(pts(d('J31-b','mail','nowak',x)) <= 2 for x in DIMS6)")
S("J31.4", "B: no dimension falls by more than 1", "all(pts(d('J31-b','mail','nowak',x)) >= -1 for x in DIMS6)")
S("J31.5", "Anerkennung after A is higher than after B", "gt(v('J31-a','mail','nowak','A'), v('J31-b','mail','nowak','A'))")
U("J31.u1", "J31-a", "mail", "nowak", "VGIK")

S("J32.1", "A (hobby hook) raises Sympathie at least as much as B (concern hook)", "ge(d('J32-a','call','seidel','S'), d('J32-b','call','seidel','S'))", contestable=True)
S("J32.2", "A changes Kompetenz by at most 1", "abs(pts(d('J32-a','call','seidel','K'))) <= 1")
S("J32.3", "B raises Kompetenz more than A", "gt(d('J32-b','call','seidel','K'), d('J32-a','call','seidel','K'))")
S("J32.4", "Pressure does not rise in either variant", "norise(dp('J32-a','call','seidel')) and norise(dp('J32-b','call','seidel'))")
U("J32.u1", "J32-a", "call", "seidel", "AVGI")
U("J32.u2", "J32-b", "call", "seidel", "AVGI")

# --- Principle 6: history and personality
S("J33.1", "A (old companion): Sympathie rises, small to medium", "smallmed(d('J33-a','lunch','weiss','S'))")
S("J33.2", "A: Intensität rises, small to medium", "smallmed(d('J33-a','lunch','weiss','I'))")
S("J33.3", "A: Pressure does not rise", "norise(dp('J33-a','lunch','weiss'))")
S("J33.4", "B (new acquaintance): Sympathie rises less than in A", "lt(d('J33-b','lunch','dietrich','S'), d('J33-a','lunch','weiss','S'))")
S("J33.5", "B: Intensität rises less than in A", "lt(d('J33-b','lunch','dietrich','I'), d('J33-a','lunch','weiss','I'))")
S("J33.6", "B: Pressure rises, small", "small(dp('J33-b','lunch','dietrich'))")
U("J33.u1", "J33-a", "lunch", "weiss", "AVGK")
U("J33.u2", "J33-b", "lunch", "dietrich", "AVGK")

S("J34.1", "A (open): Intensität rises, small to medium", "smallmed(d('J34-a','marathon','kuhn','I'))")
S("J34.2", "A: Sympathie rises, small", "small(d('J34-a','marathon','kuhn','S'))")
S("J34.3", "B (reserved): Intensität barely moves", "barely(d('J34-b','marathon','ziegler','I'))")
S("J34.4", "B: Sympathie rises by at most 2", "pts(d('J34-b','marathon','ziegler','S')) <= 2")
S("J34.5", "B: Pressure rises by at most 1", "pts(dp('J34-b','marathon','ziegler')) <= 1")
S("J34.6", "A's Intensität gain is at least 3 points larger than B's", "pts(d('J34-a','marathon','kuhn','I') - d('J34-b','marathon','ziegler','I')) >= 3")
U("J34.u1", "J34-a", "marathon", "kuhn", "AVGK")
U("J34.u2", "J34-b", "marathon", "ziegler", "AVGK")

S("J35.1", "A (partner): no dimension falls", "all(nofall(d('J35-a','touch','graf',x)) for x in DIMS6)")
S("J35.2", "A: Sympathie changes by between 0 and +2", "0 <= pts(d('J35-a','touch','graf','S')) <= 2")
S("J35.3", "B (formal stranger): Sympathie falls, at least medium", "fatleastmed(d('J35-b','touch','hahn','S'))")
S("J35.4", "B: Pressure rises", "rises(dp('J35-b','touch','hahn'))")
S("J35.5", "B: Anerkennung falls", "falls(d('J35-b','touch','hahn','A'))")
U("J35.u1", "J35-a", "touch", "graf", "VGIK")
U("J35.u2", "J35-b", "touch", "hahn", "VGIK")

S("J36.1", "A's Intensität gain from the meeting is larger than B's", "gt(d('J36-a','meet','krause','I'), d('J36-b','meet','peters','I'))")
S("J36.2", "A's Sympathie gain from the meeting is larger than B's", "gt(d('J36-a','meet','krause','S'), d('J36-b','meet','peters','S'))")
S("J36.3", "After the meeting, A is higher than B on Sympathie, Intensität and Vertrauen", "all(gt(v('J36-a','meet','krause',x), v('J36-b','meet','peters',x)) for x in 'SIV')")
U("J36.u1", "J36-a", "meet", "krause", "AGK")
U("J36.u2", "J36-b", "meet", "peters", "AGK")

MC = "['misread','clarify']"
S("J37.1", "B (thin e-mail history) loses more Sympathie than A over the two moves", f"lt(d('J37-b',{MC},'voss','S'), d('J37-a',{MC},'wagner','S'))")
S("J37.2", "B loses more Vertrauen than A over the two moves", f"lt(d('J37-b',{MC},'voss','V'), d('J37-a',{MC},'wagner','V'))")
S("J37.3", "A's loss on each dimension is at most 4", f"all(pts(d('J37-a',{MC},'wagner',x)) >= -4 for x in DIMS6)")
U("J37.u1", "J37-a", ["misread", "clarify"], "wagner", "AGIK")
U("J37.u2", "J37-b", ["misread", "clarify"], "voss", "AGIK")

S("J38.1", "Generic praise, A (sceptic): Sympathie and Vertrauen each change <= 0", "norise(d('J38-a','praise','brockmann','S')) and norise(d('J38-a','praise','brockmann','V'))")
S("J38.2", "Generic praise, B (open): Sympathie rises, small", "small(d('J38-b','praise','sommer','S'))")
S("J38.3", "Specific praise, A: Anerkennung rises, small to medium", "smallmed(d('J38-c','praise','brockmann','A'))")
U("J38.u1", "J38-a", "praise", "brockmann", "GIK")
U("J38.u2", "J38-b", "praise", "sommer", "GIK")
U("J38.u3", "J38-c", "praise", "brockmann", "GIK")

PX_DU = "offering the 'Du' has no act; approximated by `touch`"
S("J39.1", "A (formal senior): Anerkennung falls, small to medium", "fsmallmed(d('J39-a','du','hartung','A'))", contestable=True, proxy=PX_DU)
S("J39.2", "A: Sympathie falls, small", "fsmall(d('J39-a','du','hartung','S'))", contestable=True, proxy=PX_DU)
S("J39.3", "B (relaxed founder): Sympathie rises, small", "small(d('J39-b','du','lena','S'))", contestable=True, proxy=PX_DU)
S("J39.4", "B: No dimension falls", "all(nofall(d('J39-b','du','lena',x)) for x in DIMS6)", contestable=True, proxy=PX_DU)

# --- Principle 7: requests
S("J40.1", "Willingness < 50: a friendly no", "will_at('J40','ask','becker') < 50")
S("J40.2", "Sympathie falls by less than 5", "pts(d('J40','ask','becker','S')) > -5")
S("J40.3", "The ledger does not change", "dowed('J40','ask','becker') == 0")
S("J40.4", "Pressure rises, small", "small(dp('J40','ask','becker'))")
U("J40.u1", "J40", "ask", "becker", "AVGIK")

RS = "['report','slot']"
S("J41.1", "Gegenseitigkeit rises in A (give and ask) by at least 2 points less than in B (give only)", f"pts(d('J41-b','report','wendt','G') - d('J41-a',{RS},'wendt','G')) >= 2")
S("J41.2", "Sympathie after A is lower than after B", "lt(v('J41-a','slot','wendt','S'), v('J41-b','report','wendt','S'))")
S("J41.3", "Vertrauen rises less in A than in B", f"lt(d('J41-a',{RS},'wendt','V'), d('J41-b','report','wendt','V'))")
S("J41.4", "Willingness for the slot in A is lower than in J42", "lt(will_at('J41-a','slot','wendt'), will_at('J42','slot','wendt'))", proxy=PX_WILL)
S("J41.5", "If he declines, owed after A is smaller than after B", "implies(will_at('J41-a','slot','wendt') < 50, owed('J41-a','slot','wendt') < owed('J41-b','report','wendt'))", contestable=True, proxy=PX_WILL)
U("J41.u1", "J41-a", ["report", "slot"], "wendt", "AIK")
U("J41.u2", "J41-b", "report", "wendt", "AIK")

P("J42", "owed is clearly positive before the request", "owed('J42','w3','wendt') > 0")
S("J42.1", "Willingness >= 60: he grants it", "will_at('J42','slot','wendt') >= 60", proxy=PX_WILL)
S("J42.2", "Sympathie does not fall by 2 or more", "pts(d('J42','slot','wendt','S')) > -2")
S("J42.3", "When granted, owed falls", "implies(will_at('J42','slot','wendt') >= 50, dowed('J42','slot','wendt') < 0)", proxy=PX_WILL)
U("J42.u1", "J42", "slot", "wendt", "AVGIK")

P("J43", "Frau Haas would decline, Herr Simon would grant", "will_at('J43-a','ask','haas') < 50 <= will_at('J43-b','ask','simon')")
S("J43.1", "A: Owed is unchanged after her no", "dowed('J43-a','ask','haas') == 0")
S("J43.2", "B: Owed falls (the player now owes him) after his yes", "dowed('J43-b','ask','simon') < 0")
S("J43.3", "In neither case does owed rise because of the request", "dowed('J43-a','ask','haas') <= 0 and dowed('J43-b','ask','simon') <= 0")
U("J43.u1", "J43-a", "ask", "haas", "SAVGIK")
U("J43.u2", "J43-b", "ask", "simon", "SAVGIK")

S("J44.1", "A (small request): Willingness >= 60", "grade('J44-a','ask') >= 60")
S("J44.2", "B (large request): Willingness < 50", "grade('J44-b','ask') < 50")
S("J44.3", "A's willingness is at least 20 points higher than B's", "pts(grade('J44-a','ask') - grade('J44-b','ask')) >= 20", contestable=True)
S("J44.4", "A's willingness is higher than B's (the order is not contestable)", "gt(grade('J44-a','ask'), grade('J44-b','ask'))")
U("J44.u1", "J44-a", "ask", "franke", "SAVGIK")
U("J44.u2", "J44-b", "ask", "franke", "SAVGIK")

S("J45.1", "Willingness: face to face >= phone", "ge(grade('J45-a','ask'), grade('J45-b','ask'))")
S("J45.2", "Willingness: phone > e-mail", "gt(grade('J45-b','ask'), grade('J45-c','ask'))")
S("J45.3", "Willingness: e-mail > SMS", "gt(grade('J45-c','ask'), grade('J45-d','ask'))")
S("J45.4", "The SMS variant also lowers Anerkennung, small", "fsmall(d('J45-d','ask','lang','A'))")
for i, vv in enumerate("abcd", 1):
    U(f"J45.u{i}", f"J45-{vv}", "ask", "lang", "SVGIK")

P("J46", "pressure is high before the request in D (setup)", "p('J46-d','setup','neumann') >= 40")
S("J46.1", "Willingness: A (she owes) > B (balanced)", "gt(will_at('J46-a','ask','neumann'), will_at('J46-b','ask','neumann'))", proxy=PX_WILL)
S("J46.2", "Willingness: B > C (the player owes her)", "gt(will_at('J46-b','ask','neumann'), will_at('J46-c','ask','neumann'))", proxy=PX_WILL)
S("J46.3", "Willingness: B > D (high pressure)", "gt(will_at('J46-b','ask','neumann'), will_at('J46-d','ask','neumann'))", proxy=PX_WILL)
S("J46.4", "Willingness in C is < 50", "will_at('J46-c','ask','neumann') < 50", proxy=PX_WILL)
S("J46.5", "Willingness in D is < 50", "will_at('J46-d','ask','neumann') < 50", proxy=PX_WILL)
for i, vv in enumerate("abcd", 1):
    U(f"J46.u{i}", f"J46-{vv}", "ask", "neumann", "SAVGIK")

# --- Principle 8: missing events
S("J47.1", "A, on the vouch itself: Vertrauen rises, medium", "medium(d('J47-a','vouch','keller','V'))")
S("J47.2", "A, on the vouch: Kompetenz rises, small to medium", "smallmed(d('J47-a','vouch','keller','K'))")
S("J47.3", "A, on the vouch: Sympathie changes by less than 5", "abs(pts(d('J47-a','vouch','keller','S'))) < 5")
S("J47.4", "C (low standing), on the vouch itself: Vertrauen rises by at most 1", "pts(d('J47-c','vouch','keller','V')) <= 1")
S("J47.5", "After the first call: Vertrauen A > B", "gt(v('J47-a','call','keller','V'), v('J47-b','call','keller','V'))")
S("J47.6", "After the first call: Vertrauen A > C", "gt(v('J47-a','call','keller','V'), v('J47-c','call','keller','V'))")
S("J47.7", "The player now owes Frau Ostermann a favour", "dowed('J47-a','vouch','ostermann') < 0", contestable=True)
U("J47.u1", "J47-a", "vouch", "keller", "AGI")
U("J47.u2", "J47-c", "vouch", "keller", "AGI")

HH = "['handover','hour']"
S("J48.1", "A (personal handover): Vertrauen rises, at least medium, from the stranger level", f"atleastmed(d('J48-a',{HH},'albers','V'))")
S("J48.2", "A: Vertrauen stays clearly (10+) below the 80 he has with Brandt", "pts(v('J48-a','hour','albers','V')) <= 70")
S("J48.3", "A: Sympathie rises by at most medium", f"pts(d('J48-a',{HH},'albers','S')) <= 9")
S("J48.4", "A: Intensität rises by at most medium", f"pts(d('J48-a',{HH},'albers','I')) <= 9")
S("J48.5", "A: the player's stage is at most contact", "sidx(stage('J48-a','hour','albers')) <= sidx('contact')")
S("J48.6", "B (standard letter): Vertrauen rises by at most 2", "pts(d('J48-b','letter','albers','V')) <= 2")
S("J48.7", "Vertrauen after A is higher than after B", "gt(v('J48-a','hour','albers','V'), v('J48-b','letter','albers','V'))")
U("J48.u1", "J48-a", ["handover", "hour"], "albers", "AGK")
U("J48.u2", "J48-b", "letter", "albers", "AGK")

S("J49.1", "After move 1 (Friday passes): Vertrauen falls, medium", "fmedium(d('J49','friday','pohl','V'))")
S("J49.2", "After move 1: Kompetenz falls, small to medium", "fsmallmed(d('J49','friday','pohl','K'))")
S("J49.3", "After move 2: Vertrauen is still below its level before the promise", "lt(v('J49','send','pohl','V'), v('J49','meeting','pohl','V'))")
S("J49.4", "The Vertrauen loss in move 1 is larger than the Vertrauen gain from the kept promise in J16", "gt(-d('J49','friday','pohl','V'), d('J16','data','klein','V'))")
U("J49.u1", "J49", ["friday", "send"], "pohl", "SAGI")

S("J50.1", "A (warned): Kompetenz falls, small", "fsmall(d('J50-a','warn','brenner','K'))")
S("J50.2", "B (surprise): Kompetenz falls, medium", "fmedium(d('J50-b','surprise','brenner','K'))")
S("J50.3", "A: Vertrauen falls by at most 4", "pts(d('J50-a','warn','brenner','V')) >= -4")
S("J50.4", "B: Vertrauen falls at least medium", "fatleastmed(d('J50-b','surprise','brenner','V'))")
S("J50.5", "B: Vertrauen falls at least twice as much as in A", "pts(-d('J50-b','surprise','brenner','V')) >= 2 * max(0, pts(-d('J50-a','warn','brenner','V')))")
U("J50.u1", "J50-a", "warn", "brenner", "SAGI")
U("J50.u2", "J50-b", "surprise", "brenner", "SAGI")

S("J51.1", "A (2 hours before, by e-mail): Anerkennung falls, medium", "fmedium(d('J51-a','cancel','hartmann','A'))")
S("J51.2", "A: Sympathie falls, small to medium", "fsmallmed(d('J51-a','cancel','hartmann','S'))")
S("J51.3", "A: Vertrauen falls, small", "fsmall(d('J51-a','cancel','hartmann','V'))")
S("J51.4", "B (a week before, by phone, new dates): no dimension falls by more than 3", "all(pts(d('J51-b','cancel','hartmann',x)) >= -3 for x in DIMS6)")
S("J51.5", "C (second time): the loss on Anerkennung is larger than in A", "lt(d('J51-c','cancel','hartmann','A'), d('J51-a','cancel','hartmann','A'))")
S("J51.6", "C: the loss on Vertrauen is larger than in A", "lt(d('J51-c','cancel','hartmann','V'), d('J51-a','cancel','hartmann','V'))")
U("J51.u1", "J51-a", "cancel", "hartmann", "GIK")
U("J51.u2", "J51-b", "cancel", "hartmann", "GIK")
U("J51.u3", "J51-c", "cancel", "hartmann", "GIK")

S("J52.1", "A (unanswered for a week): Anerkennung falls, medium", "fmedium(dv('J52-a','begin','w1w','thiel','A'))")
S("J52.2", "A: Vertrauen falls, small to medium", "fsmallmed(dv('J52-a','begin','w1w','thiel','V'))")
S("J52.3", "A: Sympathie falls, small", "fsmall(dv('J52-a','begin','w1w','thiel','S'))")
S("J52.4", "A: after the late e-mail, no dimension that fell is back at its start",
  "all(lt(v('J52-a','late','thiel',x), v0('J52-a','thiel',x)) for x in DIMS6 if falls(dv('J52-a','begin','w1w','thiel',x)))")
S("J52.5", "B (called back the same day): no dimension falls", "all(nofall(d('J52-b','callback','thiel',x)) for x in DIMS6)")
U("J52.u1", "J52-a", ["unanswered", "late"], "thiel", "GIK")
U("J52.u2", "J52-b", "callback", "thiel", "GIK")

S("J53.1", "A (honest no with an alternative): Vertrauen rises, small to medium", "smallmed(d('J53-a','answer','kraemer','V'))")
S("J53.2", "A: Kompetenz does not fall", "nofall(d('J53-a','answer','kraemer','K'))")
S("J53.3", "A: Sympathie does not fall by 5 or more", "pts(d('J53-a','answer','kraemer','S')) > -5")
S("J53.4", "B, at the promise: no dimension rises by 5 or more", "all(pts(d('J53-b','answer','kraemer',x)) < 5 for x in DIMS6)")
S("J53.5", "B, at the breach: Vertrauen falls, large (>= 10)", "flarge(dv('J53-b','answer','w8d','kraemer','V'))")
S("J53.6", "B, at the breach: Kompetenz falls, medium", "fmedium(dv('J53-b','answer','w8d','kraemer','K'))")
S("J53.7", "At the end, B's Vertrauen is at least 10 points below A's", "pts(v('J53-a','w48d','kraemer','V') - v('J53-b','w48d','kraemer','V')) >= 10")
U("J53.u1", "J53-a", "answer", "kraemer", "AGI")
U("J53.u2", "J53-b", "answer", "kraemer", "AGI")

S("J54.1", "A (informs him first): Anerkennung rises, small to medium", "smallmed(d('J54-a','inform','lange','A'))")
S("J54.2", "A: Vertrauen rises, small", "small(d('J54-a','inform','lange','V'))")
S("J54.3", "B (goes around him): Vertrauen falls, large", "flarge(d('J54-b','bypass','lange','V'))")
S("J54.4", "B: Anerkennung falls, large", "flarge(d('J54-b','bypass','lange','A'))")
S("J54.5", "B: Sympathie falls, at least medium", "fatleastmed(d('J54-b','bypass','lange','S'))")
U("J54.u1", "J54-a", "inform", "lange", "GIK")
U("J54.u2", "J54-b", "bypass", "lange", "GIK")

S("J55.1", "A (fair firmness): Kompetenz does not fall", "nofall(d('J55-a','talk','roth','K'))")
S("J55.2", "A: Kompetenz rises by at most small", "pts(d('J55-a','talk','roth','K')) <= 4", contestable=True)
S("J55.3", "A: Vertrauen changes by at most 3", "abs(pts(d('J55-a','talk','roth','V'))) <= 3")
S("J55.4", "A: Sympathie falls by at most 4", "pts(d('J55-a','talk','roth','S')) >= -4")
S("J55.5", "A: Gegenseitigkeit does not fall by 2 or more", "pts(d('J55-a','talk','roth','G')) > -2")
S("J55.6", "B (ultimatum): Pressure rises, at least medium", "atleastmed(dp('J55-b','talk','roth'))")
S("J55.7", "B: Vertrauen falls, medium", "fmedium(d('J55-b','talk','roth','V'))")
S("J55.8", "B: Gegenseitigkeit falls, medium", "fmedium(d('J55-b','talk','roth','G'))")
S("J55.9", "B: Sympathie falls, medium", "fmedium(d('J55-b','talk','roth','S'))")
U("J55.u1", "J55-a", "talk", "roth", "AI")
U("J55.u2", "J55-b", "talk", "roth", "AI")

S("J56.1", "A (next step on her problem): Intensität rises, small", "small(d('J56-a','propose','yilmaz','I'))")
S("J56.2", "A: Sympathie does not fall", "nofall(d('J56-a','propose','yilmaz','S'))")
S("J56.3", "A: Pressure does not rise by more than 1", "pts(dp('J56-a','propose','yilmaz')) <= 1")
S("J56.4", "A: The ledger does not change", "dowed('J56-a','propose','yilmaz') == 0")
S("J56.5", "A: Gegenseitigkeit does not fall", "nofall(d('J56-a','propose','yilmaz','G'))")
S("J56.6", "B (she is happy with her setup): Pressure rises, small", "small(dp('J56-b','propose','yilmaz'))")
U("J56.u1", "J56-a", "propose", "yilmaz", "AVK")
U("J56.u2", "J56-b", "propose", "yilmaz", "AVK")

AC = "['accept','congrats']"
S("J57.1", "A (accepts, attends, congratulates): Anerkennung rises, small to medium", f"smallmed(d('J57-a',{AC},'oezdemir','A'))")
S("J57.2", "A: Intensität rises, small to medium", f"smallmed(d('J57-a',{AC},'oezdemir','I'))")
S("J57.3", "A: Sympathie rises, small", f"small(d('J57-a',{AC},'oezdemir','S'))")
S("J57.4", "B (declines by e-mail, no reason): Anerkennung falls, small to medium", "fsmallmed(d('J57-b','no','oezdemir','A'))")
S("J57.5", "C (phones, explains, sends a note): no dimension falls by more than 2", "all(pts(d('J57-c',['no','note'],'oezdemir',x)) >= -2 for x in DIMS6)")
S("J57.6", "D (accepts wine, thanks by phone): Sympathie rises, small", "small(d('J57-d',['wine','thanks'],'oezdemir','S'))")
S("J57.7", "D: Pressure does not rise", "norise(dp('J57-d',['wine','thanks'],'oezdemir'))")
S("J57.8", "In A, owed falls slightly: the player has received something", f"-1 <= dowed('J57-a',{AC},'oezdemir') < 0", contestable=True)
S("J57.9", "In D, owed falls slightly", "-1 <= dowed('J57-d',['wine','thanks'],'oezdemir') < 0", contestable=True)
U("J57.u1", "J57-a", ["accept", "congrats"], "oezdemir", "VGK")
U("J57.u2", "J57-b", "no", "oezdemir", "VGK")
U("J57.u3", "J57-c", ["no", "note"], "oezdemir", "VGK")
U("J57.u4", "J57-d", ["wine", "thanks"], "oezdemir", "VGK")

S("J58.1", "A (20 EUR book, no tender): Sympathie rises, small", "small(d('J58-a','gift','schroeder','S'))")
S("J58.2", "A: Anerkennung rises, small", "small(d('J58-a','gift','schroeder','A'))")
S("J58.3", "A: Pressure does not rise", "norise(dp('J58-a','gift','schroeder'))")
S("J58.4", "B (book during a tender): Vertrauen falls, small to medium", "fsmallmed(d('J58-b','gift','schroeder','V'))")
S("J58.5", "B: Pressure rises", "rises(dp('J58-b','gift','schroeder'))")
S("J58.6", "B: Sympathie does not rise", "norise(d('J58-b','gift','schroeder','S'))")
NC("J58.7", "B: She returns or declines the gift", NO_ACCEPT)
S("J58.8", "C (300 EUR wine, no tender): Vertrauen falls, large", "flarge(d('J58-c','gift','schroeder','V'))")
S("J58.9", "C: Pressure rises, at least medium", "atleastmed(dp('J58-c','gift','schroeder'))")
NC("J58.10", "C: She returns the gift", NO_ACCEPT)
S("J58.11", "D (wine during the tender): Vertrauen falls more than in C", "lt(d('J58-d','gift','schroeder','V'), d('J58-c','gift','schroeder','V'))")
S("J58.12", "Vertrauen order: A > B > C > D", "gt(v('J58-a','gift','schroeder','V'), v('J58-b','gift','schroeder','V')) and gt(v('J58-b','gift','schroeder','V'), v('J58-c','gift','schroeder','V')) and gt(v('J58-c','gift','schroeder','V'), v('J58-d','gift','schroeder','V'))")
for i, vv in enumerate("abcd", 1):
    U(f"J58.u{i}", f"J58-{vv}", "gift", "schroeder", "GIK")

# --- Principle 9: channels and moments
S("J59.1", "The phone raises Sympathie more than the e-mail", "gt(d('J59-a','news','winter','S'), d('J59-b','news','winter','S'))")
S("J59.2", "The phone raises Intensität more than the e-mail", "gt(d('J59-a','news','winter','I'), d('J59-b','news','winter','I'))")
S("J59.3", "The Kompetenz gains of the two variants differ by at most 2", "within(d('J59-a','news','winter','K'), d('J59-b','news','winter','K'), 2)")
S("J59.4", "Both variants change every dimension by >= 0", "all(nofall(d(c,'news','winter',x)) for c in ['J59-a','J59-b'] for x in DIMS6)")
U("J59.u1", "J59-a", "news", "winter", "AVG")
U("J59.u2", "J59-b", "news", "winter", "AVG")

CH = {"sms": "J60-a", "email": "J60-b", "messenger": "J60-c", "phone": "J60-d", "video": "J60-e", "face": "J60-f"}
def _g60(ch, x):
    return f"d('{CH[ch]}',['news','ask'],'kontakt','{x}')"
S("J60.1", "Intensität gain: face to face > video > phone > messenger > e-mail >= SMS",
  f"gt({_g60('face','I')},{_g60('video','I')}) and gt({_g60('video','I')},{_g60('phone','I')}) and gt({_g60('phone','I')},{_g60('messenger','I')}) and gt({_g60('messenger','I')},{_g60('email','I')}) and ge({_g60('email','I')},{_g60('sms','I')})")
S("J60.2", "Sympathie gain: face to face >= video >= phone > e-mail >= SMS, messenger between phone and SMS",
  f"ge({_g60('face','S')},{_g60('video','S')}) and ge({_g60('video','S')},{_g60('phone','S')}) and gt({_g60('phone','S')},{_g60('email','S')}) and ge({_g60('email','S')},{_g60('sms','S')}) and ge({_g60('phone','S')},{_g60('messenger','S')}) and ge({_g60('messenger','S')},{_g60('sms','S')})")
S("J60.3", "The Kompetenz gains differ by at most 3 across all six channels",
  "pts(max(ks) - min(ks)) <= 3 if (ks := [" + ",".join(_g60(c, 'K') for c in CH) + "]) else False")
S("J60.4", "Face to face beats video by at least 1 point on Intensität", f"pts({_g60('face','I')} - {_g60('video','I')}) >= 1")
for i, cc in enumerate(CH.values(), 1):
    U(f"J60.u{i}", cc, ["news", "ask"], "kontakt", "AVG")

PH = "['week1','week2','cancel','week3','week4','missed','week5','scope','week6','week7','week8']"
S("J61.1", "After the 8 weeks, Sympathie and Intensität have fallen, together at least medium",
  "falls(dv('J61-a','begin','week8','kaiser','S')) and falls(dv('J61-a','begin','week8','kaiser','I')) and pts(dv('J61-a','begin','week8','kaiser','S') + dv('J61-a','begin','week8','kaiser','I')) <= -5")
S("J61.2", "After the 8 weeks, Kompetenz has fallen less than Sympathie", "gt(dv('J61-a','begin','week8','kaiser','K'), dv('J61-a','begin','week8','kaiser','S'))")
S("J61.3", "In the repair, A (face to face) raises Sympathie more than B (e-mail)", "gt(d('J61-a','repair','kaiser','S'), d('J61-b','repair','kaiser','S'))")
S("J61.4", "In the repair, A raises Intensität more than B", "gt(d('J61-a','repair','kaiser','I'), d('J61-b','repair','kaiser','I'))")
S("J61.5", "B raises Sympathie by at most small", "pts(d('J61-b','repair','kaiser','S')) <= 4")
U("J61.u1", "J61-a", "repair", "kaiser", "AVG")
U("J61.u2", "J61-b", "repair", "kaiser", "AVG")

S("J62.1", "A (messenger to a formal board member): Anerkennung falls, small to medium", "fsmallmed(d('J62-a','coffee','berg','A'))")
S("J62.2", "A: Vertrauen falls, small", "fsmall(d('J62-a','coffee','berg','V'))")
S("J62.3", "A: Pressure rises, small", "small(dp('J62-a','coffee','berg'))")
S("J62.4", "A: Sympathie does not rise", "norise(d('J62-a','coffee','berg','S'))")
S("J62.5", "B (proper e-mail): Sympathie rises, small", "small(d('J62-b','coffee','berg','S'))")
S("J62.6", "B: No dimension falls", "all(nofall(d('J62-b','coffee','berg',x)) for x in DIMS6)")
S("J62.7", "C (messenger to the founder who uses it): Sympathie rises, small", "small(d('J62-c','coffee','mia','S'))")
S("J62.8", "C: No dimension falls", "all(nofall(d('J62-c','coffee','mia',x)) for x in DIMS6)")
U("J62.u1", "J62-a", "coffee", "berg", "GIK")
U("J62.u2", "J62-b", "coffee", "berg", "GIK")
U("J62.u3", "J62-c", "coffee", "mia", "GIK")

S("J63.1", "Phone call: A's (prefers phone) Sympathie and Intensität gains are larger than B's (no preference)",
  "gt(d('J63-a','news','koch','S'), d('J63-b','news','arnold','S')) and gt(d('J63-a','news','koch','I'), d('J63-b','news','arnold','I'))")
S("J63.2", "Phone call: B's Sympathie and Intensität gains are larger than C's (asked for e-mail)",
  "gt(d('J63-b','news','arnold','S'), d('J63-c','news','ludwig','S')) and gt(d('J63-b','news','arnold','I'), d('J63-c','news','ludwig','I'))")
S("J63.3", "C's phone call: Sympathie changes by between -4 and +1", "-4 <= pts(d('J63-c','news','ludwig','S')) <= 1")
S("J63.4", "E-mail: C's gain is at least as large as B's", "ge(gain('J63-e','news','ludwig'), gain('J63-d','news','arnold'))")
S("J63.5", "The explanation for A names the preferred channel as the reason for the larger gain",
  "any('prefer' in r.lower() for r in reasons('J63-a','news','koch'))", proxy="text match on the English reason")
S("J63.6", "No explanation of a single change both calls the channel preferred and says it costs",
  "no_pref_and_cost(['J63-a','J63-b','J63-c','J63-d','J63-e'])", proxy="text match on the English reasons")
for i, (cc, who) in enumerate((("J63-a", "koch"), ("J63-b", "arnold"), ("J63-c", "ludwig"), ("J63-d", "arnold"), ("J63-e", "ludwig")), 1):
    U(f"J63.u{i}", cc, "news", who, "AVGK")

S("J64.1", "A (quarter close, 17:45, no hook): Pressure rises, small", "small(dp('J64-a','call','kessler'))")
S("J64.2", "A: Sympathie falls, small", "fsmall(d('J64-a','call','kessler','S'))")
S("J64.3", "A: Intensität does not rise", "norise(d('J64-a','call','kessler','I'))")
S("J64.4", "B (mid-April, with a hook): Sympathie rises, small", "small(d('J64-b','call','kessler','S'))")
S("J64.5", "B: Intensität rises, small", "small(d('J64-b','call','kessler','I'))")
S("J64.6", "B: Pressure does not rise", "norise(dp('J64-b','call','kessler'))")
U("J64.u1", "J64-a", "call", "kessler", "AVGK")
U("J64.u2", "J64-b", "call", "kessler", "AVGK")

# --- Principle 10: introductions
S("J65.1", "Herr Vogt: Gegenseitigkeit rises, small to medium", "smallmed(d('J65','intro','vogt','G'))")
S("J65.2", "Herr Vogt: Sympathie rises, small", "small(d('J65','intro','vogt','S'))")
S("J65.3", "Herr Vogt: Vertrauen rises, small", "small(d('J65','intro','vogt','V'))")
S("J65.4", "Frau Lenz: Gegenseitigkeit rises, small to medium", "smallmed(d('J65','intro','lenz','G'))")
S("J65.5", "Frau Lenz: Sympathie rises, small", "small(d('J65','intro','lenz','S'))")
S("J65.6", "Frau Lenz: Anerkennung rises, small", "small(d('J65','intro','lenz','A'))")
S("J65.7", "Owed rises for both", "dowed('J65','intro','vogt') > 0 and dowed('J65','intro','lenz') > 0")
S("J65.8", "Herr Vogt and Frau Lenz are now linked", "var('J65','intro','paar_verknuepft') not in (0, -1, False, None)")
S("J65.9", "No dimension of either person rises by 10 or more", "all(pts(d('J65','intro',w,x)) < 10 for w in ['vogt','lenz'] for x in DIMS6)")
U("J65.u1", "J65", "intro", "vogt", "IK")
U("J65.u2", "J65", "intro", "lenz", "IK")

S("J66.1", "Frau Berger (receiver): Vertrauen falls, medium", "fmedium(d('J66','intro','berger','V'))")
S("J66.2", "Frau Berger: Kompetenz falls, small to medium", "fsmallmed(d('J66','intro','berger','K'))")
S("J66.3", "Herr Pohl: his loss on every dimension is smaller than Frau Berger's loss on Vertrauen",
  "all(lt(max(0.0, -d('J66','intro','pohl',x)), -d('J66','intro','berger','V')) for x in DIMS6)")
S("J66.4", "Frau Berger's Vertrauen loss is larger than the Vertrauen gain Herr Vogt got in J65", "gt(-d('J66','intro','berger','V'), d('J65','intro','vogt','V'))")
U("J66.u1", "J66", "intro", "berger", "SAGI")
U("J66.u2", "J66", "intro", "pohl", "SAGI")

S("J67.1", "A (unasked, no context): pressure on Dr. Schulte rises, small", "small(dp('J67-a','intro','schulte'))")
S("J67.2", "A: his Gegenseitigkeit and Sympathie each rise by at most 2", "pts(d('J67-a','intro','schulte','G')) <= 2 and pts(d('J67-a','intro','schulte','S')) <= 2")
S("J67.3", "B (asked first, with a reason): his Gegenseitigkeit gain is larger than in A", "gt(d('J67-b','intro','schulte','G'), d('J67-a','intro','schulte','G'))")
S("J67.4", "B: Pressure does not rise", "norise(dp('J67-b','intro','schulte'))")
U("J67.u1", "J67-a", "intro", "schulte", "AVIK")
U("J67.u2", "J67-b", "intro", "schulte", "AVIK")

S("J68.1", "Frau Adler (the one introduced, received a bad lead): Vertrauen falls, small to medium", "fsmallmed(d('J68','intro','adler','V'))")
S("J68.2", "Frau Adler: Gegenseitigkeit falls, small", "fsmall(d('J68','intro','adler','G'))")
S("J68.3", "Herr Kraus: no dimension falls by more than 2", "all(pts(d('J68','intro','kraus',x)) >= -2 for x in DIMS6)")
S("J68.4", "Frau Adler's Vertrauen loss is larger than Herr Kraus's", "lt(d('J68','intro','adler','V'), d('J68','intro','kraus','V'))")
U("J68.u1", "J68", "intro", "adler", "SAIK")
U("J68.u2", "J68", "intro", "kraus", "SAIK")

S("J69.1", "B's (new acquaintance) Vertrauen loss is larger than A's (long partner)", "lt(d('J69-b','intro','schwarz','V'), d('J69-a','intro','maier','V'))")
S("J69.2", "A's Vertrauen falls by at most 4", "pts(d('J69-a','intro','maier','V')) >= -4")
S("J69.3", "In both variants, the receiver loses more than the introduced party (sum of losses)",
  "gt(loss('J69-a','intro','maier'), loss('J69-a','intro','pohl')) and gt(loss('J69-b','intro','schwarz'), loss('J69-b','intro','pohl'))")
U("J69.u1", "J69-a", "intro", "maier", "SAGIK")
U("J69.u2", "J69-b", "intro", "schwarz", "SAGIK")

S("J70.1", "A: Herr Vogt's Gegenseitigkeit gain from the introduction is at least 2 points smaller than in J65",
  "pts(d('J65','intro','vogt','G') - d('J70-a',['intro','sign'],'vogt','G')) >= 2")
S("J70.2", "A: Sympathie is lower than after J65", "lt(v('J70-a','sign','vogt','S'), v('J65','intro','vogt','S'))")
S("J70.3", "A: Willingness is lower than in B", "lt(will_at('J70-a','sign','vogt'), will_at('J70-b','sign','vogt'))", proxy=PX_WILL)
S("J70.4", "B: Willingness is higher than in A", "gt(will_at('J70-b','sign','vogt'), will_at('J70-a','sign','vogt'))", proxy=PX_WILL)
S("J70.5", "Frau Lenz's reaction is the same in A as in J65: the trade is with Herr Vogt only",
  "all(within(d('J70-a','intro','lenz',x), d('J65','intro','lenz',x), 0) and within(d('J70-a','sign','lenz',x), 0, 0) for x in DIMS6)")
U("J70.u1", "J70-a", ["intro", "sign"], "vogt", "AVIK")
U("J70.u2", "J70-b", "sign", "vogt", "AVIK")

# --- Orderings across cases
O("O1", "Vertrauen gain, one move: J16 >= J53 A > J30 A >= J22 (1st check-in) >= 0",
  "ge(d('J16','data','klein','V'), d('J53-a','answer','kraemer','V')) and gt(d('J53-a','answer','kraemer','V'), d('J30-a','article','seifert','V')) and ge(d('J30-a','article','seifert','V'), d('J22','e1','hoffmann','V')) and ge(d('J22','e1','hoffmann','V'), 0)")
O("O2", "Kompetenz gain, one move: J15 > J30 A > J18 >= J19 >= J17",
  "gt(d('J15','call','braun','K'), d('J30-a','article','seifert','K')) and gt(d('J30-a','article','seifert','K'), d('J18','paper','braun','K')) and ge(d('J18','paper','braun','K'), d('J19','dinner','baumann','K')) and ge(d('J19','dinner','baumann','K'), d('J17','call','braun','K'))")
O("O3", "Intensität gain from the same content: face > video > phone > messenger > e-mail >= SMS (J60)",
  f"gt({_g60('face','I')},{_g60('video','I')}) and gt({_g60('video','I')},{_g60('phone','I')}) and gt({_g60('phone','I')},{_g60('messenger','I')}) and gt({_g60('messenger','I')},{_g60('email','I')}) and ge({_g60('email','I')},{_g60('sms','I')})")
L = {"54b": "-d('J54-b','bypass','lange','V')", "53b": "-dv('J53-b','begin','w8d','kraemer','V')",
     "50b": "-d('J50-b','surprise','brenner','V')", "49": "-dv('J49','meeting','send','pohl','V')",
     "51a": "-d('J51-a','cancel','hartmann','V')", "50a": "-d('J50-a','warn','brenner','V')"}
O("O4.1", "Vertrauen loss from own failures: J54 B >= J53 B (promise and breach) > J50 B > J49 (chased, then delivered) > J51 A and J50 A",
  f"ge({L['54b']},{L['53b']}) and gt({L['53b']},{L['50b']}) and gt({L['50b']},{L['49']}) and gt({L['49']},{L['51a']}) and gt({L['49']},{L['50a']})")
O("O4.2", "The Vertrauen losses of J51 A and J50 A are both small", f"small({L['51a']}) and small({L['50a']})")
O("O4.3", "An honest no (J53 A) is not a loss but a gain", "rises(d('J53-a','answer','kraemer','V'))")
O("O5", "Pressure rise, one move: J58 D >= J09 > J12 A >= J22 (1st) >= J56 A (~0) ~ J08 (~0)",
  "ge(dp('J58-d','gift','schroeder'), dp('J09','vip','ebert')) and gt(dp('J09','vip','ebert'), dp('J12-a','offer','schmitt')) and ge(dp('J12-a','offer','schmitt'), dp('J22','e1','hoffmann')) and ge(dp('J22','e1','hoffmann'), dp('J56-a','propose','yilmaz')) and within(dp('J56-a','propose','yilmaz'), dp('J08','lunch','schuster'), 2) and within(dp('J56-a','propose','yilmaz'), 0, 2) and within(dp('J08','lunch','schuster'), 0, 2)")
O("O6.1", "Willingness: J42 (asked later) > J41 A (asked with the gift)", "gt(will_at('J42','slot','wendt'), will_at('J41-a','slot','wendt'))", proxy=PX_WILL)
O("O6.2", "Willingness (J46): A > B > C and B > D",
  "gt(will_at('J46-a','ask','neumann'), will_at('J46-b','ask','neumann')) and gt(will_at('J46-b','ask','neumann'), will_at('J46-c','ask','neumann')) and gt(will_at('J46-b','ask','neumann'), will_at('J46-d','ask','neumann'))", proxy=PX_WILL)
O("O6.3", "Willingness by channel (J45): face >= phone > e-mail > SMS",
  "ge(grade('J45-a','ask'), grade('J45-b','ask')) and gt(grade('J45-b','ask'), grade('J45-c','ask')) and gt(grade('J45-c','ask'), grade('J45-d','ask'))")
O("O6.4", "Willingness by size (J44): small > large", "gt(grade('J44-a','ask'), grade('J44-b','ask'))")
O("O6.5", "A likeable contact without substance (J40) stays below 50", "will_at('J40','ask','becker') < 50")
DEC = (("J02", "begin", "w6m", "brandl"), ("J04-b", "begin", "w12m", "brueckner"))
def _ls(x, c):
    return f"(-dv('{c[0]}','{c[1]}','{c[2]}','{c[3]}','{x}'))"
O("O7.1", "Speed of decay in silence: Intensität >= Sympathie > Vertrauen >= Kompetenz (J02, J04 B)",
  " and ".join(f"ge({_ls('I',c)},{_ls('S',c)}) and gt({_ls('S',c)},{_ls('V',c)}) and ge({_ls('V',c)},{_ls('K',c)})" for c in DEC))
O("O7.2", "Anerkennung and Gegenseitigkeit decay between Sympathie and Vertrauen (J02, J04 B)",
  " and ".join(f"ge({_ls('S',c)},{_ls(x,c)}) and ge({_ls(x,c)},{_ls('V',c)})" for c in DEC for x in "AG"), contestable=True)
O("O8.1", "Remaining level after 12 months: J03 A > J03 B (every dimension)", "all(gt(v('J03','w12m','petersen',x), v('J03','w12m','koehler',x)) for x in DIMS6)")
O("O8.2", "Intensität after 12 months: J04 A > J04 C ~ J04 B",
  "gt(v('J04-a','w5','brueckner','I'), v('J04-c','w1m','brueckner','I')) and within(v('J04-c','w1m','brueckner','I'), v('J04-b','w12m','brueckner','I'), 2)")
O("O9.1", "Sympathie gain from an invitation: J33 A > J33 B > J09 (<= 0)",
  "gt(d('J33-a','lunch','weiss','S'), d('J33-b','lunch','dietrich','S')) and gt(d('J33-b','lunch','dietrich','S'), d('J09','vip','ebert','S')) and norise(d('J09','vip','ebert','S'))")
O("O9.2", "Pressure from an invitation: J09 > J33 B > J33 A ~ J08 (~0)",
  "gt(dp('J09','vip','ebert'), dp('J33-b','lunch','dietrich')) and gt(dp('J33-b','lunch','dietrich'), dp('J33-a','lunch','weiss')) and within(dp('J33-a','lunch','weiss'), dp('J08','lunch','schuster'), 2) and within(dp('J08','lunch','schuster'), 0, 2)")
O("O10.1", "Vertrauen cost of an unfitting introduction: J69 B receiver > J69 A receiver > the party introduced (J66, J69)",
  "gt(-d('J69-b','intro','schwarz','V'), -d('J69-a','intro','maier','V')) and all(gt(-d('J69-a','intro','maier','V'), -d(c,'intro','pohl','V')) for c in ['J66','J69-a','J69-b'])")
O("O10.2", "The receiver's gain from a fitting introduction (J65 Vogt) is smaller than the loss from an unfitting one (J66 Berger)",
  "lt(d('J65','intro','vogt','V'), -d('J66','intro','berger','V'))")
O("O11", "Anerkennung: J27 >= J31 A > J28 > J29 B (negative)",
  "ge(d('J27','opener','lehmann','A'), d('J31-a','mail','nowak','A')) and gt(d('J31-a','mail','nowak','A'), d('J28',['opener','self'],'lehmann','A')) and gt(d('J28',['opener','self'],'lehmann','A'), d('J29-b','mail','schaefer','A')) and falls(d('J29-b','mail','schaefer','A'))")


# ------------------------------------------------------------------ evaluation
def evaluate(st):
    """Returns (ok, values, note)."""
    if st.expr is None:
        return False, [], f"not checkable: {st.nc}"
    Ctx.rec = []
    try:
        ok = bool(eval(st.expr, dict(NS)))  # noqa: S307 (our own expressions)
        return ok, Ctx.rec, None
    except NotReadable as e:
        return False, Ctx.rec, f"not checkable: {e}"
    except CaseError as e:
        return False, Ctx.rec, f"error: {e}"
    except Exception as e:  # noqa: BLE001
        return False, Ctx.rec, f"checker error: {type(e).__name__}: {e}"
    finally:
        Ctx.rec = None


def cases_of(expr):
    import re
    return sorted(set(re.findall(r"'(J\d\d(?:-[a-f])?)'", expr or "")))


def run_all(runner, only=None, quiet=False, out=print):
    sts = [s for s in STATEMENTS if not only or s.case in only or (s.kind == "ordering" and "O" in only)]
    pres = [s for s in PRE if not only or s.case in only]
    res = []
    for st in pres:
        ok, vals, note = evaluate(st)
        out(f"{'PRE ok    ' if ok else 'PRE FAILED'} {st.sid} {st.text} ({', '.join(vals)}){' [' + note + ']' if note else ''}")
    for st in sts:
        ok, vals, note = evaluate(st)
        res.append((st, ok, note))
        if quiet and ok:
            continue
        tags = []
        if st.contestable: tags.append("contestable")
        if st.proxy: tags.append("proxy: " + st.proxy)
        if note: tags.append(note)
        vs = ", ".join(vals[:14]) + (" …" if len(vals) > 14 else "")
        out(f"{'PASS' if ok else 'FAIL'} {st.sid} {st.text} ({vs}){''.join(' [' + t + ']' for t in tags)}")
    return summarize(res, out)


def summarize(res, out=print):
    J = [(s, ok, n) for s, ok, n in res if s.kind == "judgment"]
    Os = [(s, ok, n) for s, ok, n in res if s.kind == "ordering"]
    firm = [(s, ok, n) for s, ok, n in J if not s.contestable]
    cont = [(s, ok, n) for s, ok, n in J if s.contestable]
    rule = [(s, ok, n) for s, ok, n in firm if ".u" in s.sid]
    ncheck = [x for x in J if x[2] and x[2].startswith("not checkable")]
    errors = [x for x in res if x[2] and (x[2].startswith("error") or x[2].startswith("checker error"))]
    byc = {}
    for s, ok, n in firm:
        byc.setdefault(s.case, []).append(ok)
    for s, ok, n in cont:
        byc.setdefault(s.case, [])
    full = sorted(c for c, oks in byc.items() if oks and all(oks))
    npass = sum(ok for _, ok, _ in firm)
    out("")
    out(f"judgments: {npass} of {len(firm)} statements, {len(full)} of 70 cases fully passing")
    out(f"  of these statements: {len(rule)} from the over-reaction rule ({sum(ok for _, ok, _ in rule)} pass); "
        f"{len([x for x in ncheck if not x[0].contestable])} not checkable through the documented output (counted as FAIL); "
        f"{len([x for x in firm if x[0].proxy])} read through a proxy")
    out(f"contestable: {sum(ok for _, ok, _ in cont)} of {len(cont)} statements pass (not counted above)")
    out(f"orderings: {sum(ok for _, ok, _ in Os)} of {len(Os)} pass")
    if errors:
        out(f"run errors: {len(errors)} statements could not be evaluated (see [error: …] above)")
    firm_failures = [s for s, ok, n in firm if not ok and not (n and n.startswith("not checkable"))]
    return {"firm_failures": len(firm_failures), "orderings_failed": sum(not ok for _, ok, _ in Os), "errors": len(errors),
            "firm_pass": npass, "firm": len(firm), "full": full, "contestable_pass": sum(ok for _, ok, _ in cont),
            "contestable": len(cont), "orderings_pass": sum(ok for _, ok, _ in Os), "orderings": len(Os)}


def consistency(runner, cases, out=print):
    """NOTE lines where the log's changes of a step differ from the change of the state."""
    for c in cases:
        try:
            path = runner.path(c)
            full = runner.play(c, len(path))
            for i in range(1, len(path)):
                a, b = runner.play(c, i), runner.play(c, i + 1)
                for pa in b["debrief"]["personas"]:
                    who = pa["persona"]
                    pb = next(x for x in a["debrief"]["personas"] if x["persona"] == who)
                    for dn, (s0, e1) in pa["dimensions"].items():
                        e0 = pb["dimensions"][dn][1]
                        lg = sum(float(e["after"]) - float(e["before"]) for e in full.get("log", [])
                                 if e.get("step") == i and e.get("target") == "dimension" and e.get("persona") == who and e.get("dimension") == dn)
                        if abs((e1 - e0) - lg) > 0.011:
                            out(f"NOTE {c} step {i} ({path[i]}) {who}.{dn}: state changed {e1 - e0:+.2f}, log says {lg:+.2f}")
        except (CaseError, KeyError, StopIteration) as e:
            out(f"NOTE {c}: consistency not checked: {e}")


# ------------------------------------------------------------------ self-test
class FakeRunner(Runner):
    """Builds documents from a script: per step, a list of (persona, dim, delta), and state fields."""

    def __init__(self, casedir, script):
        super().__init__("fake", casedir)
        self.script = script  # case -> dict(path=[...], start={who:{dim:val}}, steps=[{...}], ...)

    def path(self, case):
        if case in self.script:
            return self.script[case]["path"]
        return super().path(case)

    def play(self, case, k):
        sc = self.script[case]
        vals = {w: dict(dv_) for w, dv_ in sc["start"].items()}
        start = {w: dict(dv_) for w, dv_ in sc["start"].items()}
        fields = {w: dict(pressure=0.0, owed=0, willingness=40.0, stage="contact") for w in vals}
        log, vars_ = [], {}
        for i in range(k):
            stp = sc["steps"][i]
            for who, dim, delta in stp.get("changes", []):
                dn = DIM[dim]
                before = vals[who][dn]
                vals[who][dn] = round(before + delta, 2)
                log.append({"step": i, "choice": sc["path"][i], "target": "dimension", "persona": who, "dimension": dn,
                            "before": before, "after": vals[who][dn], "reason": stp.get("reason", "")})
            for who, dim, delta in stp.get("silent", []):
                vals[who][DIM[dim]] = round(vals[who][DIM[dim]] + delta, 2)
            for who, f in stp.get("fields", {}).items():
                fields[who].update(f)
            vars_.update(stp.get("vars", {}))
        personas = [{"persona": w, "dimensions": {dn: [start[w][dn], vals[w][dn]] for dn in vals[w]},
                     "quality": [0, 0], "stage": ["contact", fields[w]["stage"]], "pressure": fields[w]["pressure"],
                     "owed": fields[w]["owed"], "willing": fields[w]["willingness"] >= 50, "willingness": fields[w]["willingness"]}
                    for w in vals]
        return {"log": log, "debrief": {"personas": personas}, "state": {"vars": vars_}}


def self_test():
    global STATEMENTS, PRE
    fails = []

    def check(cond, what):
        if not cond:
            fails.append(what)

    # rounding and bands
    check(pts(4.5) == 5 and pts(-4.5) == -5 and pts(4.49) == 4 and pts(0.3) == 0, "pts rounding")
    check(medium(5.2) and not medium(4.4) and small(4.4) and smallmed(9.4) and not smallmed(9.5), "bands")
    check(rises(0.6) and not rises(0.4) and norise(0.4) and falls(-1) and fsmall(-4.4) and flarge(-10), "rise/fall bands")
    check(gt(3.6, 3.0) and not gt(3.4, 3.0) and ge(3.0, 3.4) and within(1, 3, 2) and not within(1, 3.6, 2), "comparisons")
    # linear path of a real case file
    real = Runner("none", os.path.join(HERE, "cases"))
    if os.path.exists(os.path.join(HERE, "cases", "J41-a.json")):
        check(real.path("J41-a") == ["begin", "report", "slot"], "path of J41-a")
        check(real.path("J02")[:3] == ["begin", "w2w", "w1m"], "path of J02")
    # a fake case through the helpers
    start = {"x": {DIM[k]: 40.0 for k in DIMS6}, "y": {DIM[k]: 50.0 for k in DIMS6}}
    script = {"T1": {"path": ["begin", "m1", "m2", "w1"], "start": start, "steps": [
        {},
        {"changes": [("x", "K", 6.0), ("x", "V", 2.4), ("x", "S", -0.3)], "fields": {"x": {"pressure": 0.0, "owed": 1, "willingness": 55.0}},
         "reason": "Your preferred channel makes this land better."},
        {"changes": [("x", "S", -2.0), ("y", "G", 4.0)], "fields": {"x": {"pressure": 12.0, "owed": 0, "willingness": 35.0}}, "vars": {"paar_verknuepft": 1}},
        {"changes": [("x", "I", -7.0)], "silent": [("y", "K", -1.5)], "fields": {"x": {"stage": "acquaintance", "pressure": 2.0}}},
    ]}}
    Ctx.runner = FakeRunner(os.path.join(HERE, "cases"), script)
    check(d("T1", "m1", "x", "K") == 6.0, "d sums the log of a step")
    check(d("T1", ["m1", "m2"], "x", "S") == -2.3, "d over a list of moves")
    check(v("T1", "m2", "x", "S") == 37.7 and v0("T1", "x", "S") == 40.0, "v and v0")
    check(dv("T1", "m2", "w1", "x", "I") == -7.0, "dv over a wait")
    check(dp("T1", "m2", "x") == 12.0 and p("T1", "w1", "x") == 2.0, "pressure")
    check(dowed("T1", "m1", "x") == 1 and owed("T1", "m2", "x") == 0, "owed")
    check(will("T1", "m1", "x") == 55.0 and will_at("T1", "m2", "x") == 55.0 and will_at("T1", "m1", "x") == 40.0, "willingness")
    check(stage("T1", "w1", "x") == "acquaintance" and sidx("acquaintance") == 1, "stage")
    check(var("T1", "m2", "paar_verknuepft") == 1, "variables")
    check(any("prefer" in r for r in reasons("T1", "m1", "x")), "reasons")
    try:
        grade("T1", "m1")
        fails.append("grade should not be readable")
    except NotReadable:
        pass
    notes = []
    consistency(Ctx.runner, ["T1"], out=notes.append)
    check(len(notes) == 1 and "T1 step 3 (w1) y.kompetenz: state changed -1.50, log says +0.00" in notes[0], f"consistency {notes}")
    # statements, tags and the summary
    saved = STATEMENTS, PRE
    STATEMENTS, PRE = [], []
    S("T1.1", "K rises medium", "medium(d('T1','m1','x','K'))")                     # pass
    S("T1.2", "V rises medium", "medium(d('T1','m1','x','V'))")                     # fail
    S("T1.3", "contestable pass", "small(d('T1','m2','y','G'))", contestable=True)  # pass
    NC("T1.4", "not checkable", "no field")                                        # fail
    S("T1.5", "grade unreadable", "grade('T1','m1') > 1")                            # fail, not checkable
    U("T1.u1", "T1", "m1", "x", "AGI")                                              # pass
    S("T2.1", "all good", "rises(d('T1','m1','x','K'))")                            # pass -> T2 fully passing
    O("OT", "ordering", "gt(d('T1','m1','x','K'), d('T1','m1','x','V'))")          # pass
    S("T3.1", "missing case is an error", "d('T9','m1','x','K') > 0")               # fail (error)
    lines = []
    summ = run_all(Ctx.runner, out=lines.append)
    STATEMENTS, PRE = saved
    check(lines[0].startswith("PASS T1.1") and "d(T1,m1,x,K)=+6.00" in lines[0], "line format and values: " + lines[0])
    check(lines[1].startswith("FAIL T1.2"), "failing statement")
    check("[contestable]" in lines[2], "contestable tag")
    check("[not checkable: no field]" in lines[3] and "not checkable" in lines[4], "not-checkable tag")
    check(lines[5].startswith("PASS T1.u1"), "over-reaction rule")
    check(summ["firm"] == 7 and summ["firm_pass"] == 3, f"counts {summ}")
    check(summ["contestable"] == 1 and summ["contestable_pass"] == 1 and summ["orderings_pass"] == 1, f"counts {summ}")
    check(summ["full"] == ["T2"], f"fully passing cases {summ['full']}")
    check(any("judgments: 3 of 7 statements, 1 of 70 cases fully passing" in l for l in lines), "summary line")
    check(any("error:" in l for l in lines if l.startswith("FAIL T3.1")), "missing case reported as error")
    # every statement expression compiles and names existing case files and moves
    casedir = os.path.join(HERE, "cases")
    for st in STATEMENTS + PRE:
        if st.expr is None:
            continue
        try:
            compile(st.expr, st.sid, "eval")
        except SyntaxError as e:
            fails.append(f"{st.sid} does not compile: {e}")
            continue
        for c in cases_of(st.expr):
            if not os.path.exists(os.path.join(casedir, c + ".json")):
                fails.append(f"{st.sid} names missing case {c}")
    # every move named in a statement is on its case's path
    import re
    for st in STATEMENTS + PRE:
        for c, rest in re.findall(r"\b(?:d|v|dv|p|dp|owed|dowed|will|will_at|stage|var|reasons|gain|loss|grade|unrelated)\('(J[^']+)',\s*(\[[^\]]*\]|'[^']*')", st.expr or ""):
            moves = re.findall(r"'([^']*)'", rest)
            path = real.path(c)
            for m in moves:
                if m not in path:
                    fails.append(f"{st.sid}: move {m!r} not on the path of {c}")
    ids = [s.sid for s in STATEMENTS]
    check(len(ids) == len(set(ids)), "statement ids unique")
    check(len({s.case for s in STATEMENTS if s.kind == 'judgment'}) == 70, "statements cover 70 cases")
    print("self-test:", "ok" if not fails else "FAILED")
    for f in fails:
        print("  -", f)
    return 0 if not fails else 1


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description="Check the Rapport model against the expert judgments.")
    ap.add_argument("binary", nargs="?", help="path of the rapport binary")
    ap.add_argument("--cases", default=os.path.join(HERE, "cases"), help="folder of the case files")
    ap.add_argument("--only", help="comma-separated case ids (J15,J41) and/or O for the orderings")
    ap.add_argument("--jobs", type=int, default=4, help="parallel runs when prefetching (default 4)")
    ap.add_argument("--quiet", action="store_true", help="print only failing statements and the summary")
    ap.add_argument("--consistency", action="store_true", help="also compare the log with the state after every step")
    ap.add_argument("--self-test", action="store_true", help="test the checker against fake documents")
    ap.add_argument("--list", action="store_true", help="print every statement with its expression as a Markdown table")
    ap.add_argument("--require", action="store_true",
                    help="exit 1 if a firm statement the output can answer, or an ordering, fails (for the test suite)")
    a = ap.parse_args(argv)
    if a.self_test:
        return self_test()
    if a.list:
        print("| id | statement | flags | expression |")
        print("| --- | --- | --- | --- |")
        for st in PRE + STATEMENTS:
            flags = ", ".join(f for f in ("precondition (not counted)" if st.kind == "pre" else "",
                                          "contestable" if st.contestable else "",
                                          "proxy: " + st.proxy if st.proxy else "",
                                          "not checkable: " + st.nc if st.nc else "") if f)
            expr = (st.expr or "–").replace("|", "\\|")
            print(f"| {st.sid} | {st.text} | {flags} | `{expr}` |")
        return 0
    if not a.binary:
        ap.print_help()
        return 0
    Ctx.runner = Runner(os.path.abspath(a.binary), a.cases)
    only = set(a.only.split(",")) if a.only else None
    allcases = sorted(f[:-5] for f in os.listdir(a.cases) if f.endswith(".json"))
    want = [c for c in allcases if not only or c.split("-")[0] in only]
    if a.jobs > 1:
        Ctx.runner.prefetch(want, a.jobs)
    summ = run_all(Ctx.runner, only=only, quiet=a.quiet)
    if a.consistency:
        print("")
        consistency(Ctx.runner, want)
    if a.require and (summ["firm_failures"] or summ["orderings_failed"] or summ["errors"]):
        print(f"required: {summ['firm_failures']} firm statements and {summ['orderings_failed']} orderings failed, "
              f"{summ['errors']} could not be evaluated")
        return 1
    return 0


if __name__ == "__main__":
    code = 0
    try:
        code = main(sys.argv[1:])
    except Exception:  # a measuring tool: report, never fail the caller (unless it is required)
        traceback.print_exc()
        code = 1
    # exit 0 always when measuring; the self-test reports its own result
    sys.exit(code if "--self-test" in sys.argv[1:] or "--require" in sys.argv[1:] else 0)
