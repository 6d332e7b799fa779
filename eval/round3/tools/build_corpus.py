#!/usr/bin/env python3
"""Builds /work/r3-c/corpus.jsonl.

Quotes are given as (start, end) markers and cut out of the seed text, so
that multi-line quotes keep the exact line breaks and spacing of the seeds.
check.py verifies everything independently.
"""
import json
import os

SEEDS = "/work/shared/seeds"
A = "000_9a45f2ff7a328543"  # Kamerbrief voortgang 2023
B = "001_e54f7b138b16739a"  # Uitvoeringsplan dec 2022
C = "002_deb47e2a59d84b50"  # IGJ-rapport 2024
D = "003_aacfb68960c80cbb"  # Kamerbrief voorjaar 2024
E = "004_c93b419c641e9399"  # Transformatievisie NHN 2021

TEXT = {d: open(os.path.join(SEEDS, d + ".txt"), encoding="utf-8").read()
        for d in (A, B, C, D, E)}


def S(doc, start, end=None):
    """Exact substring of doc from the first occurrence of start up to and
    including the first following occurrence of end (or just start)."""
    t = TEXT[doc]
    i = t.find(start)
    if i < 0:
        raise SystemExit(f"start not found in {doc}: {start!r}")
    if end is None:
        return start
    j = t.find(end, i)
    if j < 0:
        raise SystemExit(f"end not found in {doc}: {end!r}")
    return t[i:j + len(end)]


items = []


def add(kind, question, answers, docs, quote, **extra):
    it = {"id": f"r3c{len(items) + 1:03d}", "question": question,
          "kind": kind, "answers": answers, "docs": docs, "quote": quote}
    if kind in ("two_part", "list", "conflict"):
        it["all_answers"] = True
    it.update(extra)
    items.append(it)


def unans(question, absent_terms=(), absent_regex=(), note=""):
    it = {"id": f"r3c{len(items) + 1:03d}", "question": question,
          "kind": "unanswerable", "answers": [], "docs": [], "quote": "",
          "absent_terms": list(absent_terms), "absent_regex": list(absent_regex)}
    if note:
        it["note"] = note
    items.append(it)


# ---------------------------------------------------------------- figure (19)
add("figure", "Hoeveel gesloten plaatsingen telde de jeugdhulp in 2022 volgens de voortgangsbrief van de staatssecretaris?",
    ["979"], [A], S(A, "2022 979"))
add("figure", "aantal plaatsingen jeugdzorgplus 2019",
    ["1.701"], [A, B], S(A, "2019 1.701"),
    extra_quotes=[{"doc": B, "quote": S(B, "Aantal plaatsingen", "1.175")}])
add("figure", "Om hoeveel afzonderlijke jongeren ging het in 2019 in de gesloten jeugdhulp, dus niet het aantal plaatsingen maar echt unieke personen?",
    ["1.382"], [B], S(B, "Aantal unieke jongeren", "1.029"))
add("figure", "Hoeveel unieke kinderen zaten er in 2021 in de gesloten jeugdzorg?",
    ["1.029"], [B], S(B, "Aantal unieke jongeren", "1.029"))
add("figure", "Wat was de capaciteit van de gesloten jeugdhulp in 2020, in aantal plekken?",
    ["994"], [A], S(A, "Analyse van de capaciteitsontwikkeling", "naar circa 696 in 2022."))
add("figure", "Ik lees dat de capaciteit flink is gekrompen. Hoeveel bedden had de gesloten jeugdhulp in 2022 nog ongeveer?",
    ["696"], [A], S(A, "Analyse van de capaciteitsontwikkeling", "naar circa 696 in 2022."))
add("figure", "Hoeveel separeerruimtes waren er in 2018 nog in gebruik bij de aanbieders van gesloten jeugdhulp?",
    ["72"], [A], S(A, "Bij de gesloten jeugdhulpaanbieders waren in 2018 nog 72"))
add("figure", "Hoeveel isoleerkamers (separeerruimtes) resteerden er begin 2023 nog?",
    ["27"], [A], S(A, "separeerruimtes in gebruik; per 1 januari 2023 zijn dat er 27."))
