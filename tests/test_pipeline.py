"""End to end on the real corpus: real USE embedder, real Chroma, real BM25."""

import json
import os
import subprocess
import sys

import pytest

from assistant.assistant import Assistant
from assistant.ingest import ingest
from assistant.store import Generation, current_generation

from .conftest import ROOT, make_settings

PLAATSINGEN = {2017: 1924, 2018: 1720, 2019: 1701, 2020: 1366, 2021: 1175, 2022: 979}


def assert_verbatim(assistant, citation_or_figure):
    doc = assistant.docs[citation_or_figure.doc_id]
    assert doc.text[citation_or_figure.char_start : citation_or_figure.char_end] == citation_or_figure.quote


def test_plaatsingen_series_with_quotes(assistant):
    for year, value in PLAATSINGEN.items():
        figs = [f for f in assistant.figures("plaatsingen", year) if not f.qualifier]
        assert figs, year
        assert {f.value for f in figs} == {value}
        for f in figs:
            assert_verbatim(assistant, f)
            assert f.raw in f.quote


def test_figures_corroborated_across_documents(assistant):
    groups = assistant.figure_groups("plaatsingen", 2017)
    assert {f.doc_id for g in groups for f in g.figures} >= {"kamerbrief-2023", "uitvoeringsplan-2022"}
    exact = [g for g in groups if g.status == "corroborated"]
    assert exact or any(g.status == "consistent" for g in groups)


def test_two_spans_in_one_letter_are_not_a_conflict(assistant):
    """200 places phased out over the years and ~190 of one decline: one letter, two spans (issue 15)."""
    groups = assistant.figure_groups("plaatsen_afgebouwd")
    assert len(groups) == 1 and groups[0].status == "distinct"
    assert sorted(f.value for f in groups[0].figures) == [190, 200]
    answer = assistant.ask("Hoeveel plaatsen zijn er afgebouwd?")
    assert "verschillen" not in answer.answer


def test_capacity_separeerruimtes_budget(assistant):
    assert {f.value for f in assistant.figures("plaatsen", 2020)} == {994}
    assert {(f.value, f.qualifier) for f in assistant.figures("plaatsen", 2022)} == {(696, "circa")}
    assert {f.value for f in assistant.figures("separeerruimtes", 2018)} == {72}
    assert {f.value for f in assistant.figures("separeerruimtes", "2023-01-01")} == {27}
    budget = assistant.figures("budget_frictiekosten")
    assert [f.value for f in budget] == [180e6] and "€ 180 mln." in budget[0].quote


def test_ask_2022_placements_cites_979(assistant):
    answer = assistant.ask("Hoeveel gesloten plaatsingen waren er in 2022?")
    assert not answer.refused
    assert "979" in answer.answer and "[1]" in answer.answer
    assert "979" in answer.citations[0].quote
    for c in answer.citations:
        assert_verbatim(assistant, c)
    data = answer.to_dict()
    assert set(data) == {"question", "answer", "refused", "refusal_reason", "citations", "figures", "timings"}
    assert data["figures"] and data["figures"][0]["quote"]


@pytest.mark.parametrize("question", [
    "Hoeveel plaatsingen waren er in 2015?",
    "Wat is het budget voor jeugd-ggz in Limburg?",
    "Hoeveel unieke jongeren zaten er in 2022 in de gesloten jeugdhulp?",
    "Hoeveel plaatsen gesloten jeugdhulp waren er in Rotterdam?",
    # Sentences about the topic that do not give the kind of answer asked for:
    "Welke vier organisaties hebben inmiddels al hun separeerruimtes gesloten?",
    "Wie is de bestuurlijk aanjager van de af- en ombouw?",
    "Hoe lang moeten jongeren wachten op een plek in de JeugdzorgPlus?",
])
def test_unanswerable_is_refused(assistant, question):
    answer = assistant.ask(question)
    assert answer.refused, answer.answer
    assert answer.refusal_reason and not answer.citations


def test_text_question_quotes_source(assistant):
    answer = assistant.ask("Wat zijn de knelpunten die de inspectie noemt?")
    assert not answer.refused
    assert all(c.doc_id == "igj-rapport-2024" for c in answer.citations)
    assert any("financiering" in c.quote.lower() for c in answer.citations)
    for c in answer.citations:
        assert_verbatim(assistant, c)


