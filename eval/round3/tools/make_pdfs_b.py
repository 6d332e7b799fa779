#!/usr/bin/env python3
"""Generate the two PDF documents of the r3-b evaluation set.

Each document is defined once, as a list of blocks; from that list the script
writes (a) the PDF with reportlab and (b) a plain 'source text' file in src/
that the check script uses to verify quotes.  Afterwards the script extracts
the PDF text with pypdf and reports whether every paragraph survives extraction
(after whitespace normalisation).

Block types:
  ("title", text) ("subtitle", text) ("meta", text) ("h1", text) ("h2", text)
  ("p", text, [footnote, ...])   paragraph; footnotes get superscript markers
  ("bullets", [text, ...])
  ("table", caption, [[cell, ...], ...], col_widths_cm, note)
"""
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether,
                                ListFlowable, ListItem, FrameBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

# ---------------------------------------------------------------------------
# Document 2: IGJ inspection report on De Kreek (single column, footnotes)
# ---------------------------------------------------------------------------
IGJ_NAME = "igj-2026-inspectierapport-de-kreek"
IGJ_HEADER = "Inspectie Gezondheidszorg en Jeugd | Rapport De Kreek, Vaart & Anker Jeugdzorg"
IGJ_BLOCKS = [
    ("title", "Veiligheid op De Kreek onvoldoende geborgd"),
    ("subtitle", "Rapport van een onaangekondigd inspectiebezoek aan JeugdzorgPlus-locatie De Kreek "
                 "van Stichting Vaart & Anker Jeugdzorg te Brakelsveen"),
    ("meta", "Inspectie Gezondheidszorg en Jeugd, Utrecht"),
    ("meta", "Datum rapport: 24 februari 2026"),
    ("meta", "Kenmerk: IGJ-2026-0187"),
    ("meta", "Datum bezoek: 20 en 21 januari 2026"),
    ("h1", "1. Samenvatting"),
    ("p", "De Inspectie Gezondheidszorg en Jeugd (IGJ) heeft op 20 en 21 januari 2026 zonder aankondiging "
          "De Kreek bezocht, een locatie voor gesloten jeugdhulp van Stichting Vaart & Anker Jeugdzorg. "
          "De inspectie ziet betrokken medewerkers die zich inzetten voor de jongeren. Tegelijk stelt de "
          "inspectie vast dat de veiligheid van jongeren en medewerkers niet voldoende is geborgd. Jongeren "
          "worden vaak en soms langdurig gesepareerd, de nabespreking daarvan schiet tekort en op de "
          "intensieve zorggroep werken veel invalkrachten. Jongeren krijgen bovendien te weinig onderwijs.", []),
    ("p", "De inspectie verwacht dat de aanbieder binnen drie maanden de verbeteringen doorvoert die in "
          "hoofdstuk 5 zijn beschreven. De inspectie beoordeelt in de tweede helft van 2026 met een "
          "vervolgbezoek of dat is gelukt.", []),
    ("h1", "2. Aanleiding en werkwijze"),
    ("p", "De inspectie ontving in 2025 zes calamiteitenmeldingen over De Kreek, waarvan vier over "
          "incidenten tijdens of direct na een separatie. Ook kwamen signalen binnen van ouders en van een "
          "vertrouwenspersoon. Bij een eerder bezoek in mei 2024 zag de inspectie al risico's rond de "
          "inzet van vrijheidsbeperkende maatregelen.", ["IGJ, Rapport thematisch toezicht JeugdzorgPlus-locaties "
          "2024, kenmerk IGJ-2024-1312."]),
    ("p", "Het bezoek werd uitgevoerd door drie inspecteurs van de IGJ. Op de tweede dag sloot een "
          "inspecteur van de Inspectie van het Onderwijs aan voor het onderwijsdeel. De inspecteurs spraken "
          "met 14 jongeren, 2 ouders, 19 medewerkers, de gedragswetenschappers en de bestuurder. Daarnaast "
          "bekeken zij 25 dossiers van jongeren en de registratie van vrijheidsbeperkende maatregelen over "
          "heel 2025.", []),
    ("p", "De inspectie toetst aan de eisen uit de Jeugdwet en aan de normen uit het toetsingskader voor "
          "de gesloten jeugdhulp.", ["Jeugdwet, hoofdstuk 6 (gesloten jeugdhulp); Toetsingskader "
          "JeugdzorgPlus, versie 2024."]),
    ("h1", "3. Over De Kreek"),
    ("p", "De Kreek heeft 44 plaatsen voor jongeren van 12 tot 18 jaar. Er zijn vier gesloten leefgroepen "
          "van elk acht plaatsen, een semi-open groep De Oever met acht plaatsen en een intensieve zorggroep "
          "De Geul met vier plaatsen. Tijdens het bezoek verbleven er 39 jongeren. De Kreek werkt met een "
          "eigen school, De Uitkijk, op het terrein van de locatie.", []),
    ("p", "Vaart & Anker bouwt De Kreek de komende jaren af. In het inkoopplan van de eigen jeugdregio "
          "is afgesproken dat het aantal gecontracteerde plaatsen daalt. De aanbieder wil in 2027 alle "
          "jongeren opvangen in kleine woonvormen in de wijk.", ["Jeugdregio Midden-Oost, Inkoopplan "
          "gesloten jeugdhulp 2026-2029, vastgesteld september 2025."]),
    ("h1", "4. Bevindingen"),
    ("h2", "4.1 Vrijheidsbeperkende maatregelen"),
    ("p", "De Kreek registreert twee soorten maatregelen waarbij een jongere wordt afgezonderd: afzondering "
          "op de eigen kamer en separatie in een separeerruimte. De tabel geeft de aantallen per kwartaal "
          "over 2025.", []),
    ("table", "Tabel 1. Afzonderingen en separaties op De Kreek per kwartaal, 2025",
     [["Kwartaal", "Afzonderingen", "Separaties", "Gem. duur separatie (min.)"],
      ["1e kwartaal 2025", "41", "12", "95"],
      ["2e kwartaal 2025", "37", "9", "110"],
      ["3e kwartaal 2025", "52", "15", "134"],
      ["4e kwartaal 2025", "46", "11", "87"]],
     [4.0, 3.2, 3.0, 5.0],
     "Bron: registratie vrijheidsbeperkende maatregelen De Kreek."),
    ("p", "Het aantal afzonderingen en separaties was het hoogst in het derde kwartaal. De aanbieder "
          "verklaart die piek uit de zomerperiode, waarin door vakanties en ziekte veel vaste medewerkers "
          "ontbraken en relatief veel invalkrachten werkten. De inspectie vindt deze verklaring "
          "aannemelijk, maar ziet ook dat de aanbieder in die periode geen extra maatregelen nam.", []),
    ("p", "De Kreek heeft nog twee separeerruimtes. Eén ruimte is in november 2025 buiten gebruik "
          "gesteld.", []),
    ("p", "De inspectie stelt het volgende vast:", []),
    ("bullets", [
        "in 10 van de 25 bekeken dossiers ontbrak een nabespreking van de separatie met de jongere;",
        "afzonderingen op de eigen kamer worden niet altijd geregistreerd, vooral niet in de avond en nacht;",
        "de langste separatie in 2025 duurde ruim zes uur, zonder dat een gedragswetenschapper werd ingeschakeld;",
        "jongeren zeggen dat zij niet altijd weten waarom zij worden afgezonderd.",
    ]),
    ("h2", "4.2 Personeel"),
    ("p", "Het verloop onder medewerkers van De Kreek was in 2025 23 procent. Bij het bezoek stond 14,6 fte "
          "aan vacatures open en het ziekteverzuim bedroeg 9,8 procent. Op de intensieve zorggroep De Geul "
          "werd in december 2025 38 procent van de diensten ingevuld door invalkrachten of uitzendkrachten. "
          "Juist op die groep verblijven jongeren die veel nabijheid en voorspelbaarheid nodig hebben.", []),
    ("h2", "4.3 Onderwijs en dagbesteding"),
    ("p", "Jongeren op De Kreek kregen in de weken voor het bezoek gemiddeld 14 uur onderwijs per week. "
          "Dat is ruim minder dan de 25 uur die het onderwijsprogramma voorschrijft. Lessen vielen uit "
          "omdat er geen begeleiding beschikbaar was om jongeren naar school te brengen. Jongeren van De "
          "Geul kregen in die weken geen onderwijs.", ["Wet op de expertisecentra; het onderwijsdeel is "
          "beoordeeld door de Inspectie van het Onderwijs."]),
    ("h2", "4.4 Wat goed gaat"),
    ("bullets", [
        "iedere jongere heeft een vaste mentor, en jongeren zijn positief over hun mentor;",
        "de aanbieder is begonnen met de overgang naar kleinere groepen;",
        "ouders worden uitgenodigd voor een familienetwerkberaad binnen zes weken na plaatsing.",
    ]),
    ("h1", "5. Verbetermaatregelen"),
    ("p", "De inspectie verwacht dat Vaart & Anker uiterlijk 1 juni 2026 de volgende maatregelen heeft "
          "doorgevoerd:", []),
    ("bullets", [
        "elke separatie wordt binnen 24 uur met de jongere nabesproken en dit wordt in het dossier vastgelegd;",
        "alle vrijheidsbeperkende maatregelen, ook afzonderingen op de eigen kamer, worden volledig en eenduidig geregistreerd;",
        "op De Geul werken per dienst ten minste twee vaste, geschoolde medewerkers en het aandeel invalkrachten daalt onder 15 procent;",
        "iedere jongere krijgt ten minste 20 uur onderwijs per week.",
    ]),
    ("p", "Binnen zes weken na vaststelling van dit rapport stuurt de aanbieder de inspectie een plan van "
          "aanpak.", []),
    ("h1", "6. Vervolg"),
    ("p", "De inspectie brengt in de tweede helft van 2026 een vervolgbezoek aan De Kreek. Als de "
          "verbeteringen dan onvoldoende zijn doorgevoerd, overweegt de inspectie een aanwijzing. De "
          "inspectie informeert de gemeente Geldermaat, die namens de jeugdregio de zorg inkoopt, over "
          "dit rapport.", []),
]

