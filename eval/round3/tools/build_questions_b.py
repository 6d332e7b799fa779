#!/usr/bin/env python3
"""Writes docs.jsonl (the 65 questions) from the list below. Run check.py afterwards."""
import json
import os

K = "kamervragen-2026-wachtlijsten-jeugdzorgplus"
I = "igj-2026-inspectierapport-de-kreek"
J = "jeugdregio-2025-inkoopplan-gesloten-jeugdhulp"
N = "nji-2026-factsheet-gesloten-plaatsingen"

Q = []


def q(kind, question, answers, docs, quote, **extra):
    d = {"question": question, "kind": kind, "answers": answers, "docs": docs, "quote": quote}
    d.update(extra)
    Q.append(d)


# ---------------- figure (17) ----------------
q("figure", "Hoeveel jongeren stonden eind 2024 op de wachtlijst voor een plek in de JeugdzorgPlus?",
  ["97"], [K], "op 31 december 2024 ging het om 97 jongeren")
q("figure", "Volgens de Kamerantwoorden van maart 2026: hoeveel dagen moest een jongere vorig jaar gemiddeld wachten op een gesloten plaatsing?",
  ["47"], [K], "In 2025 is die opgelopen tot gemiddeld 47 dagen.")
q("figure", "Hoe lang wachtten meisjes in 2025 gemiddeld op een plaats in de gesloten jeugdzorg?",
  ["53"], [K], "in 2025 was de gemiddelde wachttijd voor meisjes 53 dagen")
q("figure", "Hoeveel van de wachtende jeugdigen zaten op 31 december 2025 op een crisisplaats?",
  ["22"], [K], "Daarnaast verbleven 22 jongeren op een crisisplek")
q("figure", "Hoeveel gesloten bedden waren er begin 2026 landelijk gecontracteerd volgens de staatssecretaris?",
  ["574"], [K], "naar 574 plaatsen op 1 januari 2026")
q("figure", "Wat was de gemiddelde bezettingsgraad van de JeugdzorgPlus-plekken in 2025?",
  ["91,4"], [K], "lag in 2025 gemiddeld op 91,4 procent")
q("figure", "Hoeveel separaties registreerde De Kreek in het derde kwartaal van 2025?",
  ["15"], [I], "3e kwartaal 2025\t52\t15\t134")
q("figure", "Hoe vaak werd een jongere op De Kreek in Q1 2025 op de eigen kamer afgezonderd?",
  ["41"], [I], "1e kwartaal 2025\t41\t12\t95")
q("figure", "Welk percentage van de diensten op groep De Geul werd in december 2025 door invallers of uitzendkrachten gedraaid?",
  ["38"], [I], "december 2025 38 procent van de diensten ingevuld door invalkrachten of uitzendkrachten")
q("figure", "Hoeveel bedden heeft locatie De Kreek in totaal?",
  ["44"], [I], "De Kreek heeft 44 plaatsen voor jongeren van 12 tot 18 jaar.")
q("figure", "Wat betaalt Jeugdregio Midden-Oost in 2026 per dag voor een plek op een intensieve zorggroep?",
  ["1.186,40"], [J], "intensief gesloten verblijf (intensieve zorggroep): \u20ac 1.186,40 per etmaal;")
q("figure", "Hoeveel plaatsen koopt de regio Midden-Oost in 2028 in bij Lindenhorst?",
  ["14"], [J], "Lindenhorst (Het Ven, Ravenswoud)\t18\t16\t14\t12")
q("figure", "Op hoeveel gesloten plekken in totaal komt het contract van de jeugdregio uit in 2029?",
  ["40"], [J], "Totaal\t60\t54\t46\t40")
q("figure", "Hoeveel verschillende kinderen verbleven in 2023 in de gesloten jeugdhulp?",
  ["779"], [N], "Unieke jeugdigen\t921\t842\t779\t725\t668")
q("figure", "Hoeveel dagen duurde een gesloten verblijf in 2024 gemiddeld?",
  ["142"], [N], "Gemiddelde verblijfsduur (dagen)\t128\t131\t137\t142\t139")
q("figure", "Hoeveel meisjes van 16 of 17 jaar werden in 2025 gesloten geplaatst?",
  ["182"], [N], "Meisjes\t156\t182\t13\t351")
