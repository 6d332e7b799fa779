"""Open-vocabulary figures: any counted noun, every table layout, like-with-like conflicts and
section labels from the heading right above a passage. Parsing only: no index needed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from assistant.corpus import discover
from assistant.figstore import FigureStore, label, question_metrics
from assistant.figures import extract_figures
from assistant.ingest import parse
from assistant.settings import Settings
from assistant.types import Figure

STATISTICS = """Jeugdbescherming in cijfers

Het instituut publiceert elk jaar cijfers over de jeugdbescherming.

Tabel 2. Jeugdigen met een maatregel

2020 2021 2022 2023
Jeugdigen met ondertoezichtstelling 31.200 30.100 29.500 28.900
Jeugdigen met voogdij 8.400 8.300 8.250 8.100
Bezettingsgraad (%) 81 84 86 88

Op 31 december 2023 waren er 1.150 gezinsvoogden in dienst. In 2023 kregen ruim 12 duizend gezinnen
hulp. Het budget bedroeg € 33,5 mln voor de uitvoering. Ongeveer 40 procent van de gezinnen kreeg
ook schuldhulp.

Meldingen per jaar

| Jaar | Meldingen | Onderzoeken |
|------|-----------|-------------|
| 2022 | 4.100 | 950 |
| 2023 | 4.350 | 1.020 |

| Wachtlijst | 2022 | 2023 |
|---|---|---|
| Aantal wachtende gezinnen | 210 | 180 |

Dit is de laatste zin van het overzicht.
"""


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stat")
    (folder / "cbs-jeugdbescherming.md").write_text(STATISTICS, encoding="utf-8")
    doc, chunks = parse(discover(folder)[0], Settings(corpus_dir=folder, index_dir=folder / "i"))
    return doc, chunks, extract_figures(doc, chunks)


def _records(figures, metric):
    return [(f.period, f.value, f.qualifier) for f in figures if f.metric == metric]


def test_flattened_year_rows(parsed):
    doc, _, figures = parsed
    ots = [f for f in figures if f.counted == "Jeugdigen met ondertoezichtstelling"]
    assert [(f.metric, f.period, f.value) for f in ots] == [
        ("jeugdigen", "2020", 31200), ("jeugdigen", "2021", 30100), ("jeugdigen", "2022", 29500),
        ("jeugdigen", "2023", 28900)]
    assert ots[0].quote == "2020 2021 2022 2023\nJeugdigen met ondertoezichtstelling 31.200 30.100 29.500 28.900"
    assert doc.text[ots[0].char_start:ots[0].char_end] == ots[0].quote
    assert _records(figures, "bezettingsgraad_pct") == [("2020", 81, ""), ("2021", 84, ""), ("2022", 86, ""),
                                                        ("2023", 88, "")]
    assert all(f.section == "Tabel 2. Jeugdigen met een maatregel" for f in ots)


def test_pipe_tables_both_orientations(parsed):
    _, _, figures = parsed
    assert _records(figures, "melding") == [("2022", 4100, ""), ("2023", 4350, "")]
    assert _records(figures, "onderzoek") == [("2022", 950, ""), ("2023", 1020, "")]
    waiting = [f for f in figures if f.counted == "Aantal wachtende gezinnen"]
    assert [(f.metric, f.period, f.value) for f in waiting] == [("gezin", "2022", 210), ("gezin", "2023", 180)]
    assert "|" not in "".join(f.quote for f in figures)


REGISTER = """Verblijf buiten huis

## Kerngegevens verblijf, 2022–2024

| jaar | kinderen in een pleeggezin | begeleid wonen | op 31 december in verblijf | waarvan besloten op 31 december |
|------|------:|------:|------:|------:|
| 2022 | 18 240 | 3 105 | 24 880 | 702 |
| 2023 | 17 960 | – | 24 410 | 655 |
| 2024 | 17 505 | 2 870 | 23 990 | 631 |

Voor 2023 is begeleid wonen niet geteld.
"""


def test_pipe_table_with_headings_of_several_words():
    """Column headings of several words stay apart, thousands grouped by a space stay one number, a
    dash is an empty cell, and a column that names no counted noun counts what the table counts."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "register-verblijf.md").write_text(REGISTER, encoding="utf-8")
        doc, chunks = parse(discover(folder)[0], Settings(corpus_dir=folder, index_dir=folder / "i"))
        figures = [f for f in extract_figures(doc, chunks) if f.origin == "table"]
    by_column = {}
    for f in figures:
        by_column.setdefault(f.counted, []).append((f.period, f.value))
    assert by_column["kinderen in een pleeggezin"] == [("2022", 18240), ("2023", 17960), ("2024", 17505)]
    assert by_column["begeleid wonen"] == [("2022", 3105), ("2024", 2870)]
    assert by_column["waarvan besloten op 31 december"] == [
        ("2022-12-31", 702), ("2023-12-31", 655), ("2024-12-31", 631)]
    assert {f.metric for f in figures if f.counted == "op 31 december in verblijf"} == {"jeugdigen"}
    cell = next(f for f in figures if f.value == 24410)
    assert doc.text[cell.char_start:cell.char_end] == cell.quote
    assert cell.quote.startswith("jaar | kinderen in een pleeggezin | begeleid wonen |")
    assert cell.quote.endswith("2023 17 960 – 24 410 655")