# ---------------------------------------------------------------------------
# Document 3: regional purchasing plan (two columns)
# ---------------------------------------------------------------------------
INK_NAME = "jeugdregio-2025-inkoopplan-gesloten-jeugdhulp"
INK_HEADER = "Jeugdregio Midden-Oost | Inkoopplan gesloten jeugdhulp 2026-2029"
INK_BLOCKS = [
    ("title", "Inkoopplan gesloten jeugdhulp 2026-2029"),
    ("subtitle", "Jeugdregio Midden-Oost"),
    ("meta", "Vastgesteld door het Portefeuillehoudersoverleg Jeugd op 18 september 2025"),
    ("h1", "1. Inleiding"),
    ("p", "De gemeenten in Jeugdregio Midden-Oost kopen de gesloten jeugdhulp (JeugdzorgPlus) gezamenlijk in. "
          "De huidige overeenkomsten lopen af op 31 december 2025. In dit inkoopplan beschrijven de "
          "gemeenten hoe zij de gesloten jeugdhulp voor de periode 2026-2029 inkopen, tegen welke tarieven "
          "en met welke capaciteit.", []),
    ("p", "Het plan sluit aan bij de landelijke afspraken over de af- en ombouw van de gesloten jeugdhulp. "
          "Kern daarvan is dat gesloten plaatsingen zo veel mogelijk worden voorkomen, dat jongeren die "
          "toch gesloten worden geplaatst in kleine groepen dicht bij huis verblijven en dat het aantal "
          "plaatsen stap voor stap daalt.", []),
    ("h1", "2. De regio"),
    ("p", "Jeugdregio Midden-Oost bestaat uit elf gemeenten, verdeeld over drie subregio's:", []),
    ("bullets", [
        "subregio Vallei-Noord: Ravenswoud, Holterbroek, Elsterveen en Dijkmeer;",
        "subregio Lingestreek: Geldermaat, Leerdijk en Waalhoven;",
        "subregio IJsselkant: Zutfeld, Brummerveen, Olsterhoek en Brakelsveen.",
    ]),
    ("p", "In de regio wonen circa 96.400 jeugdigen tot 18 jaar. De gemeente Geldermaat treedt op als "
          "centrumgemeente en voert de inkoop en het contractbeheer uit namens alle elf gemeenten.", []),
    ("h1", "3. Ontwikkeling van de vraag"),
    ("p", "Het gemiddelde aantal jeugdigen uit de regio dat op een willekeurige dag gesloten verbleef, "
          "daalde van 44 in 2023 naar 39 in 2024. In de eerste helft van 2025 lag dat aantal op 35. De "
          "regio verwacht dat het gemiddelde in 2029 is gedaald tot 24 jeugdigen per dag, onder meer door "
          "de inzet van intensieve ambulante hulp en flexibele, open verblijfsplekken.", []),
    ("p", "Tegelijk wachtten jeugdigen uit de regio in 2025 soms weken op een plaats. De regio koopt daarom "
          "iets meer capaciteit in dan de verwachte gemiddelde vraag; daarbij geldt een bezettingsnorm van "
          "85 procent.", []),
    ("h1", "4. Aanbieders en capaciteit"),
    ("p", "De regio sluit overeenkomsten met drie aanbieders, die allemaal al in de regio werkzaam zijn. "
          "De gecontracteerde capaciteit daalt elk jaar, in lijn met de verwachte vraag.", []),
    ("table", "Tabel 1. Gecontracteerde plaatsen per aanbieder per jaar",
     [["Aanbieder (locatie)", "2026", "2027", "2028", "2029"],
      ["Vaart & Anker (De Kreek, Brakelsveen)", "32", "28", "24", "20"],
      ["Lindenhorst (Het Ven, Ravenswoud)", "18", "16", "14", "12"],
      ["Overstag (De Boei, Zutfeld)", "10", "10", "8", "8"],
      ["Totaal", "60", "54", "46", "40"]],
     [3.4, 1.1, 1.1, 1.1, 1.1],
     "Plaatsen zijn jaargemiddelden; een plaats is beschikbaar voor 365 etmalen."),
    ("p", "Vaart & Anker levert daarnaast de vier plaatsen van de intensieve zorggroep op De Kreek, die "
          "bovenregionaal worden ingezet. Lindenhorst levert de flexibele plaatsen, Overstag de "
          "crisisplaatsen.", []),
    ("h1", "5. Producten en tarieven"),
    ("p", "De regio hanteert voor 2026 de volgende tarieven per etmaal (prijspeil 2026):", []),
    ("bullets", [
        "gesloten verblijf in een kleine groep: \u20ac 742,18 per etmaal;",
        "intensief gesloten verblijf (intensieve zorggroep): \u20ac 1.186,40 per etmaal;",
        "flexibel verblijf, zo open als mogelijk: \u20ac 598,75 per etmaal;",
        "gesloten crisis- of time-outplek (maximaal 14 etmalen): \u20ac 812,50 per etmaal;",
        "ambulante nazorg na uitstroom: \u20ac 118,20 per uur.",
    ]),
    ("p", "In 2025 was het tarief voor gesloten verblijf nog \u20ac 703,90 per etmaal. De stijging komt vooral "
          "door hogere personeelskosten en de eis van kleinere groepen. Vanaf 2027 worden de tarieven "
          "jaarlijks geïndexeerd met de OVA-index.", []),
    ("h1", "6. Financiën"),
    ("p", "Het totale inkoopbudget voor 2026 bedraagt \u20ac 17,4 miljoen. Door de afbouw van capaciteit "
          "daalt het budget naar verwachting tot \u20ac 12,1 miljoen in 2029. De kosten worden verdeeld "
          "volgens een solidariteitsmodel: 70 procent naar rato van het werkelijke gebruik per gemeente en "
          "30 procent naar rato van het aantal jeugdigen per gemeente.", []),
    ("h1", "7. Kwaliteitseisen"),
    ("bullets", [
        "een groep bestaat uit hooguit acht jongeren;",
        "aanbieders richten geen nieuwe separeerruimtes in en stoppen uiterlijk op 1 januari 2028 met het gebruik van separeerruimtes;",
        "op iedere groep werkt per dienst ten minste één SKJ-geregistreerde professional;",
        "iedere jongere krijgt binnen vier weken na plaatsing een perspectiefplan met een uitstroomdatum.",
    ]),
    ("h1", "8. Procedure en planning"),
    ("p", "De regio kiest voor een bestuurlijke aanbesteding met de drie zittende aanbieders. De "
          "overeenkomsten hebben een looptijd van vier jaar, van 1 januari 2026 tot en met 31 december "
          "2029, met de mogelijkheid tot verlenging met twee keer één jaar. De gesprekken met aanbieders "
          "vinden plaats in oktober 2025; de overeenkomsten worden uiterlijk 15 december 2025 getekend.", []),
    ("p", "Het Portefeuillehoudersoverleg Jeugd evalueert het inkoopplan jaarlijks, voor het eerst in "
          "het najaar van 2026.", []),
]


