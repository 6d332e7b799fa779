# Schrijft docs.jsonl en unanswerable_checks.json.
# Gebruik: python3 tools/make_questions.py
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KB = 'kamerbrief-2026-onderwijs-gesloten-jeugdhulp'
RG = 'uitvoeringsagenda-2026-jeugdregio-welderzijl'
KV = 'antwoorden-kamervragen-2026-sluiting-de-wending'
ST = 'statistiek-2026-gesloten-jeugdhulp-cijfers-2025'

Q = []


def q(question, kind, answers, docs, quote, **extra):
    d = {'id': 'r5a%03d' % (len(Q) + 1), 'question': question, 'kind': kind, 'answers': answers,
         'docs': docs, 'quote': quote}
    d.update(extra)
    Q.append(d)


# ---------------- figure (13)
q('bedden gesloten jeugdhulp eind 2025', 'figure', ['1.012'], [KB],
  'telde de gesloten jeugdhulp 1.012 plaatsen', extra_quotes=[{'doc': KV, 'quote': 'Eind 2025 waren er landelijk 1.012 plaatsen'}])
q('Hoeveel lesuren per week kregen jongeren in een gesloten instelling gemiddeld in het coronajaar 2020?',
  'figure', ['13,2'], [KB], '13,2')
q('Hoeveel openstaande vacatures waren er begin 2026 in de gesloten jeugdzorg?', 'figure', ['410'], [KB],
  'Op 1 januari 2026 stonden 410 vacatures')
q('Welk deel van de jongeren die in 2022 uit de gesloten jeugdhulp vertrokken, zat een half jaar later op '
  'school of had een baan?', 'figure', ['55%', '55 procent'], [KB], '55')
q('gesloten plaatsingen jongeren regio Welderzijl 2023', 'figure', ['91'], [RG], '91')
q('Hoeveel procent van de formatie stond eind 2025 open bij de jeugdhulpaanbieders in de regio Welderzijl?',
  'figure', ['12%', '12 procent'], [RG], '12 procent van de')
q('Hoeveel hulpverleners uit de jeugdregio Welderzijl hebben de training traumasensitief werken gevolgd?',
  'figure', ['ruim 300'], [RG], 'volgden ruim 300')
q('Hoeveel kinderen zaten er begin april 2026 nog in De Wending?', 'figure', ['19'], [KV],
  'Op 1 april 2026 verbleven 19 jongeren in De Wending.')
q('Hoe ver moeten ouders uit Kappelwaard straks reizen naar de dichtstbijzijnde gesloten locatie als De '
  'Wending dicht is?', 'figure', ['74 kilometer', '74 km'], [KV], 'Die ligt op 74 kilometer van Kappelwaard.')
q('frictiekosten De Wending bijdrage transitiebudget', 'figure', ['1,35 miljoen', '1.350.000'], [KV],
  'een bijdrage van € 1,35 miljoen voor frictiekosten')
q('Hoe lang duurde een verblijf in de gesloten jeugdhulp gemiddeld in 2021?', 'figure', ['147 dagen', '147'],
  [ST], '| 2021 | 1.765 | 1.002 | 763 | 147 |')
q('Hoeveel machtigingen voor gesloten jeugdhulp hebben kinderrechters in 2025 afgegeven?', 'figure',
  ['2.034'], [ST], '2.034 machtigingen gesloten jeugdhulp')
q('aantal jongeren JeugdzorgPlus landsdeel Oost 2025', 'figure', ['389'], [ST], 'Oost\t398\t389\t-2,3')

# ---------------- fact (6)
q('Welk bureau evalueert de proef met onderwijsconsulenten op de gesloten locaties?', 'fact',
  ['Kieskamp'], [KB], 'Onderzoeksbureau Kieskamp & Ruys evalueert de proef')
q('In welke gemeente staat de gesloten locatie De Wending?', 'fact', ['Kappelwaard'], [RG, KV],
  'Kappelwaard, met 36 plaatsen', extra_quotes=[{'doc': KV, 'quote': 'De Wending in Kappelwaard'}])
