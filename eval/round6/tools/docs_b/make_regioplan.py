# Genereert het fictieve regioplan (transformatieagenda) van Jeugdregio Oostervaart
# als tweekoloms-PDF met reportlab.
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, FrameBreak, KeepTogether)

OUT = os.path.join(os.path.dirname(__file__), "..", "docs", "regioplan-oostervaart-2026.pdf")

W, H = A4
M = 18 * mm
GAP = 8 * mm
COLW = (W - 2 * M - GAP) / 2

ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=9.2, leading=12.2,
                      spaceAfter=5)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=19, leading=23,
                    textColor=colors.HexColor("#1d4e6b"), spaceAfter=4)
sub = ParagraphStyle("sub", parent=body, fontName="Helvetica", fontSize=11.5, leading=15,
                     textColor=colors.HexColor("#1d4e6b"))
meta = ParagraphStyle("meta", parent=body, fontSize=9, leading=12, textColor=colors.HexColor("#444444"))
h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11, leading=14,
                    textColor=colors.HexColor("#1d4e6b"), spaceBefore=7, spaceAfter=4)
goal = ParagraphStyle("goal", parent=body, leftIndent=12, firstLineIndent=-12)
cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=8.5, leading=11, spaceAfter=2)
note = ParagraphStyle("note", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555"))
tcell = ParagraphStyle("tcell", parent=body, fontSize=8.3, leading=10, spaceAfter=0)


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#666666"))
    canvas.drawString(M, 10 * mm, "Transformatieagenda Gesloten Jeugdhulp 2026-2027 | Jeugdregio Oostervaart")
    canvas.drawRightString(W - M, 10 * mm, "pagina %d" % doc.page)
    canvas.restoreState()


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=18 * mm,
                      title="Transformatieagenda Gesloten Jeugdhulp 2026-2027",
                      author="Regionaal Bestuurlijk Overleg Jeugd Oostervaart")

title_h = 52 * mm
first = [
    Frame(M, H - M - title_h, W - 2 * M, title_h, id="title", showBoundary=0),
    Frame(M, 18 * mm, COLW, H - 2 * M - title_h - 4 * mm, id="c1"),
    Frame(M + COLW + GAP, 18 * mm, COLW, H - 2 * M - title_h - 4 * mm, id="c2"),
]
later = [
    Frame(M, 18 * mm, COLW, H - M - 18 * mm, id="l1"),
    Frame(M + COLW + GAP, 18 * mm, COLW, H - M - 18 * mm, id="l2"),
]
doc.addPageTemplates([PageTemplate(id="First", frames=first, onPage=footer, autoNextPageTemplate="Later"),
                      PageTemplate(id="Later", frames=later, onPage=footer)])

P = lambda t, s=body: Paragraph(t, s)

