#!/usr/bin/env python3
"""Schrijft docs.jsonl en unanswerable_checks.json voor set r4/docs-a."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

K = "kamerbrief-2026-voortgang-kleinschalige-voorzieningen"
R = "regio-2026-beleidskader-jeugdhulp-met-verblijf"
V = "kamervragen-2026-wachttijden-gesloten-jeugdhulp"
C = "cbs-2026-jeugdhulp-met-verblijf-kwartaalcijfers"

Q = []
CHECKS = {}


def q(kind, question, answers, docs, quote, **extra):
    d = {"question": question, "kind": kind, "answers": answers, "docs": docs, "quote": quote}
    d.update(extra)
    Q.append(d)


def u(question, terms):
    Q.append({"question": question, "kind": "unanswerable", "answers": [], "docs": [], "quote": ""})
    CHECKS[len(Q)] = terms


# ---------------- figure (14) ----------------
q("figure", "capaciteit gesloten jeugdhulp 31 december 2023", ["441"], [K],
  "Capaciteit op 31 december (plaatsen)")
q("figure", "Hoeveel bedden had de gesloten jeugdzorg nog aan het eind van 2025?", ["356"], [K, V],
  "is de capaciteit teruggebracht van 512 naar 356 plaatsen",
  extra_quotes=[{"doc": V, "quote": "naar 356 plaatsen eind 2025"}])
q("figure", "Hoeveel verschillende kinderen zijn er in 2022 in een gesloten instelling geplaatst?",
  ["1.057"], [K], "Unieke jongeren")
q("figure", "aantal kleinschalige locaties JeugdzorgPlus eind 2023", ["21"], [K],
  "Kleinschalige locaties op 31 december")
q("figure", "Welk deel van de gesloten plekken zat eind 2025 al in kleinschalige woningen?",
  ["60%", "214"], [K], "dat is 60 procent")
q("figure", "Hoeveel fte aan openstaande vacatures hadden de aanbieders van gesloten jeugdhulp begin 2026?",
  ["212"], [K, V], "samen 212 fte aan vacatures open",
  extra_quotes=[{"doc": V, "quote": "stonden 212 fte aan vacatures open"}])
q("figure", "Hoe vaak is er in 2025 landelijk een jongere gesepareerd in de gesloten jeugdhulp?",
  ["1.402"], [K], "van 1.930 in 2023 naar 1.402 in 2025")
q("figure", "Hoeveel kinderen uit jeugdregio Drechtzoom woonden in 2025 in een pleeggezin?", ["274"], [R],
  "Tabel 1. Jeugdigen met verblijf naar vorm, 2025")
q("figure", "budget gesloten jeugdhulp Drechtzoom 2026", ["7,9 miljoen", "7.900.000"], [R],
  "Daarvan is € 7,9 miljoen bestemd voor gesloten jeugdhulp.")
q("figure", "Wat betaalt regio Drechtzoom in 2026 gemiddeld per dag voor een gesloten plek?", ["912"], [R],
  "een etmaal gesloten jeugdhulp bedraagt in 2026 € 912")
q("figure", "In hoeveel gevallen moest een jongere met een machtiging voor gesloten jeugdhulp in 2025 "
            "een nacht in de politiecel doorbrengen omdat er geen plek was?", ["17"], [V],
  "in 2025 in 17 gevallen een jongere met een machtiging gesloten jeugdhulp")
q("figure", "jeugdhulp met verblijf Oost-Nederland aantal jongeren eind 2025", ["8.240"], [C],
  "| Oost-Nederland | 8.240 | 11,2 | 88 |")
q("figure", "Hoeveel op de 1.000 kinderen in Noord-Nederland krijgen jeugdhulp met verblijf?", ["13,9"], [C],
  "13,9 per 1.000 jongeren tot 18 jaar")
q("figure", "Hoeveel jongeren zaten er op de laatste dag van het derde kwartaal van 2025 in de gesloten "
            "jeugdhulp?", ["349"], [C], "| 2025, 3e kwartaal | 35.410 | 349 | 2.960 | 3.270 |")

# ---------------- fact (6) ----------------
q("fact", "Bij welke aanbieder koopt Drechtzoom de gesloten jeugdhulp in?", ["Lindehoeve"], [R],
  "contract met Stichting Lindehoeve Jeugd")
q("fact", "centrumgemeente jeugdregio Drechtzoom", ["Oudewaard"], [R],
  "Oudewaard treedt op als centrumgemeente")
q("fact", "Wat is de titel van het IGJ-rapport over het tekort aan plekken in de gesloten jeugdhulp?",
  ["Geen plek, geen tijd", "Geen plek geen tijd"], [V],
  "Geen plek, geen tijd. Toezicht op de beschikbaarheid van gesloten jeugdhulp")
q("fact", "Welk onderzoeksbureau heeft voor VWS de eerste ervaringen met kleinschalige gesloten "
          "voorzieningen geëvalueerd?", ["Kwadrant Jeugd", "Kwadrant"], [K],
  "Het onderzoeksbureau Kwadrant Jeugd")
q("fact", "Op welke registratie baseert het CBS de kwartaalcijfers over jeugdhulp met verblijf?",
  ["Beleidsinformatie Jeugd"], [C], "voorlopige cijfers uit de Beleidsinformatie Jeugd")
q("fact", "Tot wanneer loopt het contract voor gesloten jeugdhulp van regio Drechtzoom?",
  ["31 december 2028"], [R], "dat loopt tot en met 31 december 2028")

# ---------------- list (5) ----------------
q("list", "Welke locaties heeft de staatssecretaris in februari 2026 bezocht?",
  ["Zwolle", "Tilburg", "Alkmaar"], [K], "in Zwolle, Tilburg en Alkmaar", all_answers=True)
q("list", "uitgangspunten beleidskader jeugdhulp met verblijf Drechtzoom",
  ["thuis", "gezinsvorm", "dichtbij", "kort", "ouders"], [R],
  "De gemeenten hanteren bij alle keuzes de volgende uitgangspunten:", all_answers=True)
q("list", "Wat gaat de staatssecretaris concreet doen om de wachttijden voor een gesloten plek omlaag te "
          "krijgen? Noem alle maatregelen.",
  ["dashboard", "12", "4,5", "afspraken"], [V],
  "Samen met de VNG en Jeugdzorg Nederland neem ik de volgende maatregelen:", all_answers=True)
q("list", "In welke provincies komen de extra spoedplaatsen voor gesloten jeugdhulp?",
  ["Noord-Holland", "Gelderland", "Noord-Brabant", "Groningen"], [V],
  "verdeeld over vier aanbieders in Noord-Holland, Gelderland, Noord-Brabant en Groningen",
  all_answers=True)
q("list", "Welke gemeenten horen bij jeugdregio Drechtzoom?",
  ["Dreckum", "Hoornwaard", "Lingedijk", "Molenzicht", "Oudewaard", "Veenhoven", "Westerbroek",
   "Zandwijk"], [R],
  "Gemeenten: Dreckum, Hoornwaard, Lingedijk, Molenzicht, Oudewaard, Veenhoven, Westerbroek en Zandwijk",
  all_answers=True)

# ---------------- two_part (4) ----------------
q("two_part", "Van de jongeren die op 1 maart 2026 op een gesloten plek wachtten: hoeveel verbleven er thuis "
              "en hoeveel in een open residentiële voorziening?", ["19", "21"], [K],
  "Van hen verbleven er 19 thuis met ambulante ondersteuning, 21 in een open residentiële",
  all_answers=True)
q("two_part", "Hoeveel aanvragen voor gesloten plaatsing heeft het expertiseteam van Drechtzoom in 2025 "
              "behandeld, en in hoeveel daarvan is een alternatief gevonden?", ["63", "22"], [R],
  "besprak het RET 63 aanvragen; in 22 gevallen", all_answers=True)
q("two_part", "gemiddelde wachttijd machtiging tot plaatsing vierde kwartaal 2025 en vierde kwartaal 2024",
  ["23", "16"], [V], "In het vierde kwartaal van 2024 was dat nog 16 dagen.", all_answers=True)
q("two_part", "Hoeveel verblijfstrajecten zijn er in het laatste kwartaal van 2025 begonnen en hoeveel "
              "zijn er in dat kwartaal afgesloten?", ["3.115", "3.335"], [C],
  "| 2025, 4e kwartaal* | 35.190 | 331 | 3.115 | 3.335 |", all_answers=True)

# ---------------- arithmetic (5) ----------------
q("arithmetic", "Welk percentage van de transformatiemiddelen voor 2024-2026 was eind 2025 al besteed?",
  ["65%", "64,9%"], [K], "In 2024 is daarvan € 12,4 miljoen besteed en in",
  inputs=["45 miljoen", "12,4 miljoen", "16,8 miljoen"], formula="(12.4 + 16.8) / 45 * 100 = 64.9")
q("arithmetic", "Met hoeveel procent is het aantal separaties tussen 2023 en 2025 afgenomen?",
  ["27%", "27,4%"], [K], "van 1.930 in 2023 naar 1.402 in 2025",
  inputs=["1.930", "1.402"], formula="(1930 - 1402) / 1930 * 100 = 27.4")
q("arithmetic", "Hoeveel gesloten plaatsen zijn er sinds eind 2021 afgebouwd?", ["156"], [K],
  "is de capaciteit teruggebracht van 512 naar 356 plaatsen",
  inputs=["512", "356"], formula="512 - 356 = 156")
q("arithmetic", "Welk percentage van de aanvragen voor een gesloten plaatsing leidde in Drechtzoom in 2025 "
                "tot een alternatief?", ["35%", "34,9%"], [R],
  "besprak het RET 63 aanvragen; in 22 gevallen",
  inputs=["63", "22"], formula="22 / 63 * 100 = 34.9")
q("arithmetic", "Hoeveel verblijfstrajecten zijn er in heel 2025 gestart volgens het CBS?", ["12.570"], [C],
  "Gestarte verblijfstrajecten",
  inputs=["3.305", "3.190", "2.960", "3.115"], formula="3305 + 3190 + 2960 + 3115 = 12570")

# ---------------- date_person (5) ----------------
q("date_person", "Wie heeft de voortgangsbrief over kleinschalige gesloten jeugdhulp ondertekend?",
  ["Kuipers-Bakx", "Kuipers"], [K], "J.M. Kuipers-Bakx")
q("date_person", "datum kamerbrief voortgang kleinschalige voorzieningen", ["14 april 2026"], [K],
  "14 april 2026")
q("date_person", "Wat is het kenmerk van de Kamerbrief over de voortgang van de kleinschalige voorzieningen?",
  ["4187230-1079415-J"], [K], "4187230-1079415-J")
q("date_person", "Wanneer heeft de staatssecretaris de Kamervragen van Brinkhorst over de wachttijden "
                 "beantwoord?", ["17 maart 2026"], [V], "Den Haag, 17 maart 2026")
q("date_person", "Op welke dag publiceerde het CBS de cijfers over jeugdhulp met verblijf in het vierde "
                 "kwartaal van 2025?", ["26 maart 2026"], [C], "Gepubliceerd op 26 maart 2026.")

# ---------------- explanation (3) ----------------
q("explanation", "Hoe komt het dat jongeren gemiddeld langer in de gesloten jeugdhulp blijven, terwijl er "
                 "steeds minder worden geplaatst?", ["complex", "vervolgplek"], [K],
  "alleen jongeren met zeer complexe en vaak meervoudige problematiek")
q("explanation", "Waarom moeten jongeren tegenwoordig langer wachten op een plek in de gesloten jeugdzorg?",
  ["personeel", "vacature", "capaciteit", "uitstroom"], [V], "Er spelen meerdere oorzaken tegelijk.")
q("explanation", "Waarom gaf Drechtzoom in 2025 meer uit aan jeugdhulp met verblijf dan begroot?",
  ["langer", "verblijfsduur", "14 maanden"], [R],
  "De overschrijding komt vooral door langere verblijven op open")

# ---------------- conflict (2) ----------------
q("conflict", "gesloten plaatsingen 2025", ["941", "958"], [K, V],
  "Vorig jaar ging het om 941 plaatsingen", all_answers=True,
  extra_quotes=[{"doc": V, "quote": "waren er in 2025 958 gesloten plaatsingen"}])
q("conflict", "Hoeveel kinderen stonden begin maart 2026 op de wachtlijst voor JeugdzorgPlus?",
  ["46", "49"], [K, V], "Op 1 maart 2026 stonden 46 jongeren op de wachtlijst voor gesloten jeugdhulp.",
  all_answers=True,
  extra_quotes=[{"doc": V, "quote": "wachtten op 1 maart 2026 49 jongeren op een plek"}])

# ---------------- unanswerable (14) ----------------
u("Hoeveel gesloten plaatsingen waren er in 2020?", ["2020"])
u("Hoeveel jongeren per 1.000 krijgen jeugdhulp met verblijf in Flevoland?", ["Flevoland"])
u("Wie is de bestuurder van Stichting Lindehoeve Jeugd?", ["bestuurder", "directeur", "raad van bestuur"])
u("Van welke partij is het Kamerlid Brinkhorst dat de vragen over wachttijden stelde?",
  ["partij", "fractie", "VVD", "CDA", "D66", "GroenLinks", "PVV", "NSC", "BBB", "ChristenUnie", "(SP)"])
u("Hoeveel pleeggezinnen zijn er in jeugdregio Drechtzoom?", ["pleeggezinnen", R + "::pleegouders in de regio"])
u("Hoeveel plekken per regio gaat de nieuwe capaciteitsnorm voor gesloten jeugdhulp voorschrijven?",
  ["capaciteitsnorm van", "per 100.000", "plekken per regio"])
u("Hoeveel jongeren uit Drechtzoom staan op de wachtlijst voor een gesloten plaatsing?",
  [R + "::wachtlijst", R + "::wacht"])
u("Hoeveel verblijfstrajecten zijn er in het eerste kwartaal van 2026 gestart?",
  ["2026, 1e kwartaal", "1e kwartaal 2026"])
u("Hoeveel medewerkers werken er in totaal bij de aanbieders van gesloten jeugdhulp?",
  ["in dienst", "werkzaam", "medewerkers in totaal"])
u("Hoeveel jongeren uit Drechtzoom werden in 2024 buiten de regio gesloten geplaatst?", [R + "::2024"])
u("Hoeveel kinderen onder de 14 jaar zaten in 2025 in de gesloten jeugdhulp?",
  ["onder de 14 jaar", "12 jaar", "13 jaar", "12 of 13", "jonger dan 14 jaar in 2025"])
u("Hoeveel pleegouders heeft Drechtzoom in 2025 geworven?", ["geworven", "nieuwe pleegouders"])
u("Hoeveel gezinshuizen zijn er op dit moment in regio Drechtzoom?",
  ["bestaande gezinshuizen", "aantal gezinshuizen", "gezinshuizen in de regio"])
u("Hoeveel geven gemeenten landelijk per jaar uit aan gesloten jeugdhulp?",
  ["landelijke uitgaven", "miljard", "gemeenten geven landelijk"])

# ---------------- schrijven ----------------
checks_out = {}
with open(os.path.join(ROOT, "docs.jsonl"), "w", encoding="utf-8") as f:
    for i, d in enumerate(Q, 1):
        qid = "r4a%03d" % i
        rec = {"id": qid}
        rec.update(d)
        if i in CHECKS:
            checks_out[qid] = CHECKS[i]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "unanswerable_checks.json"), "w", encoding="utf-8") as f:
    json.dump(checks_out, f, ensure_ascii=False, indent=1)
print("vragen:", len(Q), "onbeantwoordbaar:", len(checks_out))
