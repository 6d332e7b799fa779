#!/usr/bin/env python3
"""Builds corpus.jsonl and unanswerable_checks.json (held-out set r4c, gesloten jeugdhulp).

Written by hand from the five source documents; run check.py afterwards.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

KB23 = "kamerbrief-2023"
KB24 = "kamerbrief-2024"
UP = "uitvoeringsplan-2022"
IGJ = "igj-rapport-2024"
RV = "regiovisie-nhn-2021"

Q = []  # list of dicts without id
UNCHECK = []  # grep terms per unanswerable question, in order


def add(kind, question, answers, docs, quote, all_answers=False, extra=None, inputs=None, formula=None):
    d = {"question": question, "kind": kind, "answers": answers, "docs": docs, "quote": quote}
    if all_answers:
        d["all_answers"] = True
    if extra:
        d["extra_quotes"] = [{"doc": doc, "quote": q} for doc, q in extra]
    if inputs is not None:
        d["inputs"] = inputs
        d["formula"] = formula
    Q.append(d)


def unans(question, grep_terms):
    Q.append({"question": question, "kind": "unanswerable", "answers": [], "docs": [], "quote": ""})
    UNCHECK.append((len(Q) - 1, grep_terms))


UP_PLAATS = "Aantal plaatsingen\t1.924\t1.720\t1.701\t1.366\t1.175"
UP_UNIEK = "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029"

# ---------------------------------------------------------------- figure (23)
add("figure", "plaatsingen gesloten jeugdhulp 2019", ["1.701"], [KB23, UP], "2019 1.701",
    extra=[(UP, UP_PLAATS)])
add("figure", "Hoeveel keer werd er in 2020 een jongere in de gesloten jeugdzorg geplaatst?", ["1.366"],
    [KB23, UP], "2020 1.366", extra=[(UP, UP_PLAATS)])
add("figure", "Het aantal gesloten plaatsingen zakte in 2022 voor het eerst onder de duizend. Wat was het precieze aantal?",
    ["979"], [KB23], "2022 979")
add("figure", "Hoeveel verschillende jongeren zaten er in 2019 in de gesloten jeugdhulp volgens het uitvoeringsplan?",
    ["1.382"], [UP], UP_UNIEK)
add("figure", "aantal unieke jongeren jeugdzorgplus 2018", ["1.433"], [UP], UP_UNIEK)
add("figure", "Hoeveel plekken in de gesloten jeugdhulp werden rond 2022 niet meer gebruikt en stonden leeg?",
    ["150"], [KB23], "Ongeveer 150 plaatsen zijn niet meer in gebruik en")
add("figure", "Hoeveel plaatsen zijn er tussen 2020 en 2022 juist bijgekomen, vooral in nieuwe kleinschalige voorzieningen?",
    ["45"], [KB23], "Daarnaast zijn er in die periode 45 plaatsen bij gekomen")
add("figure", "Hoeveel separeerruimtes hadden de gesloten jeugdhulpinstellingen in 2018 nog in gebruik?",
    ["72"], [KB23], "waren in 2018 nog 72")
add("figure", "separeerruimtes in gebruik 1 januari 2023", ["27"], [KB23], "per 1 januari 2023 zijn dat er 27")
add("figure", "Over hoeveel jeugdzorgorganisaties zijn de separeerruimtes die begin 2023 nog over waren verdeeld?",
    ["6", "zes"], [KB23], "separeerruimtes vallen onder zes jeugdzorgorganisaties")
add("figure", "Bij hoeveel organisaties voor gesloten jeugdhulp zijn inmiddels alle isoleercellen (separeerruimtes) dicht?",
    ["4", "vier"], [KB23], "Bij vier organisaties")
add("figure", "Hoe groot is het budget van de Regeling specifieke uitkering vastgoedtransitie gesloten jeugdhulp 2021?",
    ["33,5 mln", "33,5 miljoen"], [KB23], "specifieke uitkering vastgoedtransitie gesloten jeugdhulp 2021 (33,5 mln. euro)")
add("figure", "Hoeveel geld uit de SPUK-vastgoedregeling gaat volgens de staatssecretaris naar het verder terugdringen van separeerruimtes in 2023?",
    ["vijf miljoen", "5 miljoen", "5 mln"], [KB23], "mede ondersteund door vijf miljoen euro uit de bovengenoemde Regeling")
add("figure", "Met hoeveel procent is het aantal gesloten plaatsingen volgens het uitvoeringsplan sinds 2017 gedaald?",
    ["39%"], [UP], "sinds 2017 afgenomen met 39%")
add("figure", "Met welk percentage nam het aantal unieke jongeren in de JeugdzorgPlus af sinds 2017, volgens het uitvoeringsplan?",
    ["33%"], [UP], "het aantal unieke jongeren daalde in dezelfde periode met 33%")
add("figure", "Hoeveel coördinerende gemeenten voor gesloten jeugdhulp zijn er?", ["11"], [UP, KB23],
    "Vanaf december 2022 actualiseren de 11 coördinerende gemeenten halfjaarlijks",
    extra=[(KB23, "Ik heb met de VNG en de 11 coördinerende gemeenten gesloten jeugdhulp")])
add("figure", "Hoe lang duurt een JeugdzorgPlus-traject gemiddeld in totaal volgens de NHN-transformatievisie?",
    ["8 maanden", "acht maanden"], [RV], "gemiddeld 8 maanden, waarvan 3-4 maanden daadwerkelijk in geslotenheid plaatsvindt")
add("figure", "Uit hoeveel jongeren mag een leefgroep in de gesloten voorziening maximaal bestaan volgens de transformatievisie van NHN?",
    ["6", "zes"], [RV], "groepsgrootte van vier tot maximaal zes jeugdigen met minimaal twee begeleiders")
add("figure", "Hoeveel begeleiders moeten er minimaal op een groep staan in de NHN-visie op JeugdzorgPlus?",
    ["2", "twee begeleiders"], [RV], "groepsgrootte van vier tot maximaal zes jeugdigen met minimaal twee begeleiders")
add("figure", "Hoeveel gemeenten telt de regio Noord-Holland-Noord die samen JeugdzorgPlus inkoopt?",
    ["18", "achttien"], [RV], "In 2018 startten de achttien gemeenten in de regio Noord-Holland-Noord een transformatie in de")
add("figure", "Hoeveel jeugdigen uit NHN werden tussen februari 2020 en 2021 buiten de eigen regio geplaatst?",
    ["9", "negen"], [RV], "in de periode februari 2020-2021 zijn er 9 jeugdigen buiten de regio NHN geplaatst")
add("figure", "Met hoeveel jeugdhulpregio's wordt op provinciaal niveau in Noord-Holland aan Thuis voor Noordje gewerkt?",
    ["8", "acht jeugdhulpregio"], [RV], "Naast deze transformatievisie wordt op het niveau van Noord-Holland met acht jeugdhulpregio’s,")
add("figure", "Hoeveel jaar wil de staatssecretaris het programma van het Consortium Kleinschaligheid financieel ondersteunen?",
    ["5 jaar", "vijf jaar"], [KB23], "De komende vijf", extra=[(KB23, "jaar ondersteun ik het Consortium door het programma Leren en ontwikkelen van")])

# ---------------------------------------------------------------- fact (15)
add("fact", "Uit welk systeem komen de plaatsingscijfers in de voortgangsbrief over de af- en ombouw van begin 2023?",
    ["Toeleiding"], [KB23], "Bovenstaande gegevens zijn gebaseerd op het Toeleidingsysteem gesloten")
add("fact", "In welke plaats of gemeente staat de JeugdzorgPlus-locatie van Horizon waar NHN-jongeren terechtkomen?",
    ["Castricum", "Bakkum"], [RV], "Antonius in Bakkum (gemeente Castricum). Op deze locatie wordt gesloten jeugdhulp – met een")
add("fact", "Waar staat de afkorting JIM voor in de transformatievisie van Noord-Holland-Noord?",
    ["Jouw Ingebrachte Mentor"], [RV], "4.2 Inzet JIM (Jouw Ingebrachte Mentor)")
add("fact", "Welk bureau onderzocht of een specialistisch alternatief voor de regionale gesloten jeugdhulp meerwaarde heeft?",
    ["AEF"], [UP], "Onderzoek naar mogelijke meerwaarde specialistisch alternatief (door AEF)")
add("fact", "In welke regio is op advies van de Jeugdautoriteit interbestuurlijk toezicht ingezet vanwege de gesloten jeugdhulp?",
    ["Zuidwest"], [KB23], "interbestuurlijk toezicht in te zetten in de regio Zuidwest")
add("fact", "Wat bedoelt de inspectie met een hybride voorziening in de JeugdzorgPlus?",
    ["zonder machtiging", "met als zonder machtiging"], [IGJ],
    "Dit is jeugdhulpaanbod waar jongeren zowel met als zonder machtiging")
add("fact", "Welke wet, die naar verwachting in 2025 ingaat, regelt volgens de IGJ niet dat het hulpaanbod op bovenregionaal niveau wordt georganiseerd?",
    ["verbetering beschikbaarheid jeugdhulp"], [IGJ], "De Wet verbetering beschikbaarheid jeugdhulp (verwachte inwerkingtreding is voorzien in 2025)")
add("fact", "Naar welke verslavingskliniek is een jongere gegaan die anders op een ZIKOS-afdeling zou zijn geplaatst?",
    ["Yes we can"], [KB24], "verslavingskliniek Yes we can")
add("fact", "Welke gebouwen moeten volgens de staatssecretaris als eerste worden afgestoten bij het sluiten van locaties?",
    ["gevangenis"], [KB24], "Voorrang heeft wat mij betreft dat voormalige gevangenisgebouwen")
add("fact", "Hoe heet het bovenregionale plan in Noord-Holland om alle JeugdzorgPlus-jongeren binnen de provincie op te vangen?",
    ["Thuis voor Noordje"], [RV], "een bovenregionaal plan ontwikkeld met de werktitel Thuis voor Noordje")
add("fact", "Op welke basis financiert OCW het onderwijs binnen een JeugdzorgPlus-voorziening?",
    ["plaatsbekostiging"], [RV], "op basis van plaatsbekostiging en het speciaal onderwijs is verantwoordelijk voor de uitvoering")
add("fact", "Hoe noemen de samenwerkingsverbanden het verschuiven van leerlingen met zeer zware problematiek van gesloten naar open onderwijs?",
    ["waterbedeffect"], [RV], "Samenwerkingsverbanden noemen dit het waterbedeffect")
add("fact", "Welk principe moet volgens de staatssecretaris altijd het uitgangspunt zijn bij vrijheidsbeperkende maatregelen?",
    ["nee, tenzij", "tenzij"], [KB24], "Het uitgangspunt daarbij moet altijd zijn het nee, tenzij")
add("fact", "Welk project heeft een eindverslag dat is meegestuurd met de brief voor het Kamerdebat over gesloten jeugdhulp?",
    ["Ik laat je niet alleen"], [KB24], "brief is ook het eindverslag van het project: «Ik laat je niet alleen»")
add("fact", "In welk register moet het zorgpersoneel in de JeugdzorgPlus in NHN ingeschreven staan?",
    ["SKJ"], [RV], "Het zorgpersoneel is SKJ-geregistreerd")

# ---------------------------------------------------------------- list (10)
add("list", "Op welke drie punten zag de inspectie in 2023 risico's bij de af- en ombouw van JeugdzorgPlus?",
    ["landelijk dekkend", "continuïteit", "kwaliteit"], [IGJ], "De inspectie zag risico’s op drie punten:", all_answers=True,
    extra=[(IGJ, "1. Risico’s voor een landelijk dekkend hulpaanbod voor jongeren met complexe problematiek die"),
           (IGJ, "2. Risico’s voor de continuïteit van zorg."),
           (IGJ, "3. Risico’s voor de kwaliteit van zorg die nu binnen de JeugdzorgPlus-instellingen wordt geboden.")])
add("list", "Welke drie netwerken kent de landelijke programmaorganisatie van het uitvoeringsplan?",
    ["kwaliteit", "residentieel onderwijs", "vrijheidsbeperkende"], [UP],
    "kwaliteit van kleinschalige zorg, residentieel onderwijs en het omgaan met vrijheidsbeperkende maatregelen", all_answers=True)
add("list", "Welke soorten machtiging gesloten jeugdhulp onderscheidt de NHN-visie naast de gewone machtiging?",
    ["voorwaardelijk", "geschorst"], [RV], "a. een voorwaardelijke machtiging: hierbij wordt een hulpverleningsplan opgesteld met",
    all_answers=True, extra=[(RV, "c. een geschorste machtiging: hierbij schorst de JeugdzorgPlus aanbieder geslotenheid op onder")])
add("list", "speerpunten NHN om in 2030 geen gesloten jeugdhulp meer te hebben",
    ["voorkomen", "afbouw", "uitstroom"], [RV], "1) Het voorkomen van gesloten plaatsingen", all_answers=True,
    extra=[(RV, "2) Het gecontroleerd afbouwen van gesloten plaatsingen"),
           (RV, "3) Het bevorderen van de uitstroom uit de geslotenheid")])
add("list", "Welke drie bewegingen moeten volgens het uitvoeringsplan de zorg voor deze kwetsbare jongeren verbeteren?",
    ["kleinschalig", "open", "thuis"], [UP],
    "1) van grootschalig naar kleinschalig, 2) van gesloten naar zoveel mogelijk open en 3) van uithuisplaatsen naar zo thuis mogelijk",
    all_answers=True)
add("list", "Welke ingrijpende gevolgen heeft de daling van gesloten plaatsingen voor de aanbieders volgens de staatssecretaris?",
    ["leegstand", "frictiekosten", "continuïteit"], [KB23], "aanbieders, zoals leegstand, frictiekosten en continuïteitsrisico’s", all_answers=True)
add("list", "Welke partijen rekent de NHN-transformatievisie tot de jeugdrechtketen?",
    ["rechtbank", "gecertificeerde instelling", "veiligheidsregio", "Raad voor de Kinderbescherming"], [RV],
    "gecertificeerde instellingen, de veiligheidsregio en de Raad voor de Kinderbescherming", all_answers=True,
    extra=[(RV, "De eerste is de jeugdrechtketen. Daarmee bedoelen we de rechtbank,")])
add("list", "Uit welke vakgebieden komen de deskundigen in de expertgroep van het programma af- en ombouw?",
    ["gedragswetenschap", "psychologie", "psychiatrie"], [UP],
    "(vanuit onder andere gedragswetenschappen, psychologie en psychiatrie)", all_answers=True)
add("list", "Welke kosten moet het afgesproken onderzoek van Rijk, gemeenten en aanbieders in beeld brengen?",
    ["frictiekosten", "alternatieve zorg", "residentieel onderwijs"], [KB23],
    "de structurele kosten van alternatieve", all_answers=True,
    extra=[(KB23, "onderzoek dat gedetailleerd inzicht biedt in de frictiekosten van af- en ombouw"),
           (KB23, "zorg en de kosten van residentieel onderwijs.")])
add("list", "Hoe ervaren veel jongeren de gesloten jeugdhulp volgens het uitvoeringsplan?",
    ["repressief", "onveilig", "liefdevol"], [UP], "als te repressief, onveilig en weinig liefdevol", all_answers=True)

# ---------------------------------------------------------------- two_part (10)
add("two_part", "Hoeveel aanbieders van gesloten jeugdhulp waren er eind 2022 en over hoeveel accommodaties beschikten zij samen?",
    ["11", "24"], [UP], "Op dit moment zijn er 11 aanbieders met in totaal 24 accommodaties gesloten jeugdhulp", all_answers=True)
add("two_part", "Wanneer loopt het JeugdzorgPlus-contract van NHN met Horizon af, en hoe heet de locatie?",
    ["4 februari 2023", "Antonius"], [RV], "Het contract loopt, na verlenging in 2021, af op 4 februari 2023 en", all_answers=True,
    extra=[(RV, "We sloten een contract af met jeugdhulpaanbieder Horizon die de locatie Antonius in Bakkum")])
add("two_part", "Hoeveel gesloten plaatsingen waren er in 2017 en hoeveel in 2022?",
    ["1.924", "979"], [KB23], "2017 1.924", all_answers=True, extra=[(KB23, "2022 979")])
add("two_part", "Tot wanneer loopt de tijdshorizon van het uitvoeringsplan, en in welk jaar zouden zo nodig nieuwe afspraken worden gemaakt?",
    ["1 januari 2025", "2024"], [UP], "Dit plan heeft een tijdshorizon tot 1 januari 2025", all_answers=True,
    extra=[(UP, "daarover maken we indien nodig in 2024 nieuwe afspraken")])
add("two_part", "Wie schreef het rapport «Eenzaam gesloten» en over welk type afdelingen gaat het?",
    ["Bhugwandass", "ZIKOS"], [KB24], "van Jason Bhugwandass", all_answers=True,
    extra=[(KB24, "reactie op het rapport over de ZIKOS-afdelingen binnen de gesloten")])
add("two_part", "Wanneer hield de IGJ verkennend toezicht op de af- en ombouw en wanneer riep zij op tot landelijke regie?",
    ["eerste helft", "juli 2023"], [IGJ], "Na het verkennend toezicht in de eerste helft van 2023 constateerde de inspectie dat er regionale",
    all_answers=True, extra=[(IGJ, "De inspectie riep dan ook in juli 2023 de stelselverantwoordelijke op tot het nemen van stevige")])
add("two_part", "regeling frictiekosten gesloten jeugdhulp: hoeveel geld en tot welk jaar?",
    ["180", "2028"], [KB24], "Er komt een regeling frictiekosten met een budget van € 180 mln. voor", all_answers=True,
    extra=[(KB24, "de periode 2024–2028 voor de af- en ombouw van de gesloten")])
add("two_part", "In welk jaar begonnen de NHN-gemeenten met de transformatie van JeugdzorgPlus en in welk jaar willen ze geen jongeren meer gesloten plaatsen?",
    ["2018", "2030"], [RV], "In 2018 startten de achttien gemeenten in de regio Noord-Holland-Noord een transformatie in de",
    all_answers=True, extra=[(RV, "willen wij verder gaan op de ingezette weg om in 2030 geen jeugdigen meer in geslotenheid te")])
add("two_part", "Wat was de capaciteit van de gesloten jeugdhulp in 2020 en hoeveel plekken waren er nog in 2022?",
    ["994", "696"], [KB23], "het aantal plaatsen is afgenomen van 994 in 2020 naar circa 696 in 2022", all_answers=True)
add("two_part", "In welke maanden van 2024, nog vóór de bestuurlijke afspraken, voerde de inspectie gesprekken in de regio's over JeugdzorgPlus, en met wie?",
    ["februari", "maart", "projectleiders", "wethouders"], [IGJ],
    "In februari en maart 2024 (dus vóór het vastleggen van de bestuurlijke afspraken) voerde de", all_answers=True,
    extra=[(IGJ, "inspectie gesprekken met de bovenregionale projectleiders en de accounthoudende wethouders")])

# ---------------------------------------------------------------- arithmetic (11)
add("arithmetic", "Met hoeveel is het aantal gesloten plaatsingen tussen 2017 en 2022 afgenomen?",
    ["945"], [KB23], "2017 1.924", extra=[(KB23, "2022 979")],
    inputs=["1.924", "979"], formula="1924 - 979 = 945")
add("arithmetic", "Hoeveel procent minder gesloten plaatsingen waren er in 2022 dan in 2017?",
    ["49%", "49,1%"], [KB23], "2017 1.924", extra=[(KB23, "2022 979")],
    inputs=["1.924", "979"], formula="(1924 - 979) / 1924 * 100 = 49,1")
add("arithmetic", "Hoeveel plekken is de capaciteit van de gesloten jeugdhulp tussen 2020 en 2022 gekrompen?",
    ["298"], [KB23], "het aantal plaatsen is afgenomen van 994 in 2020 naar circa 696 in 2022",
    inputs=["994", "696"], formula="994 - 696 = 298")
add("arithmetic", "Met welk percentage daalde het aantal plaatsen (capaciteit) in de gesloten jeugdhulp van 2020 naar 2022?",
    ["30%", "30,0%"], [KB23], "het aantal plaatsen is afgenomen van 994 in 2020 naar circa 696 in 2022",
    inputs=["994", "696"], formula="(994 - 696) / 994 * 100 = 30,0")
add("arithmetic", "Met hoeveel procent nam het aantal separeerruimtes af tussen 2018 en 1 januari 2023?",
    ["62,5%", "63%"], [KB23], "waren in 2018 nog 72", extra=[(KB23, "per 1 januari 2023 zijn dat er 27")],
    inputs=["72", "27"], formula="(72 - 27) / 72 * 100 = 62,5")
add("arithmetic", "Hoeveel unieke jongeren minder zaten er in 2021 in de gesloten jeugdhulp dan in 2017?",
    ["508"], [UP], UP_UNIEK, inputs=["1.537", "1.029"], formula="1537 - 1029 = 508")
add("arithmetic", "Hoe groot was in 2020 het verschil tussen het aantal plaatsingen en het aantal unieke jongeren in de gesloten jeugdhulp?",
    ["238"], [UP], UP_PLAATS, extra=[(UP, UP_UNIEK)], inputs=["1.366", "1.128"], formula="1366 - 1128 = 238")
add("arithmetic", "Hoeveel plaatsingen minder waren er in 2020 vergeleken met 2019?",
    ["335"], [KB23], "2019 1.701", extra=[(KB23, "2020 1.366")], inputs=["1.701", "1.366"], formula="1701 - 1366 = 335")
add("arithmetic", "Als je het frictiekostenbudget gelijk over de jaren van de regeling verdeelt, hoeveel is dat dan per jaar?",
    ["36 mln", "36 miljoen"], [KB24], "Er komt een regeling frictiekosten met een budget van € 180 mln. voor",
    extra=[(KB24, "de periode 2024–2028 voor de af- en ombouw van de gesloten")],
    inputs=["180", "2024", "2028"], formula="180 / (2028 - 2024 + 1) = 36")
add("arithmetic", "Hoeveel gesloten plaatsingen waren er opgeteld over de jaren 2017 tot en met 2022?",
    ["8.865"], [KB23], "Tabel 1. Plaatsingen gesloten jeugdhulp 2017 – 2022",
    extra=[(KB23, r) for r in ("2017 1.924", "2018 1.720", "2019 1.701", "2020 1.366", "2021 1.175", "2022 979")],
    inputs=["1.924", "1.720", "1.701", "1.366", "1.175", "979"], formula="1924 + 1720 + 1701 + 1366 + 1175 + 979 = 8865")
add("arithmetic", "Het uitvoeringsplan noemt een daling van de plaatsingen sinds 2017. Reken op basis van de tabel na: hoeveel procent daalde het aantal plaatsingen van 2017 tot 2021?",
    ["38,9%", "39%"], [UP], UP_PLAATS, inputs=["1.924", "1.175"], formula="(1924 - 1175) / 1924 * 100 = 38,9")

# ---------------------------------------------------------------- trend (5)
add("trend", "ontwikkeling aantal plaatsingen gesloten jeugdhulp 2017-2022",
    ["daal", "dalen", "dalend", "afgenomen", "afname", "minder"], [KB23],
    "Deze cijfers laten een sterk dalende trend zien")
add("trend", "In welk jaar nam het aantal gesloten plaatsingen het sterkst af ten opzichte van het jaar ervoor?",
    ["2020"], [KB23], "2020 1.366", extra=[(KB23, "2019 1.701")])
add("trend", "Tussen welke twee opeenvolgende jaren daalde het aantal plaatsingen in de gesloten jeugdhulp het minst?",
    ["2018", "2019"], [KB23], "2018 1.720", all_answers=True, extra=[(KB23, "2019 1.701")])
add("trend", "Is het aantal bedden in de gesloten jeugdhulp tussen 2020 en 2022 gegroeid of afgenomen?",
    ["afgenomen", "daal", "dalen", "dalend", "afname", "minder"], [KB23],
    "het aantal plaatsen is afgenomen van 994 in 2020 naar circa 696 in 2022")
add("trend", "Hoe ontwikkelt het gebruik van vrijheidsbeperkende maatregelen zich bij de instellingen volgens het eindverslag dat bij de debatbrief zit?",
    ["dalen", "minder"], [KB24], "gebruik van vrijheidsbeperkende maatregelen blijft dalen, maar niet bij")

# ---------------------------------------------------------------- date_person (10)
add("date_person", "Welke bewindspersoon ondertekende de voortgangsbrief over de af- en ombouw van de gesloten jeugdhulp van begin 2023?",
    ["Van Ooijen"], [KB23], "Maarten van Ooijen")
add("date_person", "Op welke datum is het uitvoeringsplan Van groot naar klein vastgesteld?",
    ["7 december 2022"], [UP], "Vastgesteld in bestuurlijk overleg d.d. 7 december 2022 door Vereniging")
add("date_person", "Op welke datum stuurde de staatssecretaris de eerdere Kamerbrief over de transformatie van de gesloten jeugdhulp?",
    ["8 juli 2022"], [KB23], "heb ik uw Kamer op 8 juli")
add("date_person", "Van welke datum is de transformatievisie JeugdzorgPlus 2023 en verder van Alkmaar, Kop van Noord-Holland en Westfriesland?",
    ["10 augustus 2021"], [RV], "10 augustus 2021")
add("date_person", "Welk Kamerlid stelde schriftelijke vragen over het rapport Eenzaam gesloten?",
    ["Bruyning"], [KB24], "Bruyning (NSC)")
add("date_person", "Wanneer is de bestuurlijk aanjager voor de gesloten jeugdhulp aangesteld?",
    ["december 2023"], [IGJ], "een bestuurlijk aanjager, die de partijen in december 2023 hebben aangesteld")
add("date_person", "Wanneer nam de Tweede Kamer de motie aan die opriep om te stoppen met gesloten jeugdhulp?",
    ["november 2021"], [UP], "motie die de Tweede Kamer in november 2021 unaniem heeft aangenomen")
add("date_person", "Welk team zoekt naar een passend alternatief voor jongeren die anders op een ZIKOS-locatie zouden belanden?",
    ["Ondersteuningsteam Zorg voor de Jeugd", "OZJ"], [KB24], "Ondersteuningsteam Zorg voor de Jeugd (OZJ) nu hard aan")
add("date_person", "Welke organisatie zet een periodieke monitor op naar capaciteit en bezetting van de gesloten jeugdhulp?",
    ["Jeugdautoriteit"], [KB23], "Jeugdautoriteit zet een periodieke monitor op")
add("date_person", "Wie gaat bekijken of de ZIKOS-plaatsen definitief dicht kunnen?",
    ["VNG"], [KB24], "De komende maanden beziet de VNG mede op basis van het eindrapport")

# ---------------------------------------------------------------- conflict (4)
add("conflict", "De voortgangsbrief van 2023 noemt op twee plekken hoeveel plaatsen de aanbieders hebben afgebouwd. Komen die aantallen overeen?",
    ["200", "190"], [KB23], "jaren 200 plaatsen afgebouwd en 45 van hun separeerruimtes", all_answers=True,
    extra=[(KB23, "Van die afname zijn ongeveer 190 plaatsen daadwerkelijk afgebouwd")])
add("conflict", "Wanneer moet het nieuwe af- en ombouwplan JeugdzorgPlus klaar zijn? Het inspectierapport lijkt daar twee verschillende momenten voor te noemen.",
    ["1 november", "in november"], [IGJ], "niet genomen. Hiervoor stellen partijen vóór 1 november 2024 een nieuw af- en ombouwplan op.",
    all_answers=True, extra=[(IGJ, "afspraken kondigen een nieuw af- en ombouwplan aan, dat in november 2024 gereed zal zijn.")])
add("conflict", "Hoeveel jongeren zaten er in 2021 in de gesloten jeugdhulp? In het uitvoeringsplan staan voor dat jaar twee verschillende getallen.",
    ["1.175", "1.029"], [UP], UP_PLAATS, all_answers=True, extra=[(UP, UP_UNIEK)])
add("conflict", "De voortgangsbrief geeft voor 2022 twee getallen voor de omvang van de gesloten jeugdhulp die niet op elkaar lijken. Welke getallen zijn dat?",
    ["979", "696"], [KB23], "2022 979", all_answers=True,
    extra=[(KB23, "het aantal plaatsen is afgenomen van 994 in 2020 naar circa 696 in 2022")])

# ---------------------------------------------------------------- explanation (7)
add("explanation", "Waarom vinden regionale projectleiders de SPUK-gelden niet genoeg om een kleinschalig alternatief voor JeugdzorgPlus op te bouwen?",
    ["structureel", "structurele", "incidentele"], [IGJ],
    "zijn voor de (incidentele) ombouw van de JeugdzorgPlus, terwijl structureel middelen nodig zijn om",
    extra=[(IGJ, "wethouders het belang van structurele (aanvullende) financiering voor het ontwikkelen en")])
add("explanation", "Hoe komt het dat er na de decentralisatie zo weinig specialistisch forensisch hulpaanbod voor jongeren over is?",
    ["terugtrokken", "contractering"], [IGJ], "sterk afgenomen, omdat aanbieders van forensische zorg zich terugtrokken wegens de complexe",
    extra=[(IGJ, "contractering van jeugdhulp via gemeenten.")])
add("explanation", "Waarom nemen de NHN-gemeenten bewust het risico dat jongeren weglopen uit een meer open gesloten voorziening?",
    ["traumatische ervaring", "trauma", "motivatie"], [RV],
    "Als gemeenten aanvaarden we dit risico, omdat we geloven dat de meer open vorm een",
    extra=[(RV, "traumatische ervaring bij jeugdigen kan voorkomen."),
           (RV, "er sprake is van een verhoogde vorm van motivatie om aan")])
add("explanation", "Waarom wil de staatssecretaris het afbouwen van separeerruimtes versnellen? Welke wet speelt daarbij een rol?",
    ["Rechtspositie", "toegestaan"], [KB23], "deze separeerruimtes niet meer zijn toegestaan.",
    extra=[(KB23, "separeren. Dat is ook ingegeven door het feit dat na invoering van de wet"),
           (KB23, "Rechtspositie gesloten jeugdhulp, die binnenkort door uw Kamer behandeld wordt,")])
add("explanation", "Waarom hebben partijen als de Jeugdautoriteit gepleit voor landelijke regie bij de transformatie van de gesloten jeugdhulp?",
    ["ongecontroleerde afbouw", "discontinuïteit", "continuïteit"], [KB23],
    "ongecontroleerde afbouw met risico’s op (regionale) discontinuïteit van zorg voor")
add("explanation", "Waarom wil NHN dat de inzet van vrijheidsbeperkende maatregelen voortaan wordt geregistreerd?",
    ["onvoldoende bijgehouden", "inzicht", "hoe vaak", "effectief"], [RV],
    "Momenteel wordt de inzet van deze maatregelen onvoldoende bijgehouden.",
    extra=[(RV, "Omdat wij het belangrijk vinden inzicht te krijgen waarom maatregelen worden ingezet,"),
           (RV, "hoe vaak dit gebeurt en hoe effectief de ingezette maatregel is.")])
add("explanation", "Waarom zijn open jeugdhulpinstellingen huiverig om jongeren uit de forensische doelgroep op te nemen?",
    ["veiligheidsrisico", "vrijheidsbeperking"], [IGJ],
    "het opnemen van deze jongeren vanwege de veiligheidsrisico’s en beperkte mogelijkheden door",
    extra=[(IGJ, "het niet mogen inzetten van vrijheidsbeperking.")])

# ---------------------------------------------------------------- multi_doc (4)
add("multi_doc", "Geven het uitvoeringsplan en de voortgangsbrief van de staatssecretaris hetzelfde aantal gesloten plaatsingen voor 2021? Zo ja, welk aantal?",
    ["1.175"], [KB23, UP], "2021 1.175", extra=[(UP, UP_PLAATS)])
add("multi_doc", "Welke twee jongeren- en ervaringsdeskundigenorganisaties noemen zowel de voortgangsbrief 2023 als het uitvoeringsplan bij het betrekken van jongeren?",
    ["Jeugdwelzijnsberaad", "ExpEx"], [UP, KB23], "Daarvoor werken we onder andere samen met het Jeugdwelzijnsberaad en ExpEx.",
    all_answers=True, extra=[(KB23, "Ik ben in gesprek met onder andere StroomOP, het Jeugdwelzijnsberaad en ExpEx")])
add("multi_doc", "Het uitvoeringsplan liep tot 1 januari 2025 en kondigde zo nodig nieuwe afspraken aan. Wanneer zijn die nieuwe bestuurlijke afspraken over de transformatie volgens de inspectie gemaakt?",
    ["juni 2024"], [IGJ, UP], "VWS, VNG en Jeugdzorg Nederland hebben in juni 2024 nieuwe bestuurlijke afspraken gemaakt",
    extra=[(UP, "daarover maken we indien nodig in 2024 nieuwe afspraken")])
add("multi_doc", "Welk streefjaar voor (zo goed als) nul gesloten plaatsingen hanteren zowel de regio Noord-Holland-Noord als het Rijk?",
    ["2030"], [RV, KB23], "willen wij verder gaan op de ingezette weg om in 2030 geen jeugdigen meer in geslotenheid te",
    extra=[(KB23, "plaatsingen, waar we in 2030 zo dichtbij mogelijk willen zijn.")])

# ---------------------------------------------------------------- english (6)
add("english", "How many placements in closed youth care (JeugdzorgPlus) were there in 2018?",
    ["1.720", "1,720"], [KB23, UP], "2018 1.720", extra=[(UP, UP_PLAATS)])
add("english", "What budget is reserved for the friction-cost scheme for closed youth care announced before the 2024 parliamentary debate?",
    ["180 mln", "180 million", "180 miljoen"], [KB24], "Er komt een regeling frictiekosten met een budget van € 180 mln. voor")
add("english", "According to the Health and Youth Care Inspectorate, in what form did national coordination of the JeugdzorgPlus transformation come about?",
    ["bestuurlijk aanjager", "aanjager", "administrative driver"], [IGJ], "De regie is gekomen in de vorm van een",
    extra=[(IGJ, "bestuurlijk aanjager, maar de problemen zijn niet opgelost.")])
add("english", "Across how many locations were the remaining seclusion rooms in closed youth care spread at the start of 2023?",
    ["7", "zeven", "seven"], [KB23], "verspreid over zeven")
add("english", "By what year should all closed youth care institutions be working on a small scale?",
    ["2025"], [KB23, UP], "Doel is dat alle instellingen in 2025",
    extra=[(UP, "Alle gesloten jeugdhulpinstellingen werken kleinschalig (1 januari 2025)")])
add("english", "What is the title of Jason Bhugwandass's report on the ZIKOS units?",
    ["Eenzaam gesloten", "Lonely locked up"], [KB24], "jeugdhulp «Eenzaam gesloten» van Jason Bhugwandass")

# ---------------------------------------------------------------- unanswerable (30)
unans("Hoeveel gesloten plaatsingen waren er in 2023?", ["2023", "plaatsingen", "Tabel"])
unans("aantal plaatsingen gesloten jeugdhulp 2016", ["2016"])
unans("Hoeveel unieke jongeren zaten er in 2022 in de JeugdzorgPlus?", ["unieke", "2022"])
unans("Hoeveel separeerruimtes waren er eind 2023 nog in gebruik?", ["separeer", "eind 2023"])
unans("Wat was de capaciteit van de gesloten jeugdhulp in 2021, in aantal plaatsen?", ["capaciteit", "aantal plaatsen", "2021"])
unans("Hoeveel jongeren werden in 2022 gesloten geplaatst in de regio Zuidwest?", ["Zuidwest"])
unans("Hoeveel jongeren verbleven er op de ZIKOS-afdelingen toen het rapport Eenzaam gesloten verscheen?", ["ZIKOS", "Eenzaam"])
unans("Hoeveel van de 33,5 miljoen uit de SPUK-regeling was begin 2023 al besteed?", ["besteed", "33,5", "SPUK", "spuk"])
unans("Wie is de bestuurlijk aanjager gesloten jeugdhulp (naam)?", ["aanjager"])
unans("Wie was de voorzitter van de Jeugdautoriteit toen de periodieke monitor werd opgezet?", ["Jeugdautoriteit", "voorzitter"])
unans("Wat is het dagtarief voor een JeugdzorgPlus-plek?", ["tarief", "dagtarief", "per dag", "€"])
unans("Hoeveel kost een plek in een kleinschalige voorziening per jaar volgens de inspectie?", ["kostprijs", "duurder", "per jaar", "€"])
unans("Hoeveel jongeren verbleven er in 2020 op locatie Antonius van Horizon?", ["Antonius", "Horizon", "2020"])
unans("Hoeveel gesloten plaatsingen had de regio Noord-Holland-Noord in 2020 in totaal?", ["2020", "plaatsingen", "geplaatst"])
unans("Welke JeugdzorgPlus-locaties gaan dicht volgens het nieuwe af- en ombouwplan van november 2024?", ["november 2024", "locaties", "sluiten"])
unans("Hoeveel medewerkers (fte) werken er in de gesloten jeugdhulp?", ["fte", "medewerkers", "personeel"])
unans("Hoe groot is het budget van het ondersteuningsprogramma voor coördinerende gemeenten?", ["ondersteuningsprogramma", "budget", "mln"])
unans("Hoeveel subsidie krijgt het Consortium Kleinschaligheid voor het programma Leren en ontwikkelen van kleinschaligheid?", ["Consortium", "Leren en ontwikkelen", "euro", "mln"])
unans("Hoeveel gesloten plaatsingen waren er in 2022 in de regio Amsterdam-Amstelland?", ["Amsterdam", "Amstelland"])
unans("Wanneer heeft de Eerste Kamer de Wet rechtspositie gesloten jeugdhulp aangenomen?", ["Eerste Kamer", "EK", "rechtspositie", "Rechtspositie"])
unans("Wie is de minister van OCW die werkt aan de herbezinning op het residentieel onderwijs?", ["minister van OCW", "OCW"])
unans("Hoeveel meldingen van misstanden in de gesloten jeugdhulp ontving de IGJ in 2023?", ["melding", "misstanden"])
unans("Hoeveel separeerruimtes had Horizon nog in gebruik?", ["Horizon", "separeer"])
unans("Hoe vaak liepen jongeren in 2020 weg uit de JeugdzorgPlus-voorziening in NHN?", ["weglop", "weggelopen"])
unans("Hoeveel jeugdigen in NHN hadden in 2021 een voorwaardelijke machtiging?", ["voorwaardelijke machtiging", "2021"])
unans("Hoeveel geld trekt het kabinet uit voor de Hervormingsagenda jeugd?", ["Hervormingsagenda", "mln", "miljoen"])
unans("Wat waren de uitkomsten van het onderzoek naar de frictiekosten per instelling, in euro's?", ["frictiekosten", "€", "mln", "miljoen"])
unans("Welke wethouder zei tegen de inspectie dat er geen regie is op de afbouw van JeugdzorgPlus?", ["Wethouder", "wethouder"])
unans("How many seclusion rooms were still in use at closed youth care providers in 2020?", ["separeer", "2020"])
unans("Hoeveel procent van de jongeren in de gesloten jeugdhulp is meisje?", ["meisje", "jongens", "procent", "%"])

# ---------------------------------------------------------------- write
out = []
checks = {}
for i, d in enumerate(Q, 1):
    qid = f"r4c{i:03d}"
    row = {"id": qid}
    row.update(d)
    out.append(row)
for idx, terms in UNCHECK:
    checks[out[idx]["id"]] = terms

with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
    for row in out:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
with open(HERE / "unanswerable_checks.json", "w", encoding="utf-8") as f:
    json.dump(checks, f, ensure_ascii=False, indent=1)
print(len(out), "questions written")
