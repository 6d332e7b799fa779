# -*- coding: utf-8 -*-
"""Genereert de fictieve Kamerbrief 'Voortgang afbouw gesloten jeugdhulp 2026' als PDF.

Opbouw: briefhoofd ministerie, blok Datum/Betreft/Ons kenmerk, lopende kop vanaf pagina 2,
voettekst 'Pagina x van y', voetnoten onderaan de pagina, genummerde paragrafen, opsomming,
tabel met jaarcijfers die over een paginagrens loopt (kopregel herhaald) en ondertekening.

Voetnoten: twee builds. In de eerste build registreren onzichtbare ankers op welke pagina
elke voetnoot valt; in de tweede build worden de voetnoten onderaan die pagina getekend.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, Flowable, KeepTogether, ListFlowable,
                                ListItem)
from reportlab.pdfgen import canvas as rl_canvas
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gridtable import GridTable

OUT = os.path.join(os.path.dirname(__file__), "..", "docs", "kamerbrief-gesloten-jeugdhulp-2026.pdf")

DATUM = "14 oktober 2026"
KENMERK = "4172936-1068420-J"
BETREFT = "Voortgang afbouw gesloten jeugdhulp 2026"

FOOTNOTES = {
    1: "Kamerstukken II 2025/26, 31 839, nr. 1087.",
    2: "Bron: Landelijke Monitor Gesloten Jeugdhulp, peildatum 1 september 2026. Het cijfer over 2025 is voorlopig.",
    3: "Arbeidsmarktmonitor Jeugd 2026, uitgevoerd door Stichting Werkveld Jeugd.",
    4: "Het expertiseteam is ondergebracht bij het Kenniscentrum Jeugdhulp Nederland in Utrecht.",
    5: "Zie ook de Hervormingsagenda Jeugd, waarin de ambitie staat om uiterlijk in 2030 geen jongeren meer gesloten te plaatsen.",
}

footnote_pages = {}   # nr -> pagina (gevuld in build 1, gebruikt in build 2)


class FootnoteAnchor(Flowable):
    """Onzichtbaar anker dat de pagina van een voetnoot vastlegt."""
    def __init__(self, nr):
        super().__init__()
        self.nr = nr
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        footnote_pages[self.nr] = self.canv.getPageNumber()


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas dat na afloop 'Pagina x van y' op elke pagina zet."""
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.black)
            self.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm,
                                 "Pagina %d van %d" % (self._pageNumber, total))
            super().showPage()
        super().save()


base = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=14.5, spaceAfter=7)
h = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8, spaceAfter=5,
                   keepWithNext=1)
bullet = ParagraphStyle("bullet", parent=base, leftIndent=16, bulletIndent=4, spaceAfter=3,
                        bulletFontName="Helvetica")
small = ParagraphStyle("small", parent=base, fontSize=8, leading=10)
cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")


def draw_footnotes(c, page):
    notes = [(n, t) for n, t in sorted(FOOTNOTES.items()) if footnote_pages.get(n) == page]
    if not notes:
        return
    y = 3.6 * cm
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.line(2.5 * cm, y + 0.35 * cm, 7.5 * cm, y + 0.35 * cm)
    c.setFont("Helvetica", 7.5)
    for n, t in notes:
        c.drawString(2.5 * cm, y, "%d %s" % (n, t))
        y -= 0.38 * cm


def first_page(c, doc):
    c.saveState()
    # beeldmerk-balk en ministerienaam
    c.setFillColor(colors.HexColor("#154273"))
    c.rect(A4[0] / 2 - 0.45 * cm, A4[1] - 3.0 * cm, 0.9 * cm, 3.0 * cm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 10)
    c.drawString(A4[0] / 2 + 0.8 * cm, A4[1] - 2.2 * cm, "Ministerie van Volksgezondheid,")
    c.drawString(A4[0] / 2 + 0.8 * cm, A4[1] - 2.65 * cm, "Welzijn en Sport")
    # rechterkolom met afzendergegevens
    c.setFont("Helvetica-Bold", 7.5)
    x = A4[0] - 5.2 * cm
    y = A4[1] - 4.3 * cm
    c.drawString(x, y, "Directie Jeugd")
    c.setFont("Helvetica", 7.5)
    for line in ["Bezoekadres", "Parnassusplein 5", "2511 VX Den Haag", "Postbus 20901",
                 "2500 EX Den Haag", "www.rijksoverheid.nl"]:
        y -= 0.36 * cm
        c.drawString(x, y, line)
    c.restoreState()
    draw_footnotes(c, doc.page)


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(2.5 * cm, A4[1] - 1.4 * cm,
                 "Ministerie van Volksgezondheid, Welzijn en Sport  |  Datum %s  |  Ons kenmerk %s"
                 % (DATUM, KENMERK))
    c.setStrokeColor(colors.HexColor("#154273"))
    c.line(2.5 * cm, A4[1] - 1.6 * cm, A4[0] - 2.5 * cm, A4[1] - 1.6 * cm)
    c.restoreState()
    draw_footnotes(c, doc.page)


