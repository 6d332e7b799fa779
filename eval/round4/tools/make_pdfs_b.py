"""Genereert de twee PDF-documenten van set r4/docs-b met reportlab.

Gebruik:  /work/r4/docs-b/venv/bin/python /work/r4/docs-b/tools/make_pdfs.py

De inhoud staat in DOCS als lijst van blokken. SOURCE_BLOCKS geeft per document
alle tekstfragmenten zoals ze in de PDF zijn gezet (alinea's, opsommingen,
tabelcellen, kop- en voetregels); check.py gebruikt die om quotes te controleren.
"""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(os.path.dirname(HERE), "docs")

# ---------------------------------------------------------------------------
# Document 3: Rekenkamer Valkenhaven (eenkoloms, lopende kop, paginanummers)
# ---------------------------------------------------------------------------
RK_ID = "rekenkamer-2026-onderzoek-jeugdhulp-gemeente-valkenhaven"
RK_HEADER = "Rekenkamer Valkenhaven | Onderzoek 'Grip op gesloten jeugdhulp' | september 2026"
RK_FOOTER = "Pagina {n} van 3"

RK = [
    ("title", "Rekenkamer Valkenhaven"),
    ("p", "Aan de gemeenteraad van Valkenhaven"),
    ("p", "Datum: 22 september 2026"),
    ("p", "Kenmerk: RK-2026-07"),
    ("p", "Onderwerp: aanbieding onderzoeksrapport 'Grip op gesloten jeugdhulp'"),
    ("sp", 8),
    ("p", "Geachte leden van de raad,"),
    ("p", "Hierbij bieden wij u ons onderzoek aan naar de sturing op en de kosten van gesloten jeugdhulp "
          "(JeugdzorgPlus) in de gemeente Valkenhaven. Wij hebben het onderzoek uitgevoerd van februari tot "
          "en met juni 2026. Wij hebben daarvoor documenten en financiële gegevens over de jaren 2022 tot en "
          "met 2025 bestudeerd en 17 interviews gehouden met ambtenaren, de wethouder, medewerkers van het "
          "regionale inkoopbureau van de regio Noordkust en twee zorgaanbieders."),
    ("p", "Valkenhaven telt 58.400 inwoners, van wie ongeveer 11.900 jonger dan 18 jaar. De gemeente koopt "
          "gesloten jeugdhulp niet zelf in, maar doet dat samen met zeven andere gemeenten via de regio "
          "Noordkust. De kosten worden over de gemeenten verdeeld op basis van het aantal inwoners; het aandeel "
          "van Valkenhaven bedraagt 17,5 procent."),
    ("h2", "1. Aanleiding en onderzoeksvragen"),
    ("p", "Gesloten jeugdhulp is de zwaarste vorm van jeugdhulp. Een jongere kan alleen gesloten worden "
          "geplaatst als de kinderrechter daarvoor een machtiging afgeeft. Het gaat in Valkenhaven om een "
          "kleine groep jongeren, maar de kosten per jongere zijn hoog en de gevolgen voor de jongere "
          "ingrijpend. In de raad zijn in 2025 vragen gesteld over de stijgende uitgaven. Daarom hebben wij "
          "onderzocht hoeveel de gemeente uitgeeft aan gesloten jeugdhulp, hoe het college daarop stuurt en "
          "hoe de raad daarover wordt geïnformeerd."),
    ("h2", "2. Kosten"),
    ("p", "Tabel 1 laat de uitgaven aan jeugdhulp van de gemeente Valkenhaven zien, uitgesplitst naar drie "
          "kostenposten. De bedragen zijn de werkelijke uitgaven volgens de jaarrekeningen."),
    ("caption", "Tabel 1. Uitgaven jeugdhulp gemeente Valkenhaven 2022-2025 (kosten in euro)"),
    ("table", [
        ["Kostenpost", "2022", "2023", "2024", "2025"],
        ["Gesloten jeugdhulp (JeugdzorgPlus)", "1.250.000", "1.410.000", "1.580.000", "1.720.000"],
        ["Residentiële jeugdhulp (open)", "3.900.000", "4.150.000", "4.320.000", "4.480.000"],
        ["Ambulante jeugdhulp", "6.200.000", "6.650.000", "7.010.000", "7.260.000"],
        ["Totaal jeugdhulp", "11.350.000", "12.210.000", "12.910.000", "13.460.000"],
    ], [6.2, 2.3, 2.3, 2.3, 2.3]),
    ("p", "De uitgaven aan gesloten jeugdhulp stegen tussen 2022 en 2025 van € 1,25 mln naar € 1,72 mln, "
          "een toename van bijna 38 procent. Dat is opvallend, omdat het aantal jongeren uit Valkenhaven dat "
          "in een JeugdzorgPlus-voorziening verbleef in dezelfde periode daalde van 14 naar 11. De stijging "
          "komt vooral door hogere tarieven: het tarief per etmaal ging van € 798 in 2022 naar € 912 in 2025. "
          "Voor 2026 is met de aanbieders een etmaaltarief van € 968 afgesproken."),
    ("p", "Ook de totale uitgaven aan jeugdhulp lopen op. De begroting voor jeugdhulp in 2025 bedroeg "
          "€ 11,9 mln, terwijl de werkelijke uitgaven uitkwamen op ruim € 13,4 mln. Ook in 2023 en 2024 "
          "werd de begroting overschreden. Het college heeft de begroting in die jaren telkens pas bij de "
          "najaarsnota bijgesteld."),
    ("h2", "3. Belangrijkste bevindingen"),
    ("bullet", "De raad is in 2024 en 2025 niet afzonderlijk geïnformeerd over gesloten jeugdhulp. In de "
               "jaarstukken zijn de kosten van gesloten en open residentiële jeugdhulp samengevoegd."),
    ("bullet", "Het college heeft weinig zicht op de resultaten. Van de 11 jongeren die in 2025 gesloten "
               "verbleven, kon de gemeente voor slechts 4 jongeren aangeven waar zij na hun vertrek "
               "terechtkwamen."),
    ("bullet", "De regionale afspraken zijn helder vastgelegd, maar de kostenverdeling naar inwonertal sluit "
               "niet aan bij het werkelijke gebruik. Valkenhaven had in 2025 ongeveer 21 procent van de "
               "regionale plaatsingsdagen, maar betaalde 17,5 procent van de kosten."),
    ("bullet", "De gemeente startte op 1 maart 2025 de pilot Thuis+, een intensief alternatief traject aan "
               "huis. In 2025 deden 6 jongeren mee; bij 4 van hen werd een gesloten plaatsing voorkomen. De "
               "pilot kostte in 2025 € 186.000 en wordt gefinancierd uit tijdelijke middelen die eind 2026 "
               "aflopen."),
    ("bullet", "Wijkteams verwijzen steeds vaker door naar specialistische hulp. Het aantal verwijzingen "
               "door de wijkteams naar residentiële jeugdhulp steeg van 38 in 2022 naar 51 in 2025."),
    ("h2", "4. Conclusie"),
    ("p", "Onze conclusie is dat de gemeente Valkenhaven onvoldoende grip heeft op de kosten en resultaten "
          "van gesloten jeugdhulp. De kosten stijgen terwijl het aantal jongeren daalt, en de raad krijgt "
          "niet de informatie die nodig is om zijn kaderstellende en controlerende rol te vervullen. "
          "Tegelijk zien wij in de pilot Thuis+ een veelbelovende aanpak die meer aandacht verdient."),
    ("h2", "5. Aanbevelingen"),
    ("p", "Wij doen de raad de volgende aanbevelingen:"),
    ("num", "1. Vraag het college om ten minste twee keer per jaar te rapporteren over het aantal jongeren in "
            "gesloten jeugdhulp, de kosten en de resultaten."),
    ("num", "2. Draag het college op om met de regio Noordkust afspraken te maken over het volgen van "
            "jongeren tot twaalf maanden na hun vertrek uit de gesloten jeugdhulp."),
    ("num", "3. Verzoek het college de pilot Thuis+ uiterlijk in 2027 te evalueren en bij een positief "
            "resultaat structureel te financieren."),
    ("num", "4. Stel een realistische begroting voor jeugdhulp vast die aansluit bij de werkelijke uitgaven "
            "van de afgelopen drie jaar."),
    ("num", "5. Vraag het college om in de regio aan te dringen op een kostenverdeling die rekening houdt met "
            "het werkelijke gebruik per gemeente."),
    ("h2", "6. Reactie van het college en nawoord"),
    ("p", "Het college heeft op 8 september 2026 bestuurlijk gereageerd op het conceptrapport. Wethouder "
          "Ilse Brandsma (jeugd en onderwijs) schrijft namens het college dat het de aanbevelingen 1, 2, 4 "
          "en 5 overneemt. Aanbeveling 3 neemt het college gedeeltelijk over: de pilot wordt geëvalueerd, "
          "maar over structurele financiering wil het college pas besluiten bij de voorjaarsnota 2027."),
    ("p", "In ons nawoord waarderen wij dat het college de meeste aanbevelingen overneemt. Wij vragen de raad "
          "wel om erop toe te zien dat het besluit over Thuis+ tijdig valt, zodat deelnemende gezinnen niet "
          "zonder hulp komen te zitten wanneer de tijdelijke middelen aflopen."),
    ("p", "Het volledige rapport is te vinden op de website van de rekenkamer. Wij lichten het onderzoek "
          "graag toe in de commissie Samenleving van 13 oktober 2026."),
    ("sp", 10),
    ("p", "Met vriendelijke groet,"),
    ("p", "Rekenkamer Valkenhaven"),
    ("sp", 14),
    ("sig", "drs. Pieter-Jan Hoekstra, voorzitter"),
    ("sig", "Sanne Willemsen MSc, secretaris"),
    ("sp", 6),
    ("small", "Leden van de rekenkamer: drs. Pieter-Jan Hoekstra (voorzitter), Karin Dijkstra en Youssef Amrani."),
]

