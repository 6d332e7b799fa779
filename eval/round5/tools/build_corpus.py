#!/usr/bin/env python3
"""Bouwt corpus.jsonl en unanswerable_checks.json (r5c001..r5c120).

De vragen staan hieronder als lijst; de volgorde wordt deterministisch gemengd
zodat soorten niet in blokken staan. Alleen standaardbibliotheek.
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

K23 = "kamerbrief-2023"
K24 = "kamerbrief-2024"
UP = "uitvoeringsplan-2022"
IGJ = "igj-rapport-2024"
RV = "regiovisie-nhn-2021"


def q(kind, question, answers, docs, quote, all_answers=False, **extra):
    d = {"question": question, "kind": kind, "answers": answers, "docs": docs, "quote": quote}
    if all_answers:
        d["all_answers"] = True
    d.update(extra)
    return d


def u(question, terms):
    d = {"question": question, "kind": "unanswerable", "answers": [], "docs": [], "quote": ""}
    d["_terms"] = terms
    return d


Q = []

# ---------------- figure (17) ----------------
Q += [
    q("figure", "Hoeveel gesloten plaatsingen telde de jeugdhulp in 2019?",
      ["1.701"], [K23, UP], "2019 1.701"),
    q("figure", "plaatsingen gesloten jeugdhulp 2022 aantal",
      ["979"], [K23], "2022 979"),
    q("figure", "Hoeveel plekken had de gesloten jeugdhulp volgens VWS nog over in 2022?",
      ["696"], [K23], "afgenomen van 994 in 2020 naar circa 696 in 2022"),
    q("figure", "Wat was in 2020 de capaciteit van de gesloten jeugdzorg, uitgedrukt in aantal bedden?",
      ["994"], [K23], "afgenomen van 994 in 2020 naar circa 696 in 2022"),
    q("figure", "Met hoeveel unieke jongeren had de gesloten jeugdhulp in 2017 te maken volgens het uitvoeringsplan?",
      ["1.537"], [UP], "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029"),
    q("figure", "unieke jongeren jeugdzorgplus 2019",
      ["1.382"], [UP], "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029"),
    q("figure", "Separeerruimtes bij de aanbieders van gesloten jeugdhulp: hoeveel waren er per 1 januari 2023 nog in gebruik?",
      ["27"], [K23], "per 1 januari 2023 zijn dat er 27"),
    q("figure", "Met hoeveel coördinerende gemeenten heeft de staatssecretaris afgesproken dat zij de (boven)regionale plannen actueel houden?",
      ["11"], [K23], "Ik heb met de VNG en de 11 coördinerende gemeenten gesloten jeugdhulp"),
    q("figure", "Tussen 2020 en 2022 kwamen er in de gesloten jeugdhulp ook plekken bij, vooral in nieuwe kleinschalige voorzieningen. Om hoeveel plaatsen ging het?",
      ["45"], [K23], "Daarnaast zijn er in die periode 45 plaatsen bij gekomen"),
    q("figure", "Hoe groot was het budget van de SPUK-regeling vastgoedtransitie uit 2021?",
      ["33,5 mln", "33.500.000"], [K23], "vastgoedtransitie gesloten jeugdhulp 2021 (33,5 mln. euro)"),
    q("figure", "Hoeveel geld trekt VWS uit voor de nieuwe regeling frictiekosten gesloten jeugdhulp?",
      ["180 mln", "180.000.000"], [K24], "Er komt een regeling frictiekosten met een budget van € 180 mln. voor"),
    q("figure", "Met welk bedrag uit de vastgoedregeling wordt de verdere afbouw van separeerruimtes in 2023 ondersteund?",
      ["vijf miljoen", "5 miljoen", "5.000.000"], [K23], "mede ondersteund door vijf miljoen euro uit de bovengenoemde Regeling"),
    q("figure", "Bij hoeveel organisaties zijn alle isoleercellen (separeerruimtes) inmiddels dicht?",
      ["vier", "4"], [K23], "per 1 januari 2023 zijn dat er 27. Bij vier organisaties"),
    q("figure", "Met hoeveel procent is het aantal unieke jongeren in de gesloten jeugdhulp sinds 2017 gedaald, volgens het uitvoeringsplan?",
      ["33%"], [UP], "het aantal unieke jongeren daalde in dezelfde periode met 33%"),
    q("figure", "procentuele daling plaatsingen gesloten jeugdhulp sinds 2017 uitvoeringsplan",
      ["39%"], [UP], "Het aantal plaatsingen in de gesloten jeugdhulp is sinds 2017 afgenomen met 39%"),
    q("figure", "Hoe groot mag een leefgroep in de gesloten voorziening volgens de Noord-Hollandse transformatievisie maximaal zijn?",
      ["zes", "6"], [RV], "groepsgrootte van vier tot maximaal zes jeugdigen"),
    q("figure", "Hoeveel kinderen uit Noord-Holland-Noord werden tussen februari 2020 en 2021 buiten de eigen regio geplaatst?",
      ["9"], [RV], "in de periode februari 2020-2021 zijn er 9 jeugdigen buiten de regio NHN geplaatst"),
]

# ---------------- fact (13) ----------------
Q += [
    q("fact", "Welke organisatie gaat de capaciteit en bezetting van de gesloten jeugdhulp en de alternatieven periodiek monitoren?",
      ["Jeugdautoriteit"], [K23], "Jeugdautoriteit zet een periodieke monitor op met daarin kwantitatieve en"),
    q("fact", "In welke regio heeft VWS op advies van de Jeugdautoriteit interbestuurlijk toezicht ingezet?",
      ["Zuidwest"], [K23], "interbestuurlijk toezicht in te zetten in de regio Zuidwest"),
    q("fact", "Welk samenwerkingsverband van aanbieders krijgt de komende vijf jaar geld van VWS voor het programma Leren en ontwikkelen van kleinschaligheid?",
      ["Consortium Kleinschaligheid"], [K23], "jaar ondersteun ik het Consortium door het programma Leren en ontwikkelen van"),
    q("fact", "Welk bureau deed volgens de planning in het uitvoeringsplan het onderzoek naar de meerwaarde van een specialistisch alternatief?",
      ["AEF"], [UP], "Onderzoek naar mogelijke meerwaarde specialistisch alternatief (door AEF)"),
    q("fact", "Met welke jeugdhulpaanbieder hebben de gemeenten in Noord-Holland-Noord hun JeugdzorgPlus gecontracteerd?",
      ["Horizon"], [RV], "We sloten een contract af met jeugdhulpaanbieder Horizon"),
    q("fact", "Wat is de werktitel van het provinciale plan in Noord-Holland om alle jongeren die JeugdzorgPlus nodig hebben binnen de provincie op te vangen?",
      ["Thuis voor Noordje"], [RV], "een bovenregionaal plan ontwikkeld met de werktitel Thuis voor Noordje"),
    q("fact", "JIM jeugdzorgplus betekenis afkorting",
      ["Jouw Ingebrachte Mentor"], [RV], "4.2 Inzet JIM (Jouw Ingebrachte Mentor)"),
    q("fact", "Bij welke verslavingskliniek kon een tiener terecht die anders op een ZIKOS-plek was beland?",
      ["Yes we can"], [K24], "verslavingskliniek Yes we can"),
    q("fact", "Van welk project zit het eindverslag als bijlage bij de Kamerbrief van 2024 over gesloten jeugdhulp?",
      ["Ik laat je niet alleen"], [K24], "brief is ook het eindverslag van het project: «Ik laat je niet alleen»"),
    q("fact", "Welke wet moet naar verwachting in 2025 ingaan, maar zorgt volgens de inspectie niet voor een bovenregionaal georganiseerd aanbod?",
      ["Wet verbetering beschikbaarheid jeugdhulp"], [IGJ], "De Wet verbetering beschikbaarheid jeugdhulp (verwachte inwerkingtreding is voorzien in 2025)"),
    q("fact", "Wie gaat beoordelen of de ZIKOS-plaatsen verantwoord definitief dicht kunnen?",
      ["VNG"], [K24], "De komende maanden beziet de VNG mede op basis van het eindrapport"),
    q("fact", "Welk draaiboek blijft volgens de voortgangsbrief van 2023 van toepassing om de zorg aan jongeren niet te laten stokken?",
      ["Continuïteit jeugdhulp"], [K23], "Daarvoor blijft het draaiboek ‘Continuïteit jeugdhulp’"),
    q("fact", "Welke werkwijze hanteert Horizon, waarbij ouders, JIM, GI, onderwijs en behandelaar samen bepalen waar een jongere aan werkt?",
      ["shared decision making"], [RV], "In de hulpverlening wordt uitgegaan van shared decision making."),
]

# ---------------- list (11) ----------------
Q += [
    q("list", "Wat zijn de drie bewegingen waarop het uitvoeringsplan inzet om de zorg voor deze jongeren structureel te verbeteren?",
      ["kleinschalig", "open", "thuis"], [UP, K23],
      "1) van grootschalig naar kleinschalig, 2) van gesloten naar zoveel mogelijk open en 3) van uithuisplaatsen naar zo thuis mogelijk",
      all_answers=True),
    q("list", "Noem de drie netwerken van de landelijke programmaorganisatie.",
      ["kwaliteit", "residentieel onderwijs", "vrijheidsbeperkende maatregelen"], [UP],
      "kwaliteit van kleinschalige zorg, residentieel onderwijs en het omgaan met vrijheidsbeperkende maatregelen",
      all_answers=True),
    q("list", "Welke knelpunten ziet de IGJ in de praktijk bij het samenwerken aan de af- en ombouw van JeugdzorgPlus?",
      ["visie", "financiering", "mandaat", "continuïteit"], [IGJ],
      "De inspectie ziet de volgende knelpunten in", all_answers=True),
    q("list", "Op welke drie punten zag de inspectie in juli 2023 risico's?",
      ["dekkend", "continuïteit", "kwaliteit"], [IGJ],
      "2. Risico’s voor de continuïteit van zorg.", all_answers=True),
    q("list", "Wat zijn de drie speerpunten van de gemeenten in Noord-Holland-Noord om in 2030 geen gesloten jeugdhulp meer te hebben?",
      ["voorkomen", "afbouw", "uitstroom"], [RV],
      "3) Het bevorderen van de uitstroom uit de geslotenheid", all_answers=True),
    q("list", "Welke acties kondigt de staatssecretaris aan in de brief die voorafgaand aan het Kamerdebat van 2024 is gestuurd?",
      ["aanspreekpunt", "ondersteuningsprogramma", "locaties", "frictiekosten", "Jeugdwet"], [K24],
      "• Er komt een aanspreekpunt waar jongeren die op een ZIKOS-afdeling", all_answers=True),
    q("list", "Welke partijen rekent de NHN-regiovisie tot de jeugdrechtketen?",
      ["rechtbank", "gecertificeerde instellingen", "veiligheidsregio", "Raad voor de Kinderbescherming"], [RV],
      "gecertificeerde instellingen, de veiligheidsregio en de Raad voor de Kinderbescherming", all_answers=True),
    q("list", "Met welke partijen moet volgens de transformatievisie van Noord-Holland-Noord worden samengewerkt voor en na een gesloten plaatsing?",
      ["onderwijs", "Wmo", "gemeenten", "veiligheidsregio", "woningbouwcorporatie", "bedrijfsleven"], [RV],
      "• Woningbouwcorporatie", all_answers=True),
    q("list", "Waarom is de urgentie van het uitvoeringsplan zo groot? Noem de redenen die het plan geeft.",
      ["instroom", "regionale verschillen", "financiële situatie", "continuïteit"], [UP],
      "De urgentie van het uitvoeringsplan is groot vanwege de sterk dalende instroom in de gesloten jeugdhulp",
      all_answers=True),
    q("list", "Rijk, gemeenten en aanbieders starten een onderzoek naar het geld achter de af- en ombouw. Welke drie kostenposten moet dat in beeld brengen?",
      ["frictiekosten", "alternatieve zorg", "residentieel onderwijs"], [K23],
      "onderzoek dat gedetailleerd inzicht biedt in de frictiekosten van af- en ombouw", all_answers=True),
    q("list", "Welke misstanden op de ZIKOS-afdelingen keurt de staatssecretaris in zijn brief uit 2024 af?",
      ["geweld", "isolement", "kleineren", "vernederen"], [K24],
      "Fysiek geweld, extreem isolement,", all_answers=True),
]

# ---------------- two_part (9) ----------------
Q += [
    q("two_part", "Hoeveel aanbieders van gesloten jeugdhulp waren er toen het uitvoeringsplan werd opgesteld, en over hoeveel accommodaties beschikten ze samen?",
      ["11", "24"], [UP], "Op dit moment zijn er 11 aanbieders met in totaal 24 accommodaties gesloten jeugdhulp.",
      all_answers=True),
    q("two_part", "Over hoeveel organisaties en hoeveel locaties zijn de laatste separeerruimtes verdeeld?",
      ["zes", "zeven"], [K23], "separeerruimtes vallen onder zes jeugdzorgorganisaties, verspreid over zeven",
      all_answers=True),
    q("two_part", "Wat is in de regiovisie de kleinste groepsgrootte in het verblijf, en hoeveel begeleiders moeten er minimaal bij zijn?",
      ["vier", "twee"], [RV], "groepsgrootte van vier tot maximaal zes jeugdigen met minimaal twee begeleiders",
      all_answers=True),
    q("two_part", "De voortgangsbrief van 2023 noemt twee sporen. In welk jaar moeten alle instellingen kleinschalig werken, en wanneer wil men zo dicht mogelijk bij nul gesloten plaatsingen zitten?",
      ["2025", "2030"], [K23], "Doel is dat alle instellingen in 2025", all_answers=True),
    q("two_part", "Wanneer riep de inspectie op tot stevige landelijke regie, en wanneer stelden de partijen een bestuurlijk aanjager aan?",
      ["juli 2023", "december 2023"], [IGJ], "een bestuurlijk aanjager, die de partijen in december 2023 hebben aangesteld",
      all_answers=True),
    q("two_part", "Naast de gewone machtiging gesloten jeugdhulp: welke twee andere vormen van de machtiging beschrijft de regiovisie?",
      ["voorwaardelijk", "geschorst"], [RV], "Een machtiging gesloten jeugdhulp is er in drie varianten:",
      all_answers=True),
    q("two_part", "regeling frictiekosten gesloten jeugdhulp: hoeveel geld en tot welk jaar?",
      ["180", "2028"], [K24], "de periode 2024–2028 voor de af- en ombouw van de gesloten", all_answers=True),
    q("two_part", "Van de gedaalde capaciteit tussen 2020 en 2022: hoeveel plaatsen zijn echt afgebouwd en hoeveel staan er alleen leeg?",
      ["190", "150"], [K23], "Van die afname zijn ongeveer 190 plaatsen daadwerkelijk afgebouwd", all_answers=True),
    q("two_part", "Hoeveel plaatsingen en hoeveel unieke jongeren telde de gesloten jeugdhulp in 2020?",
      ["1.366", "1.128"], [UP], "Aantal plaatsingen\t1.924\t1.720\t1.701\t1.366\t1.175", all_answers=True),
]

# ---------------- arithmetic (9) ----------------
Q += [
    q("arithmetic", "Hoeveel plaatsingen minder waren er in 2022 dan in 2017?",
      ["945"], [K23], "2017 1.924", inputs=["1.924", "979"], formula="1924 - 979 = 945"),
    q("arithmetic", "Met hoeveel procent is het aantal gesloten plaatsingen gedaald tussen 2017 en 2022?",
      ["49%", "49,1%"], [K23], "2022 979", inputs=["1.924", "979"], formula="(1924 - 979) / 1924 * 100 = 49.12"),
    q("arithmetic", "Hoeveel plekken capaciteit zijn er tussen 2020 en 2022 in totaal verdwenen uit de gesloten jeugdhulp?",
      ["298"], [K23], "afgenomen van 994 in 2020 naar circa 696 in 2022", inputs=["994", "696"], formula="994 - 696 = 298"),
    q("arithmetic", "procentuele afname capaciteit gesloten jeugdhulp 2020-2022",
      ["30%", "30,0%"], [K23], "afgenomen van 994 in 2020 naar circa 696 in 2022", inputs=["994", "696"],
      formula="(994 - 696) / 994 * 100 = 29.98"),
    q("arithmetic", "Met hoeveel procent is het aantal separeerruimtes afgenomen tussen 2018 en 1 januari 2023?",
      ["62,5%", "63%"], [K23], "in 2018 nog 72", inputs=["72", "27"], formula="(72 - 27) / 72 * 100 = 62.5"),
    q("arithmetic", "Hoeveel unieke jongeren minder zaten er in 2021 in de gesloten jeugdhulp dan in 2017?",
      ["508"], [UP], "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029", inputs=["1.537", "1.029"],
      formula="1537 - 1029 = 508"),
    q("arithmetic", "Als je de afgebouwde en de leegstaande plaatsen uit de voortgangsbrief optelt en de nieuw bijgekomen plekken eraf haalt, hoeveel plaatsen zijn er dan per saldo uit gegaan?",
      ["295"], [K23], "Van die afname zijn ongeveer 190 plaatsen daadwerkelijk afgebouwd", inputs=["190", "150", "45"],
      formula="190 + 150 - 45 = 295"),
    q("arithmetic", "Hoeveel geld is er gemiddeld per jaar beschikbaar als je het budget van de frictiekostenregeling gelijk over de looptijd verdeelt?",
      ["36 mln", "36.000.000"], [K24], "de periode 2024–2028 voor de af- en ombouw van de gesloten",
      inputs=["180", "2024", "2028"], formula="180 / 5 = 36"),
    q("arithmetic", "Hoeveel miljoen groter is het frictiekostenbudget uit 2024 dan het budget van de vastgoedregeling uit 2021?",
      ["146,5 mln", "146.500.000"], [K24], "Er komt een regeling frictiekosten met een budget van € 180 mln. voor",
      inputs=["180", "33,5"], formula="180 - 33.5 = 146.5",
      extra_quotes=[{"doc": K23, "quote": "vastgoedtransitie gesloten jeugdhulp 2021 (33,5 mln. euro)"}]),
]
# docs for the last one: both
Q[-1]["docs"] = [K24, K23]

# ---------------- trend (5) ----------------
Q += [
    q("trend", "Hoe heeft het aantal plaatsingen in de gesloten jeugdhulp zich van 2017 tot en met 2022 ontwikkeld?",
      ["1.924", "979"], [K23], "2017 1.924", all_answers=True),
    q("trend", "In welk jaar daalde het aantal gesloten plaatsingen het sterkst ten opzichte van het jaar daarvoor?",
      ["2020"], [K23], "2020 1.366"),
    q("trend", "Welk jaar liet in de gesloten jeugdhulp bijna geen daling van het aantal plaatsingen zien ten opzichte van het jaar ervoor?",
      ["2019"], [K23], "2019 1.701"),
    q("trend", "Hoe is het aantal separeerruimtes bij de gesloten jeugdhulpaanbieders veranderd tussen 2018 en begin 2023?",
      ["72", "27"], [K23], "in 2018 nog 72", all_answers=True),
    q("trend", "Nam het aantal unieke jongeren in de gesloten jeugdhulp tussen 2020 en 2021 toe of af, en van hoeveel naar hoeveel?",
      ["1.128", "1.029"], [UP], "Aantal unieke jongeren\t1.537\t1.433\t1.382\t1.128\t1.029", all_answers=True),
]

# ---------------- date_person (7) ----------------
Q += [
    q("date_person", "Wie heeft de voortgangsbrief over de af- en ombouw van de gesloten jeugdhulp uit 2023 ondertekend?",
      ["Van Ooijen"], [K23], "Maarten van Ooijen"),
    q("date_person", "Op welke datum is het uitvoeringsplan Van groot naar klein vastgesteld?",
      ["7 december 2022"], [UP], "Vastgesteld in bestuurlijk overleg d.d. 7 december 2022 door Vereniging"),
    q("date_person", "Wie schreef het rapport «Eenzaam gesloten» over de ZIKOS-afdelingen?",
      ["Bhugwandass"], [K24], "jeugdhulp «Eenzaam gesloten» van Jason Bhugwandass"),
    q("date_person", "Welk Kamerlid stelde schriftelijke vragen over het rapport Eenzaam gesloten?",
      ["Bruyning"], [K24], "Bruyning (NSC) over het rapport «Eenzaam gesloten»"),
    q("date_person", "Op welke dag had de staatssecretaris de Kamer eerder geïnformeerd over de transformatie van de gesloten jeugdhulp, volgens de brief van 2023?",
      ["8 juli 2022"], [K23], "heb ik uw Kamer op 8 juli"),
    q("date_person", "Tot wanneer loopt het JeugdzorgPlus-contract van de NHN-gemeenten met Horizon?",
      ["4 februari 2023"], [RV], "af op 4 februari 2023"),
    q("date_person", "Wanneer nam de Tweede Kamer de motie aan die de regering opriep te stoppen met gesloten jeugdhulp?",
      ["november 2021"], [UP], "een motie die de Tweede Kamer in november 2021 unaniem heeft aangenomen"),
]

# ---------------- conflict (4) ----------------
Q += [
    q("conflict", "Hoeveel plaatsen hebben de aanbieders volgens de voortgangsbrief van 2023 afgebouwd? Ik zie in die brief verschillende getallen staan.",
      ["200", "190"], [K23], "jaren 200 plaatsen afgebouwd en 45 van hun separeerruimtes", all_answers=True,
      extra_quotes=[{"doc": K23, "quote": "Van die afname zijn ongeveer 190 plaatsen daadwerkelijk afgebouwd"}]),
    q("conflict", "Wat is de precieze naam van de SPUK-regeling voor vastgoedtransitie uit 2021? In de stukken lees ik niet steeds dezelfde naam.",
      ["vastgoedtransitie gesloten jeugdhulp", "vastgoedtransitie residentiële jeugdhulp"], [K23, UP],
      "Regeling specifieke uitkering vastgoedtransitie gesloten jeugdhulp", all_answers=True,
      extra_quotes=[{"doc": UP, "quote": "Regeling specifieke uitkering vastgoedtransitie residentiële jeugdhulp 2021"}]),
    q("conflict", "Wanneer moet het nieuwe af- en ombouwplan er volgens het inspectierapport van 2024 liggen?",
      ["1 november 2024", "in november 2024"], [IGJ],
      "stellen partijen vóór 1 november 2024 een nieuw af- en ombouwplan op", all_answers=True,
      extra_quotes=[{"doc": IGJ, "quote": "een nieuw af- en ombouwplan aan, dat in november 2024 gereed zal zijn"}]),
    q("conflict", "Uit welke bron komen de cijfers over het aantal gesloten plaatsingen 2017-2021? De voortgangsbrief en het uitvoeringsplan lijken een andere bron te noemen.",
      ["Toeleidingsysteem", "nji"], [K23, UP], "Bovenstaande gegevens zijn gebaseerd op het Toeleidingsysteem gesloten",
      all_answers=True,
      extra_quotes=[{"doc": UP, "quote": "Tabel Overzicht bezetting gesloten jeugdhulp (bron: www.nji.nl)"}]),
]

# ---------------- explanation (7) ----------------
Q += [
    q("explanation", "Waarom heeft de minister besloten de vastgoedregeling voor de gesloten jeugdhulp te verlengen?",
      ["vertraging"], [K23], "Op verschillende plekken in Nederland loopt dit vertraging op."),
    q("explanation", "Waarom zijn open jeugdhulpvoorzieningen volgens de inspectie terughoudend met het opnemen van jongeren uit de forensische doelgroep?",
      ["veiligheidsrisico", "vrijheidsbeperking"], [IGJ],
      "het opnemen van deze jongeren vanwege de veiligheidsrisico’s en beperkte mogelijkheden door"),
    q("explanation", "Hoe komt het dat er na de decentralisatie veel minder specialistisch forensisch aanbod voor jeugd is?",
      ["contractering", "terugtrokken"], [IGJ],
      "sterk afgenomen, omdat aanbieders van forensische zorg zich terugtrokken wegens de complexe"),
    q("explanation", "Waarom accepteren de NHN-gemeenten dat jongeren in een meer open vorm van gesloten jeugdhulp vaker kunnen weglopen?",
      ["traumatische ervaring", "motivatie"], [RV],
      "traumatische ervaring bij jeugdigen kan voorkomen"),
    q("explanation", "Wat is de reden dat de regiovisie spreekt van een ‘gesloten voorziening’ in plaats van de term ‘gesloten accommodatie’ uit de Jeugdwet?",
      ["innovatieve alternatieven", "meer ruimte"], [RV],
      "term ‘gesloten voorziening’, omdat deze term meer ruimte geeft voor innovatieve alternatieven"),
    q("explanation", "Waarom pleitten partijen zoals de Jeugdautoriteit voor landelijke regie op de transformatie van de gesloten jeugdhulp?",
      ["ongecontroleerde afbouw", "discontinuïteit"], [K23],
      "ongecontroleerde afbouw met risico’s op (regionale) discontinuïteit van zorg voor"),
    q("explanation", "Waarop baseert het uitvoeringsplan de ambitie om zo dicht mogelijk bij nul gesloten plaatsingen te komen?",
      ["repressief", "onveilig", "weinig liefdevol"], [UP],
      "veel jongeren de gesloten jeugdhulp ervaren als te repressief, onveilig en weinig liefdevol"),
]

# ---------------- multi_doc (4) ----------------
Q += [
    q("multi_doc", "Het uitvoeringsplan liet onderzoeken of er naast de regionale gesloten jeugdhulp een specialistisch alternatief nodig is. Wat concludeerden de onderzoekers volgens de brief waarmee VWS het plan naar de Kamer stuurde?",
      ["regionaal kan worden georganiseerd", "regionaal"], [K23, UP],
      "in de gesloten jeugdhulp verblijven regionaal kan worden georganiseerd",
      extra_quotes=[{"doc": UP, "quote": "Onderzoek naar mogelijke meerwaarde specialistisch alternatief (door AEF)"}]),
    q("multi_doc", "De staatssecretaris wilde in 2024 vóór de zomer bestuurlijke afspraken maken over gesloten jeugdhulp. In welke maand zijn die er volgens de IGJ gekomen?",
      ["juni 2024", "juni"], [IGJ, K24],
      "VWS, VNG en Jeugdzorg Nederland hebben in juni 2024 nieuwe bestuurlijke afspraken gemaakt",
      extra_quotes=[{"doc": K24, "quote": "Over deze acties wil ik voor deze zomer bestuurlijke afspraken maken met"}]),
    q("multi_doc", "Het uitvoeringsplan zet het wetsvoorstel rechtspositie gesloten jeugdhulp op de planning. Wat mag er volgens de Kamerbrief van 2023 na invoering van die wet niet meer?",
      ["separeerruimtes"], [K23, UP], "deze separeerruimtes niet meer zijn toegestaan",
      extra_quotes=[{"doc": UP, "quote": "Wetsvoorstel rechtspositie gesloten jeugdhulp"}]),
    q("multi_doc", "Welk jaartal voor (vrijwel) nul gesloten plaatsingen hebben de regiovisie van Noord-Holland-Noord en het landelijke beleid van VWS gemeen?",
      ["2030"], [RV, K23], "willen wij verder gaan op de ingezette weg om in 2030 geen jeugdigen meer in geslotenheid te",
      extra_quotes=[{"doc": K23, "quote": "plaatsingen, waar we in 2030 zo dichtbij mogelijk willen zijn."}]),
]

# ---------------- english (6) ----------------
Q += [
    q("english", "How many placements in closed youth care were recorded in 2018?",
      ["1.720"], [K23, UP], "2018 1.720"),
    q("english", "In which municipality is the Antonius location in Bakkum?",
      ["Castricum"], [RV], "Antonius in Bakkum (gemeente Castricum)"),
    q("english", "What does OZJ stand for in the 2024 letter to parliament on closed youth care?",
      ["Ondersteuningsteam Zorg voor de Jeugd"], [K24], "Ondersteuningsteam Zorg voor de Jeugd (OZJ) nu hard aan"),
    q("english", "Why can't the North Holland North municipalities extend their JeugdzorgPlus contract beyond February 2023?",
      ["aanbestedingsrecht"], [RV], "kan conform het aanbestedingsrecht niet verlengd worden"),
    q("english", "On average, how long does a complete JeugdzorgPlus trajectory take in the NHN region, according to the regional vision?",
      ["8 maanden", "8"], [RV], "gemiddeld 8 maanden, waarvan 3-4 maanden daadwerkelijk in geslotenheid plaatsvindt"),
    q("english", "Since when do the legal requirements apply that, for example, no longer allow young people to be locked in their rooms?",
      ["1 januari 2024"], [IGJ], "de wettelijke eisen voldoen zoals die per 1 januari 2024 gelden"),
]

# ---------------- unanswerable (28) ----------------
Q += [
    u("Hoeveel gesloten plaatsingen waren er in 2016?", ["2016"]),
    u("Hoeveel jongeren zaten er in 2022 in de JeugdzorgPlus in Limburg?", ["Limburg"]),
    u("Wat is de dagprijs van een plek in de JeugdzorgPlus?", ["dagprijs", "per dag", "dagtarief"]),
    u("Hoe lang moeten kinderen gemiddeld wachten op een bed in de gesloten jeugdhulp?", ["wachtlijst", "wachttijd"]),
    u("Hoeveel meisjes zaten er in 2021 in de gesloten jeugdhulp?", ["meisjes", "jongens"]),
    u("Wat is de gemiddelde leeftijd van jongeren bij plaatsing in JeugdzorgPlus?", ["leeftijd", "jarige"]),
    u("Hoeveel medewerkers werken er in totaal in de gesloten jeugdhulp?", ["personeelsleden", "voltijd", "aantal medewerkers"]),
    u("prognose aantal gesloten plaatsingen 2026", ["2026"]),
    u("Hoeveel geld is er tot nu toe daadwerkelijk uitgegeven uit de SPUK vastgoedtransitie van 33,5 miljoen?", ["uitgegeven", "reeds besteed", "nog niet besteed"]),
    u("Van welke gemeente is de wethouder die in het IGJ-rapport klaagt dat er geen regie is op de afbouw?", ["wethouder van", "wethouder uit"]),
    u("Wie is er als bestuurlijk aanjager voor de gesloten jeugdhulp aangesteld?", ["aangesteld als", "de heer", "mevrouw", "dhr"]),
    u("Hoeveel procent van de jongeren valt na een JeugdzorgPlus-traject terug in crimineel gedrag?", ["procent", "recidivepercentage"]),
    u("Welke Kamerleden dienden in 2021 de motie in om te stoppen met gesloten jeugdhulp?", ["ingediend door", "motie van het lid"]),
    u("Op welke datum heeft de inspectie haar rapport over de af- en ombouw van JeugdzorgPlus in 2024 gepubliceerd?", ["augustus 2024", "september 2024", "oktober 2024"]),
    u("Hoeveel separeerruimtes waren er eind 2023 nog over?", ["eind 2023", "separeerruimtes in 2024"]),
    u("Hoeveel unieke jongeren verbleven er in 2022 in de gesloten jeugdhulp?", ["unieke jongeren in 2022", "1.029 naar"]),
    u("Welke regio volgt na Zuidwest met interbestuurlijk toezicht op de gesloten jeugdhulp?", ["Noordoost", "Zuidoost", "Noordwest"]),
    u("Hoeveel plekken heeft de locatie Antonius van Horizon in Bakkum?", ["aantal bedden", "plaatsen in Bakkum", "capaciteit van"]),
    u("Wat kost de Hervormingsagenda Jeugd in totaal?", ["miljard"]),
    u("Hoeveel aanbieders werkten begin 2023 al volledig kleinschalig?", ["twee aanbieders", "drie aanbieders", "vier aanbieders", "vijf aanbieders"]),
    u("Per wanneer wordt de Jeugdwet aangepast om tot nul gesloten plaatsingen te komen?", ["wijziging van de Jeugdwet", "wetswijziging"]),
    u("How many young people from Amsterdam were placed in closed youth care in 2021?", ["Amsterdam"]),
    u("Hoe hoog zijn de frictiekosten per instelling volgens het onderzoek van Rijk, gemeenten en aanbieders?", ["frictiekosten bedragen", "frictiekosten van €"]),
    u("Hoeveel jongeren hebben zich gemeld bij het aanspreekpunt voor oud-bewoners van ZIKOS-afdelingen?", ["hebben zich gemeld", "meldingen bij"]),
    u("Uit wie bestaat het landelijk orgaan dat in het uiterste geval besluit als gemeenten er samen niet uitkomen?", ["orgaan bestaat uit", "leden van het orgaan"]),
    u("What is the annual budget of the Consortium Kleinschaligheid learning programme funded by VWS?", ["euro per jaar", "Consortium ontvangt"]),
    u("Hoeveel jongeren zaten er in 2020 gesloten geplaatst binnen Noord-Holland-Noord zelf?", ["plaatsingen in NHN", "jeugdigen in Bakkum"]),
    u("Welke voormalige gevangenisgebouwen in de gesloten jeugdhulp gaan als eerste dicht?", ["gevangenis in", "sluitingsdatum", "gaat dicht"]),
]


def main():
    items = list(Q)
    random.Random(20250505).shuffle(items)
    checks = {}
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as fh:
        for i, item in enumerate(items, 1):
            qid = f"r5c{i:03d}"
            terms = item.pop("_terms", None)
            rec = {"id": qid}
            rec.update(item)
            if terms is not None:
                checks[qid] = terms
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(HERE / "unanswerable_checks.json", "w", encoding="utf-8") as fh:
        json.dump(checks, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(items)} vragen geschreven, {len(checks)} onbeantwoordbaar")


if __name__ == "__main__":
    main()
