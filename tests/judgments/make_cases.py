#!/usr/bin/env python3
"""Writes cases/*.json: one format-2 scenario per judgment case variant (J01..J70).

Every scenario is linear: each decision node has exactly one choice, so the list of
choice ids along the path is the --choices list, and the log's `step` of a choice is
its position in that list. Step 0 is always the no-op choice `begin`, so a run with
`--choices begin` shows the start state. Time passes only in steps of its own (a
single-choice decision whose choice carries a `wait` effect). Setup events (a vouch,
a handover, a failure of the player's side, a tender) are steps of their own too.
No choice that is under test carries `adjust` or an adjustment effect.
Run: python3 make_cases.py  (rewrites cases/)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

TOPICS = {
    "profil": ("Öffentliches Profil", "Public profile"),
    "auftraege": ("Auftragslage", "Order book"),
    "markt": ("Marktentwicklung", "Market developments"),
    "strategie": ("Gemeinsame Strategie", "Joint strategy"),
    "linie": ("Neue Fertigungslinie", "New production line"),
    "marktanalyse": ("Marktanalyse für den Vorstand", "Market analysis for the board"),
    "logistik": ("Logistikproblem", "Logistics problem"),
    "angebot": ("Angebot und Preise", "Offer and prices"),
    "ausfall": ("Ausfall der Sensoren", "Sensor failure"),
    "erp": ("ERP-Migration", "ERP migration"),
    "hydraulik": ("Energieeffizienz hydraulischer Pressen", "Energy efficiency of hydraulic presses"),
    "audit": ("Anstehendes Audit", "Upcoming audit"),
    "reisen": ("Reisen", "Travel"),
    "fussball": ("Fußball", "Football"),
    "tco": ("Gesamtkostenrechnung", "Total cost of ownership"),
    "marke": ("Markenführung (Keynote)", "Brand management (keynote)"),
    "fachkraefte": ("Cloud-Fachkräfte finden", "Finding cloud specialists"),
    "preise": ("Preisdruck", "Pricing pressure"),
    "nachfolge": ("Nachfolge in Familienunternehmen", "Succession in family firms"),
    "portfolio": ("Unser Portfolio", "Our portfolio"),
    "bindung": ("IT-Fachkräfte halten", "Retaining IT specialists"),
    "trends": ("Trends der IT-Branche", "IT industry trends"),
    "segeln": ("Segeln", "Sailing"),
    "energie": ("Energiekosten", "Energy costs"),
    "marathon": ("Marathontraining", "Marathon training"),
    "projekt": ("Projektidee", "Project idea"),
    "lieferung": ("Liefertermin", "Delivery date"),
    "konstruktion": ("Konstruktion der neuen Maschine", "Design of the new machine"),
    "kennzahlen": ("Produktionskennzahlen", "Production benchmarks"),
    "ausschuss": ("Ausschussquote", "Scrap rate"),
    "automatisierung": ("Automatisierung", "Automation"),
    "empfehlung": ("Empfehlung", "Recommendation"),
    "validierung": ("Validierung", "Validation"),
    "inbetriebnahme": ("Inbetriebnahme bis 31. März", "Commissioning by 31 March"),
    "lieferantenwahl": ("Lieferantenentscheidung", "Supplier decision"),
    "preisrunde": ("Jahrespreisgespräch", "Annual price talks"),
    "ersatzteile": ("Ersatzteillogistik", "Spare-parts logistics"),
    "jubilaeum": ("50-jähriges Firmenjubiläum", "Company's 50th anniversary"),
    "voegel": ("Vogelbeobachtung", "Birdwatching"),
    "verpackung": ("Neue Verpackungsverordnung", "New packaging regulation"),
    "website": ("Neue Website", "New website"),
    "kunden": ("Neue Kunden", "New clients"),
    "sap": ("SAP-S/4HANA-Migration", "SAP S/4HANA migration"),
    "it": ("Allgemeine IT-Dienste", "General IT services"),
    "planung": ("Produktionsplanung", "Production planning"),
    "meilenstein": ("Projektmeilenstein", "Project milestone"),
    "finanzierung": ("Finanzierungsthema", "Financing topic"),
}
DIMS = {"S": "sympathie", "A": "anerkennung", "V": "vertrauen", "G": "gegenseitigkeit",
        "I": "intensitaet", "K": "kompetenz"}
PRINCIPLE = {1: "keep-in-touch", 2: "proportion", 3: "quality", 4: "proportion", 5: "preparation",
             6: "individuality", 7: "give-first", 8: "diagnose", 9: "keep-in-touch", 10: "connect"}


def T(de, en):
    return {"de": de, "en": en}


def per(pid, name, addr_de, addr_en, role_de, role_en, company="Muster GmbH", traits=None,
        stage=None, dims=None, enc=None, inperson=None, known=None, owed=None, last=None,
        channel=None, avoids=None, colleague=None, routine=None, gift=None, tender=None,
        concerns=None, interests=None, needs=None, offers=None, facts=None):
    p = {"id": pid, "name": name, "address": T(addr_de, addr_en), "role": T(role_de, role_en),
         "company": company}
    if traits: p["traits"] = traits
    for k, val in (("interests", interests), ("concerns", concerns), ("needs", needs), ("offers", offers)):
        if val: p[k] = val
    if channel: p["channel"] = channel
    if avoids: p["avoids"] = avoids
    if colleague is not None: p["colleague"] = colleague
    if routine: p["routine"] = routine
    if gift: p["giftPolicy"] = gift
    if tender is not None: p["tender"] = tender
    if facts:
        p["facts"] = [{"id": fid, "text": T(de, en), **({"topic": top} if top else {})}
                      for fid, top, de, en in facts]
    st = {}
    if dims is not None:
        if isinstance(dims, int):
            dims = {k: dims for k in DIMS}
        for k, val in dims.items():
            st[DIMS[k]] = val
    if stage: st["stage"] = stage
    if enc is not None: st["encounters"] = enc
    if inperson is not None: st["inPerson"] = inperson
    if known: st["knownFor"] = known
    if owed is not None: st["owed"] = owed
    if last:
        st["lastContact"] = {"ago": last[0], "channel": last[1]}
    if st: p["start"] = st
    return p


class Step:
    def __init__(self, cid, de, en, choice, present=None, test=False):
        self.cid, self.de, self.en, self.choice, self.present, self.test = cid, de, en, choice, present, test


def M(cid, act, who, de, en, channel="face", present=None, **kw):
    """A move of the player: one decision with one choice carrying the act."""
    ch = {"act": act, "with": who}
    if act != "research":
        ch["channel"] = channel
    for k in ("topic", "uses", "value", "size", "failure", "warned", "asked", "moment",
              "ultimatum", "takes", "reveals", "effects"):
        if k in kw and kw[k] is not None:
            ch[k] = kw[k]
    return Step(cid, de, en, ch, present=present, test=kw.get("test", act != "research"))


def W(cid, dur, present=None):
    """Time passes with no move: a single-choice decision whose choice waits."""
    de = {"d": "Tag(e)", "w": "Woche(n)", "h": "Stunde(n)", "m": "Minute(n)"}[dur[-1]]
    en = {"d": "day(s)", "w": "week(s)", "h": "hour(s)", "m": "minute(s)"}[dur[-1]]
    return Step(cid, f"{dur[:-1]} {de} vergehen ohne Zug.", f"{dur[:-1]} {en} pass with no move.",
                {"effects": [{"wait": dur}]}, present=present)


def E(cid, de, en, effects):
    """An event that is not a move of the player (effects only)."""
    return Step(cid, de, en, {"effects": effects})


def case(cid, title_de, title_en, principles, personas, steps, network=None, variables=None):
    used = set()
    for p in personas:
        for k in ("interests", "concerns", "needs", "offers"):
            used.update(p.get(k, []))
        for f in p.get("facts", []):
            if "topic" in f: used.add(f["topic"])
    for s in steps:
        if "topic" in s.choice: used.add(s.choice["topic"])
    nodes = []
    allsteps = [Step("begin", "Die Ausgangslage.", "The starting point.", {})] + steps
    ids = [s.cid for s in allsteps]
    assert len(ids) == len(set(ids)), (cid, ids)
    for i, s in enumerate(allsteps):
        nxt = "n_" + allsteps[i + 1].cid if i + 1 < len(allsteps) else "ende"
        choice = {"id": s.cid, "text": T(s.de, s.en), **s.choice, "next": nxt}
        node = {"id": "n_" + s.cid, "type": "decision", "choices": [choice]}
        if s.present:
            node["present"] = s.present
        nodes.append(node)
    nodes.append({"id": "ende", "type": "ending", "text": T("Ende des Falls.", "End of the case."),
                  "debrief": T("Prüffall " + cid.upper(), "Check case " + cid.upper())})
    doc = {
        "format": 2,
        "id": cid.lower(),
        "title": T(f"{cid}: {title_de}", f"{cid}: {title_en}"),
        "summary": T("Prüffall aus dem Expertenurteil " + cid.split("-")[0],
                     "Check case from expert judgment " + cid.split("-")[0]),
        "goals": [T("Das Modell an einem Expertenurteil messen", "Measure the model against an expert judgment")],
        "level": "intermediate",
        "minutes": 5,
        "principles": sorted({PRINCIPLE[n] for n in principles}),
        "player": {"name": "Alex Berger", "role": T("Vertrieb", "Sales"), "company": "Berger GmbH",
                   "offer": T("Industrielösungen", "Industrial solutions")},
        "topics": {t: T(*TOPICS[t]) for t in sorted(used)},
    }
    if variables:
        doc["variables"] = variables
    doc["personas"] = personas
    if network:
        doc["network"] = network
    doc["start"] = "n_begin"
    doc["nodes"] = nodes
    if not doc["topics"]:
        del doc["topics"]
    CASES[cid] = doc


CASES = {}

# ---------------------------------------------------------------- Principle 1: time
def j01():
    alb = per("albrecht", "Dr. Eva Albrecht", "Frau Dr. Albrecht", "Dr Albrecht", "Leiterin Einkauf", "Head of purchasing",
              "Albrecht Maschinenbau", traits=["analytical", "reserved"], stage="stranger", enc=0,
              facts=[("website", "profil", "Lebenslauf und Aufgaben laut Firmenwebsite und LinkedIn.", "CV and role from the company website and LinkedIn."),
                     ("interview", None, "Interview in einer Fachzeitschrift.", "Interview in a trade journal.")])
    case("J01", "Fremde kühlt nicht ab", "A stranger does not cool", [1], [alb], [
        M("research", "research", "albrecht", "Website, LinkedIn und Interview lesen", "Read website, LinkedIn and interview",
          takes="30m", reveals=["website", "interview"]),
        W("w6m", "182d")])


def j02():
    b = per("brandl", "Thomas Brandl", "Herr Brandl", "Mr Brandl", "IT-Leiter", "IT manager", "Brandl Logistik",
            traits=["relaxed"], stage="contact", dims=60, enc=4, inperson=3, known="60w", last=("1w", "email"))
    steps = [W("w2w", "14d"), W("w1m", "16d")] + [W(f"w{m}m", "30d") for m in range(2, 7)]
    case("J02", "Abkühlen je Dimension", "Decay per dimension", [1], [b], steps)


def j03():
    a = per("petersen", "Jens Petersen", "Herr Petersen", "Mr Petersen", "Leiter Instandhaltung", "Head of maintenance",
            "Nordwerk AG", stage="relationship", dims=65, enc=40, inperson=30, known="416w", last=("1w", "face"))
    b = per("koehler", "Sabine Köhler", "Frau Köhler", "Ms Köhler", "Leiterin Instandhaltung", "Head of maintenance",
            "Südwerk GmbH", stage="contact", dims=65, enc=4, inperson=0, known="17w", last=("1w", "video"))
    case("J03", "Lange Geschichte kühlt langsamer", "A long history decays slower", [1, 6], [a, b], [W("w12m", "365d")])


def j04():
    def bru():
        return per("brueckner", "Karin Brückner", "Frau Brückner", "Ms Brückner", "Produktionsleiterin", "Head of production",
                   "Brückner Verpackung", traits=["formal"], stage="relationship", dims=70, enc=20, inperson=10,
                   known="260w", last=("2w", "face"), concerns=["auftraege", "markt"])
    case("J04-a", "Quartalskontakt mit Substanz", "Quarterly meaningful contact", [1], [bru()], [
        W("w1", "45d"),
        M("q1", "followup", "brueckner", "Anruf: Review der Bestellungen", "Call: order review", channel="phone", topic="auftraege"),
        W("w2", "91d"),
        M("q2", "question", "brueckner", "Besuch vor Ort: Fragen zur Auftragslage", "Visit: questions on the order book", topic="auftraege", takes="1h"),
        W("w3", "91d"),
        M("q3", "inform", "brueckner", "Anruf: Marktänderung, die sie betrifft", "Call: a market change that affects her", channel="phone", topic="markt"),
        W("w4", "91d"),
        M("q4", "followup", "brueckner", "Besuch vor Ort: Bestellungen besprechen", "Visit: discuss orders", topic="auftraege", takes="1h"),
        W("w5", "47d")])
    case("J04-b", "Ein Jahr ohne Kontakt", "A year without contact", [1], [bru()], [W("w12m", "365d")])
    case("J04-c", "Nur eine Weihnachtskarte", "Only a Christmas card", [1], [bru()], [
        W("w11m", "335d"),
        M("card", "followup", "brueckner", "Gedruckte Standard-Weihnachtskarte", "Printed generic Christmas card", channel="email",
          effects=[{"var": "enc_after", "set": "brueckner.encounters"}]),
        W("w1m", "30d")], variables={"enc_after": -1})
    # enc_before is read with a probe on the wait before the card
    CASES["J04-c"]["variables"]["enc_before"] = -1
    CASES["J04-c"]["nodes"][1]["choices"][0]["effects"].append({"var": "enc_before", "set": "brueckner.encounters"})


def j05():
    def jan():
        return per("jansen", "Peter Jansen", "Herr Jansen", "Mr Jansen", "Geschäftsführer", "Managing director",
                   "Jansen Werke", traits=["open"], stage="partner", dims=80, enc=84, inperson=60, known="364w",
                   last=("4w", "face"), concerns=["strategie"])
    steps = []
    for i in range(1, 13):
        steps += [W(f"w{i}", "30d"), M(f"jf{i}", "followup", "jansen", f"Jour fixe {i} mit Inhalt", f"Jour fixe {i} with content", topic="strategie", takes="1h")]
    steps.append(W("wend", "5d"))
    case("J05-a", "Monatlicher Jour fixe", "Monthly jour fixe", [1], [jan()], steps)
    steps = []
    for i in range(1, 5):
        steps += [W(f"w{i}", "90d"), M(f"jf{i}", "followup", "jansen", f"Quartalstreffen {i} mit Inhalt", f"Quarterly meeting {i} with content", topic="strategie", takes="1h")]
    steps.append(W("wend", "5d"))
    case("J05-b", "Nur noch quartalsweise", "Only quarterly", [1], [jan()], steps)


def j06():
    e = per("engel", "Maria Engel", "Frau Engel", "Ms Engel", "Einkäuferin", "Buyer", "Engel AG", stage="acquaintance",
            last=("4w", "face"))
    case("J06-a", "Anwesend im Workshop", "Present in the workshop", [1], [e], [
        W("day1", "1d", present=["engel"]), W("day2", "1d", present=["engel"])])
    t = per("tobias", "Tobias Roth", "Tobias", "Tobias", "Servicetechniker", "Service technician", "Berger GmbH",
            stage="relationship", colleague=True)
    case("J06-b", "Eigener Kollege", "Own colleague", [1], [t], [W("m1", "30d"), W("m2", "30d"), W("m3", "30d")])
    a = per("aydin", "Emre Aydin", "Herr Aydin", "Mr Aydin", "Projektleiter", "Project lead", "Aydin Bau",
            stage="contact", routine="1w", last=("1w", "video"))
    case("J06-c", "Wöchentlicher Projektcall", "Weekly project call", [1], [a], [W("m1", "30d"), W("m2", "30d"), W("m3", "30d")])


def j07():
    v = per("vogel", "Klaus Vogel", "Herr Vogel", "Mr Vogel", "Leiter Einkauf", "Head of purchasing", "Vogel KG",
            traits=["sceptical"], stage="contact", dims={"S": 40, "V": 30}, last=("3w", "phone"))
    case("J07", "Zeit heilt keinen Groll", "Time does not heal a grudge", [1], [v], [W(f"m{i}", "30d") for i in range(1, 7)])


# ---------------------------------------------------------------- Principle 2: substance vs gesture
def j08():
    s = per("schuster", "Ralf Schuster", "Herr Schuster", "Mr Schuster", "Werkleiter", "Plant manager", "Schuster Werke",
            traits=["relaxed"], stage="contact", dims={"K": 70, "V": 65, "S": 60, "I": 45}, last=("1w", "face"),
            concerns=["linie"])
    case("J08", "Essen nach geleisteter Substanz", "Lunch after delivered substance", [2], [s], [
        M("commission", "deliver", "schuster", "Ihr Team nimmt die Linie pünktlich in Betrieb", "Your team commissions the line on time",
          topic="linie", asked=True, test=False),
        W("w1w", "7d"),
        M("lunch", "invite", "schuster", "Einladung zum Mittagessen mit dem Team", "Invite him and the team to lunch", value="modest")])


def j09():
    e = per("ebert", "Dr. Ines Ebert", "Frau Dr. Ebert", "Dr Ebert", "Leiterin Beschaffung", "Head of procurement",
            "Ebert Chemie AG", traits=["formal", "reserved"], stage="acquaintance", enc=1, inperson=1, last=("3w", "face"))
    case("J09", "VIP-Loge ohne Substanz", "VIP box without substance", [2, 8], [e], [
        M("vip", "invite", "ebert", "E-Mail: Einladung in die VIP-Loge mit Hotel", "E-mail: VIP box invitation with hotel", channel="email", value="lavish")])


def wolff():
    return per("wolff", "Martin Wolff", "Herr Wolff", "Mr Wolff", "Vertriebsleiter", "Sales director", "Wolff Handel",
               traits=["open"], stage="acquaintance", enc=1, inperson=1, last=("2w", "face"),
               concerns=["logistik"], needs=["marktanalyse", "logistik"])


def j10_steps():
    return [
        M("g1", "praise", "wolff", "LinkedIn-Kommentar: „Toller Beitrag!“", "LinkedIn comment: “Great post!”", channel="messenger"),
        W("w7a", "7d"),
        M("g2", "smalltalk", "wolff", "Plauder-Anruf ohne Thema", "Small-talk call with no topic", channel="phone"),
        W("w7b", "7d"),
        M("g3", "gift", "wolff", "Pralinen mit Firmenlogo", "Chocolates with the company logo", channel="email", value="token"),
        W("w6", "6d"),
        M("g4", "smalltalk", "wolff", "Noch ein Plauder-Anruf ohne Thema", "Another small-talk call with no topic", channel="phone")]


def j10():
    case("J10", "Gesten ohne Substanz", "Gestures without substance", [2, 4], [wolff()], j10_steps())


def j11():
    lg = per("logistiker", "Nina Falk", "Frau Falk", "Ms Falk", "Logistikdienstleisterin", "Logistics provider", "Falk Logistik",
             stage="contact", offers=["logistik"], needs=["kunden"])
    case("J11", "Substanz baut Druck allmählich ab", "Substance eases pressure gradually", [2, 3], [wolff(), lg], j10_steps() + [
        W("w7c", "7d"),
        M("d28", "give", "wolff", "Die Marktanalyse, die er für den Vorstand braucht", "The market analysis he needs for his board", channel="email", topic="marktanalyse"),
        W("w17", "17d"),
        M("d45", "introduce", ["wolff", "logistiker"], "Vorstellung: passender Logistikdienstleister", "Introduction: a fitting logistics provider", channel="email")])


def j12():
    def sch():
        return per("schmitt", "Dr. Anna Schmitt", "Frau Dr. Schmitt", "Dr Schmitt", "Leiterin Qualität", "Head of quality",
                   "Schmitt Pharma", traits=["analytical", "busy"], stage="contact", last=("2w", "email"))
    setup = E("setup", "Zwei frühere Terminanfragen (Vorbedingung)", "Two earlier meeting requests (precondition)",
              [{"persona": "schmitt", "pressure": 25, "reason": T("Vorbedingung: zwei frühere Terminanfragen", "Precondition: two earlier meeting requests")}])
    case("J12-a", "Ungefragtes Angebot", "Unsolicited offer", [2, 3], [sch()], [setup,
        M("offer", "pitch", "schmitt", "E-Mail: Angebot und Preisliste, „falls von Interesse“", "E-mail: offer and price list, “in case it is of interest”", channel="email", topic="angebot")])
    case("J12-b", "Angefragtes Angebot", "Requested quotation", [2, 3], [sch()], [setup,
        M("offer", "pitch", "schmitt", "E-Mail: das angefragte Angebot", "E-mail: the quotation she asked for", channel="email", topic="angebot", asked=True)])


def j13():
    def kr():
        return per("krueger", "Bernd Krüger", "Herr Krüger", "Mr Krüger", "Produktionsleiter", "Head of production", "Krüger Metall",
                   traits=["busy"], stage="relationship", enc=12, inperson=8, known="156w", last=("2w", "face"), concerns=["ausfall"])
    fail = E("fail", "Ihre Sensoren fallen aus, seine Linie steht zwei Tage", "Your sensors fail; his line stands still for two days",
             [{"letdown": "krueger", "failure": "mistake", "warned": False}])
    case("J13-a", "Geste statt Ergebnis", "Gesture instead of results", [2, 9], [kr()], [fail,
        M("hamper", "gift", "krueger", "Präsentkorb „Sorry für den Ärger“", "Gift hamper “sorry for the trouble”", channel="email", value="modest"),
        M("golf", "invite", "krueger", "Einladung zum Golf nächsten Monat", "Invitation to golf next month", channel="email", value="modest")])
    case("J13-b", "Sichtbare Arbeit am Fehler", "Visible work on the fault", [2, 9], [kr()], [fail,
        M("call1", "inform", "krueger", "Anruf: Techniker ist in 24 Stunden vor Ort", "Call: a technician is on site within 24 hours", channel="phone", topic="ausfall"),
        W("d1", "1d"),
        M("call2", "inform", "krueger", "Tägliches Update am Telefon", "Daily update by phone", channel="phone", topic="ausfall"),
        W("d2", "1d"),
        M("call3", "inform", "krueger", "Tägliches Update am Telefon", "Daily update by phone", channel="phone", topic="ausfall"),
        M("report", "deliver", "krueger", "Ursachenbericht nach drei Tagen", "Root-cause report after three days", channel="email", topic="ausfall", asked=True)])


def j14():
    def li():
        return per("lindner", "Eva Lindner", "Frau Lindner", "Ms Lindner", "Einkaufsleiterin", "Purchasing manager", "Lindner AG",
                   traits=["relaxed", "busy"], stage="acquaintance", last=("3w", "face"))
    call = M("coffee", "propose", "lindner", "Anruf: Kaffee vorschlagen (sie hat diesen Monat keine Zeit)", "Call: suggest a coffee (she has no time this month)", channel="phone", test=False)
    case("J14-a", "Ein Nein annehmen", "Accepting a no", [2, 4, 9], [li()], [call,
        M("accept", "accept", "lindner", "„Verstanden, ich melde mich im Juni.“", "“Understood, I'll get back to you in June.”", channel="phone")])
    case("J14-b", "Nach einem Nein drängen", "Pushing after a no", [2, 4, 9], [li()], [call,
        W("d1", "1d"),
        M("push1", "push", "lindner", "E-Mail mit drei Alternativterminen", "E-mail with three alternative dates", channel="email"),
        W("d2", "2d"),
        M("push2", "push", "lindner", "Erneuter Anruf", "Another call", channel="phone")])


# ---------------------------------------------------------------- Principle 3: competence
def braun():
    return per("braun", "Dr. Stefan Braun", "Herr Dr. Braun", "Dr Braun", "Leiter Konstruktion", "Head of engineering", "Braun Maschinenbau",
               traits=["analytical"], stage="acquaintance", dims={"K": 45, "V": 45}, enc=1, inperson=1, owed=0,
               last=("4w", "face"), concerns=["erp"])


def j15_17_18():
    case("J15", "Expertise zum echten Anliegen", "Expertise on the real concern", [3, 5], [braun()], [
        M("call", "give", "braun", "Anruf: wie wir eine ähnliche Migration gerettet haben, Checkliste angeboten", "Call: how we rescued a similar migration; offer the checklist", channel="phone", topic="erp", takes="20m")])
    case("J17", "Verkaufen statt helfen", "Selling instead of helping", [3, 2], [braun()], [
        M("call", "pitch", "braun", "Anruf: unsere Projektmanagement-Software vorstellen, Demo anbieten", "Call: present our project-management software, offer a demo", channel="phone", topic="erp", takes="20m")])
    case("J18", "Expertise, die nicht passt", "Expertise that does not fit", [3, 5], [braun()], [
        M("paper", "give", "braun", "E-Mail: Whitepaper zu hydraulischen Pressen", "E-mail: white paper on hydraulic presses", channel="email", topic="hydraulik")])


def j16():
    k = per("klein", "Julia Klein", "Frau Klein", "Ms Klein", "Qualitätsmanagerin", "Quality manager", "Klein Medizintechnik",
            traits=["formal"], stage="contact", last=("1w", "face"), concerns=["audit"])
    case("J16", "Ein Versprechen halten", "Keeping a promise", [3, 8], [k], [
        M("data", "deliver", "klein", "Testdaten einen Tag früher, mit Hinweis zum Audit", "Test data a day early, with a note on the audit", channel="email", topic="audit", asked=True)])


def j19():
    b = per("baumann", "Uwe Baumann", "Herr Baumann", "Mr Baumann", "Vertriebsleiter", "Head of sales", "Baumann Zulieferung",
            traits=["open", "relaxed"], stage="contact", interests=["reisen", "fussball"])
    case("J19", "Ein netter Abend", "A pleasant evening", [3], [b], [
        M("dinner", "smalltalk", "baumann", "Abendessen: Reisen und Fußball, kein Geschäft", "Dinner: travel and football, no business", topic="fussball", takes="2h")])


def j20():
    j = per("jung", "Lea Jung", "Frau Jung", "Ms Jung", "Controllerin", "Controller", "Jung Industrie",
            traits=["analytical"], stage="contact", dims={"K": 60}, last=("2w", "email"), concerns=["tco"])
    case("J20", "Fehler und ehrliche Korrektur", "An error and an honest correction", [3, 8], [j], [
        M("error", "letdown", "jung", "TCO-Rechnung mit Formelfehler (sie findet ihn selbst)", "TCO calculation with a formula error (she finds it)", channel="email", topic="tco", failure="mistake", warned=False),
        W("night", "16h"),
        M("own", "apologize", "jung", "Anruf: den Fehler eingestehen", "Call: acknowledge the mistake", channel="phone"),
        M("fixed", "deliver", "jung", "Korrigierte Fassung schicken", "Send the corrected version", channel="email", topic="tco")])


# ---------------------------------------------------------------- Principle 4: repetition
def j21():
    w = per("weber", "Sandra Weber", "Frau Weber", "Ms Weber", "Marketingleiterin", "Head of marketing", "Weber Marken",
            traits=["open", "relaxed"], stage="stranger", enc=0, interests=["marke"])
    case("J21", "Lob wird Schmeichelei", "Praise becomes flattery", [4, 5], [w], [
        M("praise1", "praise", "weber", "Konkretes Lob für ein Argument der Keynote", "Specific praise for one argument of her keynote", topic="marke"),
        M("ask1", "question", "weber", "Frage zu diesem Argument", "Question about that argument", topic="marke", takes="5m"),
        M("praise2", "praise", "weber", "„Wirklich, ein exzellenter Vortrag.“", "“Really, an excellent talk.”", takes="10m"),
        M("praise3", "praise", "weber", "„Sie waren klar die beste Rednerin des Tages.“", "“You were clearly the best speaker of the day.”")])


def j22():
    h = per("hoffmann", "Jörg Hoffmann", "Herr Hoffmann", "Mr Hoffmann", "Leiter Betrieb", "Head of operations", "Hoffmann Logistik",
            traits=["busy"], stage="contact", last=("2w", "email"))
    steps = [M("e1", "followup", "hoffmann", "„Ich wollte mich nur mal melden …“", "“Just checking in …”", channel="email")]
    for i in range(2, 7):
        steps += [W(f"w{i}", "7d"), M(f"e{i}", "followup", "hoffmann", "„Ich wollte mich nur mal melden …“", "“Just checking in …”", channel="email")]
    case("J22", "Wöchentliches Nachfragen", "Weekly checking in", [4, 2], [h], steps)


def j23():
    s = per("schulz", "Birgit Schulz", "Frau Schulz", "Ms Schulz", "Einkaufsleiterin", "Head of purchasing", "Schulz AG",
            traits=["reserved", "busy"], stage="acquaintance", last=("3w", "face"))
    case("J23", "Einladungen nach Absagen", "Invitations after declines", [4, 2], [s], [
        M("inv1", "invite", "schulz", "E-Mail: Einladung zum Abendessen (sie sagt ab)", "E-mail: dinner invitation (she declines)", channel="email", value="modest"),
        W("w1", "14d"),
        M("inv2", "invite", "schulz", "E-Mail: erneute Einladung (sie sagt ab)", "E-mail: another invitation (she declines)", channel="email", value="modest"),
        W("w2", "14d"),
        M("inv3", "invite", "schulz", "Anruf: dritte Einladung", "Call: a third invitation", channel="phone", value="modest")])


def j24():
    l = per("lorenz", "Frank Lorenz", "Herr Lorenz", "Mr Lorenz", "Geschäftsführer", "Managing director", "Lorenz IT",
            traits=["open"], stage="contact", concerns=["fachkraefte", "preise"])
    steps = []
    for i in range(1, 6):
        if i > 1:
            steps.append(W(f"w{i}", "30d"))
        top = "fachkraefte" if i % 2 else "preise"
        steps.append(M(f"a{i}", "followup", "lorenz", "Passender Artikel mit einer Zeile dazu", "A fitting article with a one-line note", channel="email", topic=top))
    case("J24", "Wiederholte Substanz", "Repeated substance", [4, 3, 5], [l], steps)


def j25():
    f = per("fischer", "Holger Fischer", "Herr Fischer", "Mr Fischer", "Vertriebsleiter", "Sales director", "Fischer Handel",
            traits=["busy"], stage="contact")
    steps = [M("c1", "smalltalk", "fischer", "Kaffee ohne Thema", "Coffee with no topic", takes="30m")]
    for i in range(2, 6):
        steps += [W(f"w{i}", "7d"), M(f"c{i}", "smalltalk", "fischer", "Kaffee ohne Thema", "Coffee with no topic", takes="30m")]
    case("J25", "Wöchentlicher Kaffee ohne Agenda", "Weekly coffee without agenda", [4], [f], steps)


def j26():
    m = per("moeller", "Petra Möller", "Frau Möller", "Ms Möller", "Einkaufsleiterin", "Head of purchasing", "Möller GmbH",
            traits=["busy"], stage="contact")
    steps = [M("k1", "followup", "moeller", "Anruf, Mailbox", "Call, voicemail", channel="phone")]
    for i in range(2, 5):
        steps += [W(f"w{i}", "12h"), M(f"k{i}", "followup", "moeller", "Anruf, Mailbox", "Call, voicemail", channel="phone")]
    case("J26", "Immer wieder anrufen", "Calling again and again", [4, 9], [m], steps)


# ---------------------------------------------------------------- Principle 5: specificity
def lehmann():
    return per("lehmann", "Dr. Ursula Lehmann", "Frau Dr. Lehmann", "Dr Lehmann", "Geschäftsführerin", "Managing director", "Lehmann & Söhne",
               traits=["status"], stage="stranger", enc=0, interests=["nachfolge"],
               facts=[("artikel", "nachfolge", "Ihr Fachartikel über Nachfolge in Familienunternehmen.", "Her trade-journal article on succession in family firms."),
                      ("profil", None, "Ihr Profil.", "Her profile.")])


def j27_28():
    r = M("research", "research", "lehmann", "Artikel und Profil lesen", "Read her article and profile", takes="20m", reveals=["artikel", "profil"])
    case("J27", "Vorbereiteter Einstieg", "A prepared opener", [5, 6], [lehmann()], [r,
        M("opener", "question", "lehmann", "Bezug auf ein Argument ihres Artikels, Frage nach ihrer Firma", "Refer to an argument of her article; ask how it played out in her firm", uses="artikel", topic="nachfolge")])
    case("J28", "Generischer Einstieg", "A generic opener", [5], [lehmann()], [r,
        M("opener", "question", "lehmann", "„Was führt Sie zum Kongress?“", "“What brings you to the congress?”"),
        M("self", "pitch", "lehmann", "Zwei Minuten über die eigene Firma", "Two minutes on your own company", takes="2m")])


def j29():
    mail = lambda who: M("mail", "pitch", who, "Serien-E-Mail: „Sehr geehrte Damen und Herren …“", "Mail merge: “Dear Sir or Madam …”", channel="email", topic="portfolio")
    case("J29-a", "Serienmail an einen Skeptiker", "Mail merge to a sceptic", [5, 6], [
        per("scholz", "Dieter Scholz", "Herr Scholz", "Mr Scholz", "Einkaufsleiter", "Head of purchasing", "Scholz AG",
            traits=["sceptical"], stage="acquaintance", enc=1, inperson=1, last=("3w", "face"))], [mail("scholz")])
    case("J29-b", "Serienmail ohne Titel", "Mail merge without titles", [5, 6], [
        per("schaefer", "Prof. Dr. Georg Schäfer", "Herr Prof. Dr. Schäfer", "Professor Schäfer", "Technikvorstand", "Chief technology officer", "Schäfer Technik",
            traits=["status"], stage="acquaintance", enc=1, inperson=1, last=("3w", "face"))], [mail("schaefer")])
    case("J29-c", "Serienmail an eine Offene", "Mail merge to an open person", [5, 6], [
        per("busch", "Lisa Busch", "Frau Busch", "Ms Busch", "Marketingleiterin", "Head of marketing", "Busch Medien",
            traits=["open", "relaxed"], stage="acquaintance", enc=1, inperson=1, last=("3w", "face"))], [mail("busch")])


def j30():
    def se():
        return per("seifert", "Dr. Kerstin Seifert", "Frau Dr. Seifert", "Dr Seifert", "Geschäftsführerin", "Managing director", "Seifert IT",
                   traits=["analytical"], stage="contact", concerns=["bindung"], interests=["trends"])
    case("J30-a", "Artikel zum Anliegen", "Article on the concern", [5, 3], [se()], [
        M("article", "followup", "seifert", "Artikel zur Bindung von IT-Fachkräften, mit Bezug aufs letzte Gespräch", "Article on retaining IT specialists, referring to your last talk", channel="email", topic="bindung")])
    case("J30-b", "Artikel zum allgemeinen Interesse", "Article on a general interest", [5, 3], [se()], [
        M("article", "followup", "seifert", "Artikel zu IT-Markttrends, „könnte Sie interessieren“", "Article on IT market trends, “might interest you”", channel="email", topic="trends")])


def j31():
    def no():
        return per("nowak", "Adam Nowak", "Herr Nowak", "Mr Nowak", "Leiter Supply Chain", "Head of supply chain", "Nowak Logistik",
                   traits=["open"], stage="acquaintance", enc=1, inperson=1, last=("1d", "face"), concerns=["audit"])
    case("J31-a", "Nachfassen mit Bezug", "Follow-up that refers to the talk", [5], [no()], [
        M("mail", "followup", "nowak", "E-Mail zu seinem Lieferantenaudit, Checkliste angeboten", "E-mail on his supplier audit, offering a checklist", channel="email", topic="audit")])
    case("J31-b", "Nachfassen nach Schablone", "Template follow-up", [5], [no()], [
        M("mail", "followup", "nowak", "„Schön, Sie kennengelernt zu haben.“", "“It was nice to meet you.”", channel="email")])


def j32():
    def sd():
        return per("seidel", "Jan Seidel", "Herr Seidel", "Mr Seidel", "Produktionsleiter", "Head of production", "Seidel Werke",
                   traits=["relaxed"], stage="contact", interests=["segeln"], concerns=["energie"])
    case("J32-a", "Aufhänger Hobby", "Hobby hook", [5, 3], [sd()], [
        M("call", "followup", "seidel", "Anruf mit der Regatta als Aufhänger", "Call with the regatta as the hook", channel="phone", topic="segeln")])
    case("J32-b", "Aufhänger Anliegen", "Concern hook", [5, 3], [sd()], [
        M("call", "inform", "seidel", "Anruf: neues Förderprogramm für Energieeffizienz", "Call: a new energy-efficiency subsidy", channel="phone", topic="energie")])


# ---------------------------------------------------------------- Principle 6: history and personality
def j33():
    case("J33-a", "Essen mit altem Weggefährten", "Lunch with an old companion", [6, 2], [
        per("weiss", "Georg Weiß", "Herr Weiß", "Mr Weiß", "Einkaufsleiter", "Head of purchasing", "Weiß AG",
            stage="relationship", enc=24, inperson=24, known="312w", last=("6w", "face"))], [
        M("lunch", "invite", "weiss", "Anruf: Einladung zum Mittagessen", "Call: lunch invitation", channel="phone", value="modest")])
    case("J33-b", "Essen mit neuer Bekannter", "Lunch with a new acquaintance", [6, 2], [
        per("dietrich", "Anke Dietrich", "Frau Dietrich", "Ms Dietrich", "Einkaufsleiterin", "Head of purchasing", "Dietrich GmbH",
            stage="acquaintance", enc=1, inperson=1, known="2w", last=("2w", "face"))], [
        M("lunch", "invite", "dietrich", "Anruf: Einladung zum Mittagessen", "Call: lunch invitation", channel="phone", value="modest")])


def j34():
    for v, pid, name, a_de, a_en, tr in (("a", "kuhn", "Rolf Kuhn", "Herr Kuhn", "Mr Kuhn", "open"),
                                         ("b", "ziegler", "Heike Ziegler", "Frau Ziegler", "Ms Ziegler", "reserved")):
        case(f"J34-{v}", "Selbstöffnung", "Self-disclosure", [6, 5], [
            per(pid, name, a_de, a_en, "Kunde", "Customer", traits=[tr], stage="contact", enc=3, inperson=3, last=("4w", "face"))], [
            M("marathon", "disclose", pid, "Kurz erzählen: erster Marathon in Vorbereitung", "Mention briefly: training for a first marathon", topic="marathon")])


def j35():
    case("J35-a", "Berührung beim Partner", "Touch with a partner", [6, 9], [
        per("graf", "Otto Graf", "Herr Graf", "Mr Graf", "Geschäftsführer", "Managing director", "Graf AG", traits=["relaxed"],
            stage="partner", enc=60, inperson=40, known="520w", last=("4w", "face"))], [
        M("talk", "question", "graf", "Gespräch", "Conversation", takes="1h", test=False),
        M("touch", "touch", "graf", "Beim Abschied kurz am Oberarm berühren", "Briefly touch his upper arm at parting")])
    case("J35-b", "Berührung bei einer Fremden", "Touch with a stranger", [6, 9], [
        per("hahn", "Dr. Carla Hahn", "Frau Dr. Hahn", "Dr Hahn", "Leiterin Recht", "Head of legal", "Hahn Versicherung", traits=["formal"],
            stage="stranger", enc=0)], [
        M("talk", "question", "hahn", "20 Minuten Gespräch", "A 20-minute conversation", takes="20m", test=False),
        M("touch", "touch", "hahn", "Beim Abschied kurz am Oberarm berühren", "Briefly touch her upper arm at parting")])


def j36():
    for v, p in (("a", per("krause", "Ilse Krause", "Frau Krause", "Ms Krause", "Leiterin Technik", "Head of engineering", "Krause AG",
                           stage="relationship", enc=40, inperson=30, known="520w", last=("1d", "face"), concerns=["projekt"])),
                 ("b", per("peters", "Ole Peters", "Herr Peters", "Mr Peters", "Leiter Technik", "Head of engineering", "Peters GmbH",
                           stage="acquaintance", enc=1, inperson=1, known="1d", last=("1d", "face"), concerns=["projekt"]))):
        case(f"J36-{v}", "Nach einem Jahr Pause", "After a year apart", [6, 1], [p], [
            W("year", "365d"),
            M("meet", "followup", p["id"], "Treffen mit einer Projektidee", "Meeting with a project idea", topic="projekt", takes="1h")])


def j37():
    for v, p in (("a", per("wagner", "Horst Wagner", "Herr Wagner", "Mr Wagner", "Kunde", "Customer", "Wagner AG",
                           stage="relationship", dims=60, enc=30, inperson=25, known="416w", last=("2w", "face"))),
                 ("b", per("voss", "Tanja Voss", "Frau Voss", "Ms Voss", "Kundin", "Customer", "Voss GmbH",
                           stage="contact", dims=60, enc=2, inperson=0, known="13w", last=("2w", "email")))):
        case(f"J37-{v}", "Geschichte puffert Reibung", "History buffers friction", [6, 9], [p], [
            M("misread", "letdown", p["id"], "E-Mail zum Liefertermin wird missverstanden", "E-mail on a delivery date is misread", channel="email", topic="lieferung", failure="misunderstanding", warned=False),
            W("d1", "1d"),
            M("clarify", "apologize", p["id"], "Anruf: Klarstellung", "Call: clarification", channel="phone", topic="lieferung")])


def j38():
    bro = lambda: per("brockmann", "Kai Brockmann", "Herr Brockmann", "Mr Brockmann", "Entwicklungsingenieur", "Development engineer", "Brockmann Maschinen",
                      traits=["sceptical", "analytical"], stage="acquaintance", enc=1, inperson=1, last=("3w", "face"), interests=["konstruktion"],
                      facts=[("maschine", "konstruktion", "Die Konstruktion ihrer neuesten Maschine.", "The design of their latest machine.")])
    case("J38-a", "Allgemeines Lob, Skeptiker", "Generic praise, sceptic", [6, 5], [bro()], [
        M("praise", "praise", "brockmann", "„Sie haben ein beeindruckendes Unternehmen.“", "“You have an impressive company.”")])
    case("J38-b", "Allgemeines Lob, Offene", "Generic praise, open person", [6, 5], [
        per("sommer", "Nora Sommer", "Frau Sommer", "Ms Sommer", "Vertriebsleiterin", "Head of sales", "Sommer GmbH",
            traits=["open"], stage="acquaintance", enc=1, inperson=1, last=("3w", "face"))], [
        M("praise", "praise", "sommer", "„Sie haben ein beeindruckendes Unternehmen.“", "“You have an impressive company.”")])
    case("J38-c", "Konkretes Lob, Skeptiker", "Specific praise, sceptic", [6, 5], [bro()], [
        M("research", "research", "brockmann", "Die neue Maschine ansehen", "Look at the new machine", takes="30m", reveals=["maschine"]),
        M("praise", "praise", "brockmann", "Lob für eine Konstruktionsentscheidung der neuen Maschine", "Praise for one design decision in the new machine", uses="maschine", topic="konstruktion")])


def j39():
    case("J39-a", "Das Du beim förmlichen Senior", "The Du to a formal senior", [6, 9], [
        per("hartung", "Dr. Walter Hartung", "Herr Dr. Hartung", "Dr Hartung", "Einkaufsvorstand", "Chief purchasing officer", "Hartung AG",
            traits=["formal", "status"], stage="contact")], [
        M("du", "touch", "hartung", "Das Du anbieten (kein eigener Akt; Näherung: touch)", "Offer the Du (no act of its own; approximated by touch)")])
    case("J39-b", "Das Du bei der lockeren Gründerin", "The Du to a relaxed founder", [6, 9], [
        per("lena", "Lena Krämer", "Lena", "Lena", "Gründerin", "Founder", "Lena Labs", traits=["relaxed"], stage="contact")], [
        M("du", "touch", "lena", "Das Du anbieten (Näherung: touch)", "Offer the Du (approximated by touch)")])


# ---------------------------------------------------------------- Principle 7: requests
def j40():
    b = per("becker", "Claudia Becker", "Frau Becker", "Ms Becker", "Marketingleiterin", "Head of marketing", "Becker Moden",
            traits=["open", "relaxed"], stage="contact", dims={"S": 75, "I": 55, "K": 35, "V": 45}, enc=5, inperson=5, owed=0, last=("3w", "face"))
    case("J40", "Sympathisch ohne Substanz", "Likeable without substance", [7], [b], [
        M("ask", "ask", "becker", "Bitte: Vorstellung bei ihrem CEO für eine Verkaufspräsentation", "Request: introduce you to her CEO for a sales presentation", size="medium")])


def wendt():
    return per("wendt", "Lars Wendt", "Herr Wendt", "Mr Wendt", "Produktionsleiter", "Head of production", "Wendt Fertigung",
               traits=["analytical"], stage="contact", dims=55, owed=0, last=("2w", "face"),
               concerns=["kennzahlen", "ausschuss"], needs=["automatisierung"])


def j41_42():
    report = lambda: M("report", "give", "wendt", "E-Mail: Benchmark-Bericht, den er nutzen kann", "E-mail: a benchmark report he can use", channel="email", topic="kennzahlen")
    case("J41-a", "Geben und sofort bitten", "Giving and asking at once", [7, 2], [wendt()], [report(),
        M("slot", "ask", "wendt", "In derselben E-Mail: Termin beim Einkaufsausschuss", "In the same e-mail: a slot with the purchasing committee", channel="email", size="medium")])
    case("J41-b", "Nur geben", "Giving only", [7, 2], [wendt()], [report()])
    sp = per("spezialist", "Dr. Tim Ohm", "Herr Dr. Ohm", "Dr Ohm", "Automatisierungsspezialist", "Automation specialist", "Ohm Automation",
             stage="contact", offers=["automatisierung"], needs=["kunden"])
    case("J42", "Später bitten nach echtem Geben", "Asking later after real giving", [7], [wendt(), sp], [report(),
        W("w1", "14d"),
        M("advice", "give", "wendt", "Telefonischer Rat zur Ausschussquote", "Phone advice on the scrap rate", channel="phone", topic="ausschuss"),
        W("w2", "14d"),
        M("intro", "introduce", ["wendt", "spezialist"], "Vorstellung eines passenden Spezialisten", "Introduction to a fitting specialist", channel="email", asked=True),
        W("w3", "14d"),
        M("slot", "ask", "wendt", "Anruf: Termin beim Einkaufsausschuss", "Call: a slot with the purchasing committee", channel="phone", size="medium")])


def j43():
    case("J43-a", "Bitte abgelehnt", "Request declined", [7], [
        per("haas", "Vera Haas", "Frau Haas", "Ms Haas", "Einkäuferin", "Buyer", "Haas GmbH", stage="acquaintance", dims=30, owed=0, last=("3w", "face"))], [
        M("ask", "ask", "haas", "Bitte um eine kurze LinkedIn-Empfehlung", "Request for a short LinkedIn recommendation", channel="email", size="small")])
    case("J43-b", "Bitte gewährt", "Request granted", [7], [
        per("simon", "Paul Simon", "Herr Simon", "Mr Simon", "Einkäufer", "Buyer", "Simon AG", stage="relationship", dims=75, owed=0, last=("3w", "face"))], [
        M("ask", "ask", "simon", "Bitte um eine kurze LinkedIn-Empfehlung", "Request for a short LinkedIn recommendation", channel="email", size="small")])


def j44():
    fr = lambda: per("franke", "Britta Franke", "Frau Franke", "Ms Franke", "Leiterin Qualität", "Head of quality", "Franke AG",
                     stage="contact", dims=60, enc=6, inperson=4, known="104w", owed=0, last=("3w", "face"))
    case("J44-a", "Kleine Bitte", "Small request", [7], [fr()], [
        M("ask", "ask", "franke", "15 Minuten Feedback zur Leistungsbeschreibung", "15 minutes of feedback on the service description", size="small")])
    case("J44-b", "Große Bitte", "Large request", [7], [fr()], [
        M("ask", "ask", "franke", "Als Referenzkunde in einer öffentlichen Ausschreibung", "Act as named reference in a public tender", size="large")])


def j45():
    for v, ch in (("a", "face"), ("b", "phone"), ("c", "email"), ("d", "sms")):
        case(f"J45-{v}", "Kanal einer Bitte", "The channel of a request", [7, 9], [
            per("lang", "Dr. Henrik Lang", "Herr Dr. Lang", "Dr Lang", "Technikvorstand", "Chief technology officer", "Lang Systeme",
                traits=["formal"], stage="relationship", dims=65, owed=0, last=("3w", "face"))], [
            M("ask", "ask", "lang", "Bitte: gemeinsames Treffen mit seinem technischen Leiter zu einem Pilot", "Request: a joint meeting with his technical director about a pilot", channel=ch, size="medium")])


def j46():
    for v, owed, press in (("a", 1, None), ("b", 0, None), ("c", -2, None), ("d", 0, 60)):
        steps = []
        if press:
            steps.append(E("setup", "Vorbedingung: hoher Druck nach vielen Gesten", "Precondition: high pressure after many gestures",
                           [{"persona": "neumann", "pressure": press, "reason": T("Vorbedingung: viele Gesten", "Precondition: many gestures")}]))
        steps.append(M("ask", "ask", "neumann", "Anruf: Werksbesuch für zwei Interessenten", "Call: a site visit for two prospects", channel="phone", size="medium"))
        case(f"J46-{v}", "Druck und Kontobuch", "Pressure and the ledger", [7], [
            per("neumann", "Ute Neumann", "Frau Neumann", "Ms Neumann", "Leiterin Logistik", "Head of logistics", "Neumann Spedition",
                stage="contact", dims=60, owed=owed, last=("3w", "face"))], steps)


# ---------------------------------------------------------------- Principle 8: missing events
def j47():
    kel = lambda: per("keller", "Dr. Miriam Keller", "Frau Dr. Keller", "Dr Keller", "Leiterin F&E", "Head of R&D", "Keller Medizintechnik",
                      traits=["sceptical", "analytical"], stage="stranger", enc=0, concerns=["validierung"])
    ost = per("ostermann", "Gisela Ostermann", "Frau Ostermann", "Ms Ostermann", "Qualitätsleiterin", "Head of quality", "Ostermann Diagnostik",
              stage="relationship", last=("4w", "face"))
    ber = per("berater", "Udo Lenk", "Herr Lenk", "Mr Lenk", "Berater", "Consultant", "Lenk Consulting", stage="acquaintance", last=("4w", "face"))
    call = lambda: M("call", "question", "keller", "Erster Anruf: Frage zu ihrer Validierung", "First call: a question about her validation", channel="phone", topic="validierung")
    case("J47-a", "Empfehlung einer Vertrauten", "Vouched for by a trusted person", [8, 3], [kel(), ost], [
        E("vouch", "Frau Ostermann ruft sie an: „Sprich mit ihm.“", "Ms Ostermann calls her: “Talk to him.”",
          [{"vouch": "keller", "by": "ostermann", "standing": "high"}]), call()], network=[["keller", "ostermann"]])
    case("J47-b", "Ohne Empfehlung", "No one vouches", [8, 3], [kel()], [call()])
    case("J47-c", "Empfehlung eines Geringgeschätzten", "Vouched for by someone she thinks little of", [8, 3], [kel(), ber], [
        E("vouch", "Ein Berater, von dem sie wenig hält, empfiehlt Sie", "A consultant she thinks little of vouches for you",
          [{"vouch": "keller", "by": "berater", "standing": "low"}]), call()], network=[["keller", "berater"]])


def j48():
    alb = lambda: per("albers", "Heinz Albers", "Herr Albers", "Mr Albers", "Leiter Einkauf", "Head of purchasing", "Stadtwerke Nord",
                      stage="stranger", enc=0)
    bra = per("brandt", "Werner Brandt", "Herr Brandt", "Mr Brandt", "Vertriebsdirektor (scheidend)", "Sales director (retiring)", "Berger GmbH",
              stage="relationship", colleague=True)
    case("J48-a", "Persönliche Übergabe", "Personal handover", [8, 1], [alb(), bra], [
        E("handover", "Herr Brandt stellt Sie persönlich vor und sagt, warum er Ihnen vertraut", "Mr Brandt introduces you in person and says why he trusts you",
          [{"handover": "albers", "from": "brandt"}]),
        M("hour", "question", "albers", "Eine Stunde gemeinsames Gespräch zu dritt", "An hour's conversation, the three of you", takes="1h", present=["albers", "brandt"])],
        network=[["albers", "brandt"]])
    case("J48-b", "Standardbrief", "Standard letter", [8, 1], [alb(), bra], [
        M("letter", "inform", "albers", "Standardbrief: „Ihr neuer Ansprechpartner ist …“", "Standard letter: “your new contact person is …”", channel="email")],
        network=[["albers", "brandt"]])


def j49():
    p = per("pohl", "Sonja Pohl", "Frau Pohl", "Ms Pohl", "Leiterin Instandhaltung", "Head of maintenance", "Pohl Energie",
            traits=["busy"], stage="contact", last=("2w", "face"), concerns=["angebot"])
    case("J49", "Gebrochenes Versprechen", "A broken promise", [8, 3], [p], [
        M("meeting", "question", "pohl", "Gutes Treffen; Referenzliste und Angebot bis Freitag versprochen", "Good meeting; reference list and quotation promised by Friday", topic="angebot", takes="1h", test=False),
        W("w3d", "3d"),
        E("friday", "Freitag vergeht ohne Unterlagen und ohne Nachricht", "Friday passes with nothing and no word",
          [{"letdown": "pohl", "failure": "broken-promise", "warned": False}]),
        W("w4d", "4d"),
        M("send", "deliver", "pohl", "Nach ihrer Nachfrage: Unterlagen am selben Tag", "After she chases: documents the same day", channel="email", topic="angebot", asked=True)])


def j50():
    br = lambda: per("brenner", "Jürgen Brenner", "Herr Brenner", "Mr Brenner", "Leiter Instandhaltung", "Head of maintenance", "Brenner Chemie",
                     traits=["sceptical"], stage="contact", last=("3w", "face"))
    case("J50-a", "Verspätung mit Vorwarnung", "A delay with early warning", [8, 3], [br()], [
        M("warn", "letdown", "brenner", "Anruf 10 Tage vorher, mit Mietteilen als Ausweg", "Call 10 days ahead, with rental parts as a workaround", channel="phone", failure="missed-delivery", warned=True)])
    case("J50-b", "Verspätung ohne Warnung", "A delay without warning", [8, 3], [br()], [
        E("surprise", "Er erfährt es am Tag des Stillstands", "He finds out on the day of the shutdown",
          [{"letdown": "brenner", "failure": "missed-delivery", "warned": False}])])


def j51():
    ha = lambda: per("hartmann", "Dr. Ruth Hartmann", "Frau Dr. Hartmann", "Dr Hartmann", "Produktionsleiterin", "Head of production", "Hartmann Werke",
                     traits=["formal", "busy"], stage="contact", last=("3w", "face"))
    short = lambda cid, test=True: M(cid, "letdown", "hartmann", "Zwei Stunden vorher per E-Mail abgesagt: „Etwas Dringendes“", "Cancelled by e-mail two hours before: “something urgent”", channel="email", failure="cancelled-meeting", warned=False, test=test)
    case("J51-a", "Kurzfristige Absage", "Short-notice cancellation", [8, 9, 4], [ha()], [short("cancel")])
    case("J51-b", "Rechtzeitige Absage", "Timely cancellation", [8, 9, 4], [ha()], [
        M("cancel", "letdown", "hartmann", "Eine Woche vorher angerufen, zwei neue Termine angeboten", "Called a week before, offered two new dates", channel="phone", failure="cancelled-meeting", warned=True)])
    case("J51-c", "Zweite kurzfristige Absage", "Second short-notice cancellation", [8, 9, 4], [ha()], [
        short("first", test=False), W("w7w", "49d"), short("cancel")])


def j52():
    th = lambda: per("thiel", "Werner Thiel", "Herr Thiel", "Mr Thiel", "Werkleiter", "Plant manager", "Thiel Stahl",
                     traits=["busy"], stage="relationship", dims={"V": 60}, last=("1w", "phone"))
    case("J52-a", "Unbeantwortete Anrufe", "Unanswered calls", [8, 9], [th()], [
        E("unanswered", "Er ruft Montag und Mittwoch an und schreibt eine SMS; keine Antwort", "He calls Monday and Wednesday and texts; no answer",
          [{"letdown": "thiel", "failure": "unanswered", "warned": False}]),
        W("w1w", "7d"),
        M("late", "apologize", "thiel", "Nächsten Montag per E-Mail: „Sorry, stressige Woche“", "Next Monday by e-mail: “sorry, busy week”", channel="email")])
    case("J52-b", "Am selben Tag zurückrufen", "Calling back the same day", [8, 9], [th()], [
        M("callback", "listen", "thiel", "Am selben Tag zurückrufen", "Call back the same day", channel="phone")])


def j53():
    kr = lambda: per("kraemer", "Doris Krämer", "Frau Krämer", "Ms Krämer", "Projektleiterin", "Project manager", "Krämer Bau",
                     traits=["busy"], stage="contact", last=("2w", "face"), concerns=["inbetriebnahme"])
    case("J53-a", "Ehrliches Nein", "An honest no", [8, 3], [kr()], [
        M("answer", "candid", "kraemer", "„März geht nicht, Mitte Mai schon – mit Mietanlage als Übergang.“", "“March is not possible, mid-May is – with a rental unit meanwhile.”", channel="phone", topic="inbetriebnahme"),
        W("w8d", "8d"), W("w48d", "48d")])
    case("J53-b", "Versprechen, das nicht hält", "A promise that cannot be kept", [8, 3], [kr()], [
        M("answer", "overpromise", "kraemer", "„März, kein Problem.“", "“March, no problem.”", channel="phone", topic="inbetriebnahme"),
        W("w8d", "8d"), W("w48d", "48d")])


def j54():
    la = lambda: per("lange", "Dr. Bernd Lange", "Herr Dr. Lange", "Dr Lange", "Leiter Einkauf", "Head of purchasing", "Lange Industrie",
                     traits=["formal", "status"], stage="contact", last=("2w", "face"), concerns=["lieferantenwahl"])
    case("J54-a", "Informieren und einbinden", "Keeping him informed", [8, 6], [la()], [
        M("inform", "inform", "lange", "Vorab schreiben, warum Sie den technischen Leiter ansprechen, und ihn einladen", "Write first, explain why you approach the technical director, invite him to join", channel="email", topic="lieferantenwahl")])
    case("J54-b", "Umgehen", "Going around him", [8, 6], [la()], [
        M("bypass", "bypass", "lange", "Direkt zu technischem Leiter und CEO; er erfährt es vom CEO", "Go straight to the technical director and the CEO; he learns of it from the CEO", topic="lieferantenwahl")])


def j55():
    ro = lambda: per("roth", "Helga Roth", "Frau Roth", "Ms Roth", "Einkäuferin", "Buyer", "Roth Handel", traits=["analytical"], stage="relationship", last=("3w", "face"))
    case("J55-a", "Fair hart verhandeln", "Fair firmness", [8, 7], [ro()], [
        M("talk", "bargain", "roth", "Mit Kostendaten standhalten: 2 % gegen Menge plus Garantie", "Hold firm with cost data: 2% for volume plus warranty", topic="preisrunde")])
    case("J55-b", "Ultimatum", "Ultimatum", [8, 7], [ro()], [
        M("talk", "bargain", "roth", "„6 % mehr bis Freitag oder wir liefern nicht mehr.“", "“6% more by Friday or we stop deliveries.”", topic="preisrunde", ultimatum=True)])


def j56():
    for v, conc, de, en in (("a", ["ersatzteile"], "Sie schildert ein Problem mit der Ersatzteillogistik", "She describes a spare-parts problem"),
                            ("b", None, "Sie sagt, sie sei mit ihrer Lösung zufrieden", "She says she is happy with her setup")):
        case(f"J56-{v}", "Konkreter nächster Schritt", "A concrete next step", [8, 7], [
            per("yilmaz", "Aylin Yilmaz", "Frau Yilmaz", "Ms Yilmaz", "Leiterin Logistik", "Head of logistics", "Yilmaz Transporte",
                traits=["open"], stage="acquaintance", enc=1, inperson=1, last=("1d", "face"), concerns=conc)], [
            M("talk", "question", "yilmaz", de, en, topic="ersatzteile", takes="45m", test=False),
            M("propose", "propose", "yilmaz", "„Ich bringe am 14. Mai um 9 Uhr unseren Logistikingenieur mit.“", "“I'll bring our logistics engineer on 14 May at 9:00.”", topic="ersatzteile")])


def j57():
    oz = lambda: per("oezdemir", "Murat Özdemir", "Herr Özdemir", "Mr Özdemir", "Geschäftsführer", "Managing director", "Özdemir Technik",
                     traits=["open", "relaxed"], stage="relationship", last=("3w", "face"), interests=["jubilaeum"])
    case("J57-a", "Einladung annehmen", "Accepting the invitation", [8, 2], [oz()], [
        M("accept", "receive", "oezdemir", "Zusagen (Einladung zum 50. Jubiläum)", "Accept (invitation to the 50th anniversary)", value="modest"),
        W("w2w", "14d"),
        M("congrats", "praise", "oezdemir", "Auf der Feier: persönlich zu einem konkreten Meilenstein gratulieren", "At the party: congratulate him on a specific milestone", topic="jubilaeum", takes="3h")])
    case("J57-b", "Absage ohne Grund", "Declining without a reason", [8, 2], [oz()], [
        M("no", "decline", "oezdemir", "Absage per E-Mail ohne Grund", "Decline by e-mail without a reason", channel="email")])
    case("J57-c", "Absage mit Grund und Gruß", "Declining with a reason and a note", [8, 2], [oz()], [
        M("no", "decline", "oezdemir", "Anruf: früherer Termin, leider keine Zeit", "Call: a prior commitment", channel="phone"),
        M("note", "praise", "oezdemir", "Persönlicher Glückwunsch zum Jubiläum", "A personal note of congratulations", channel="email", topic="jubilaeum")])
    case("J57-d", "Geschenk annehmen", "Accepting a gift", [8, 2], [oz()], [
        M("wine", "receive", "oezdemir", "Eine Flasche Wein von ihm annehmen", "Accept a bottle of wine from him", channel="phone", value="modest"),
        M("thanks", "thank", "oezdemir", "Telefonisch danken", "Thank him by phone", channel="phone")])


def j58():
    for v, tender, value, de, en in (("a", False, "token", "Buch über Vögel (20 €) zum Jahresende", "A book on birds (20 EUR) at year-end"),
                                     ("b", True, "token", "Dasselbe Buch während der Ausschreibung", "The same book during the tender"),
                                     ("c", False, "lavish", "Weinkiste für 300 €", "A 300 EUR case of wine"),
                                     ("d", True, "lavish", "Weinkiste für 300 € während der Ausschreibung", "A 300 EUR case of wine during the tender")):
        case(f"J58-{v}", "Geschenk, Regeln und Ausschreibung", "Gift, rules and tender", [8, 2], [
            per("schroeder", "Marion Schröder", "Frau Schröder", "Ms Schröder", "Leiterin Einkauf", "Head of purchasing", "Stadtwerke Süd",
                traits=["formal"], stage="contact", last=("3w", "face"), gift="strict", tender=tender, interests=["voegel"])], [
            M("gift", "gift", "schroeder", de, en, channel="email", value=value, topic="voegel" if value == "token" else None)])


# ---------------------------------------------------------------- Principle 9: channels and moments
def j59():
    for v, ch in (("a", "phone"), ("b", "email")):
        case(f"J59-{v}", "Gleicher Inhalt, anderer Kanal", "Same content, other channel", [9], [
            per("winter", "Eva Winter", "Frau Winter", "Ms Winter", "Leiterin Logistik", "Head of logistics", "Winter Versand",
                traits=["relaxed"], stage="contact", concerns=["verpackung"])], [
            M("news", "inform", "winter", "Neue Verpackungsverordnung betrifft ihre Sendungen; Checkliste angeboten", "A new packaging regulation affects her shipments; checklist offered", channel=ch, topic="verpackung")])


def j60():
    for v, ch in (("a", "sms"), ("b", "email"), ("c", "messenger"), ("d", "phone"), ("e", "video"), ("f", "face")):
        case(f"J60-{v}", "Reichhaltigkeit des Kanals", "Channel richness", [9], [
            per("kontakt", "Robin Haller", "Herr Haller", "Mr Haller", "Projektleiter", "Project lead", "Haller AG",
                stage="contact", concerns=["projekt"])], [
            M("news", "inform", "kontakt", "Eine relevante Neuigkeit", "A relevant piece of news", channel=ch, topic="projekt"),
            M("ask", "question", "kontakt", "Frage zu seinem Projekt", "A question about his project", channel=ch, topic="projekt")])


def j61():
    ka = lambda: per("kaiser", "Tobias Kaiser", "Herr Kaiser", "Mr Kaiser", "Projektleiter", "Project lead", "Kaiser Anlagenbau",
                     traits=["analytical", "busy"], stage="contact", dims=60, last=("1w", "email"), concerns=["projekt"])
    mail = {"contact": "kaiser", "channel": "email", "meaningful": True}
    def phase():
        steps = []
        for wk in range(1, 9):
            n = 1 if wk == 8 else 2
            eff = [mail, {"wait": "3d"}] + ([mail] if n == 2 else []) + [{"wait": "4d"}]
            steps.append(E(f"week{wk}", f"Woche {wk}: Projekt-E-Mails", f"Week {wk}: project e-mails", eff))
            if wk == 2:
                steps.append(M("cancel", "letdown", "kaiser", "Termin kurzfristig per E-Mail abgesagt", "Meeting cancelled at short notice by e-mail", channel="email", failure="cancelled-meeting", warned=False))
            if wk == 4:
                steps.append(E("missed", "Seine Anrufe bleiben unbeantwortet", "His calls go unanswered", [{"letdown": "kaiser", "failure": "unanswered", "warned": False}]))
            if wk == 5:
                steps.append(M("scope", "letdown", "kaiser", "Missverständnis zum Leistungsumfang", "A misunderstanding about scope", channel="email", topic="projekt", failure="misunderstanding", warned=False))
        return steps
    case("J61-a", "Reparatur im persönlichen Gespräch", "Repair face to face", [9, 8, 1], [ka()], phase() + [
        M("repair", "apologize", "kaiser", "Treffen vor Ort, offenes Gespräch", "Meeting on site, an open talk", topic="projekt", takes="1h")])
    case("J61-b", "Reparatur per E-Mail", "Repair by e-mail", [9, 8, 1], [ka()], phase() + [
        M("repair", "apologize", "kaiser", "Lange Entschuldigungs-E-Mail", "A long apology e-mail", channel="email", topic="projekt")])


def j62():
    berg = lambda: per("berg", "Dr. Friedrich von Berg", "Herr Dr. von Berg", "Dr von Berg", "Vorstand", "Board member", "Berg Holding",
                       traits=["formal", "status"], stage="acquaintance", enc=1, inperson=1, last=("2w", "face"), avoids=["messenger", "sms"])
    case("J62-a", "Unerwünschter Kanal", "Unwelcome channel", [9, 6], [berg()], [
        M("coffee", "invite", "berg", "Messenger: „Toller Abend neulich! Lust auf einen Kaffee? 😊“", "Messenger: “Great evening the other day! Fancy a coffee? 😊”", channel="messenger", value="token")])
    case("J62-b", "Ordentliche E-Mail", "Properly worded e-mail", [9, 6], [berg()], [
        M("coffee", "invite", "berg", "E-Mail: Dank für den Abend, Einladung zum Kaffee", "E-mail: thanks for the evening, coffee invitation", channel="email", value="token")])
    case("J62-c", "Messenger bei der Gründerin", "Messenger with the founder", [9, 6], [
        per("mia", "Mia Hoff", "Mia", "Mia", "Gründerin", "Founder", "Hoff Labs", traits=["relaxed"], stage="acquaintance", enc=1, inperson=1,
            last=("2w", "face"), channel="messenger")], [
        M("coffee", "invite", "mia", "Messenger: „Toller Abend neulich! Lust auf einen Kaffee? 😊“", "Messenger: “Great evening the other day! Fancy a coffee? 😊”", channel="messenger", value="token")])


def j63():
    ko = per("koch", "Ralf Koch", "Herr Koch", "Mr Koch", "Einkaufsleiter", "Head of purchasing", "Koch AG", stage="contact", channel="phone", concerns=["markt"])
    ar = lambda: per("arnold", "Jana Arnold", "Frau Arnold", "Ms Arnold", "Einkaufsleiterin", "Head of purchasing", "Arnold GmbH", stage="contact", concerns=["markt"])
    lu = lambda: per("ludwig", "Dr. Maren Ludwig", "Frau Dr. Ludwig", "Dr Ludwig", "Einkaufsleiterin", "Head of purchasing", "Ludwig SE",
                     traits=["busy", "analytical"], stage="contact", channel="email", avoids=["phone"], concerns=["markt"])
    call = lambda who, ch: M("news", "inform", who, "Unangekündigt: nützliche Marktinformation", "Unannounced: useful market news", channel=ch, topic="markt")
    case("J63-a", "Bevorzugter Kanal Telefon", "Prefers the phone", [9], [ko], [call("koch", "phone")])
    case("J63-b", "Kein bevorzugter Kanal, Anruf", "No preference, call", [9], [ar()], [call("arnold", "phone")])
    case("J63-c", "Will E-Mail, bekommt Anruf", "Prefers e-mail, gets a call", [9], [lu()], [call("ludwig", "phone")])
    case("J63-d", "Kein bevorzugter Kanal, E-Mail", "No preference, e-mail", [9], [ar()], [call("arnold", "email")])
    case("J63-e", "Will E-Mail, bekommt E-Mail", "Prefers e-mail, gets e-mail", [9], [lu()], [call("ludwig", "email")])


def j64():
    ke = lambda: per("kessler", "Dr. Sabine Kessler", "Frau Dr. Kessler", "Dr Kessler", "Finanzvorständin", "Chief financial officer", "Kessler AG",
                     traits=["formal", "busy"], stage="contact", last=("4w", "face"), concerns=["finanzierung"])
    case("J64-a", "Falscher Moment", "The wrong moment", [9, 2], [ke()], [
        M("call", "followup", "kessler", "30. März, 17:45 Uhr: „Wie läuft's?“", "30 March, 17:45: “How are things?”", channel="phone", moment="inconvenient")])
    case("J64-b", "Richtiger Moment mit Aufhänger", "The right moment with a hook", [9, 2], [ke()], [
        M("call", "followup", "kessler", "Mitte April, zu einem Finanzierungsthema, das sie angesprochen hatte", "Mid-April, on a financing topic she raised", channel="phone", topic="finanzierung")])


# ---------------------------------------------------------------- Principle 10: introductions
def vogt_lenz():
    vo = per("vogt", "Michael Vogt", "Herr Vogt", "Mr Vogt", "Geschäftsführer", "Managing director", "Vogt Maschinen",
             stage="relationship", owed=0, last=("3w", "face"), needs=["website"], concerns=["meilenstein"])
    le = per("lenz", "Carina Lenz", "Frau Lenz", "Ms Lenz", "Webdesignerin", "Web designer", "Lenz Design",
             stage="contact", owed=0, last=("3w", "face"), offers=["website"], needs=["kunden"])
    return [vo, le]


def intro_vl(cid="intro"):
    return M(cid, "introduce", ["vogt", "lenz"], "Vorstellung per E-Mail, vorher beide gefragt, mit Begründung", "Introduction by e-mail, both asked first, with reasons", channel="email", asked=True,
             effects=[{"var": "paar_verknuepft", "set": "linked(vogt, lenz)"}])


def j65_70():
    case("J65", "Passende Vorstellung", "A fitting introduction", [10, 5], vogt_lenz(), [intro_vl()], variables={"paar_verknuepft": -1})
    case("J70-a", "Vorstellung mit sofortiger Bitte", "Introduction with an immediate request", [10, 7], vogt_lenz(), [intro_vl(),
        M("sign", "ask", "vogt", "Im selben Gespräch: den Rahmenvertrag unterschreiben", "In the same call: sign the framework contract", channel="phone", size="large")],
        variables={"paar_verknuepft": -1})
    case("J70-b", "Vorstellung, später bitten", "Introduction, asking later", [10, 7], vogt_lenz(), [intro_vl(),
        W("w2m", "60d"),
        M("milestone", "deliver", "vogt", "Einen Projektmeilenstein liefern", "Deliver a project milestone", topic="meilenstein", asked=True),
        M("sign", "ask", "vogt", "Persönlich: den Rahmenvertrag unterschreiben", "In person: sign the framework contract", size="large")],
        variables={"paar_verknuepft": -1})


def pohl_freelancer():
    return per("pohl", "Kurt Pohl", "Herr Pohl", "Mr Pohl", "IT-Freiberufler", "IT freelancer", "Pohl IT", stage="acquaintance",
               last=("3w", "face"), offers=["it"], needs=["kunden"])


def j66():
    be = per("berger", "Dr. Karla Berger", "Frau Dr. Berger", "Dr Berger", "Finanzvorständin", "Chief financial officer", "Berger Chemie",
             traits=["analytical", "busy"], stage="contact", last=("3w", "face"), needs=["sap"])
    case("J66", "Unpassende Vorstellung", "An unfitting introduction", [10, 3], [be, pohl_freelancer()], [
        M("intro", "introduce", ["berger", "pohl"], "Herrn Pohl als „genau den Richtigen“ vorstellen", "Introduce Mr Pohl as “exactly the right man”", channel="email")])


def j67():
    sc = lambda: per("schulte", "Dr. Rainer Schulte", "Herr Dr. Schulte", "Dr Schulte", "Geschäftsführer", "Managing director", "Schulte Guss",
                     traits=["busy"], stage="contact", last=("3w", "face"), concerns=["energie"], needs=["energie"])
    eb = lambda: per("energieberater", "Lutz Wendel", "Herr Wendel", "Mr Wendel", "Energieberater", "Energy consultant", "Wendel Energie",
                     stage="acquaintance", last=("3w", "face"), offers=["energie"], needs=["kunden"])
    case("J67-a", "Vorstellung ungefragt, ohne Grund", "Introduction unasked, without a reason", [10, 9, 5], [sc(), eb()], [
        M("intro", "introduce", ["schulte", "energieberater"], "Beide in Kopie: „Sie zwei sollten sich mal treffen.“", "Both in copy: “You two should meet sometime.”", channel="email")])
    case("J67-b", "Vorstellung gefragt, mit Grund", "Introduction asked first, with a reason", [10, 9, 5], [sc(), eb()], [
        M("intro", "introduce", ["schulte", "energieberater"], "Nach Rückfrage: Vorstellung mit konkretem Grund (12 % Energie gespart)", "After asking: introduction with a concrete reason (12% energy saved)", channel="email", asked=True)])


def j68():
    ad = per("adler", "Dr. Petra Adler", "Frau Dr. Adler", "Dr Adler", "Beraterin Produktionsplanung", "Production-planning consultant", "Adler Consulting",
             traits=["open"], stage="contact", last=("3w", "face"), offers=["planung"], needs=["kunden"])
    kr = per("kraus", "Egon Kraus", "Herr Kraus", "Mr Kraus", "Geschäftsführer", "Managing director", "Kraus Kleinteile",
             stage="acquaintance", last=("3w", "face"))
    case("J68", "Die Vorgestellte trägt den Schaden", "The one introduced bears the cost", [10], [ad, kr], [
        M("intro", "introduce", ["kraus", "adler"], "Frau Dr. Adler Herrn Kraus als „tollen Lead“ vorstellen", "Introduce Dr Adler to Mr Kraus as “a great lead”", channel="email")])


def j69():
    for v, pid, name, a_de, a_en, stage, lvl, hist in (
            ("a", "maier", "Anton Maier", "Herr Maier", "Mr Maier", "partner", 80, dict(enc=50, inperson=40, known="468w")),
            ("b", "schwarz", "Ben Schwarz", "Herr Schwarz", "Mr Schwarz", "acquaintance", 45, dict(enc=1, inperson=1))):
        case(f"J69-{v}", "Dieselbe schlechte Vorstellung", "The same bad introduction", [10, 6], [
            per(pid, name, a_de, a_en, "Finanzvorstand", "Chief financial officer", stage=stage, dims=lvl, last=("3w", "face"), needs=["sap"], **hist),
            pohl_freelancer()], [
            M("intro", "introduce", [pid, "pohl"], "Herrn Pohl als „genau den Richtigen“ vorstellen", "Introduce Mr Pohl as “exactly the right man”", channel="email")])


ALL = [j01, j02, j03, j04, j05, j06, j07, j08, j09, j10, j11, j12, j13, j14, j15_17_18, j16, j19, j20, j21, j22,
       j23, j24, j25, j26, j27_28, j29, j30, j31, j32, j33, j34, j35, j36, j37, j38, j39, j40, j41_42, j43, j44,
       j45, j46, j47, j48, j49, j50, j51, j52, j53, j54, j55, j56, j57, j58, j59, j60, j61, j62, j63, j64, j65_70,
       j66, j67, j68, j69]

if __name__ == "__main__":
    for f in ALL:
        f()
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".json"):
            os.remove(os.path.join(OUT, old))
    for cid, doc in sorted(CASES.items()):
        with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(len(CASES), "case files written; cases:", len({c.split("-")[0] for c in CASES}))