# ---------------------------------------------------------------------------
# Document 4: Raadsinformatiebrief regio Noordkust (tweekoloms)
# ---------------------------------------------------------------------------
RB_ID = "raadsbrief-2026-transformatie-jeugdzorgplus-noordkust"
RB_FOOTER = "Raadsinformatiebrief Regio Noordkust | BOJ-2026-112 | pagina {n}"

RB_HEAD = [
    ("title", "Regio Noordkust - Samenwerkingsverband Jeugd"),
    ("subtitle", "Raadsinformatiebrief"),
    ("meta", "Datum: 17 november 2026"),
    ("meta", "Onderwerp: Voortgang transformatie JeugdzorgPlus Noordkust"),
    ("meta", "Aan: de gemeenteraden van de acht gemeenten in de regio Noordkust"),
    ("meta", "Van: Bestuurlijk Overleg Jeugd Noordkust"),
    ("meta", "Kenmerk: BOJ-2026-112"),
]

RB = [
    ("h2", "1. Aanleiding"),
    ("p", "In maart 2024 hebben de acht gemeenten in onze regio het Transformatieplan JeugdzorgPlus "
          "Noordkust 2024-2028 vastgesteld, onder de titel 'Dichterbij en kleiner'. Het plan heeft drie "
          "doelen: minder jongeren gesloten plaatsen, kortere verblijven en kleinere woonvormen dichter bij "
          "huis. In 2028 wil de regio nog maximaal 36 gesloten plaatsen hebben en per 1 januari 2028 geen "
          "separeerruimtes meer gebruiken. Met deze brief informeren wij u over de voortgang tot en met "
          "30 september 2026."),
    ("p", "De regio bestaat uit de gemeenten Valkenhaven, Zeestrand, Duinwijk, Kwelderwaard, Hooghaven, "
          "Lagedijk, Brakwater en Schorrendam."),
    ("h2", "2. Plaatsingen"),
    ("bullet", "Het aantal jongeren uit de regio met een nieuwe gesloten plaatsing daalde van 74 in 2024 naar "
               "61 in 2025."),
    ("bullet", "In de eerste negen maanden van 2026 (1 januari tot en met 30 september) ging het om "
               "39 nieuwe plaatsingen."),
    ("bullet", "De gemiddelde verblijfsduur van jongeren uit de regio was in 2025 5,6 maanden, tegen "
               "6,2 maanden in 2024."),
    ("bullet", "71 procent van de jongeren kon in 2025 binnen de eigen regio worden geplaatst; in 2024 was "
               "dat 58 procent."),
    ("p", "Op 30 september 2026 verbleven 41 jongeren uit de regio in een gesloten voorziening. Zes van "
          "hen verbleven in een voorziening buiten de regio, omdat er binnen Noordkust geen passende plek "
          "was. Het aandeel meisjes onder de jongeren die in 2025 werden geplaatst, bedroeg 38 procent."),
    ("h2", "3. Capaciteit"),
    ("p", "De regio bouwt het aantal gesloten plaatsen stap voor stap af en verschuift plaatsen naar "
          "kleinschalige voorzieningen. De capaciteit ontwikkelt zich als volgt:"),
    ("bullet", "1 januari 2025: 66 plaatsen (De Waterkant 50, Huize Helmgras 8, De Duinhoeve 8)."),
    ("bullet", "31 december 2025: 58 plaatsen (De Waterkant 42, Huize Helmgras 8, De Duinhoeve 8)."),
    ("bullet", "Op 1 oktober 2026 is in Zeestrand de kleinschalige voorziening De Strandloper geopend, met "
               "4 plaatsen voor meisjes."),
    ("bullet", "Verwacht per 31 december 2026: 50 plaatsen (De Waterkant 30, Huize Helmgras 8, De Duinhoeve 8, "
               "De Strandloper 4)."),
    ("p", "Bij De Waterkant wordt de leefgroep Het Wad in de loop van het vierde kwartaal van 2026 gesloten. "
          "De medewerkers van die groep gaan grotendeels over naar De Strandloper en naar het herstelteam."),
    ("h2", "4. Vrijheidsbeperkende maatregelen"),
    ("p", "Volgens het jaarverslag 2025 van Stichting Noordkust Jeugd en Gezin zijn op De Waterkant in 2025 "
          "49 separaties toegepast, tegen 83 in 2024. Huize Helmgras en De Duinhoeve hebben geen "
          "separeerruimte en pasten in 2025 geen separaties toe. De Inspectie Gezondheidszorg en Jeugd "
          "bezocht De Waterkant in maart 2026 en zag vooruitgang, maar oordeelde dat het onderwijs en het "
          "informeren van ouders nog niet op orde zijn."),
    ("h2", "5. Financiën"),
    ("bullet", "Het regionale budget voor JeugdzorgPlus bedraagt in 2026 € 9,8 mln."),
    ("bullet", "Tot en met 30 september 2026 is € 7,3 mln uitgegeven, 74 procent van het budget."),
    ("bullet", "Wij verwachten over heel 2026 uit te komen op € 9,6 mln."),
    ("bullet", "Voor 2027 is een budget van € 9,1 mln geraamd."),
    ("bullet", "Voor de hele looptijd van het transformatieplan is € 4,5 mln aan transformatiemiddelen "
               "beschikbaar; daarvan is tot nu toe € 2,1 mln besteed."),
    ("p", "De kosten worden verdeeld naar inwonertal. De Rekenkamer Valkenhaven heeft in september 2026 "
          "aanbevolen om de verdeling te laten aansluiten bij het werkelijke gebruik. Het Bestuurlijk "
          "Overleg neemt dit punt mee in de evaluatie van de kostenverdeling in het voorjaar van 2027."),
    ("h2", "6. Wat is er bereikt"),
    ("bullet", "Sinds 1 september 2025 werkt op De Waterkant een herstelteam dat bij dreigende escalaties "
               "wordt ingezet."),
    ("bullet", "Het alternatieve traject Thuis+ is per 1 juli 2026 uitgebreid van Valkenhaven naar alle acht "
               "gemeenten. In 2026 zijn tot nu toe 23 gezinnen met Thuis+ begeleid."),
    ("bullet", "140 medewerkers van de drie locaties volgden de training 'Samen sterker zonder dwang'."),
    ("bullet", "Met twee woningcorporaties zijn afspraken gemaakt over 12 woningen voor jongeren die "
               "uitstromen naar begeleid wonen."),
    ("p", "In juni 2026 hebben wij een panel van 15 jongeren met ervaring in de gesloten jeugdhulp "
          "gevraagd naar hun ervaringen. Zij gaven de hulp gemiddeld een 6,8. Jongeren waarderen de kleinere "
          "groepen en het herstelteam, maar vinden dat zij te weinig zeggenschap hebben over hun dagprogramma "
          "en te lang moeten wachten op verlof."),
    ("h2", "7. Knelpunten"),
    ("bullet", "Personeel: op 1 oktober 2026 stonden bij de drie locaties samen 27 vacatures open."),
    ("bullet", "Onderwijs: jongeren op De Waterkant krijgen nog te weinig lesuren. Met het schoolbestuur "
               "van De Dijkschool wordt gewerkt aan uitbreiding."),
    ("bullet", "Uitstroom: voor jongeren die naar een open plek kunnen, is die plek niet altijd direct "
               "beschikbaar. Gemiddeld wachtten zij in 2025 23 dagen op een vervolgplek."),
    ("h2", "8. Vervolg"),
    ("bullet", "In het eerste kwartaal van 2027 besluit het Bestuurlijk Overleg over een tweede "
               "kleinschalige voorziening in Kwelderwaard."),
    ("bullet", "Op 28 januari 2027 organiseren wij in Valkenhaven een regionale raadsbijeenkomst over de "
               "transformatie."),
    ("bullet", "De volgende raadsinformatiebrief over de voortgang ontvangt u in juni 2027."),
    ("p", "Namens het Bestuurlijk Overleg Jeugd Noordkust,"),
    ("sig", "Ruud Kamminga"),
    ("p", "voorzitter Bestuurlijk Overleg Jeugd Noordkust, wethouder jeugd gemeente Zeestrand"),
    ("small", "Contactpersoon: Lotte Smits, regiocoördinator jeugd Noordkust"),
]


