#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes docs.jsonl (65 questions about the four r3-a documents)."""
import json
KB = "kamerbrief-2026-doorbraakaanpak-gesloten-jeugdhulp"
CBS = "cbs-2026-jeugdzorgplus-doorstroom"
RIB = "gemeente-2025-raadsinformatiebrief-gesloten-plaatsingen"
DH = "zorgaanbieder-2026-jaarverslag-de-horst"
ALL = [KB, CBS, RIB, DH]

Q = []
def q(kind, question, answers, docs, quote="", **extra):
    d = {"id": None, "question": question, "kind": kind, "answers": answers,
         "docs": docs if isinstance(docs, list) else [docs], "quote": quote}
    d.update(extra)
    Q.append(d)

# ---------------- figure (17)
q("figure", "Hoeveel gesloten bedden waren er landelijk beschikbaar op de laatste dag van 2024?", ["598"], KB,
  "Capaciteit op 31 december 853 696 641 598 547")
q("figure", "Hoeveel verschillende kinderen kwamen er in 2022 in een gesloten setting terecht volgens de Kamerbrief?", ["812"], KB,
  "Unieke jongeren 944 812 751 702 655")
q("figure", "Hoeveel dagen duurde een gesloten verblijf in 2023 landelijk gemiddeld?", ["139"], KB,
  "Gemiddelde verblijfsduur (dagen) 152 146 139 131 122")
q("figure", "Hoe vaak werd er in 2024 landelijk een separatie toegepast in de JeugdzorgPlus?", ["1.688"], KB,
  "Separaties 2.964 2.471 2.106 1.688 1.243")
q("figure", "Hoeveel weken moesten jongeren in 2025 landelijk gemiddeld wachten op een gesloten plaats?", ["3,8"], KB,
  "Gemiddelde wachttijd (weken) 5,8 6,4 5,9 4,7 3,8")
q("figure", "Over hoeveel locaties was de gesloten capaciteit eind 2025 verspreid?", ["23"], KB,
  "verdeeld over elf aanbieders en 23 locaties")
q("figure", "Hoeveel geld stelt VWS in 2026 en 2027 beschikbaar voor het opleidingsprogramma voor groepsleiders en gedragswetenschappers?", ["€ 12,4 miljoen"], KB,
  "is in 2026 en 2027 € 12,4 miljoen beschikbaar")
q("figure", "Hoeveel geld is er over 2026 tot en met 2028 beschikbaar voor de ombouw van locaties?", ["€ 36 miljoen"], KB,
  "in totaal € 36 miljoen")
q("figure", "Welk percentage van de jongeren die in 2023 uit de gesloten jeugdhulp vertrokken ging naar een pleeggezin of gezinshuis?", ["10,4"], CBS,
  "| Gezinshuis of pleeggezin | 9,7 | 10,4 | 12,8 | 14,5 |")
q("figure", "Hoeveel jeugdigen uit Zuid-Nederland stroomden in 2024 uit JeugdzorgPlus?", ["197"], CBS,
  "| Zuid-Nederland | 237 | 218 | 197 | 183 |")
q("figure", "Welk aandeel van de uitstromers keerde in 2022 terug naar de ouders of familie?", ["31,4"], CBS,
  "| Terug naar ouder(s) of familie | 31,4 | 30,2 | 28,7 | 27,9 |")
q("figure", "Hoeveel procent van de jongeren die in 2024 JeugdzorgPlus verlieten, belandde volgens het CBS binnen een jaar opnieuw in een gesloten plaatsing?", ["19,6"], CBS,
  "werd 19,6 procent binnen twaalf maanden opnieuw gesloten geplaatst")
q("figure", "Wat waren in 2023 de kosten van gesloten plaatsingen voor de gemeente Lindewaarde?", ["1.027.250"], RIB,
  "Kosten in euro 1.284.000 1.136.500 1.027.250 812.400")
q("figure", "Hoeveel afzonderlijke jeugdigen uit Lindewaarde werden in 2022 gesloten geplaatst?", ["11"], RIB,
  "Unieke jeugdigen 12 11 9 7")
q("figure", "Wat draagt Lindewaarde jaarlijks bij aan het regionale expertteam?", ["€ 185.000"], RIB,
  "Het aandeel van Lindewaarde bedraagt € 185.000 per jaar.")
q("figure", "Over hoeveel gesloten plekken beschikte De Horst eind 2025?", ["52"], DH,
  "op 31 december 2025 hadden we 52 gesloten plekken")
q("figure", "Hoeveel incidentmeldingen waren er in 2025 bij De Horst?", ["1.047"], DH,
  "er werden 1.047 incidenten gemeld")

