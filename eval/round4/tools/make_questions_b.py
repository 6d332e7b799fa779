"""Schrijft /work/r4/docs-b/docs.jsonl en unanswerable_checks.json (set r4b)."""
import json, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
A = "igj-2026-inspectienotitie-de-waterkant"
B = "jeugdmonitor-2026-kerncijfers-gesloten-jeugdhulp"
C = "rekenkamer-2026-onderzoek-jeugdhulp-gemeente-valkenhaven"
D = "raadsbrief-2026-transformatie-jeugdzorgplus-noordkust"

Q = []
def q(question, kind, answers, docs, quote, **kw):
    d = {"question": question, "kind": kind, "answers": answers, "docs": docs, "quote": quote}
    d.update(kw)
    Q.append(d)

# ---------------- figure (14)
q("jeugdzorgplus plaatsingen 2023 landelijk", "figure", ["987"], [B],
  "Plaatsingen 1.120 1.045 987 931 884")
q("Hoeveel jongeren zaten er eind 2024 in heel Nederland in een gesloten jeugdhulpinstelling?", "figure", ["618"], [B],
  "Jongeren in zorg op 31 december 712 684 651 618 590")
q("Hoe vaak is er volgens de Jeugdmonitor in 2024 gesepareerd in de gesloten jeugdzorg?", "figure", ["1.412"], [B],
  "Separatie\t1.412\t1.198\t-15%")
q("Hoeveel bedden telde de gesloten jeugdhulp landelijk aan het begin van 2024 (peildatum 1 januari)?", "figure", ["968"], [B],
  "Plaatsen op 1 januari 1.036 968 902")
q("bezettingsgraad jeugdzorgplus 2024", "figure", ["81%"], [B],
  "Bezettingsgraad (%) 84 81 79")
q("Hoeveel kleinschalige plekken waren er op 31 december 2025 in de gesloten jeugdhulp in Nederland?", "figure", ["86"], [B],
  "Plaatsen in kleinschalige voorzieningen op 31 december 52 71 86")
q("Wat heeft Valkenhaven in 2024 uitgegeven aan ambulante jeugdhulp?", "figure", ["7.010.000", "7,01 mln"], [C],
  "Ambulante jeugdhulp")
q("Welk dagtarief geldt in 2026 voor JeugdzorgPlus volgens de rekenkamer van Valkenhaven?", "figure", ["968"], [C],
  "Voor 2026 is met de aanbieders een etmaaltarief van € 968 afgesproken.")
q("Hoeveel gesloten bedden had regio Noordkust op 1 januari 2025?", "figure", ["66"], [D],
  "1 januari 2025: 66 plaatsen (De Waterkant 50, Huize Helmgras 8, De Duinhoeve 8).")
q("Op welk bedrag is het regionale budget voor JeugdzorgPlus in Noordkust voor 2027 begroot?", "figure", ["9,1 mln", "9.100.000"], [D],
  "Voor 2027 is een budget van € 9,1 mln geraamd.")
q("Hoe vaak werden jongeren op De Waterkant tussen januari en juni 2025 vastgepakt of vastgehouden door medewerkers?", "figure", ["88"], [A],
  "- fysieke interventies (vastpakken of vasthouden): 88")
q("ziekteverzuim personeel De Waterkant 2025", "figure", ["8,7%"], [A],
  "Het ziekteverzuim onder medewerkers was in 2025 gemiddeld 8,7 procent (2024: 10,2 procent).")
q("Hoe vaak moest de politie in 2025 komen bij incidenten op de gesloten locatie De Waterkant in Valkenhaven?", "figure", ["11"], [A],
  "Bij incidenten op de locatie is in 2025 in totaal 11 keer de politie ingeschakeld.")
q("Hoeveel openstaande vacatures hadden de gesloten jeugdzorglocaties in Noordkust begin oktober 2026?", "figure", ["27"], [D],
  "Personeel: op 1 oktober 2026 stonden bij de drie locaties samen 27 vacatures open.")

