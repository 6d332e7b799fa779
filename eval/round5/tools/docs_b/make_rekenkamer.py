# Genereert docs/rekenkamer-2026-grip-op-gesloten-jeugdhulp.pdf (3 pagina's)
# Uitvoeren met: /work/r4/docs-a/venv/bin/python tools/make_rekenkamer.py
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "rekenkamer-2026-grip-op-gesloten-jeugdhulp.pdf")

TITLE = "Grip op gesloten jeugdhulp"

FOOTNOTES = {
    1: ["1 Opgave van de jeugdregio IJsselvallei aan de rekenkamercommissie, peildatum 31 december 2024.",
        "2 De verdeelsleutel is in 2019 door de colleges van de tien gemeenten vastgesteld."],
    2: ["3 De cijfers over 2025 zijn voorlopig; de regionale jaarrekening 2025 wordt in juni 2026 vastgesteld.",
        "4 De eerste kleinschalige voorziening, De Hoeve in Haverveld, is in maart 2025 geopend met vier",
        "   plaatsen. De uitgaven in 2022 tot en met 2024 betreffen voorbereiding en verbouwing."],
    3: ["5 Brief van het college van burgemeester en wethouders aan de rekenkamercommissie, 10 maart 2026."],
}


def on_page(canv, doc):
    canv.saveState()
    page = canv.getPageNumber()
    notes = FOOTNOTES.get(page, [])
    y = 2.6 * cm
    if notes:
        canv.setStrokeColor(colors.grey)
        canv.line(2.2 * cm, y + 0.45 * cm, 8 * cm, y + 0.45 * cm)
        canv.setFont("Helvetica", 7.5)
        for line in notes:
            canv.drawString(2.2 * cm, y, line)
            y -= 0.38 * cm
    canv.setFont("Helvetica", 8)
    canv.drawString(2.2 * cm, 1.2 * cm, "Rekenkamercommissie Haverveld - " + TITLE)
    canv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "Pagina %d van 3" % page)
    canv.restoreState()


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica",
                          fontSize=10, leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold",
                        fontSize=20, leading=24, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold",
                        fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
    sub = ParagraphStyle("sub", parent=body, fontSize=11, leading=14,
                         textColor=colors.HexColor("#333333"))
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    num = ParagraphStyle("num", parent=body, leftIndent=16, firstLineIndent=-16)

    s = []
    # ---------------- pagina 1
    s.append(Paragraph("Rekenkamercommissie Haverveld", sub))
    s.append(Spacer(1, 6))
    s.append(Paragraph(TITLE, h1))
    s.append(Paragraph("Onderzoek naar sturing en kosten van JeugdzorgPlus in de jeugdregio IJsselvallei", sub))
    s.append(Paragraph("Rapport, 24 maart 2026", sub))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Samenvatting", h2))
    s.append(Paragraph(
        "De rekenkamercommissie heeft onderzocht hoe de gemeente Haverveld, als centrumgemeente van de "
        "jeugdregio IJsselvallei, stuurt op de gesloten jeugdhulp en wat deze hulp kost. Het onderzoek "
        "beslaat de jaren 2021 tot en met 2025.", body))
    s.append(Paragraph(
        "In die periode is het aantal jongeren dat vanuit de regio gesloten wordt geplaatst fors gedaald. "
        "De totale kosten zijn echter niet afgenomen: zij stegen van &#8364; 17,0 miljoen in 2021 naar "
        "&#8364; 17,7 miljoen in 2025. Dat komt vooral doordat het tarief voor een plek hoger werd en doordat "
        "de regio extra geld uitgaf aan nazorg en kleinschalige woonvormen.", body))
    s.append(Paragraph(
        "De gemeenteraad krijgt wel informatie over de uitgaven, maar nauwelijks over wat de afbouw van "
        "gesloten plaatsen oplevert voor jongeren. De rekenkamercommissie doet daarom vier aanbevelingen "
        "om de informatiepositie van de raad te versterken.", body))
    s.append(Paragraph("Achtergrond", h2))
    s.append(Paragraph(
        "Haverveld koopt de gesloten jeugdhulp in namens tien gemeenten. De kosten worden verdeeld volgens "
        "een verdeelsleutel waarin Haverveld 38 procent van de regionale kosten draagt.<super>2</super> "
        "In de regio zijn twee JeugdzorgPlus-locaties: De Bremhorst in Haverveld en Essenburg in Oldewolde. "
        "Beide worden geexploiteerd door Stichting De Kering Jeugdhulp.", body))
    s.append(Paragraph(
        "In 2024 werden 171 jongeren uit de regio gesloten geplaatst, tegen 236 in 2021.<super>1</super> "
        "Het tarief voor een plek in JeugdzorgPlus steeg tussen 2021 en 2025 van &#8364; 512 naar "
        "&#8364; 598 per etmaal. Sinds 2022 werkt de regio met het afbouwprogramma, dat gesloten plaatsingen "
        "zoveel mogelijk wil voorkomen en de duur van een verblijf wil verkorten.", body))
    s.append(Paragraph(
        "Voor dit onderzoek bestudeerde de rekenkamercommissie begrotingen, jaarrekeningen en "
        "raadsinformatiebrieven, en voerde zij gesprekken met ambtenaren, de aanbieder, twee wethouders "
        "en een vertegenwoordiging van de jongerenraad.", body))
    s.append(PageBreak())

    # ---------------- pagina 2
    s.append(Paragraph("Conclusies", h2))
    concl = [
        "De raad heeft onvoldoende zicht op de resultaten van de afbouw. De informatie aan de raad gaat "
        "vrijwel alleen over uitgaven en niet over uitkomsten voor jongeren, zoals terugval of heropname.",
        "De daling van het aantal plaatsingen heeft niet geleid tot lagere kosten. De kosten van verblijf "
        "daalden tussen 2021 en 2025 met ruim &#8364; 2,2 miljoen, maar de uitgaven aan nazorg en "
        "kleinschalige voorzieningen namen in dezelfde periode met ruim &#8364; 2,6 miljoen toe.",
        "De verschuiving naar kleinschalige voorzieningen is niet geevalueerd. Er is niet vastgelegd "
        "wanneer deze voorzieningen als geslaagd gelden.",
        "De regionale verdeelsleutel sluit niet meer aan bij het gebruik. De sleutel is gebaseerd op het "
        "aantal jeugdigen per gemeente in 2018, niet op het feitelijke gebruik van gesloten jeugdhulp.",
        "Jongeren wachten te lang op een passende plek. In 2025 wachtte een jongere gemiddeld 11 dagen op "
        "een plaatsing, en in 2024 moesten 23 jongeren buiten de regio worden geplaatst.",
    ]
    for i, c in enumerate(concl, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, c), num))
    s.append(Spacer(1, 8))
    cap = ParagraphStyle("cap", parent=h2, fontSize=10.5, leading=14)
    s.append(Paragraph("Tabel 1. Kosten gesloten jeugdhulp jeugdregio IJsselvallei, 2021-2025 (x &#8364; 1.000)", cap))
    data = [
        ["Kostenpost", "2021", "2022", "2023", "2024", "2025 (3)"],
        ["Verblijf JeugdzorgPlus", "14.820", "14.310", "13.960", "13.240", "12.610"],
        ["Crisisplaatsen gesloten", "1.150", "1.240", "1.310", "1.420", "1.380"],
        ["Ambulante nazorg en trajectbegeleiding", "640", "780", "910", "1.120", "1.360"],
        ["Kleinschalige voorzieningen (4)", "0", "350", "820", "1.450", "1.900"],
        ["Regionale inkoop en coordinatie", "410", "420", "445", "460", "470"],
        ["Totaal", "17.020", "17.100", "17.445", "17.690", "17.720"],
    ]
    t = Table(data, colWidths=[6.4 * cm] + [1.8 * cm] * 5)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
    ]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph("Bron: jaarrekeningen jeugdregio IJsselvallei 2021-2024 en voorlopige cijfers 2025.", small))
    s.append(Paragraph(
        "Uit de tabel blijkt dat het aandeel van verblijf in de totale kosten afneemt, terwijl de posten voor "
        "nazorg en kleinschalige voorzieningen sterk groeien. De crisisplaatsen laten na jaren van stijging in "
        "2025 voor het eerst een lichte daling zien.", body))
    s.append(PageBreak())

    # ---------------- pagina 3
    s.append(Paragraph("Aanbevelingen", h2))
    s.append(Paragraph("De rekenkamercommissie beveelt de raad aan het college te vragen:", body))
    aanb = [
        "met de regio een beperkte set indicatoren af te spreken over uitkomsten voor jongeren, en daarover "
        "twee keer per jaar aan de raad te rapporteren;",
        "de kleinschalige voorzieningen voor 1 januari 2027 onafhankelijk te laten evalueren;",
        "samen met de andere gemeenten de verdeelsleutel te herzien, zodat deze vanaf de begroting 2028 "
        "aansluit bij het werkelijke gebruik;",
        "met de aanbieders afspraken te maken over een maximale wachttijd voor een gesloten plaatsing.",
    ]
    for i, a in enumerate(aanb, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, a), num))
    s.append(Paragraph("Reactie van het college", h2))
    s.append(Paragraph(
        "Het college neemt de aanbevelingen 1, 2 en 4 over.<super>5</super> Aanbeveling 3 neemt het college "
        "gedeeltelijk over: een nieuwe verdeelsleutel vraagt instemming van alle tien gemeenten, en het "
        "college kan niet garanderen dat die er voor de begroting 2028 is. Het college wil wel in 2026 een "
        "voorstel in de regio bespreken.", body))
    s.append(Paragraph("Nawoord van de rekenkamercommissie", h2))
    s.append(Paragraph(
        "De rekenkamercommissie waardeert de constructieve reactie. Zij vraagt de raad erop toe te zien dat "
        "de eerste rapportage over uitkomsten voor jongeren nog in 2026 verschijnt, zodat de raad bij de "
        "begroting 2027 kan beoordelen of de afbouw het beoogde effect heeft.", body))
    s.append(Paragraph("Colofon", h2))
    s.append(Paragraph(
        "Rekenkamercommissie Haverveld: dr. H. Molenaar (voorzitter), ir. K. Sanders en mr. D. Yilmaz (leden).", body))
    s.append(Paragraph("Onderzoek: T. Bakker (onderzoeker) en L. Nijenhuis (secretaris).", body))
    s.append(Paragraph("Het rapport is vastgesteld op 17 maart 2026 en op 24 maart 2026 aan de raad aangeboden.", body))

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=3.8 * cm,
                            title="Grip op gesloten jeugdhulp", author="Rekenkamercommissie Haverveld")
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
    print("ok", OUT)
