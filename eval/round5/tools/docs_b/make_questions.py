# Schrijft docs.jsonl en unanswerable_checks.json
# Uitvoeren met: python3 tools/make_questions.py
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "..")

I = "inspectie-2026-de-bremhorst-haverveld"
R = "rekenkamer-2026-grip-op-gesloten-jeugdhulp"
M = "monitor-2026-jeugdzorgplus-ijsselvallei"
B = "raadsinformatiebrief-2026-afbouw-gesloten-plaatsen"

Q = []   # (question, kind, answers, docs, quote, extra)
checks = {}


def q(question, kind, answers, docs, quote, **extra):
    Q.append(dict(question=question, kind=kind, answers=answers, docs=docs, quote=quote, **extra))


def u(question, terms):
    Q.append(dict(question=question, kind="unanswerable", answers=[], docs=[], quote=""))
    checks[len(Q)] = terms


# ---------------------------------------------------------------- figure (14)
q("separaties De Bremhorst 2024", "figure", ["112"], [I],
  "Separaties                           112")
q("Hoeveel jongeren zaten er op 1 oktober 2025 in De Bremhorst?", "figure", ["31"], [I],
  "Op 1 oktober 2025 verbleven er 31 jongeren")
q("Hoeveel fte aan vacatures voor pedagogisch medewerkers stond er open bij De Bremhorst toen de inspectie langskwam?",
  "figure", ["9,4"], [I], "openstaande vacatures: 9,4 fte")
q("ziekteverzuim personeel bremhorst", "figure", ["9,2"], [I],
  "ziekteverzuim over de afgelopen twaalf maanden: 9,2 procent")
q("Hoeveel keer werd er in 2022 een jongere uit de IJsselvallei gesloten geplaatst?", "figure", ["221"], [M],
  "Plaatsingen 236 221 198 167 149")
q("Hoe lang bleef een jongere in 2023 gemiddeld in de gesloten jeugdhulp (regio IJsselvallei)?", "figure",
  ["152"], [M], "Gemiddelde verblijfsduur (dagen) 168 161 152 147 139")
q("Hoeveel afzonderingen telden De Bremhorst en Essenburg samen in 2025?", "figure", ["276"], [M],
  "Afzonderingen 402 388 365 311 276")
q("bezettingsgraad gesloten plekken ijsselvallei 2022", "figure", ["89"], [M],
  "Gemiddelde bezetting (%) 91 89 88 86 87")
q("Welk deel van de jongeren was 16 of 17 jaar toen ze in 2025 voor het eerst gesloten werden geplaatst?",
  "figure", ["47"], [M], "14% 39% 47%")
q("Wat gaf de jeugdregio in 2023 uit aan gesloten crisisplaatsen?", "figure",
  ["1.310.000", "1,31 miljoen", "1.310"], [R], "Crisisplaatsen gesloten")
q("Wat kostte een plek in JeugdzorgPlus per etmaal in 2025 volgens de rekenkamercommissie?", "figure",
  ["598"], [R], "€ 512 naar € 598 per etmaal")
q("Hoeveel gesloten bedden had Essenburg op 1 januari 2025?", "figure", ["14"], [B], "1 jan 2025")
q("Ik lees dat de regio verder afbouwt. Hoeveel gesloten plaatsen moeten er volgens de planning op 1 januari 2027 nog zijn?",
  "figure", ["48"], [B], "1 jan 2027*")
q("begroting 2026 kleinschalige voorzieningen gesloten jeugdhulp", "figure",
  ["2.300.000", "2,3 miljoen", "2.300"], [B], "Kleinschalige voorzieningen")

# ---------------------------------------------------------------- fact (5)
q("Welke zorgaanbieder runt De Bremhorst?", "fact", ["De Kering"], [I],
  "Stichting De Kering Jeugdhulp")
q("Hoe heet de school op het terrein van De Bremhorst?", "fact", ["De Brug College", "Brug College"], [I],
  "het De Brug College, waar alle jongeren")
