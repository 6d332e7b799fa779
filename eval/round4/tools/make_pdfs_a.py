#!/usr/bin/env python3
"""Genereert de twee PDF-documenten van set r4/docs-a met reportlab.

Alle tekst die in de PDF's terechtkomt, wordt ook (zonder opmaak-tags) opgeslagen in
SOURCES[doc_id], zodat tools/check.py citaten kan controleren tegen de brontekst.

Gebruik:  /work/r4/docs-a/venv/bin/python tools/make_pdfs.py
"""
import html
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame,
                                FrameBreak, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")

KB_ID = "kamerbrief-2026-voortgang-kleinschalige-voorzieningen"
RG_ID = "regio-2026-beleidskader-jeugdhulp-met-verblijf"

SOURCES = {KB_ID: [], RG_ID: []}


def plain(text):
    """Tekst zoals die in de PDF staat, zonder tags."""
    t = re.sub(r"<br\s*/?>", "\n", text)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


def src(doc_id, text):
    SOURCES[doc_id].append(plain(text))
    return text


# --------------------------------------------------------------------------------------
# Canvas met "Pagina x van n"
# --------------------------------------------------------------------------------------
def numbered_canvas_factory(draw_total):
    class NumberedCanvas(rl_canvas.Canvas):
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
                draw_total(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


# ======================================================================================
# 1. Kamerbrief
# ======================================================================================
KB_DATUM = "14 april 2026"
KB_KENMERK = "4187230-1079415-J"
KB_BETREFT = "Voortgang kleinschalige voorzieningen gesloten jeugdhulp"
KB_HEADER_L = "Ministerie van Volksgezondheid, Welzijn en Sport | Directie Jeugd"
KB_HEADER_R = "Kenmerk " + KB_KENMERK

KB_FOOTNOTES = {
    1: "Kamerstukken II 2025/26, 31 839, nr. 1102.",
    2: ("Bron: Jeugdzorg Nederland, Factsheet gesloten jeugdhulp 2025, peildatum 31 maart 2026. "
        "De cijfers over 2025 zijn hiermee definitief; eerder gepubliceerde voorlopige cijfers "
        "kunnen hiervan afwijken."),
    3: ("Deze definitie volgt het Kwaliteitskader kleinschalige gesloten jeugdhulp, dat de branche "
        "op 1 juli 2024 heeft vastgesteld."),
}

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13.5,
                      spaceAfter=7, alignment=TA_LEFT)
BODY_SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=0)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", fontSize=10,
                      spaceBefore=6, spaceAfter=4)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")


class FootnoteMark(Flowable):
    """Onzichtbare flowable die registreert op welke pagina een voetnootverwijzing staat."""

    def __init__(self, registry, numbers):
        super().__init__()
        self.registry = registry
        self.numbers = numbers
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        self.registry.setdefault(page, []).extend(self.numbers)


