# -*- coding: utf-8 -*-
"""Genereert een fictief uittreksel uit het jaarverslag 2026 van Stichting Havenlicht Jeugdzorg (PDF).

Opbouw: omslagregel, tabel met kerncijfers (2024-2026), doelen 2027 als genummerde lijst en
lopende tekst met bedragen en aantallen in woorden en met schaalwoorden.
"""
import os
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gridtable import GridTable  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "docs", "jaarverslag-havenlicht-2026.pdf")

base = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=14.5, spaceAfter=7)
cover = ParagraphStyle("cover", parent=base, fontName="Helvetica-Bold", fontSize=9,
                       textColor=colors.HexColor("#0b5d5e"), spaceAfter=2)
title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=4)
sub = ParagraphStyle("sub", parent=base, fontSize=11, textColor=colors.HexColor("#333333"), spaceAfter=14)
h = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=12.5, spaceBefore=10, spaceAfter=6,
                   textColor=colors.HexColor("#0b5d5e"), keepWithNext=1)
h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6, spaceAfter=4,
                    keepWithNext=1)
num = ParagraphStyle("num", parent=base, leftIndent=18, bulletIndent=2, spaceAfter=3, bulletFontName="Helvetica")
small = ParagraphStyle("small", parent=base, fontSize=8, leading=10)


def deco(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#0b5d5e"))
    c.rect(0, A4[1] - 0.5 * cm, A4[0], 0.5 * cm, stroke=0, fill=1)
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(2.2 * cm, 1.2 * cm, "Stichting Havenlicht Jeugdzorg - Jaarverslag 2026 (uittreksel)")
    c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "%d" % doc.page)
    c.restoreState()


