"""Real PDF layouts, generated here with fpdf2: a Kamerbrief (letterhead, kenmerk block, running
header and footer, footnotes, a table across a page break), a two-column report and a scan."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image

from assistant.corpus import discover, read_pages
from assistant.errors import DocumentError
from assistant.figures import extract_figures
from assistant.ingest import parse
from assistant.settings import Settings

REGIONS = ["Groningen", "Friesland", "Drenthe", "Overijssel", "Gelderland", "Utrecht", "Flevoland", "Zeeland",
           "Limburg", "Brabant", "Holland", "Twente", "Achterhoek", "Veluwe", "Rijnmond", "Haaglanden",
           "Kennemerland", "Gooi", "Amstelland", "Zaanstreek", "Westfriesland", "Alkmaar", "Rivierenland",
           "Betuwe", "Peel", "Kempen", "Midden", "Noordoost", "Zuidoost", "Eemland"]


class Letter(FPDF):
    def header(self):
        self.set_font("helvetica", size=8)
        self.cell(0, 5, "Kamerbrief pleegzorg en kleinschalige opvang", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("helvetica", size=8)
        self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="C")


def _paragraph(pdf: FPDF, parts: list[str | int]) -> None:
    """Body text; an int is a footnote marker printed in superscript."""
    pdf.set_font("helvetica", size=11)
    for part in parts:
        if isinstance(part, int):
            pdf.char_vpos = "SUP"
            pdf.write(6, str(part))
            pdf.char_vpos = "LINE"
        else:
            pdf.write(6, part)
    pdf.ln(10)


def _footnotes(pdf: FPDF, notes: list[str]) -> None:
    """Small print in the bottom margin of the current page, below where the body may run."""
    y = pdf.get_y()
    pdf.set_auto_page_break(False)
    pdf.set_y(-40)
    pdf.set_font("helvetica", size=7)
    for i, note in enumerate(notes, start=1):
        pdf.multi_cell(0, 4, f"{i} {note}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(True, margin=45)
    pdf.set_y(y)


def make_letter(path: Path) -> None:
    pdf = Letter()
    pdf.set_auto_page_break(True, margin=45)  # the body stops above the footnotes
    pdf.alias_nb_pages()
    pdf.set_title("Microsoft Word - brief_def.docx")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 6, "Ministerie van Volksgezondheid, Welzijn en Sport", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    for line in ("", "Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018",
                 "2500 EA Den Haag", "", "Kenmerk", "4123456-1077777-J", "", "Datum 3 april 2025", "",
                 "Betreft Voortgang kleinschalige opvang", ""):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    _paragraph(pdf, ["Geachte voorzitter,"])
    _paragraph(pdf, ["In deze brief schets ik hoe de opvang van jongeren kleiner wordt. In 2024 waren er "
                     "ongeveer 640 gesloten plaatsen in gebruik.", 1, " Gemeenten hebben daarnaast 35 kleinschalige "
                     "voorzieningen geopend in de regio's waar de vraag het grootst is.", 2])
    _paragraph(pdf, ["Hieronder staat per regio het aantal plaatsen."])
    _footnotes(pdf, ["Kamerstukken II 2024/25, 31 839, nr. 1001.", "Monitor kleinschalige opvang, maart 2025."])
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(0, 6, "Tabel 1. Gesloten plaatsen per regio op 31 december", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    with pdf.table(col_widths=(60, 30, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT")) as table:
        table.row(["Regio", "2022", "2023", "2024"])
        for i, region in enumerate(REGIONS):
            table.row([f"Plaatsen {region}", str(40 + i), str(38 + i), str(30 + i)])
    pdf.ln(6)
    _paragraph(pdf, ["Ik blijf uw Kamer informeren over de voortgang."])
    _paragraph(pdf, ["De Staatssecretaris van Volksgezondheid, Welzijn en Sport,"])
    _paragraph(pdf, ["Vincent Karremans"])
    pdf.output(str(path))


def make_report(path: Path) -> None:
    left = ("Links begint het verhaal over de regio. Er zijn in totaal 18 gezinshuizen die jongeren opvangen. "
            "Deze zin loopt in de linkerkolom over meerdere regels door tot hij eindigt. ") * 3
    right = ("Rechts staat het vervolg van het verslag. De wachttijd bedroeg gemiddeld 9 weken in deze regio. "
             "Ook deze zin loopt over meerdere regels van de rechterkolom door. ") * 3
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.cell(0, 8, "Regionaal plan jeugdhulp Noordkust 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", size=10)
    with pdf.text_columns(ncols=2, gutter=10) as cols:
        cols.write(left)
        cols.new_column()
        cols.write(right)
    pdf.output(str(path))


def test_kamerbrief_pdf(tmp_path):
    make_letter(tmp_path / "brief.pdf")
    source = discover(tmp_path)[0]
    doc, chunks = parse(source, Settings(corpus_dir=tmp_path, index_dir=tmp_path / "i"))
    pages = read_pages(tmp_path / "brief.pdf")
    assert len(pages) >= 2, "the table must run onto a second page"
    # Running header and footer, page numbers: gone.
    assert "Kamerbrief pleegzorg" not in doc.text and "Pagina 1 van" not in doc.text
    # Footnote markers out of the sentences; footnotes kept, after the body.
    sentences = [s.text for c in chunks for s in c.sentences]
    assert "In 2024 waren er ongeveer 640 gesloten plaatsen in gebruik." in sentences
    assert any(s.endswith("waar de vraag het grootst is.") for s in sentences)
    assert doc.text.index("1 Kamerstukken II 2024/25") > doc.text.index("Ik blijf uw Kamer informeren")
    # Metadata from the letter itself (the PDF's Title is a word processor's file name).
    assert (doc.title, doc.date, doc.signatory, doc.doc_number) == (
        "Voortgang kleinschalige opvang", "2025-04-03", "Vincent Karremans", "4123456-1077777-J")
    assert doc.publisher == "Ministerie van Volksgezondheid, Welzijn en Sport"
    # The table: one row per line, every row read, also those on the next page.
    figures = [f for f in extract_figures(doc, chunks) if f.origin == "table"]
    assert len(figures) == 3 * len(REGIONS)
    last = [f for f in figures if f.counted == f"Plaatsen {REGIONS[-1]}"]
    assert [(f.period, f.value) for f in last] == [("2022-12-31", 69), ("2023-12-31", 67), ("2024-12-31", 59)]
    assert doc.page_at(last[0].char_end - 1) == 2
    assert f"Plaatsen {REGIONS[-1]} 69 67 59" in doc.text
    text = [f for f in extract_figures(doc, chunks) if f.origin == "text"]
    assert {(f.metric, f.value, f.qualifier, f.period) for f in text} >= {
        ("plaatsen", 640, "ongeveer", "2024"), ("voorziening_bijgekomen", 35, "", None)}  # "35 … geopend"


def test_two_column_report_reads_left_column_first(tmp_path):
    make_report(tmp_path / "plan.pdf")
    doc, chunks = parse(discover(tmp_path)[0], Settings(corpus_dir=tmp_path, index_dir=tmp_path / "i"))
    assert doc.text.startswith("Regionaal plan jeugdhulp Noordkust 2025")
    assert doc.text.rindex("Links begint") < doc.text.index("Rechts staat")
    sentences = {s.text for c in chunks for s in c.sentences}
    assert "Deze zin loopt in de linkerkolom over meerdere regels door tot hij eindigt." in sentences
    assert "De wachttijd bedroeg gemiddeld 9 weken in deze regio." in sentences
    figures = extract_figures(doc, chunks)
    assert {(f.metric, f.value) for f in figures} >= {("gezinshuis", 18), ("week", 9)}


def test_scanned_pages_are_reported(tmp_path, caplog):
    image = tmp_path / "scan.png"
    Image.new("RGB", (200, 280), "white").save(image)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 6, "Een pagina met gewone tekst over de jeugdhulp in de regio.")
    pdf.add_page()
    pdf.image(str(image), x=10, y=10, w=190)
    pdf.output(str(tmp_path / "deels-gescand.pdf"))
    with caplog.at_level(logging.WARNING):
        pages = read_pages(tmp_path / "deels-gescand.pdf")
    assert [n for n, text in pages if not text.strip()] == [2]
    assert "pagina 2 heeft geen tekstlaag" in caplog.text

    scan_only = FPDF()
    scan_only.add_page()
    scan_only.image(str(image), x=10, y=10, w=190)
    scan_only.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(DocumentError, match="geen tekstlaag"):
        read_pages(tmp_path / "scan.pdf")


def make_borderless(path: Path) -> None:
    """A table without ruling lines whose column headings wrap over two lines, as in many letters."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Tabel 2. Kerncijfers opvang 2021-2023")
    pdf.ln(2)
    pdf.set_font("helvetica", size=9)
    columns = [(20, "", "Jaar"), (35, "Aantal", "opnames"), (45, "Bedden", "per 1 januari"), (40, "Gem. duur", "(dagen)")]
    for line in (1, 2):
        for width, first, second in columns:
            pdf.cell(width, 5, first if line == 1 else second)
        pdf.ln(5)
    for row in (("2021", "1.410", "388", "96"), ("2022", "1.302", "371", "91"), ("2023", "1.254", "350", "88")):
        for (width, *_), value in zip(columns, row):
            pdf.cell(width, 6, value)
        pdf.ln(6)
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "De tabel laat zien dat het aantal bedden elk jaar afneemt.")
    pdf.output(str(path))