q("Wat wordt Essenburg in Oldewolde als de gesloten plekken daar verdwijnen?", "fact",
  ["open behandelgroep"], [B], "gaat verder als open behandelgroep")
q("Waarop is de verdeelsleutel voor de kosten van gesloten jeugdhulp tussen de gemeenten gebaseerd?", "fact",
  ["aantal jeugdigen", "jeugdigen per gemeente"], [R],
  "jeugdigen per gemeente in 2018, niet op het feitelijke gebruik")
q("naam regionaal afbouwplan gesloten jeugdhulp ijsselvallei", "fact",
  ["Dichtbij waar het kan"], [B], "afbouwplan 'Dichtbij waar het kan' voor de gesloten")

# ---------------------------------------------------------------- list (6)
q("Uit welke leefgroepen bestaat De Bremhorst?", "list",
  ["Meander", "Kompas", "Horizon", "Vlonder"], [I], "Meander    10 plaatsen", all_answers=True)
q("Welke maatregelen nemen de gemeenten en aanbieders om de afbouw van gesloten plaatsen verantwoord te laten verlopen?",
  "list", ["Oldewolde", "Thuis Veilig", "nazorg", "expertiseteam", "wachttijd"], [B],
  "een regionaal expertiseteam dat meedenkt bij", all_answers=True)
q("Wat beveelt de rekenkamercommissie aan in 'Grip op gesloten jeugdhulp'?", "list",
  ["indicatoren", "kleinschalige", "verdeelsleutel", "wachttijd"], [R],
  "de kleinschalige voorzieningen voor 1 januari 2027 onafhankelijk te laten evalueren", all_answers=True)
q("Ik werk aan een artikel over De Bremhorst. Welke punten moesten volgens de inspectie beter?", "list",
  ["evaluatie", "gedragswetenschapper", "veiligheidsplan", "inval", "training"], [I],
  "Van de 31 jongeren hadden er 9 geen actueel veiligheidsplan.", all_answers=True)
q("welke indicatoren komen in de halfjaarrapportage over de afbouw", "list",
  ["plaatsingen", "verblijfsduur", "opnieuw", "wachttijd", "separaties", "buiten de regio"], [B],
  "- de gemiddelde wachttijd voor een plaatsing;", all_answers=True)
q("Wat vonden jongeren belangrijk toen zij meedachten over het afbouwplan?", "list",
  ["begeleiders", "familie", "school"], [B],
  "begeleiders, om meer contact met hun familie en om een", all_answers=True)

# ---------------------------------------------------------------- two_part (5)
q("Hoeveel separaties en hoeveel fixaties waren er in 2024 op De Bremhorst?", "two_part",
  ["112", "37"], [I], "Fixaties                              37", all_answers=True)
q("Wanneer heeft de rekenkamercommissie haar rapport over gesloten jeugdhulp vastgesteld, en wanneer kreeg de raad het?",
  "two_part", ["17 maart 2026", "24 maart 2026"], [R],
  "Het rapport is vastgesteld op 17 maart 2026 en op 24 maart 2026 aan de raad aangeboden.", all_answers=True)
q("Aantal unieke jongeren en aantal plaatsingen in 2025, regio IJsselvallei?", "two_part",
  ["136", "149"], [M], "Unieke jongeren 204 193 176 151 136", all_answers=True,
  extra_quotes=[{"doc": M, "quote": "Plaatsingen 236 221 198 167 149"}])
q("Hoe lang duurde een separatie op De Bremhorst gemiddeld in 2024, en hoe lang in 2025?", "two_part",
  ["3,4", "2,1"], [I], "De gemiddelde duur van een separatie daalde van 3,4 uur in 2024 naar 2,1 uur",
  all_answers=True)
q("Tot hoeveel plaatsen is De Bremhorst teruggebracht en sinds wanneer geldt dat?", "two_part",
  ["36", "1 september 2025"], [I], "Per 1 september 2025 heeft de stichting het aantal plaatsen op De Bremhorst",
  all_answers=True)

