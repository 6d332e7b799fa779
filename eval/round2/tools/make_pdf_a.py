"""Generate kamerbrief-2026-jeugdzorgplus-capaciteit.pdf (fictional Kamerbrief).

Run with /work/pdfgen-venv/bin/python make_pdf.py
Two passes: pass 1 records on which page each footnote reference lands and the
page count; pass 2 draws footnotes at the bottom of those pages and "Pagina x van n".
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kamerbrief-2026-jeugdzorgplus-capaciteit.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("LibSans", os.path.join(FONTDIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LibSans-Bold", os.path.join(FONTDIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LibSans-Italic", os.path.join(FONTDIR, "LiberationSans-Italic.ttf")))
pdfmetrics.registerFont(TTFont("LibSans-BoldItalic", os.path.join(FONTDIR, "LiberationSans-BoldItalic.ttf")))
addMapping("LibSans", 0, 0, "LibSans")
addMapping("LibSans", 1, 0, "LibSans-Bold")
addMapping("LibSans", 0, 1, "LibSans-Italic")
addMapping("LibSans", 1, 1, "LibSans-BoldItalic")

MINISTRY = "Ministerie van Volksgezondheid, Welzijn en Sport"
KENMERK = "4187320-1081544-J"
DATUM = "14 april 2026"
BETREFT = "Capaciteit en plaatsingen JeugdzorgPlus 2025–2026"

PAGE_W, PAGE_H = A4
LEFT = 2.3 * cm
FRAME_W = 13.2 * cm
SIDEBAR_X = 16.3 * cm
TOP = 2.6 * cm          # space for running header
BOTTOM = 5.0 * cm       # reserved for footnotes + footer

body = ParagraphStyle("body", fontName="LibSans", fontSize=9.5, leading=13.5, spaceAfter=7)
head = ParagraphStyle("head", parent=body, fontName="LibSans-Bold", fontSize=10, spaceBefore=6, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, spaceAfter=3)
bullet = ParagraphStyle("bullet", parent=body, bulletFontName="LibSans", leftIndent=12, bulletIndent=0, spaceAfter=4)
cell = ParagraphStyle("cell", fontName="LibSans", fontSize=8.5, leading=10.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName="LibSans-Bold", fontSize=7, leading=8.5)

FOOTNOTES = {
    1: "Kamerstukken II 2025/26, 31 839, nr. 1071 (voortgangsbrief Hervormingsagenda Jeugd).",
    3: "Deze definitie sluit aan bij de kwaliteitsnorm die Jeugdzorg Nederland in 2024 heeft "
       "vastgesteld. In eerdere rapportages gold een groepsgrootte van ten hoogste vier jongeren.",
    4: "De definitieve cijfers over 2025 verschijnen naar verwachting in oktober 2026.",
    2: "Actieplan ‘De best passende zorg voor kwetsbare jongeren’, Kamerstukken II 2022/23, "
       "31 839, nr. 949.",
}


class FnPara(Paragraph):
    """Paragraph that carries footnote numbers; the doc records its page."""
    def __init__(self, text, style, fns):
        super().__init__(text, style)
        self.fns = fns


class LetterDoc(BaseDocTemplate):
    def __init__(self, filename, fn_pages, total_pages, **kw):
        super().__init__(filename, pagesize=A4, leftMargin=LEFT, rightMargin=PAGE_W - LEFT - FRAME_W,
                         topMargin=TOP, bottomMargin=BOTTOM, title=BETREFT,
                         author="Staatssecretaris van Volksgezondheid, Welzijn en Sport", **kw)
        self.fn_pages = fn_pages          # pass 2 input: {page: [fn numbers]}
        self.total_pages = total_pages
        self.seen = {}                    # pass 1 output
        frame = Frame(LEFT, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="main",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=self.on_page,
                                            onPageEnd=self.on_page_end)])

    def afterFlowable(self, flowable):
        fns = getattr(flowable, "fns", None)
        if fns:
            self.seen.setdefault(self.page, []).extend(fns)

    # running header + sidebar (drawn before page content)
    def on_page(self, canv, doc):
        canv.saveState()
        page = doc.page
        # running header
        canv.setFont("LibSans", 7.5)
        canv.setFillColor(colors.HexColor("#154273"))
        canv.drawString(LEFT, PAGE_H - 1.3 * cm, MINISTRY)
        canv.drawRightString(PAGE_W - 1.5 * cm, PAGE_H - 1.3 * cm, f"Kenmerk {KENMERK}")
        canv.setStrokeColor(colors.HexColor("#154273"))
        canv.setLineWidth(0.5)
        canv.line(LEFT, PAGE_H - 1.45 * cm, PAGE_W - 1.5 * cm, PAGE_H - 1.45 * cm)
        canv.setFillColor(colors.black)
        # sidebar
        y = PAGE_H - TOP - 0.3 * cm
        if page == 1:
            lines = [("b", "Directie Jeugd"), ("", ""),
                     ("b", "Bezoekadres"), ("", "Parnassusplein 5"), ("", "2511 VX Den Haag"), ("", ""),
                     ("b", "Postadres"), ("", "Postbus 20350"), ("", "2500 EJ Den Haag"), ("", ""),
                     ("", "T 070 340 79 11"), ("", "www.rijksoverheid.nl"), ("", ""),
                     ("b", "Kenmerk"), ("", KENMERK), ("", ""),
                     ("b", "Bijlage(n)"), ("", "0"), ("", ""),
                     ("i", "Correspondentie uitsluitend"), ("i", "richten aan het retouradres"),
                     ("i", "met vermelding van de datum"), ("i", "en het kenmerk van deze brief.")]
        else:
            lines = [("b", "Directie Jeugd"), ("", ""), ("b", "Kenmerk"), ("", KENMERK)]
        for style, txt in lines:
            canv.setFont({"b": "LibSans-Bold", "i": "LibSans-Italic"}.get(style, "LibSans"), 7)
            canv.drawString(SIDEBAR_X, y, txt)
            y -= 9
        canv.restoreState()

    # footnotes + footer (drawn after page content)
    def on_page_end(self, canv, doc):
        canv.saveState()
        page = doc.page
        fns = self.fn_pages.get(page, [])
        if fns:
            y_top = BOTTOM - 0.35 * cm
            canv.setLineWidth(0.4)
            canv.line(LEFT, y_top, LEFT + 4 * cm, y_top)
            y = y_top - 0.15 * cm
            for n in sorted(fns):
                p = Paragraph(f"<super>{n}</super> {FOOTNOTES[n]}", small)
                w, h = p.wrap(FRAME_W, 3 * cm)
                p.drawOn(canv, LEFT, y - h)
                y -= h + 2
        canv.setFont("LibSans", 7.5)
        total = self.total_pages or "?"
        canv.drawRightString(LEFT + FRAME_W, 1.3 * cm, f"Pagina {page} van {total}")
        canv.drawString(LEFT, 1.3 * cm, f"Datum {DATUM}")
        canv.restoreState()


def fn(n):
    return f"<super>{n}</super>"


def story():
    s = []
    # letterhead: ministry name (logo text)
    s.append(Paragraph("<b>Ministerie van Volksgezondheid,<br/>Welzijn en Sport</b>",
                       ParagraphStyle("logo", parent=body, fontSize=12, leading=15,
                                      textColor=colors.HexColor("#154273"), spaceAfter=18)))
    s.append(Paragraph("&gt; Retouradres Postbus 20350 2500 EJ Den Haag",
                       ParagraphStyle("ret", parent=small, fontSize=6.5, spaceAfter=6)))
    s.append(Paragraph("De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>"
                       "Postbus 20018<br/>2500 EA  DEN HAAG", body))
    s.append(Spacer(1, 18))
    meta = Table([[Paragraph("Datum", cell), Paragraph(DATUM, cell)],
                  [Paragraph("Kenmerk", cell), Paragraph(KENMERK, cell)],
                  [Paragraph("Betreft", cell), Paragraph(BETREFT, cell)]],
                 colWidths=[2.2 * cm, 10.5 * cm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                              ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    s.append(meta)
    s.append(Spacer(1, 16))
    s.append(Paragraph("Geachte voorzitter,", body))

    s.append(KeepTogether([FnPara(
        "In mijn brief van 9 oktober 2025 over de voortgang van de Hervormingsagenda Jeugd"
        f"{fn(1)} heb ik toegezegd uw Kamer in het voorjaar van 2026 te informeren over de "
        "capaciteit van de gesloten jeugdhulp. Met deze brief kom ik die toezegging na. Ik beschrijf "
        "achtereenvolgens de ontwikkeling van het aantal plaatsen en plaatsingen, de verschillen tussen "
        "regio’s, de middelen die het kabinet beschikbaar stelt voor de ombouw van de JeugdzorgPlus en "
        "de stappen die ik de komende periode zet.", body, [1])]))

    s.append(Paragraph("1. Minder plaatsen, kortere verblijven", head))
    s.append(KeepTogether([FnPara(
        "De JeugdzorgPlus wordt op dit moment geboden door elf aanbieders op 38 locaties. Op 1 januari "
        "2026 waren er samen 742 gecontracteerde plaatsen beschikbaar. Op 1 januari 2019 waren dat er nog "
        "1.046. De afbouw verloopt daarmee in lijn met de afspraak uit het actieplan om het aantal gesloten "
        "plaatsen stap voor stap terug te brengen en vanaf 2030 geen jongeren meer in de huidige gesloten "
        f"groepen te plaatsen{fn(2)}.", body, [2])]))
    s.append(KeepTogether([FnPara(
        "Tegelijk groeit het aantal kleinschalige plaatsen. Onder een kleinschalige voorziening versta ik "
        f"in deze brief een woonvorm waarin ten hoogste drie jongeren samen wonen{fn(3)}. Het aantal van "
        "zulke plaatsen steeg van 24 in 2019 naar 271 op 1 januari 2026. Tabel 1 geeft de ontwikkeling "
        "over een langere periode weer.", body, [3])]))

    s.append(Paragraph("<b>Tabel 1.</b> Kerncijfers JeugdzorgPlus 2017–2026", body))
    hdr = ["Jaar", "Plaatsen op 1 januari", "Jongeren in zorg (uniek)", "Nieuwe plaatsingen",
           "Gem. verblijfsduur (dagen)", "Gem. bezetting (%)", "Kleinschalige plaatsen"]
    rows = [
        ["2017", "1.118", "2.264", "1.503", "151", "84", "0"],
        ["2018", "1.089", "2.198", "1.462", "149", "85", "0"],
        ["2019", "1.046", "2.087", "1.394", "143", "86", "24"],
        ["2020", "1.003", "1.941", "1.301", "139", "83", "48"],
        ["2021", "958", "1.876", "1.259", "134", "85", "72"],
        ["2022", "897", "1.809", "1.204", "129", "88", "110"],
        ["2023", "841", "1.768", "1.176", "126", "89", "152"],
        ["2024", "790", "1.712", "1.141", "122", "90", "198"],
        ["2025*", "763", "1.587", "1.068", "118", "87", "236"],
        ["2026", "742", "–", "–", "–", "–", "271"],
    ]
    data = [[Paragraph(h, cellb) for h in hdr]] + [[Paragraph(c, cell) for c in r] for r in rows]
    t = Table(data, colWidths=[1.2 * cm, 1.9 * cm, 1.9 * cm, 2.0 * cm, 2.2 * cm, 1.8 * cm, 2.2 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
    ]))
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(KeepTogether([FnPara(
        "* Bron: monitor JeugdzorgPlus van Jeugdzorg Nederland, bewerking VWS. De cijfers over 2025 zijn "
        f"voorlopig{fn(4)}. Voor 2026 is alleen de capaciteit op 1 januari bekend.", small, [4])]))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Ook het aantal jongeren dat in de gesloten jeugdhulp verblijft, neemt af. In 2025 verbleven "
        "1.587 unieke jongeren korter of langer in een JeugdzorgPlus-voorziening, tegen 1.712 een jaar "
        "eerder. De gemiddelde verblijfsduur daalde in dezelfde periode van 122 naar 118 dagen. "
        "Kinderrechters gaven in 2025 in totaal 2.391 machtigingen gesloten jeugdhulp af. Niet elke "
        "machtiging leidt tot een daadwerkelijke plaatsing, omdat een deel van de jongeren alsnog in een "
        "open setting terechtkan.", body))
    s.append(Paragraph(
        "De gemiddelde bezetting lag in 2025 op 87 procent, iets lager dan de 90 procent van 2024. Dat "
        "lijkt ruimte te bieden, maar de druk verschilt sterk per locatie en per moment. Op de peildatum "
        "1 maart 2026 wachtten 46 jongeren met een machtiging op een plek; de gemiddelde wachttijd bedroeg "
        "11 dagen. Voor meisjes met ernstige zelfbeschadiging is het vinden van een passende plek het "
        "lastigst.", body))

    s.append(Paragraph("2. Regionale verschillen", head))
    s.append(Paragraph(
        "De kans dat een jongere in de gesloten jeugdhulp terechtkomt, hangt nog steeds sterk af van de "
        "regio waar hij of zij woont. Landelijk werden in 2025 9,4 jongeren per 10.000 jongeren van 12 tot "
        "en met 17 jaar gesloten geplaatst. In Noord-Nederland (Groningen, Fryslân en Drenthe) lag dat "
        "cijfer op 13,8, in Zuid-Holland Zuid op 12,1. De regio Utrecht kende met 6,1 het laagste cijfer, "
        "gevolgd door Haaglanden met 6,7. Ook de wachttijden lopen uiteen: in Limburg wachtten jongeren "
        "gemiddeld 19 dagen, in Gelderland 7 dagen.", body))
    s.append(Paragraph(
        "Deze verschillen zijn maar voor een deel te verklaren uit verschillen in de samenstelling van de "
        "bevolking. Uit een verkenning van het Nederlands Jeugdinstituut blijkt dat regio’s met een goed "
        "uitgebouwd aanbod van intensieve ambulante hulp en crisisbedden in de wijk minder vaak naar een "
        "gesloten plaatsing grijpen. Ik wil dat regio’s van elkaar leren. Daarom organiseer ik samen met de "
        "VNG in het najaar van 2026 vier regionale leersessies, waarin de regio’s met de laagste "
        "plaatsingscijfers hun aanpak delen.", body))

    s.append(Paragraph("3. Middelen voor de ombouw", head))
    s.append(Paragraph(
        "Gemeenten gaven in 2025 naar schatting € 312 miljoen uit aan JeugdzorgPlus. Omgerekend komt dat "
        "neer op ruim € 470.000 per bezette plaats per jaar. De ombouw naar kleinschalige woonvormen vraagt "
        "tijdelijk om extra investeringen, omdat aanbieders tijdens de overgang zowel oude als nieuwe "
        "locaties moeten openhouden.", body))
    s.append(Paragraph(
        "Het kabinet stelt daarom via een specifieke uitkering aan de centrumgemeenten extra middelen "
        "beschikbaar: € 27,2 miljoen in 2026 en € 21,4 miljoen in 2027. Van het bedrag voor 2026 is "
        "€ 6,8 miljoen geoormerkt voor beter onderwijs aan jongeren in de gesloten jeugdhulp, omdat uit "
        "onderzoek blijkt dat ongeveer een derde van deze jongeren tijdens het verblijf geen volledig "
        "onderwijsprogramma volgt. Bij de verdeling van de middelen kijk ik naar het aantal plaatsen dat een "
        "regio op 1 januari 2026 al had omgebouwd tot kleinschalige plaatsen.", body))

    s.append(Paragraph("4. Vervolg", head))
    s.append(Paragraph("De komende periode zet ik de volgende stappen:", body))
    for b in [
        "met de Jeugdautoriteit maak ik afspraken over een landelijk overzicht van de beschikbare plekken, "
        "dat vanaf 1 september 2026 maandelijks wordt bijgewerkt;",
        "ik vraag de Inspectie Gezondheidszorg en Jeugd (IGJ) om in 2026 bijzondere aandacht te besteden "
        "aan de veiligheid in kleinschalige voorzieningen;",
        "ik werk met de aanbieders een gezamenlijke norm uit voor de maximale wachttijd, met als "
        "streefwaarde 10 werkdagen;",
        "ik informeer uw Kamer in november 2026 in de volgende voortgangsrapportage over de stand van zaken.",
    ]:
        s.append(Paragraph(b, bullet, bulletText="•"))
    s.append(Paragraph(
        "Ik ben de medewerkers in de gesloten jeugdhulp erkentelijk voor hun inzet in een periode waarin "
        "hun werk ingrijpend verandert.", body))
    s.append(KeepTogether([
        Paragraph("Hoogachtend,", body),
        Paragraph("de staatssecretaris van Volksgezondheid,<br/>Welzijn en Sport,", body),
        Spacer(1, 30),
        Paragraph("drs. M.W. (Marieke) Tjalsma", body),
    ]))
    return s


def build(fn_pages, total):
    doc = LetterDoc(OUT, fn_pages, total)
    doc.build(story())
    return doc


if __name__ == "__main__":
    d1 = build({}, None)
    d2 = build(d1.seen, d1.page)
    assert d2.seen == d1.seen, (d1.seen, d2.seen)
    print("pages:", d2.page, "footnotes per page:", d2.seen)
