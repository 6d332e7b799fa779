#!/usr/bin/env python3
"""Bouwt corpus.jsonl en unanswerable_checks.json uit de vragenlijst hieronder."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

K23 = "kamerbrief-2023"
UP = "uitvoeringsplan-2022"
IGJ = "igj-rapport-2024"
K24 = "kamerbrief-2024"
RV = "regiovisie-nhn-2021"

Q = []   # (question, kind, answers, docs, quote, extra)
UNANS = {}


def add(question, kind, answers, docs, quote, all_answers=False, extra_quotes=None,
        inputs=None, formula=None, grep=None):
    q = {"question": question, "kind": kind, "answers": answers, "docs": docs, "quote": quote}
    if all_answers:
        q["all_answers"] = True
    if extra_quotes:
        q["extra_quotes"] = [{"doc": d, "quote": t} for d, t in extra_quotes]
    if inputs is not None:
        q["inputs"] = inputs
        q["formula"] = formula
    q["_grep"] = grep
    Q.append(q)


# ---------------------------------------------------------------- figure (16)
add("plaatsingen gesloten jeugdhulp 2022", "figure", ["979"], [K23], "2022 979")
add("Hoeveel gesloten plaatsingen telde de JeugdzorgPlus in 2019?", "figure", ["1.701"], [K23, UP],
    "2019 1.701", extra_quotes=[(UP, "Aantal plaatsingen\t1.924\t1.720\t1.701\t1.366\t1.175")])
add("Welk aantal unieke jongeren verbleef in 2020 in de gesloten jeugdhulp?", "figure", ["1.128"], [UP],
    "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029")
add("Hoeveel separeerruimtes hadden de gesloten instellingen op 1 januari 2023 nog in gebruik?", "figure",
    ["27"], [K23], "per 1 januari 2023 zijn dat er 27")
add("aantal isoleercellen / separeerruimtes jeugdzorgplus 2018", "figure", ["72"], [K23], "in 2018 nog 72")
add("Hoeveel plekken had de gesloten jeugdhulp in 2020, voordat de capaciteit verder daalde?", "figure",
    ["994"], [K23], "afgenomen van 994 in 2020")
add("Hoe groot was het budget van de SPUK-regeling vastgoedtransitie gesloten jeugdhulp uit 2021?", "figure",
    ["33,5 mln", "33,5 miljoen", "33.500.000"], [K23], "(33,5 mln. euro)")
add("Hoeveel geld komt er beschikbaar voor de nieuwe regeling frictiekosten bij de af- en ombouw van de gesloten jeugdzorg?",
    "figure", ["180 mln", "180 miljoen", "180.000.000"], [K24], "budget van € 180 mln. voor")
add("Met welk bedrag uit de vastgoedregeling wordt de verdere sluiting van separeerruimtes in 2023 ondersteund?",
    "figure", ["vijf miljoen", "5 miljoen", "5 mln", "5.000.000"], [K23], "mede ondersteund door vijf miljoen euro uit de bovengenoemde Regeling ")
add("Tussen 2020 en 2022 verdwenen er veel plekken, maar hoeveel nieuwe plaatsen kwamen er in die periode juist bij?",
    "figure", ["45"], [K23], "Daarnaast zijn er in die periode 45 plaatsen bij gekomen")
add("Met hoeveel procent is het aantal gesloten plaatsingen sinds 2017 gedaald volgens het uitvoeringsplan van december 2022?",
    "figure", ["39%", "39 procent"], [UP], "sinds 2017 afgenomen met 39%")
add("daling aantal unieke jongeren gesloten jeugdhulp sinds 2017 percentage", "figure", ["33%", "33 procent"], [UP],
    "het aantal unieke jongeren daalde in dezelfde periode met 33%")
add("Uit hoeveel gemeenten bestaat de regio Noord-Holland-Noord die samen JeugdzorgPlus inkoopt?", "figure",
    ["18", "achttien"], [RV], "de achttien gemeenten in de regio Noord-Holland-Noord")
add("Binnen welke termijn wil Noord-Holland met Thuis voor Noordje alle kinderen die JeugdzorgPlus nodig hebben in de eigen provincie opvangen?",
    "figure", ["twee jaar", "2 jaar"], [RV], "binnen twee jaar alle jeugdigen die JeugdzorgPlus nodig")
add("Hoeveel jeugdigen uit NHN zijn in de periode februari 2020-2021 buiten de eigen regio gesloten geplaatst?", "figure",
    ["9", "negen"], [RV], "zijn er 9 jeugdigen buiten de regio NHN geplaatst")
add("Wat is volgens de transformatievisie van Alkmaar, Kop van Noord-Holland en Westfriesland de maximale groepsgrootte in het gesloten verblijf?",
    "figure", ["zes", "6"], [RV], "groepsgrootte van vier tot maximaal zes jeugdigen met minimaal twee begeleiders")

# ---------------------------------------------------------------- fact (14)
add("Welke instantie gaat de capaciteit en bezetting van de gesloten jeugdhulp periodiek monitoren?", "fact",
    ["Jeugdautoriteit"], [K23], "Jeugdautoriteit zet een periodieke monitor op met daarin kwantitatieve en ")
add("In welke regio is interbestuurlijk toezicht ingezet vanwege de continuïteit van gesloten jeugdhulp?", "fact",
    ["Zuidwest"], [K23], "interbestuurlijk toezicht in te zetten in de regio Zuidwest")
add("jeugdzorgplus aanbieder noord-holland-noord", "fact", ["Horizon"], [RV], "met jeugdhulpaanbieder Horizon")
add("In welke plaats zit de JeugdzorgPlus-locatie Antonius?", "fact", ["Bakkum", "Castricum"], [RV],
    "Antonius in Bakkum (gemeente Castricum)")
add("Waar staat JIM voor in de NHN-visie op JeugdzorgPlus?", "fact", ["Jouw Ingebrachte Mentor"], [RV],
    "4.2 Inzet JIM (Jouw Ingebrachte Mentor)")
add("Bij welke verslavingskliniek is een jongere geplaatst die anders naar een ZIKOS-afdeling zou gaan?", "fact",
    ["Yes we can"], [K24], "verslavingskliniek Yes we can")
add("Wie beoordeelt of het verantwoord is om de ZIKOS-plaatsen definitief te sluiten?", "fact", ["VNG"], [K24],
    "De komende maanden beziet de VNG mede op basis van het eindrapport ")
add("De IGJ riep in 2023 op tot landelijke regie op de afbouw van JeugdzorgPlus. In welke vorm is die regie uiteindelijk gekomen?",
    "fact", ["bestuurlijk aanjager", "aanjager"], [IGJ], "een bestuurlijk aanjager, die de partijen in december 2023 hebben aangesteld")
add("Onder welke werktitel wordt in Noord-Holland een bovenregionaal plan voor JeugdzorgPlus gemaakt?", "fact",
    ["Thuis voor Noordje"], [RV], "een bovenregionaal plan ontwikkeld met de werktitel Thuis voor Noordje")
add("Welke nieuwe wet, die naar verwachting in 2025 ingaat, zorgt volgens de IGJ er niet voor dat het aanbod voor deze jongeren op landsdeelniveau geregeld wordt?",
    "fact", ["Wet verbetering beschikbaarheid jeugdhulp"], [IGJ],
    "De Wet verbetering beschikbaarheid jeugdhulp (verwachte inwerkingtreding is voorzien in 2025)")
add("Onder wiens regie valt het netwerk residentieel onderwijs in het uitvoeringsplan?", "fact",
    ["OCW"], [UP], "Het netwerk residentieel onderwijs richt zich onder regie van het ministerie van OCW")
add("Vanaf wanneer controleert de inspectie of de gesloten instellingen de veldnormen vrijheidsbeperkende maatregelen naleven?",
    "fact", ["medio 2023"], [K23], "vanaf medio 2023 toetst de Inspectie Gezondheidzorg en Jeugd (IGJ) op de ")
add("Welke term gebruiken de samenwerkingsverbanden in NHN als de zwaarste leerlingen van de school in de gesloten setting doorschuiven naar gewone, open scholen?",
    "fact", ["waterbedeffect"], [RV], "Samenwerkingsverbanden noemen dit het waterbedeffect.")
add("Op welk systeem zijn de plaatsingscijfers in de Kamerbrief over de voortgang van de af- en ombouw gebaseerd?", "fact",
    ["Toeleidingsysteem"], [K23], "Bovenstaande gegevens zijn gebaseerd op het Toeleidingsysteem gesloten ")

# ---------------------------------------------------------------- list (11)
add("Noem de drie bewegingen waarop het uitvoeringsplan af- en ombouw inzet.", "list",
    ["kleinschalig", "open", "thuis"], [UP],
    "1) van grootschalig naar kleinschalig, 2) van gesloten naar zoveel mogelijk open en 3) van uithuisplaatsen naar zo thuis mogelijk",
    all_answers=True, extra_quotes=[(K23, "verbeteren, zet het uitvoeringsplan in op drie bewegingen: 1) van grootschalig ")])
add("Welke netwerken heeft de landelijke programmaorganisatie van het uitvoeringsplan?", "list",
    ["kwaliteit", "residentieel onderwijs", "vrijheidsbeperkende maatregelen"], [UP],
    "kwaliteit van kleinschalige zorg, residentieel onderwijs en het omgaan met vrijheidsbeperkende maatregelen",
    all_answers=True)
add("Op welke drie punten zag de IGJ in juli 2023 risico's bij de af- en ombouw van JeugdzorgPlus?", "list",
    ["landelijk dekkend", "continuïteit", "kwaliteit"], [IGJ],
    "1. Risico’s voor een landelijk dekkend hulpaanbod voor jongeren met complexe problematiek die ",
    all_answers=True, extra_quotes=[(IGJ, "2. Risico’s voor de continuïteit van zorg."),
                                    (IGJ, "3. Risico’s voor de kwaliteit van zorg die nu binnen de JeugdzorgPlus-instellingen wordt geboden.")])
add("knelpunten samenwerking landsdelen IGJ 2024 jeugdzorgplus opsomming", "list",
    ["visie", "financiering", "mandaat", "landsdeel", "continuïteit"], [IGJ], "Mandaat ontbreekt;",
    all_answers=True, extra_quotes=[(IGJ, "Visieverschillen en belangenverschillen bemoeilijken de totstandkoming van regionale plannen;"),
                                    (IGJ, "Knelpunten in de financiering;"),
                                    (IGJ, "De af- en ombouw van aanbod op het niveau van landsdeel,  de opbouw op het niveau van "),
                                    (IGJ, "Vraagstukken rond continuïteit van bestaand aanbod.")])
add("Welke varianten van een machtiging gesloten jeugdhulp onderscheidt de regiovisie van Noord-Holland-Noord?", "list",
    ["voorwaardelijke machtiging", "machtiging gesloten jeugdhulp", "geschorste machtiging"], [RV],
    "Een machtiging gesloten jeugdhulp is er in drie varianten: ", all_answers=True,
    extra_quotes=[(RV, "a. een voorwaardelijke machtiging: hierbij wordt een hulpverleningsplan opgesteld met "),
                  (RV, "c. een geschorste machtiging: hierbij schorst de JeugdzorgPlus aanbieder geslotenheid op onder ")])
add("Wat zijn de drie speerpunten van de NHN-gemeenten om in 2030 geen gesloten jeugdhulp meer te hebben?", "list",
    ["voorkomen", "afbouw", "uitstroom"], [RV], "3) Het bevorderen van de uitstroom uit de geslotenheid",
    all_answers=True, extra_quotes=[(RV, "1) Het voorkomen van gesloten plaatsingen "),
                                    (RV, "2) Het gecontroleerd afbouwen van gesloten plaatsingen  ")])
add("Ik schrijf een stuk over het Kamerdebat van 2024 over gesloten jeugdhulp. Welke concrete acties kondigde de staatssecretaris in zijn brief vooraf aan?",
    "list", ["aanspreekpunt", "ondersteuningsprogramma", "locaties", "frictiekosten", "Jeugdwet"], [K24],
    "• Er komt een aanspreekpunt waar jongeren die op een ZIKOS-afdeling ", all_answers=True,
    extra_quotes=[(K24, "• Versterking landelijke regie: er komt een ondersteuningsprogramma "),
                  (K24, "• Besluitvorming over welke locaties wanneer gesloten worden. "),
                  (K24, "• Er komt een regeling frictiekosten met een budget van € 180 mln. voor "),
                  (K24, "• Ik overweeg of het noodzakelijk is de Jeugdwet aan te passen om zo ")])
add("Door welke partijen is het uitvoeringsplan 'Van groot naar klein' vastgesteld?", "list",
    ["VNG", "Jeugdzorg Nederland", "VWS"], [UP],
    "Met dit uitvoeringsplan nemen VWS, VNG en Jeugdzorg Nederland landelijke regie op de af- en ombouw van de gesloten jeugdhulp",
    all_answers=True, extra_quotes=[(UP, "Nederland Gemeenten, Jeugdzorg Nederland en de staatssecretaris van VWS")])
add("Met welke organisaties voert de staatssecretaris gesprekken om ervaringsdeskundigen en professionals bij de af- en ombouw te betrekken?",
    "list", ["StroomOP", "Jeugdwelzijnsberaad", "ExpEx"], [K23],
    "Ik ben in gesprek met onder andere StroomOP, het Jeugdwelzijnsberaad en ExpEx ", all_answers=True)
add("Geef de transformatiedoelen die NHN meeneemt naar de inkoopvisie en verwervingsstrategie voor JeugdzorgPlus.", "list",
    ["afbouw", "ontwikkelingskansen", "integratie van expertise"], [RV],
    "2) De herstel- en ontwikkelingskansen van jeugdigen in een gesloten voorziening maximaliseren. ",
    all_answers=True, extra_quotes=[(RV, "1) De afbouw van gesloten jeugdhulp in 2030 door een ombouw naar gespecialiseerde ambulante "),
                                    (RV, "3) Een integratie van expertise rondom een jeugdige van (in)formeel netwerk tot professionele ")])
add("Wie rekent de regiovisie NHN tot de jeugdrechtketen?", "list",
    ["rechtbank", "gecertificeerde instellingen", "veiligheidsregio", "Raad voor de Kinderbescherming"], [RV],
    "gecertificeerde instellingen, de veiligheidsregio en de Raad voor de Kinderbescherming", all_answers=True,
    extra_quotes=[(RV, "De eerste is de jeugdrechtketen. Daarmee bedoelen we de rechtbank, ")])

# ---------------------------------------------------------------- two_part (9)
add("Hoeveel aanbieders van gesloten jeugdhulp waren er ten tijde van het uitvoeringsplan, en met hoeveel accommodaties samen?",
    "two_part", ["11", "24"], [UP], "Op dit moment zijn er 11 aanbieders met in totaal 24 accommodaties gesloten jeugdhulp.",
    all_answers=True)
add("Wanneer is de bestuurlijk aanjager aangesteld en in welke maand volgden de nieuwe bestuurlijke afspraken over de transformatie?",
    "two_part", ["december 2023", "juni 2024"], [IGJ], "die de partijen in december 2023 hebben aangesteld",
    all_answers=True, extra_quotes=[(IGJ, "VWS, VNG en Jeugdzorg Nederland hebben in juni 2024 nieuwe bestuurlijke afspraken gemaakt ")])
add("Over hoeveel jeugdzorgorganisaties en hoeveel locaties zijn de separeerruimtes verdeeld die begin 2023 nog bestonden?",
    "two_part", ["zes", "zeven"], [K23], "separeerruimtes vallen onder zes jeugdzorgorganisaties, verspreid over zeven ",
    all_answers=True)
add("Wanneer nam de Tweede Kamer de motie aan om te stoppen met gesloten jeugdhulp, en met welke steun?", "two_part",
    ["november 2021", "unaniem"], [UP], "een motie die de Tweede Kamer in november 2021 unaniem heeft aangenomen",
    all_answers=True)
add("regeling frictiekosten gesloten jeugdhulp: hoeveel geld en voor welke jaren?", "two_part",
    ["180 mln", "2028"], [K24], "budget van € 180 mln. voor", all_answers=True,
    extra_quotes=[(K24, "de periode 2024–2028 voor de af- en ombouw van de gesloten ")])
add("Over welk rapport vroeg de Kamer op 12 maart 2024 een reactie, en wie heeft het opgesteld?", "two_part",
    ["Eenzaam gesloten", "Bhugwandass"], [K24], "jeugdhulp «Eenzaam gesloten» van Jason Bhugwandass, specifiek op de ",
    all_answers=True)
add("Sinds wanneer loopt het JeugdzorgPlus-contract met Horizon in NHN, en wanneer loopt het af?", "two_part",
    ["februari 2019", "4 februari 2023"], [RV], "af op 4 februari 2023", all_answers=True,
    extra_quotes=[(RV, "Sinds februari 2019 hebben de achttien gemeenten in de regio NHN een contract voor JeugdzorgPlus ")])
add("Hoe lang duurt een JeugdzorgPlus-traject in NHN gemiddeld, en hoeveel maanden daarvan zit een jongere echt gesloten?",
    "two_part", ["8 maanden", "3-4 maanden"], [RV],
    "In de huidige situatie doorlopen jeugdigen een totaal traject van ", all_answers=True,
    extra_quotes=[(RV, "gemiddeld 8 maanden, waarvan 3-4 maanden daadwerkelijk in geslotenheid plaatsvindt.")])
add("Wat zijn de twee jaartallen in de doelstellingen van de transformatie: wanneer werken alle instellingen kleinschalig en wanneer wil men zo dicht mogelijk bij nul gesloten plaatsingen zitten?",
    "two_part", ["2025", "2030"], [K24], "de instellingen in 2025 kleinschalig werken en dat we in 2030 zo dichtbij ",
    all_answers=True, extra_quotes=[(K23, "ombouw naar kleinschalige voorzieningen. Doel is dat alle instellingen in 2025 ")])

# ---------------------------------------------------------------- arithmetic (9)
add("Hoeveel gesloten plaatsingen minder waren er in 2022 dan in 2017?", "arithmetic", ["945"], [K23], "2017 1.924",
    extra_quotes=[(K23, "2022 979")], inputs=["1.924", "979"], formula="1924 - 979 = 945")
add("Met hoeveel procent is het aantal plaatsingen in de gesloten jeugdhulp van 2017 tot en met 2022 afgenomen?",
    "arithmetic", ["49%", "49,1%"], [K23], "2017 1.924", extra_quotes=[(K23, "2022 979")],
    inputs=["1.924", "979"], formula="(1924 - 979) / 1924 * 100 = 49,1")
add("Hoeveel plaatsen capaciteit is er tussen 2020 en 2022 in totaal verdwenen in de gesloten jeugdhulp?", "arithmetic",
    ["298"], [K23], "afgenomen van 994 in 2020 naar circa 696 in 2022", inputs=["994", "696"], formula="994 - 696 = 298")
add("Welk percentage van de separeerruimtes uit 2018 was per 1 januari 2023 verdwenen?", "arithmetic",
    ["62,5%", "63%"], [K23], "in 2018 nog 72", extra_quotes=[(K23, "per 1 januari 2023 zijn dat er 27")],
    inputs=["72", "27"], formula="(72 - 27) / 72 * 100 = 62,5")
add("Hoeveel plaatsingen minder waren er in 2020 vergeleken met 2019?", "arithmetic", ["335"], [K23], "2020 1.366",
    extra_quotes=[(K23, "2019 1.701")], inputs=["1.701", "1.366"], formula="1701 - 1366 = 335")
add("In 2021: hoeveel meer plaatsingen dan unieke jongeren waren er in de gesloten jeugdhulp?", "arithmetic", ["146"], [UP],
    "Aantal plaatsingen\t1.924\t1.720\t1.701\t1.366\t1.175",
    extra_quotes=[(UP, "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029")],
    inputs=["1.175", "1.029"], formula="1175 - 1029 = 146")
add("Hoeveel plaatsingen waren er in 2017 gemiddeld per unieke jongere in de gesloten jeugdhulp?", "arithmetic",
    ["1,25"], [UP], "Aantal plaatsingen\t1.924\t1.720\t1.701\t1.366\t1.175",
    extra_quotes=[(UP, "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029")],
    inputs=["1.924", "1.537"], formula="1924 / 1537 = 1,25")
add("Als het frictiekostenbudget gelijk over de looptijd wordt verdeeld, hoeveel is dat dan per jaar?", "arithmetic",
    ["36 mln", "36 miljoen", "36.000.000"], [K24], "budget van € 180 mln. voor",
    extra_quotes=[(K24, "de periode 2024–2028 voor de af- en ombouw van de gesloten ")],
    inputs=["180 mln", "2024–2028"], formula="180 / (2028 - 2024 + 1) = 36")
add("Hoeveel groter is de frictiekostenregeling uit 2024 dan de SPUK vastgoedtransitie uit 2021?", "arithmetic",
    ["146,5 mln", "146,5 miljoen", "146.500.000"], [K24, K23], "budget van € 180 mln. voor",
    extra_quotes=[(K23, "(33,5 mln. euro)")], inputs=["180 mln", "33,5 mln"], formula="180 - 33,5 = 146,5")

# ---------------------------------------------------------------- trend (5)
add("Hoe heeft het aantal gesloten plaatsingen zich ontwikkeld van 2017 tot 2022?", "trend", ["1.924", "979"], [K23],
    "2017 1.924", all_answers=True, extra_quotes=[(K23, "2022 979")])
add("ontwikkeling unieke jongeren jeugdzorgplus 2017-2021", "trend", ["1.537", "1.029"], [UP],
    "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029", all_answers=True)
add("Is het aantal separeerruimtes in de gesloten jeugdhulp de laatste jaren afgenomen? Van hoeveel naar hoeveel?", "trend",
    ["72", "27"], [K23], "in 2018 nog 72", all_answers=True, extra_quotes=[(K23, "per 1 januari 2023 zijn dat er 27")])
add("Tussen welke twee opeenvolgende jaren daalde het aantal gesloten plaatsingen het sterkst?", "trend",
    ["2019", "2020"], [K23], "2020 1.366", all_answers=True, extra_quotes=[(K23, "2019 1.701")])
add("Het aantal plaatsingen daalde sinds 2017 elk jaar, maar in welke periode was die daling nauwelijks merkbaar? Geef de cijfers.",
    "trend", ["1.720", "1.701"], [K23], "2018 1.720", all_answers=True, extra_quotes=[(K23, "2019 1.701")])

# ---------------------------------------------------------------- date_person (7)
add("Welke staatssecretaris ondertekende de voortgangsbrief over de af- en ombouw van de gesloten jeugdhulp (2023)?",
    "date_person", ["Van Ooijen"], [K23], "Maarten van Ooijen")
add("Op welke datum is het uitvoeringsplan af- en ombouw in bestuurlijk overleg vastgesteld?", "date_person",
    ["7 december 2022"], [UP], "Vastgesteld in bestuurlijk overleg d.d. 7 december 2022")
add("Wanneer had de staatssecretaris de Kamer eerder over de transformatie van de gesloten jeugdhulp geïnformeerd?",
    "date_person", ["8 juli 2022"], [K23], "Over deze transformatie van de gesloten jeugdhulp heb ik uw Kamer op 8 juli ")
add("Welk Kamerlid stelde schriftelijke vragen over 'Eenzaam gesloten'?", "date_person", ["Bruyning"], [K24],
    "Bruyning (NSC) over het rapport «Eenzaam gesloten»")
add("Op welke dag is Horizon gestart met de locatie Antonius?", "date_person", ["4 februari 2019"], [RV],
    "Deze aanbieder is op 4 februari 2019 gestart met de locatie ")
add("In welke maanden sprak de IGJ met bovenregionale projectleiders en wethouders over de JeugdzorgPlus?", "date_person",
    ["februari", "maart"], [IGJ], "In februari en maart 2024 (dus vóór het vastleggen van de bestuurlijke afspraken) voerde de ",
    all_answers=True)
add("In welk jaar begonnen de NHN-gemeenten met de transformatie van de JeugdzorgPlus?", "date_person", ["2018"], [RV],
    "In 2018 startten de achttien gemeenten in de regio Noord-Holland-Noord een transformatie in de ")

# ---------------------------------------------------------------- conflict (4)
add("In de Kamerbrief van begin 2023 staat op één plek dat aanbieders 200 plaatsen hebben afgebouwd. Klopt dat met de capaciteitsanalyse verderop in dezelfde brief?",
    "conflict", ["200", "190"], [K23], "jaren 200 plaatsen afgebouwd", all_answers=True,
    extra_quotes=[(K23, "Van die afname zijn ongeveer 190 plaatsen daadwerkelijk afgebouwd")])
add("Zijn de staatssecretaris (voorjaar 2024) en de inspectie het eens over hoe het gaat met de opbouw van alternatieven voor gesloten jeugdhulp?",
    "conflict", ["meer kleinschalige alternatieven", "niet op orde"], [K24],
    "lingen neemt af, er komen meer kleinschalige alternatieven en de meeste ", all_answers=True,
    extra_quotes=[(IGJ, "aantal plekken in de JeugdzorgPlus verdwijnt, terwijl alternatieven niet op orde zijn. De ")])
add("Wanneer moet het nieuwe af- en ombouwplan JeugdzorgPlus klaar zijn? Het IGJ-rapport lijkt daar twee verschillende dingen over te zeggen.",
    "conflict", ["1 november 2024", "november 2024"], [IGJ], "niet genomen. Hiervoor stellen partijen vóór 1 november 2024 een nieuw af- en ombouwplan op. ",
    all_answers=True, extra_quotes=[(IGJ, "afspraken kondigen een nieuw af- en ombouwplan aan, dat in november 2024 gereed zal zijn. ")])
add("De Kamerbrief 2023 en het uitvoeringsplan geven dezelfde plaatsingscijfers voor 2017-2021. Noemen ze ook dezelfde bron?",
    "conflict", ["Toeleidingsysteem", "nji"], [K23], "Bovenstaande gegevens zijn gebaseerd op het Toeleidingsysteem gesloten ",
    all_answers=True, extra_quotes=[(UP, "Tabel Overzicht bezetting gesloten jeugdhulp (bron: www.nji.nl)")])

# ---------------------------------------------------------------- explanation (7)
add("Waarom lost de landelijke regie volgens de IGJ de problemen bij de afbouw van JeugdzorgPlus niet op?", "explanation",
    ["decentrale stelsel", "decentraal"], [IGJ], "vindt plaats binnen de kaders van het decentrale stelsel. Dit levert in de praktijk knelpunten op, zo ")
add("Waarom kunnen regio's het SPUK-geld niet gebruiken om alternatieven voor JeugdzorgPlus op te bouwen?", "explanation",
    ["bestaande", "incidentele", "bestemd voor de af- en ombouw"], [IGJ], "De gereserveerde SPUK-gelden zijn in de eerste plaats bestemd voor de af- en ombouw van de ")
add("Hoe werkt een voorwaardelijke machtiging gesloten jeugdhulp?", "explanation",
    ["voorwaarden", "stok achter de deur"], [RV], "a. een voorwaardelijke machtiging: hierbij wordt een hulpverleningsplan opgesteld met ")
add("Waarom is er zo weinig specialistisch forensisch hulpaanbod voor jongeren sinds de decentralisatie?", "explanation",
    ["contractering"], [IGJ], "contractering van jeugdhulp via gemeenten.")
add("Waarom nemen de NHN-gemeenten bewust een groter risico op weglopen voor lief bij een open vorm van gesloten jeugdhulp?",
    "explanation", ["traumatische ervaring"], [RV], "traumatische ervaring bij jeugdigen kan voorkomen.")
add("Wat houdt het 'nee, tenzij'-beginsel in bij vrijheidsbeperkende maatregelen?", "explanation",
    ["proportioneel"], [K24], "proportioneel en naar verwachting effectief. Het moge duidelijk zijn dat ")
add("Waarom moeten de gesloten instellingen haast maken met het sluiten van separeerruimtes?", "explanation",
    ["Rechtspositie", "toegestaan"], [K23], "deze separeerruimtes niet meer zijn toegestaan. ")

# ---------------------------------------------------------------- multi_doc (5)
add("Welk bureau onderzocht of er een specialistisch alternatief nodig is naast regionale gesloten jeugdhulp, en wat concludeerden de onderzoekers?",
    "multi_doc", ["AEF", "regionaal"], [UP, K23], "Onderzoek naar mogelijke meerwaarde specialistisch alternatief (door AEF)",
    all_answers=True, extra_quotes=[(K23, "in de gesloten jeugdhulp verblijven regionaal kan worden georganiseerd, mits er ")])
add("Welk plan was in juli 2023 volgens de IGJ de leidraad voor de af- en ombouw, en op welke dag was dat plan vastgesteld?",
    "multi_doc", ["Uitvoeringsplan", "7 december 2022"], [IGJ, UP],
    "Op het moment van de publicatie van de inspectie in juli 2023 was het Uitvoeringsplan af- en ", all_answers=True,
    extra_quotes=[(UP, "Vastgesteld in bestuurlijk overleg d.d. 7 december 2022")])
add("Welk instrument van de Jeugdautoriteit komt terug in zowel de Kamerbrief 2023 als de planning van het uitvoeringsplan?",
    "multi_doc", ["monitor"], [UP, K23], "Periodieke monitor Jeugdautoriteit",
    extra_quotes=[(K23, "Jeugdautoriteit zet een periodieke monitor op met daarin kwantitatieve en ")])
add("Welk programma voert het Consortium Kleinschaligheid uit en hoe lang steunt de staatssecretaris dat financieel?",
    "multi_doc", ["Leren en ontwikkelen van kleinschaligheid", "vijf"], [UP, K23],
    "Uitvoering programma Leren en ontwikkelen van kleinschaligheid door Consortium Kleinschaligheid", all_answers=True,
    extra_quotes=[(K23, "jaar ondersteun ik het Consortium door het programma Leren en ontwikkelen van ")])
add("De staatssecretaris riep in 2024 andere zorgsectoren op hun verantwoordelijkheid te nemen; welke sectoren waren dat, en welke branchepartijen haakten volgens de IGJ die zomer aan?",
    "multi_doc", ["ggz", "lvb", "VGN"], [K24, IGJ], "dat ook aanbieders van jeugd-ggz en lvb-zorg hun verantwoordelijkheid ",
    all_answers=True, extra_quotes=[(IGJ, "Ook de Nederlandse GGZ en de VGN zijn in de zomer van 2024 aangehaakt en hebben benoemd te ")])

# ---------------------------------------------------------------- english (6)
add("How many placements in closed youth care were there in 2021?", "english", ["1.175"], [K23], "2021 1.175",
    extra_quotes=[(UP, "Aantal plaatsingen\t1.924\t1.720\t1.701\t1.366\t1.175")])
add("How many seclusion rooms did closed youth care providers phase out in recent years, according to the 2023 progress letter?",
    "english", ["45"], [K23], "jaren 200 plaatsen afgebouwd en 45 van hun separeerruimtes")
add("Which team is working on alternatives for young people who would otherwise be placed in a ZIKOS unit?", "english",
    ["Ondersteuningsteam Zorg voor de Jeugd", "OZJ"], [K24], "Ondersteuningsteam Zorg voor de Jeugd (OZJ) nu hard aan. ")
add("By what date should all closed youth care institutions work small-scale according to the implementation plan?", "english",
    ["2025"], [UP], "Alle gesloten jeugdhulpinstellingen werken kleinschalig (1 januari 2025)")
add("number of unique young people in closed youth care 2017", "english", ["1.537"], [UP],
    "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029")
add("Which youth care regions drew up the 2021 JeugdzorgPlus transformation vision?", "english",
    ["Alkmaar", "Kop van Noord-Holland", "Westfriesland"], [RV], "Kop van Noord-Holland", all_answers=True,
    extra_quotes=[(RV, "Alkmaar"), (RV, "Westfriesland")])

# ---------------------------------------------------------------- unanswerable (27)
U = "unanswerable"
add("Hoeveel gesloten plaatsingen waren er in 2023?", U, [], [], "",
    grep=["plaatsingen in 2023", "2023 9", "in 2023 gedaald tot", "in 2023 waren er"])
add("aantal unieke jongeren gesloten jeugdhulp 2022", U, [], [], "",
    grep=["unieke jongeren in 2022", "2022 unieke", "2022 1.0"])
add("Hoeveel plaatsingen telde de gesloten jeugdhulp in 2016?", U, [], [], "", grep=["2016"])
add("Hoe heet de bestuurlijk aanjager die in december 2023 is aangesteld?", U, [], [], "",
    grep=["aanjager de heer", "aanjager mevrouw", "als bestuurlijk aanjager", "aanjager is "])
add("Wat kost een dag JeugdzorgPlus per jongere (dagtarief)?", U, [], [], "",
    grep=["dagtarief", "per dag", "per etmaal", "etmaalprijs"])
add("Hoeveel jongeren werden in 2022 in de regio Zuidwest gesloten geplaatst?", U, [], [], "",
    grep=["plaatsingen in de regio Zuidwest", "Zuidwest 2022", "Zuidwest werden"])
add("Hoeveel SPUK-geld heeft de regio Noord-Holland-Noord ontvangen voor de vastgoedtransitie?", U, [], [], "",
    grep=["NHN ontving", "SPUK-middelen voor NHN", "Noord-Holland-Noord ontvangt", "NHN ontvangt"])
add("Hoeveel jongeren verbleven er op de ZIKOS-afdelingen toen het rapport Eenzaam gesloten verscheen?", U, [], [], "",
    grep=["ZIKOS-bedden", "jongeren op ZIKOS", "aantal ZIKOS", "ZIKOS-afdelingen verbleven"])
add("Heeft de VNG inmiddels besloten de ZIKOS-plaatsen definitief te sluiten, en per wanneer?", U, [], [], "",
    grep=["besloten de ZIKOS", "ZIKOS-plaatsen zijn gesloten", "ZIKOS-plaatsen worden per", "ZIKOS-plaatsen sluiten per"])
add("Hoeveel geld krijgt het Consortium Kleinschaligheid voor het programma Leren en ontwikkelen van kleinschaligheid?",
    U, [], [], "", grep=["budget voor het Consortium", "Consortium Kleinschaligheid ontvangt", "mln. voor het programma"])
add("Hoeveel medewerkers werken er in totaal in de JeugdzorgPlus-instellingen?", U, [], [], "",
    grep=["aantal medewerkers", "medewerkers werkzaam", "voltijdsbanen"])
add("Welke aanbieder heeft de aanbesteding JeugdzorgPlus vanaf 2023 in Noord-Holland-Noord gewonnen?", U, [], [], "",
    grep=["gegund", "gunning", "winnaar", "winnende"])
add("Hoeveel separeerruimtes waren er begin 2024 nog over?", U, [], [], "",
    grep=["separeerruimtes in 2024", "2024 nog", "1 januari 2024 zijn"])
add("Hoeveel meldingen van misstanden op ZIKOS-afdelingen heeft de inspectie ontvangen?", U, [], [], "",
    grep=["aantal meldingen", "meldingen ontvangen", "meldingen binnengekomen"])
add("Hoeveel inspecteurs zet de IGJ in op toezicht op de gesloten jeugdhulp?", U, [], [], "",
    grep=["inspecteurs", "formatie van de inspectie"])
add("Welke JeugdzorgPlus-locaties gaan volgens het nieuwe af- en ombouwplan van november 2024 dicht?", U, [], [], "",
    grep=["sluiting van locatie", "gaat dicht", "gaan dicht", "locaties sluiten per"])
add("Welk deel van de 180 miljoen frictiekosten is bestemd voor het jaar 2025?", U, [], [], "",
    grep=["mln. in 2025", "2025: ", "in 2025 €", "per jaar beschikbaar"])
add("Hoeveel jongeren met een complexe hulpvraag zijn in het buitenland geplaatst?", U, [], [], "",
    grep=["in het buitenland", "buitenland geplaatst", "buitenlandse plaatsing"])
add("Hoeveel meisjes en hoeveel jongens zaten er in 2021 in de JeugdzorgPlus?", U, [], [], "",
    grep=["meisjes", "jongens"])
add("Wie was de staatssecretaris van VWS vóór Maarten van Ooijen?", U, [], [], "",
    grep=["Blokhuis", "voorganger"])
add("Met hoeveel jongeren heeft Jason Bhugwandass gesproken voor zijn rapport?", U, [], [], "",
    grep=["geïnterviewd", "interviews", "jongeren gesproken"])
add("Wie is de inspecteur-generaal van de IGJ die het rapport over de af- en ombouw uitbracht?", U, [], [], "",
    grep=["inspecteur-generaal", "hoofdinspecteur"])
add("Hoe hoog is het recidivepercentage na een JeugdzorgPlus-behandeling in Noord-Holland-Noord?", U, [], [], "",
    grep=["recidive van", "recidivecijfer", "procent recidive", "% recidive"])
add("Hoeveel procent duurder zijn kleinschalige alternatieven dan een JeugdzorgPlus-plek?", U, [], [], "",
    grep=["procent duurder", "% duurder", "euro duurder"])
add("Wat is de gemiddelde leeftijd van jongeren die gesloten worden geplaatst?", U, [], [], "",
    grep=["leeftijd", "jaar oud"])
add("How many beds does the Antonius location in Bakkum have?", U, [], [], "",
    grep=["aantal bedden", "Antonius heeft", "plaatsen in Bakkum", "Bakkum telt"])
add("Hoe lang is de wachtlijst voor een plek in de gesloten jeugdhulp?", U, [], [], "",
    grep=["wachtlijst", "wachttijd"])

# ---------------------------------------------------------------- write
# vaste (reproduceerbare) husseling zodat soorten door elkaar staan
random.Random(6).shuffle(Q)
out = []
checks = {}
for i, q in enumerate(Q, 1):
    qid = "r6c%03d" % i
    grep = q.pop("_grep")
    rec = {"id": qid}
    rec.update(q)
    out.append(rec)
    if rec["kind"] == "unanswerable":
        checks[qid] = grep

with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "unanswerable_checks.json"), "w", encoding="utf-8") as f:
    json.dump(checks, f, ensure_ascii=False, indent=1)
print(len(out), "vragen geschreven")