# ---------------- arithmetic (7)
q("arithmetic", "Met hoeveel plaatsen is de landelijke gesloten capaciteit afgenomen tussen eind 2021 en eind 2025?", ["306"], KB,
  "Capaciteit op 31 december 853 696 641 598 547", inputs=["853", "547"], op="diff")
q("arithmetic", "Met hoeveel procent daalde het landelijke aantal gesloten plaatsingen van 2024 op 2025?", ["7,8"], KB,
  "Plaatsingen 1.175 979 904 833 768", inputs=["833", "768"], op="pct_change")
q("arithmetic", "Hoeveel procent minder uitstromers telde Zuid-Nederland in 2025 vergeleken met 2022?", ["22,8"], CBS,
  "| Zuid-Nederland | 237 | 218 | 197 | 183 |", inputs=["237", "183"], op="pct_change")
q("arithmetic", "Welk percentage van de uitstromers ging in 2025 in totaal naar een kleinschalige woonvoorziening of naar een gezinshuis/pleeggezin?", ["36,8"], CBS,
  "| Kleinschalige woonvoorziening | 11,2 | 14,6 | 18,9 | 22,3 |", inputs=["22,3", "14,5"], op="sum")
q("arithmetic", "Hoeveel euro gaf Lindewaarde in 2024 minder uit aan gesloten plaatsingen dan in 2021?", ["471.600"], RIB,
  "Kosten in euro 1.284.000 1.136.500 1.027.250 812.400", inputs=["1.284.000", "812.400"], op="diff")
q("arithmetic", "Hoeveel minder jongeren nam De Horst op in 2025 dan in 2024?", ["28"], DH,
  "Plaatsingen 171 143", inputs=["171", "143"], op="diff")
q("arithmetic", "Met welk percentage is het aantal gemelde incidenten bij De Horst in 2025 gedaald ten opzichte van 2024?", ["13,6"], DH,
  "er werden 1.047 incidenten gemeld (2024: 1.212)", inputs=["1.212", "1.047"], op="pct_change")

# ---------------- two_part (5)
q("two_part", "Hoeveel gesloten plaatsingen waren er in 2025 in heel Nederland, en om hoeveel unieke jongeren ging het?", ["768", "655"], KB,
  "ging het in 2025 om 768 plaatsingen. Het aantal unieke jongeren dat in 2025 gesloten werd geplaatst kwam uit op 655", all_answers=True)
q("two_part", "Hoeveel keer werd een jeugdige uit Lindewaarde in 2024 gesloten geplaatst, en hoeveel verschillende jeugdigen waren dat?", ["8", "7"], RIB,
  "In 2024 ging het om 8 plaatsingen van 7 verschillende jeugdigen", all_answers=True)
q("two_part", "Hoeveel separaties waren er in 2025 bij De Horst, en hoeveel procent minder was dat dan het jaar ervoor?", ["186", "37"], DH,
  "186 keer werd een jongere gesepareerd (2024: 297), een daling van 37 procent", all_answers=True)
q("two_part", "Hoeveel jongeren verlieten in 2025 landelijk JeugdzorgPlus, en hoeveel minder was dat dan in 2024?", ["752", "69"], CBS,
  "In 2025 beëindigden 752 jongeren een verblijf in JeugdzorgPlus. Dat zijn er 69 minder dan in 2024", all_answers=True)
q("two_part", "Wie is de bestuurder van De Horst, en op welke datum is het voorwoord van het jaarverslag ondertekend?", ["Ingrid Koopmans-Terpstra", "2 april 2026"], DH,
  "Horstveen, 2 april 2026 drs. Ingrid Koopmans-Terpstra", all_answers=True)

# ---------------- list (5)
q("list", "Welke drie sporen onderscheidt de doorbraakaanpak gesloten jeugdhulp?", ["Eerder en dichter bij huis", "Kleinschalig en open", "Vakmanschap en vaste gezichten"], KB,
  "Spoor 2 – Kleinschalig en open.", all_answers=True,
  quotes=["Spoor 1 – Eerder en dichter bij huis", "Spoor 2 – Kleinschalig en open", "Spoor 3 – Vakmanschap en vaste gezichten"])
q("list", "Welke vijf maatregelen neemt de gemeente Lindewaarde in 2026 en 2027 om gesloten plaatsingen terug te dringen?", ["Regionaal expertteam", "Spoedhulp thuis", "Gezinshuisplekken", "Ervaringsdeskundigen", "Monitoring"], RIB,
  "Wij nemen in 2026 en 2027 de volgende maatregelen:", all_answers=True,
  quotes=["1. Regionaal expertteam.", "2. Spoedhulp thuis.", "3. Gezinshuisplekken.", "4. Ervaringsdeskundigen.", "5. Monitoring."])