# ---------------------------------------------------------------- arithmetic (5)
q("Met hoeveel procent is het aantal gesloten plaatsingen in de IJsselvallei gedaald tussen 2021 en 2025?",
  "arithmetic", ["37%", "36,9%"], [M], "Plaatsingen 236 221 198 167 149",
  inputs=["236", "149"], formula="(236 - 149) / 236 * 100 = 36,9")
q("Hoeveel geld is er in 2026 regionaal begroot voor gesloten jeugdhulp boven op wat er in 2025 (voorlopig) is uitgegeven?",
  "arithmetic", ["520.000", "520"], [B, R], "in 2026 uit op € 18,24 miljoen",
  inputs=["18.240", "17.720"], formula="18240 - 17720 = 520",
  extra_quotes=[{"doc": R, "quote": "Totaal"}])
q("Hoeveel gesloten plaatsen verdwijnen er in de regio tussen 1 januari 2024 en 1 januari 2028 als het afbouwplan doorgaat?",
  "arithmetic", ["24"], [B], "1 jan 2028*", inputs=["60", "36"], formula="60 - 36 = 24")
q("Welk percentage van de formatie pedagogisch medewerkers op De Bremhorst was onbezet?", "arithmetic",
  ["15%", "15,0%"], [I], "openstaande vacatures: 9,4 fte",
  inputs=["9,4", "62,5"], formula="9,4 / 62,5 * 100 = 15,0",
  extra_quotes=[{"doc": I, "quote": "formatie pedagogisch medewerkers: 62,5 fte"}])
q("Hoeveel incidenten waren er op De Bremhorst gemiddeld per maand in de eerste negen maanden van 2025?",
  "arithmetic", ["37,9", "38"], [I], "Totaal                               486    341",
  inputs=["341", "9"], formula="341 / 9 = 37,9")

# ---------------------------------------------------------------- date_person (5)
q("Welke wethouder heeft de raadsinformatiebrief over de afbouw van gesloten plaatsen ondertekend?", "date_person",
  ["Hoekstra"], [B], "Roel Hoekstra")
q("wanneer inspectiebezoek de bremhorst", "date_person",
  ["14 en 15 oktober", "14 oktober 2025", "14-15 oktober"], [I], "14 en 15 oktober 2025")
q("Wie is de voorzitter van de rekenkamercommissie Haverveld?", "date_person", ["Molenaar"], [R],
  "dr. H. Molenaar (voorzitter)")
q("Voor welke datum moeten alle jongeren op De Bremhorst een actueel veiligheidsplan hebben?", "date_person",
  ["15 februari 2026"], [I], "Uiterlijk 15 februari 2026 heeft iedere jongere een actueel")
q("Wanneer komt het afbouwplan gesloten jeugdhulp in de raadscommissie?", "date_person",
  ["2 juni 2026"], [B], "Het afbouwplan wordt op 2 juni 2026 besproken in de")

# ---------------------------------------------------------------- explanation (4)
q("Hoe kan het dat de kosten van de gesloten jeugdhulp niet omlaag gaan, terwijl er steeds minder kinderen gesloten worden geplaatst?",
  "explanation", ["tarie", "nazorg"], [R], "Dat komt vooral doordat het tarief voor een plek hoger werd en doordat",
  all_answers=True)
q("Waarom steeg de gemiddelde bezetting van de gesloten plekken in 2025 weer iets?", "explanation",
  ["sneller"], [M], "sneller is afgebouwd dan de instroom daalde")
q("Waarom neemt het college de aanbeveling over de verdeelsleutel maar voor een deel over?", "explanation",
  ["instemming", "tien gemeenten"], [R], "een nieuwe verdeelsleutel vraagt instemming van alle tien gemeenten")
