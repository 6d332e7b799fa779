# Genereert de fictieve regionale uitvoeringsagenda (tweekoloms PDF) met reportlab.
# Gebruik: /work/r4/docs-a/venv/bin/python tools/make_regio.py
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, FrameBreak, NextPageTemplate)

OUT = os.path.join(os.path.dirname(__file__), '..', 'docs',
                   'uitvoeringsagenda-2026-jeugdregio-welderzijl.pdf')
W, H = A4
M = 1.8 * cm
GAP = 0.8 * cm
COLW = (W - 2 * M - GAP) / 2
TOPBAND = 5.2 * cm
GREEN = colors.HexColor('#2e6b4f')

base = ParagraphStyle('base', fontName='Helvetica', fontSize=9, leading=12.4, spaceAfter=6)
h1 = ParagraphStyle('h1', parent=base, fontName='Helvetica-Bold', fontSize=19, leading=23,
                    textColor=GREEN, spaceAfter=4)
sub = ParagraphStyle('sub', parent=base, fontSize=11, leading=14, textColor=colors.HexColor('#333333'))
h2 = ParagraphStyle('h2', parent=base, fontName='Helvetica-Bold', fontSize=11, leading=14,
                    textColor=GREEN, spaceBefore=8, spaceAfter=4, keepWithNext=1)
h3 = ParagraphStyle('h3', parent=base, fontName='Helvetica-Bold', fontSize=9.5, spaceBefore=4,
                    spaceAfter=2, keepWithNext=1)