add("figure", "Hoeveel plekken in de gesloten jeugdzorg staan inmiddels leeg omdat ze niet meer gebruikt worden?",
    ["150"], [A], S(A, "Ongeveer 150 plaatsen zijn niet meer in gebruik en"))
add("figure", "Er zijn ook plaatsen bijgekomen tussen 2020 en 2022, vooral in kleinschalige voorzieningen. Om hoeveel gaat het?",
    ["45"], [A], S(A, "Daarnaast zijn er in die periode 45 plaatsen bij gekomen"))
add("figure", "Hoeveel geld zat er in de spuk uit 2021 voor het vastgoed van de gesloten jeugdhulp?",
    ["33,5 mln"], [A], S(A, "specifieke uitkering vastgoedtransitie gesloten jeugdhulp 2021 (33,5 mln. euro)"))
add("figure", "Welk bedrag uit de vastgoedregeling moet helpen om in 2023 het aantal separeerruimtes verder terug te brengen?",
    ["vijf miljoen euro"], [A], S(A, "mede ondersteund door vijf miljoen euro"))
add("figure", "Hoe vaak per jaar komt het bestuurlijk overleg van het programma minstens bij elkaar?",
    ["twee keer per jaar"], [B], S(B, "In het bestuurlijk overleg (minimaal twee keer per jaar)"))
add("figure", "Met welk percentage is het aantal gesloten plaatsingen sinds 2017 gedaald volgens het uitvoeringsplan?",
    ["39%"], [B], S(B, "Het aantal plaatsingen in de gesloten jeugdhulp is sinds 2017 afgenomen met 39%"))
add("figure", "procentuele daling unieke jongeren gesloten jeugdhulp sinds 2017",
    ["33%"], [B], S(B, "het aantal unieke jongeren daalde in dezelfde periode met 33%"))
add("figure", "Hoeveel gemeenten telt de regio Noord-Holland-Noord die samen de JeugdzorgPlus inkoopt?",
    ["achttien"], [E], S(E, "In 2018 startten de achttien gemeenten in de regio Noord-Holland-Noord"))
add("figure", "Hoeveel jeugdigen uit Noord-Holland-Noord moesten tussen februari 2020 en 2021 buiten de eigen regio worden geplaatst?",
    ["9"], [E], S(E, "Ter illustratie, in de periode februari 2020-2021 zijn er 9 jeugdigen buiten de regio NHN geplaatst."))
add("figure", "Met hoeveel jeugdhulpregio's wordt in Noord-Holland aan het bovenregionale plan gewerkt?",
    ["acht"], [E], S(E, "Naast deze transformatievisie wordt op het niveau van Noord-Holland met acht jeugdhulpregio"))
add("figure", "Hoeveel gesloten plaatsingen telde Nederland in 2020?",
    ["1.366"], [A, B], S(A, "2020 1.366"),
    extra_quotes=[{"doc": B, "quote": S(B, "Aantal plaatsingen", "1.175")}])

# ------------------------------------------------------------ arithmetic (10)
add("arithmetic", "Met hoeveel plaatsingen is de gesloten jeugdhulp tussen 2017 en 2022 in totaal gekrompen?",
    ["945"], [A], S(A, "Tabel 1. Plaatsingen gesloten jeugdhulp 2017", "2022 979"),
    inputs=["1.924", "979"], formula="a-b")
add("arithmetic", "Hoeveel procent van de capaciteit is er tussen 2020 en 2022 ongeveer verdwenen?",
    ["30%"], [A], S(A, "Analyse van de capaciteitsontwikkeling", "naar circa 696 in 2022."),
    inputs=["994", "696"], formula="(a-b)/a*100")
add("arithmetic", "Hoeveel plekken is de capaciteit van de gesloten jeugdzorg in absolute aantallen gedaald van 2020 naar 2022?",
    ["298"], [A], S(A, "Analyse van de capaciteitsontwikkeling", "naar circa 696 in 2022."),
    inputs=["994", "696"], formula="a-b")
add("arithmetic", "Met welk percentage is het aantal separeerruimtes teruggelopen tussen 2018 en 1 januari 2023?",
    ["62,5%"], [A], S(A, "Bij de gesloten jeugdhulpaanbieders waren in 2018 nog 72", "zijn dat er 27."),
    inputs=["72", "27"], formula="(a-b)/a*100")