def build_kamerbrief():
    doc_id = KB_ID
    out = os.path.join(DOCS, doc_id + ".pdf")
    fn_pages = {}
    W, H = A4
    left, right = 2.6 * cm, 2.4 * cm
    bottom_reserved = 4.2 * cm  # ruimte voor voetnoten + paginanummer

    for t in (KB_HEADER_L, KB_HEADER_R):
        src(doc_id, t)
    for n, t in KB_FOOTNOTES.items():
        src(doc_id, t)

    def on_page(c, d):
        c.saveState()
        # lopende kop
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#154273"))
        c.drawString(left, H - 1.3 * cm, KB_HEADER_L)
        c.drawRightString(W - right, H - 1.3 * cm, KB_HEADER_R)
        c.setStrokeColor(colors.HexColor("#154273"))
        c.setLineWidth(0.5)
        c.line(left, H - 1.45 * cm, W - right, H - 1.45 * cm)
        c.restoreState()

    def on_page_end(c, d):
        page = c.getPageNumber()
        nums = fn_pages.get(page, [])
        if nums:
            c.saveState()
            y = bottom_reserved - 0.55 * cm
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.4)
            c.line(left, y + 0.35 * cm, left + 4 * cm, y + 0.35 * cm)
            for n in nums:
                p = Paragraph("<super>%d</super> %s" % (n, KB_FOOTNOTES[n]), BODY_SMALL)
                w, h = p.wrap(W - left - right, 5 * cm)
                p.drawOn(c, left, y - h + 0.1 * cm)
                y -= h + 0.1 * cm
            c.restoreState()

    def draw_total(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - right, 1.2 * cm, "Pagina %d van %d" % (page, total))
        c.restoreState()

    src(doc_id, "Pagina 1 van 3")

    frame = Frame(left, bottom_reserved, W - left - right, H - 1.9 * cm - bottom_reserved,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    tmpl = PageTemplate(id="brief", frames=[frame], onPage=on_page, onPageEnd=on_page_end)
    doc = BaseDocTemplate(out, pagesize=A4, pageTemplates=[tmpl],
                          title="Kamerbrief voortgang kleinschalige voorzieningen gesloten jeugdhulp",
                          author="Ministerie van VWS", leftMargin=left, rightMargin=right)

    story = []

    # --- briefhoofd (logo-blok) ---
    logo = Table([[Paragraph(src(doc_id, "Ministerie van Volksgezondheid,<br/>Welzijn en Sport"),
                             ParagraphStyle("logo", parent=BODY, fontSize=10.5, leading=13))]],
                 colWidths=[6.2 * cm])
    logo.setStyle(TableStyle([
        ("LINEBEFORE", (0, 0), (0, 0), 9, colors.HexColor("#154273")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    logo.hAlign = "CENTER"
    story += [logo, Spacer(1, 0.6 * cm)]

    small = ParagraphStyle("addr", parent=BODY, fontSize=8, leading=10.5, spaceAfter=0)
    retour = Paragraph(src(doc_id, "&gt; Retouradres Postbus 20350 2500 EJ Den Haag"),
                       ParagraphStyle("ret", parent=small, fontSize=6.5))
    addr = Paragraph(src(doc_id, "De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>"
                                 "Postbus 20018<br/>2500 EA  DEN HAAG"),
                     ParagraphStyle("addr2", parent=BODY, fontSize=9.5, leading=12.5))
    side = Paragraph(src(doc_id, "<b>Directie Jeugd</b><br/>Bezoekadres<br/>Parnassusplein 5<br/>"
                                 "2511 VX  Den Haag<br/>www.rijksoverheid.nl"), small)
    head_tbl = Table([[[retour, Spacer(1, 4), addr], side]], colWidths=[11.2 * cm, 4.8 * cm])
    head_tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head_tbl, Spacer(1, 0.7 * cm)]

    meta_rows = [("Datum", KB_DATUM), ("Betreft", KB_BETREFT), ("Kenmerk", KB_KENMERK),
                 ("Bijlage(n)", "1")]
    meta = Table([[Paragraph(src(doc_id, a), small), Paragraph(src(doc_id, b), small)]
                  for a, b in meta_rows], colWidths=[2.3 * cm, 13.7 * cm])
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [meta, Spacer(1, 0.7 * cm)]

    def P(text, style=BODY):
        story.append(Paragraph(src(doc_id, text), style))

    def H_(text):
        story.append(Paragraph(src(doc_id, text), HEAD))

    def FN(*nums):
        story.append(FootnoteMark(fn_pages, list(nums)))

    P("Geachte voorzitter,")
    P("Met deze brief informeer ik uw Kamer over de voortgang van de omvorming van de gesloten "
      "jeugdhulp naar kleinschalige voorzieningen. In mijn vorige voortgangsbrief van 7 oktober "
      "2025<super>1</super> heb ik toegezegd dat ik u ieder voorjaar de cijfers over het afgelopen "
      "kalenderjaar zou sturen. Deze brief bevat die cijfers over 2025, een overzicht van de "
      "besteding van de transformatiemiddelen en de stappen die ik de komende periode samen met "
      "gemeenten, aanbieders en de Vereniging van Nederlandse Gemeenten (VNG) zet.")
    FN(1)
    H_("1. Ontwikkeling van plaatsingen en capaciteit")
    P("Het aantal gesloten plaatsingen is in 2025 voor het vierde jaar op rij gedaald. Vorig jaar "
      "ging het om 941 plaatsingen, tegen 1.412 in 2021. Ook het aantal unieke jongeren dat in de "
      "loop van een jaar gesloten werd geplaatst, liep terug: van 1.128 in 2021 naar 802 in 2025. "
      "Een deel van de jongeren wordt binnen hetzelfde jaar meer dan eens geplaatst, bijvoorbeeld "
      "na een overplaatsing naar een andere aanbieder.")
    P("Daartegenover staat dat jongeren die nog wel gesloten worden geplaatst, gemiddeld langer "
      "blijven. De gemiddelde verblijfsduur nam toe van 118 dagen in 2021 tot 131 dagen in 2025. "
      "Dat sluit aan bij het beeld uit de praktijk: alleen jongeren met zeer complexe en vaak "
      "meervoudige problematiek komen nog in een gesloten setting terecht, en voor hen is een "
      "passende vervolgplek moeilijk te vinden. Tabel 1 laat het verloop per jaar zien.<super>2</super>")
    FN(2)
    P("De daling verloopt niet in alle delen van het land even snel. In jeugdregio's die al "
      "beschikken over eigen kleinschalig aanbod in de buurt, nam het aantal plaatsingen sneller af "
      "dan in regio's die nog grotendeels aangewezen zijn op een centrale locatie op grotere afstand. "
      "Dat bevestigt voor mij dat nabijheid van hulp en het vroeg betrekken van ouders ertoe doen.")

    # --- tabel die over de paginagrens loopt ---
    story.append(Paragraph(src(doc_id, "<b>Tabel 1. Kerncijfers gesloten jeugdhulp (JeugdzorgPlus), "
                                       "2021-2025</b>"), ParagraphStyle("cap", parent=BODY, spaceAfter=3)))
    header = ["Jaar", "Plaatsingen", "Unieke jongeren", "Capaciteit op 31 december (plaatsen)",
              "Gemiddelde verblijfsduur (dagen)", "Kleinschalige locaties op 31 december"]
    rows = [
        ["2021", "1.412", "1.128", "512", "118", "9"],
        ["2022", "1.298", "1.057", "478", "121", "14"],
        ["2023", "1.187", "968", "441", "124", "21"],
        ["2024", "1.063", "884", "402", "127", "28"],
        ["2025", "941", "802", "356", "131", "37"],
    ]
    data = [[Paragraph(src(doc_id, h), CELL_B) for h in header]]
    for r in rows:
        data.append([Paragraph(src(doc_id, v), CELL) for v in r])
    tbl = Table(data, colWidths=[1.4 * cm, 2.3 * cm, 2.4 * cm, 3.3 * cm, 3.3 * cm, 3.3 * cm],
                repeatRows=1, splitByRow=1)
    tbl.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#154273")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story += [tbl, Spacer(1, 0.4 * cm)]

    P("Sinds eind 2021 is de capaciteit teruggebracht van 512 naar 356 plaatsen. Op 31 december "
      "2025 lagen 214 van die 356 plaatsen in een kleinschalige voorziening; dat is 60 procent. "
      "Eind 2021 was dat nog 9 procent. Onder een kleinschalige voorziening versta ik een woning of "
      "paviljoen waar maximaal zes jongeren samenwonen, met een eigen voordeur en een vast team van "
      "begeleiders.<super>3</super>")
    FN(3)

    H_("2. Kleinschalig wonen in de praktijk")
    P("Eind 2025 telde Nederland 37 kleinschalige locaties voor gesloten jeugdhulp, verdeeld over "
      "de elf aanbieders. In de loop van 2025 kwamen er negen locaties bij. De meeste nieuwe "
      "locaties zijn gevestigd in bestaande woonwijken, wat in een aantal gemeenten vooraf tot "
      "vragen van omwonenden leidde. Aanbieders hebben in al die gevallen informatieavonden "
      "georganiseerd en een vast aanspreekpunt voor de buurt aangesteld.")
    P("Ik heb in februari 2026 drie locaties bezocht, in Zwolle, Tilburg en Alkmaar. Jongeren "
      "vertelden mij dat zij de rust en de vaste gezichten waarderen, en dat zij zich minder een "
      "nummer voelen dan op een grote groep. Medewerkers gaven aan dat zij meer tijd hebben voor de "
      "individuele jongere, maar ook dat het werk in een klein team zwaarder kan zijn wanneer er "
      "iemand uitvalt.")
    P("Het onderzoeksbureau Kwadrant Jeugd heeft in opdracht van mijn ministerie de eerste "
      "ervaringen geëvalueerd. Uit die evaluatie, die ik als bijlage meestuur, blijkt onder meer dat "
      "het aantal separaties per 1.000 verblijfsdagen in kleinschalige voorzieningen ongeveer half "
      "zo hoog ligt als op traditionele groepen. Landelijk daalde het totale aantal separaties van "
      "1.930 in 2023 naar 1.402 in 2025. Het aantal fysieke interventies, waarbij een jongere door "
      "medewerkers wordt vastgehouden, nam in dezelfde periode af van 3.260 naar 2.745.")
    P("Er zijn ook zorgen. De personele bezetting blijft de grootste kwetsbaarheid. Op 1 januari "
      "2026 stonden bij de elf aanbieders samen 212 fte aan vacatures open, waarvan 64 fte al "
      "langer dan drie maanden. Zonder voldoende vaste medewerkers kan een kleinschalige woning niet "
      "veilig draaien. Twee aanbieders hebben daarom in 2025 tijdelijk een woning moeten sluiten.")

    H_("3. Inzet van de transformatiemiddelen")
    P("Voor de omvorming is over de jaren 2024 tot en met 2026 in totaal € 45 miljoen aan "
      "transformatiemiddelen beschikbaar gesteld. In 2024 is daarvan € 12,4 miljoen besteed en in "
      "2025 € 16,8 miljoen, zodat voor 2026 nog € 15,8 miljoen resteert. Ruim twee derde van het tot "
      "nu toe bestede bedrag is gebruikt voor de aankoop en verbouwing van woningen. Het overige "
      "deel ging naar scholing van medewerkers en de inzet van extra gedragswetenschappers op de "
      "locaties.")

    H_("4. Wachtlijst")
    P("Ondanks de afname van het aantal plaatsingen is er op sommige momenten een tekort aan "
      "plekken. Op 1 maart 2026 stonden 46 jongeren op de wachtlijst voor gesloten jeugdhulp. Van "
      "hen verbleven er 19 thuis met ambulante ondersteuning, 21 in een open residentiële "
      "voorziening en 6 op een andere plek, zoals een crisisopvang. De druk is het hoogst in "
      "Noord-Holland en Gelderland. Ik ga met de betrokken jeugdregio's in gesprek over extra "
      "kleinschalige plekken in die provincies.")

    H_("5. Vervolgstappen")
    P("Het doel blijft dat uiterlijk eind 2027 alle gesloten plaatsen kleinschalig zijn en dat er "
      "in 2030 geen jongeren meer gesloten worden geplaatst. Om dat doel te halen zet ik de "
      "volgende stappen:")
    for b in [
        "Vanaf 1 januari 2027 vinden geen nieuwe plaatsingen meer plaats op groepen met meer dan "
        "zes jongeren.",
        "In 2026 stel ik € 3,2 miljoen beschikbaar voor een landelijk opleidingsprogramma voor "
        "begeleiders in kleinschalige voorzieningen.",
        "Samen met de VNG werk ik een regionale capaciteitsnorm uit, die ik vóór 1 oktober 2026 aan "
        "uw Kamer stuur.",
        "De Inspectie Gezondheidszorg en Jeugd voert in het najaar van 2026 een thematisch "
        "onderzoek uit naar de kwaliteit en veiligheid van kleinschalige voorzieningen.",
    ]:
        story.append(Paragraph(src(doc_id, b), BULLET, bulletText="–"))
    story.append(Spacer(1, 4))
    P("Ik informeer uw Kamer in het voorjaar van 2027 opnieuw over de voortgang, met de cijfers "
      "over 2026.")

    sig = [Paragraph(src(doc_id, "Hoogachtend,"), BODY), Spacer(1, 4),
           Paragraph(src(doc_id, "de staatssecretaris van Volksgezondheid,<br/>Welzijn en Sport,"), BODY),
           Spacer(1, 1.1 * cm),
           Paragraph(src(doc_id, "J.M. Kuipers-Bakx"), BODY)]
    story.append(KeepTogether(sig))

    doc.build(story, canvasmaker=numbered_canvas_factory(draw_total))
    return out


# ======================================================================================
# 2. Regionaal beleidskader, twee kolommen
# ======================================================================================
RG_FOOTER = "Jeugdregio Drechtzoom  |  Beleidskader Jeugdhulp met Verblijf 2026-2029"

R_BODY = ParagraphStyle("rbody", fontName="Times-Roman", fontSize=9.5, leading=12.2,
                        spaceAfter=5)
R_HEAD = ParagraphStyle("rhead", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                        spaceBefore=7, spaceAfter=3, textColor=colors.HexColor("#0b5d3b"))
R_BUL = ParagraphStyle("rbul", parent=R_BODY, leftIndent=11, bulletIndent=1, spaceAfter=2.5)
R_CELL = ParagraphStyle("rcell", fontName="Helvetica", fontSize=8, leading=10)
R_CELL_B = ParagraphStyle("rcellb", parent=R_CELL, fontName="Helvetica-Bold")


def build_regio():
    doc_id = RG_ID
    out = os.path.join(DOCS, doc_id + ".pdf")
    W, H = A4
    lm = rm = 1.8 * cm
    gap = 0.8 * cm
    colw = (W - lm - rm - gap) / 2
    top = H - 1.6 * cm
    bot = 2.0 * cm
    title_h = 4.0 * cm

    src(doc_id, RG_FOOTER)
    src(doc_id, "pagina 1 van 2")

    def on_page(c, d):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#0b5d3b"))
        c.setLineWidth(0.6)
        c.line(lm, 1.45 * cm, W - rm, 1.45 * cm)
        c.setFont("Helvetica", 7.5)
        c.drawString(lm, 1.0 * cm, RG_FOOTER)
        c.restoreState()

    def draw_total(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - rm, 1.0 * cm, "pagina %d van %d" % (page, total))
        c.restoreState()

    f_title = Frame(lm, top - title_h, W - lm - rm, title_h, id="title",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f1a = Frame(lm, bot, colw, top - title_h - bot - 0.3 * cm, id="c1a",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f1b = Frame(lm + colw + gap, bot, colw, top - title_h - bot - 0.3 * cm, id="c2a",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2a = Frame(lm, bot, colw, top - bot, id="c1",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2b = Frame(lm + colw + gap, bot, colw, top - bot, id="c2",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(out, pagesize=A4,
                          pageTemplates=[PageTemplate(id="first", frames=[f_title, f1a, f1b], onPage=on_page),
                                         PageTemplate(id="later", frames=[f2a, f2b], onPage=on_page)],
                          title="Beleidskader Jeugdhulp met Verblijf 2026-2029",
                          author="Jeugdregio Drechtzoom")

    story = [NextPageTemplate("later")]

    def P(text, style=R_BODY):
        story.append(Paragraph(src(doc_id, text), style))

    def H_(text):
        story.append(CondPageBreak(1.6 * cm))
        story.append(Paragraph(src(doc_id, text), R_HEAD))

    def B(items):
        for it in items:
            story.append(Paragraph(src(doc_id, it), R_BUL, bulletText="–"))
        story.append(Spacer(1, 3))

    # titelblok
    P("JEUGDREGIO DRECHTZOOM", ParagraphStyle("kick", fontName="Helvetica-Bold", fontSize=9,
                                               textColor=colors.HexColor("#0b5d3b"), spaceAfter=4))
    P("Beleidskader Jeugdhulp met Verblijf 2026-2029",
      ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=19, leading=23, spaceAfter=4))
    P("Thuis waar het kan, dichtbij waar het moet",
      ParagraphStyle("st", fontName="Helvetica-Oblique", fontSize=12, leading=15, spaceAfter=8))
    P("Vastgesteld door het Regionaal Bestuurlijk Overleg Jeugd op 22 januari 2026",
      ParagraphStyle("m", fontName="Helvetica", fontSize=8.5, leading=11))
    P("Gemeenten: Dreckum, Hoornwaard, Lingedijk, Molenzicht, Oudewaard, Veenhoven, Westerbroek en "
      "Zandwijk", ParagraphStyle("m2", fontName="Helvetica", fontSize=8.5, leading=11))
    story.append(FrameBreak())

    H_("1. Inleiding")
    P("Dit beleidskader beschrijft hoe de acht gemeenten van Jeugdregio Drechtzoom de jeugdhulp met "
      "verblijf de komende vier jaar willen organiseren en inkopen. Het vervangt het kader "
      "2021-2025, dat op 31 december 2025 is afgelopen. Oudewaard treedt op als centrumgemeente en "
      "voert namens de regio de inkoop en het contractbeheer uit.")
    P("De regio telt 412.300 inwoners, van wie 68.400 jonger dan 18 jaar zijn. Het kader is "
      "opgesteld na gesprekken met jongeren, ouders, pleegouders, aanbieders, de gecertificeerde "
      "instellingen en de wijkteams. In totaal namen 143 mensen deel aan de zes bijeenkomsten die "
      "tussen september en november 2025 zijn gehouden.")

    H_("2. Waar staan we?")
    P("In 2025 verbleven 612 jeugdigen uit de regio korter of langer buiten het eigen gezin. Dat "
      "komt neer op bijna 9 per 1.000 jeugdigen. De tabel laat zien in welke vorm zij verbleven.")
    cap = Paragraph(src(doc_id, "<b>Tabel 1. Jeugdigen met verblijf naar vorm, 2025</b>"),
                    ParagraphStyle("rcap", parent=R_CELL, spaceAfter=2))
    rows = [("Vorm van verblijf", "Jeugdigen"), ("Pleegzorg", "274"), ("Gezinshuis", "96"),
            ("Open residentiële groep", "201"), ("Gesloten jeugdhulp", "41"), ("Totaal", "612")]
    data = []
    for i, (a, b) in enumerate(rows):
        st = R_CELL_B if i in (0, len(rows) - 1) else R_CELL
        data.append([Paragraph(src(doc_id, a), st),
                     Paragraph(src(doc_id, b), ParagraphStyle("r", parent=st, alignment=2))])
    t = Table(data, colWidths=[colw * 0.66, colw * 0.30])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ece2")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#0b5d3b")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#0b5d3b")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    t.hAlign = "LEFT"
    story += [KeepTogether([cap, t]), Spacer(1, 6)]
    P("Zes op de tien jeugdigen verbleven in een gezinsvorm (pleegzorg of gezinshuis). Van de 41 "
      "jeugdigen in gesloten jeugdhulp werden er 17 buiten de regio geplaatst, omdat er binnen de "
      "regio op het moment van de machtiging geen plek beschikbaar was. De gemiddelde reistijd voor "
      "ouders naar die locaties bedroeg 74 minuten enkele reis.")
    P("De uitgaven aan jeugdhulp met verblijf kwamen in 2025 uit op € 36,2 miljoen, € 2,1 miljoen "
      "meer dan begroot. De overschrijding komt vooral door langere verblijven op open "
      "residentiële groepen: gemiddeld 14 maanden.")

    H_("3. Uitgangspunten")
    P("De gemeenten hanteren bij alle keuzes de volgende uitgangspunten:")
    B(["<b>Thuis als het kan:</b> eerst wordt onderzocht of intensieve hulp in het gezin een "
       "uithuisplaatsing kan voorkomen.",
       "<b>Gezinsvorm boven groep:</b> als verblijf nodig is, gaat een pleeggezin of gezinshuis voor.",
       "<b>Dichtbij:</b> een jeugdige blijft zo veel mogelijk in de eigen regio, op de eigen school "
       "en bij het eigen netwerk.",
       "<b>Zo kort als mogelijk:</b> bij elke plaatsing ligt vanaf de eerste dag een perspectiefplan "
       "met een beoogde terugkeer- of vervolgdatum.",
       "<b>Jeugdigen en ouders praten mee:</b> hun ervaringen wegen mee bij de inkoop en de evaluatie."])

    H_("4. Doelen voor 2029")
    P("In 2029 wil de regio het volgende hebben bereikt:")
    B(["Het aandeel jeugdigen met verblijf in een gezinsvorm stijgt van 60 naar 70 procent.",
       "Het aantal jeugdigen in gesloten jeugdhulp daalt met 30 procent ten opzichte van 2025, naar "
       "hooguit 29 per jaar.",
       "Er worden geen kinderen jonger dan 14 jaar meer gesloten geplaatst.",
       "De gemiddelde verblijfsduur op open residentiële groepen daalt van 14 naar 10 maanden.",
       "Ten minste 90 procent van alle plaatsingen vindt binnen de regio plaats."])

    H_("5. Gesloten jeugdhulp")
    P("Gesloten jeugdhulp is het zwaarste middel in de jeugdhulp en vraagt een machtiging van de "
      "kinderrechter. De regio koopt deze hulp in samen met twee buurregio's, via een bovenregionaal "
      "contract met Stichting Lindehoeve Jeugd dat loopt tot en met 31 december 2028.")
    P("Lindehoeve opent in 2026 twee kleinschalige woningen in Molenzicht, elk met vijf plaatsen. "
      "Daarmee kunnen jeugdigen uit de regio vaker dichtbij huis terecht. Het gemiddelde tarief voor "
      "een etmaal gesloten jeugdhulp bedraagt in 2026 € 912.")
    P("Elke aanvraag voor een gesloten plaatsing wordt vooraf besproken in het Regionaal "
      "Expertiseteam Verblijf (RET). Het RET geeft binnen vijf werkdagen advies en zoekt actief "
      "naar een open of ambulant alternatief. Bij crisis adviseert het RET binnen 24 uur. In 2025 "
      "besprak het RET 63 aanvragen; in 22 gevallen werd een alternatief voor gesloten plaatsing "
      "gevonden.")

    H_("6. Financiën")
    P("Voor 2026 is voor jeugdhulp met verblijf € 38,6 miljoen begroot. Daarvan is € 7,9 miljoen "
      "bestemd voor gesloten jeugdhulp. Daarnaast trekken de gemeenten jaarlijks € 1,5 miljoen uit "
      "voor het werven en ondersteunen van pleegouders en gezinshuisouders. Het doel is om vóór "
      "2029 twaalf nieuwe gezinshuizen te openen.")
    P("De kosten worden verdeeld volgens het verdeelmodel van de regio: 70 procent naar rato van het "
      "werkelijke gebruik en 30 procent naar rato van het aantal inwoners jonger dan 18 jaar.")

    H_("7. Monitoring en evaluatie")
    P("De centrumgemeente rapporteert twee keer per jaar aan het Regionaal Bestuurlijk Overleg "
      "Jeugd, in april en in oktober. Daarbij wordt in elk geval gekeken naar:")
    B(["het aantal jeugdigen per vorm van verblijf;",
       "het aantal plaatsingen buiten de regio;",
       "de gemiddelde verblijfsduur;",
       "de uitgaven ten opzichte van de begroting."])
    P("In het eerste kwartaal van 2028 volgt een tussenevaluatie door een onafhankelijk bureau. De "
      "uitkomsten daarvan worden gebruikt voor de inkoop vanaf 2029.")
    story.append(Spacer(1, 6))
    P("<i>Portefeuillehouder jeugd namens het Regionaal Bestuurlijk Overleg: wethouder S. de Wolff "
      "(gemeente Oudewaard). Contact: team Regionale Jeugdhulp, centrumgemeente Oudewaard.</i>",
      ParagraphStyle("colofon", parent=R_BODY, fontSize=8.5, leading=11))

    doc.build(story, canvasmaker=numbered_canvas_factory(draw_total))
    return out


def build_all():
    for k in SOURCES:
        SOURCES[k].clear()
    os.makedirs(DOCS, exist_ok=True)
    return [build_kamerbrief(), build_regio()]


if __name__ == "__main__":
    for p in build_all():
        print("geschreven:", p)
