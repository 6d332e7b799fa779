"""The Cijfers and Documenten tabs: every figure statement with its status (disagreements first and in
red), the chart of a metric over time, and the documents with their metadata."""

from __future__ import annotations

import altair as alt
import pandas as pd

from assistant.assistant import Assistant
from assistant.display import dutch_number, period_label, place
from assistant.export import figure_rows
from assistant.figstore import label
from assistant.reference import where

from .render import esc

CHART_METRICS = ["plaatsingen", "unieke_jongeren", "plaatsen", "separeerruimtes"]
STATUS_NL = {"single": "één bron", "corroborated": "bevestigd", "same_source": "zelfde brontabel",
             "consistent": "verenigbaar", "distinct": "andere context", "conflict": "conflict"}
STATUS_COLOURS = {"één bron": "#64748b", "bevestigd": "#15803d", "zelfde brontabel": "#475569",
                  "verenigbaar": "#2563eb", "andere context": "#a16207", "conflict": "#dc2626"}
FIGURE_HEADERS = {"metric": "Metriek", "period": "Periode", "value": "Waarde", "unit": "Eenheid",
                  "qualifier": "Kwalificatie", "scope": "Reikwijdte", "status": "Status", "title": "Bron",
                  "place": "Plaats", "quote": "Citaat"}
DOC_HEADERS = {"title": "Titel", "kind": "Soort", "date": "Datum", "publisher": "Uitgever", "signatory": "Ondertekend door",
               "doc_number": "Kenmerk of nummer", "url": "Openbare URL", "scope": "Reikwijdte", "pages": "Pagina's", "chunks": "Chunks",
               "indexed_at": "Geïndexeerd op"}
ALL = "Alle"


def figures_selected(assistant: Assistant, metric: str, scope: str, status: str, search: str) -> list[dict]:
    """The statements the filters select, disagreements first (they need a look); raw values."""
    rows = figure_rows(assistant.figure_groups(None if metric == ALL else metric, None, None if scope == ALL else scope))
    needle = (search or "").strip().lower()
    rows = [r for r in rows if (status == ALL or STATUS_NL.get(r["status"], r["status"]) == status)
            and (not needle or needle in (r["quote"] + " " + r["title"]).lower())]
    return sorted(rows, key=lambda r: r["status"] != "conflict")


def figures_frame(rows: list[dict]) -> pd.DataFrame:
    shown = [{**r, "status": STATUS_NL.get(r["status"], r["status"]), "place": place(r["page"], r["section"])}
             for r in rows]
    return pd.DataFrame(shown, columns=[*FIGURE_HEADERS, "doc_id", "page", "section"])


def _clip(text: str, limit: int) -> str:
    """Shortened for a table cell; the CSV download keeps the full text."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def figures_table(frame: pd.DataFrame):
    shown = frame[list(FIGURE_HEADERS)].assign(
        metric=frame["metric"].map(label), period=frame["period"].map(period_label, na_action="ignore"),
        value=frame["value"].map(dutch_number), title=frame["title"].map(lambda t: _clip(t, 70)),
        quote=frame["quote"].map(lambda q: _clip(q, 120))).fillna("")
    shown = shown.rename(columns=FIGURE_HEADERS)
    return shown.style.apply(  # text colour too: the row must stay readable in dark mode
        lambda row: ["background-color: #fee2e2; color: #7f1d1d" if row["Status"] == "conflict" else ""] * len(row),
        axis=1)


def conflicts_html(frame: pd.DataFrame) -> str:
    """Where sources disagree, said in words above the table (the rows are also marked red)."""
    clashes = frame[frame["status"] == STATUS_NL["conflict"]]
    items = [
        f"{esc(label(metric))}{f' ({esc(period_label(period))})' if period else ''}: " + " · ".join(
            esc(f"{r.qualifier} {dutch_number(r.value)} ({r.place})".strip()) for r in rows.itertuples())
        for (metric, period), rows in clashes.fillna({"period": ""}).groupby(["metric", "period"])
    ]
    if not items:
        return ""
    return (f'<div class="conflicten"><strong>Bronnen spreken elkaar tegen</strong> bij {"; ".join(items)}. '
            "De rijen staan rood gemarkeerd.</div>")



def figure_chart(assistant: Assistant, metric: str) -> alt.LayerChart:
    """The metric over time: a line through the most precise value per period, and one point per
    distinct statement whose hover names every source that makes it."""
    groups = [g for g in assistant.figure_groups(metric) if g.period]
    national = [g for g in groups if g.scope == "landelijk"] or groups
    statements: dict[tuple, list] = {}
    for g in national:
        for f in g.figures:
            statements.setdefault((g.period, f.value, f.qualifier, g.status), []).append(f)
    points = pd.DataFrame([
        {"Periode": period_label(period), "Waarde": value, "Zoals geschreven": f"{qualifier} {figs[0].raw or f'{value:g}'}".strip(),
         "Status": STATUS_NL.get(status, status), "Citaat": _clip(figs[0].quote, 220),
         "Bron": " | ".join(f"{f.title} ({where(f.page, f.section)})" for f in figs)}
        for (period, value, qualifier, status), figs in statements.items()
    ], columns=["Periode", "Waarde", "Zoals geschreven", "Status", "Bron", "Citaat"])
    line = pd.DataFrame([{"Periode": period_label(g.period), "Waarde": g.primary.value} for g in national])
    # Periods are labels ('2021', 'per 1 januari 2023') in time order, not dates spread over an axis.
    order = [period_label(p) for p in sorted({g.period for g in national})]
    x = alt.X("Periode:O", sort=order, title=None, axis=alt.Axis(labelAngle=0, labelLimit=120))
    y_axis = alt.Axis(labelExpr="replace(format(datum.value, ',d'), ',', '.')")
    base = alt.Chart(line).mark_line(color="#1e3a8a").encode(
        x=x, y=alt.Y("Waarde:Q", title=label(metric), axis=y_axis))
    colours = alt.Scale(domain=list(STATUS_COLOURS), range=list(STATUS_COLOURS.values()))
    dots = alt.Chart(points).mark_circle(size=110, opacity=0.9).encode(
        x=x, y="Waarde:Q", color=alt.Color("Status:N", scale=colours, legend=alt.Legend(orient="bottom")),
        tooltip=["Periode", "Zoals geschreven", "Status", "Bron", "Citaat"],
    )
    # SVG, so that each point is an element a test (or a screen reader) can find.
    return (base + dots).properties(width="container", height=300, title=label(metric),
                                    usermeta={"embedOptions": {"renderer": "svg", "actions": False}})


def chart_choices(assistant: Assistant) -> list[tuple[str, str]]:
    periods: dict[str, set] = {}
    for f in assistant.figures():
        if f.period:
            periods.setdefault(f.metric, set()).add(f.period)
    metrics = [m for m in CHART_METRICS if m in periods] + sorted(
        m for m, p in periods.items() if len(p) > 1 and m not in CHART_METRICS)
    return [(label(m), m) for m in metrics]


def documents_frame(assistant: Assistant) -> pd.DataFrame:
    return pd.DataFrame(assistant.document_stats(), columns=list(DOC_HEADERS)).rename(columns=DOC_HEADERS)
