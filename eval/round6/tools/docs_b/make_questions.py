# Schrijft docs.jsonl en unanswerable_checks.json voor set r6b.
import json, os

BASE = os.path.join(os.path.dirname(__file__), "..")
R = "regioplan-oostervaart-2026"
T = "toezichtsrapport-ankerhof-2027"
S = "statistisch-bericht-oostervaart-2027"
B = "raadsinformatiebrief-moerveld-rietkraag-2027"

Q = []


def q(question, kind, answers, docs, quote, **extra):
    d = {"id": "r6b%03d" % (len(Q) + 1), "question": question, "kind": kind, "answers": answers,
         "docs": docs, "quote": quote}
    d.update(extra)
    Q.append(d)


UNANS = {}


def u(question, grep_terms):
    q(question, "unanswerable", [], [], "")
    UNANS[Q[-1]["id"]] = grep_terms


# ---- figure (13)
q("transformatiebudget gesloten jeugdhulp Oostervaart 2026-2027", "figure",
  ["3,7 mln", "3,7 miljoen", "3.700.000"], [R], "gemeenten een transformatiebudget van € 3,7 mln")
q("Hoeveel nieuwe gesloten plaatsingen telde de regio Oostervaart in 2026?", "figure",
  ["126"], [S], "Nieuwe plaatsingen\t171\t164\t152\t143\t126")
u("Hoeveel jongeren zijn in 2021 in de regio Oostervaart gesloten geplaatst?", ["2021"])
q("gemiddelde verblijfsduur jeugdzorgplus 2022 dagen", "figure",
  ["148"], [S], "Gemiddelde verblijfsduur (dagen)\t148\t141\t139\t132\t124")
q("Hoeveel keer is er op Het Ankerhof tussen januari en oktober 2026 gesepareerd?", "figure",
  ["61"], [T], "oktober 2026 zijn 61 separaties geregistreerd")
q("Om hoeveel fte gaat het bij het personeel van De Rietkraag?", "figure",
  ["46,3"], [B], "Er werken 58 medewerkers, samen goed voor 46,3 fte.")
u("Wat is het dagtarief voor een gesloten plek bij Valkenrode?", ["dagtarief", "tarief", "per etmaal"])
q("bezettingsgraad gesloten locaties Oostervaart 2025", "figure",
  ["81 procent", "81%"], [R], "gemiddelde bezettingsgraad lag in 2025 op 81")
q("Wat betekent de sluiting van De Rietkraag financieel voor de gemeente Moerveld zelf? Over welk bedrag "
  "gaat het?", "figure", ["109.200"], [B], "Voor onze gemeente komt dat neer op 109.200 euro.")
q("Hoeveel geven de gemeenten gemiddeld per jongere uit aan gesloten jeugdhulp volgens de voorlopige "
  "cijfers over 2026?", "figure", ["198.000"], [S], "circa 198.000 euro in 2026")
q("Hoeveel bedden krijgt de nieuwe kleinschalige voorziening in Starrendaal?", "figure",
  ["8", "acht"], [R], "ingericht, Het Boshuis, met acht plaatsen verdeeld")
u("Hoeveel jongeren staan er op de wachtlijst voor een gesloten plek in Oostervaart?",
  ["wachtlijst", "wachttijd", "wachtenden"])
q("verloop groepsleiders Ankerhof", "figure",
  ["23 procent", "23%"], [T], "in de twaalf maanden voor het onderzoek 23 procent")
q("Hoeveel 16- en 17-jarigen werden er in 2026 gesloten geplaatst?", "figure",
  ["58"], [S], "16 en 17 jaar\t60\t58")
q("Welk percentage van de gesloten plaatsingen duurde in 2025 langer dan een half jaar?", "figure",
  ["18 procent", "18%"], [R], "Bij 18 procent van de plaatsingen was de verblijfsduur")
q("Op hoeveel worden de frictiekosten van het sluiten van De Rietkraag in totaal begroot?", "figure",
  ["2,9 miljoen", "2,9 mln", "2.900.000"], [B], "De frictiekosten van de sluiting worden geraamd op 2,9 miljoen euro.")
u("Hoeveel nieuwe gesloten plaatsingen waren er in het eerste kwartaal van 2026?",
  ["Q1 2026", "eerste kwartaal van 2026", "eerste kwartaal 2026"])