story = [
    P("Transformatieagenda Gesloten Jeugdhulp 2026-2027", h1),
    P("Regioplan Jeugdregio Oostervaart: van gesloten naar dichtbij", sub),
    Spacer(1, 5),
    P("Vastgesteld door het Regionaal Bestuurlijk Overleg Jeugd Oostervaart op 14 april 2026", meta),
    P("Uitgave: Regionaal Bestuurlijk Overleg Jeugd Oostervaart, p/a gemeente Haverdonk (centrumgemeente)", meta),
    P("Deelnemende gemeenten: Haverdonk, Kleiwijk, Moerveld, Starrendaal, Ensterlo, Lindeloo, Wolderwijk, "
      "Zandhoeve en Kerkebroek", meta),
    FrameBreak(),

    P("1. Aanleiding", h2),
    P("De negen gemeenten van Jeugdregio Oostervaart zijn samen verantwoordelijk voor de inkoop en de "
      "ontwikkeling van gesloten jeugdhulp (JeugdzorgPlus) voor jongeren uit de regio. Met deze "
      "transformatieagenda geven zij invulling aan de landelijke afspraak dat gesloten plaatsingen zoveel "
      "mogelijk worden voorkomen, korter duren en plaatsvinden in kleine, huiselijke voorzieningen dicht bij "
      "het netwerk van de jongere."),
    P("De regio telt circa 412.000 inwoners, van wie ongeveer 86.000 jonger zijn dan 18 jaar. Het gaat om een "
      "kleine groep: in 2025 werden 138 nieuwe gesloten plaatsingen geteld (voorlopige cijfers). De impact "
      "op deze jongeren en hun families is echter groot, en hetzelfde geldt voor de kosten."),
    P("De agenda loopt van 2026 tot en met 2027 en wordt daarna geactualiseerd. Zij is tot stand gekomen met "
      "inbreng van de jeugdhulpaanbieder Stichting Valkenrode Jeugdzorg, de Raad voor de Kinderbescherming, de "
      "gecertificeerde instelling JBO Oostervaart, het onderwijs en een klankbordgroep van zeven "
      "ervaringsdeskundige jongeren."),

    P("2. Waar staan we nu?", h2),
    P("Gesloten jeugdhulp in de regio wordt geboden door Stichting Valkenrode Jeugdzorg op drie locaties: De "
      "Wisselhoeve in Haverdonk, Het Ankerhof in Kleiwijk en De Rietkraag in Moerveld. Samen boden deze "
      "locaties op 1 januari 2026 plaats aan 96 jongeren. De gemiddelde bezettingsgraad lag in 2025 op 81 "
      "procent."),
    P("Een plaatsing duurde in 2025 gemiddeld 4,4 maanden. Bij 18 procent van de plaatsingen was de "
      "verblijfsduur langer dan zes maanden, vaak omdat een passende vervolgplek ontbrak. Ruim een op de tien "
      "jongeren werd buiten de regio geplaatst, meestal vanwege een specifieke zorgvraag of omdat er tijdelijk "
      "geen plek beschikbaar was."),
    P("In 2025 zijn op de drie locaties samen 212 separaties geregistreerd. De jongeren uit de klankbordgroep "
      "noemen de afzondering als de meest ingrijpende ervaring van hun verblijf. De regio deelt het landelijke "
      "uitgangspunt dat separatie op termijn niet meer voorkomt."),
    P("De uitgaven aan gesloten jeugdhulp bedroegen in 2025 circa € 24,6 mln. Dat is ongeveer 9 procent van "
      "het totale regionale jeugdhulpbudget, terwijl het om minder dan 0,2 procent van de jeugdigen gaat."),
    KeepTogether([
        P("Tabel 1. Nieuwe plaatsingen per kwartaal 2025 (voorlopig)", cap),
        Table([["Kwartaal", "Plaatsingen", "Waarvan buiten regio"],
               ["Q1 2025", "38", "5"],
               ["Q2 2025", "33", "3"],
               ["Q3 2025", "35", "4"],
               ["Q4 2025", "32", "3"],
               ["Totaal 2025", "138", "15"]],
              colWidths=[COLW * 0.34, COLW * 0.28, COLW * 0.38],
              style=TableStyle([
                  ("FONT", (0, 0), (-1, -1), "Helvetica", 8.3),
                  ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.3),
                  ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.3),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e7ef")),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1d4e6b")),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#1d4e6b")),
                  ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])),
        P("Bron: registratie Stichting Valkenrode Jeugdzorg, bewerking regio. Cijfers 2025 zijn voorlopig.",
          note),
    ]),

    P("3. Onze doelen", h2),
    P("Het Regionaal Bestuurlijk Overleg heeft zes doelen vastgesteld. Voor elk doel is een meetbare indicator "
      "benoemd die in de kwartaalmonitor wordt gevolgd."),
    P("1. Minder plaatsingen. Het aantal nieuwe gesloten plaatsingen daalt naar ten hoogste 110 in 2027.", goal),
    P("2. Geen kinderen onder de twaalf. Vanaf 1 januari 2027 worden geen kinderen jonger dan 12 jaar meer "
      "gesloten geplaatst; voor hen komen gespecialiseerde open alternatieven.", goal),
    P("3. Kleine groepen. Uiterlijk in 2028 wonen jongeren in groepen van maximaal zes.", goal),
    P("4. Halvering van separaties. Het aantal separaties wordt in 2027 ten opzichte van 2025 gehalveerd.",
      goal),
    P("5. Perspectief vanaf dag één. Elke jongere heeft binnen twee weken na plaatsing een perspectiefplan "
      "met een concrete vervolgplek.", goal),
    P("6. Afbouw capaciteit. De gesloten capaciteit gaat terug van 96 naar 56 plaatsen per 1 januari 2028.",
      goal),

    P("4. Capaciteit per locatie", h2),
    P("De afbouw van capaciteit is het meest zichtbare onderdeel van deze agenda. Stichting Valkenrode "
      "Jeugdzorg en de regio hebben afgesproken dat de locatie De Rietkraag in Moerveld, met 24 plaatsen de "
      "kleinste locatie, uiterlijk eind 2027 sluit. De jongeren die daar nu verblijven, stromen door naar de andere locaties of naar open vormen van "
      "zorg. Tegelijk wordt in Starrendaal een nieuwe kleinschalige voorziening ingericht, Het Boshuis, met "
      "acht plaatsen verdeeld over twee woningen."),
    KeepTogether([
        P("Tabel 2. Gesloten capaciteit per locatie (aantal plaatsen)", cap),
        Table([["Locatie", "Gemeente", "1-1-2026", "1-1-2028*"],
               ["De Rietkraag", "Moerveld", "24", "0"],
               ["Het Ankerhof", "Kleiwijk", "32", "20"],
               ["De Wisselhoeve", "Haverdonk", "40", "28"],
               ["Het Boshuis", "Starrendaal", "0", "8"],
               ["Totaal", "", "96", "56"]],
              colWidths=[COLW * 0.31, COLW * 0.29, COLW * 0.2, COLW * 0.2],
              style=TableStyle([
                  ("FONT", (0, 0), (-1, -1), "Helvetica", 8.3),
                  ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.3),
                  ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.3),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e7ef")),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1d4e6b")),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#1d4e6b")),
                  ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])),
        P("* Gepland. Het Boshuis opent naar verwachting in het eerste kwartaal van 2027.", note),
    ]),
    P("Op Het Ankerhof (32 plaatsen) en De Wisselhoeve (40 plaatsen) worden de bestaande groepen van tien tot twaalf jongeren opgesplitst in "
      "kleinere units. Daarvoor zijn verbouwingen nodig, die gefaseerd worden uitgevoerd zodat de zorg "
      "doorloopt."),

    P("5. Wat gaan we doen?", h2),
    P("<b>Flexteam Oostervaart.</b> Vanaf het tweede kwartaal van 2026 gaat een regionaal flexteam van "
      "gedragswetenschappers en ambulant hulpverleners aan de slag. Het team kan binnen 24 uur thuis of op "
      "school intensieve hulp bieden wanneer een gesloten plaatsing dreigt. Doel is dat circa 40 plaatsingen "
      "per jaar worden voorkomen."),
    P("<b>Vakmanschap.</b> Alle groepsleiders volgen een scholingsprogramma over traumasensitief werken en "
      "het voorkomen van vrijheidsbeperking. De regio streeft ernaar dat in 2027 ten minste 85 procent van "
      "de medewerkers het programma heeft afgerond."),
    P("<b>Onderwijs.</b> Samen met de samenwerkingsverbanden passend onderwijs wordt geregeld dat elke jongere "
      "vanaf de eerste week onderwijs volgt, zo veel mogelijk op de eigen school of op afstand."),
    P("<b>Ervaringsdeskundigheid.</b> De klankbordgroep van jongeren blijft betrokken en krijgt een eigen "
      "budget van € 40.000 per jaar om activiteiten en onderzoek te organiseren."),

    P("6. Financiën", h2),
    P("Voor de uitvoering van deze agenda stellen de gemeenten een transformatiebudget van € 3,7 mln "
      "beschikbaar voor de jaren 2026 en 2027 samen. Dit budget staat los van de reguliere inkoop van "
      "gesloten jeugdhulp en is als volgt verdeeld:"),
    P("- Het Boshuis en kleinschalige units: € 1,6 mln", goal),
    P("- scholing en vakmanschap: € 0,9 mln", goal),
    P("- Flexteam Oostervaart: € 0,7 mln", goal),
    P("- frictiekosten sluiting De Rietkraag: € 0,5 mln", goal),
    P("De gemeenten dragen bij volgens de regionale verdeelsleutel, die is gebaseerd op het aantal jeugdigen "
      "per gemeente. Haverdonk draagt als grootste gemeente 31 procent bij. De regio verwacht dat de structurele "
      "uitgaven aan gesloten jeugdhulp vanaf 2028 circa € 4 mln per jaar lager liggen dan in 2025."),

    P("7. Sturing en monitoring", h2),
    P("De uitvoering wordt aangestuurd door een regiegroep onder voorzitterschap van Joris Landmeter, "
      "wethouder jeugd van Haverdonk. Marloes Verhagen-Dekkers is aangesteld als regionaal programmamanager "
      "en is het aanspreekpunt voor aanbieders en gemeenten."),
    P("Elk kwartaal verschijnt een monitor met de indicatoren uit hoofdstuk 3. De gemeenteraden ontvangen "
      "twee keer per jaar een voortgangsrapportage. In het vierde kwartaal van 2027 volgt een onafhankelijke "
      "evaluatie, die de basis vormt voor de agenda vanaf 2028."),

    P("8. Planning op hoofdlijnen", h2),
    P("- tweede kwartaal 2026: start Flexteam Oostervaart", goal),
    P("- najaar 2026: start verbouwing Het Ankerhof", goal),
    P("- eerste kwartaal 2027: opening Het Boshuis in Starrendaal", goal),
    P("- uiterlijk 31 december 2027: sluiting De Rietkraag", goal),
    P("- vierde kwartaal 2027: evaluatie transformatieagenda", goal),

    P("9. Risico's en randvoorwaarden", h2),
    P("<b>Arbeidsmarkt.</b> Het verloop onder groepsleiders is hoog en de inzet van uitzendkrachten "
      "neemt toe. Kleinere groepen vragen relatief meer personeel. Valkenrode en de regio werken daarom aan "
      "een gezamenlijk wervingsprogramma en aan vaste teams per unit."),
    P("<b>Vervolgplekken.</b> Zonder voldoende open vervolgplekken, zoals gezinshuizen en kamertraining, "
      "blijven jongeren langer gesloten verblijven dan nodig. De regio koopt vanaf 2027 ten minste twaalf "
      "extra plekken in gezinshuizen in."),
    P("<b>Vastgoed.</b> De verbouwing van bestaande locaties kan vertraging oplopen. Als Het Boshuis later "
      "opent dan gepland, wordt de sluiting van De Rietkraag niet uitgesteld maar wordt tijdelijk extra "
      "capaciteit op De Wisselhoeve ingezet."),
    P("<b>Landelijke ontwikkelingen.</b> Wijzigingen in landelijke wet- en regelgeving over gesloten "
      "jeugdhulp kunnen gevolgen hebben voor de planning. De regiegroep volgt deze ontwikkelingen en stelt "
      "de agenda zo nodig bij."),
    P("10. Wat betekent dit voor jongeren en ouders?", h2),
    P("Voor jongeren betekent de agenda dat een gesloten plaatsing vaker wordt voorkomen en, als die toch "
      "nodig is, korter duurt en dichter bij huis plaatsvindt. Ouders worden vanaf het eerste gesprek "
      "betrokken bij het perspectiefplan. Iedere jongere houdt tijdens het verblijf een vaste mentor en "
      "een vast aanspreekpunt bij de gemeente of de gecertificeerde instelling."),
    P("Jongeren en ouders die vragen of klachten hebben, kunnen terecht bij de vertrouwenspersoon van het "
      "AKJ of bij het regionale meldpunt jeugd. De klankbordgroep van jongeren toetst jaarlijks of de "
      "beloofde veranderingen in de praktijk merkbaar zijn."),
    Spacer(1, 6),
    P("Haverdonk, 14 april 2026", meta),
    P("Namens het Regionaal Bestuurlijk Overleg Jeugd Oostervaart,", meta),
    P("J. Landmeter, voorzitter regiegroep", meta),
]

doc.build(story)
print("geschreven:", os.path.abspath(OUT))
