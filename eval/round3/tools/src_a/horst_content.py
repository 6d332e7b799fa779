# -*- coding: utf-8 -*-
# Content of the fictional jaarverslag excerpt of Stichting De Horst (JeugdzorgPlus).
ORG = "Stichting De Horst"
TITLE = "Jaarverslag 2025"
SUBTITLE = "Uittreksel: hoofdstuk 1 tot en met 4 - JeugdzorgPlus"
RUNNING = "Stichting De Horst | Jaarverslag 2025 | uittreksel"

BLOCKS = [
    ("h", "Voorwoord van de bestuurder"),
    ("p", "2025 was voor De Horst een jaar van afscheid en nieuw begin. We sloten in het voorjaar de paviljoens aan de Beukenlaan op ons landgoed in Horstveen, die ruim veertig jaar onderdak boden aan gesloten groepen. Daarvoor in de plaats kwam in september een vierde kleinschalige woonvoorziening in Deventer-Noord, midden in een woonwijk. Dat ging niet zonder zorgen: bij medewerkers, bij buurtbewoners en ook bij de jongeren zelf. Toch zien we dat jongeren in de kleine huizen sneller rust vinden en dat zij minder vaak in een separeerruimte belanden."),
    ("p", "Ik ben trots op onze medewerkers, die deze omslag hebben gemaakt terwijl de zorg gewoon doorging. Tegelijk ben ik eerlijk: het verloop onder groepsleiders is nog te hoog en we zijn nog te vaak afhankelijk van uitzendkrachten. Daar ligt in 2026 onze belangrijkste opgave."),
    ("sign", ["Horstveen, 2 april 2026", "drs. Ingrid Koopmans-Terpstra", "bestuurder Stichting De Horst"]),
    ("h", "1. De Horst in 2025"),
    ("p", "De Horst biedt JeugdzorgPlus aan jongeren van 12 tot 18 jaar uit de jeugdzorgregio's in Oost-Nederland. In 2025 werkten we in opdracht van vier bovenregionale samenwerkingsverbanden, waaronder de Jeugdzorgregio Vecht en Veen."),
    ("bullets", [
        "Aantal groepen: het aantal gesloten groepen daalde van 9 naar 7; daarnaast hebben we 4 kleinschalige woonvoorzieningen (eind 2024: 3).",
        "Capaciteit: op 31 december 2025 hadden we 52 gesloten plekken, tegen 66 een jaar eerder.",
        "Plaatsingen: we namen 143 jongeren op (2024: 171), van wie 58 procent meisjes.",
        "Verblijfsduur: de gemiddelde verblijfsduur kwam uit op 109 dagen (2024: 124 dagen).",
        "Wachttijd: jongeren wachtten gemiddeld 3,5 weken op een plek, tegen 6 weken in 2024.",
    ]),
    ("h", "2. Vrijheidsbeperking en veiligheid"),
    ("p", "Het terugdringen van vrijheidsbeperkende maatregelen blijft een speerpunt. Elke separatie wordt binnen 24 uur nabesproken met de jongere en in een multidisciplinair overleg geëvalueerd."),
    ("bullets", [
        "Separaties: 186 keer werd een jongere gesepareerd (2024: 297), een daling van 37 procent.",
        "Afzonderingen op de eigen kamer: 412 (2024: 455).",
        "Fysieke interventies: 64 keer, tegen 101 keer in 2024.",
        "Incidenten: er werden 1.047 incidenten gemeld (2024: 1.212), van wie 9 als calamiteit bij de IGJ (2024: 14).",
    ]),
    ("p", "De daling van het aantal separaties schrijven we vooral toe aan de kleinere groepen en de inzet van vaste koppels van groepsleiders, waardoor spanningen eerder worden opgemerkt. Op de twee groepen die nog in het oude hoofdgebouw zitten, ligt het aantal separaties per jongere nog ruim twee keer zo hoog als in de kleinschalige voorzieningen."),
    ("h", "3. Medewerkers"),
    ("bullets", [
        "Personeelsverloop: 18,6 procent van de medewerkers vertrok (2024: 23,1 procent).",
        "Ziekteverzuim: 7,9 procent (2024: 8,8 procent).",
        "Formatie: 214 fte in loondienst; op 31 december stonden 17 vacatures open.",
        "Personeel niet in loondienst: 11 procent van de personeelskosten (2024: 16 procent).",
    ]),
    ("p", "In 2025 startten 23 nieuwe groepsleiders in ons eigen leerwerktraject. Medewerkers die het traject volgen, blijven aantoonbaar langer: van de instroom van 2024 werkt 81 procent nog bij De Horst."),
    ("h", "Onderwijs en stem van jongeren"),
    ("p", "Alle jongeren volgen onderwijs op onze eigen school voor voortgezet speciaal onderwijs, De Brug. In 2025 behaalden 31 jongeren een diploma of certificaat, tegen 24 een jaar eerder. Jongeren die na hun verblijf naar een school in de eigen woonplaats terugkeren, krijgen standaard een warme overdracht van hun mentor."),
    ("p", "De jongerenraad kwam in 2025 elf keer bijeen. Op haar advies zijn de vaste bezoektijden afgeschaft: ouders en andere naasten zijn nu in overleg met de groep elke dag welkom. Ook schoof een ervaringsdeskundige aan bij alle sollicitatiegesprekken voor nieuwe groepsleiders. Uit het jaarlijkse tevredenheidsonderzoek blijkt dat jongeren De Horst gemiddeld een 6,9 geven (2024: 6,4); ouders waarderen de samenwerking met een 7,6."),
    ("h", "4. Kerncijfers en financiën"),
    ("table", {
        "caption": "Tabel 1. Kerncijfers De Horst",
        "header": ["Kerncijfer", "2024", "2025"],
        "rows": [
            ["Plaatsingen", "171", "143"],
            ["Unieke jongeren", "138", "119"],
            ["Separaties", "297", "186"],
            ["Personeelsverloop (%)", "23,1", "18,6"],
            ["Wachttijd (weken)", "6,0", "3,5"],
        ],
    }),
    ("p", "De omzet bedroeg in 2025 € 31,8 miljoen (2024: € 34,2 miljoen). Het boekjaar werd afgesloten met een negatief resultaat van € 0,4 miljoen, vooral door frictiekosten van de leegstaande paviljoens. Voor 2026 verwachten we een sluitende begroting, mede dankzij de afspraken over frictiekosten met de bovenregio's."),
    ("h", "Vooruitblik 2026"),
    ("p", "In 2026 bouwen we twee van de zeven gesloten groepen om naar open groepen met intensieve begeleiding. Op 1 september 2026 sluiten we onze laatste separeerruimte. Daarmee lopen we vooruit op de landelijke afspraak om uiterlijk medio 2027 zonder separeerruimtes te werken."),
]
