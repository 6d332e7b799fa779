"""Genereert regioplan-2026-jeugdregio-waterland-zuid.pdf (tweekoloms opmaak)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, FrameBreak, NextPageTemplate, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "regioplan-2026-jeugdregio-waterland-zuid.pdf")

LIB = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("LibSans", os.path.join(LIB, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LibSans-Bold", os.path.join(LIB, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFontFamily("LibSans", normal="LibSans", bold="LibSans-Bold",
                              italic="LibSans", boldItalic="LibSans-Bold")

body = ParagraphStyle("body", fontName="LibSans", fontSize=9.5, leading=12.5, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="LibSans-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=4,
                    textColor=colors.HexColor("#1F4E79"))
item = ParagraphStyle("item", parent=body, leftIndent=12, firstLineIndent=-12, spaceAfter=3)
title = ParagraphStyle("title", fontName="LibSans-Bold", fontSize=20, leading=24, textColor=colors.HexColor("#1F4E79"))
sub = ParagraphStyle("sub", fontName="LibSans", fontSize=11, leading=14, spaceBefore=4)
meta = ParagraphStyle("meta", fontName="LibSans", fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"), spaceBefore=4)

W, H = A4
M = 18 * mm
GAP = 8 * mm
COLW = (W - 2 * M - GAP) / 2
TITLE_H = 42 * mm


def footer(canv, doc):
    canv.saveState()
    canv.setFont("LibSans", 7.5)
    canv.drawString(M, 10 * mm, "Regioplan gesloten jeugdhulp 2026-2029 | Jeugdregio Waterland-Zuid")
    canv.drawRightString(W - M, 10 * mm, "pagina %d" % doc.page)
    canv.restoreState()


first_frames = [
    Frame(M, H - M - TITLE_H, W - 2 * M, TITLE_H, id="title", leftPadding=0, rightPadding=0),
    Frame(M, 16 * mm, COLW, H - M - TITLE_H - 16 * mm - 4 * mm, id="c1", leftPadding=0, rightPadding=0),
    Frame(M + COLW + GAP, 16 * mm, COLW, H - M - TITLE_H - 16 * mm - 4 * mm, id="c2", leftPadding=0, rightPadding=0),
]
later_frames = [
    Frame(M, 16 * mm, COLW, H - M - 16 * mm, id="l1", leftPadding=0, rightPadding=0),
    Frame(M + COLW + GAP, 16 * mm, COLW, H - M - 16 * mm, id="l2", leftPadding=0, rightPadding=0),
]

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=16 * mm,
                      title="Regioplan gesloten jeugdhulp 2026-2029 Jeugdregio Waterland-Zuid",
                      author="Jeugdregio Waterland-Zuid")
doc.addPageTemplates([PageTemplate(id="first", frames=first_frames, onPage=footer),
                      PageTemplate(id="later", frames=later_frames, onPage=footer)])

S = []
P = lambda t, st=body: S.append(Paragraph(t, st))

# Titelblok over de volle breedte
P("Regioplan gesloten jeugdhulp 2026-2029", title)
P("Van gesloten naar dichtbij: afbouw en ombouw van JeugdzorgPlus in de Jeugdregio Waterland-Zuid", sub)
P("Gemeenten Purmerwaard, Oostzaandam, Landsmeerdijk, Broekerveen en Monnikenmeer | "
  "Vastgesteld door het Regionaal Bestuurlijk Overleg Jeugd op 12 maart 2026 | Versie 1.0", meta)
S.append(NextPageTemplate("later"))
S.append(FrameBreak())

P("1. Inleiding", h1)
P("Dit regioplan beschrijft hoe de vijf gemeenten van de Jeugdregio Waterland-Zuid de komende vier jaar "
  "omgaan met gesloten jeugdhulp. Het plan sluit aan bij de landelijke Hervormingsagenda Jeugd en bij de "
  "afspraak dat gesloten plaatsingen zo veel mogelijk worden voorkomen en, als ze toch nodig zijn, "
  "kleinschalig en dicht bij huis plaatsvinden. De regio koopt de gesloten jeugdhulp gezamenlijk in; "
  "Purmerwaard treedt op als centrumgemeente en voert het contractbeheer uit.")
P("In de regio wonen ongeveer 41.500 jeugdigen tot 18 jaar. De regio heeft sinds 2019 één contractpartner "
  "voor gesloten jeugdhulp: Stichting Zeehaven Jeugd, met de locatie Het Kwelderhuis in Monnikenmeer. "
  "Deze locatie is gebouwd in de jaren negentig en telt vier groepen op een afgesloten terrein aan de rand "
  "van het dorp.")

P("2. Waar staan we nu?", h1)
P("Het aantal jongeren uit onze regio dat gesloten wordt geplaatst, daalt al enkele jaren. In 2021 ging het "
  "nog om 63 nieuwe plaatsingen, in 2025 om 41. Dat is een daling van ongeveer een derde. De gemiddelde "
  "verblijfsduur nam in dezelfde periode af van 181 naar 139 dagen.")

tbl = Table([["Jaar", "Nieuwe plaatsingen", "Verblijfsduur (dagen)"],
             ["2021", "63", "181"], ["2022", "59", "172"], ["2023", "52", "160"],
             ["2024", "47", "151"], ["2025", "41", "139"]],
            colWidths=[COLW * 0.2, COLW * 0.4, COLW * 0.4])
tbl.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LibSans", 8.5),
    ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 8.5),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1F4E79")),
    ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
]))
P("Tabel 1. Jongeren uit Waterland-Zuid met een gesloten plaatsing", ParagraphStyle("cap", parent=body, fontName="LibSans-Bold", fontSize=8.5))
S.append(tbl)
S.append(Spacer(1, 6))
P("Bron: Stichting Zeehaven Jeugd en registratie centrumgemeente Purmerwaard; 2025 voorlopig.",
  ParagraphStyle("bron", parent=body, fontSize=7.5, leading=9.5))

P("Van de 32 plaatsen die de regio bij Het Kwelderhuis heeft gecontracteerd, was in 2025 gemiddeld 61 procent "
  "bezet. Op de overige plaatsen werden jongeren uit andere regio's opgenomen of bleven bedden leeg. "
  "De kosten van de leegstand, in 2025 ongeveer € 1,1 mln, komen volgens het huidige contract voor rekening "
  "van de regio.")
P("Tegelijkertijd zien we dat de jongeren die nu nog gesloten worden geplaatst, zwaardere en meer "
  "samengestelde problemen hebben. Bij 27 van de 41 jongeren die in 2025 werden geplaatst, was sprake van "
  "een combinatie van psychiatrische problematiek en ernstige gedragsproblemen. Ruim de helft had daarvoor "
  "al drie of meer andere vormen van jeugdhulp met verblijf gehad.")
P("Jongeren en ouders die wij spraken, noemen vooral de grote afstand tot school, vrienden en familie, de "
  "strenge regels op een groot terrein en de wisselingen van begeleiders als knelpunten. Het aantal "
  "afzonderingen bij Het Kwelderhuis daalde van 214 in 2023 naar 163 in 2025.")

P("3. Ambitie", h1)
P("De regio wil dat in 2030 geen jongere meer langer dan nodig in een grote gesloten instelling verblijft. "
  "Concreet streven wij naar:")
P("• ten hoogste 30 nieuwe gesloten plaatsingen per jaar vanaf 2029;", item)
P("• een gemiddelde verblijfsduur van minder dan 120 dagen;", item)
P("• geen afzonderingen meer op de kleinschalige locaties;", item)
P("• voor iedere jongere binnen twee weken na de start van de plaatsing een perspectiefplan, "
  "opgesteld samen met de jongere, de ouders en de gemeente van herkomst.", item)

P("4. Maatregelen", h1)
P("Om deze ambitie waar te maken, neemt de regio de volgende maatregelen:")
maatregelen = [
    "Per 1 januari 2029 worden 18 van de 32 plaatsen op het hoofdterrein van Het Kwelderhuis gesloten. "
    "Op het terrein blijven 14 plaatsen over voor jongeren die tijdelijk niet in een kleinschalige setting "
    "kunnen verblijven.",
    "De regio realiseert samen met Stichting Zeehaven Jeugd twee kleinschalige gesloten woonvoorzieningen "
    "met elk 6 plaatsen: de eerste in Oostzaandam (opening voorzien op 1 september 2027), de tweede in "
    "Landsmeerdijk (opening voorzien in het voorjaar van 2028).",
    "Per saldo daalt het aantal gesloten plaatsen voor de regio van 32 naar 26; daarvan is bijna de helft "
    "kleinschalig.",
    "Er komt een regionaal Expertteam Complexe Casuïstiek dat vóór iedere aanvraag van een machtiging "
    "gesloten jeugdhulp meekijkt naar alternatieven. Het team start op 1 juni 2026.",
    "De regio breidt het aantal zorgintensieve gezinshuizen uit van 3 naar 8, zodat jongeren na een "
    "gesloten plaatsing sneller kunnen doorstromen naar een gezinsgerichte woonvorm.",
    "Elke gemeente wijst een vaste casusregisseur aan die de jongere tijdens en na de plaatsing volgt.",
    "Het contract met Stichting Zeehaven Jeugd wordt per 1 januari 2027 omgezet van een bekostiging per "
    "bed naar een bekostiging per jongere, zodat de regio niet langer betaalt voor lege bedden.",
    "De regio laat jaarlijks door jongeren en ouders beoordelen hoe de hulp is verlopen; de uitkomsten "
    "worden openbaar gemaakt in de regionale jeugdmonitor.",
]
for i, m in enumerate(maatregelen, 1):
    P("%d. %s" % (i, m), item)

P("5. Financiën", h1)
P("Het budget voor gesloten jeugdhulp bedraagt in 2026 € 9,8 mln voor de vijf gemeenten samen. De "
  "gemeenten dragen bij naar rato van het aantal inwoners tot 18 jaar; Purmerwaard neemt als grootste "
  "gemeente 46 procent van de kosten voor zijn rekening.")
P("Voor de ombouw is in de periode 2026-2028 eenmalig € 4,2 mln nodig, vooral voor de aankoop en "
  "verbouwing van de twee woonvoorzieningen en voor de frictiekosten van de afbouw op het hoofdterrein. "
  "Van dit bedrag komt € 1,5 mln uit de rijksbijdrage voor de transformatie van de gesloten jeugdhulp; de "
  "rest wordt gedekt uit de regionale egalisatiereserve. Vanaf 2029 verwacht de regio een structurele "
  "besparing van € 0,8 mln per jaar, vooral doordat er niet langer wordt betaald voor leegstand.")

P("6. Samenwerking en risico's", h1)
P("De ombouw lukt alleen als gemeenten, aanbieder, Jeugdbescherming Noord-Holland, de Raad voor de "
  "Kinderbescherming en het onderwijs samen optrekken. Daarom komt er een regionale stuurgroep die vier keer "
  "per jaar bijeenkomt. Daarin hebben de portefeuillehouders jeugd, de bestuurder van Stichting Zeehaven "
  "Jeugd en de regiomanager van de jeugdbescherming zitting.")
P("De regio onderkent de volgende risico's:")
P("• Het vinden van geschikte panden in een woonwijk kost tijd en kan op weerstand van omwonenden stuiten. "
  "De regio start daarom vroeg met informatieavonden en een klankbordgroep met buurtbewoners.", item)
P("• Het personeelstekort in de jeugdzorg kan de opening van de woonvoorzieningen vertragen. Stichting "
  "Zeehaven Jeugd heeft voor de twee locaties samen 22 fte aan extra vaste medewerkers nodig.", item)
P("• Als het aantal plaatsingen minder snel daalt dan verwacht, ontstaat er tijdelijk een tekort aan plaatsen. "
  "In dat geval maakt de regio gebruik van de landelijke afspraken over plaatsing buiten de eigen regio.", item)
P("• Door de overgang naar bekostiging per jongere neemt het financiële risico voor de aanbieder toe. De regio "
  "spreekt daarom een overgangsregeling af voor de jaren 2027 en 2028.", item)
P("Jaarlijks beoordeelt de stuurgroep of de planning nog haalbaar is. Als een van de mijlpalen meer dan zes "
  "maanden vertraging oploopt, wordt het Regionaal Bestuurlijk Overleg Jeugd direct geïnformeerd en worden "
  "de gemeenteraden daarover per brief op de hoogte gebracht.")

P("7. Planning", h1)
P("• 1 juni 2026: start Expertteam Complexe Casuïstiek;", item)
P("• 1 januari 2027: nieuwe bekostiging per jongere;", item)
P("• 1 september 2027: opening woonvoorziening Oostzaandam;", item)
P("• voorjaar 2028: opening woonvoorziening Landsmeerdijk;", item)
P("• 2028: tussentijdse evaluatie;", item)
P("• 1 januari 2029: sluiting van 18 plaatsen op het hoofdterrein.", item)

P("8. Vaststelling en verantwoording", h1)
P("Dit regioplan is vastgesteld door het Regionaal Bestuurlijk Overleg Jeugd Waterland-Zuid in de "
  "vergadering van 12 maart 2026, onder voorzitterschap van wethouder Jorien Baart (Purmerwaard). "
  "Het plan wordt ter kennisname aan de vijf gemeenteraden gestuurd. De raden ontvangen vanaf 2027 ieder "
  "jaar vóór 1 mei een voortgangsrapportage. In 2028 volgt een tussentijdse evaluatie door een "
  "onafhankelijk onderzoeksbureau.")
P("Contact: regionaal programmabureau Jeugd Waterland-Zuid, p/a gemeente Purmerwaard.")

doc.build(S)
print("geschreven:", OUT)
