# Genereert de fictieve Kamerbrief (PDF) met reportlab.
# Gebruik: /work/r4/docs-a/venv/bin/python tools/make_kamerbrief.py
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)

OUT = os.path.join(os.path.dirname(__file__), '..', 'docs',
                   'kamerbrief-2026-onderwijs-gesloten-jeugdhulp.pdf')

TITLE = 'Onderwijs en perspectief voor jongeren in de gesloten jeugdhulp'
DATUM = '12 maart 2026'
KENMERK = '4187263-1090214-J'
W, H = A4
LEFT = 2.6 * cm
RIGHT = 2.2 * cm
TOP = 2.8 * cm
BOTTOM = 4.6 * cm   # ruimte voor voetnoten + paginanummer

FOOTNOTES = {
    1: 'Kamerstukken II 2025/26, 31 839, nr. 1124 (verslag van het commissiedebat Jeugd van 9 oktober 2025).',
    2: 'Bron: Centrum voor Jeugdstatistiek, voorlopige cijfers over 2025, peildatum 15 februari 2026. '
       'De definitieve cijfers verschijnen in het voorjaar van 2026.',
    3: 'Het gaat om jongeren die zes maanden na vertrek staan ingeschreven bij een onderwijsinstelling '
       'of ten minste 12 uur per week betaald werk hebben.',
    4: 'Arbeidsmarktmonitor Jeugd 2025, uitgevoerd in opdracht van de sociale partners in de jeugdzorg.',
    5: 'Inspectie van het Onderwijs en Inspectie Gezondheidszorg en Jeugd, "Leren achter de deur", '
       'november 2025.',
}

fn_pages = {}     # footnote nr -> page
state = {'total': 0}


class FNMark(Flowable):
    """Onzichtbare markering die vastlegt op welke pagina een voetnootverwijzing staat."""
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        fn_pages[self.n] = self.canv.getPageNumber()


base = ParagraphStyle('base', fontName='Helvetica', fontSize=10, leading=14.2, spaceAfter=7)
h = ParagraphStyle('h', parent=base, fontName='Helvetica-Bold', fontSize=10.5, spaceBefore=9, spaceAfter=5, keepWithNext=1)
bullet = ParagraphStyle('b', parent=base, leftIndent=14, bulletIndent=2, spaceAfter=4)
small = ParagraphStyle('s', parent=base, fontSize=8.5, leading=11)
cell = ParagraphStyle('c', parent=base, fontSize=9, leading=11, spaceAfter=0)
cellb = ParagraphStyle('cb', parent=cell, fontName='Helvetica-Bold', textColor=colors.white)


def footnotes_and_footer(c, doc):
    page = c.getPageNumber()
    c.saveState()
    notes = [n for n, p in sorted(fn_pages.items()) if p == page]
    y = BOTTOM - 0.5 * cm
    if notes:
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.line(LEFT, y, LEFT + 5 * cm, y)
        y -= 0.35 * cm
        for n in notes:
            p = Paragraph('<super>%d</super> %s' % (n, FOOTNOTES[n]), small)
            w, hh = p.wrap(W - LEFT - RIGHT, 5 * cm)
            p.drawOn(c, LEFT, y - hh + 0.2 * cm)
            y -= hh + 0.1 * cm
    c.setFont('Helvetica', 8)
    total = state['total'] or '?'
    c.drawRightString(W - RIGHT, 1.4 * cm, 'Pagina %d van %s' % (page, total))
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    # briefhoofd: verticale balk + ministerie
    c.setFillColor(colors.HexColor('#154273'))
    c.rect(W / 2 - 0.55 * cm, H - 3.0 * cm, 1.1 * cm, 3.0 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 10)
    c.drawString(W / 2 + 0.9 * cm, H - 2.2 * cm, 'Ministerie van Volksgezondheid,')
    c.drawString(W / 2 + 0.9 * cm, H - 2.65 * cm, 'Welzijn en Sport')
    # rechter kolom met adresgegevens
    c.setFont('Helvetica-Bold', 7.5)
    x = W - RIGHT - 4.3 * cm
    yy = H - 4.4 * cm
    c.drawString(x, yy, 'Directie Jeugd')
    c.setFont('Helvetica', 7.5)
    for line in ['Bezoekadres', 'Parnassusplein 5', '2511 VX  Den Haag', 'www.rijksoverheid.nl', '',
                 'Kenmerk', KENMERK, '', 'Uw brief', 'n.v.t.', '', 'Bijlage(n)', '1']:
        yy -= 0.36 * cm
        c.drawString(x, yy, line)
    footnotes_and_footer(c, doc)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont('Helvetica', 7.5)
    c.drawString(LEFT, H - 1.5 * cm, 'Ministerie van Volksgezondheid, Welzijn en Sport')
    c.drawRightString(W - RIGHT, H - 1.5 * cm, 'Datum %s  |  Kenmerk %s' % (DATUM, KENMERK))
    c.setLineWidth(0.4)
    c.line(LEFT, H - 1.7 * cm, W - RIGHT, H - 1.7 * cm)
    c.drawString(LEFT, H - 2.05 * cm, TITLE)
    footnotes_and_footer(c, doc)
    c.restoreState()