def story():
    s = []
    s.append(Paragraph("STICHTING HAVENLICHT JEUGDZORG  |  JAARVERSLAG 2026  |  UITTREKSEL HOOFDSTUKKEN 2-4", cover))
    s.append(Spacer(1, 14))
    s.append(Paragraph("Jaarverslag 2026", title))
    s.append(Paragraph("Kleiner, dichterbij en met minder dwang - JeugdzorgPlus in de regio Rivierenkrans", sub))
    s.append(Paragraph(
        "Stichting Havenlicht Jeugdzorg biedt gesloten jeugdhulp (JeugdzorgPlus) op twee locaties: "
        "De Kwelder in Brakelwaard en Het Anker in Ter Leede. Daarnaast bieden we ambulante hulp en "
        "intensieve gezinsbegeleiding in de zes gemeenten van de jeugdregio Rivierenkrans. Dit uittreksel "
        "bevat de hoofdstukken over onze kerncijfers, de jongeren en de zorg, en onze medewerkers en "
        "financiën. Het volledige jaarverslag is vastgesteld door de raad van toezicht op 22 april 2027.",
        base))

    s.append(Paragraph("2. Kerncijfers", h))
    s.append(Paragraph(
        "De tabel hieronder geeft de belangrijkste cijfers over de afgelopen drie jaar. Het aantal plaatsen "
        "is het aantal beschikbare JeugdzorgPlus-plaatsen aan het einde van het jaar.", base))
    t = GridTable(
        header=["Kerncijfer", "2024", "2025", "2026"],
        rows=[
            ["Plaatsen JeugdzorgPlus (per 31 december)", "48", "40", "32"],
            ["Gemiddelde bezetting (%)", "91,2", "88,5", "84,0"],
            ["Instroom (aantal jongeren)", "131", "118", "97"],
            ["Uitstroom (aantal jongeren)", "127", "122", "104"],
            ["Gemiddelde verblijfsduur (dagen)", "138", "129", "117"],
            ["Vrijheidsbeperkende maatregelen (totaal)", "312", "254", "198"],
            ["  waarvan afzonderingen", "96", "71", "43"],
            ["Personeelsverloop (%)", "21,3", "19,8", "16,2"],
            ["Ziekteverzuim (%)", "8,9", "8,1", "7,4"],
            ["Medewerkers in fte (per 31 december)", "214", "203", "188"],
            ["Bedrijfsopbrengsten (mln euro)", "27,9", "26,3", "24,6"],
        ],
        col_widths=[8.4 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm], row_h=18, head_fill="#d7ecec")
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(Paragraph("Tabel 2.1 Kerncijfers Havenlicht 2024-2026. Personeelsverloop: uitgestroomde medewerkers "
                       "als percentage van het gemiddelde aantal medewerkers.", small))

    s.append(Paragraph("3. Jongeren en zorg", h))
    s.append(Paragraph("3.1 Wie kwamen er bij ons?", h2))
    s.append(Paragraph(
        "In 2026 namen we zevenennegentig jongeren op, tegen honderdachttien een jaar eerder. Een kwart van "
        "hen was bij opname jonger dan veertien jaar; dat aandeel groeit al drie jaar. Negenentwintig jongeren "
        "kwamen uit de eigen regio Rivierenkrans, de anderen uit omliggende regio's. Bijna zes op de tien "
        "jongeren hadden eerder al een plaatsing in een open residentiële voorziening achter de rug.", base))
    s.append(Paragraph(
        "Ruim de helft van de jongeren die in 2026 vertrokken, ging terug naar huis of naar een open "
        "woonvorm met begeleiding. De gemiddelde verblijfsduur daalde naar honderdzeventien dagen. We zien "
        "dat jongeren sneller kunnen doorstromen als het perspectiefplan al in de eerste weken met ouders "
        "en school is besproken.", base))
    s.append(Paragraph("3.2 Minder dwang", h2))
    s.append(Paragraph(
        "Het aantal vrijheidsbeperkende maatregelen daalde voor het tweede jaar op rij. Vooral het aantal "
        "afzonderingen nam af: van eenenzeventig in 2025 naar drieënveertig in 2026. Wij schrijven dit toe "
        "aan de werkwijze Samen Rustig, waarbij een vaste tweede medewerker de groep ondersteunt zodra de "
        "spanning oploopt, en aan de verbouwing van Het Anker. In de nieuwe woonunits is geen aparte "
        "afzonderingsruimte meer; er is wel een prikkelarme kamer die een jongere zelf kan kiezen.", base))
    s.append(Paragraph("3.3 Verbouwing en afbouw van plaatsen", h2))
    s.append(Paragraph(
        "In 2026 investeerden we ruim 2,1 miljoen euro in de verbouwing van Het Anker tot vier kleine "
        "woonunits voor elk vier jongeren. De verbouwing werd in september opgeleverd. Op De Kwelder sloten "
        "we per 1 juni de groep De Vlonder; de acht plaatsen van deze groep zijn omgezet in ambulante "
        "trajecten in de thuissituatie. Daarmee kwam het aantal plaatsen eind 2026 uit op tweeëndertig.",
        base))

    s.append(Paragraph("3.4 Doelen voor 2027", h2))
    s.append(Paragraph("Voor 2027 heeft Havenlicht zich de volgende doelen gesteld:", base))
    goals = [
        "het aantal afzonderingen terugbrengen tot hooguit twintig per jaar;",
        "geen enkele woongroep groter dan vier jongeren;",
        "samen met gemeente Molenveen twee gezinshuizen-plus openen als alternatief voor een gesloten plaatsing;",
        "het personeelsverloop onder de 15 procent brengen;",
        "voor elke jongere binnen zes weken na opname een perspectiefplan dat samen met ouders is opgesteld.",
    ]
    for i, g in enumerate(goals, 1):
        s.append(Paragraph(g, num, bulletText="%d." % i))

    s.append(Paragraph("4. Medewerkers en financiën", h))
    s.append(Paragraph(
        "Eind 2026 werkten er ruim tweehonderdveertig mensen bij Havenlicht, samen goed voor 188 fte. Het "
        "personeelsverloop daalde naar 16,2 procent; het ziekteverzuim kwam uit op 7,4 procent. Medewerkers "
        "volgden samen bijna twaalfhonderd uur training in de-escalerend werken en traumasensitief "
        "begeleiden. De inzet van uitzendkrachten en zzp'ers halveerden we ten opzichte van 2025.", base))
    s.append(Paragraph(
        "De bedrijfsopbrengsten daalden naar 24,6 miljoen euro, vooral door het lagere aantal plaatsen. "
        "Omdat een deel van de kosten van de afbouw niet direct kon worden teruggebracht, sloten we het jaar "
        "af met een negatief resultaat van ruim vierhonderdduizend euro. Met de gemeenten in de regio "
        "Rivierenkrans is afgesproken dat zij in 2027 een afbouwvergoeding betalen voor de leegstand op "
        "De Kwelder. Een derde van de investering in Het Anker is gefinancierd uit de eigen reserves; de rest "
        "uit een lening.", base))
    return s


def build():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=1.8 * cm, bottomMargin=2.2 * cm,
                            title="Jaarverslag 2026 (uittreksel)", author="Stichting Havenlicht Jeugdzorg")
    doc.build(story(), onFirstPage=deco, onLaterPages=deco)
    print("geschreven:", os.path.abspath(OUT))


if __name__ == "__main__":
    build()