num = ParagraphStyle('num', parent=base, leftIndent=13, bulletIndent=0, spaceAfter=4)
cell = ParagraphStyle('cell', parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
cellh = ParagraphStyle('cellh', parent=cell, fontName='Helvetica-Bold', textColor=colors.white)
cap = ParagraphStyle('cap', parent=base, fontSize=8, leading=10, textColor=colors.HexColor('#444444'))


def P(t, st=base):
    return Paragraph(t, st)


def deco(c, doc):
    c.saveState()
    page = c.getPageNumber()
    c.setFillColor(GREEN)
    c.rect(0, H - 0.5 * cm, W, 0.5 * cm, fill=1, stroke=0)
    c.setFont('Helvetica', 7.5)
    c.setFillColor(colors.HexColor('#444444'))
    c.drawString(M, 1.0 * cm, 'Jeugdregio Welderzijl e.o.  |  Uitvoeringsagenda gesloten jeugdhulp 2026-2027')
    c.drawRightString(W - M, 1.0 * cm, 'pagina %d' % page)
    if page > 1:
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.setLineWidth(0.4)
        c.line(W / 2, 1.8 * cm, W / 2, H - 1.5 * cm)
    else:
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.setLineWidth(0.4)
        c.line(W / 2, 1.8 * cm, W / 2, H - TOPBAND - 0.6 * cm)
    c.restoreState()


def story():
    s = []
    s.append(P('Van gesloten naar dichtbij', h1))
    s.append(P('Uitvoeringsagenda gesloten jeugdhulp 2026-2027 – Jeugdregio Welderzijl e.o.', sub))
    s.append(P('Vastgesteld door het Regionaal Bestuurlijk Overleg (RBO) Jeugd op 27 januari 2026', cap))
    s.append(FrameBreak())

    s.append(P('1. Waarom deze agenda', h2))
    s.append(P('De zeven gemeenten van de jeugdregio Welderzijl e.o. – Welderzijl, Oostmaren, Kappelwaard, '
               'Ravensloot, Brakelwaard, Heemveld en Zandermeer – willen dat geen kind uit onze regio nog '
               'gesloten hoeft te worden geplaatst als er dicht bij huis een veilig alternatief is. Landelijk '
               'is afgesproken dat gesloten plaatsingen in 2030 tot het verleden behoren. Deze agenda '
               'beschrijft wat wij in 2026 en 2027 doen om daar als regio aan bij te dragen.'))
    s.append(P('De regio telt ruim 310.000 inwoners, van wie bijna 66.000 jonger dan 18 jaar. Welderzijl is '
               'centrumgemeente en voert namens de andere gemeenten de inkoop en het contractbeheer van de '
               'specialistische jeugdhulp uit.'))

    s.append(P('2. Waar staan we?', h2))
    s.append(P('Het aantal jongeren uit onze regio dat gesloten wordt geplaatst, daalt langzaam. In 2025 ging '
               'het om 84 jongeren, vier minder dan een jaar eerder. Ook de gemiddelde duur van een plaatsing '
               'is korter geworden (zie tabel). Toch verblijven jongeren nog vaak ver van huis: ruim de helft '
               'van de plaatsingen was buiten de regio.'))
    tdata = [[P('Jaar', cellh), P('Jongeren geplaatst', cellh), P('Gem. duur (weken)', cellh)],
             [P('2022', cell), P('97', cell), P('21', cell)],
             [P('2023', cell), P('91', cell), P('20', cell)],
             [P('2024', cell), P('88', cell), P('19', cell)],
             [P('2025', cell), P('84', cell), P('17', cell)]]
    t = Table(tdata, colWidths=[1.6 * cm, 2.9 * cm, 2.9 * cm], hAlign='LEFT')
    t.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, 0), GREEN),
        ('LINEBELOW', (0, 0), (-1, -1), 0.4, colors.HexColor('#999999')),
        ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3),
    ]))
    s.append(P('<b>Gesloten plaatsingen van jongeren uit de regio</b>', cap))
    s.append(t)
    s.append(P('Bron: eigen registratie jeugdregio Welderzijl e.o., telling op woonplaats van de jongere.', cap))
    s.append(P('Binnen de regio ligt één gesloten locatie: De Wending in Kappelwaard, met 36 plaatsen, van '
               'Stichting Horizonzorg Oost. De aanbieder heeft laten weten dat zij de toekomst van deze '
               'locatie heroverweegt. Een besluit wordt in het eerste kwartaal van 2026 verwacht. De regio '
               'is hierover in gesprek met de aanbieder en met de jeugdbeschermingsorganisaties.'))
    s.append(P('De arbeidsmarkt blijft een zorg. Eind 2025 stond bij de jeugdhulpaanbieders in onze regio '
               '12 procent van de formatieplaatsen open. Tegelijk is er geïnvesteerd in vakmanschap: in 2024 '
               'en 2025 volgden ruim 300 professionals de regionale training traumasensitief werken. De '
               'gemiddelde wachttijd voor specialistische ambulante hulp bedraagt 9 weken; voor '
               'spoedeisende situaties geldt geen wachttijd.'))

    s.append(P('Wat jongeren en ouders zeggen', h3))
    s.append(P('In het najaar van 2025 vroeg de regio 142 ouders en 57 jongeren naar hun ervaringen. Bijna '
               'twee derde van de ouders (64 procent) noemde de reisafstand naar de gesloten locatie een groot '
               'probleem. Jongeren misten vooral hun school en vrienden; zij gaven hun verblijf gemiddeld een '
               '5,8. Veel ouders gaven aan dat zij eerder hulp hadden willen krijgen, voordat de situatie thuis '
               'onhoudbaar werd.'))
    s.append(P('3. Onze ambitie', h2))
    s.append(P('Wij willen in 2027 25 procent minder gesloten plaatsingen dan in 2024. Daarnaast willen wij '
               'dat een jongere die toch gesloten moet worden geplaatst, niet langer dan 12 weken blijft en '
               'daarna terug kan naar huis of naar een kleinschalige woonplek in de eigen regio. Ieder kind '
               'houdt tijdens en na de plaatsing een plek op school of in een leerwerktraject.'))

    s.append(P('4. Vijf actielijnen', h2))
    s.append(P('Om deze ambitie waar te maken, werken wij langs vijf lijnen:'))
    items = [
        '<b>Eerder erbij.</b> De lokale jeugdteams en het onderwijs signaleren zorgen eerder en kunnen '
        'zonder verwijzing een beroep doen op de expertise van de specialistische aanbieders.',
        '<b>Kleinschalig wonen.</b> Wij openen twee kleinschalige woonvoorzieningen met elk zes plaatsen, '
        'in Oostmaren en in Ravensloot. Beide moeten in 2027 open zijn.',
        '<b>Spoed aan huis.</b> Een regionaal spoedteam is dag en nacht bereikbaar en kan binnen vier uur '
        'bij een gezin thuis zijn, zodat een crisis niet vanzelf tot een gesloten plaatsing leidt.',
        '<b>School en werk.</b> Scholen, leerplicht en aanbieders maken afspraken zodat jongeren hun plek '
        'op school behouden, ook als zij tijdelijk elders verblijven.',
        '<b>Sterke professionals.</b> Wij investeren in scholing, begeleiding van nieuwe medewerkers en een '
        'regionale invalpool om het verloop terug te dringen.',
    ]
    for i, it in enumerate(items, 1):
        s.append(Paragraph(it, num, bulletText='%d.' % i))

    s.append(P('5. Financiën', h2))
    s.append(P('Voor de looptijd van deze agenda is in totaal € 4,2 miljoen beschikbaar. Dat bedrag bestaat '
               'uit bijdragen van de zeven gemeenten en een rijksbijdrage uit de middelen van de '
               'Hervormingsagenda Jeugd. Het geld wordt als volgt verdeeld: € 2,6 miljoen voor de '
               'kleinschalige woonvoorzieningen, € 1,1 miljoen voor het spoedteam en € 0,5 miljoen voor '
               'scholing en arbeidsmarkt. De gemeenten dragen naar rato van hun aantal jeugdige inwoners bij.'))
    s.append(P('Middelen die aan het eind van 2027 niet zijn besteed, vloeien terug naar de gemeenten, tenzij '
               'het RBO Jeugd besluit ze over te hevelen naar een volgende agenda.'))

    s.append(P('6. Planning', h2))
    s.append(P('De belangrijkste mijlpalen voor de komende twee jaar zijn:'))
    for t in ['<b>1 juni 2026</b> – het regionale spoedteam gaat van start, eerst in Welderzijl, Kappelwaard '
              'en Heemveld en vanaf januari 2027 in de hele regio.',
              '<b>september 2026</b> – eerste voortgangsverslag aan het RBO Jeugd.',
              '<b>december 2026</b> – omgevingsvergunningen voor de woonvoorzieningen in Oostmaren en '
              'Ravensloot verleend.',
              '<b>2027</b> – opening van beide woonvoorzieningen; evaluatie van de agenda in het najaar.']:
        s.append(Paragraph(t, num, bulletText='–'))
    s.append(P('7. Risico’s', h2))
    s.append(P('De grootste risico’s zien wij in het personeelstekort, in mogelijke vertraging bij de bouw van '
               'de woonvoorzieningen en in het wegvallen van gesloten capaciteit in de eigen regio. Als '
               'locatie De Wending haar deuren sluit, neemt de reisafstand voor ouders verder toe. De regio '
               'wil in dat geval samen met de aanbieder zorgen voor een zorgvuldige overgang van de jongeren '
               'en het personeel. Voor onvoorziene kosten is binnen het budget geen aparte reserve opgenomen; '
               'tegenvallers worden opgevangen binnen de bestaande jeugdhulpbegrotingen van de gemeenten.'))
    s.append(P('8. Sturing en monitoring', h2))
    s.append(P('Programmaleider Annelies Verbruggen is verantwoordelijk voor de uitvoering en rapporteert twee '
               'keer per jaar aan het RBO Jeugd. Het eerste voortgangsverslag verschijnt in september 2026. '
               'Het RBO Jeugd staat onder voorzitterschap van wethouder Karim Bouzidi van Welderzijl.'))
    s.append(P('Wij volgen de voortgang met een beperkt aantal indicatoren:'))
    for i, it in enumerate([
            'het aantal gesloten plaatsingen van jongeren uit de regio;',
            'de gemiddelde duur van een gesloten plaatsing;',
            'het aandeel plaatsingen binnen de eigen regio;',
            'het aantal jongeren dat na vertrek naar school gaat of werkt.'], 1):
        s.append(Paragraph(it, num, bulletText='%d.' % i))
    s.append(P('Jongeren en ouders met ervaring in de gesloten jeugdhulp denken mee via een klankbordgroep '
               'die vier keer per jaar bijeenkomt. Hun ervaringen wegen mee bij de jaarlijkse bijstelling van '
               'deze agenda.'))
    s.append(P('<i>Meer informatie: jeugdregio Welderzijl e.o., team Jeugd, gemeente Welderzijl.</i>', cap))
    return s


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                          title='Uitvoeringsagenda gesloten jeugdhulp 2026-2027', author='Jeugdregio Welderzijl e.o.')
    fb = 1.8 * cm
    top_h = TOPBAND - 1.2 * cm
    band = Frame(M, H - TOPBAND, W - 2 * M, top_h, id='band', leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    c1 = Frame(M, fb, COLW, H - TOPBAND - 0.4 * cm - fb, id='c1', leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    c2 = Frame(M + COLW + GAP, fb, COLW, H - TOPBAND - 0.4 * cm - fb, id='c2', leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0)
    d1 = Frame(M, fb, COLW, H - 1.5 * cm - fb, id='d1', leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    d2 = Frame(M + COLW + GAP, fb, COLW, H - 1.5 * cm - fb, id='d2', leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate('first', [band, c1, c2], onPage=deco, autoNextPageTemplate='rest'),
                          PageTemplate('rest', [d1, d2], onPage=deco)])
    doc.build(story())
    return doc.page


if __name__ == '__main__':
    print('pages', build())
