"""The web app in a real browser: Debian's Chromium driven by Playwright, the app started with
`python -m assistant serve` on a copy of the test index, the same models and Chroma as the CLI."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from fpdf import FPDF
from gradio_client import Client
from playwright.sync_api import expect

from assistant.display import period_label
from assistant.export import answer_markdown, figure_rows
from assistant.reference import source_parts
from assistant.retrieve import Filters
from eval.screenshots import CHART_POINTS, ask_in_chat, open_app
from tests.browser import QUESTION, bot, browser, flat, needs_chromium, page, served, user  # noqa: F401 (fixtures)

pytestmark = needs_chromium


def test_figure_question_same_answer_and_sources_as_cli(page, assistant):
    ask_in_chat(page, QUESTION)
    expected = assistant.ask(QUESTION)
    bubble = bot(page).last
    assert "1.175" in bubble.inner_text()
    assert flat(bubble.inner_text()) == flat(expected.answer)
    markers = bubble.locator("a.cite")
    assert markers.first.inner_text() == "[1]"
    assert [m.get_attribute("href") for m in markers.all()] == [
        f"#bron-0-{n}" for n in re.findall(r"\[(\d+)\]", expected.answer)
    ]
    cards = page.locator("#bronnen details.beurt[open] article.bron")
    assert len(expected.citations) >= 1
    expect(cards).to_have_count(len(expected.citations), timeout=30_000)  # the panel may render after the chat
    for card, c in zip(cards.all(), expected.citations):
        assert card.get_attribute("id") == f"bron-0-{c.n}"
        assert c.title in card.locator(".bron-kop").inner_text()
        assert flat(card.locator(".bron-citaat mark").inner_text()) == flat(c.quote)
        meta = card.locator(".bron-meta").inner_text()  # kind, publisher, date, number, place, URL: as cited
        assert flat(meta) == flat(" · ".join(source_parts(c, assistant.docs[c.doc_id])))
        assert (f"p. {c.page}" if c.page else c.section) in meta
    first = cards.first
    assert "1.175" in first.locator(".bron-citaat mark").inner_text()

    markers.first.click()  # [1] leads to its source card
    expect(first).to_have_class(re.compile(r"\bflits\b"))

    first.locator("details.context summary").click()  # the passage in its document, scrolled to the quote
    box = first.locator(".context-tekst")
    quote = expected.citations[0].quote
    doc = assistant.docs[expected.citations[0].doc_id]
    shown = box.inner_text().strip().removeprefix("…").removesuffix("…")
    assert len(shown) > len(quote) + 500 and flat(shown) in flat(doc.text)
    assert box.evaluate("""b => { const m = b.querySelector('mark').getBoundingClientRect(),
                                        o = b.getBoundingClientRect(); return m.top >= o.top && m.bottom <= o.bottom; }""")

    first.get_by_role("button", name="Kopieer bron").click()
    expect(first.get_by_role("button", name="Gekopieerd ✓")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert quote in copied and doc.content_hash[:12] in copied and expected.citations[0].title in copied

    with page.expect_download() as download:
        page.click("#exporteer")
    assert download.value.suggested_filename.endswith(".md")
    assert Path(download.value.path()).read_text(encoding="utf-8") == answer_markdown(expected, assistant.docs)

    first.get_by_role("button", name="Toon originele pagina").click()  # the page of the text, quote marked
    expect(page.get_by_role("tab", name="Origineel")).to_have_attribute("aria-selected", "true")
    c = expected.citations[0]
    expect(page.locator("#pagina-kop")).to_contain_text(f"{c.title}")
    expect(page.locator("#pagina-kop")).to_contain_text(f"{doc.source_file} · pagina {c.page}")
    marked = page.locator("#pagina-tekst mark")
    expect(marked).to_have_text(c.quote)
    expect(marked).to_be_in_viewport()
    span = next(s for s in doc.pages if s.page == c.page)
    assert flat(page.locator("#pagina-tekst").inner_text()) == flat(doc.text[span.char_start:span.char_end])
    with page.expect_download() as download:
        page.click("#origineel")
    assert download.value.suggested_filename == doc.source_file
    assert Path(download.value.path()).read_bytes() == (assistant.settings.corpus_dir / doc.source_file).read_bytes()
    page.get_by_role("button", name="Terug naar de chat").click()
    expect(page.get_by_role("tab", name="Chat")).to_have_attribute("aria-selected", "true")


def test_follow_up_resolved_and_history_per_session(page, browser, served):
    ask_in_chat(page, QUESTION)
    ask_in_chat(page, "en voor unieke jongeren?")
    assert "Opgevat als: Hoeveel unieke jongeren waren er in 2021?" in user(page).last.inner_text()
    assert "1.029" in bot(page).last.inner_text()
    assert user(page).count() == 2
    assert page.locator("#bronnen details.beurt").count() == 2
    assert page.locator("#bronnen details.beurt[open]").count() == 1  # older sources folded away
    bot(page).first.locator("a.cite").first.click()  # an older marker still finds its own card
    expect(page.locator("#bron-0-1")).to_be_in_viewport()
    other = open_app(browser, served[0])  # another browser session starts with an empty chat
    assert other.locator("#gesprek [data-testid=user]").count() == 0
    expect(other.get_by_text("Hoe ontwikkelde het aantal plaatsingen zich sinds 2017?")).to_be_visible()
    other.context.close()


def test_kind_filter_applied_to_retrieval(page, assistant):
    page.get_by_text("Filters (soort document, jaar)").click()
    page.get_by_label("uitvoeringsplan").check()
    ask_in_chat(page, QUESTION)
    expected = assistant.ask(QUESTION, Filters(kinds=("uitvoeringsplan",)))
    assert expected.citations and {c.kind for c in expected.citations} == {"uitvoeringsplan"}
    assert flat(bot(page).last.inner_text()) == flat(expected.answer)
    titles = page.locator("#bronnen details.beurt[open] .bron-kop").all_inner_texts()
    assert len(titles) == len(expected.citations) and all("Uitvoeringsplan" in t for t in titles)
    expect(page.locator("#actieve-filters")).to_have_text("Filter actief: soort document: uitvoeringsplan")

    ask_in_chat(page, "Hoeveel separeerruimtes waren er per 1 januari 2023?")  # answered without the filter
    assert bot(page).last.locator(".weigering").count() == 1
    assert "Let op: er staat een filter aan (soort document: uitvoeringsplan)." in flat(bot(page).last.inner_text())


def test_refusal_styled_apart_and_markup_inert(page):
    question = '<img src=x onerror="window.hacked=1"> Wie is de burgemeester van **Atlantis**?'
    ask_in_chat(page, question)
    assert user(page).last.locator("img").count() == 0
    assert question in user(page).last.inner_text()
    assert bot(page).last.locator(".weigering").count() == 1
    expect(page.locator("#bronnen .weigering")).to_contain_text("Atlantis", timeout=30_000)
    assert page.evaluate("window.hacked") is None


def test_figures_tab_table_chart_and_csv(page, assistant):
    page.get_by_role("tab", name="Cijfers").click()
    # Like with like only (issue 15): the shipped letters hold no real conflict, so none is claimed;
    # 200 vs ~190 places afgebouwd are two spans in one letter.
    assert not any(g.status == "conflict" for g in assistant.figure_groups())
    expect(page.locator("#conflicten")).not_to_contain_text("Bronnen spreken elkaar tegen")
    expect(page.locator("#cijfertabel [style*='rgb(254, 226, 226)']")).to_have_count(0)
    expect(page.locator("#cijfertabel")).not_to_contain_text("plaatsen_afgebouwd")  # metrics by their Dutch label
    points = page.locator(CHART_POINTS)  # the chart: a point per distinct statement on plaatsingen
    groups = [g for g in assistant.figure_groups("plaatsingen") if g.period]
    expect(points).to_have_count(len({(g.period, f.value, f.qualifier) for g in groups for f in g.figures}),
                                 timeout=30_000)
    corroborated = next(g for g in groups if len({f.doc_id for f in g.figures}) > 1 and len({f.value for f in g.figures}) == 1)
    point = page.locator(f"{CHART_POINTS}[aria-label*='Periode: {period_label(corroborated.period)};']")
    point.hover(force=True)  # its hover names every source that gives the value
    for f in corroborated.figures:
        expect(page.locator("#vg-tooltip-element")).to_contain_text(f.title)

    page.locator("#grafiek-keuze input").click()  # a peildatum on the axis reads as a Dutch date
    page.get_by_role("option", name="separeerruimtes in gebruik", exact=True).click()
    axis = page.locator("#grafiek svg g.role-axis-label")
    expect(axis.first).to_contain_text("per 1 januari 2023", timeout=30_000)
    expect(axis.first).not_to_contain_text("2023-01-01")

    page.locator("#filter-metriek input").click()  # the chart's list may still be in the page: this one's own
    page.locator("#filter-metriek").get_by_role("option", name="plaatsingen in de gesloten jeugdhulp", exact=True).click()
    expect(page.locator("#cijfertabel")).not_to_contain_text("aanbieders")
    expect(page.locator("#cijfertabel")).to_contain_text("1.175")
    with page.expect_download() as download:
        page.click("#csv")
    raw = Path(download.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.splitlines()[0].count(b";") > 5  # BOM and ';' for Dutch Excel
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert {r["metric"] for r in rows} == {"plaatsingen"}
    assert len(rows) == len(figure_rows(assistant.figure_groups("plaatsingen")))
    assert {"2021": "1175"}.items() <= {r["period"]: r["value"] for r in rows if not r["qualifier"]}.items()
    assert not any(v in ("nan", "None") or re.fullmatch(r"\d+\.0", v) for r in rows for v in r.values())

    page.locator("#filter-metriek input").click()  # every metric: the periods are there or empty, never 'nan'
    page.get_by_role("option", name="Alle", exact=True).click()
    expect(page.locator("#cijfertabel")).to_contain_text("aanbieders")
    with page.expect_download() as download:
        page.click("#csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig")), delimiter=";"))
    every = figure_rows(assistant.figure_groups(None))
    assert len(rows) == len(every) and sorted(r["period"] for r in rows) == sorted(r["period"] or "" for r in every)
    assert sorted(r["page"] for r in rows) == sorted(str(r["page"] or "") for r in every)


def _pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.set_title("Proefnotitie Zeewolde <b>vet</b>")
    pdf.multi_cell(0, 8, "Proefnotitie kleinschalige opvang Zeewolde\n\n"
                   "De gemeente Zeewolde opende in 2025 het logeerhuis De Wilgenhoeve voor jongeren die tijdelijk "
                   "niet thuis kunnen wonen. Het logeerhuis De Wilgenhoeve heeft zes kamers en wordt begeleid door "
                   "een vast team van pedagogisch medewerkers.")
    pdf.output(str(path))
    return path


def test_upload_pdf_then_ask_about_it(page, served, tmp_path):
    page.get_by_role("tab", name="Documenten").click()
    rows = page.locator("#documenten .virtual-row").count()
    page.set_input_files("#upload input[type=file]", _pdf(tmp_path / "zeewolde-notitie.pdf"))
    expect(page.locator("#upload-status .melding-ok")).to_contain_text("doorzoekbaar", timeout=120_000)
    expect(page.locator("#documenten")).to_contain_text("Proefnotitie Zeewolde <b>vet</b>")  # title shown as text
    assert page.locator("#documenten .virtual-row").count() == rows + 1
    assert (served[1].uploads / "zeewolde-notitie.pdf").exists()

    page.get_by_role("tab", name="Chat").click()
    ask_in_chat(page, "Welk logeerhuis opende de gemeente Zeewolde?")
    assert "De Wilgenhoeve" in bot(page).last.inner_text()
    card = page.locator("#bronnen details.beurt[open] article.bron").first
    assert card.locator(".bron-kop").inner_text().endswith("Proefnotitie Zeewolde <b>vet</b>")
    assert card.locator("b").count() == 0
    assert "logeerhuis De Wilgenhoeve" in card.locator(".bron-citaat mark").inner_text()

    card.get_by_role("button", name="Toon originele pagina").click()  # the PDF page, quote painted on it
    expect(page.locator("#pagina-kop")).to_contain_text("zeewolde-notitie.pdf · pagina 1")
    expect(page.locator("#pagina-beeld img")).to_be_visible()
    expect(page.locator("#pagina-kop")).not_to_contain_text("niet worden aangewezen")  # the quote was found
    assert page.locator("#pagina-beeld img").evaluate("i => i.naturalWidth") > 800
    expect(page.locator("#pagina-tekst mark")).to_contain_text("logeerhuis De Wilgenhoeve")  # and as text
    with page.expect_download() as download:
        page.click("#origineel")
    assert Path(download.value.path()).read_bytes() == (served[1].uploads / "zeewolde-notitie.pdf").read_bytes()

    page.get_by_role("tab", name="Documenten").click()  # any document's page, from the Documenten tab
    page.locator("#document-keuze input").click()
    page.get_by_role("option", name="Brief voorafgaand aan het Kamerdebat", exact=False).click()
    page.get_by_label("Pagina").fill("2")
    page.get_by_role("button", name="Toon pagina").click()
    expect(page.locator("#pagina-kop")).to_contain_text("kamerbrief-2024-kamerdebat-gesloten-jeugdhulp.txt · pagina 2")
    expect(page.locator("#pagina-tekst")).to_be_visible()
    expect(page.locator("#pagina-beeld img")).to_have_count(0)


@pytest.mark.parametrize("name, content, message", [
    ("leeg.pdf", b"", "leeg"),
    ("notitie.pdf", b"Gewone tekst met een .pdf-naam.", "geen PDF"),
    ("foto.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "PDF, TXT"),
])
def test_bad_upload_gives_dutch_error_and_changes_nothing(page, served, tmp_path, name, content, message):
    def files() -> list[Path]:
        return sorted(p for d in (served[1].corpus_dir, served[1].uploads) if d.exists() for p in d.iterdir())

    before = files()
    page.get_by_role("tab", name="Documenten").click()
    rows = page.locator("#documenten .virtual-row").count()
    (tmp_path / name).write_bytes(content)
    page.set_input_files("#upload input[type=file]", tmp_path / name)
    status = page.locator("#upload-status .fout")
    expect(status).to_contain_text(f"Document '{name}' kan niet worden verwerkt", timeout=60_000)
    expect(status).to_contain_text(message)
    assert "Traceback" not in status.inner_text()
    assert files() == before
    assert page.locator("#documenten .virtual-row").count() == rows


def test_api_ask_endpoint_returns_answer_json(served, assistant):
    result = Client(served[0], verbose=False).predict(QUESTION, api_name="/ask")
    expected = assistant.ask(QUESTION).to_dict()
    assert {k: v for k, v in result.items() if k != "timings"} == {k: v for k, v in expected.items() if k != "timings"}


def test_trend_since_2017_shows_the_computed_decline(page):
    ask_in_chat(page, "Hoe ontwikkelde het aantal plaatsingen zich sinds 2017?")
    text = flat(bot(page).last.inner_text())
    assert "1.924" in text and "979" in text  # 1.924 → 979 is a decline of 945, 49,1 %
    assert "945" in text and re.search(r"49,1\s?%", text) and "900" not in text


def test_closed_seclusion_rooms_are_the_45_closed_not_the_27_in_use(page):
    ask_in_chat(page, "Hoeveel separeerruimtes zijn er gesloten?")
    text = flat(bot(page).last.inner_text())
    assert re.search(r"\b45\b", text) and not re.search(r"\b27\b", text)
