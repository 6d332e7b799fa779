"""How values read in the web app: Dutch numbers, periods, places, filters, Excel-ready CSV."""

import csv
import io

from assistant.display import dutch_number, filter_summary, period_label, place
from assistant.export import excel_csv
from assistant.retrieve import Filters


def test_values_read_the_dutch_way():
    assert dutch_number(1175) == "1.175" and dutch_number(2.5) == "2,5" and dutch_number(180_000_000) == "180.000.000"
    assert period_label("2023-01-01") == "per 1 januari 2023"
    assert [period_label(p) for p in ("2021", "2024-2028", "sinds 2017", None)] == ["2021", "2024-2028", "sinds 2017", ""]
    assert place(3, "Ministerie van VWS") == "p. 3" and place(None, "Knelpunten") == "Knelpunten"


def test_filter_summary_names_every_active_filter():
    assert filter_summary(Filters()) == ""
    assert filter_summary(Filters(("kamerbrief", "inspectierapport"), (2022, 2024))) == (
        "soort document: kamerbrief, inspectierapport; jaren: 2022–2024")
    assert filter_summary(Filters(years=(2023, 2023))) == "jaar: 2023"


def test_excel_csv_has_bom_semicolons_and_no_float_artefacts():
    rows = [{"metric": "plaatsingen", "period": None, "value": 1175.0, "page": 1, "quote": "a; b"},
            {"metric": "duur", "period": "2021", "value": 2.5, "page": None, "quote": "x"}]
    text = excel_csv(rows, ["metric", "period", "value", "page", "quote"])
    assert text.startswith("\ufeffmetric;period;value;page;quote\r\n")
    parsed = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert parsed == [{"metric": "plaatsingen", "period": "", "value": "1175", "page": "1", "quote": "a; b"},
                      {"metric": "duur", "period": "2021", "value": "2,5", "page": "", "quote": "x"}]