q('Welke organisatie heeft besloten om De Wending te sluiten?', 'fact', ['Horizonzorg Oost', 'Horizonzorg'],
  [KV, RG], 'raad van bestuur van Stichting Horizonzorg Oost')
q('Welke groep jongeren telt niet mee in de cijfers van het Centrum voor Jeugdstatistiek over gesloten '
  'jeugdhulp?', 'fact', ['justitiële jeugdinrichting', 'jeugdinrichting', 'JJI'], [ST],
  'Jongeren die in een justitiële jeugdinrichting verblijven, vallen buiten deze statistiek.')
q('Wat moet de onderwijsconsulent binnen vijf schooldagen na plaatsing samen met de jongere maken?', 'fact',
  ['leerplan'], [KB], 'een leerplan opstelt')
q('Wat gebeurt er met geld uit de regionale uitvoeringsagenda dat eind 2027 niet is uitgegeven?', 'fact',
  ['terug naar de gemeenten', 'terug naar gemeenten', 'vloeit terug', 'vloeien terug', 'gemeenten terug'],
  [RG], 'vloeien terug naar de gemeenten')

# ---------------- list (6)
q('Om welke redenen gaat De Wending dicht?', 'list', ['bezetting', 'personeel', 'gebouw'], [KV],
  'De aanbieder noemt drie redenen.', all_answers=True)
q('Welke afspraken zijn er gemaakt om de overplaatsing van de jongeren uit De Wending zorgvuldig te laten '
  'verlopen?', 'list', ['overgangsplan', 'examen', 'weken', 'Jeugdautoriteit'], [KV],
  'een individueel overgangsplan is opgesteld', all_answers=True)
q('actielijnen uitvoeringsagenda gesloten jeugdhulp Welderzijl', 'list',
  ['eerder', 'kleinschalig', 'spoed', 'school', 'professionals'], [RG], 'Eerder erbij.', all_answers=True)
q('Welke maatregelen neemt het kabinet om het onderwijs aan jongeren in gesloten instellingen te '
  'verbeteren?', 'list', ['lesuren', 'onderwijsconsulent', 'overdracht', 'examen', 'bedrag'], [KB],
  'Het kabinet neemt de volgende maatregelen:', all_answers=True)
q('Welke gemeenten horen bij de jeugdregio Welderzijl e.o.?', 'list',
  ['Welderzijl', 'Oostmaren', 'Kappelwaard', 'Ravensloot', 'Brakelwaard', 'Heemveld', 'Zandermeer'], [RG],
  'Welderzijl, Oostmaren, Kappelwaard, Ravensloot,', all_answers=True)
q('Tegen welke knelpunten loopt het onderwijs in de gesloten jeugdzorg volgens de staatssecretaris nog aan?',
  'list', ['personeel', 'start', 'overdracht', 'bekostiging'], [KB], 'vier hardnekkige knelpunten',
  all_answers=True)

# ---------------- two_part (5)
q('Hoeveel jongens en hoeveel meisjes kregen in 2025 gesloten jeugdhulp?', 'two_part', ['893', '619'], [ST],
  '| 2025 | 1.512 | 893 | 619 | 124 |', all_answers=True)
q('Hoeveel mensen werken er bij De Wending, en hoeveel van hen kregen een andere functie binnen de stichting '
  'aangeboden?', 'two_part', ['58', '41'], [KV], 'Bij De Wending werken 58 medewerkers', all_answers=True)
q('inwoners en aantal jeugdigen jeugdregio Welderzijl', 'two_part', ['310.000', '66.000'], [RG],
  'De regio telt ruim 310.000 inwoners, van wie bijna 66.000', all_answers=True)
q('Hoeveel uur les per week kregen jongeren in de gesloten jeugdhulp gemiddeld in 2025, en welk minimum '
  'wil het kabinet?', 'two_part', ['18,3', '20'], [KB], 'tot 18,3 uur in 2025', all_answers=True)