def fn(nr):
    return "<super>%d</super>" % nr


def story():
    s = []
    s.append(Paragraph("&gt; Retouradres Postbus 20901 2500 EX Den Haag", small))
    s.append(Spacer(1, 4))
    s.append(Paragraph("De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA DEN HAAG", base))
    s.append(Spacer(1, 10))
    meta = Table([["Datum", DATUM], ["Betreft", BETREFT], ["Ons kenmerk", KENMERK]],
                 colWidths=[3.0 * cm, 10 * cm])
    meta.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), "Helvetica", 8),
        ("FONT", (1, 0), (1, -1), "Helvetica", 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    s.append(meta)
    s.append(Spacer(1, 14))
    s.append(Paragraph("Geachte voorzitter,", base))
    s.append(Paragraph(
        "Met deze brief informeer ik uw Kamer, zoals toegezegd in mijn brief van 11 maart 2026" + fn(1)
        + ", over de stand van zaken bij de afbouw van de gesloten jeugdhulp. Ik ga in op de "
        "ontwikkeling van het aantal jongeren en plaatsen, op de maatregelen die het kabinet neemt om "
        "gesloten plaatsingen te voorkomen, op de situatie rond personeel en op de financiering voor 2027.",
        base))
    s.append(FootnoteAnchor(1))

    s.append(Paragraph("1. Aanleiding", h))
    s.append(Paragraph(
        "Een gesloten plaatsing is een van de zwaarste ingrepen in het leven van een kind. Jongeren en "
        "ouders vertellen ons dat een gesloten deur vaak meer kwaad dan goed doet. "
        "Samen met gemeenten, aanbieders en de rechtspraak werk ik daarom aan een stelsel waarin jongeren "
        "zo dicht mogelijk bij huis, in kleine groepen en met zo min mogelijk dwang worden geholpen. "
        "De afgelopen jaren is het aantal plaatsen al fors gedaald, maar de druk op de overgebleven "
        "groepen is groot en de wachttijden voor een plaats lopen op.", base))

    s.append(Paragraph("2. Ontwikkeling van aantallen jongeren en plaatsen", h))
    s.append(Paragraph(
        "De onderstaande tabel laat zien hoe het aantal jongeren in de gesloten jeugdhulp, het aantal "
        "beschikbare plaatsen, de gemiddelde verblijfsduur en de doorlooptijd tussen de uitspraak van de "
        "kinderrechter en de feitelijke plaatsing zich sinds 2019 hebben ontwikkeld" + fn(2) + ". "
        "Het aantal jongeren is in zes jaar met ruim een kwart afgenomen. Tegelijk is de doorlooptijd "
        "bijna verdubbeld: waar een jongere in 2019 gemiddeld negen dagen wachtte op een plaats, was dat "
        "in 2025 zeventien dagen.", base))
    s.append(FootnoteAnchor(2))
    t = GridTable(
        header=[["Jaar"], ["Jongeren in", "gesloten jeugdhulp"], ["Plaatsen per", "1 januari"],
                ["Gem. verblijf", "(dagen)"], ["Doorlooptijd tot", "plaatsing (dagen)"]],
        rows=[
            ["2019", "2.065", "1.240", "142", "9"],
            ["2020", "1.938", "1.180", "147", "11"],
            ["2021", "1.876", "1.105", "151", "10"],
            ["2022", "1.803", "1.020", "149", "12"],
            ["2023", "1.742", "960", "146", "13"],
            ["2024", "1.655", "880", "139", "15"],
            ["2025", "1.512 (voorlopig)", "815", "133", "17"],
            ["2026", "1.430 (prognose)", "760", "n.b.", "n.b."],
        ],
        col_widths=[1.3 * cm, 3.2 * cm, 2.4 * cm, 2.5 * cm, 3.4 * cm], row_h=17)
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(Paragraph("Tabel 1. Kerncijfers gesloten jeugdhulp 2019-2026 (landelijk).", small))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "De daling van het aantal plaatsen loopt sneller dan de daling van het aantal jongeren. Dat is "
        "een bewuste keuze: aanbieders zetten vrijgekomen middelen in voor kleinschalige woonvormen en "
        "ambulante begeleiding. Het betekent wel dat er minder ruimte is om pieken in de vraag op te vangen. "
        "In paragraaf 3 ga ik in op de maatregelen die dit moeten ondervangen.", base))
    s.append(Paragraph(
        "Bij de cijfers maak ik twee kanttekeningen. In de eerste plaats gaat het om unieke jongeren per "
        "kalenderjaar; een jongere die in een jaar twee keer is geplaatst, telt één keer mee. In de tweede "
        "plaats is het aantal plaatsen gemeten op 1 januari van elk jaar. Voor 2026 gaat het bij het aantal "
        "jongeren om een prognose; verblijfsduur en doorlooptijd over 2026 zijn nog niet bekend.", base))

    s.append(Spacer(1, 8))

    s.append(Paragraph("3. Maatregelen om gesloten plaatsingen te voorkomen", h))
    s.append(Paragraph(
        "Om het aantal gesloten plaatsingen verder terug te dringen en de jongeren die toch een gesloten "
        "plek nodig hebben beter te helpen, neemt het kabinet in 2027 de volgende maatregelen:", base))
    items = [
        "het aantal kleinschalige voorzieningen, met groepen van hooguit acht jongeren, groeit van 14 "
        "locaties nu naar 22 locaties eind 2027;",
        "een Landelijk Expertiseteam Alternatieven kijkt vanaf 1 januari 2027 mee bij iedere aanvraag van "
        "een machtiging gesloten jeugdhulp en adviseert over een passend alternatief" + fn(4) + ";",
        "alle aanbieders registreren vrijheidsbeperkende maatregelen per 1 juli 2027 in één landelijk "
        "format, zodat cijfers vergelijkbaar worden;",
        "de stimuleringsregeling Thuis Dichtbij ondersteunt gemeenten die gezinsgerichte opvang "
        "dicht bij huis organiseren;",
        "er komen in 2027 150 extra opleidingsplaatsen voor gedragswetenschappers in de jeugdhulp.",
    ]
    for i in items:
        s.append(Paragraph(i, bullet, bulletText="-"))
    s.append(FootnoteAnchor(4))
    s.append(Paragraph(
        "Het expertiseteam bestaat uit ervaren jeugdartsen, gedragswetenschappers en ervaringsdeskundigen. "
        "Het team heeft geen beslisbevoegdheid; de kinderrechter blijft beslissen over de machtiging. "
        "Wel verwacht ik dat een onafhankelijke blik helpt om vaker te kiezen voor een open of "
        "gezinsgerichte vorm van hulp.", base))

    s.append(Paragraph("4. Personeel", h))
    s.append(Paragraph(
        "Zonder voldoende en goed opgeleide medewerkers lukt de omslag niet. Het gemiddelde "
        "personeelsverloop bij aanbieders van gesloten jeugdhulp bedroeg in 2025 18,4 procent" + fn(3)
        + ". Dat is hoger dan in de rest van de jeugdhulp. Medewerkers noemen de zware werkdruk, "
        "agressie op de groep en de onzekerheid over de toekomst van hun locatie als belangrijkste "
        "redenen om te vertrekken. Aanbieders die al zijn overgestapt op kleine groepen melden juist een "
        "dalend verloop.", base))
    s.append(FootnoteAnchor(3))

    s.append(Paragraph("5. Financiering 2027", h))
    s.append(Paragraph(
        "Voor de transformatie van de gesloten jeugdhulp is in 2027 in totaal 45 miljoen euro "
        "beschikbaar. Daarvan is 12 miljoen euro bestemd voor de stimuleringsregeling Thuis Dichtbij en "
        "8,5 miljoen euro voor het Landelijk Expertiseteam Alternatieven. Het resterende bedrag gaat via "
        "een specifieke uitkering naar de regio's die hun afbouwplan hebben vastgesteld.", base))

    s.append(Paragraph("6. Vervolg", h))
    s.append(Paragraph(
        "Het kabinet houdt vast aan de ambitie om het aantal gesloten plaatsingen zo snel mogelijk naar "
        "nul te brengen" + fn(5) + ". Als tussenstap wil ik dat er per 1 januari 2028 landelijk niet meer "
        "dan 700 gesloten plaatsen zijn. Vóór 1 juli 2027 informeer ik uw Kamer over de resultaten van "
        "het eerste halfjaar van het expertiseteam en over de eerste registraties van vrijheidsbeperkende "
        "maatregelen in het landelijke format.", base))
    s.append(FootnoteAnchor(5))
    s.append(Spacer(1, 10))
    s.append(KeepTogether([
        Paragraph("De Staatssecretaris van Volksgezondheid,<br/>Welzijn en Sport,", base),
        Spacer(1, 28),
        Paragraph("E.M. Kleinjan-Dekker", base),
    ]))
    return s


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                          topMargin=2.4 * cm, bottomMargin=4.6 * cm,
                          title=BETREFT, author="Ministerie van Volksgezondheid, Welzijn en Sport")
    f1 = Frame(2.5 * cm, 4.6 * cm, A4[0] - 5 * cm - 3.2 * cm, A4[1] - 4.6 * cm - 3.8 * cm, id="f1")
    f2 = Frame(2.5 * cm, 4.6 * cm, A4[0] - 5 * cm, A4[1] - 4.6 * cm - 2.2 * cm, id="f2")
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=first_page, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[f2], onPage=later_pages)])
    doc.build(story(), canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()              # build 1: voetnootpagina's bepalen
    first = dict(footnote_pages)
    build()              # build 2: voetnoten tekenen
    assert first == footnote_pages, "voetnootpagina's verschoven"
    print("geschreven:", os.path.abspath(OUT), "voetnoten:", footnote_pages)