def test_running_text_any_counted_noun(parsed):
    _, _, figures = parsed
    text = {(f.metric, f.value, f.unit, f.period, f.qualifier) for f in figures if f.origin == "text"}
    assert text == {
        ("gezinsvoogd", 1150, "gezinsvoogden", "2023-12-31", ""),  # peildatum
        ("gezin", 12000, "gezinnen", "2023", "ruim"),  # scale word
        ("budget", 33_500_000, "euro", None, ""),
        ("gezin_pct", 40, "%", None, "ongeveer"),
    }


def test_sections_are_the_heading_right_above(parsed):
    _, chunks, figures = parsed
    assert {f.section for f in figures if f.metric == "melding"} == {"Meldingen per jaar"}
    last = next(c for c in chunks if "laatste zin" in c.text)
    assert last.section == "Meldingen per jaar"
    assert not any(c.section.startswith("Tabel") for c in chunks)


def test_question_metrics_open_vocabulary():
    assert question_metrics("Hoeveel meldingen kwamen er in 2023 binnen?") == ["melding"]
    assert question_metrics("Hoeveel gezinsvoogden waren er op 31 december 2023?") == ["gezinsvoogd"]
    assert question_metrics("Hoeveel plaatsingen waren er in 2022?") == ["plaatsingen"]
    assert question_metrics("Wanneer verscheen het rapport?") == []
    assert label("melding") == "melding" and label("gezin_pct") == "gezin (procent)"


def _fig(doc_id: str, value: float, **kw) -> Figure:
    base = dict(metric="plaatsen", value=value, unit="plaatsen", period="2022", scope="landelijk", qualifier="",
                doc_id=doc_id, title=doc_id, page=1, section="", quote=f"{value:g} plaatsen", char_start=0,
                char_end=10)
    return Figure(**{**base, **kw})


def _status(figures: list[Figure]) -> str:
    store = FigureStore(figures)
    [group] = store.groups(store.query("plaatsen", "2022"))
    return group.status


def test_conflicts_only_between_like_and_like():
    assert _status([_fig("a", 200), _fig("b", 150)]) == "conflict"  # two documents disagree
    assert _status([_fig("a", 200), _fig("a", 190, char_start=50)]) == "distinct"  # one letter, two spans
    rows = [_fig("a", 300, origin="table", counted="Plaatsen met beveiliging"),
            _fig("b", 120, origin="table", counted="Plaatsen zonder beveiliging")]
    assert _status(rows) == "distinct"  # rows counting different subgroups


def test_copied_table_is_same_source_not_confirmation():
    def table(doc_id: str) -> list[Figure]:
        return [_fig(doc_id, v, period=p, origin="table", counted="Aantal plaatsen")
                for p, v in (("2020", 1000), ("2021", 900), ("2022", 800))]

    assert _status(table("a") + table("b")) == "same_source"
    store = FigureStore(table("a") + table("b") + [_fig("c", 800)])
    [group] = store.groups(store.query("plaatsen", "2022"))
    assert group.status == "corroborated" and group.independent_sources == 2
    independent = [replace(f, value=f.value + 1) if f.period != "2022" else f for f in table("b")]
    assert _status(table("a") + independent) == "corroborated"


def test_a_change_takes_both_years_from_one_series_when_one_states_both():
    from assistant.steps.compute import _one_series

    def fit(rows):
        return (0.5,)

    records = [_fig("regio", 40, period="2020"), _fig("landelijk", 900, period="2020"), _fig("landelijk", 700, period="2022")]
    assert {f.doc_id for f in _one_series(records, [2020, 2022], fit)} == {"landelijk"}
    assert len(_one_series(records, [2020, 2021], fit)) == 3  # no series states both: all records stay
    # two documents state both years: the one that fits the question better, never a mix of the two
    both = records + [_fig("regio", 30, period="2022")]
    assert {f.doc_id for f in _one_series(both, [2020, 2022], lambda rows: (0.9 if rows[0].doc_id == "regio" else 0.4,))} == {"regio"}
    assert {f.doc_id for f in _one_series(both, [2020, 2022], fit)} == {"landelijk"}  # a tie: the first by name
    # one table, two rows of one metric: the row the question's ranking prefers, never a mix of rows
    rows = [_fig("brief", v, period=p, origin="table", counted=c)
            for c, vals in (("Plaatsen op 1 januari", (1046, 742)), ("Kleinschalige plaatsen", (24, 271)))
            for p, v in zip(("2019", "2026"), vals)]
    plain = _one_series(rows, [2019, 2026], lambda rows: (-(rows[0].counted == "Kleinschalige plaatsen"),))
    assert [(f.period, f.value) for f in plain] == [("2019", 1046), ("2026", 742)]