# ---------------- fact (6)
q("Welke school zit er op het terrein van De Waterkant?", "fact", ["Dijkschool"], [A],
  "Op het terrein staat De Dijkschool voor voortgezet speciaal onderwijs.")
q("Wat is de titel van het transformatieplan JeugdzorgPlus van de regio Noordkust?", "fact", ["Dichterbij en kleiner"], [D],
  "2024-2028 vastgesteld, onder de titel 'Dichterbij en kleiner'")
q("Op welke grondslag verdelen de Noordkust-gemeenten de kosten van gesloten jeugdhulp onderling?", "fact",
  ["inwonertal", "aantal inwoners", "inwonersaantal"], [C, D],
  "De kosten worden over de gemeenten verdeeld op basis van het aantal inwoners",
  extra_quotes=[{"doc": D, "quote": "De kosten worden verdeeld naar inwonertal."}])
q("In welke gemeente is De Strandloper geopend?", "fact", ["Zeestrand"], [D],
  "Op 1 oktober 2026 is in Zeestrand de kleinschalige voorziening De Strandloper geopend")
q("Hoe heet de intensieve groep van De Waterkant?", "fact", ["De Boei", "Boei"], [A],
  "de intensieve groep De Boei (6 plaatsen)")
q("Welke leefgroep van De Waterkant gaat eind 2026 dicht?", "fact", ["Het Wad", "Wad"], [D],
  "Bij De Waterkant wordt de leefgroep Het Wad in de loop van het vierde kwartaal van 2026 gesloten.")

# ---------------- list (5)
q("Op welke normen scoorde De Waterkant bij het IGJ-bezoek van maart 2026 'voldoet niet'?", "list",
  ["ouders", "onderwijs"], [A],
  "Op twee normen, het informeren van ouders (norm 3) en het onderwijs (norm 7), voldoet de locatie nog niet.",
  all_answers=True)
q("leefgroepen De Waterkant namen", "list", ["Anker", "Vuurtoren", "Wad", "Boei"], [A],
  "verdeeld over vier leefgroepen: Het Anker (12 plaatsen)", all_answers=True)
q("Welke gesloten jeugdzorglocaties heeft de regio Noordkust naar verwachting per 31 december 2026?", "list",
  ["Waterkant", "Helmgras", "Duinhoeve", "Strandloper"], [D],
  "Verwacht per 31 december 2026: 50 plaatsen (De Waterkant 30, Huize Helmgras 8, De Duinhoeve 8, ", all_answers=True)
q("In welke kostenposten splitst de rekenkamer de jeugdhulpuitgaven van Valkenhaven uit?", "list",
  ["gesloten", "residenti", "ambulant"], [C],
  "uitgesplitst naar drie kostenposten", all_answers=True)
q("Welke soorten vrijheidsbeperkende maatregelen worden in de Jeugdmonitor 2026 geteld?", "list",
  ["separ", "afzonder", "fysiek", "lichaam", "urine"], [B],
  "Tabel 4 Geregistreerde vrijheidsbeperkende maatregelen naar soort, 2024 en 2025", all_answers=True)

# ---------------- two_part (4)
q("Hoeveel personeel werkt er op De Waterkant, en om hoeveel fte gaat het?", "two_part", ["118", "96"], [A],
  "Op de locatie werken 118 medewerkers, samen goed voor 96 fte.", all_answers=True)
q("gemiddelde verblijfsduur gesloten jeugdhulp 2021 en 2025 in maanden", "two_part", ["6,8", "5,7"], [B],
  "Gemiddelde verblijfsduur (maanden) 6,8 6,5 6,3 6,0 5,7", all_answers=True)
q("Hoeveel geld had de regio Noordkust eind september 2026 al uitgegeven aan JeugdzorgPlus, en welk deel van het jaarbudget is dat?", "two_part",
  ["7,3 mln", "74%"], [D],
  "Tot en met 30 september 2026 is € 7,3 mln uitgegeven, 74 procent van het budget.", all_answers=True)