add("arithmetic", "Hoeveel plaatsingen waren er in 2017 gemiddeld per unieke jongere?",
    ["1,25"], [B], S(B, "Aantal plaatsingen", "1.029"),
    inputs=["1.924", "1.537"], formula="a/b")
add("arithmetic", "Wat is in 2021 het verschil tussen het aantal plaatsingen en het aantal unieke jongeren in de gesloten jeugdhulp?",
    ["146"], [B], S(B, "Aantal plaatsingen", "1.029"),
    inputs=["1.175", "1.029"], formula="a-b")
add("arithmetic", "Met hoeveel procent daalde het aantal gesloten plaatsingen van 2021 op 2022?",
    ["16,7%"], [A], S(A, "2021 1.175", "2022 979"),
    inputs=["1.175", "979"], formula="(a-b)/a*100")
add("arithmetic", "Hoeveel jongeren minder zaten er in 2021 in de gesloten jeugdhulp dan in 2017 (unieke personen)?",
    ["508"], [B], S(B, "Aantal unieke jongeren", "1.029"),
    inputs=["1.537", "1.029"], formula="a-b")
add("arithmetic", "Hoeveel plaatsingen minder waren er in 2020 dan het jaar ervoor?",
    ["335"], [A], S(A, "2019 1.701", "2020 1.366"),
    inputs=["1.701", "1.366"], formula="a-b")
add("arithmetic", "Als je de vastgoed-spuk uit 2021 en de nieuwe regeling frictiekosten optelt, over hoeveel miljoen euro hebben we het dan?",
    ["213,5 mln"], [A, D], S(A, "specifieke uitkering vastgoedtransitie gesloten jeugdhulp 2021 (33,5 mln. euro)"),
    inputs=["33,5", "180"], formula="a+b",
    extra_quotes=[{"doc": D, "quote": S(D, "budget van € 180 mln.")}])

# -------------------------------------------------------------- two_part (10)
add("two_part", "Hoeveel plaatsingen waren er in 2018 en hoeveel unieke jongeren betrof dat?",
    ["1.720", "1.433"], [B], S(B, "Aantal plaatsingen", "1.029"))
add("two_part", "Wanneer is het uitvoeringsplan bestuurlijk vastgesteld en tot wanneer loopt de tijdshorizon van het plan?",
    ["7 december 2022", "1 januari 2025"], [B], S(B, "Vastgesteld in bestuurlijk overleg d.d. 7 december 2022"),
    extra_quotes=[{"doc": B, "quote": S(B, "Dit plan heeft een tijdshorizon tot 1 januari 2025")}])
add("two_part", "Hoeveel separeerruimtes zijn er nog over, en onder hoeveel jeugdzorgorganisaties vallen die?",
    ["27", "zes"], [A], S(A, "De nog resterende 27", "vallen onder zes jeugdzorgorganisaties"))
add("two_part", "Wanneer riep de IGJ op tot stevige landelijke regie, en wanneer is de bestuurlijk aanjager aangesteld?",
    ["juli 2023", "december 2023"], [C], S(C, "In juli 2023 riep de Inspectie Gezondheidszorg en Jeugd op tot landelijke regie"),
    extra_quotes=[{"doc": C, "quote": S(C, "een bestuurlijk aanjager, die de partijen in december 2023 hebben aangesteld.")}])
add("two_part", "Hoe groot is het budget van de nieuwe regeling frictiekosten en welke periode bestrijkt die?",
    ["€ 180 mln", "2024–2028"], [D], S(D, "Er komt een regeling frictiekosten met een budget van € 180 mln. voor", "de periode 2024–2028"))
add("two_part", "Sinds wanneer draait Horizon de JeugdzorgPlus-locatie in Bakkum en op welke datum loopt het contract af?",
    ["4 februari 2019", "4 februari 2023"], [E], S(E, "Deze aanbieder is op 4 februari 2019 gestart met de locatie"),
    extra_quotes=[{"doc": E, "quote": S(E, "af op 4 februari 2023")}])
add("two_part", "Van de geslonken capaciteit: hoeveel plaatsen zijn echt afgebouwd en hoeveel staan er alleen leeg?",
    ["190", "150"], [A], S(A, "Van die afname zijn ongeveer 190 plaatsen daadwerkelijk afgebouwd", "Ongeveer 150 plaatsen zijn niet meer in gebruik"))
