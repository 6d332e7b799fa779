# -*- coding: utf-8 -*-
# Content of the fictional Kamerbrief (2026). Footnote markers: {fn1} etc.
KENMERK = "4218806-1094527-J"
DATUM = "17 februari 2026"
TITLE = "Doorbraakaanpak gesloten jeugdhulp"

LETTERHEAD = [
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    "Directie Jeugd, Familie en Aanpak Discriminatie",
]
ADDRESS = [
    "De Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Postbus 20018",
    "2500 EA DEN HAAG",
]
META = [
    ("Datum", "Den Haag, " + DATUM),
    ("Betreft", "Doorbraakaanpak gesloten jeugdhulp"),
    ("Kenmerk", KENMERK),
    ("Bijlage(n)", "2"),
]
SALUTATION = "Geachte voorzitter,"

FOOTNOTES = {
    1: "Kamerstukken II 2025/26, 31 839, nr. 1127 (verslag commissiedebat Jeugd van 2 oktober 2025).",
    2: "Jeugdzorg Nederland, JeugdzorgPlus-monitor 2025, peildatum 31 december 2025, gepubliceerd januari 2026.",
    3: "Bestuurlijke afspraken af- en ombouw gesloten jeugdhulp, juni 2024; Kamerstukken II 2023/24, 31 839, nr. 1019.",
    4: "Inspectie Gezondheidszorg en Jeugd, Kleiner, maar nog niet dichtbij. Vervolgtoezicht kleinschalige JeugdzorgPlus, november 2025.",
}