def test_borderless_table_with_wrapped_headings_gives_one_cell_per_column(tmp_path):
    make_borderless(tmp_path / "opvang.pdf")
    [(_, text)] = read_pages(tmp_path / "opvang.pdf")
    assert "Jaar | Aantal opnames | Bedden per 1 januari | Gem. duur (dagen)" in text
    doc, chunks = parse(discover(tmp_path)[0], Settings(corpus_dir=tmp_path, index_dir=tmp_path / "i"))
    figures = extract_figures(doc, chunks)
    beds = {f.period: f.value for f in figures if f.counted == "Bedden per 1 januari"}
    assert beds == {"2021-01-01": 388, "2022-01-01": 371, "2023-01-01": 350}
    assert {f.period: f.value for f in figures if f.counted == "Aantal opnames"}["2022"] == 1302


def make_column_table(path: Path) -> None:
    """Two columns of ragged text; the right column holds a ruled table between two paragraphs."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    left = ("De regio telt elf gemeenten die de zorg samen inkopen bij drie aanbieders in de buurt. "
            "Het gemiddelde aantal jongeren dat op een dag gesloten verbleef daalde van 44 in 2023 naar 39 in 2024. ") * 4
    pdf.set_xy(10, 20)
    pdf.multi_cell(88, 5, left)
    pdf.set_xy(110, 20)
    pdf.multi_cell(88, 5, "De regio sluit overeenkomsten met drie aanbieders die al in de regio werken. "
                          "Zij leveren samen de plaatsen voor de hele regio en de omliggende gemeenten. "
                          "De capaciteit daalt elk jaar, in lijn met de verwachte vraag.")
    pdf.set_x(110)
    for row in (("Aanbieder", "2026", "2027"), ("Lindenhorst", "18", "16"), ("Overstag", "10", "8")):
        pdf.set_x(110)
        for width, value in zip((40, 20, 20), row):
            pdf.cell(width, 6, value, border=1)
        pdf.ln(6)
    pdf.set_x(110)
    pdf.multi_cell(88, 5, "Lindenhorst levert de flexibele plaatsen en Overstag de crisisplaatsen. " * 3)
    pdf.output(str(path))


def test_a_table_in_the_right_column_stays_in_that_column(tmp_path):
    make_column_table(tmp_path / "inkoop.pdf")
    [(_, text)] = read_pages(tmp_path / "inkoop.pdf")
    body = " ".join(text.split())
    # The whole left column first, every sentence in one piece; then the right column with its table in place.
    assert body.count("daalde van 44 in 2023 naar 39 in 2024.") == 4
    assert body.rindex("naar 39 in 2024.") < body.index("De regio sluit overeenkomsten")
    assert body.index("in lijn met de verwachte vraag.") < body.index("Lindenhorst 18 16") < body.index("Overstag 10 8") \
        < body.index("Lindenhorst levert de flexibele plaatsen")


def test_unmapped_bullet_glyphs_become_bullets():
    from assistant.pdf import _glyphs

    assert _glyphs("(cid:127)") == "•"  # pdfminer's name for a symbol-font bullet without Unicode
    assert _glyphs("afspraken(cid:3)") == "afspraken"


def make_offset_columns(path: Path) -> None:
    """Two columns whose lines never share a baseline (a heading shifts the left one), the right one a
    numbered list drawn as '1 Tekst' without dots, as a PDF list often is."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.set_xy(10, 20)
    pdf.multi_cell(90, 9, "Wat de regio gaat doen")
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(10, 30)
    pdf.multi_cell(90, 5, "De regio neemt de volgende maatregelen om het aantal gesloten plaatsingen in de komende "
                   "jaren verder terug te dringen, samen met de aanbieders en het onderwijs. " * 3)
    pdf.set_xy(110, 22.5)  # half a line lower than any left line: no baseline is shared
    for n, text in enumerate(("Een expertteam beoordeelt elke aanvraag binnen twee werkdagen.",
                              "Gezinshuizen krijgen een vaste vergoeding voor acht extra plekken.",
                              "Ervaringsdeskundigen praten mee over elk perspectiefplan."), 1):
        pdf.set_x(110)
        pdf.multi_cell(90, 5, f"{n} {text}")
    pdf.output(str(path))


