"""Follow-up resolution, Markdown export and passages in context (the non-UI parts of the web app)."""

import pytest

from assistant.conversation import is_follow_up, resolve
from assistant.export import inert, answer_markdown, citation_markdown, export_filename, figure_rows, rows_csv
from assistant.passage import around


@pytest.mark.parametrize("previous, follow_up, resolved", [
    ("Hoeveel plaatsingen waren er in 2022?", "en in 2021?", "Hoeveel plaatsingen waren er in 2021?"),
    ("Hoeveel plaatsingen waren er in 2021?", "en voor unieke jongeren?", "Hoeveel unieke jongeren waren er in 2021?"),
    ("Hoeveel gesloten plaatsingen waren er in 2022?", "En unieke jongeren in 2020?",
     "Hoeveel unieke jongeren waren er in 2020?"),
    ("Hoeveel separeerruimtes waren er per 1 januari 2023?", "en in 2018?", "Hoeveel separeerruimtes waren er in 2018?"),
    ("Wat zegt de inspectie over onderwijs?", "en over personeel?", "Wat zegt de inspectie over personeel?"),
    ("Wat zijn de knelpunten die de inspectie noemt?", "en de maatregelen?",
     "Wat zijn de maatregelen die de inspectie noemt?"),
    ("Hoe ontwikkelde het aantal plaatsingen zich sinds 2017?", "en unieke jongeren?",
     "Hoe ontwikkelde het aantal unieke jongeren zich sinds 2017?"),
    ("Hoeveel plaatsingen waren er in 2021?", "en in Noord-Holland?",
     "Hoeveel plaatsingen waren er in 2021 in Noord-Holland?"),
    ("Hoeveel plaatsingen waren er in 2021?", "Hoeveel in 2019?", "Hoeveel plaatsingen waren er in 2019?"),
    ("Wat zegt de inspectie over onderwijs?", "en in 2021?", "Wat zegt de inspectie over onderwijs in 2021?"),
    ("Zijn er wachtlijsten?", "en separeerruimtes?", "Zijn er separeerruimtes?"),
    ("How many placements were there in 2022?", "and in 2021?", "How many placements were there in 2021?"),
    ("How many placements were there in 2022?", "what about unique young people?",
     "How many unique young people were there in 2022?"),
    ("Hoeveel plaatsingen waren er in 2021?", "en voor regio Zeeland?",
     "Hoeveel plaatsingen waren er in 2021 voor regio Zeeland?"),
    ("<b>Hoeveel</b> plaatsingen in 2020?", "en in <i>2021</i>?", "Hoeveel plaatsingen in 2021?"),
])
def test_follow_up_changes_the_previous_question(previous, follow_up, resolved):
    assert is_follow_up(follow_up)
    assert resolve(follow_up, previous) == resolved


@pytest.mark.parametrize("question", [
    "Wat zegt de inspectie?",
    "Hoeveel jongeren verbleven er in 2021?",
    "Zijn er wachtlijsten?",
    "Knelpunten volgens de inspectie in het rapport?",
])
def test_standalone_questions_are_left_alone(question):
    assert not is_follow_up(question)
    assert resolve(question, "Hoeveel plaatsingen waren er in 2021?") == question


@pytest.mark.parametrize("previous, question", [
    ("Wie is de aanjager?", "Welke instellingen sluiten?"),
    ("Hoeveel nieuwe plekken zijn er in 2024 in Zeeland geopend?", "Hoeveel investeerde Middelburg?"),
    ("Hoeveel plaatsingen waren er in 2021?", "Wie is de aanjager?"),
    ("Hoeveel plaatsingen waren er in 2021?", "Which institutions close?"),
])
def test_a_new_question_with_its_own_subject_passes_unchanged(previous, question):
    assert not is_follow_up(question)
    assert resolve(question, previous) == question


def test_markup_is_stripped_before_everything():
    assert resolve("<b>Hoeveel</b> plaatsingen in 2020?", None) == "Hoeveel plaatsingen in 2020?"
    assert resolve("Wat zegt de <script>x</script> inspectie &amp; de IGJ?", None) == "Wat zegt de x inspectie & de IGJ?"
    assert resolve("Is 3 < 5 en 7 > 6?", None) == "Is 3 < 5 en 7 > 6?"  # comparisons are no tags


@pytest.mark.parametrize("question", ["2021年有多少安置?", "安置", "Сколько в 2021?"])
def test_a_question_in_another_script_is_never_merged(question):
    assert not is_follow_up(question)
    assert resolve(question, "Hoeveel plaatsingen in 2020?") == question


def test_first_question_has_nothing_to_lean_on():
    assert resolve("en in 2021?", None) == "en in 2021?"


def test_answer_markdown_carries_quotes_places_and_file_hashes(assistant):
    answer = assistant.ask("Hoeveel plaatsingen waren er in 2021?")
    text = answer_markdown(answer, assistant.docs)
    assert text.startswith("## Vraag\n\nHoeveel plaatsingen waren er in 2021?\n\n## Antwoord\n\n" + answer.answer)
    for c in answer.citations:
        doc = assistant.docs[c.doc_id]
        block = citation_markdown(c, doc)
        assert block in text
        assert f"[{c.n}] **{inert(c.title)}**" in block and f"sha256 {doc.content_hash[:12]}" in block
        assert all(f"> {line}" in block for line in c.quote.splitlines() if line.strip())
        assert (f"p. {c.page}" if c.page else c.section) in block
    assert export_filename(answer) == "antwoord-hoeveel-plaatsingen-waren-er-in-2021.md"


def test_refusal_markdown_gives_the_reason(assistant):
    answer = assistant.ask("Wie is de burgemeester van Atlantis?")
    assert answer.refused
    text = answer_markdown(answer, assistant.docs)
    assert f"Reden: {answer.refusal_reason}" in text and "## Bronnen" not in text


def test_figure_csv_has_every_statement_with_its_status(assistant):
    groups = assistant.figure_groups("plaatsen_afgebouwd")
    lines = rows_csv(figure_rows(groups)).splitlines()
    assert lines[0].startswith("metric,period,value,unit,qualifier,scope,status")
    assert len(lines) == 1 + sum(len(g.figures) for g in groups)
    assert all(",distinct," in line for line in lines[1:])  # one letter, two spans: not a conflict


def test_passage_around_a_table_row_shows_its_neighbours(assistant):
    answer = assistant.ask("Hoeveel plaatsingen waren er in 2021?")
    c = next(c for c in answer.citations if c.quote == "2021 1.175")
    doc = assistant.docs[c.doc_id]
    snip = around(doc, c.char_start, c.char_end)
    assert snip.quote == c.quote and snip.before.strip() == "2020 1.366" and snip.after.strip() == "2022 979"
    wide = around(doc, c.char_start, c.char_end, radius=1500, sentence=False)
    assert wide.before + wide.quote + wide.after in doc.text
    assert 1000 < len(wide.before) <= 1500 and wide.page == c.page
    assert not wide.before[0].isspace() and doc.text[doc.text.index(wide.before) - 1].isspace()  # whole words
