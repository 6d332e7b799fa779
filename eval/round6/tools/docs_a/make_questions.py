# -*- coding: utf-8 -*-
"""Schrijft docs.jsonl (60 vragen, ids r6a001-r6a060) en unanswerable_checks.json.

De volgorde van de soorten wordt met een vaste seed gemengd, zodat de ids niet per soort gegroepeerd zijn.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")

K = "kamerbrief-gesloten-jeugdhulp-2026"
J = "jaarverslag-havenlicht-2026"
A = "antwoorden-kamervragen-wachttijden-2027"
M = "regionale-monitor-rivierenkrans-2026"


def q(question, kind, answers, docs, quote, **extra):
    d = {"question": question, "kind": kind, "answers": answers, "docs": docs, "quote": quote}
    d.update(extra)
    return d


def xq(doc, quote):
    return {"doc": doc, "quote": quote}


QUESTIONS = [
    # ---------- figure (13)
    q("Hoeveel bedden in de gesloten jeugdhulp waren er landelijk begin 2024?", "figure",
      ["880"], [K], "2024 1.655 880 139 15"),
    q("doorlooptijd machtiging tot plaatsing 2022", "figure",
      ["12"], [K], "2022 1.803 1.020 149 12"),
    q("Hoe hoog was het personeelsverloop in de sector gesloten jeugdhulp in 2025 volgens de voortgangsbrief?",
      "figure", ["18,4"], [K], "bedroeg in 2025 18,4 procent"),
    q("bezettingsgraad Havenlicht 2025", "figure",
      ["88,5"], [J], "Gemiddelde bezetting (%) 91,2 88,5 84,0"),
    q("Hoeveel afzonderingen waren er bij Havenlicht in 2024?", "figure",
      ["96"], [J], "waarvan afzonderingen 96 71 43"),
    q("Wat heeft Havenlicht uitgegeven aan de verbouwing van Het Anker in Ter Leede?", "figure",
      ["2,1 miljoen"], [J], "ruim 2,1 miljoen euro in de verbouwing van Het Anker"),
    q("Hoeveel uur training hebben de medewerkers van Havenlicht in 2026 bij elkaar gevolgd?", "figure",
      ["twaalfhonderd", "1.200"], [J], "volgden samen bijna twaalfhonderd uur training"),
    q("Hoeveel kinderen met een machtiging zaten op 1 januari 2027 nog te wachten op een gesloten plek?",
      "figure", ["64"], [A], "Op 1 januari 2027 wachtten 64 jongeren met een machtiging op een gesloten plaats."),
    q("wachttijd molenveen 2026", "figure",
      ["27"], [M], "| Molenveen   | 11                      | 8                       | 27                          |"),
    q("Wat gaven de zes gemeenten van Rivierenkrans in 2025 samen uit aan gesloten jeugdhulp?", "figure",
      ["7,4 miljoen"], [M], "tegen € 7,4 miljoen in 2025"),
    q("Hoeveel gesloten plaatsen stonden in het najaar van 2026 stil omdat er te weinig personeel was?", "figure",
      ["26"], [A], "samen 26 plaatsen tijdelijk niet konden gebruiken"),
    q("Hoeveel extra opleidingsplekken voor gedragswetenschappers belooft het kabinet voor 2027?", "figure",
      ["150"], [K], "er komen in 2027 150 extra opleidingsplaatsen voor gedragswetenschappers in de jeugdhulp."),
    q("ziekteverzuim havenlicht 2026", "figure",
      ["7,4"], [J], "Ziekteverzuim (%) 8,9 8,1 7,4"),

    # ---------- fact (6)
    q("Bij welke organisatie is het Landelijk Expertiseteam Alternatieven ondergebracht?", "fact",
      ["Kenniscentrum Jeugdhulp Nederland", "Kenniscentrum Jeugdhulp"], [K],
      "ondergebracht bij het Kenniscentrum Jeugdhulp Nederland in Utrecht"),
    q("In welke krant stond het artikel over wekenlang wachtende jongeren waar de Kamervragen van januari 2027 over gingen?",
      "fact", ["Rivierenkoerier"], [A], "in De Rivierenkoerier van 6 januari 2027"),
    q("Welke groep heeft Havenlicht in 2026 op locatie De Kwelder dichtgedaan?", "fact",
      ["Vlonder"], [J], "de groep De Vlonder"),
    q("Wat is er in de nieuwe woonunits van Het Anker gekomen in plaats van een afzonderingsruimte?", "fact",
      ["prikkelarme kamer", "prikkelarm"], [J], "er is wel een prikkelarme kamer die een jongere zelf kan kiezen."),
    q("kamerstuknummer brief 11 maart 2026 afbouw gesloten jeugdhulp", "fact",
      ["nr. 1087", "1087"], [K], "1 Kamerstukken II 2025/26, 31 839, nr. 1087."),
    q("Welk bestuurlijk orgaan geeft de regionale monitor gesloten jeugdhulp van Rivierenkrans uit?", "fact",
      ["Bestuurlijk Overleg Jeugd"], [M], "Uitgegeven door: Bestuurlijk Overleg Jeugd Rivierenkrans"),

    # ---------- list (6)
    q("Welke oorzaken noemt de staatssecretaris voor de oplopende wachttijden in de gesloten jeugdhulp?", "list",
      ["personeel", "sluit", "complex", "doorstroom"], [A],
      "Uit gesprekken met aanbieders en regio's komen vooral de volgende oorzaken naar voren:", all_answers=True),
    q("doelen havenlicht 2027", "list",
      ["afzondering", "groep", "gezinshu", "verloop", "perspectiefplan"], [J],
      "Voor 2027 heeft Havenlicht zich de volgende doelen gesteld:", all_answers=True),
    q("Welke maatregelen kondigt het kabinet aan om gesloten plaatsingen in 2027 te voorkomen?", "list",
      ["kleinschalig", "Expertiseteam", "registr", "Thuis Dichtbij", "gedragswetenschappers"], [K],
      "neemt het kabinet in 2027 de volgende maatregelen:", all_answers=True),
    q("Wat heeft het Bestuurlijk Overleg Jeugd in Rivierenkrans naar aanleiding van de monitor voor 2027 afgesproken?",
      "list", ["Expertiseteam", "35", "gezinshu", "reiskosten", "kwarta", "evalu"], [M],
      "Het Bestuurlijk Overleg Jeugd heeft op basis van deze monitor het volgende afgesproken:", all_answers=True),
    q("Welke gemeenten vallen onder de jeugdregio Rivierenkrans?", "list",
      ["Brakelwaard", "Ter Leede", "Oudewaal", "Molenveen", "Zuiderhaven", "Lingendam"], [M],
      "gemeenten Brakelwaard, Ter Leede, Oudewaal, Molenveen, Zuiderhaven en Lingendam", all_answers=True),
    q("Waar verblijven jongeren met een machtiging zolang er nog geen gesloten plek voor ze is?", "list",
      ["thuis", "residenti", "crisisbed"], [A],
      "in de meeste gevallen thuis met intensieve ambulante begeleiding, in een open residentiële voorziening of in een crisisbed.",
      all_answers=True),

    # ---------- two_part (5)
    q("Op welke locaties biedt Havenlicht gesloten jeugdhulp, en in welke plaatsen liggen die?", "two_part",
      ["Kwelder", "Brakelwaard", "Anker", "Ter Leede"], [J],
      "biedt gesloten jeugdhulp (JeugdzorgPlus) op twee locaties: De Kwelder", all_answers=True),
    q("Sinds wanneer is er een landelijke capaciteitstafel voor gesloten jeugdhulp en hoe vaak komt die bij elkaar?",
      "two_part", ["16 november 2026", "wekelijks"], [A],
      "Sinds 16 november 2026 komt een landelijke capaciteitstafel wekelijks bijeen.", all_answers=True),
    q("Van de jongeren uit Rivierenkrans die in 2026 gesloten werden geplaatst: hoeveel kwamen bij Havenlicht "
      "terecht en hoeveel op een plek buiten de regio?", "two_part",
      ["29", "14"], [M], "Van de 43 jongeren kwamen er 29 terecht bij Stichting Havenlicht Jeugdzorg",
      extra_quotes=[xq(M, "De overige 14 jongeren werden buiten de regio geplaatst")], all_answers=True),
    q("Hoe lang wachtten jongeren met een machtiging begin 2027 gemiddeld op een gesloten plaats, en hoeveel van "
      "hen wachtten langer dan vier weken?", "two_part",
      ["19", "11"], [A], "Zij wachtten gemiddeld 19 dagen. Elf van deze jongeren wachtten langer dan vier weken.",
      all_answers=True),
    q("Hoeveel geld is in 2027 gereserveerd voor Thuis Dichtbij en hoeveel voor het expertiseteam alternatieven?",
      "two_part", ["12 miljoen", "8,5 miljoen"], [K],
      "Daarvan is 12 miljoen euro bestemd voor de stimuleringsregeling Thuis Dichtbij en 8,5 miljoen euro",
      all_answers=True),

    # ---------- arithmetic (5)
    q("Met hoeveel jongeren is de gesloten jeugdhulp gekrompen tussen 2019 en 2024?", "arithmetic",
      ["410"], [K], "2019 2.065 1.240 142 9", extra_quotes=[xq(K, "2024 1.655 880 139 15")],
      inputs=["2.065", "1.655"], formula="2065 - 1655 = 410"),
    q("Hoeveel procent van de gesloten plaatsen is er tussen 1 januari 2019 en 1 januari 2026 verdwenen?",
      "arithmetic", ["39%", "38,7%"], [K], "2026 1.430 (prognose) 760 n.b. n.b.",
      extra_quotes=[xq(K, "2019 2.065 1.240 142 9")],
      inputs=["1.240", "760"], formula="(1240 - 760) / 1240 * 100 = 38.7"),
    q("Hoeveel vrijheidsbeperkende maatregelen minder telde Havenlicht volgens het jaarverslag in 2026 vergeleken met 2024?",
      "arithmetic", ["114"], [J], "Vrijheidsbeperkende maatregelen (totaal) 312 254 198",
      inputs=["312", "198"], formula="312 - 198 = 114"),
    q("procentuele daling gesloten plaatsingen jeugdregio Rivierenkrans 2025-2026", "arithmetic",
      ["17%", "17,3%"], [M], "In 2026 werden 43 jongeren uit de regio gesloten geplaatst, tegen 52 in 2025.",
      inputs=["52", "43"], formula="(52 - 43) / 52 * 100 = 17.3"),
    q("Als je Thuis Dichtbij en het expertiseteam aftrekt van het oorspronkelijke transformatiebudget voor 2027, "
      "hoeveel blijft er dan over voor de regio's?", "arithmetic",
      ["24,5 miljoen"], [K], "in totaal 45 miljoen euro beschikbaar",
      extra_quotes=[xq(K, "Daarvan is 12 miljoen euro bestemd voor de stimuleringsregeling Thuis Dichtbij en 8,5 miljoen euro")],
      inputs=["45 miljoen", "12 miljoen", "8,5 miljoen"], formula="45 - 12 - 8.5 = 24.5"),

    # ---------- date_person (5)
    q("Wie heeft de voortgangsbrief over de afbouw van de gesloten jeugdhulp van oktober 2026 ondertekend?",
      "date_person", ["Kleinjan-Dekker"], [K], "E.M. Kleinjan-Dekker"),
    q("Welk Kamerlid heeft de vragen over wachttijden in de gesloten jeugdhulp gesteld?", "date_person",
      ["Roodhart-Yilmaz"], [A], "Antwoorden op vragen van het lid Roodhart-Yilmaz"),
    q("datum beantwoording kamervragen wachttijden gesloten jeugdhulp", "date_person",
      ["2 februari 2027"], [A], "Den Haag, 2 februari 2027"),
    q("Wanneer heeft de raad van toezicht het jaarverslag 2026 van Havenlicht vastgesteld?", "date_person",
      ["22 april 2027"], [J], "vastgesteld door de raad van toezicht op 22 april 2027"),
    q("Van welke datum is de regionale monitor gesloten jeugdhulp 2026 van Rivierenkrans?", "date_person",
      ["18 maart 2027"], [M], "Datum: 18 maart 2027"),

    # ---------- explanation (4)
    q("Waarom is er in 2027 minder transformatiegeld voor de gesloten jeugdhulp dan in de brief van oktober 2026 stond?",
      "explanation", ["Gemeentefonds"], [A], "is 2,5 miljoen euro overgeheveld naar het Gemeentefonds"),
    q("Hoe verklaart Havenlicht dat het aantal afzonderingen zo sterk is teruggelopen?", "explanation",
      ["Samen Rustig", "tweede medewerker"], [J], "de werkwijze Samen Rustig, waarbij een vaste tweede medewerker"),
    q("Waarom wil de staatssecretaris plaatsingen buiten de eigen regio niet helemaal verbieden?", "explanation",
      ["uitbuiter", "beschermen"], [A], "bijvoorbeeld om een jongere te beschermen tegen een uitbuiter"),
    q("Waarom neemt het aantal gesloten plaatsen sneller af dan het aantal jongeren?", "explanation",
      ["bewuste keuze", "kleinschalige woonvormen", "ambulante begeleiding"], [K],
      "bewuste keuze: aanbieders zetten vrijgekomen middelen in voor kleinschalige woonvormen en"),

    # ---------- conflict (2)
    q("Hoeveel jongeren zaten er in 2025 in totaal in de gesloten jeugdhulp?", "conflict",
      ["1.512", "1.487"], [K, A], "2025 1.512 (voorlopig) 815 133 17",
      extra_quotes=[xq(A, "in totaal 1.487 jongeren in een gesloten jeugdhulpvoorziening")], all_answers=True),
    q("aantal vrijheidsbeperkende maatregelen Havenlicht 2026", "conflict",
      ["198", "214"], [J, M], "Vrijheidsbeperkende maatregelen (totaal) 312 254 198",
      extra_quotes=[xq(M, "in totaal 214 vrijheidsbeperkende maatregelen")], all_answers=True),
]

UNANSWERABLE = [
    ("Hoeveel jongeren verbleven in 2018 in een gesloten jeugdhulpinstelling?", ["2018"]),
    ("Wat is het dagtarief van een JeugdzorgPlus-plek bij Havenlicht?", ["dagtarief", "tarief", "per dag", "per etmaal"]),
    ("Hoeveel meisjes zijn er in 2026 bij Havenlicht binnengekomen?", ["meisje", "jongens", "meiden"]),
    ("Wie is de bestuurder van Stichting Havenlicht Jeugdzorg?",
     ["bestuurder", "directeur", "raad van bestuur", "bestuursvoorzitter"]),
    ("Hoeveel jongeren uit Zuiderhaven zijn in 2024 in een gesloten voorziening geplaatst?",
     ["geplaatst 2024", "plaatsingen 2024", "in 2024"]),
    ("Hoeveel klachten ontving de klachtencommissie van Havenlicht in 2026?", ["klacht"]),
    ("Voor welke partij zit Kamerlid Roodhart-Yilmaz in de Tweede Kamer?", ["partij", "fractie"]),
    ("aantal geweldsincidenten tegen medewerkers havenlicht 2026", ["incident", "geweld"]),
    ("Welk deel van de jongeren in de gesloten jeugdhulp heeft een licht verstandelijke beperking?",
     ["LVB", "verstandelijk"]),
    ("Hoeveel spoedmachtigingen voor gesloten jeugdhulp zijn er in 2026 landelijk afgegeven?",
     ["spoedmachtiging", "spoed"]),
    ("Ik werk bij een gemeente op de Veluwe: hoe lang wachtten jongeren uit de jeugdregio Noord-Veluwe in 2026 "
     "gemiddeld op een gesloten plaats?", ["Noord-Veluwe", "Veluwe"]),
    ("Wanneer debatteert de Tweede Kamer over de voortgangsbrief afbouw gesloten jeugdhulp?", ["debat", "plenair"]),
    ("Hoeveel jongeren stonden eind 2026 op de wachtlijst van Havenlicht?", ["wachtlijst"]),
    ("Wat was het oordeel van de Inspectie Gezondheidszorg en Jeugd over de zorg bij Havenlicht?", ["Inspectie", "IGJ"]),
]


def main():
    items = list(QUESTIONS)
    for question, _terms in UNANSWERABLE:
        items.append(q(question, "unanswerable", [], [], ""))
    rnd = random.Random(2026)
    rnd.shuffle(items)
    checks = {}
    term_by_q = dict(UNANSWERABLE)
    out = []
    for i, it in enumerate(items, 1):
        rec = {"id": "r6a%03d" % i}
        rec.update(it)
        out.append(rec)
        if it["kind"] == "unanswerable":
            checks[rec["id"]] = term_by_q[it["question"]]
    with open(os.path.join(ROOT, "docs.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "unanswerable_checks.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(checks.items())), f, ensure_ascii=False, indent=1)
    print("vragen geschreven:", len(out))


if __name__ == "__main__":
    main()