q("figure", "Welk deel van de gesloten plaatsingen in 2025 ging via een spoedmachtiging?",
  ["27"], [N], "Bij 27 procent ging het om een spoedmachtiging")

# ---------------- arithmetic (7) ----------------
q("arithmetic", "Met hoeveel jongeren is de wachtlijst voor JeugdzorgPlus gegroeid tussen 1 januari 2024 en eind 2025?",
  ["62"], [K], "op 31 december 2025 waren het er 126", inputs=["64", "126"], formula="b - a")
q("arithmetic", "Hoeveel dagen langer dan jongens moesten meisjes in 2025 gemiddeld wachten op een gesloten plek?",
  ["12"], [K], "in 2025 was de gemiddelde wachttijd voor meisjes 53 dagen, tegenover 41 dagen voor jongens",
  inputs=["53", "41"], formula="a - b")
q("arithmetic", "Hoeveel gecontracteerde plaatsen zijn er tussen begin 2025 en begin 2026 verdwenen?",
  ["38"], [K], "van 612 plaatsen op 1 januari 2025 naar 574 plaatsen op 1 januari 2026",
  inputs=["612", "574"], formula="a - b")
q("arithmetic", "Hoeveel separaties vonden er in heel 2025 plaats op De Kreek?",
  ["47"], [I], "Tabel 1. Afzonderingen en separaties op De Kreek per kwartaal, 2025",
  inputs=["12", "9", "15", "11"], formula="a + b + c + d")
q("arithmetic", "Met hoeveel euro per etmaal stijgt het tarief voor gesloten verblijf in Midden-Oost van 2025 naar 2026?",
  ["38,28"], [J], "In 2025 was het tarief voor gesloten verblijf nog \u20ac 703,90 per etmaal.",
  inputs=["742,18", "703,90"], formula="a - b")
q("arithmetic", "Met hoeveel procent neemt het totaal aan gecontracteerde plaatsen in Midden-Oost af tussen 2026 en 2029?",
  ["33,3"], [J], "Totaal\t60\t54\t46\t40", inputs=["60", "40"], formula="(a - b) / a * 100")
q("arithmetic", "Hoeveel procent minder gesloten plaatsingen waren er in 2025 dan in 2021?",
  ["30,1"], [N], "Plaatsingen\t1.103\t978\t902\t836\t771", inputs=["1.103", "771"], formula="(a - b) / a * 100")

# ---------------- two_part (5) ----------------
q("two_part", "Hoeveel kinderen wachtten halverwege 2025 op een JeugdzorgPlus-plek, en hoeveel waren dat er aan het eind van dat jaar?",
  ["112", "126"], [K], "op 30 juni 2025 stonden 112 jongeren op de wachtlijst en op 31 december 2025 waren het er 126",
  all_answers=True)
q("two_part", "Op welke dagen was de inspectie op De Kreek en van wanneer dateert het rapport?",
  ["20 en 21 januari 2026", "24 februari 2026"], [I], "Datum rapport: 24 februari 2026", all_answers=True)
q("two_part", "Hoeveel plekken levert Overstag de regio in 2026 en hoeveel in 2029?",
  ["10", "8"], [J], "Overstag (De Boei, Zutfeld)\t10\t10\t8\t8", all_answers=True)
q("two_part", "Hoeveel jongens en hoeveel meisjes zaten er in 2025 in de gesloten jeugdhulp?",
  ["317", "351"], [N], "In 2025 ging het om 317 jongens en 351 meisjes.", all_answers=True)
q("two_part", "Hoe groot is het inkoopbudget van Midden-Oost voor 2026 en op welk bedrag rekent de regio voor 2029?",
  ["17,4 miljoen", "12,1 miljoen"], [J],
  "bedraagt \u20ac 17,4 miljoen. Door de afbouw van capaciteit daalt het budget naar verwachting tot \u20ac 12,1 miljoen in 2029",
  all_answers=True)

# ---------------- list (5) ----------------
q("list", "Welke maatregelen tegen de wachtlijsten heeft de staatssecretaris in februari 2026 met VNG en Jeugdzorg Nederland afgesproken?",
  ["landelijk capaciteitsoverzicht", "noodregeling van 18 plaatsen", "12,5 miljoen euro", "streefnorm van maximaal 30 dagen"],
  [K], "Op 10 februari 2026 heb ik met de VNG en Jeugdzorg Nederland de volgende aanvullende afspraken gemaakt:",
  all_answers=True)
