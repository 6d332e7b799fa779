"""Genereert de twee PDF-documenten van de held-out testset opnieuw.

Gebruik:  /work/pdfgen-venv/bin/python make_pdfs.py
Alle tekst staat in dit script; de PDF's worden naast dit script geschreven:
  - kamerbrief-2025-wachttijden.pdf   (brief met briefhoofd, kenmerkblok, voetnoten,
                                        kop/voettekst met paginanummers, tabel over paginagrens)
  - regioplan-2025-lingewaarden.pdf   (regioplan in twee kolommen)
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak,
                                NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
W, H = A4


def register_fonts():
    """TrueType-letters met ToUnicode-tabel, zodat o.a. '•' en '€' goed extraheren.

    Eerst Liberation Sans (systeem), anders Bitstream Vera (wordt met reportlab meegeleverd).
    """
    import reportlab
    rl_fonts = Path(reportlab.__file__).parent / "fonts"
    candidates = [
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        (rl_fonts / "Vera.ttf", rl_fonts / "VeraBd.ttf"),
    ]
    for regular, bold in candidates:
        if Path(regular).exists() and Path(bold).exists():
            pdfmetrics.registerFont(TTFont("Sans", str(regular)))
            pdfmetrics.registerFont(TTFont("Sans-Bold", str(bold)))
            pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold",
                                          italic="Sans", boldItalic="Sans-Bold")
            return
    raise SystemExit("geen bruikbaar TrueType-lettertype gevonden")

# ---------------------------------------------------------------------------
# 1. Kamerbrief
# ---------------------------------------------------------------------------

KB_MINISTRY = "Ministerie van Volksgezondheid, Welzijn en Sport"
KB_DATE = "14 maart 2025"
KB_KENMERK = "4102388-1077215-J"
KB_BETREFT = "Wachttijden en capaciteit gesloten jeugdhulp"

KB_ADDRESSEE = [
    "&gt; Retouradres Postbus 20350 2500 EJ Den Haag",
    "",
    "De Voorzitter van de Tweede Kamer",
    "der Staten-Generaal",
    "Postbus 20018",
    "2500 EA  DEN HAAG",
]

KB_SENDER = [
    "<b>Directie Jeugd, Familie en Leefstijl</b>",
    "Bezoekadres",
    "Parnassusplein 5",
    "2511 VX  Den Haag",
    "Postbus 20350",
    "2500 EJ  Den Haag",
    "www.rijksoverheid.nl",
    "",
    "<b>Bijlage(n)</b>",
    "1",
]

KB_FOOTNOTES = {
    1: "Kamerstukken II 2024/25, 31839, nr. 1056 (verslag van het commissiedebat Jeugd "
       "van 6 november 2024).",
    2: "Bron: Jeugdzorg Nederland, Monitor gesloten jeugdhulp, peildatum 1 januari 2025. "
       "De cijfers over 2024 zijn voorlopig.",
    3: "Zie ook het rapport 'Tussen wal en schip' van de Inspectie Justitie en Veiligheid "
       "van oktober 2024.",
}

# Elementen: ("p", tekst, [voetnootnummers]) | ("h", kop) | ("table",) | ("bullets", [...])
KB_BODY = [
    ("p", "Geachte voorzitter,", []),
    ("p", "Tijdens het commissiedebat Jeugd van 6 november 2024 heb ik uw Kamer toegezegd u "
          "vóór 1 april 2025 te informeren over de wachttijden in de gesloten jeugdhulp en over "
          "de maatregelen die ik samen met gemeenten en aanbieders neem om ervoor te zorgen dat "
          "jongeren die een gesloten plaatsing nodig hebben, die plek ook tijdig krijgen.<super>1</super>", [1]),
    ("p", "Met deze brief kom ik die toezegging na. Ik ga in op de ontwikkeling van het aantal "
          "plaatsingen en de capaciteit, op de wachttijden en de oorzaken daarvan, en op de "
          "maatregelen die wij nemen. Tot slot schets ik de financiële kaders en het vervolg.", []),
    ("h", "Minder plaatsingen, maar ook minder plekken"),
    ("p", "De beweging naar minder gesloten plaatsingen zet door. In 2024 werden 812 jongeren "
          "gesloten geplaatst, tegen 934 een jaar eerder. Sinds 2018 is het aantal plaatsingen "
          "met meer dan de helft gedaald. Dat past bij het gezamenlijke doel van Rijk, gemeenten "
          "en aanbieders om gesloten plaatsingen zoveel mogelijk te voorkomen en jongeren waar "
          "het kan in een open setting of thuis te helpen.", []),
    ("p", "Ook de capaciteit is in deze periode fors afgebouwd. Aanbieders hebben grote groepen "
          "gesloten en werken steeds vaker in kleinschalige units van maximaal zes jongeren. Op "
          "1 januari 2025 waren er nog 596 gesloten plaatsen beschikbaar, waarvan 388 in "
          "kleinschalige units. De capaciteit is daarmee sneller gedaald dan het aantal "
          "plaatsingen. Dat heeft gevolgen voor de wachttijden, zoals de onderstaande tabel "
          "laat zien.<super>2</super>", [2]),
    ("table",),
    ("p", "Tabel 1 geeft per jaar het aantal plaatsingen, de beschikbare capaciteit aan het "
          "begin van het jaar, de gemiddelde wachttijd tussen het afgeven van de machtiging door "
          "de kinderrechter en de daadwerkelijke plaatsing, en het aantal jongeren dat op 1 juli "
          "van het betreffende jaar op een gesloten plek wachtte. Omdat aanbieders de afgelopen "
          "jaren hun registratie hebben verbeterd, zijn de cijfers over de wachttijd vanaf 2021 "
          "nauwkeuriger dan die over de eerdere jaren.", []),
    ("h", "Wachttijden lopen op"),
    ("p", "De gemiddelde wachttijd tussen machtiging en plaatsing is opgelopen van 11 dagen in "
          "2018 naar 27 dagen in 2024. Meisjes wachten langer dan jongens: in 2024 gemiddeld 34 "
          "dagen. Er zijn minder plekken die zijn ingericht voor meisjes met ernstige "
          "traumaproblematiek, en juist die plekken zijn bij de ombouw als eerste gesloten.", []),
    ("p", "Op 1 juli 2024 stonden 66 jongeren op de wachtlijst. Terwijl zij wachten, verblijven "
          "de meesten op een crisisplek of thuis, met intensieve ambulante begeleiding. In 2024 "
          "verbleven 14 jongeren in afwachting van een gesloten plek tijdelijk in een justitiële "
          "jeugdinrichting, terwijl zij daar op grond van hun machtiging niet thuishoorden. "
          "Dat vind ik onaanvaardbaar.<super>3</super>", [3]),
    ("p", "Uit gesprekken met gemeenten, aanbieders en de bestuurlijk aanjager komen drie "
          "oorzaken naar voren. Ten eerste is de capaciteit in sommige regio's sneller "
          "afgebouwd dan er alternatieven beschikbaar kwamen. Ten tweede kunnen aanbieders door "
          "personeelstekorten niet al hun plekken benutten: ongeveer 11 procent van de "
          "beschikbare plaatsen kon in 2024 niet worden ingezet. Ten derde is het aanbod "
          "ongelijk over het land verdeeld; zo is er in Noord-Nederland op dit moment geen "
          "kleinschalige gesloten plek voor meisjes.", []),
    ("h", "Maatregelen"),
    ("p", "Samen met de VNG en Jeugdzorg Nederland neem ik de volgende maatregelen:", []),
    ("bullets", [
        "Vanaf 1 mei 2025 komt er een landelijk capaciteitsoverzicht dat wekelijks laat zien "
        "waar gesloten plekken vrij zijn. Het Landelijk Coördinatiepunt Gesloten Jeugdhulp "
        "beheert dit overzicht.",
        "Tot 1 januari 2026 geldt een capaciteitsvloer van 560 plaatsen: aanbieders bouwen "
        "niet verder af zolang de landelijke capaciteit daardoor onder die grens zou zakken.",
        "Een expertteam 'Plaatsing op maat' van negen deskundigen ondersteunt gemeenten en "
        "aanbieders bij jongeren voor wie geen passende plek te vinden is.",
        "Het Rijk stelt voor 2025 en 2026 samen € 18,4 miljoen extra beschikbaar voor "
        "overbruggingszorg en het behoud van personeel.",
        "Eind 2025 is een kwaliteitskader voor kleinschalige gesloten voorzieningen gereed.",
    ]),
    ("h", "Financiële kaders"),
    ("p", "Voor de frictiekosten van de af- en ombouw is voor de periode 2023–2026 in totaal "
          "€ 46 miljoen beschikbaar. Van dat bedrag is inmiddels € 29,5 miljoen toegekend aan "
          "zeven aanbieders die locaties hebben gesloten of verbouwd. De resterende middelen "
          "worden in 2025 en 2026 verdeeld op basis van de bovenregionale ombouwplannen.", []),
    ("h", "Tot slot"),
    ("p", "Ik realiseer mij dat de afbouw van gesloten plekken en het voorkomen van wachttijden "
          "met elkaar op gespannen voet kunnen staan. Het uitgangspunt blijft dat geen jongere "
          "tussen wal en schip mag vallen. Vóór 1 oktober 2025 informeer ik uw Kamer in de "
          "volgende voortgangsbrief over de effecten van deze maatregelen.", []),
    ("p", "Hoogachtend,", []),
    ("sig", "De Staatssecretaris van Volksgezondheid,<br/>Welzijn en Sport,", "J.P. Lindeboom"),
]

KB_TABLE = [
    ["Jaar", "Plaatsingen", "Capaciteit\nper 1 januari", "Gem. wachttijd\n(dagen)", "Wachtenden\nper 1 juli"],
    ["2018", "1.812", "1.203", "11", "24"],
    ["2019", "1.664", "1.148", "13", "31"],
    ["2020", "1.409", "1.052", "12", "27"],
    ["2021", "1.238", "938", "16", "38"],
    ["2022", "1.071", "824", "19", "45"],
    ["2023", "934", "702", "23", "57"],
    ["2024", "812", "641", "27", "66"],
]
KB_TABLE_TITLE = "Tabel 1. Kerncijfers gesloten jeugdhulp 2018–2024"


class FootnoteAnchor(Flowable):
    """Nulhoogte-markering direct na de alinea met de voetnootverwijzing."""

    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        pass


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas die 'Pagina x van n' en de lopende kop op elke pagina zet."""

    header_left = ""
    header_right = ""
    footer_left = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages = []

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_running(total)
            super().showPage()
        super().save()

    def _draw_running(self, total):
        self.saveState()
        self.setFont("Sans", 7.5)
        self.setFillColor(colors.HexColor("#333333"))
        self.drawString(2.2 * cm, H - 1.2 * cm, self.header_left)
        self.drawRightString(W - 2.2 * cm, H - 1.2 * cm, self.header_right)
        self.setStrokeColor(colors.HexColor("#999999"))
        self.line(2.2 * cm, H - 1.35 * cm, W - 2.2 * cm, H - 1.35 * cm)
        self.line(2.2 * cm, 1.45 * cm, W - 2.2 * cm, 1.45 * cm)
        self.drawString(2.2 * cm, 1.05 * cm, self.footer_left)
        self.drawRightString(W - 2.2 * cm, 1.05 * cm, f"Pagina {self._pageNumber} van {total}")
        self.restoreState()