q('Vanaf wanneer neemt De Wending geen nieuwe jongeren meer op, en wanneer gaat de locatie definitief dicht?',
  'two_part', ['1 mei 2026', '1 oktober 2026'], [KV],
  'Vanaf 1 mei 2026 worden er geen nieuwe jongeren meer opgenomen.', all_answers=True)

# ---------------- arithmetic (5)
q('Ik lees in de Kamerbrief van maart 2026 over onderwijs in de gesloten jeugdhulp de aantallen jongeren '
  'voor 2017 en 2025. Met hoeveel jongeren is de gesloten jeugdhulp in die periode volgens die brief '
  'gekrompen?', 'arithmetic', ['674'], [KB], 'in 2017 ging het nog om 2.160 jongeren',
  extra_quotes=[{'doc': KB, 'quote': 'in totaal 1.486 jongeren'}],
  inputs=['2.160', '1.486'], formula='2160 - 1486 = 674')
q('Hoeveel geld trekken OCW en VWS samen uit voor de onderwijsmaatregelen in de jaren 2026 tot en met 2028?',
  'arithmetic', ['21,6 miljoen', '21.600.000'], [KB], 'stelt OCW in de jaren 2026 tot en met 2028 € 12,9 miljoen',
  extra_quotes=[{'doc': KB, 'quote': 'draagt in dezelfde periode € 8,7 miljoen bij'}],
  inputs=['12,9 miljoen', '8,7 miljoen'], formula='12.9 + 8.7 = 21.6')
q('Welk percentage van het regionale budget van Welderzijl gaat naar de kleinschalige woonvoorzieningen?',
  'arithmetic', ['62%', '61,9%'], [RG], 'in totaal € 4,2 miljoen',
  extra_quotes=[{'doc': RG, 'quote': 'verdeeld: € 2,6 miljoen voor de kleinschalige'}],
  inputs=['2,6 miljoen', '4,2 miljoen'], formula='2.6 / 4.2 * 100 = 61.9')
q('aandeel meisjes gesloten jeugdhulp 2025 in procenten', 'arithmetic', ['41%', '40,9%'], [ST],
  '| 2025 | 1.512 | 893 | 619 | 124 |', inputs=['619', '1.512'], formula='619 / 1512 * 100 = 40.9')
q('De regio Welderzijl wil in 2027 een kwart minder gesloten plaatsingen dan in 2024. Hoeveel plaatsingen '
  'zijn er dan in 2027 nog maximaal?', 'arithmetic', ['66'], [RG], '25 procent minder gesloten plaatsingen',
  extra_quotes=[{'doc': RG, 'quote': '88'}], inputs=['88', '25 procent'], formula='88 * (1 - 0.25) = 66')

# ---------------- date_person (5)
q('Wie heeft de Kamerbrief over onderwijs in de gesloten jeugdhulp van 12 maart 2026 ondertekend?',
  'date_person', ['Hoekstra-Lindeman'], [KB], 'J.W. Hoekstra-Lindeman')
q('Wanneer verwacht de staatssecretaris de eindrapportage over de pilot met onderwijsconsulenten?',
  'date_person', ['december 2026'], [KB], 'in december 2026.')
q('programmaleider uitvoeringsagenda gesloten jeugdhulp Welderzijl', 'date_person', ['Verbruggen'], [RG],
  'Programmaleider Annelies Verbruggen')
q('Op welke datum heeft het bestuur van de aanbieder besloten De Wending te sluiten?', 'date_person',
  ['16 februari 2026'], [KV], 'op 16 februari 2026')
q('Wie zit het Regionaal Bestuurlijk Overleg Jeugd van de regio Welderzijl voor?', 'date_person',
  ['Bouzidi'], [RG], 'wethouder Karim Bouzidi van')

# ---------------- explanation (4)
q('Waarom volgden in 2020 minder jongeren onderwijs op de gesloten locatie?', 'explanation',
  ['corona'], [KB], 'De terugval in 2020 hangt samen met de coronamaatregelen')