add("two_part", "Hoeveel aanbieders van gesloten jeugdhulp waren er ten tijde van het uitvoeringsplan, en over hoeveel accommodaties beschikten ze samen?",
    ["11", "24"], [B], S(B, "Op dit moment zijn er 11 aanbieders met in totaal 24 accommodaties gesloten jeugdhulp."))
add("two_part", "Wat is in de Noord-Hollandse visie de maximale groepsgrootte in een leefgroep en hoeveel begeleiders moeten er minimaal bij zijn?",
    ["zes", "twee"], [E], S(E, "groepsgrootte van vier tot maximaal zes jeugdigen met minimaal twee begeleiders."))
add("two_part", "Hoe lang duurt een JeugdzorgPlus-traject in NHN gemiddeld, en hoeveel maanden zit een jongere daarvan echt gesloten?",
    ["8 maanden", "3-4 maanden"], [E], S(E, "In de huidige situatie doorlopen jeugdigen een totaal traject van", "3-4 maanden daadwerkelijk in geslotenheid"))

# ------------------------------------------------------------------ list (10)
add("list", "Welke drie bewegingen moeten volgens het uitvoeringsplan de hulp aan deze kwetsbare groep structureel beter maken?",
    ["grootschalig naar kleinschalig", "gesloten naar zoveel mogelijk open", "uithuisplaatsen naar zo thuis mogelijk"],
    [B], S(B, "1) van grootschalig naar kleinschalig", "3) van uithuisplaatsen naar zo thuis mogelijk"))
add("list", "Welke netwerken kent de landelijke programmaorganisatie?",
    ["kwaliteit", "residentieel onderwijs", "vrijheidsbeperkende maatregelen"],
    [B], S(B, "kwaliteit van kleinschalige zorg, residentieel onderwijs en het omgaan met vrijheidsbeperkende maatregelen"))
add("list", "Tegen welke problemen lopen gemeenten in de landsdelen volgens de IGJ aan als ze moeten samenwerken?",
    ["visieverschillen", "financiering", "mandaat", "landsdeel", "continuïteit"],
    [C], S(C, "Visieverschillen en belangenverschillen bemoeilijken de totstandkoming van regionale plannen;", "Vraagstukken rond continuïteit van bestaand aanbod."))
add("list", "Welke risico's zag de IGJ na het verkennend toezicht in 2023?",
    ["landelijk dekkend hulpaanbod", "continuïteit van zorg", "kwaliteit van zorg"],
    [C], S(C, "1. Risico’s voor een landelijk dekkend hulpaanbod", "3. Risico’s voor de kwaliteit van zorg"))
add("list", "Op welke speerpunten richten Alkmaar, Kop van Noord-Holland en Westfriesland zich om tegen 2030 van de gesloten jeugdzorg af te zijn?",
    ["voorkomen", "gecontroleerd afbouwen", "uitstroom"],
    [E], S(E, "1) Het voorkomen van gesloten plaatsingen", "3) Het bevorderen van de uitstroom uit de geslotenheid"))
add("list", "Welke soorten machtiging gesloten jeugdhulp onderscheidt de transformatievisie?",
    ["voorwaardelijke machtiging", "machtiging gesloten jeugdhulp", "geschorste machtiging"],
    [E], S(E, "a. een voorwaardelijke machtiging", "c. een geschorste machtiging"))
add("list", "Welke acties kondigt de staatssecretaris aan na Eenzaam gesloten en de IGJ-rapporten?",
    ["aanspreekpunt", "ondersteuningsprogramma", "welke locaties wanneer gesloten", "frictiekosten", "Jeugdwet"],
    [D], S(D, "• Er komt een aanspreekpunt", "dichtbij mogelijk nul gesloten plaatsingen te komen."))
add("list", "Op welke bestaande netwerken en kennisorganisaties leunt de programmaorganisatie volgens de brief?",
    ["Jeugdzorg Nederland", "Nederlands Jeugdinstituut", "VO-raad", "Consortium Kleinschaligheid", "StroomOP"],
    [A], S(A, "van reeds aanwezige kennis", "StroomOP."))