# ---------------------------------------------------------------------------
def source_text(blocks):
    """Plain-text rendering of the blocks (the reference text for quotes)."""
    out, notes = [], []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "meta", "h1", "h2"):
            out.append(b[1])
        elif kind == "p":
            out.append(b[1])
            notes.extend(b[2])
        elif kind == "bullets":
            out.extend("- " + t for t in b[1])
        elif kind == "table":
            _, caption, rows, _, note = b
            out.append(caption)
            out.extend("\t".join(r) for r in rows)
            out.append(note)
    if notes:
        out.append("Voetnoten")
        out.extend(f"{i} {n}" for i, n in enumerate(notes, 1))
    return "\n".join(out) + "\n"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FootnoteParagraph(Paragraph):
    """Paragraph that registers its footnotes on the page it is drawn on."""

    def __init__(self, text, style, notes, registry):
        super().__init__(text, style)
        self._notes = notes
        self._registry = registry

    def drawOn(self, canvas, x, y, _sW=0):
        self._registry.setdefault(canvas.getPageNumber(), []).extend(self._notes)
        super().drawOn(canvas, x, y, _sW)

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        # keep the notes on the first part only
        out = []
        for i, p in enumerate(parts):
            fp = FootnoteParagraph.__new__(FootnoteParagraph)
            fp.__dict__.update(p.__dict__)
            fp._notes = self._notes if i == 0 else []
            fp._registry = self._registry
            out.append(fp)
        return out