q('Hoe komt het dat het definitieve aantal jongeren in de gesloten jeugdhulp over 2025 hoger uitvalt dan '
  'het voorlopige cijfer?', 'explanation', ['twee aanbieders', 'na de peildatum', 'later aan'], [ST],
  'Twee aanbieders leverden hun gegevens na de peildatum')
q('Waarom wil het kabinet de bekostiging van scholen die aan gesloten locaties verbonden zijn veranderen?',
  'explanation', ['teldatum'], [KB], 'op basis van een vaste teldatum')
q('Waarom zijn de cijfers over fixaties in de JeugdzorgPlus nog niet te vergelijken met eerdere jaren?',
  'explanation', ['apart geregistreerd', 'sinds 2025'], [ST], 'wordt sinds 2025 apart geregistreerd')

# ---------------- conflict (2)
q('Hoeveel jongeren verbleven in 2025 in totaal in de gesloten jeugdhulp?', 'conflict', ['1.486', '1.512'],
  [ST, KB, KV], 'In 2025 verbleven 1.512 jongeren', all_answers=True,
  extra_quotes=[{'doc': KB, 'quote': 'in totaal 1.486 jongeren'},
                {'doc': KV, 'quote': 'volgens de voorlopige cijfers 1.486 jongeren'}])
q('Hoeveel jongeren uit de jeugdregio Welderzijl e.o. werden in 2025 gesloten geplaatst?', 'conflict',
  ['84', '81'], [RG, KV], 'In 2025 ging het om 84', all_answers=True,
  extra_quotes=[{'doc': KV, 'quote': 'ging het in 2025 om 81 jongeren uit de jeugdregio Welderzijl e.o.'}])

# ---------------- unanswerable (14)
UN = {}


def u(question, terms):
    q(question, 'unanswerable', [], [], '')
    UN[Q[-1]['id']] = terms


u('Hoeveel jongeren uit de jeugdregio Twente zaten in 2025 in de gesloten jeugdhulp?', ['Twente'])
u('aantal jongeren gesloten jeugdhulp 2016', ['2016'])
u('Wat kost één plek in de gesloten jeugdhulp per dag?', ['dagprijs', 'per dag', 'tarief', 'kostprijs'])
u('Wie is de bestuurder van Stichting Horizonzorg Oost?', ['bestuurder', 'directeur'])
u('Hoeveel gesloten bedden zijn er in de provincie Gelderland?', ['Gelderland', 'provincie'])
u('Hoe vaak is in 2025 een jongere in de gesloten jeugdhulp gefixeerd?', ['fixaties', 'fixatie'])
u('Hoeveel geld is er in 2029 beschikbaar voor het onderwijs aan jongeren op gesloten locaties?', ['2029'])
u('Hoe hoog was het ziekteverzuim onder pedagogisch medewerkers in de gesloten jeugdhulp in 2025?',
  ['ziekteverzuim'])
u('Hoeveel geweldsincidenten tegen medewerkers zijn er vorig jaar in gesloten instellingen gemeld?',
  ['geweld', 'incident'])
u('Wie is de directeur van de Jeugdautoriteit?', ['directeur'])
u('Voor een artikel over de afbouw van JeugdzorgPlus wil ik weten hoeveel kinderen in 2025 op een wachtlijst '
  'stonden voor een gesloten plek. Staat dat ergens?', ['wachtlijst'])
u('Welk deel van de jongeren in de gesloten jeugdhulp heeft een licht verstandelijke beperking?',
  ['verstandelijke', 'LVB'])
u('aandeel jongeren met migratieachtergrond JeugdzorgPlus 2025', ['migratieachtergrond', 'herkomst'])
u('Hoeveel jongeren hebben in 2025 tijdens hun verblijf in een gesloten instelling een diploma gehaald?',
  ['diploma', 'geslaagd'])

with open(os.path.join(ROOT, 'docs.jsonl'), 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
with open(os.path.join(ROOT, 'unanswerable_checks.json'), 'w', encoding='utf-8') as f:
    json.dump(UN, f, ensure_ascii=False, indent=1)
print(len(Q), 'questions')