add("list", "Welke partijen rekent de regiovisie tot de jeugdrechtketen?",
    ["rechtbank", "gecertificeerde instellingen", "veiligheidsregio", "Raad voor de Kinderbescherming"],
    [E], S(E, "Daarmee bedoelen we de rechtbank", "de Raad voor de Kinderbescherming."))
add("list", "Welke tekortkomingen van gesloten voorzieningen werden landelijk vastgesteld, volgens de NHN-visie?",
    ["recidive", "behandeling", "traumabehandeling", "onderwijs", "overgeplaatst"],
    [E], S(E, "Landelijk is geconcludeerd dat recidive", "overgeplaatst van de ene voorziening naar de"))

# ----------------------------------------------------------- date_person (8)
add("date_person", "Wie ondertekende in 2023 de Kamerbrief over de voortgang van het afbouwen en ombouwen van de gesloten jeugdzorg?",
    ["Maarten van Ooijen"], [A], S(A, "Maarten van Ooijen"))
add("date_person", "kenmerk kamerbrief voortgang af- en ombouw gesloten jeugdhulp",
    ["3506927-1042412-J"], [A], S(A, "3506927-1042412-J"))
add("date_person", "Van wanneer dateert de transformatievisie JeugdzorgPlus van Alkmaar, Kop van Noord-Holland en Westfriesland?",
    ["10 augustus 2021"], [E], S(E, "10 augustus 2021"))
add("date_person", "Welke werkgroep heeft de Noord-Hollandse transformatievisie opgesteld?",
    ["Werkgroep Verwerving JeugdzorgPlus 2023 en verder"], [E], S(E, "Werkgroep Verwerving JeugdzorgPlus 2023 en verder"))
add("date_person", "Wie is de auteur van het rapport over de ZIKOS-afdelingen waar de Kamer om een reactie vroeg?",
    ["Jason Bhugwandass"], [D], S(D, "«Eenzaam gesloten» van Jason Bhugwandass"))
add("date_person", "Welk Kamerlid stelde schriftelijke vragen over Eenzaam gesloten, en van welke fractie?",
    ["Bruyning", "NSC"], [D], S(D, "Bruyning (NSC)"), all_answers=True)
add("date_person", "Op welke dag had de staatssecretaris de Tweede Kamer al eerder bijgepraat over de omvorming van de gesloten jeugdzorg?",
    ["8 juli 2022"], [A], S(A, "Over deze transformatie van de gesloten jeugdhulp heb ik uw Kamer op 8 juli", "2022"))
add("date_person", "In welke maand maakten VWS, VNG en Jeugdzorg Nederland de nieuwe bestuurlijke afspraken over de transformatie?",
    ["juni 2024"], [C], S(C, "VWS, VNG en Jeugdzorg Nederland hebben in juni 2024 nieuwe bestuurlijke afspraken gemaakt"))

# ------------------------------------------------------------------ fact (9)
add("fact", "Welke jeugdhulpaanbieder heeft het JeugdzorgPlus-contract voor Noord-Holland-Noord?",
    ["Horizon"], [E], S(E, "We sloten een contract af met jeugdhulpaanbieder Horizon"))
add("fact", "Wie gaat de periodieke monitor over capaciteit en bezetting van de gesloten jeugdhulp bijhouden?",
    ["Jeugdautoriteit"], [A], S(A, "Jeugdautoriteit zet een periodieke monitor op"))
add("fact", "In welke regio is interbestuurlijk toezicht ingezet vanwege de continuïteit van de gesloten jeugdhulp?",
    ["Zuidwest"], [A], S(A, "interbestuurlijk toezicht in te zetten in de regio Zuidwest"))
add("fact", "Hoe heet het Noord-Hollandse samenwerkingsplan dat ervoor moet zorgen dat jongeren die JeugdzorgPlus nodig hebben binnen de provincie geholpen worden?",
    ["Thuis voor Noordje"], [E], S(E, "een bovenregionaal plan ontwikkeld met de werktitel Thuis voor Noordje"))
add("fact", "Waar staat de afkorting JIM voor in de transformatievisie?",
    ["Jouw Ingebrachte Mentor"], [E], S(E, "4.2 Inzet JIM (Jouw Ingebrachte Mentor)"))