q("Hoeveel kinderen deden in 2025 mee aan de pilot Thuis+ in Valkenhaven en bij hoeveel van hen is een gesloten plaatsing voorkomen?", "two_part",
  ["6", "4"], [C],
  "In 2025 deden 6 jongeren mee; bij 4 van hen werd een gesloten plaatsing voorkomen.", all_answers=True)

# ---------------- arithmetic (5)
q("Hoeveel vrijheidsbeperkende maatregelen zijn er over heel 2025 op De Waterkant toegepast?", "arithmetic", ["322"], [A],
  "- totaal vrijheidsbeperkende maatregelen: 178",
  extra_quotes=[{"doc": A, "quote": "- totaal vrijheidsbeperkende maatregelen: 144"}],
  inputs=["178", "144"], formula="178 + 144 = 322")
q("Met hoeveel procent daalde het aantal separaties op De Waterkant van het eerste naar het tweede halfjaar van 2025?", "arithmetic",
  ["30%", "29,6%"], [A], "- separaties: 27",
  extra_quotes=[{"doc": A, "quote": "- separaties: 19"}],
  inputs=["27", "19"], formula="(27 - 19) / 27 * 100 = 29.6")
q("Met hoeveel euro overschreed Valkenhaven in 2025 de begroting voor jeugdhulp, uitgaande van de werkelijke uitgaven in de tabel?", "arithmetic",
  ["1.560.000", "1,56 mln"], [C], "De begroting voor jeugdhulp in 2025 bedroeg € 11,9 mln",
  extra_quotes=[{"doc": C, "quote": "Totaal jeugdhulp"}],
  inputs=["11,9 mln", "13.460.000"], formula="13460000 - 11900000 = 1560000")
q("Hoeveel gesloten plaatsen zijn er landelijk verdwenen tussen 1 januari 2023 en 31 december 2025?", "arithmetic", ["175"], [B],
  "Plaatsen op 31 december 968 902 861",
  extra_quotes=[{"doc": B, "quote": "Plaatsen op 1 januari 1.036 968 902"}],
  inputs=["1.036", "861"], formula="1036 - 861 = 175")
q("Met hoeveel procent krimpt de gesloten capaciteit in regio Noordkust tussen 1 januari 2025 en de verwachte stand op 31 december 2026?", "arithmetic",
  ["24%", "24,2%"], [D], "Verwacht per 31 december 2026: 50 plaatsen",
  extra_quotes=[{"doc": D, "quote": "1 januari 2025: 66 plaatsen"}],
  inputs=["66", "50"], formula="(66 - 50) / 66 * 100 = 24.2")

# ---------------- date_person (5)
q("Wie was teamleider bij de inspectie van De Waterkant?", "date_person", ["Terpstra"], [A],
  "drs. Marloes Terpstra (senior inspecteur, teamleider)")
q("Wanneer was het onaangekondigde IGJ-bezoek aan De Waterkant in 2026?", "date_person",
  ["10 en 11 maart", "10 maart", "10-11 maart", "10 t/m 11 maart"], [A],
  "Datum bezoek:   10 en 11 maart 2026")
q("Tot wanneer heeft Stichting Noordkust Jeugd en Gezin de tijd om een nieuw verbeterplan bij de inspectie in te leveren?", "date_person",
  ["15 juni 2026"], [A], "uiterlijk 15 juni 2026 een aangepast verbeterplan voor norm 3 en norm 7")
q("Wie heeft als voorzitter het rekenkamerrapport over gesloten jeugdhulp in Valkenhaven ondertekend?", "date_person",
  ["Hoekstra"], [C], "drs. Pieter-Jan Hoekstra, voorzitter")
q("Door wie is de raadsinformatiebrief over de transformatie van JeugdzorgPlus in Noordkust ondertekend?", "date_person",
  ["Kamminga"], [D], "Ruud Kamminga")