q("list", "Welke kengetallen over het personeel rapporteert De Horst in hoofdstuk 3 van het jaarverslag?", ["Personeelsverloop", "Ziekteverzuim", "Formatie", "Personeel niet in loondienst"], DH,
  "Personeelsverloop: 18,6 procent van de medewerkers vertrok", all_answers=True,
  quotes=["Personeelsverloop: 18,6 procent", "Ziekteverzuim: 7,9 procent", "Formatie: 214 fte in loondienst", "Personeel niet in loondienst: 11 procent"])
q("list", "Wat waren in 2025 de drie meest voorkomende bestemmingen van jongeren na hun verblijf in JeugdzorgPlus?", ["Terug naar ouder(s) of familie", "Kleinschalige woonvoorziening", "Open residentiële jeugdhulp"], CBS,
  "| Open residentiële jeugdhulp | 29,8 | 27,5 | 24,1 | 21,6 |", all_answers=True,
  quotes=["| Terug naar ouder(s) of familie | 31,4 | 30,2 | 28,7 | 27,9 |", "| Open residentiële jeugdhulp | 29,8 | 27,5 | 24,1 | 21,6 |", "| Kleinschalige woonvoorziening | 11,2 | 14,6 | 18,9 | 22,3 |"])
q("list", "Wat vragen jongeren die zelf gesloten geplaatst zijn geweest volgens de staatssecretaris? Noem de drie punten.", ["niet opgesloten worden omdat er geen plek is", "dat iemand blijft", "niet alleen gelaten worden"], KB,
  "ze willen niet opgesloten worden omdat er geen plek is, ze willen dat iemand blijft en ze willen na vertrek niet alleen gelaten worden", all_answers=True)

# ---------------- date_person (6)
q("date_person", "Wie heeft de Kamerbrief over de doorbraakaanpak in de gesloten jeugdhulp ondertekend?", ["H.J. Vermeulen-Bos"], KB,
  "H.J. Vermeulen-Bos")
q("date_person", "Op welke datum is de brief over de doorbraakaanpak naar de Tweede Kamer gestuurd?", ["17 februari 2026"], KB,
  "Den Haag, 17 februari 2026")
q("date_person", "Welke wethouder tekende de raadsinformatiebrief over gesloten plaatsingen namens het college van Lindewaarde?", ["Jorien Smeenk-Bakker"], RIB,
  "Jorien Smeenk-Bakker")
q("date_person", "Van welke datum is de raadsinformatiebrief van Lindewaarde over gesloten jeugdhulp?", ["16 september 2025"], RIB,
  "Lindewaarde, 16 september 2025")
q("date_person", "Wanneer heeft het CBS de cijfers over de doorstroom na JeugdzorgPlus gepubliceerd?", ["12 maart 2026"], CBS,
  "*Verschenen op: 12 maart 2026*")
q("date_person", "Wie is burgemeester van Lindewaarde volgens de raadsinformatiebrief?", ["L.C. van der Wiel"], RIB,
  "mr. L.C. van der Wiel")

# ---------------- fact (5)
q("fact", "Vanaf wanneer mogen er geen nieuwe gesloten groepen van meer dan zes jongeren meer worden gecontracteerd?", ["1 januari 2027"], KB,
  "Vanaf 1 januari 2027 worden geen nieuwe gesloten groepen met meer dan zes jongeren meer gecontracteerd")
q("fact", "Wanneer gaat het wetsvoorstel over de rechtspositie van jongeren in de gesloten jeugdhulp de internetconsultatie in?", ["april 2026"], KB,
  "gaat in april 2026 in internetconsultatie")
q("fact", "Per wanneer gaat de laatste separeerruimte van De Horst dicht?", ["1 september 2026"], DH,
  "Op 1 september 2026 sluiten we onze laatste separeerruimte")
q("fact", "Bij welke zorgaanbieder kopen Lindewaarde en de regio Vecht en Veen de gesloten jeugdhulp in?", ["Stichting De Horst"], RIB,
  "Onze regio koopt de gesloten jeugdhulp in bij Stichting De Horst")
q("fact", "Op welke gegevensbron baseert het CBS de cijfers over de doorstroom na JeugdzorgPlus?", ["Beleidsinformatie Jeugd"], CBS,
  "De cijfers in deze publicatie zijn gebaseerd op de Beleidsinformatie Jeugd")

# ---------------- explanation (3)
q("explanation", "Waaraan schrijft De Horst de afname van het aantal separaties toe?", ["kleinere groepen", "vaste koppels van groepsleiders"], DH,
  "De daling van het aantal separaties schrijven we vooral toe aan de kleinere groepen en de inzet van vaste koppels van groepsleiders", all_answers=True)
