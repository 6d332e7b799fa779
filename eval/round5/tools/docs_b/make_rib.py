# Genereert docs/raadsinformatiebrief-2026-afbouw-gesloten-plaatsen.pdf (2 pagina's, twee kolommen)
# Uitvoeren met: /work/r4/docs-a/venv/bin/python tools/make_rib.py
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, NextPageTemplate,
                                FrameBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "raadsinformatiebrief-2026-afbouw-gesloten-plaatsen.pdf")

W, H = A4
LM = RM = 1.9 * cm
GAP = 0.8 * cm
COLW = (W - LM - RM - GAP) / 2
TOP = 1.8 * cm
BOT = 2.0 * cm
HEAD_H = 4.4 * cm


def footer(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.drawString(LM, 1.1 * cm, "Raadsinformatiebrief RIB 2026-031 - gemeente Haverveld")
    canv.drawRightString(W - RM, 1.1 * cm, "%d / 2" % canv.getPageNumber())
    canv.restoreState()


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica",
                          fontSize=9.2, leading=12.2, spaceAfter=5)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold",
                        fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
    big = ParagraphStyle("big", parent=body, fontName="Helvetica-Bold", fontSize=17, leading=21)
    meta = ParagraphStyle("meta", parent=body, fontSize=9, leading=12, spaceAfter=1)
    small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10)
    item = ParagraphStyle("item", parent=body, leftIndent=12, firstLineIndent=-12, spaceAfter=3)

    head_frame = Frame(LM, H - TOP - HEAD_H, W - LM - RM, HEAD_H, id="head",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    ch1 = H - TOP - HEAD_H - BOT - 0.3 * cm
    c1a = Frame(LM, BOT, COLW, ch1, id="c1a", leftPadding=0, rightPadding=0)
    c1b = Frame(LM + COLW + GAP, BOT, COLW, ch1, id="c1b", leftPadding=0, rightPadding=0)
    ch2 = H - TOP - BOT
    c2a = Frame(LM, BOT, COLW, ch2, id="c2a", leftPadding=0, rightPadding=0)
    c2b = Frame(LM + COLW + GAP, BOT, COLW, ch2, id="c2b", leftPadding=0, rightPadding=0)

    doc = BaseDocTemplate(OUT, pagesize=A4, title="Raadsinformatiebrief afbouw gesloten jeugdhulp",
                          author="College van B en W Haverveld")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[head_frame, c1a, c1b], onPage=footer),
        PageTemplate(id="later", frames=[c2a, c2b], onPage=footer),
    ])

    s = [NextPageTemplate("later")]
    # ---- kop (volle breedte)
    s.append(Paragraph("Gemeente Haverveld", meta))
    s.append(Paragraph("Raadsinformatiebrief", big))
    s.append(Spacer(1, 4))
    s.append(Paragraph("<b>Nummer:</b> RIB 2026-031", meta))
    s.append(Paragraph("<b>Datum:</b> 14 april 2026", meta))
    s.append(Paragraph("<b>Onderwerp:</b> afbouw en ombouw van de gesloten jeugdhulp in de jeugdregio IJsselvallei, 2026-2028", meta))
    s.append(Paragraph("<b>Portefeuillehouder:</b> wethouder Jeugd, Onderwijs en Zorg", meta))
    s.append(Paragraph("<b>Bijlagen:</b> regionaal afbouwplan 'Dichtbij waar het kan'", meta))
    s.append(FrameBreak())

    # ---- kolommen
    s.append(Paragraph("Geachte leden van de raad,", body))
    s.append(Paragraph(
        "Met deze brief informeren wij u over het regionale afbouwplan 'Dichtbij waar het kan' voor de "
        "gesloten jeugdhulp en over het aantal gesloten plaatsen in onze regio. Ook gaan wij in op het "
        "rapport 'Grip op gesloten jeugdhulp' van de rekenkamercommissie van 24 maart 2026 en op de "
        "inspectienotitie over De Bremhorst van januari 2026.", body))
    s.append(Paragraph("Kernboodschap", h2))
    s.append(Paragraph(
        "Het aantal gesloten plaatsingen van jongeren uit de regio daalde van 236 in 2021 naar 149 in 2025. "
        "Wij willen die lijn doorzetten: minder jongeren achter een gesloten deur, kortere verblijven en meer "
        "hulp dichtbij huis. Daarvoor is tijdelijk extra geld nodig.", body))
    s.append(Paragraph("Besluiten van het college", h2))
    s.append(Paragraph("Het college heeft op 7 april 2026 besloten:", body))
    besl = [
        "in te stemmen met het regionale afbouwplan 'Dichtbij waar het kan' 2026-2028;",
        "de gesloten capaciteit in de regio stap voor stap te verminderen tot 36 plaatsen op 1 januari 2028;",
        "voor de Haverveldse bijdrage aan de regionale begroting 2026 een bedrag van &#8364; 6,93 miljoen te reserveren;",
        "uw raad vanaf het najaar van 2026 twee keer per jaar te informeren over de resultaten van de afbouw, "
        "in lijn met aanbeveling 1 van de rekenkamercommissie.",
    ]
    for i, b in enumerate(besl, 1):
        s.append(Paragraph("%d. %s" % (i, b), item))
    s.append(Paragraph("Capaciteit", h2))
    s.append(Paragraph(
        "Tabel 1 laat zien hoeveel gesloten plaatsen er in de regio zijn op elke peildatum, en hoeveel er "
        "volgens het afbouwplan nog overblijven. De locatie Essenburg in Oldewolde stopt per 1 januari 2028 "
        "met gesloten plaatsen en gaat verder als open behandelgroep.", body))
    data = [
        ["Peildatum", "Bremhorst", "Essenburg", "Kleinschalig", "Totaal"],
        ["1 jan 2024", "44", "16", "0", "60"],
        ["1 jan 2025", "40", "14", "0", "54"],
        ["1 jan 2026", "36", "12", "4", "52"],
        ["1 jan 2027*", "32", "8", "8", "48"],
        ["1 jan 2028*", "28", "0", "8", "36"],
    ]
    t = Table(data, colWidths=[1.9 * cm, 1.55 * cm, 1.55 * cm, 1.75 * cm, 1.2 * cm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
    ]))
    s.append(KeepTogether([
        Paragraph("<b>Tabel 1. Gesloten plaatsen in de jeugdregio IJsselvallei per peildatum</b>", small),
        Spacer(1, 2), t, Spacer(1, 2),
        Paragraph(
            "* gepland volgens het afbouwplan. Kleinschalig: De Hoeve in Haverveld (vanaf maart 2025) en de nieuwe "
            "woonvoorziening in Oldewolde (vanaf september 2026).", small)]))
    s.append(Paragraph("Maatregelen", h2))
    s.append(Paragraph("Om de afbouw verantwoord te laten verlopen, nemen de tien gemeenten samen met de aanbieders "
                       "de volgende maatregelen:", body))
    maatr = [
        "een tweede kleinschalige woonvoorziening in Oldewolde met vier plaatsen, die in september 2026 opengaat;",
        "uitbreiding van het ambulante spoedteam Thuis Veilig met 6 fte, zodat het team ook 's avonds en in het "
        "weekend kan worden ingezet;",
        "nazorg van ten minste zes maanden na elke gesloten plaatsing;",
        "een regionaal expertiseteam dat meedenkt bij vastgelopen situaties;",
        "afspraken met de aanbieders over een maximale wachttijd van zeven dagen voor een plaatsing.",
    ]
    for m in maatr:
        s.append(Paragraph("- " + m, item))
    s.append(Paragraph("Financien", h2))
    s.append(Paragraph(
        "De regionale begroting voor de gesloten jeugdhulp komt in 2026 uit op &#8364; 18,24 miljoen. Dat is "
        "meer dan in 2025, vooral door de uitbreiding van het spoedteam en de tweede kleinschalige voorziening. "
        "Haverveld draagt volgens de huidige verdeelsleutel 38 procent.", body))
    bud = [
        ["Post (x \u20ac 1.000)", "Begroting 2026"],
        ["Verblijf JeugdzorgPlus", "11.900"],
        ["Crisisplaatsen", "1.350"],
        ["Ambulante nazorg en trajectbegeleiding", "1.650"],
        ["Kleinschalige voorzieningen", "2.300"],
        ["Uitbreiding spoedteam Thuis Veilig", "560"],
        ["Regionale inkoop en coordinatie", "480"],
        ["Totaal", "18.240"],
    ]
    t2 = Table(bud, colWidths=[5.6 * cm, 2.3 * cm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.7, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
    ]))
    s.append(KeepTogether([Paragraph("<b>Tabel 2. Regionale begroting gesloten jeugdhulp 2026</b>", small),
                           Spacer(1, 2), t2]))
    s.append(Spacer(1, 5))
    s.append(Paragraph(
        "Vanaf 2027 verwachten wij dat de lagere uitgaven aan verblijf de extra kosten grotendeels "
        "compenseren. Valt de daling van het aantal plaatsingen tegen, dan komen wij met een voorstel bij de "
        "voorjaarsnota 2027.", body))
    s.append(Paragraph("Reactie op de inspectienotitie", h2))
    s.append(Paragraph(
        "De inspectie zag op De Bremhorst duidelijke verbeteringen, maar ook tekortkomingen, onder meer bij "
        "de veiligheidsplannen en de inzet van invalkrachten. De aanbieder heeft het verbeterplan tijdig "
        "ingediend. Wij volgen de uitvoering via het regionale contractmanagement en bespreken de voortgang "
        "elk kwartaal met de raad van bestuur.", body))
    s.append(Paragraph("Reactie op het rekenkamerrapport", h2))
    s.append(Paragraph(
        "Wij nemen de aanbevelingen van de rekenkamercommissie over de indicatoren, de evaluatie van de "
        "kleinschalige voorzieningen en de wachttijd over. Over een nieuwe verdeelsleutel gaan wij in 2026 "
        "met de andere negen gemeenten in gesprek.", body))
    s.append(Paragraph("Wat merken jongeren ervan?", h2))
    s.append(Paragraph(
        "De jongerenraad IJsselvallei heeft meegedacht over het afbouwplan. Jongeren vroegen vooral om "
        "vaste begeleiders, om meer contact met hun familie en om een school die doorloopt als zij "
        "terugkeren naar huis. Deze punten zijn in het plan verwerkt.", body))
    s.append(Paragraph("Hoe volgen wij de resultaten?", h2))
    s.append(Paragraph(
        "In de halfjaarrapportage brengen wij in elk geval de volgende indicatoren in beeld:", body))
    for ind in ["het aantal gesloten plaatsingen en het aantal unieke jongeren;",
                "de gemiddelde verblijfsduur;",
                "het aantal jongeren dat binnen een jaar opnieuw gesloten wordt geplaatst;",
                "de gemiddelde wachttijd voor een plaatsing;",
                "het aantal separaties op de locaties in de regio;",
                "het aantal plaatsingen buiten de regio."]:
        s.append(Paragraph("- " + ind, item))
    s.append(Paragraph(
        "De cijfers over plaatsingen, verblijfsduur, separaties en plaatsingen buiten de regio komen uit de "
        "regiomonitor; over heropnames en wachttijden maken wij "
        "nieuwe afspraken met de aanbieders, omdat deze gegevens nu nog niet betrouwbaar worden vastgelegd.", body))
    s.append(Paragraph("Risico's", h2))
    s.append(Paragraph(
        "Wij zien drie belangrijke risico's. Ten eerste het personeelstekort bij de aanbieder: zonder vaste "
        "teams is een kleinere, meer gespecialiseerde gesloten voorziening moeilijk te bemensen. Ten tweede "
        "kan de vraag minder snel dalen dan verwacht, waardoor jongeren vaker buiten de regio moeten worden "
        "geplaatst. Ten derde kunnen landelijke afspraken over de jeugdhulp leiden tot andere tarieven of "
        "eisen aan de voorzieningen. Wij bespreken deze risico's elk kwartaal in het regionale bestuurlijk "
        "overleg.", body))
    s.append(Paragraph("Vervolg", h2))
    s.append(Paragraph(
        "Het afbouwplan wordt op 2 juni 2026 besproken in de commissie Samenleving. De eerste "
        "halfjaarrapportage over de resultaten ontvangt u in oktober 2026.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Met vriendelijke groet,", body))
    s.append(Paragraph("het college van burgemeester en wethouders van Haverveld,", body))
    s.append(Paragraph("namens dezen,", body))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Roel Hoekstra", body))
    s.append(Paragraph("wethouder Jeugd, Onderwijs en Zorg", body))

    doc.build(s)


if __name__ == "__main__":
    build()
    print("ok", OUT)