add("fact", "Welk bureau deed onderzoek naar de meerwaarde van een specialistisch alternatief?",
    ["AEF"], [B], S(B, "Onderzoek naar mogelijke meerwaarde specialistisch alternatief (door AEF)"))
add("fact", "Bij welke verslavingskliniek is een jongere terechtgekomen als alternatief voor een ZIKOS-plek?",
    ["Yes we can"], [D], S(D, "verslavingskliniek Yes we can"))
add("fact", "Welke wet, die naar verwachting in 2025 ingaat, regelt volgens de inspectie niet dat het aanbod bovenregionaal wordt georganiseerd?",
    ["Wet verbetering beschikbaarheid jeugdhulp"], [C], S(C, "De Wet verbetering beschikbaarheid jeugdhulp (verwachte inwerkingtreding is voorzien in 2025)"))
add("fact", "Waar komen de cijfers over het aantal plaatsingen in de voortgangsbrief vandaan?",
    ["Toeleidingsysteem gesloten jeugdhulp"], [A], S(A, "Bovenstaande gegevens zijn gebaseerd op het Toeleidingsysteem gesloten", "jeugdhulp van Jeugdzorg"))

# ----------------------------------------------------------- explanation (8)
add("explanation", "Waarom vindt men het uitvoeringsplan zo urgent?",
    ["sterk dalende instroom"], [B], S(B, "De urgentie van het uitvoeringsplan is groot vanwege de sterk dalende instroom"))
add("explanation", "Waarom heeft de staatssecretaris besloten de vastgoedregeling gesloten jeugdhulp te verlengen?",
    ["vertraging"], [A], S(A, "Op verschillende plekken in Nederland loopt dit vertraging op. Ik heb daarom", "besloten de regeling te verlengen."))
add("explanation", "Waarom moeten de separeerruimtes hoe dan ook verdwijnen, los van de ambitie van de sector?",
    ["niet meer zijn toegestaan"], [A], S(A, "na invoering van de wet", "deze separeerruimtes niet meer zijn toegestaan."))
add("explanation", "Hoe verklaart de inspectie dat er na de decentralisatie zo weinig specialistisch forensisch aanbod voor jeugd over is?",
    ["complexe contractering"], [C], S(C, "omdat aanbieders van forensische zorg zich terugtrokken wegens de complexe", "contractering van jeugdhulp via gemeenten."))
add("explanation", "Waarom nemen open jeugdhulpvoorzieningen niet graag jongeren uit de forensische doelgroep op?",
    ["veiligheidsrisico"], [C], S(C, "Open jeugdhulpvoorzieningen zijn terughoudend in", "het niet mogen inzetten van vrijheidsbeperking."))
add("explanation", "Waarom kon het contract met Horizon na 2023 niet nog een keer verlengd worden?",
    ["aanbestedingsrecht"], [E], S(E, "kan conform het aanbestedingsrecht niet verlengd worden."))
add("explanation", "Waarom accepteren de gemeenten in NHN dat jongeren vaker weglopen bij een opener vorm van gesloten jeugdhulp?",
    ["traumatische ervaring"], [E], S(E, "Als gemeenten aanvaarden we dit risico", "traumatische ervaring bij jeugdigen kan voorkomen."))
add("explanation", "Waarom spreekt de regiovisie van een 'gesloten voorziening' terwijl de Jeugdwet het over een gesloten accommodatie heeft?",
    ["innovatieve alternatieven"], [E], S(E, "term ‘gesloten voorziening’, omdat deze term meer ruimte geeft voor innovatieve alternatieven."))

# --------------------------------------------------------------- english (8)
add("english", "How many placements in secure youth care were there in 2021?",
    ["1.175"], [A, B], S(A, "2021 1.175"),
    extra_quotes=[{"doc": B, "quote": S(B, "Aantal plaatsingen", "1.175")}])
add("english", "When did the parties appoint the 'bestuurlijk aanjager' who steers the transformation?",
    ["december 2023"], [C], S(C, "een bestuurlijk aanjager, die de partijen in december 2023 hebben aangesteld."))
add("english", "What is the budget of the new friction-cost scheme for closing down secure youth care?",
    ["€ 180 mln"], [D], S(D, "budget van € 180 mln."))