class KamerbriefDoc(BaseDocTemplate):
    def __init__(self, filename, **kw):
        super().__init__(filename, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                         topMargin=2.0 * cm, bottomMargin=3.6 * cm, **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="brief", frames=[frame], onPageEnd=self._page_end)])
        self.page_notes = {}

    def afterFlowable(self, flowable):
        if isinstance(flowable, FootnoteAnchor):
            self.page_notes.setdefault(self.page, []).extend(flowable.numbers)

    def _page_end(self, canv, doc):
        notes = self.page_notes.get(doc.page, [])
        if not notes:
            return
        style = ParagraphStyle("fn", fontName="Sans", fontSize=7.5, leading=9.5)
        y = 1.75 * cm
        paras = []
        for n in sorted(notes):
            p = Paragraph(f"{n} {KB_FOOTNOTES[n]}", style)
            _, h = p.wrap(self.width, 5 * cm)
            paras.append((p, h))
        total_h = sum(h for _, h in paras) + 0.15 * cm
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.line(self.leftMargin, y + total_h, self.leftMargin + 5 * cm, y + total_h)
        top = y + total_h - 0.1 * cm
        for p, h in paras:
            top -= h
            p.drawOn(canv, self.leftMargin, top)
        canv.restoreState()


def build_kamerbrief(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Sans", fontSize=10,
                          leading=14, spaceAfter=7)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=0)
    head = ParagraphStyle("head", parent=body, fontName="Sans-Bold", fontSize=10.5,
                          spaceBefore=6, spaceAfter=4)
    letterhead = ParagraphStyle("lh", parent=body, fontName="Sans-Bold", fontSize=11,
                                leading=14, alignment=TA_LEFT)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=4,
                            bulletFontName="Sans")

    story = []
    story.append(Paragraph("Rijksoverheid", ParagraphStyle("ro", parent=letterhead, fontSize=9,
                                                           textColor=colors.HexColor("#154273"))))
    story.append(Paragraph(KB_MINISTRY, letterhead))
    story.append(Spacer(1, 0.6 * cm))
    addr = [Paragraph(line or "&nbsp;", small) for line in KB_ADDRESSEE]
    sender = [Paragraph(line or "&nbsp;", small) for line in KB_SENDER]
    t = Table([[addr, sender]], colWidths=[10.6 * cm, 6.0 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(t)
    story.append(Spacer(1, 0.5 * cm))
    meta = [["Datum", KB_DATE], ["Betreft", KB_BETREFT], ["Ons kenmerk", KB_KENMERK]]
    mt = Table([[Paragraph(a, small), Paragraph(b, body)] for a, b in meta],
               colWidths=[2.6 * cm, 14.0 * cm])
    mt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    story.append(mt)
    story.append(Spacer(1, 0.6 * cm))

    for item in KB_BODY:
        kind = item[0]
        if kind == "p":
            story.append(Paragraph(item[1], body))
            if item[2]:
                story.append(FootnoteAnchor(item[2]))
        elif kind == "h":
            story.append(Paragraph(item[1], head))
        elif kind == "bullets":
            for b in item[1]:
                story.append(Paragraph(b, bullet, bulletText="•"))
        elif kind == "table":
            story.append(Paragraph(KB_TABLE_TITLE, head))
            cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
            rows = [[Paragraph(c.replace("\n", "<br/>"), cell) for c in r] for r in KB_TABLE]
            tb = Table(rows, colWidths=[2.2 * cm, 3.0 * cm, 3.4 * cm, 3.4 * cm, 3.4 * cm],
                       repeatRows=1, rowHeights=[1.1 * cm] + [0.75 * cm] * (len(rows) - 1))
            tb.setStyle(TableStyle([
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            story.append(tb)
            story.append(Spacer(1, 0.3 * cm))
        elif kind == "sig":
            story.append(Spacer(1, 0.2 * cm))
            story.append(Paragraph(item[1], body))
            story.append(Spacer(1, 1.0 * cm))
            story.append(Paragraph(item[2], body))

    NumberedCanvas.header_left = KB_MINISTRY
    NumberedCanvas.header_right = f"Datum {KB_DATE}   Kenmerk {KB_KENMERK}"
    NumberedCanvas.footer_left = KB_BETREFT
    doc = KamerbriefDoc(str(path), title=f"Kamerbrief: {KB_BETREFT}",
                        author=KB_MINISTRY, subject=f"Kenmerk {KB_KENMERK}")
    doc.build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------
# 2. Regioplan in twee kolommen
# ---------------------------------------------------------------------------

RP_TITLE = "Regioplan Gesloten Jeugdhulp en Alternatieven 2025–2028"
RP_SUBTITLE = "Van dichtbij beginnen"
RP_ORG = "Jeugdregio Lingewaarden"
RP_META = ("Uitgave van de Jeugdregio Lingewaarden, samenwerkingsverband van acht gemeenten met "
           "Lingestad als centrumgemeente. Vastgesteld door het Regionaal Bestuurlijk Overleg "
           "Jeugd op 12 november 2024. Publicatiedatum: december 2024.")

RP_BODY = [
    ("h", "1. Aanleiding"),
    ("p", "Rijk, gemeenten en aanbieders hebben afgesproken dat gesloten jeugdhulp kleinschalig "
          "wordt georganiseerd en dat het aantal gesloten plaatsingen zo ver mogelijk omlaag "
          "gaat. Elke jeugdregio legt in een regioplan vast hoe zij daaraan bijdraagt. Dit plan "
          "beschrijft de koers van de Jeugdregio Lingewaarden voor de jaren 2025 tot en met 2028."),
    ("p", "De regio telt ongeveer 148.000 inwoners, van wie circa 33.500 jonger dan 18 jaar. "
          "Hoewel het om een kleine groep gaat, hebben gesloten plaatsingen grote gevolgen voor "
          "de jongeren en hun gezinnen. Jongeren vertellen ons dat zij zich in een gesloten "
          "groep vaak eerder gestraft dan geholpen voelen, en dat het contact met school, "
          "vrienden en familie verloren gaat wanneer zij ver van huis worden geplaatst."),
    ("h", "2. Waar staan we nu"),
    ("p", "In 2023 werden 47 jongeren uit onze regio gesloten geplaatst. In 2024 waren dat er "
          "38. Van die 38 jongeren verbleven er 24 in een voorziening buiten de regio, soms op "
          "meer dan honderd kilometer afstand. Een gesloten plaatsing duurde gemiddeld 4,5 "
          "maanden. Eind 2024 ontvingen in totaal 412 jongeren uit de regio een vorm van "
          "jeugdhulp met verblijf."),
    ("p", "Binnen de regio ligt de gesloten locatie De Hoge Weide in Tielerveld, van Stichting "
          "Rivierduin Jeugdzorg. De Hoge Weide heeft nu 32 gesloten plekken, verdeeld over vier "
          "groepen van acht jongeren. Een deel van die plekken wordt gebruikt door jongeren uit "
          "andere regio's. Het gebouw is verouderd en niet geschikt voor kleinschalig wonen."),
    ("p", "Uit de gesprekken die wij voor dit plan voerden, komt een aantal knelpunten naar "
          "voren. Er is te weinig crisisopvang dicht bij huis, waardoor een gesloten plaatsing "
          "soms de enige beschikbare plek is. Gezinshuizen hebben lange wachtlijsten. En "
          "professionals in het voorliggend veld weten niet altijd welke intensieve hulp thuis "
          "mogelijk is."),
    ("h", "3. Onze ambities voor 2028"),
    ("p", "De regio heeft voor het einde van de planperiode de volgende ambities vastgesteld. "
          "Ten eerste worden in 2028 ten hoogste 20 jongeren per jaar gesloten geplaatst. Ten "
          "tweede verblijft ten minste 80 procent van de gesloten geplaatste jongeren in de "
          "eigen regio of in een aangrenzende regio. Ten derde duurt geen enkele gesloten "
          "plaatsing langer dan drie maanden, tenzij de kinderrechter op basis van een nieuw "
          "advies anders beslist."),
    ("p", "De Hoge Weide wordt omgebouwd. Uiterlijk 1 juli 2026 zijn de vier grote groepen "
          "vervangen door drie kleinschalige units van zes jongeren. Daarmee daalt het aantal "
          "plekken van 32 naar 18. Zes van die plekken worden flexibel ingericht, zodat zij "
          "afhankelijk van de situatie van de jongere open of gesloten kunnen worden gebruikt."),
    ("h", "4. Alternatieven dichtbij huis"),
    ("p", "Minder gesloten plaatsingen lukt alleen als er goede alternatieven zijn. Daarom "
          "investeert de regio in vijf bouwstenen."),
    ("p", "<b>Regionaal crisisteam.</b> Op 1 maart 2025 start het Regionaal Crisisteam "
          "Lingewaarden, dat dag en nacht bereikbaar is en binnen twee uur ter plaatse kan zijn. "
          "Het team heeft een omvang van 8 fte en kan een gezin tot zes weken intensief "
          "begeleiden."),
    ("p", "<b>Meer gezinshuizen.</b> Het aantal gezinshuizen in de regio groeit van 11 naar 16 "
          "in 2027. Gezinshuisouders krijgen ondersteuning van een vaste gedragswetenschapper."),
    ("p", "<b>Logeerhuis De Overkant.</b> In Lingestad opent een logeerhuis met vier bedden "
          "waar jongeren kort kunnen verblijven om een crisis thuis te laten afkoelen."),
    ("p", "<b>Intensieve ambulante gezinsbehandeling.</b> De regio koopt jaarlijks 60 trajecten "
          "intensieve ambulante gezinsbehandeling in, bedoeld voor gezinnen waar een uithuisplaatsing "
          "dreigt."),
    ("p", "<b>Onderwijs-zorgarrangementen.</b> Met het samenwerkingsverband passend onderwijs "
          "maakt de regio afspraken over maatwerk, zodat jongeren zo veel mogelijk naar hun eigen "
          "school kunnen blijven gaan."),
    ("h", "5. Financiën"),
    ("p", "Voor gesloten jeugdhulp is in 2025 een regionaal budget van € 6,8 miljoen "
          "beschikbaar. De gemeenten delen de kosten op basis van solidariteit, naar rato van "
          "het aantal inwoners jonger dan 18 jaar; het aandeel van Lingestad bedraagt 38 procent. "
          "Daarnaast is voor de periode 2025–2028 een transformatiebudget van € 3,4 miljoen "
          "gereserveerd, waarvan € 1,2 miljoen bestemd is voor de opbouw van het crisisteam. De "
          "verwachting is dat de investeringen in alternatieven vanaf 2027 leiden tot lagere "
          "uitgaven aan gesloten en residentiële jeugdhulp."),
    ("h", "6. Sturing en monitoring"),
    ("p", "Het Regionaal Bureau Jeugd Lingewaarden stelt elk kwartaal een dashboard op met "
          "cijfers over instroom, uitstroom, wachttijden en kosten per zorgvorm. Het dashboard "
          "wordt besproken in het Regionaal Bestuurlijk Overleg Jeugd en ter beschikking gesteld "
          "aan de acht gemeenten. Het jongerenpanel 'Stem van de Linge', met twaalf "
          "ervaringsdeskundige jongeren, adviseert gevraagd en ongevraagd over de uitvoering "
          "van dit plan."),
    ("p", "In het voorjaar van 2027 vindt een tussentijdse evaluatie plaats. Op basis daarvan "
          "kunnen de ambities en de verdeling van het transformatiebudget worden bijgesteld. "
          "Het plan sluit aan op het bovenregionale ombouwplan voor Gelderland en wordt "
          "afgestemd met de naburige jeugdregio's."),
    ("h", "7. Tot slot"),
    ("p", "Dit plan kwam tot stand in samenwerking met jongeren, ouders, aanbieders, "
          "gecertificeerde instellingen, het onderwijs en de acht gemeenten. Wij danken alle "
          "betrokkenen voor hun inzet. Vragen over dit plan kunnen worden gesteld aan het "
          "Regionaal Bureau Jeugd Lingewaarden in Lingestad."),
]


def build_regioplan(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("rbody", parent=ss["Normal"], fontName="Times-Roman", fontSize=10,
                          leading=13, spaceAfter=6)
    head = ParagraphStyle("rhead", parent=body, fontName="Helvetica-Bold", fontSize=11,
                          leading=14, spaceBefore=6, spaceAfter=4,
                          textColor=colors.HexColor("#1f4e5a"))
    title = ParagraphStyle("rtitle", parent=body, fontName="Helvetica-Bold", fontSize=17,
                           leading=21, textColor=colors.HexColor("#1f4e5a"))
    sub = ParagraphStyle("rsub", parent=body, fontName="Helvetica-Oblique", fontSize=12,
                         leading=15)
    meta = ParagraphStyle("rmeta", parent=body, fontName="Helvetica", fontSize=8.5, leading=11)

    lm, rm, tm, bm = 2.0 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm
    gap = 0.8 * cm
    colw = (W - lm - rm - gap) / 2
    title_h = 4.2 * cm

    def columns(top):
        h = top - bm
        return [Frame(lm, bm, colw, h, id="c1", leftPadding=0, rightPadding=0),
                Frame(lm + colw + gap, bm, colw, h, id="c2", leftPadding=0, rightPadding=0)]

    def decorate(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(lm, H - 1.2 * cm, f"{RP_ORG} — {RP_TITLE}")
        canv.drawRightString(W - rm, 1.1 * cm, f"Pagina {doc.page}")
        canv.drawString(lm, 1.1 * cm, "Regionaal Bureau Jeugd Lingewaarden, december 2024")
        canv.restoreState()

    first_top = H - tm - title_h
    first = PageTemplate(id="first", frames=[Frame(lm, first_top, W - lm - rm, title_h, id="title",
                                                   leftPadding=0, rightPadding=0)]
                         + columns(first_top - 0.2 * cm), onPage=decorate)
    later = PageTemplate(id="later", frames=columns(H - tm), onPage=decorate)

    doc = BaseDocTemplate(str(path), pagesize=A4, title=RP_TITLE, author=RP_ORG,
                          leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm)
    doc.addPageTemplates([first, later])

    story = [Paragraph(RP_ORG, head), Paragraph(RP_TITLE, title), Paragraph(RP_SUBTITLE, sub),
             Paragraph(RP_META, meta), NextPageTemplate("later"), FrameBreak()]
    for kind, text in RP_BODY:
        story.append(Paragraph(text, head if kind == "h" else body))
    doc.build(story)


if __name__ == "__main__":
    register_fonts()
    build_kamerbrief(HERE / "kamerbrief-2025-wachttijden.pdf")
    build_regioplan(HERE / "regioplan-2025-lingewaarden.pdf")
    print("PDF's geschreven naar", HERE)