def test_unasked_label_words_and_moments_choose_among_records():
    from assistant.steps.moments import at_moment

    assert at_moment("Hoeveel plekken waren er begin 2021?", "2021-01-01")
    assert not at_moment("Hoeveel plekken waren er begin 2021?", "2021")
    assert at_moment("Hoeveel plekken waren er eind 2021?", "2022-01-01")
    assert not at_moment("Hoeveel plekken waren er in 2021?", "2021-01-01")  # no moment asked


def test_a_question_about_one_day_takes_only_that_days_record():
    from assistant.steps.moments import same_day

    quote = "Op 30 juni 2024 waren dat er 71 en op 31 december 2024 ging het om 97 jongeren."
    june, december = (_fig("k", v, period=p) for v, p in ((71, "2024-06-30"), (97, "2024-12-31")))
    june, december = replace(june, quote=quote), replace(december, quote=quote)
    assert same_day("Hoeveel jongeren wachtten op 30 juni 2024?", june)
    assert not same_day("How many were waiting on 30 June 2024?", december)  # its quote names the day, its period not
    assert same_day("Hoeveel jongeren wachtten in 2024?", december)  # no day asked


def test_a_number_referring_back_counts_what_the_sentence_before_counted(tmp_path):
    text = ("Plaatsingen in de regio\n\nIn 2023 werden 47 jongeren uit de regio gesloten geplaatst. In 2024 waren dat "
            "er 38. Van die 38 jongeren verbleven er 24 buiten de regio.\n\nIn 2024 waren het er 12.\n")
    (tmp_path / "regionotitie.txt").write_text(text, encoding="utf-8")
    doc, chunks = parse(discover(tmp_path)[0], Settings(corpus_dir=tmp_path, index_dir=tmp_path / "i"))
    found = {(f.period, f.value, f.metric) for f in extract_figures(doc, chunks)}
    assert ("2023", 47, "jeugdigen") in found and ("2024", 38, "jeugdigen") in found
    assert not any(v == 12 for _, v, _ in found)  # another paragraph: nothing to refer back to


BUDGET = """Uitgaven jeugdhulp Zeewolde-Noord

Tabel 3. Kosten in euro

| Jaar | Begroot | Werkelijk uitgegeven |
|------|------:|------:|
| 2023 | € 31,4 mln | € 35,9 mln |
| 2024 | € 33,0 mln | € 38,7 mln |

Tabel 4. Bedragen per jaar (x mln)

2023 2024
Kosten jeugdbescherming 4,2 4,6
"""


def test_money_in_table_cells_with_currency_and_scale(tmp_path):
    (tmp_path / "uitgaven-zeewolde.md").write_text(BUDGET, encoding="utf-8")
    doc, chunks = parse(discover(tmp_path)[0], Settings(corpus_dir=tmp_path, index_dir=tmp_path / "i"))
    money = {(f.counted, f.period): f.value for f in extract_figures(doc, chunks) if f.unit == "euro"}
    assert money[("Werkelijk uitgegeven", "2024")] == 38_700_000 and money[("Begroot", "2023")] == 31_400_000
    assert money[("Kosten jeugdbescherming", "2024")] == 4_600_000  # the caption says the values are millions


def test_table_lines_are_told_from_sentences():
    from assistant.tables import is_table_line

    assert is_table_line("Separaties 297 186") and is_table_line("Tabel 1. Kerncijfers De Horst")
    assert not is_table_line("De daling schrijven we toe aan de kleinere groepen en 2 vaste koppels.")


def test_a_line_that_leaves_a_bracket_open_goes_on_in_the_next(tmp_path):
    (tmp_path / "jaarverslag-de-klimop.txt").write_text(
        "Jaarverslag De Klimop 2025\n\n• Incidenten: er werden 812 incidenten gemeld (2024:\n"
        "934), van wie 6 als calamiteit.\n• Verzuim: 7,1 procent.\n", encoding="utf-8")
    doc, chunks = parse(discover(tmp_path)[0], Settings(corpus_dir=tmp_path, index_dir=tmp_path / "i"))
    sentences = [s.text for c in chunks for s in c.sentences]
    assert any("gemeld (2024: 934), van wie 6 als calamiteit." in s for s in sentences)