def _texts(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            for row in b[1]:
                out.extend(row)
        elif b[0] == "sp":
            continue
        else:
            out.append(b[1])
    return out


SOURCE_BLOCKS = {
    RK_ID: [RK_HEADER] + _texts(RK) + [RK_FOOTER.format(n=i) for i in (1, 2, 3)],
    RB_ID: _texts(RB_HEAD) + _texts(RB) + [RB_FOOTER.format(n=i) for i in (1, 2)],
}


# ---------------------------------------------------------------------------
FONT, FONT_B, FONT_I = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def _register_fonts():
    """Gebruik Liberation Sans (TrueType, met ToUnicode-tabel) als die aanwezig is."""
    global FONT, FONT_B, FONT_I
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    d = "/usr/share/fonts/truetype/liberation/"
    try:
        pdfmetrics.registerFont(TTFont("LibSans", d + "LiberationSans-Regular.ttf"))
        pdfmetrics.registerFont(TTFont("LibSans-Bold", d + "LiberationSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("LibSans-Italic", d + "LiberationSans-Italic.ttf"))
        FONT, FONT_B, FONT_I = "LibSans", "LibSans-Bold", "LibSans-Italic"
    except Exception:
        pass


def _styles(base_size):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_LEFT
    s = {}
    s["p"] = ParagraphStyle("p", fontName=FONT, fontSize=base_size, leading=base_size * 1.35,
                            spaceAfter=base_size * 0.6, alignment=TA_LEFT)
    s["small"] = ParagraphStyle("small", parent=s["p"], fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.3)
    s["title"] = ParagraphStyle("title", parent=s["p"], fontName=FONT_B, fontSize=base_size + 6,
                                leading=(base_size + 6) * 1.25, spaceAfter=base_size)
    s["subtitle"] = ParagraphStyle("subtitle", parent=s["p"], fontName=FONT_B, fontSize=base_size + 3,
                                   leading=(base_size + 3) * 1.25)
    s["meta"] = ParagraphStyle("meta", parent=s["p"], spaceAfter=1)
    s["h2"] = ParagraphStyle("h2", parent=s["p"], fontName=FONT_B, fontSize=base_size + 1.5,
                             leading=(base_size + 1.5) * 1.3, spaceBefore=base_size * 0.6, spaceAfter=base_size * 0.4)
    s["caption"] = ParagraphStyle("caption", parent=s["p"], fontName=FONT_I)
    s["bullet"] = ParagraphStyle("bullet", parent=s["p"], leftIndent=12, bulletIndent=2, bulletFontName=FONT,
                                 spaceAfter=base_size * 0.35)
    s["num"] = ParagraphStyle("num", parent=s["p"], leftIndent=14, firstLineIndent=-12,
                              spaceAfter=base_size * 0.35)
    s["sig"] = ParagraphStyle("sig", parent=s["p"], fontName=FONT_B, spaceAfter=2)
    return s


def _flow(blocks, st):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = Table(rows, colWidths=[w * cm for w in widths])
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                ("FONT", (0, 0), (-1, 0), FONT_B, 9.5),
                ("FONT", (0, -1), (-1, -1), FONT_B, 9.5),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            out.append(t)
            out.append(Spacer(1, 8))
        elif kind == "bullet":
            out.append(Paragraph(escape(b[1]), st["bullet"], bulletText="\u2022"))
        else:
            out.append(Paragraph(escape(b[1]), st[kind]))
    return out


def build_rekenkamer(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate
    st = _styles(10.5)

    def on_page(c, doc):
        c.saveState()
        c.setFont(FONT, 8.5)
        c.drawString(2.5 * cm, A4[1] - 1.5 * cm, RK_HEADER)
        c.line(2.5 * cm, A4[1] - 1.65 * cm, A4[0] - 2.5 * cm, A4[1] - 1.65 * cm)
        c.drawRightString(A4[0] - 2.5 * cm, 1.5 * cm, RK_FOOTER.format(n=doc.page))
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.4 * cm, bottomMargin=2.4 * cm,
                            title="Grip op gesloten jeugdhulp - Rekenkamer Valkenhaven",
                            author="Rekenkamer Valkenhaven")
    doc.build(_flow(RK, st), onFirstPage=on_page, onLaterPages=on_page)


def build_raadsbrief(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, NextPageTemplate
    st = _styles(9)
    W, H = A4
    lm = rm = 1.8 * cm
    top, bottom = 1.8 * cm, 2.0 * cm
    gap = 0.8 * cm
    colw = (W - lm - rm - gap) / 2
    head_h = 4.6 * cm

    first = PageTemplate(id="first", frames=[
        Frame(lm, H - top - head_h, W - lm - rm, head_h, id="head", showBoundary=0),
        Frame(lm, bottom, colw, H - top - head_h - bottom - 0.3 * cm, id="c1"),
        Frame(lm + colw + gap, bottom, colw, H - top - head_h - bottom - 0.3 * cm, id="c2"),
    ], onPage=lambda c, d: _rb_footer(c, d, W))
    later = PageTemplate(id="later", frames=[
        Frame(lm, bottom, colw, H - top - bottom, id="c1b"),
        Frame(lm + colw + gap, bottom, colw, H - top - bottom, id="c2b"),
    ], onPage=lambda c, d: _rb_footer(c, d, W))
    doc = BaseDocTemplate(path, pagesize=A4, pageTemplates=[first, later],
                          title="Raadsinformatiebrief transformatie JeugdzorgPlus Noordkust",
                          author="Regio Noordkust")
    story = _flow(RB_HEAD, st) + [NextPageTemplate("later"), FrameBreak()] + _flow(RB, st)
    doc.build(story)


def _rb_footer(c, doc, W):
    from reportlab.lib.units import cm
    c.saveState()
    c.setFont(FONT, 7.5)
    c.drawCentredString(W / 2, 1.1 * cm, RB_FOOTER.format(n=doc.page))
    c.restoreState()


if __name__ == "__main__":
    os.makedirs(OUTDIR, exist_ok=True)
    _register_fonts()
    p3 = os.path.join(OUTDIR, RK_ID + ".pdf")
    p4 = os.path.join(OUTDIR, RB_ID + ".pdf")
    build_rekenkamer(p3)
    build_raadsbrief(p4)
    from pypdf import PdfReader
    for p in (p3, p4):
        r = PdfReader(p)
        words = sum(len(pg.extract_text().split()) for pg in r.pages)
        print(os.path.basename(p), "pages:", len(r.pages), "words:", words)
