"""Figures tool: every record traceable to a verbatim quote that states its value; curated
additions held to the same rule; conflicts, corroboration and distinct contexts kept apart."""

from __future__ import annotations

import pytest

from assistant.errors import ManifestError
from assistant.figures import load_curated, value_of
from assistant.nlp import states_value

UNIEKE_JONGEREN = {2017: 1537, 2018: 1433, 2019: 1382, 2020: 1128, 2021: 1029}


def test_every_figure_quote_is_verbatim_and_states_its_value(assistant):
    figures = assistant.figures()
    assert len(figures) > 40
    for f in figures:
        assert assistant.docs[f.doc_id].text[f.char_start : f.char_end] == f.quote, f
        assert f.raw in f.quote and (states_value(f.quote, f.value) or value_of(f.raw) == f.value), f
        assert f.page or f.section, f


def test_unieke_jongeren_series(assistant):
    for year, value in UNIEKE_JONGEREN.items():
        figs = assistant.figures("unieke_jongeren", year)
        assert [f.value for f in figs] == [value], year
        assert "Aantal unieke jongeren" in figs[0].quote and str(year) in figs[0].quote


def test_part_of_a_duration_is_its_own_metric(assistant):
    assert [f.value for f in assistant.figures("duur_maanden")] == [8]
    part = assistant.figures("duur_maanden_deel")
    assert [(f.value, f.qualifier) for f in part] == [(3, "3-4")]
    assert all(g.status == "single" for g in assistant.figure_groups("duur_maanden"))


def test_context_counts_are_distinct_not_conflicting(assistant):
    groups = assistant.figure_groups("regios")
    assert groups and all(g.status == "distinct" for g in groups if len({f.value for f in g.figures}) > 1)
    answer = assistant.ask("Hoeveel regio's JeugdzorgPlus zijn er?")
    assert not answer.refused and "11" in answer.answer and "verschillen" not in answer.answer


def test_sinds_van_value_belongs_to_the_start_year(assistant):
    groups = assistant.figure_groups("plaatsingen", 2017)
    assert {f.value for g in groups for f in g.figures} == {1924, 1900}
    assert all(g.status in ("corroborated", "consistent") for g in groups)


def test_trend_answer_cites_every_value(assistant):
    answer = assistant.ask("Hoe ontwikkelde het aantal plaatsingen zich sinds 2017?")
    assert answer.route == "computed"
    # computed from the table values it cites (1.924 → 979), not from "ruim 1.900" / "minder dan 1.000"
    assert "Berekend: 979 − 1.924 = −945 (−49,1 %)" in answer.answer
    for value in ("1.924", "1.720", "1.701", "1.366", "1.175", "979"):
        assert value in answer.answer
    quotes = " ".join(c.quote for c in answer.citations)
    assert all(v in quotes for v in ("1.924", "979"))
    assert all(f.quote for f in answer.figures)


def test_function_tool_returns_records_with_quotes(assistant):
    tool = assistant.figure_store.as_tool()
    assert tool.metadata.name == "figures_lookup"
    records = tool.call(metric="separeerruimtes", year=2018).raw_output
    assert [r["value"] for r in records] == [72] and "72 separeerruimtes" in records[0]["quote"]


def test_curated_figures_must_quote_their_source(tmp_path, assistant):
    path = tmp_path / "figures.toml"
    path.write_text(
        '[[figure]]\nmetric = "jeugdigen_buiten_regio"\nvalue = 9\nperiod = "2020-2021"\nscope = "regio NHN"\n'
        'doc_id = "regiovisie-nhn-2021"\n'
        'quote = "in de periode februari 2020-2021 zijn er 9 jeugdigen buiten de regio NHN geplaatst"\n',
        encoding="utf-8")
    [fig] = load_curated(path, assistant.docs)
    assert (fig.value, fig.period, fig.source) == (9, "2020-2021", "curated")
    assert assistant.docs[fig.doc_id].text[fig.char_start : fig.char_end] == fig.quote

    path.write_text(path.read_text(encoding="utf-8").replace("9 jeugdigen", "19 jeugdigen"), encoding="utf-8")
    with pytest.raises(ManifestError, match="niet letterlijk"):
        load_curated(path, assistant.docs)
    path.write_text(path.read_text(encoding="utf-8").replace("19 jeugdigen", "9 jeugdigen").replace("value = 9", "value = 10"),
                    encoding="utf-8")
    with pytest.raises(ManifestError, match="noemt de waarde"):
        load_curated(path, assistant.docs)


def test_table_rows_parse_in_linear_time(tmp_path):
    """A long digit run once made the row pattern backtrack exponentially and stalled ingest."""
    import signal

    from assistant.corpus import discover
    from assistant.figures import extract_figures
    from assistant.ingest import parse
    from assistant.settings import Settings

    (tmp_path / "tabel.txt").write_text(
        "Capaciteit\n\nTabel 1. Aantal plaatsen per jaar\n\n2021 2022 2023\n\n"
        "Aantal plaatsen 1.200 1.100 980\n\n"
        f"Kenmerk {'1' * 60} x\n\nNog een gewone zin over de jeugdhulp.\n",
        encoding="utf-8",
    )
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("figure extraction hangs on a long number"))
    signal.alarm(10)
    try:
        doc, chunks = parse(discover(tmp_path)[0], Settings(corpus_dir=tmp_path, index_dir=tmp_path / "i"))
        figures = extract_figures(doc, chunks)
    finally:
        signal.alarm(0)
    assert [(f.period, f.value) for f in figures if f.metric == "plaatsen"] == [("2021", 1200), ("2022", 1100), ("2023", 980)]