# ---------------- explanation (3)
q("Hoe kan het dat Valkenhaven meer uitgeeft aan JeugdzorgPlus terwijl er minder jongeren gesloten zitten?", "explanation",
  ["tarief", "tarieven"], [C], "De stijging komt vooral door hogere tarieven")
q("Waarom werd er in 2025 vaker gefouilleerd of lichamelijk onderzocht in de gesloten jeugdhulp?", "explanation",
  ["drugs", "wapens"], [B],
  "Volgens de aanbieders hangt dat samen met meer incidenten waarbij drugs of wapens de voorziening binnen werden gebracht.")
q("Wat is volgens aanbieders de reden dat jongeren korter in de gesloten jeugdzorg verblijven?", "explanation",
  ["voorwaardelijk"], [B], "machtigingen vaker worden omgezet in een voorwaardelijke machtiging")

# ---------------- conflict (1)
q("Hoeveel separaties zijn er in 2025 op De Waterkant geweest?", "conflict", ["46", "49"], [A, D],
  "Van de 46 separaties in 2025 vonden er 41 plaats in de separeerruimte van De Boei",
  extra_quotes=[{"doc": D, "quote": "zijn op De Waterkant in 2025 49 separaties toegepast"}], all_answers=True)

# ---------------- unanswerable (13)
U = [
 ("Hoeveel jongeren werden er in 2020 landelijk gesloten geplaatst?", ["2020"]),
 ("separaties De Waterkant eerste halfjaar 2026", ["halfjaar 2026", "halfjaar van 2026", "30 juni 2026"]),
 ("Wat gaf de gemeente Valkenhaven in 2025 uit aan jeugdbescherming?", ["jeugdbescherming", "gecertificeerde"]),
 ("Hoeveel jongeren uit Duinwijk kregen in 2025 een gesloten plaatsing?", ["uit Duinwijk", "Duinwijk:", "Duinwijk ("]),
 ("Hoeveel meiden zijn er sinds de opening in De Strandloper opgenomen?", ["Strandloper geplaatst", "Strandloper opgenomen", "sinds de opening"]),
 ("Hoeveel fte aan personeel werkt er bij Huize Helmgras?", ["Helmgras werken", "medewerkers van Huize Helmgras", "Helmgras fte"]),
 ("Wie is de directeur van De Dijkschool bij De Waterkant?", ["directeur", "rector", "schoolleider"]),
 ("Wat kostte de gesloten jeugdhulp in heel Nederland in 2025?", ["miljard", "landelijke kosten", "landelijke uitgaven"]),
 ("Hoeveel plaatsen krijgt de nieuwe kleinschalige voorziening in Kwelderwaard?", ["plaatsen in Kwelderwaard", "Kwelderwaard met", "Kwelderwaard krijgt"]),
 ("Wat was de bezettingsgraad van De Waterkant in 2025?", ["bezetting van De Waterkant", "bezettingsgraad van De Waterkant", "bezettingsgraad op De Waterkant"]),
 ("Hoeveel geld is er in 2026 uitgegeven aan het traject Thuis+?", ["Thuis+ kost", "pilot kostte in 2026", "Thuis+ in 2026"]),
 ("Welke inspecteur deed het eerdere IGJ-bezoek aan De Waterkant in september 2025?", ["vorige inspecteur", "eerdere bezoek werd", "bezoek van 19 september 2025 werd"]),
 ("Hoeveel separaties waren er in 2023 in de gesloten jeugdhulp in Nederland?", ["separaties in 2023", "separaties 2023", "2023\t"]),
]
checks = {}
for text, terms in U:
    q(text, "unanswerable", [], [], "")
    checks[len(Q)] = terms

out = []
unans = {}
for i, d in enumerate(Q, 1):
    rec = {"id": f"r4b{i:03d}"}
    rec.update(d)
    out.append(rec)
    if i in checks:
        unans[rec["id"]] = checks[i]
with open(os.path.join(BASE, "docs.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(BASE, "unanswerable_checks.json"), "w", encoding="utf-8") as f:
    json.dump(unans, f, ensure_ascii=False, indent=1)
print(len(out), "questions")