# ---- fact (6)
q("Welke jeugdhulpaanbieder runt de gesloten locaties in Jeugdregio Oostervaart?", "fact",
  ["Valkenrode"], [R], "Stichting Valkenrode Jeugdzorg op drie locaties: De")
q("centrumgemeente jeugdregio Oostervaart", "fact",
  ["Haverdonk"], [R], "p/a gemeente Haverdonk (centrumgemeente)")
q("Welke school zit er op het terrein van De Rietkraag?", "fact",
  ["Kraagschool"], [B], "Op het terrein is ook de school De Kraagschool gevestigd")
u("Wie is de directeur van De Kraagschool in Moerveld?",
  ["directeur van De Kraagschool", "directeur van de school", "schoolleider", "schooldirecteur"])
q("Wat vond de toezichtsdienst van de personele bezetting 's nachts op Het Ankerhof?", "fact",
  ["voldoet niet", "onvoldoende"], [T], "bezetting in de nacht onvoldoende is")
q("Waar is de informatiebijeenkomst voor omwonenden over de sluiting van De Rietkraag?", "fact",
  ["Wiekslag"], [B], "informatieavond in dorpshuis De Wiekslag")
q("Wat kan de toezichtsdienst doen als Het Ankerhof bij het herhaalonderzoek nog steeds niet aan de "
  "normen voldoet?", "fact", ["aanwijzing", "verscherpt toezicht"], [T],
  "wordt voldaan, overweegt de toezichtsdienst een aanwijzing of verscherpt toezicht.")
u("Welke boete heeft de toezichtsdienst aan Valkenrode opgelegd vanwege Het Ankerhof?",
  ["boete", "dwangsom", "bestuurlijke"])

# ---- list (6)
q("Welke gemeenten vallen onder Jeugdregio Oostervaart?", "list",
  ["Haverdonk", "Kleiwijk", "Moerveld", "Starrendaal", "Ensterlo", "Lindeloo", "Wolderwijk", "Zandhoeve",
   "Kerkebroek"], [R],
  "Deelnemende gemeenten: Haverdonk, Kleiwijk, Moerveld, Starrendaal, Ensterlo, Lindeloo, Wolderwijk, Zandhoeve en",
  all_answers=True)
q("Waar wordt de 3,7 miljoen transformatiegeld aan uitgegeven? Graag de posten.", "list",
  ["Boshuis", "scholing", "Flexteam", "frictiekosten"], [R],
  "- Het Boshuis en kleinschalige units: € 1,6 mln", all_answers=True,
  extra_quotes=[{"doc": R, "quote": "- scholing en vakmanschap: € 0,9 mln"},
                {"doc": R, "quote": "- Flexteam Oostervaart: € 0,7 mln"},
                {"doc": R, "quote": "- frictiekosten sluiting De Rietkraag: € 0,5 mln"}])
q("Welke drie gesloten locaties had de regio begin 2026?", "list",
  ["Wisselhoeve", "Ankerhof", "Rietkraag"], [R], "Wisselhoeve in Haverdonk, Het Ankerhof in Kleiwijk en",
  all_answers=True, extra_quotes=[{"doc": R, "quote": "De Rietkraag in Moerveld. Samen boden deze locaties"}])
u("Hoeveel jongeren uit de gemeente Moerveld zelf zaten in 2026 in een gesloten voorziening?",
  ["jongeren uit Moerveld", "jeugdigen uit Moerveld", "inwoners van Moerveld"])
q("Welke maatregelen moet Valkenrode van de toezichtsdienst nemen op Het Ankerhof?", "list",
  ["separatie", "nacht", "perspectiefplan", "geregistreerd"], [T],
  "In de nacht is op elke leefgroep ten minste één groepsleider aanwezig.", all_answers=True,
  extra_quotes=[{"doc": T, "quote": "Voor iedere jongere ligt binnen twee weken na opname een perspectiefplan."},
                {"doc": T, "quote": "Alle professionals die op de groepen werken, zijn geregistreerd."}])
q("Op welke normen scoorde Het Ankerhof 'voldoet niet'?", "list",
  ["vrijheidsbeperk", "nacht"], [T], "Vrijheidsbeperkende maatregelen worden proportioneel toegepast en",
  all_answers=True, extra_quotes=[{"doc": T, "quote": "'s Nachts is voldoende en deskundig personeel aanwezig."}])