def styles(base_size):
    ss = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=ss["Title"], fontSize=base_size + 8, leading=base_size + 11,
                                alignment=TA_LEFT, spaceAfter=6),
        "subtitle": ParagraphStyle("st", parent=ss["Normal"], fontName="Helvetica-Oblique",
                                   fontSize=base_size + 1.5, leading=base_size + 4, spaceAfter=6),
        "meta": ParagraphStyle("m", parent=ss["Normal"], fontSize=base_size, leading=base_size + 3,
                               textColor=colors.HexColor("#333333")),
        "h1": ParagraphStyle("h1", parent=ss["Heading2"], fontSize=base_size + 3, leading=base_size + 6,
                             spaceBefore=10, spaceAfter=4, textColor=colors.HexColor("#154273")),
        "h2": ParagraphStyle("h2", parent=ss["Heading3"], fontSize=base_size + 1, leading=base_size + 4,
                             spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("p", parent=ss["Normal"], fontSize=base_size, leading=base_size + 3.5,
                            spaceAfter=5),
        "cell": ParagraphStyle("c", parent=ss["Normal"], fontSize=base_size - 1, leading=base_size + 1.5),
        "caption": ParagraphStyle("cap", parent=ss["Normal"], fontName="Helvetica-Bold",
                                  fontSize=base_size - 0.5, leading=base_size + 2.5, spaceBefore=4, spaceAfter=3),
        "note": ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica-Oblique",
                               fontSize=base_size - 1.5, leading=base_size + 1, spaceAfter=6),
    }