q("list", "Welke verbeterpunten moet Vaart & Anker van de inspectie voor 1 juni 2026 doorvoeren?",
  ["binnen 24 uur met de jongere nabesproken", "volledig en eenduidig geregistreerd",
   "ten minste twee vaste, geschoolde medewerkers", "ten minste 20 uur onderwijs per week"],
  [I], "De inspectie verwacht dat Vaart & Anker uiterlijk 1 juni 2026 de volgende maatregelen heeft doorgevoerd:",
  all_answers=True)
q("list", "Welke positieve punten noemt de IGJ over De Kreek?",
  ["vaste mentor", "overgang naar kleinere groepen", "familienetwerkberaad"],
  [I], "4.4 Wat goed gaat", all_answers=True)
q("list", "Aan welke kwaliteitseisen moeten aanbieders van gesloten jeugdhulp in Midden-Oost voldoen?",
  ["hooguit acht jongeren", "geen nieuwe separeerruimtes", "SKJ-geregistreerde professional",
   "perspectiefplan met een uitstroomdatum"],
  [J], "7. Kwaliteitseisen", all_answers=True)
q("list", "Welke gemeenten vallen onder de subregio IJsselkant?",
  ["Zutfeld", "Brummerveen", "Olsterhoek", "Brakelsveen"],
  [J], "subregio IJsselkant: Zutfeld, Brummerveen, Olsterhoek en Brakelsveen.", all_answers=True)

# ---------------- date_person (6) ----------------
q("date_person", "Welke staatssecretaris heeft de vragen over de wachtlijsten in de JeugdzorgPlus beantwoord?",
  ["Brandsma-Kuiper"], [K], "mr. A.C. Brandsma-Kuiper")
q("date_person", "Van welke Kamerleden kwamen de schriftelijke vragen over de wachtlijsten voor gesloten jeugdhulp?",
  ["Van Dijkhuizen", "Oosterbeek"], [K],
  "de leden Van Dijkhuizen (GroenLinks-PvdA) en Oosterbeek (CDA)", all_answers=True)
q("date_person", "Wanneer zijn de antwoorden op de Kamervragen over de wachtlijsten naar de Kamer gestuurd?",
  ["3 maart 2026"], [K], "Datum: 3 maart 2026")
q("date_person", "Welke organisatie heeft het toezichtsbezoek aan De Kreek afgelegd?",
  ["Inspectie Gezondheidszorg en Jeugd", "IGJ"], [I], "Inspectie Gezondheidszorg en Jeugd, Utrecht")
q("date_person", "Wanneer vond het onaangekondigde bezoek aan De Kreek plaats?",
  ["20 en 21 januari 2026"], [I], "Datum bezoek: 20 en 21 januari 2026")
q("date_person", "Op welke datum is het inkoopplan gesloten jeugdhulp van Midden-Oost bestuurlijk vastgesteld?",
  ["18 september 2025"], [J], "Vastgesteld door het Portefeuillehoudersoverleg Jeugd op 18 september 2025")

# ---------------- fact (5) ----------------
q("fact", "In welke bovenregio wachtten eind 2025 de meeste jongeren op een gesloten plek?",
  ["Zuidwest"], [K], "in de bovenregio Zuidwest 34 jongeren")
q("fact", "Welke gemeente koopt de JeugdzorgPlus in namens alle gemeenten van Midden-Oost?",
  ["Geldermaat"], [J], "De gemeente Geldermaat treedt op als centrumgemeente")
q("fact", "Welke andere inspectie deed mee aan het bezoek aan De Kreek?",
  ["Inspectie van het Onderwijs"], [I],
  "Op de tweede dag sloot een inspecteur van de Inspectie van het Onderwijs aan voor het onderwijsdeel.")
q("fact", "Op welk moment telt het NJI een gesloten plaatsing mee?",
  ["op het moment van instroom"], [N], "Plaatsingen zijn geteld op het moment van instroom.")
q("fact", "Onder welke voorwaarde mag een gesloten locatie nog dicht volgens de afspraken met VNG en Jeugdzorg Nederland?",
  ["geen sluiting zonder vervanging", "passend alternatief"], [K],
  "geen locatie sluit zolang de regio niet aantoonbaar over een passend alternatief beschikt: geen sluiting zonder vervanging")