q("personeel De Rietkraag na sluiting: hoeveel naar andere locatie, hoeveel van-werk-naar-werk, hoeveel "
  "contracten niet verlengd", "list", ["41", "11", "6"], [B],
  "Van de 58 medewerkers krijgen er 41 een functie op een andere locatie van Valkenrode aangeboden.",
  all_answers=True,
  extra_quotes=[{"doc": B, "quote": "Voor 11 medewerkers start een van-werk-naar-werktraject."},
                {"doc": B, "quote": "De tijdelijke contracten van 6 medewerkers worden niet verlengd."}])
u("Wat is het aandeel van Kleiwijk in de regionale verdeelsleutel voor jeugdhulp?",
  ["aandeel van Kleiwijk", "Kleiwijk draagt", "Kleiwijk betaalt"])

# ---- two_part (5)
q("Per wanneer gaat De Rietkraag dicht en uiterlijk wanneer is de laatste jongere daar weg?", "two_part",
  ["1 december 2027", "15 november 2027"], [B], "De Rietkraag per 1 december 2027 te sluiten.",
  all_answers=True,
  extra_quotes=[{"doc": B, "quote": "De laatste jongere verlaat de locatie uiterlijk op 15 november 2027."}])
q("Hoeveel jongens en hoeveel meisjes hadden in 2026 een gesloten plaatsing in Oostervaart?", "two_part",
  ["72", "45"], [S], "  waarvan jongens\t96\t88\t84\t80\t72", all_answers=True,
  extra_quotes=[{"doc": S, "quote": "  waarvan meisjes\t62\t62\t57\t53\t45"}])
q("Tot wanneer heeft Valkenrode om een verbeterplan voor Het Ankerhof in te dienen, en wanneer moeten de "
  "opgelegde maatregelen klaar zijn?", "two_part", ["5 maart 2027", "1 juli 2027"], [T],
  "De aanbieder stuurt uiterlijk 5 maart 2027 een verbeterplan naar de toezichtsdienst.", all_answers=True,
  extra_quotes=[{"doc": T, "quote": "moeten uiterlijk 1 juli 2027 zijn uitgevoerd."}])
u("Wat was de uitkomst van het herhaalonderzoek van de toezichtsdienst bij Het Ankerhof in 2027?",
  ["uitkomst van het herhaalonderzoek", "herhaalonderzoek is uitgevoerd", "bij het herhaalonderzoek bleek"])
q("Ankerhof inspectiebezoek: hoeveel jongeren waren er en hoeveel waren meisjes", "two_part",
  ["24", "9"], [T], "Tijdens het eerste bezoek verbleven er 24 jongeren, van wie 9 meisjes.", all_answers=True)
q("Hoeveel plekken heeft De Wisselhoeve in Haverdonk begin 2026, en hoeveel moeten dat er in 2028 nog zijn?",
  "two_part", ["40", "28"], [R], "De Wisselhoeve (40", all_answers=True)

# ---- arithmetic (5)
q("Met hoeveel procent krimpt de gesloten capaciteit in de regio tussen 1 januari 2026 en 1 januari 2028?",
  "arithmetic", ["42%", "41,7%"], [R], "van 96 naar 56 plaatsen per 1 januari 2028.",
  inputs=["96", "56"], formula="(96 - 56) / 96 * 100 = 41,7")
q("Hoeveel procent minder separaties waren er in 2026 dan in 2022?", "arithmetic",
  ["25%", "25,5%"], [S], "Separaties\t251\t240\t226\t212\t187",
  inputs=["251", "187"], formula="(251 - 187) / 251 * 100 = 25,5")
u("Hoeveel jongeren van Het Ankerhof hebben in 2026 een klacht ingediend bij de vertrouwenspersoon?",
  ["klacht ingediend", "klachten ingediend", "aantal klachten"])
q("Bij welk percentage van de bekeken dossiers op Het Ankerhof was het perspectiefplan te laat?",
  "arithmetic", ["35%", "35,0%"], [T], "Bij 7 van de 20 ingeziene dossiers was het perspectiefplan niet binnen",
  inputs=["7", "20"], formula="7 / 20 * 100 = 35")
q("Met hoeveel plaatsingen moet het aantal in 2027 nog omlaag ten opzichte van 2026 om het regionale "
  "doel te halen?", "arithmetic", ["16"], [R, S], "plaatsingen daalt naar ten hoogste 110 in 2027.",
  inputs=["110", "126"], formula="126 - 110 = 16",
  extra_quotes=[{"doc": S, "quote": "Nieuwe plaatsingen\t171\t164\t152\t143\t126"}])