add("english", "By which year should all secure youth care institutions be working on a small scale?",
    ["2025"], [A], S(A, "Doel is dat alle instellingen in 2025"))
add("english", "What is the title of the report with testimonies of young people placed on ZIKOS units?",
    ["Eenzaam gesloten"], [D], S(D, "«Eenzaam gesloten» van Jason Bhugwandass"))
add("english", "Which location did youth care provider Horizon open for the Noord-Holland-Noord region, and where?",
    ["Antonius", "Bakkum"], [E], S(E, "Antonius in Bakkum (gemeente Castricum)"), all_answers=True)
add("english", "How many unique young people were in secure youth care in 2020?",
    ["1.128"], [B], S(B, "Aantal unieke jongeren", "1.029"))
add("english", "In how many JeugdzorgPlus regions does the actual reduction and conversion take place?",
    ["11"], [B], S(B, "De daadwerkelijke af- en ombouw vindt plaats in de 11 regio's JeugdzorgPlus"))

# -------------------------------------------------------------- conflict (4)
add("conflict", "Klopt het dat er 200 gesloten plaatsen zijn afgebouwd? Ik zie in de Kamerbrief ook een ander getal staan.",
    ["200", "190"], [A], S(A, "Ook hebben de aanbieders de afgelopen", "200 plaatsen afgebouwd"),
    extra_quotes=[{"doc": A, "quote": S(A, "Van die afname zijn ongeveer 190 plaatsen daadwerkelijk afgebouwd")}])
add("conflict", "Is het inspectierapport eenduidig over wanneer het nieuwe af- en ombouwplan er moet liggen?",
    ["vóór 1 november 2024", "in november 2024"], [C], S(C, "Hiervoor stellen partijen vóór 1 november 2024 een nieuw af- en ombouwplan op."),
    extra_quotes=[{"doc": C, "quote": S(C, "dat in november 2024 gereed zal zijn.")}])
add("conflict", "Heet de spuk voor vastgoed nu 'vastgoedtransitie gesloten jeugdhulp' of 'residentiële jeugdhulp'? De stukken lijken elkaar tegen te spreken.",
    ["gesloten jeugdhulp 2021", "residentiële jeugdhulp 2021"], [A, B],
    S(A, "middelen uit de Regeling", "vastgoedtransitie gesloten jeugdhulp 2021"),
    extra_quotes=[{"doc": B, "quote": S(B, "Regeling specifieke uitkering vastgoedtransitie residentiële jeugdhulp 2021")}])
add("conflict", "Zijn Rijk en de Noord-Hollandse regio's het eens over het doel voor 2030: echt nul gesloten plaatsingen of zo weinig mogelijk?",
    ["zo dicht mogelijk te komen bij 0", "geen jeugdigen meer in geslotenheid"], [B, E],
    S(B, "in 2030 zo dicht mogelijk te komen bij 0 gesloten plaatsingen"),
    extra_quotes=[{"doc": E, "quote": S(E, "in 2030 geen jeugdigen meer in geslotenheid")}])

# ---------------------------------------------------------- unanswerable (24)
unans("Hoeveel gesloten plaatsingen waren er in 2023?",
      absent_regex=[r"2023\s+\d\.\d{3}", r"(?s)plaatsingen.{0,60}in 2023"],
      note="Tabel 1 loopt tot 2022; capaciteit en separeerruimtes wel per 1-1-2023, plaatsingen niet.")
unans("Wat was het aantal plaatsingen in de JeugdzorgPlus in 2016?",
      absent_terms=["2016"])
unans("Wat is het dagtarief voor een plek in de JeugdzorgPlus?",
      absent_terms=["dagtarief", "per dag", "dagprijs", "per etmaal"])
unans("Hoeveel separeerruimtes waren er eind 2024 nog in gebruik?",
      absent_regex=[r"(?s)separeer.{0,400}2024", r"(?s)2024.{0,400}separeer"])
unans("Hoe heet de bestuurlijk aanjager die de bestuurlijke afspraken heeft voorbereid?",
      absent_regex=[r"aanjager,?\s+(de heer|mevrouw|dhr|mw)", r"aanjager\s+[A-Z][a-z]+\s+[A-Z]"])