# ---------------- explanation (3) ----------------
q("explanation", "Waarom groeien de wachtlijsten terwijl er steeds minder jongeren gesloten worden geplaatst?",
  ["afbouw van gesloten capaciteit sneller gaat dan de opbouw van alternatieven"], [K],
  "De belangrijkste verklaring is dus dat de afbouw van gesloten capaciteit sneller gaat dan de opbouw van alternatieven.")
q("explanation", "Hoe verklaart de aanbieder het hoge aantal separaties op De Kreek in de zomer van 2025?",
  ["zomerperiode", "vakanties en ziekte"], [I],
  "De aanbieder verklaart die piek uit de zomerperiode, waarin door vakanties en ziekte veel vaste medewerkers ontbraken")
q("explanation", "Waarom worden meisjes inmiddels vaker gesloten geplaatst dan jongens?",
  ["acute onveiligheid", "seksuele uitbuiting of ernstige zelfbeschadiging"], [N],
  "meisjes vaker worden geplaatst vanwege acute onveiligheid, zoals seksuele uitbuiting of ernstige zelfbeschadiging")

# ---------------- english (4) ----------------
q("english", "How many young people were waiting for a JeugdzorgPlus place on 30 June 2024?",
  ["71"], [K], "Op 30 juni 2024 waren dat er 71")
q("english", "What daily rate does the Midden-Oost youth region pay in 2026 for a closed crisis or time-out place?",
  ["812,50"], [J], "gesloten crisis- of time-outplek (maximaal 14 etmalen): \u20ac 812,50 per etmaal;")
q("english", "On average, how many hours of schooling per week did young people at De Kreek get in the weeks before the inspection?",
  ["14"], [I], "gemiddeld 14 uur onderwijs per week")
q("english", "What percentage of the young people in closed youth care in 2025 were aged 12 to 15?",
  ["41,0"], [N], "41,0 procent 12\u201315 jaar")

# ---------------- unanswerable (13) ----------------
q("unanswerable", "Hoeveel jongeren stonden op 1 januari 2023 op een wachtlijst voor gesloten jeugdhulp?",
  [], [K], "", absent=["1 januari 2023"])
q("unanswerable", "Hoeveel van de wachtende jongeren eind 2025 kwamen uit Limburg?",
  [], [K], "", absent=["Limburg"])
q("unanswerable", "Hoeveel wachtende jongeren verbleven eind 2025 tijdelijk in een justitiële jeugdinrichting?",
  [], [K], "", absent=["justitiële", "jeugdinrichting"])
q("unanswerable", "Hoeveel gecontracteerde gesloten plaatsen zijn er landelijk per 1 januari 2027?",
  [], [K, N], "", absent=["1 januari 2027"])
q("unanswerable", "Hoeveel separaties waren er op De Kreek per kwartaal in 2024?",
  [], [I], "", absent=["kwartaal 2024"])
q("unanswerable", "Hoe heten de inspecteurs die De Kreek hebben bezocht?",
  [], [I], "", absent=["drs.", "MSc", "mr."])
q("unanswerable", "Hoeveel calamiteitenmeldingen kreeg de inspectie in 2023 over De Kreek?",
  [], [I], "", absent=["2023"])
q("unanswerable", "Hoeveel jongeren met een licht verstandelijke beperking verblijven op De Kreek?",
  [], [I], "", absent=["verstandelijk", "lvb"])
q("unanswerable", "Hoeveel gesloten plaatsen koopt Jeugdregio Midden-Oost in 2030 in?",
  [], [J], "", absent=["2030"])
q("unanswerable", "Hoeveel gemeenten vallen onder de jeugdregio Noord-Holland Noord en wat betalen zij per etmaal?",
  [], [J], "", absent=["Noord-Holland"])
q("unanswerable", "How many closed placements of young people were there in the Netherlands in 2019?",
  [], [N], "", absent=["2019"])
q("unanswerable", "Hoeveel jeugdigen met een migratieachtergrond werden in 2025 gesloten geplaatst?",
  [], [N], "", absent=["migratie"])
q("unanswerable", "Wat kostte een gesloten plaatsing in 2024 gemiddeld volgens het NJI?",
  [], [N], "", absent=["euro", "\u20ac", "kosten"])

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, d in enumerate(Q, 1):
            rec = {"id": f"r3b{i:03d}"}
            rec.update(d)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {out}")