q("Er komen naar verhouding meer meisjes in JeugdzorgPlus terecht. Wat is daarvoor de verklaring volgens de regiomonitor?",
  "explanation", ["zelfbeschadiging", "uitbuiting"], [M], "meisjes met ernstige zelfbeschadiging")

# ---------------------------------------------------------------- conflict (2)
q("Hoeveel jongeren uit de IJsselvallei zijn in 2024 gesloten geplaatst?", "conflict", ["167", "171"], [M, R],
  "Plaatsingen 236 221 198 167 149", all_answers=True,
  extra_quotes=[{"doc": R, "quote": "In 2024 werden 171 jongeren uit de regio gesloten geplaatst"}])
q("Kloppen de cijfers van de rekenkamer en de regiomonitor over het aantal gesloten plaatsingen in 2024 met elkaar? Welke aantallen noemen ze?",
  "conflict", ["171", "167"], [R, M], "In 2024 werden 171 jongeren uit de regio gesloten geplaatst",
  all_answers=True, extra_quotes=[{"doc": M, "quote": "Plaatsingen 236 221 198 167 149"}])

# ---------------------------------------------------------------- unanswerable (14)
u("plaatsingen jeugdzorgplus ijsselvallei 2020", ["2020"])
u("Wie is de locatiemanager van Essenburg?", ["locatiemanager van Essenburg", "Essenburg (locatiemanager", "manager Essenburg"])
u("Hoeveel jongeren staan er op de wachtlijst voor een gesloten plek in de regio?", ["wachtlijst"])
u("Welk percentage van de jongeren werd in 2025 binnen een jaar opnieuw gesloten geplaatst?",
  ["heropnamepercentage", "% heropname", "heropnames in 2025"])
u("Hoeveel jongeren verbleven er op 1 oktober 2025 op Essenburg?", ["op Essenburg", "Essenburg verbleven"])
u("Wat kost de nieuwe kleinschalige woonvoorziening in Oldewolde per jaar?",
  ["Oldewolde kost", "woonvoorziening in Oldewolde kost", "Oldewolde (x"])
u("Wie is de burgemeester van Haverveld?", ["burgemeester van Haverveld", "burgemeester Haverveld"])
u("Hoeveel gesloten plaatsingen had jeugdregio Rivierenland in 2024?", ["Rivierenland"])
u("Hoeveel separaties waren er op De Bremhorst in het laatste kwartaal van 2025?",
  ["vierde kwartaal", "laatste kwartaal", "heel 2025", "oktober - december"])
u("Hoeveel geld krijgt de regio van het Rijk voor de afbouw van gesloten plaatsen?", ["rijksbijdrage", "van het Rijk"])
u("Wie is de voorzitter van de jongerenraad IJsselvallei?", ["voorzitter van de jongerenraad", "jongerenraad (voorzitter"])
u("Hoeveel draagt de gemeente Oldewolde bij aan de regionale kosten van de gesloten jeugdhulp?",
  ["Oldewolde draagt", "bijdrage van Oldewolde", "Oldewoldse bijdrage"])
u("Hoe hoog was de boete die de inspectie Stichting De Kering oplegde voor De Bremhorst?", ["boete", "dwangsom"])
u("Hoeveel meisjes verbleven er op 1 januari 2026 op De Bremhorst?", ["1 januari 2026"])

assert len(Q) == 60, len(Q)
import random
order = list(range(60))
random.Random(5).shuffle(order)
checks = {order.index(k - 1) + 1: v for k, v in checks.items()}
Q = [Q[i] for i in order]
with open(os.path.join(BASE, "docs.jsonl"), "w", encoding="utf-8") as f:
    for n, item in enumerate(Q, 1):
        rec = {"id": "r5b%03d" % n}
        rec.update(item)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(os.path.join(BASE, "unanswerable_checks.json"), "w", encoding="utf-8") as f:
    json.dump({"r5b%03d" % k: v for k, v in checks.items()}, f, ensure_ascii=False, indent=1)
print("written", len(Q))