unans("Hoeveel gesloten plekken heeft de regio Groningen nog?",
      absent_terms=["Groningen"])
unans("Welke plannen heeft Limburg voor de afbouw van de JeugdzorgPlus?",
      absent_terms=["Limburg"])
unans("Hoeveel jongeren verbleven er op de ZIKOS-afdelingen?",
      absent_regex=[r"(?s)\d+\s+(jongeren|jeugdigen|plaatsen)[^.]{0,120}ZIKOS", r"(?s)ZIKOS[^.]{0,120}\d+\s+(jongeren|jeugdigen|plaatsen)"])
unans("Hoeveel fte werkt er in totaal in de gesloten jeugdhulp?",
      absent_terms=["voltijd", "werknemers", "personeelsleden"], absent_regex=[r"\bfte\b"])
unans("Welk deel van de gesloten geplaatste jongeren is meisje?",
      absent_terms=["meisje", "jongens"])
unans("Hoeveel kost een plek in een kleinschalige voorziening per jaar?",
      absent_terms=["per plek", "per plaats", "per jaar per"], absent_regex=[r"€\s*\d+[^.]{0,80}(plek|plaats)"])
unans("Wie volgde Van Ooijen op als staatssecretaris voor jeugd?",
      absent_terms=["Karremans", "Tielen", "opvolger", "opgevolgd"])
unans("Welke prognose geeft de Jeugdautoriteit voor het aantal gesloten plaatsingen in 2026?",
      absent_terms=["prognose", "2026", "raming"])
unans("Hoeveel meldingen van misstanden heeft de inspectie over de ZIKOS-afdelingen ontvangen?",
      absent_regex=[r"\d+\s+meldingen", r"meldingen[^.]{0,40}\d+"])
unans("Met welk bedrag ondersteunt VWS het programma van het Consortium Kleinschaligheid?",
      absent_regex=[r"(?s)Consortium[^.]{0,300}(€|mln|miljoen)", r"(?s)Leren en ontwikkelen[^.]{0,300}(€|mln|miljoen)"])
unans("Wanneer heeft de Eerste Kamer de Wet rechtspositie gesloten jeugdhulp aangenomen?",
      absent_terms=["Eerste Kamer"], absent_regex=[r"EK[^\n]{0,60}\d{4}"])
unans("Heeft de inspectie ook Schakenbosch of Lindenhorst bezocht?",
      absent_terms=["Schakenbosch", "Lindenhorst", "Pluryn", "Intermetzo", "Hey-Acker", "Poortje"])
unans("Hoe lang is de wachtlijst voor een plek in de gesloten jeugdhulp?",
      absent_terms=["wachtlijst", "wachttijd", "wachtende"])
unans("Hoeveel unieke jongeren zaten er in 2022 in de gesloten jeugdhulp?",
      absent_regex=[r"(?s)unieke[^.]{0,200}2022", r"(?s)2022[^.]{0,200}unieke"])
unans("Hoeveel jongeren met een complexe hulpvraag zijn in het buitenland geplaatst?",
      absent_regex=[r"(?s)\d+[^.]{0,80}buitenland", r"(?s)buitenland[^.]{0,80}\d+"])
unans("Hoeveel frictiekosten heeft Horizon gemaakt door de afbouw?",
      absent_regex=[r"(?s)Horizon[^.]{0,300}frictie", r"(?s)frictie[^.]{0,300}Horizon"])
unans("Op welke datum vindt het Kamerdebat over de gesloten jeugdhulp plaats?",
      absent_regex=[r"(?s)debat[^.]{0,80}\d{1,2}\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"])
unans("Hoeveel jeugdigen in Noord-Holland-Noord hadden in 2020 een voorwaardelijke machtiging?",
      absent_regex=[r"(?s)voorwaardelijke[^.]{0,120}\d{2,}", r"(?s)\d+\s+(jeugdigen|jongeren)[^.]{0,80}voorwaardelijke"])
unans("Welk budget krijgt het ondersteuningsprogramma dat vastgelopen besluitvorming bij coördinerende gemeenten moet vlottrekken?",
      absent_regex=[r"(?s)ondersteuningsprogramma[^.]{0,200}(€|mln|miljoen)"])

with open("/work/r3-c/corpus.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items written")