q("Welk aandeel van de separaties op Het Ankerhof (jan-okt 2026) duurde langer dan een etmaal?",
  "arithmetic", ["23%", "23,0%"], [T], "oktober 2026 zijn 61 separaties geregistreerd, waarvan 14 langer",
  inputs=["14", "61"], formula="14 / 61 * 100 = 23,0")
u("Hoeveel gesloten plaatsingen waren er in 2026 in de jeugdregio Twente?", ["Twente"])

# ---- date_person (5)
q("Wie is programmamanager van de transformatieagenda gesloten jeugdhulp in Oostervaart?", "date_person",
  ["Verhagen-Dekkers"], [R], "Marloes Verhagen-Dekkers is")
q("Welke inspecteur was teamleider bij het onderzoek naar Het Ankerhof?", "date_person",
  ["Ramdin"], [T], "Inspecteurs: drs. Priya Ramdin (teamleider)")
q("datum onaangekondigd bezoek Het Ankerhof", "date_person",
  ["19 november 2026"], [T], "19 november 2026 (onaangekondigd, avond)")
u("Wie is de locatiemanager van Het Ankerhof?",
  ["locatiemanager van Het Ankerhof", "locatiemanager,", "locatiemanager is"])
q("Wanneer heeft het bestuur van Valkenrode besloten De Rietkraag te sluiten?", "date_person",
  ["27 april 2027"], [B], "heeft op 27 april 2027 besloten De Rietkraag")
q("Wie heeft als burgemeester de raadsinformatiebrief over De Rietkraag ondertekend?", "date_person",
  ["Scholte-Brink"], [B], "mr. A.J. Scholte-Brink")

# ---- explanation (4)
q("Waarom is juist De Rietkraag gekozen om te sluiten?", "explanation",
  ["oudste", "minst geschikt", "kleine woongroepen", "6,5 miljoen"], [B],
  "De Rietkraag is de oudste en minst geschikte van de drie locaties in de regio.")
q("De totale uitgaven aan gesloten jeugdhulp daalden in 2026, maar de kosten per jongere stegen. Hoe "
  "verklaart het statistiekbureau dat?", "explanation", ["vaste kosten"], [S],
  "Een verklaring is dat de vaste kosten van de locaties doorlopen terwijl de bezetting afneemt.")
u("Hoeveel procent van de jongeren in gesloten jeugdhulp in Oostervaart heeft een migratieachtergrond?",
  ["migratie", "herkomst", "achtergrond"])
q("Wat was de aanleiding voor het vervolgonderzoek van de toezichtsdienst bij Het Ankerhof?", "explanation",
  ["calamiteit", "afzondering"], [T],
  "Aanleiding waren drie calamiteitenmeldingen in het voorjaar van 2026 en signalen van jongeren en")
q("Hoe kan het dat er meer gesloten plaatsingen zijn dan unieke jongeren?", "explanation",
  ["meer dan eens", "overplaatsing", "tweede machtiging"], [S],
  "Een deel van de jeugdigen wordt in een jaar meer dan eens geplaatst")

# ---- conflict (2)
q("Hoeveel plaatsen had De Rietkraag op 1 januari 2026?", "conflict",
  ["24", "22"], [R, B], "locatie De Rietkraag in Moerveld, met 24 plaatsen de", all_answers=True,
  extra_quotes=[{"doc": B, "quote": "De Rietkraag telde op 1 januari 2026 nog 22 plaatsen in twee leefgroepen."}])
q("aantal nieuwe gesloten plaatsingen 2025 regio Oostervaart", "conflict",
  ["143", "138"], [S, R], "Nieuwe plaatsingen\t171\t164\t152\t143\t126", all_answers=True,
  extra_quotes=[{"doc": R, "quote": "groep: in 2025 werden 138 nieuwe gesloten"}])

# ---- overige onbeantwoordbare vragen
u("Wat levert de verkoop van het terrein van De Rietkraag op?", ["verkoop", "opbrengst", "taxatie", "verkocht"])

with open(os.path.join(BASE, "docs.jsonl"), "w", encoding="utf-8") as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(BASE, "unanswerable_checks.json"), "w", encoding="utf-8") as f:
    json.dump(UNANS, f, ensure_ascii=False, indent=1)
from collections import Counter
print(len(Q), Counter(d["kind"] for d in Q))
