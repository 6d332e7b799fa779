# Genereert het fictieve toezichtsrapport van de Landelijke Toezichtsdienst Jeugd over
# JeugdzorgPlus-locatie Het Ankerhof (Kleiwijk) als PDF met briefhoofd.
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable,
                                ListItem, KeepTogether)

OUT = os.path.join(os.path.dirname(__file__), "..", "docs", "toezichtsrapport-ankerhof-2027.pdf")
W, H = A4
M = 22 * mm
GREEN = colors.HexColor("#2f5d3a")

ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5,
                      spaceAfter=6)
h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=GREEN,
                    spaceAfter=4)
h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=GREEN,
                    spaceBefore=8, spaceAfter=4)
meta = ParagraphStyle("meta", parent=body, fontSize=9.5, leading=12.5, spaceAfter=1)
cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")


def letterhead(canvas, doc):
    canvas.saveState()
    canvas.setFillColor(GREEN)
    canvas.rect(M, H - 24 * mm, 6 * mm, 10 * mm, fill=1, stroke=0)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(M + 9 * mm, H - 17 * mm, "Landelijke Toezichtsdienst Jeugd")
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(M + 9 * mm, H - 22 * mm,
                      "Postbus 30417 | 3503 AK Utrecht | www.toezichtsdienstjeugd.nl | T 030 760 41 00")
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(0.8)
    canvas.line(M, H - 27 * mm, W - M, H - 27 * mm)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(M, 12 * mm, "Toezichtsrapport Het Ankerhof, Kleiwijk | kenmerk LTJ/2027/0183")
    canvas.drawRightString(W - M, 12 * mm, "pagina %d" % doc.page)
    canvas.restoreState()


doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=34 * mm, bottomMargin=20 * mm,
                        title="Toezichtsrapport Het Ankerhof Kleiwijk", author="Landelijke Toezichtsdienst Jeugd")
P = lambda t, s=body: Paragraph(t, s)


def bullets(items):
    return ListFlowable([ListItem(P(t), leftIndent=14, value="-") for t in items], bulletType="bullet",
                        start="-", leftIndent=14, bulletFontName="Helvetica")