def P(t, st=base):
    return Paragraph(t, st)


def story():
    s = []
    addr = ('Aan de Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>'
            '2500 EA  DEN HAAG')
    s.append(Spacer(1, 2.2 * cm))
    s.append(Table([[P(addr)]], colWidths=[9 * cm], style=[('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    s.append(Spacer(1, 1.2 * cm))
    meta = [[P('Datum', small), P(DATUM)], [P('Betreft', small), P(TITLE)],
            [P('Ons kenmerk', small), P(KENMERK)]]
    s.append(Table(meta, colWidths=[2.4 * cm, 9.0 * cm],
                   style=[('LEFTPADDING', (0, 0), (-1, -1), 0), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                          ('BOTTOMPADDING', (0, 0), (-1, -1), 0)]))
    s.append(Spacer(1, 0.8 * cm))
    s.append(P('Geachte voorzitter,'))
    s.append(P('Tijdens het commissiedebat Jeugd van 9 oktober 2025 heb ik uw Kamer toegezegd u vóór het '
               'voorjaar te informeren over het onderwijs aan jongeren die in een gesloten '
               'jeugdhulpinstelling verblijven.<super>1</super> Met deze brief, die ik mede namens de minister '
               'van Onderwijs, Cultuur en Wetenschap verstuur, kom ik die toezegging na. Ik schets hoe het '
               'onderwijs op de locaties ervoor staat, welke knelpunten we zien en welke maatregelen het '
               'kabinet de komende jaren neemt.'))
    s.append(FNMark(1))

    s.append(P('1. Aanleiding', h))
    s.append(P('Jongeren die gesloten worden geplaatst, hebben vaak al een lange geschiedenis van '
               'schoolverzuim en thuiszitten achter de rug. Onderwijs is voor hen een van de belangrijkste '
               'voorwaarden voor een goede terugkeer in de samenleving. Het gezamenlijke onderzoek van de '
               'Inspectie van het Onderwijs en de Inspectie Gezondheidszorg en Jeugd laat zien dat dit '
               'onderwijs nog niet overal op orde is.<super>5</super> De inspecties bezochten in 2025 acht '
               'locaties. Op drie van die locaties vielen lessen structureel uit door een tekort aan '
               'personeel, en op vijf locaties begon het onderwijs pas weken na de plaatsing.'))
    s.append(FNMark(5))

    s.append(P('2. Stand van zaken in de gesloten jeugdhulp', h))
    s.append(P('Eind 2025 telde de gesloten jeugdhulp 1.012 plaatsen, verdeeld over 23 locaties van 11 '
               'aanbieders. Volgens de voorlopige cijfers verbleven in 2025 in totaal 1.486 jongeren korter '
               'of langer in een gesloten instelling.<super>2</super>'))
    s.append(FNMark(2))
    s.append(P('Het aantal jongeren daalt al jaren: in 2017 ging het nog om 2.160 jongeren. Het kabinet '
               'houdt vast aan het doel om gesloten plaatsingen in 2030 tot nul terug te brengen. Zolang '
               'jongeren nog gesloten verblijven, moeten zij wel het onderwijs krijgen waar zij recht op '
               'hebben.'))

    s.append(P('3. Onderwijs op de locaties', h))
    s.append(P('Tabel 1 geeft een beeld van de ontwikkeling sinds 2017. Het aandeel jongeren dat op de '
               'locatie onderwijs volgt, is gestegen van 71 procent in 2017 naar 85 procent in 2025. Ook het '
               'gemiddelde aantal lesuren per week is toegenomen, tot 18,3 uur in 2025. Dat is nog altijd '
               'minder dan de 20 uur die het kabinet als ondergrens beschouwt. Van de jongeren die in 2025 '
               'vertrokken, zat 61 procent een half jaar later op school of aan het werk.<super>3</super>'))
    s.append(FNMark(3))
    s.append(P('De terugval in 2020 hangt samen met de coronamaatregelen: op meerdere locaties werd het '
               'onderwijs toen maandenlang op afstand gegeven, terwijl juist deze jongeren daar weinig '
               'baat bij hebben. Inmiddels is het niveau van voor de pandemie ruimschoots overschreden.'))
    s.append(P('Uit de inspectiebezoeken blijkt verder dat een jongere gemiddeld 11 schooldagen na '
               'binnenkomst met lessen begint. Op 9 van de 23 locaties kunnen jongeren examen doen; op de '
               'overige locaties moet daarvoor een uitzondering worden geregeld of wordt het examen '
               'uitgesteld tot na vertrek.'))
    s.append(P('Tussen de locaties bestaan grote verschillen. Op de best presterende locaties krijgen '
               'jongeren gemiddeld meer dan 22 lesuren per week; op de locaties met de grootste '
               'personeelstekorten blijft dat steken onder de 14 uur. Het verschil hangt vooral samen met '
               'de vraag of de school en de jeugdhulpaanbieder hun roosters op elkaar afstemmen. Waar '
               'groepsleiding en leerkrachten samen de dag plannen, valt minder les uit en worden '
               'jongeren minder vaak uit de les gehaald voor gesprekken of behandeling.'))
    s.append(P('Jongeren zelf geven aan dat zij onderwijs belangrijk vinden, maar dat het aanbod niet altijd '
               'aansluit bij hun niveau. Vooral jongeren die havo of vwo volgden, krijgen op de locatie '
               'vaak lesstof op een lager niveau aangeboden. Voor deze groep wordt nu gewerkt aan '
               'afstandsonderwijs in samenwerking met de eigen school van de jongere.'))
    s.append(P('Ongeveer driekwart van de geplaatste jongeren is nog leerplichtig of valt onder de '
               'kwalificatieplicht. Voor de oudere jongeren ligt de nadruk meer op werk en op een '
               'beroepsopleiding in het mbo. Enkele locaties werken daarvoor samen met leerbedrijven in de '
               'omgeving, waar jongeren onder begeleiding stage kunnen lopen zodra hun behandeling dat '
               'toelaat.'))
    s.append(P('<b>Tabel 1. Onderwijs aan jongeren in de gesloten jeugdhulp, 2017–2025</b>', small))

    head = ['Jaar', 'Geplaatste jongeren', 'Onderwijs op locatie (%)', 'Gem. lesuren per week',
            'School of werk na 6 mnd (%)']
    rows = [
        ['2017', '2.160', '71', '14,5', '48'],
        ['2018', '2.095', '73', '15,0', '50'],
        ['2019', '1.980', '76', '15,8', '51'],
        ['2020', '1.850', '69', '13,2', '47'],
        ['2021', '1.765', '74', '15,1', '52'],
        ['2022', '1.690', '78', '16,4', '55'],
        ['2023', '1.624', '81', '17,0', '57'],
        ['2024', '1.571', '83', '17,6', '58'],
        ['2025*', '1.486', '85', '18,3', '61'],
    ]
    data = [[P(x, cellb) for x in head]] + [[P(x, cell) for x in r] for r in rows]
    t = Table(data, colWidths=[1.6 * cm, 3.0 * cm, 3.6 * cm, 3.3 * cm, 4.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#154273')),
        ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
        ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
        ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4),
        ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#eef2f7')]),
    ]))
    s.append(t)
    s.append(P('* Voorlopige cijfers.', small))

    s.append(P('4. Knelpunten', h))
    s.append(P('Ondanks de verbeteringen zien wij vier hardnekkige knelpunten. In de eerste plaats het '
               'personeelstekort, zowel in het onderwijs als in de jeugdhulp zelf. Ten tweede de late start: '
               'kostbare weken gaan verloren voordat een jongere weer les krijgt. Ten derde de overdracht bij '
               'vertrek, die vaak afhangt van de inzet van individuele medewerkers. Ten slotte de '
               'bekostiging: scholen worden bekostigd op basis van een vaste teldatum, terwijl jongeren '
               'gedurende het hele jaar in- en uitstromen.'))

    s.append(P('5. Maatregelen', h))
    s.append(P('Het kabinet neemt de volgende maatregelen:'))
    items = [
        'Vanaf het schooljaar 2026-2027 geldt voor iedere leerplichtige jongere op een gesloten locatie '
        'een minimum van 20 lesuren per week.',
        'Iedere locatie krijgt een onderwijsconsulent, die binnen vijf schooldagen na plaatsing samen met de '
        'jongere een leerplan opstelt.',
        'Bij vertrek gaat standaard een overdrachtsdossier mee naar de nieuwe school of werkgever.',
        'Uiterlijk 1 augustus 2027 moeten alle locaties zelf examens kunnen afnemen, zo nodig samen met een '
        'regionaal examencentrum.',
        'Scholen ontvangen voortaan een vast bedrag per geplaatste leerling in plaats van bekostiging op '
        'basis van de teldatum.',
    ]
    for it in items:
        s.append(Paragraph(it, bullet, bulletText='-'))
    s.append(P('Voor deze maatregelen stelt OCW in de jaren 2026 tot en met 2028 € 12,9 miljoen beschikbaar; '
               'VWS draagt in dezelfde periode € 8,7 miljoen bij. Sinds 1 september 2025 loopt op zes '
               'locaties al een proef met een onderwijsconsulent. Op die locaties is de tijd tot de eerste '
               'les gedaald van 11 naar 4 schooldagen. Onderzoeksbureau Kieskamp &amp; Ruys evalueert de '
               'proef; de eindrapportage verwacht ik in december 2026.'))

    s.append(P('6. Personeel', h))
    s.append(P('In de gesloten jeugdhulp werken ongeveer 3.400 mensen. Op 1 januari 2026 stonden 410 '
               'vacatures open. Het verloop onder pedagogisch medewerkers bedroeg in 2025 19 procent.'
               '<super>4</super> Ook de scholen die aan de locaties verbonden zijn, kampen met tekorten: '
               'ongeveer één op de acht lesuren wordt gegeven door een docent zonder lesbevoegdheid. Vanaf '
               'augustus 2026 kunnen zij-instromers in het voortgezet speciaal onderwijs een verkort '
               'opleidingstraject van 12 maanden volgen. Daarnaast bekijk ik met de sociale partners hoe '
               'gecombineerde functies van leerkracht en pedagogisch medewerker aantrekkelijker kunnen '
               'worden gemaakt.'))
    s.append(FNMark(4))

    s.append(P('7. Vervolg', h))
    s.append(P('Voor het zomerreces van 2026 ontvangt uw Kamer de jaarlijkse voortgangsbrief over de afbouw '
               'van de gesloten jeugdhulp. Daarin ga ik ook in op de definitieve cijfers over 2025. De '
               'uitkomsten van de evaluatie van de proef met onderwijsconsulenten stuur ik u begin 2027 toe, '
               'samen met een besluit over de structurele financiering.'))
    s.append(Spacer(1, 0.4 * cm))
    s.append(KeepTogether([
        P('Hoogachtend,'),
        Spacer(1, 0.3 * cm),
        P('de staatssecretaris van Volksgezondheid,<br/>Welzijn en Sport,'),
        Spacer(1, 1.2 * cm),
        P('J.W. Hoekstra-Lindeman'),
    ]))
    return s


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                          bottomMargin=BOTTOM, title=TITLE, author='Ministerie van VWS')
    f1 = Frame(LEFT, BOTTOM, W - LEFT - RIGHT - 4.8 * cm, H - TOP - BOTTOM, id='f1',
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(LEFT, BOTTOM, W - LEFT - RIGHT, H - TOP - BOTTOM, id='f2',
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate('first', [f1], onPage=first_page, autoNextPageTemplate='later'),
                          PageTemplate('later', [f2], onPage=later_pages)])
    doc.build(story())
    return doc.page


if __name__ == '__main__':
    # twee passes: eerst paginatotaal en voetnootpagina's bepalen
    state['total'] = build()
    state['total'] = build()
    print('pages', state['total'], 'footnotes', fn_pages)