@pytest.mark.parametrize("question, expected", [
    ("Welke organisatie zoekt een alternatief voor jongeren die anders naar een ZIKOS-locatie zouden gaan?",
     "Ondersteuningsteam Zorg voor de Jeugd"),
    ("Welke twee branchepartijen zijn in de zomer van 2024 aangehaakt?", "VGN"),
    ("Waar staat JIM voor?", "Jouw ingebrachte Mentor"),
    ("Hoe lang loopt het contract met Horizon?", "4 februari 2023"),
    ("Op welk systeem zijn de plaatsingscijfers gebaseerd?", "Toeleidingsysteem"),  # provenance, not a figure
    # A quoted title names the document; its words are not topic words to find in sentences.
    ("Op welke dag werd 'Van groot naar klein, van gesloten naar open' in bestuurlijk overleg vastgesteld?",
     "7 december 2022"),
    ("How many placements were there in 2022 according to Table 1 of the letter?", "979"),  # Table = Tabel
])
def test_typed_questions_quote_the_answer(assistant, question, expected):
    """Questions that ask for a name, an expansion, a duration or a source get a quote that gives it."""
    answer = assistant.ask(question)
    assert not answer.refused, answer.refusal_reason
    assert any(expected.lower() in c.quote.lower() for c in answer.citations), answer.answer
    for c in answer.citations:
        assert_verbatim(assistant, c)


def test_page_numbers_from_text_markers(assistant):
    doc = assistant.docs["kamerbrief-2023"]
    start = doc.text.index("aanbieders gaan helpen om dit ook spoedig")
    assert doc.page_at(start) == 3


def test_reingest_unchanged_does_no_embedding(settings):
    report = ingest(settings)
    assert not report.changed and report.vectors == 0 and len(report.unchanged) == 5


def test_changed_and_deleted_files(tmp_path):
    s = make_settings(tmp_path)
    ingest(s)
    path = s.corpus_dir / "kamerbrief-2024-kamerdebat-gesloten-jeugdhulp.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nDe regeling kent een looptijd tot zeppelinjaar.\n", encoding="utf-8")
    (s.corpus_dir / "regiovisie-2021-transformatievisie-jeugdzorgplus-nhn.txt").unlink()
    report = ingest(s)
    assert report.replaced == ["kamerbrief-2024"] and report.removed == ["regiovisie-nhn-2021"]
    assert 0 < report.vectors < 400
    gen = Generation(current_generation(s.index_dir), None)
    docs = {d.doc_id: d for d in gen.documents()}
    assert "regiovisie-nhn-2021" not in docs and "zeppelinjaar" in docs["kamerbrief-2024"].text
    assert gen.vectors.client.count() == sum(len(c.sentences) for c in gen.chunks(docs))
    assert gen.lexical.search("zeppelinjaar", 3)


def test_jsonl_contract(settings):
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir)}
    questions = "Hoeveel gesloten plaatsingen waren er in 2022?\nWat is de kleur van de lucht op Mars?\nHoeveel aanbieders zijn er?\n"
    out = subprocess.run([sys.executable, "-m", "assistant", "ask", "--jsonl"], input=questions, env=env,
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 3
    objs = [json.loads(l) for l in lines]
    assert [o["question"] for o in objs] == questions.splitlines()
    assert "979" in objs[0]["answer"] and objs[1]["refused"] and "11" in objs[2]["answer"]


def test_pdf_pages_kept(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdf = fpdf.FPDF()
    pdf.set_font("helvetica", size=12)
    for n, text in enumerate(["Inleiding over jeugdhulp in de regio.",
                              "In 2023 telde de regio Utopia 17 gesloten plaatsingen.",
                              "Tot slot een woord van dank aan alle betrokkenen."], start=1):
        pdf.add_page()
        pdf.multi_cell(0, 10, text)
    pdf.set_title("Testrapport Utopia")
    pdf.output(str(corpus / "utopia.pdf"))
    s = make_settings(tmp_path)
    ingest(s)
    a = Assistant(s)
    doc = a.docs["utopia"]
    assert doc.title == "Testrapport Utopia"
    assert [p.page for p in doc.pages] == [1, 2, 3]
    answer = a.ask("Hoeveel gesloten plaatsingen telde Utopia in 2023?")
    assert not answer.refused and "17" in answer.answer
    assert answer.citations[0].page == 2
