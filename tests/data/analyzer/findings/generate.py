# Writes the small scenarios that show (and must not show) each of the analyzer's authors' findings.
import json, copy

def text(de, en): return {"de": de, "en": en}

def base(sid, nodes, variables=None, facts=None):
    s = {
        "format": 1, "id": sid,
        "title": text("Testfall " + sid, "Test case " + sid),
        "summary": text("Ein kleines Szenario für die Tests des Analysators.", "A small scenario for the analyzer's tests."),
        "goals": [text("Die Analyse prüfen", "Check the analysis")],
        "level": "beginner", "minutes": 5, "principles": ["appreciation"],
        "player": {"name": "Alex Berger", "role": text("Berater", "Consultant"), "company": "Berger Consulting",
                   "offer": text("Prozessberatung", "Process consulting")},
        "personas": [{"id": "weber", "name": "Dr. Jana Weber", "address": text("Frau Dr. Weber", "Dr Weber"),
                      "role": text("Leiterin Logistik", "Head of logistics"), "company": "Nordfracht AG",
                      "facts": facts or [{"id": "artikel", "text": text("Sie hat einen Artikel geschrieben.", "She wrote an article.")}]}],
        "start": nodes[0]["id"], "nodes": nodes}
    if variables: s["variables"] = variables
    return s

def choice(cid, de, en, nxt, **kw):
    c = {"id": cid, "text": text(de, en), "next": nxt}
    c.update(kw)
    return c

def decision(nid, choices, **kw):
    n = {"id": nid, "type": "decision", "text": text("Wie geht es weiter?", "What next?"), "choices": choices}
    n.update(kw)
    return n

def ending(nid, rating, **kw):
    n = {"id": nid, "type": "ending", "text": text("Ende.", "The end."), "debrief": text("Nachbesprechung " + nid, "Debrief " + nid), "rating": rating}
    n.update(kw)
    return n

def adjust(points):
    return [{"persona": "weber", "vertrauen": points, "reason": text("Sie fühlt sich verstanden.", "She feels understood.")}]

def write(name, s):
    with open(name + ".json", "w", encoding="utf-8") as f:
        json.dump(s, f, ensure_ascii=False, indent=1)
        f.write("\n")

# A loop the player can repeat, raising trust each time round (eight rounds at most).
def inflation(guarded):
    lob_if = "runden < 8 and not chose(lob)" if guarded else "runden < 8"
    return base("inflation-guarded" if guarded else "inflation", [
        decision("gespraech", [
            choice("lob", "Ich lobe ihren Vortrag.", "I praise her talk.", "nachhaken", adjust=adjust(4), **{"if": lob_if},
                   effects=[{"var": "runden", "add": 1}]),
            choice("verabschieden", "Ich verabschiede mich.", "I say goodbye.", "ende_gut")]),
        decision("nachhaken", [
            choice("entschuldigen", "Entschuldigung, ich wollte nicht drängen.", "Sorry, I did not mean to push.", "gespraech")]),
        ending("ende_gut", "good")], variables={"runden": 0})
write("inflation", inflation(False))
write("inflation-guarded", inflation(True))

# A good ending whose best result is below what the poor ending reaches.
def mismatch(fixed):
    good_gain, poor_gain = (10, 3) if fixed else (3, 10)
    return base("rating-fine" if fixed else "rating-mismatch", [
        decision("start", [
            choice("zuhoeren", "Ich höre zu.", "I listen.", "ende_gut", adjust=adjust(good_gain)),
            choice("abbrechen", "Ich breche ab.", "I break off.", "ende_schwach", adjust=adjust(poor_gain))]),
        ending("ende_gut", "good"), ending("ende_schwach", "poor")])
write("rating-mismatch", mismatch(False))
write("rating-fine", mismatch(True))

# A choice whose condition can never hold; the other file's condition is merely narrow.
def contradiction(possible):
    cond = "zahl > 20 and zahl < 50" if possible else "zahl < 20 and zahl > 50"
    return base("condition-narrow" if possible else "condition-contradictory", [
        decision("start", [
            choice("erhoehen", "Ich lege nach.", "I add to it.", "start", **{"if": "zahl < 30"}, effects=[{"var": "zahl", "add": 15}]),
            choice("besonders", "Ich nutze den Moment.", "I use the moment.", "ende_gut", **{"if": cond}),
            choice("gehen", "Ich gehe.", "I leave.", "ende_gut")]),
        ending("ende_gut", "good")], variables={"zahl": 0})
write("condition-contradictory", contradiction(False))
write("condition-narrow", contradiction(True))

# A conditional effect whose condition can never hold, nested in a choice's effects.
write("condition-in-effect", base("condition-in-effect", [
    decision("start", [
        choice("gehen", "Ich gehe.", "I leave.", "ende_gut",
               effects=[{"var": "zahl", "add": 1}, {"if": "zahl > 5", "then": [{"if": "zahl >= 3 and zahl <= 2", "then": [{"var": "zahl", "add": 1}]}]}])]),
    ending("ende_gut", "good")], variables={"zahl": 0}))

# A fact learned but never read; in the other file a later choice uses it.
def facts(used):
    later = [choice("artikel_nennen", "Ich spreche sie auf ihren Artikel an.", "I mention her article.", "ende_gut", uses="artikel")] if used else []
    return base("fact-used" if used else "fact-unused", [
        decision("start", [
            choice("recherche", "Ich lese mich ein.", "I read up.", "gespraech", effects=[{"learn": "artikel"}]),
            choice("direkt", "Ich gehe direkt hin.", "I go straight there.", "gespraech")]),
        decision("gespraech", later + [choice("plaudern", "Ich plaudere.", "I chat.", "ende_gut")]),
        ending("ende_gut", "good")])
write("fact-unused", facts(False))
write("fact-used", facts(True))

def rare_step(nid, deeper):
    waits = [choice(nid + "_w" + str(k), "Ich warte " + str(k) + " Minuten.", "I wait " + str(k) + " minutes.", "ende_gut") for k in range(1, 5)]
    return decision(nid, waits + [choice(nid + "_weiter", "Ich gehe weiter.", "I go on.", deeper)])

# Careless runs (always the first option) and ties for the best: two first options that lead
# to the same result, and an ending almost never reached.
def shares(tied):
    second_gain = 5 if tied else 2
    return base("ties" if tied else "no-ties", [
        decision("start", [
            choice("a", "Ich beginne freundlich.", "I start kindly.", "weiter", adjust=adjust(5)),
            choice("b", "Ich beginne sachlich.", "I start matter-of-factly.", "weiter", adjust=adjust(second_gain))]),
        decision("weiter", [
            choice("bleiben", "Ich bleibe.", "I stay.", "ende_gut"),
            choice("selten1", "Ich zögere.", "I hesitate.", "selten")]),
        rare_step("selten", "selten2"), rare_step("selten2", "selten3"), rare_step("selten3", "rar"),
        ending("ende_gut", "good"), ending("rar", "mixed")])
write("ties", shares(True))
write("no-ties", shares(False))
