# Schrijft de fictieve statistiekpublicatie (Markdown) met een pipe-tabel en een tab-gescheiden tabel.
# Gebruik: python3 tools/make_statistiek.py
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'docs',
                   'statistiek-2026-gesloten-jeugdhulp-cijfers-2025.md')

T = '\t'
tab_rows = [
    ['Landsdeel', '2024', '2025', 'Verandering (%)'],
    ['Noord', '214', '201', '-6,1'],
    ['Oost', '398', '389', '-2,3'],
    ['West', '602', '571', '-5,1'],
    ['Zuid', '357', '351', '-1,7'],
    ['Nederland', '1.571', '1.512', '-3,8'],
]
tab_table = '\n'.join(T.join(r) for r in tab_rows)

text = f"""# Gesloten jeugdhulp 2025: opnieuw minder jongeren, verblijf korter

*Centrum voor Jeugdstatistiek – Jeugdmonitor, publicatie van 28 mei 2026. Definitieve cijfers over 2025.*

In 2025 verbleven 1.512 jongeren korter of langer in de gesloten jeugdhulp (JeugdzorgPlus). Dat zijn er 59 minder dan in 2024, een daling van 3,8 procent. Vergeleken met 2019 is het aantal jongeren met bijna een kwart afgenomen. Ook de gemiddelde verblijfsduur liep verder terug, tot 124 dagen.

## Kerncijfers

- Het aantal jongeren met gesloten jeugdhulp daalt al zes jaar op rij.
- De gemiddelde verblijfsduur was in 2025 4 dagen korter dan in 2024.
- Het aantal registraties van afzondering nam af met 11 procent.
- 17 procent van de jongeren die in 2024 vertrokken, werd binnen een jaar opnieuw gesloten geplaatst (een jaar eerder: 19 procent).

## Ontwikkeling sinds 2019

Tabel 1 laat zien hoe het aantal jongeren en de verblijfsduur zich sinds 2019 hebben ontwikkeld. Een jongere die in één jaar meerdere keren gesloten is geplaatst, telt in dat jaar één keer mee.

**Tabel 1. Jongeren met gesloten jeugdhulp en gemiddelde verblijfsduur, 2019–2025**

| Jaar | Jongeren totaal | Jongens | Meisjes | Gem. verblijfsduur (dagen) |
|------|-----------------|---------|---------|----------------------------|
| 2019 | 1.980 | 1.089 | 891 | 142 |
| 2020 | 1.850 | 1.036 | 814 | 151 |
| 2021 | 1.765 | 1.002 | 763 | 147 |
| 2022 | 1.690 | 973 | 717 | 139 |
| 2023 | 1.624 | 945 | 679 | 134 |
| 2024 | 1.571 | 921 | 650 | 128 |
| 2025 | 1.512 | 893 | 619 | 124 |

De langere verblijfsduur in 2020 hangt samen met de coronapandemie: doorstroom naar open groepen en naar huis verliep in dat jaar moeizamer. Sindsdien wordt het verblijf elk jaar korter. Meisjes verblijven gemiddeld langer dan jongens; in 2025 was dat 131 tegen 119 dagen.

De gemiddelde leeftijd bij de start van een gesloten plaatsing was 15,4 jaar. Bijna een vijfde van de jongeren (18 procent) was bij binnenkomst 12 tot en met 14 jaar oud. Het aandeel jongeren dat 17 jaar of ouder was, nam toe van 21 procent in 2024 tot 23 procent in 2025.

## Verschillen tussen landsdelen

In alle landsdelen daalde het aantal jongeren met gesloten jeugdhulp. De daling was het sterkst in Noord (6,1 procent) en het kleinst in Zuid (1,7 procent). Ruim een derde van alle jongeren woont in het westen van het land.

Tabel 2. Jongeren met gesloten jeugdhulp naar landsdeel, 2024 en 2025
{tab_table}

Landsdelen zijn ingedeeld op basis van de gemeente die volgens het woonplaatsbeginsel verantwoordelijk is voor de jeugdhulp, niet op basis van de plaats waar de gesloten locatie staat.

## Machtigingen en vrijheidsbeperkende maatregelen

Voor een gesloten plaatsing is een machtiging van de kinderrechter nodig. In 2025 gaven kinderrechters 2.034 machtigingen gesloten jeugdhulp af; dit aantal omvat ook verlengingen en spoedmachtigingen.

Aanbieders registreerden in 2025 in totaal 3.870 keer dat een jongere werd afgezonderd, tegen 4.349 keer in 2024. De gemiddelde duur van een afzondering bleef gelijk op ongeveer 3 uur. Het aantal keren dat een jongere werd gefixeerd, wordt sinds 2025 apart geregistreerd en is daarom nog niet vergelijkbaar met eerdere jaren.

## Voorlopige en definitieve cijfers

In maart 2026 zijn voorlopige cijfers over 2025 verschenen. Twee aanbieders leverden hun gegevens na de peildatum van 15 februari 2026 aan. Daardoor ligt het definitieve aantal jongeren in 2025 hoger dan het eerder gepubliceerde voorlopige aantal. De cijfers in deze publicatie zijn definitief en vervangen de voorlopige cijfers.

## Over deze cijfers

De gegevens zijn afkomstig van de 11 aanbieders van gesloten jeugdhulp, die per jongere gegevens over plaatsing, duur en vertrek aanleveren. Jongeren die in een justitiële jeugdinrichting verblijven, vallen buiten deze statistiek. Cijfers over jeugdregio's zijn op aanvraag beschikbaar.

Contact: Centrum voor Jeugdstatistiek, team Jeugdmonitor.
"""

with open(OUT, 'w', encoding='utf-8') as f:
    f.write(text)
print('written', OUT)