def flowables(blocks, st, registry, counter):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "meta", "h1", "h2"):
            out.append(Paragraph(esc(b[1]), st[kind]))
        elif kind == "p":
            text, notes = esc(b[1]), b[2]
            numbered = []
            for n in notes:
                counter[0] += 1
                text += f"<super>{counter[0]}</super>"
                numbered.append((counter[0], n))
            out.append(FootnoteParagraph(text, st["p"], numbered, registry))
        elif kind == "bullets":
            items = [ListItem(Paragraph(esc(t), st["p"]), leftIndent=12) for t in b[1]]
            out.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=12))
        elif kind == "table":
            _, caption, rows, widths, note = b
            data = [[Paragraph(esc(c), st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            out.append(KeepTogether([Paragraph(esc(caption), st["caption"]), t,
                                     Paragraph(esc(note), st["note"])]))
    return out


def build(name, blocks, header, two_columns, total=None):
    os.makedirs(SRC, exist_ok=True)
    with open(os.path.join(SRC, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(source_text(blocks))

    path = os.path.join(HERE, name + ".pdf")
    W, H = A4
    margin = 2.0 * cm
    foot_reserved = 3.2 * cm  # room for footnotes + footer
    registry = {}
    st = styles(9 if two_columns else 10)

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=2.2 * cm, bottomMargin=foot_reserved,
                          title=blocks[0][1], author=header.split(" | ")[0])
    frame_h = H - 2.2 * cm - foot_reserved
    if two_columns:
        gap = 0.8 * cm
        cw = (W - 2 * margin - gap) / 2
        frames = [Frame(margin, foot_reserved, cw, frame_h, id="left", leftPadding=0, rightPadding=0),
                  Frame(margin + cw + gap, foot_reserved, cw, frame_h, id="right", leftPadding=0, rightPadding=0)]
    else:
        frames = [Frame(margin, foot_reserved, W - 2 * margin, frame_h, id="body", leftPadding=0, rightPadding=0)]

    def on_page(canvas, doc_):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(margin, H - 1.3 * cm, header)
        canvas.line(margin, H - 1.45 * cm, W - margin, H - 1.45 * cm)
        canvas.restoreState()

    def on_page_end(canvas, doc_):
        canvas.saveState()
        pn = canvas.getPageNumber()
        notes = registry.get(pn, [])
        y = foot_reserved - 0.5 * cm
        if notes:
            canvas.line(margin, y + 0.25 * cm, margin + 5 * cm, y + 0.25 * cm)
            canvas.setFont("Helvetica", 7)
            for num, text in notes:
                canvas.drawString(margin, y, f"{num} {text}")
                y -= 0.38 * cm
        canvas.setFont("Helvetica", 7.5)
        canvas.drawCentredString(W / 2, 1.0 * cm, f"Pagina {pn} van {total}" if total else f"Pagina {pn}")
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page, onPageEnd=on_page_end)])
    doc.build(flowables(blocks, st, registry, [0]))
    return path


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def verify(name, blocks):
    from pypdf import PdfReader
    pdf = os.path.join(HERE, name + ".pdf")
    reader = PdfReader(pdf)
    pages = [p.extract_text() or "" for p in reader.pages]
    text = "\n".join(pages)
    with open(os.path.join(SRC, name + ".extracted.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    flat = norm(text)
    # hyphenation is off in reportlab, so a whitespace-normalised paragraph should survive
    missing = 0
    for b in blocks:
        texts = []
        if b[0] in ("title", "subtitle", "meta", "h1", "h2", "p"):
            texts = [b[1]]
        elif b[0] == "bullets":
            texts = b[1]
        elif b[0] == "table":
            texts = [b[1]] + [" ".join(r) for r in b[2][1:]]
        for t in texts:
            if norm(t) not in flat:
                # table rows may wrap inside cells; test cell by cell
                if b[0] == "table" and all(norm(c) in flat for c in t.split(" ") if c):
                    continue
                missing += 1
                print(f"  [{name}] not found verbatim after extraction: {t[:70]!r}")
    print(f"{name}.pdf: {len(reader.pages)} pages, {len(flat.split())} words extracted, "
          f"{missing} blocks not verbatim")
    return missing


if __name__ == "__main__":
    from pypdf import PdfReader
    for name, blocks, header, two in ((IGJ_NAME, IGJ_BLOCKS, IGJ_HEADER, False),
                                      (INK_NAME, INK_BLOCKS, INK_HEADER, True)):
        # two passes: the second knows the page total for "Pagina N van M"
        n = len(PdfReader(build(name, blocks, header, two)).pages)
        build(name, blocks, header, two, total=n)
    bad = verify(IGJ_NAME, IGJ_BLOCKS) + verify(INK_NAME, INK_BLOCKS)
    sys.exit(0)