# blocks: ("h", text) heading, ("p", text) paragraph, ("table", ...), ("bullets", [...])
BLOCKS = [
    ("p", "Met deze brief informeer ik uw Kamer over de voortgang van de af- en ombouw van de gesloten jeugdhulp en over de doorbraakaanpak die ik samen met de Vereniging van Nederlandse Gemeenten (VNG), Jeugdzorg Nederland en de aanbieders van JeugdzorgPlus heb opgesteld. Daarmee kom ik de toezegging na die ik heb gedaan tijdens het commissiedebat Jeugd van 2 oktober 2025.{fn1} De doorbraakaanpak is nodig omdat de daling van het aantal gesloten plaatsingen weliswaar doorzet, maar te langzaam gaat om het gezamenlijke doel te halen: in 2030 wordt geen jongere meer gesloten geplaatst, tenzij het echt niet anders kan en dan zo kort en zo dicht bij huis als mogelijk."),
    ("h", "1. Waar staan we?"),
    ("p", "Het aantal plaatsingen in de gesloten jeugdhulp is in 2025 opnieuw gedaald. Waar in 2021 nog ruim 1.100 plaatsingen plaatsvonden, ging het in 2025 om 768 plaatsingen. Het aantal unieke jongeren dat in 2025 gesloten werd geplaatst kwam uit op 655. Op 31 december 2025 waren er landelijk 547 plaatsen beschikbaar, verdeeld over elf aanbieders en 23 locaties. Daarvan waren 301 plaatsen in kleinschalige voorzieningen met groepen van hooguit zes jongeren."),
    ("p", "In tabel 1 zijn de belangrijkste kerncijfers over de periode 2021 tot en met 2025 samengebracht. De cijfers voor 2021 en 2022 komen overeen met eerder aan uw Kamer gerapporteerde gegevens; de cijfers over 2025 zijn voorlopig."),
    ("table", {
        "caption": "Tabel 1. Kerncijfers gesloten jeugdhulp 2021 – 2025",
        "header": ["Kerncijfer", "2021", "2022", "2023", "2024", "2025"],
        "rows": [
            ["Plaatsingen", "1.175", "979", "904", "833", "768"],
            ["Unieke jongeren", "944", "812", "751", "702", "655"],
            ["Gemiddelde verblijfsduur (dagen)", "152", "146", "139", "131", "122"],
            ["Capaciteit op 31 december", "853", "696", "641", "598", "547"],
            ["waarvan kleinschalige plaatsen", "88", "141", "197", "248", "301"],
            ["Aantal locaties", "31", "28", "26", "24", "23"],
            ["Aandeel meisjes (%)", "46", "45", "44", "42", "41"],
            ["Jongeren jonger dan 14 jaar", "39", "24", "15", "7", "2"],
            ["Separaties", "2.964", "2.471", "2.106", "1.688", "1.243"],
            ["Gemiddelde wachttijd (weken)", "5,8", "6,4", "5,9", "4,7", "3,8"],
            ["Doorstroom kleinschalig/gezinsgericht (%)", "22", "23", "25", "33", "39"],
            ["Herplaatsing binnen 12 maanden (%)", "23", "22", "21", "21", "20"],
            ["Uitgaven (x € 1 miljoen)", "301,7", "289,2", "276,5", "262,9", "248,3"],
        ],
        "source": "Bron: Jeugdzorg Nederland, JeugdzorgPlus-monitor; bewerking VWS. Cijfers 2025 voorlopig.",
    }),
    ("p", "Ook de gemiddelde verblijfsduur neemt af: een jongere verbleef in 2025 gemiddeld 122 dagen in een gesloten setting. Circa 40 procent van de jongeren stroomt na de gesloten plaatsing direct door naar een kleinschalige of gezinsgerichte voorziening; in 2023 was dat nog een kwart.{fn2} Tegelijk zie ik dat ongeveer één op de vijf jongeren binnen een jaar opnieuw gesloten wordt geplaatst. Dat percentage is de afgelopen jaren nauwelijks veranderd en laat zien dat de ondersteuning na vertrek nog onvoldoende aansluit op wat jongeren en hun ouders nodig hebben."),
    ("p", "De cijfers laten zien dat de beweging in de goede richting gaat. Het aantal separaties is sinds 2021 meer dan gehalveerd en er worden vrijwel geen kinderen jonger dan veertien jaar meer gesloten geplaatst. Toch zijn de verschillen tussen regio's groot. In een aantal regio's is de wachttijd opgelopen doordat locaties sloten voordat er voldoende alternatieven waren. De Inspectie Gezondheidszorg en Jeugd (IGJ) constateerde bovendien dat kleinschalige groepen niet vanzelf tot betere zorg leiden als het vaste personeel ontbreekt.{fn4}"),
    ("h", "2. De doorbraakaanpak"),
    ("p", "Voortbouwend op de bestuurlijke afspraken van juni 2024{fn3} hebben Rijk, gemeenten en aanbieders afgesproken de komende twee jaar op drie sporen extra te versnellen."),
    ("bullets", [
        "Spoor 1 – Eerder en dichter bij huis. Elke bovenregio richt uiterlijk 1 oktober 2026 een expertteam in dat bij dreigende gesloten plaatsingen binnen 48 uur meedenkt over een open alternatief. Gemeenten leggen samen met de gecertificeerde instellingen vast welke alternatieven in hun regio beschikbaar zijn.",
        "Spoor 2 – Kleinschalig en open. Vanaf 1 januari 2027 worden geen nieuwe gesloten groepen met meer dan zes jongeren meer gecontracteerd. Aanbieders bouwen hun resterende grootschalige groepen om en sluiten uiterlijk 1 juli 2027 hun laatste separeerruimte.",
        "Spoor 3 – Vakmanschap en vaste gezichten. Met een opleidingsprogramma voor groepsleiders en gedragswetenschappers werken we aan minder verloop en minder inzet van tijdelijk personeel. Voor dit programma is in 2026 en 2027 € 12,4 miljoen beschikbaar.",
    ]),
    ("p", "Voor de ombouw van locaties stel ik daarnaast over de periode 2026–2028 in totaal € 36 miljoen beschikbaar uit de middelen van de Hervormingsagenda Jeugd. Aanbieders kunnen hieruit frictiekosten vergoed krijgen voor leegstand en het afstoten van gebouwen, mits zij een door de bovenregio onderschreven ombouwplan hebben. De VNG en Jeugdzorg Nederland stellen samen een regeling op die ik vóór de zomer van 2026 publiceer."),
    ("h", "3. Stem van jongeren en wetgeving"),
    ("p", "Jongeren met ervaring in de gesloten jeugdhulp zijn vanaf het begin betrokken geweest bij het opstellen van de doorbraakaanpak. Hun boodschap is helder: ze willen niet opgesloten worden omdat er geen plek is, ze willen dat iemand blijft en ze willen na vertrek niet alleen gelaten worden. Daarom krijgt iedere jongere die uitstroomt voortaan een vaste contactpersoon die tot een jaar na vertrek betrokken blijft."),
    ("p", "Tegelijkertijd werk ik aan wetgeving. Het wetsvoorstel dat de rechtspositie van jongeren in de gesloten jeugdhulp versterkt en de mogelijkheden voor vrijheidsbeperkende maatregelen verder inperkt, gaat in april 2026 in internetconsultatie. Ik verwacht het wetsvoorstel begin 2027 bij uw Kamer in te dienen."),
    ("h", "4. Tot slot"),
    ("p", "De afgelopen jaren is veel bereikt, maar het doel voor 2030 is nog niet binnen bereik. De doorbraakaanpak vraagt van alle partijen dat zij verder kijken dan hun eigen organisatie of gemeentegrens. Ik zal uw Kamer in het najaar van 2026 informeren over de voortgang, inclusief de definitieve cijfers over 2025."),
]
CLOSING = [
    "Hoogachtend,",
    "",
    "de staatssecretaris Jeugd, Preventie en Sport,",
    "",
    "H.J. Vermeulen-Bos",
]