def test_columns_with_offset_baselines_and_a_list_numbered_without_dots(tmp_path):
    make_offset_columns(tmp_path / "regioplan.pdf")
    doc, chunks = parse(discover(tmp_path)[0], Settings(corpus_dir=tmp_path, index_dir=tmp_path / "i"))
    assert doc.text.index("De regio neemt") < doc.text.index("1 Een expertteam")  # left column first
    assert doc.text.rindex("het onderwijs.") < doc.text.index("1 Een expertteam")  # not line by line
    sentences = {s.text for c in chunks for s in c.sentences}
    assert "2 Gezinshuizen krijgen een vaste vergoeding voor acht extra plekken." in sentences


class Plan(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("helvetica", size=8)
        self.cell(120, 5, "Regio Zandkust | Jaarplan gesloten jeugdhulp 2026")
        self.cell(0, 5, f"pagina {self.page_no()} van {{nb}}", align="R")


def _wide_heading_table(pdf: FPDF, rows: list[tuple[str, ...]]) -> None:
    """Left-aligned numbers under headings much wider than them: 'Capaciteit op 31' reaches towards the next column."""
    pdf.set_font("helvetica", size=9)
    columns = [(20, "Jaar", ""), (45, "Capaciteit op 31", "december (plaatsen)"), (45, "Unieke", "jongeren")]
    for line in (1, 2):
        for width, first, second in columns:
            pdf.cell(width, 5, first if line == 1 else second)
        pdf.ln(5)
    for row in rows:
        for (width, *_), value in zip(columns, row):
            pdf.cell(width, 6, value)
        pdf.ln(6)


def test_wrapped_headings_stay_with_their_column_and_a_table_continues_on_the_next_page(tmp_path):
    pdf = Plan()
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Tabel 1. Capaciteit en jongeren in de regio Zandkust", new_x="LMARGIN", new_y="NEXT")
    _wide_heading_table(pdf, [("2023", "64", "131"), ("2024", "58", "122")])
    pdf.add_page()
    _wide_heading_table(pdf, [("2025", "51", "117")])  # the last row, under the repeated headings
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "De capaciteit neemt elk jaar verder af.")
    pdf.output(str(tmp_path / "jaarplan.pdf"))
    pages = read_pages(tmp_path / "jaarplan.pdf")
    assert "Jaar | Capaciteit op 31 december (plaatsen) | Unieke jongeren" in pages[0][1]
    assert not any("Jaarplan gesloten jeugdhulp 2026" in text for _, text in pages)  # footer with its page number
    doc, chunks = parse(discover(tmp_path)[0], Settings(corpus_dir=tmp_path, index_dir=tmp_path / "i"))
    places = {f.period: f.value for f in extract_figures(doc, chunks) if f.counted.startswith("Capaciteit")}
    assert places == {"2023-12-31": 64, "2024-12-31": 58, "2025-12-31": 51}