q("explanation", "Waarom vindt de staatssecretaris een doorbraakaanpak nodig als het aantal gesloten plaatsingen toch al daalt?", ["te langzaam"], KB,
  "maar te langzaam gaat om het gezamenlijke doel te halen")
q("explanation", "Hoe verklaart het CBS dat de groep uitstromers steeds ouder wordt?", ["jonge kinderen niet meer gesloten te plaatsen"], CBS,
  "hangt deze vergrijzing van de groep samen met het beleid om jonge kinderen niet meer gesloten te plaatsen")

# ---------------- english (4)
q("english", "According to the 2026 letter to parliament, how many of the closed youth care places at the end of 2025 were small-scale places?", ["301"], KB,
  "Daarvan waren 301 plaatsen in kleinschalige voorzieningen")
q("english", "What was the staff turnover rate at De Horst in 2025?", ["18,6"], DH,
  "Personeelsverloop: 18,6 procent van de medewerkers vertrok")
q("english", "What is the total yearly cost of the measures the municipality of Lindewaarde announced?", ["€ 596.000"], RIB,
  "De totale kosten van deze maatregelen bedragen € 596.000 per jaar.")
q("english", "What share of young people leaving closed youth care in 2025 ended up in a juvenile justice institution, according to CBS?", ["2,6"], CBS,
  "| Justitiële jeugdinrichting | 4,1 | 3,9 | 3,2 | 2,6 |")

# ---------------- unanswerable (13)
q("unanswerable", "Hoeveel gesloten plaatsingen waren er in 2019 volgens de Kamerbrief over de doorbraakaanpak?", [], KB, absent=["2019"],
  note="Tabel 1 begint bij 2021.")
q("unanswerable", "Hoeveel jongeren stonden eind 2025 op de wachtlijst voor JeugdzorgPlus?", [], KB, absent=["wachtlijst"],
  note="Alleen gemiddelde wachttijd in weken, geen wachtlijstomvang.")
q("unanswerable", "Hoeveel gesloten plaatsingen waren er in 2025 in de provincie Limburg?", [], KB, absent=["Limburg", "provincie"],
  note="Geen uitsplitsing naar provincie of regio.")
q("unanswerable", "Hoeveel jongeren uit Midden-Nederland verlieten in 2025 de gesloten jeugdhulp?", [], CBS, absent=["Midden"],
  note="Tabel 2 kent alleen Noord, Oost, West en Zuid.")
q("unanswerable", "Welk deel van de uitstromers uit 2021 ging naar een gezinshuis?", [], CBS, absent=["2021"],
  note="Tabel 1 begint bij 2022.")
q("unanswerable", "Hoeveel procent van de jongeren die in 2025 uitstroomden, werd binnen twaalf maanden opnieuw gesloten geplaatst?", [], CBS,
  absent=[], note="Het document zegt expliciet dat dit over 2025 nog niet kan worden berekend.")
q("unanswerable", "Hoeveel gesloten plaatsingen van jeugdigen uit Lindewaarde waren er in 2020?", [], RIB, absent=["2020"],
  note="De tabel begint bij 2021.")
q("unanswerable", "Wie is de wethouder Financiën van Lindewaarde?", [], RIB, absent=["wethouder Financiën", "wethouder financiën"],
  note="Alleen de wethouder Jeugd, Onderwijs en Gezondheid wordt genoemd.")
q("unanswerable", "Hoeveel separaties telde De Horst in 2023?", [], DH, absent=["2023"],
  note="Alleen 2024 en 2025.")
q("unanswerable", "Wie is voorzitter van de Raad van Toezicht van De Horst?", [], DH, absent=["Raad van Toezicht", "toezicht"],
  note="Alleen de bestuurder wordt genoemd.")
q("unanswerable", "Hoeveel jongeren stonden er bij De Horst op de wachtlijst?", [], DH, absent=["wachtlijst"],
  note="Alleen de gemiddelde wachttijd in weken.")
q("unanswerable", "Welk bedrag is er in de doorbraakaanpak gereserveerd voor de expertteams in de bovenregio's?", [], KB,
  absent=[], note="Bedragen alleen voor opleidingsprogramma (€ 12,4 miljoen) en ombouw (€ 36 miljoen); geen bedrag voor expertteams.")
q("unanswerable", "How many young people from Amsterdam were placed in closed youth care in 2024?", [], ALL, absent=["Amsterdam"],
  note="Geen van de documenten noemt Amsterdam.")

for i, d in enumerate(Q, 1):
    d["id"] = f"r3a{i:03d}"
with open("docs.jsonl", "w", encoding="utf-8") as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(Q), "questions written")