norms = [
    ("Norm", "Omschrijving", "Oordeel"),
    ("1.1", "De jeugdigen ervaren een veilig leefklimaat op de groep.", "voldoet deels"),
    ("1.2", "Vrijheidsbeperkende maatregelen worden proportioneel toegepast en volledig geregistreerd.",
     "voldoet niet"),
    ("1.3", "Iedere jeugdige volgt onderwijs of dagbesteding.", "voldoet"),
    ("2.1", "Binnen twee weken na opname is er een perspectiefplan.", "voldoet deels"),
    ("2.2", "Ouders en netwerk zijn betrokken bij de hulpverlening.", "voldoet"),
    ("3.1", "Het werk wordt uitgevoerd door geregistreerde professionals.", "voldoet deels"),
    ("3.2", "'s Nachts is voldoende en deskundig personeel aanwezig.", "voldoet niet"),
    ("4.1", "Er is een toegankelijke klachtregeling en vertrouwenspersoon.", "voldoet"),
    ("4.2", "De aanbieder leert aantoonbaar van calamiteiten en incidenten.", "voldoet"),
]
ntable = Table([[P(a, cellb if i == 0 else cell), P(b, cellb if i == 0 else cell), P(c, cellb if i == 0 else cell)]
                for i, (a, b, c) in enumerate(norms)],
               colWidths=[14 * mm, 112 * mm, 30 * mm],
               style=TableStyle([
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde9df")),
                   ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb5a0")),
                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))

story = [
    P("Toezichtsrapport", h1),
    P("Vervolgonderzoek JeugdzorgPlus-locatie Het Ankerhof in Kleiwijk", h2),
    P("Aanbieder: Stichting Valkenrode Jeugdzorg", meta),
    P("Kenmerk: LTJ/2027/0183", meta),
    P("Datum rapport: 22 januari 2027", meta),
    P("Bezoeken: 3 en 4 november 2026 (aangekondigd) en 19 november 2026 (onaangekondigd, avond)", meta),
    P("Inspecteurs: drs. Priya Ramdin (teamleider) en Maaike de Graaff-Oosting MSc", meta),
    Spacer(1, 8),

    P("Samenvatting", h2),
    P("De Landelijke Toezichtsdienst Jeugd heeft in november 2026 een vervolgonderzoek uitgevoerd bij Het "
      "Ankerhof, een locatie voor gesloten jeugdhulp van Stichting Valkenrode Jeugdzorg in Kleiwijk. Aanleiding "
      "waren drie calamiteitenmeldingen in het voorjaar van 2026 en signalen van jongeren en ouders over het "
      "gebruik van afzondering."),
    P("De toezichtsdienst heeft negen normen getoetst. Het Ankerhof voldoet aan vier normen, voldoet deels "
      "aan drie normen en voldoet aan twee normen niet. De jongeren spreken met waardering over hun mentoren "
      "en over het onderwijs op de locatie. Tegelijk constateert de toezichtsdienst dat vrijheidsbeperkende "
      "maatregelen niet altijd proportioneel worden toegepast en onvolledig worden vastgelegd, en dat de "
      "bezetting in de nacht onvoldoende is."),
    P("De toezichtsdienst vindt de risico's voor de jongeren zodanig dat verbetering op korte termijn "
      "noodzakelijk is. Zij legt de aanbieder daarom maatregelen op en voert voor 1 oktober 2027 een "
      "herhaalonderzoek uit."),

    P("1. De locatie", h2),
    P("Het Ankerhof biedt gesloten jeugdhulp aan jongeren van 12 tot 18 jaar met een machtiging gesloten "
      "jeugdhulp. Per 1 januari 2026 beschikte de locatie over 30 plaatsen, verdeeld over drie leefgroepen. "
      "In de loop van 2026 is het aantal plaatsen in verband met de geplande verbouwing teruggebracht naar 26. "
      "Tijdens het eerste bezoek verbleven er 24 jongeren, van wie 9 meisjes."),
    P("Op de locatie werken 74 medewerkers in het primaire proces. Het verloop onder groepsleiders bedroeg "
      "in de twaalf maanden voor het onderzoek 23 procent. Gemiddeld werd 31 procent van de diensten op de "
      "groepen ingevuld door flexkrachten."),

    P("2. Werkwijze", h2),
    P("De toezichtsdienst heeft gesproken met 11 jongeren, 6 ouders, 14 medewerkers, de gedragswetenschappers, "
      "de locatiemanager en de raad van bestuur van Valkenrode. Daarnaast zijn 20 dossiers van jongeren "
      "ingezien en zijn de registraties van vrijheidsbeperkende maatregelen over de periode januari tot en "
      "met oktober 2026 geanalyseerd. Het onaangekondigde avondbezoek op 19 november 2026 was gericht op de "
      "bezetting en de gang van zaken na 22.00 uur."),

    P("3. Bevindingen", h2),
    P("<b>Wat gaat goed</b>"),
    bullets([
        "Alle jongeren volgen onderwijs op de eigen school van de locatie of, met begeleiding, op een school "
        "buiten de locatie.",
        "Jongeren hebben een vaste mentor en voelen zich door hun mentor gehoord.",
        "Ouders worden uitgenodigd voor de evaluaties en kunnen hun kind ruim bezoeken.",
        "De klachtregeling is bekend bij de jongeren; de vertrouwenspersoon komt wekelijks op de locatie.",
        "Calamiteiten worden grondig onderzocht en de verbetermaatregelen worden zichtbaar uitgevoerd.",
    ]),
    P("<b>Wat moet beter</b>"),
    bullets([
        "In de periode januari tot en met oktober 2026 zijn 61 separaties geregistreerd, waarvan 14 langer "
        "dan 24 uur duurden. In 9 gevallen ontbrak een onderbouwing van de noodzaak.",
        "De registratie van vrijheidsbeperkende maatregelen is onvolledig: het tijdstip van beëindiging en "
        "de nabespreking met de jongere ontbreken regelmatig.",
        "Bij 7 van de 20 ingeziene dossiers was het perspectiefplan niet binnen twee weken na opname "
        "opgesteld.",
        "Tijdens het avondbezoek waren voor drie leefgroepen twee groepsleiders aanwezig; een groep was "
        "daardoor ruim een uur zonder directe begeleiding.",
        "Een deel van de flexkrachten is niet geregistreerd in het Kwaliteitsregister Jeugd.",
    ]),
    P("De toezichtsdienst merkt op dat de medewerkers betrokken en gemotiveerd zijn. Zij geven zelf aan dat de "
      "combinatie van hoge werkdruk, personeelswisselingen en de voorbereiding van de verbouwing tot "
      "onrust op de groepen leidt."),

    KeepTogether([
        P("4. Oordelen per norm", h2),
        P("Tabel 1. Getoetste normen en oordelen"),
        ntable,
    ]),
    Spacer(1, 8),

    P("5. Reactie van de aanbieder", h2),
    P("De raad van bestuur van Stichting Valkenrode Jeugdzorg herkent de bevindingen. In zijn reactie van "
      "15 januari 2027 meldt de bestuurder, Ruud Hoogendijk, dat de nachtbezetting vanaf december 2026 "
      "is uitgebreid en dat alle separaties sindsdien binnen 24 uur door een gedragswetenschapper worden "
      "geëvalueerd. De toezichtsdienst zal deze maatregelen bij het herhaalonderzoek beoordelen."),

    P("6. Conclusie en maatregelen", h2),
    P("De toezichtsdienst concludeert dat de zorg op Het Ankerhof op belangrijke onderdelen niet voldoet aan "
      "de normen voor verantwoorde gesloten jeugdhulp. De toezichtsdienst eist dat Stichting Valkenrode "
      "Jeugdzorg de volgende maatregelen neemt:"),
    ListFlowable([
        ListItem(P("Separatie en andere vrijheidsbeperkende maatregelen worden alleen toegepast als dat "
                   "noodzakelijk en proportioneel is, en worden volledig geregistreerd en nabesproken.")),
        ListItem(P("In de nacht is op elke leefgroep ten minste één groepsleider aanwezig.")),
        ListItem(P("Voor iedere jongere ligt binnen twee weken na opname een perspectiefplan.")),
        ListItem(P("Alle professionals die op de groepen werken, zijn geregistreerd.")),
    ], bulletType="1", leftIndent=16),
    P("De aanbieder stuurt uiterlijk 5 maart 2027 een verbeterplan naar de toezichtsdienst. De maatregelen "
      "moeten uiterlijk 1 juli 2027 zijn uitgevoerd. Als bij het herhaalonderzoek blijkt dat niet aan de "
      "normen wordt voldaan, overweegt de toezichtsdienst een aanwijzing of verscherpt toezicht."),
    P("Een afschrift van dit rapport is gestuurd aan de colleges van de gemeenten in Jeugdregio Oostervaart."),
    Spacer(1, 10),
    P("Utrecht, 22 januari 2027", meta),
    P("Landelijke Toezichtsdienst Jeugd", meta),
    P("namens deze, ir. Hans Wolters, directeur toezicht", meta),
]

doc.build(story, onFirstPage=letterhead, onLaterPages=letterhead)
print("geschreven:", os.path.abspath(OUT))
