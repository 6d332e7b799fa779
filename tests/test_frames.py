"""Question frames and the answer steps they choose, on phrasings that are in no gold set."""

from __future__ import annotations

import pytest

from assistant.answertype import answer_type
from assistant.cite import computation_problems
from assistant.frame import parse
from assistant.types import Citation


@pytest.mark.parametrize("question, counted", [
    ("Hoeveel jongeren verbleven in 2021 in een gesloten instelling?", "jongere"),  # verb after the noun
    ("Hoeveel gesloten plaatsingen telde men in 2019?", "plaatsing"),  # participle before the noun
    ("Hoeveel investeerde de gemeente?", None),  # a verb, not a counted noun
    ("How many closed youth care placements were there?", "plaatsing"),  # read in the documents' Dutch terms
    ("Hoeveel Gelderse kinderen stonden begin december op de wachtlijst?", "kind"),  # adjective, irregular verb
    ("Hoeveel jongeren zaten er in 2021 gesloten?", "jongere"),
    ("How many seclusions were recorded in 2025?", None),  # no Dutch term known: nothing to require a count of
    ("Hoeveel hoger lagen de werkelijke zorguitgaven in 2025 dan in 2022?", "zorguitgave"),  # verb before the subject
    ("Met hoeveel is het aantal nieuw gestarte plaatsingen gedaald?", "plaatsing"),  # 'het aantal' names it
])
def test_counted_noun_is_a_lemma_and_never_a_verb(question, counted):
    found = parse(question).counted
    assert (found.lemma if found else None) == counted


@pytest.mark.parametrize("question, intent", [
    ("Hoeveel plaatsingen minder waren er in 2020 vergeleken met 2018?", "difference"),
    ("Met hoeveel daalde het aantal plaatsingen tussen 2018 en 2021?", "difference"),
    ("Komen de bronnen overeen over de capaciteit in 2022?", "conflict"),
    ("Waarom sluiten kleine groepen beter aan bij jongeren?", "explanation"),
    ("Hoe vaak werd de regeling aangepast?", "other"),  # a frequency, not an amount
    ("Wanneer werd het plan vastgesteld?", "date"),
    ("Welke datum staat er op de Regiovisie JeugdzorgPlus van Twente?", "date"),  # 'JeugdzorgPlus' is no plural
    ("Wat zijn volgens de inspectie de belangrijkste knelpunten?", "list"),
])
def test_intent(question, intent):
    assert parse(question).intent == intent


def test_change_verb_in_predicate_position_is_an_action_but_not_as_adjective():
    assert parse("Hoeveel isoleercellen zijn er verdwenen?").action == "removed"
    assert parse("Hoeveel groepen werden er geopend in 2023?").action == "added"
    assert parse("Hoeveel gesloten plaatsingen waren er?").action is None


def test_two_part_questions_become_two_frames_the_second_inheriting_the_topic():
    frame = parse("Hoeveel meldingen kwamen er binnen, en hoeveel daarvan werden onderzocht?")
    assert [p.intent for p in frame.parts] == ["amount", "amount"]
    assert "meldingen" in frame.parts[1].text and "daarvan" not in frame.parts[1].text
    two = parse("Hoeveel plaatsingen en unieke jongeren waren er in 2020?")
    assert [p.counted.lemma for p in two.parts] == ["plaatsing", "jongere"]


def _cite(n: int, quote: str) -> Citation:
    return Citation(n, "d", "t", 1, "", quote, 0, len(quote))


def test_verifier_checks_the_computed_line():
    cites = {1: _cite(1, "2018 1.720"), 2: _cite(2, "2020 1.366")}
    assert computation_problems("Berekend: 1.366 − 1.720 = −354 (−20,6 %) [2][1], een daling.", cites) == []
    assert computation_problems("Berekend: 1.366 − 1.720 = −300 (−20,6 %) [2][1].", cites)  # wrong difference
    assert computation_problems("Berekend: 1.366 − 1.900 = −534 (−28,1 %) [2][1].", cites)  # input nobody cited
    assert computation_problems("Berekend: een forse daling [1].", cites)  # no formula to check


@pytest.mark.slow
def test_difference_is_computed_from_cited_table_values(assistant):
    answer = assistant.ask("Hoeveel plaatsingen minder telde men in 2020 vergeleken met 2018?")
    assert not answer.refused and answer.route == "computed"
    assert "Berekend: 1.366 − 1.720 = −354 (−20,6 %)" in answer.answer
    quotes = " ".join(c.quote for c in answer.citations)
    assert "1.366" in quotes and "1.720" in quotes


@pytest.mark.slow
def test_a_question_about_closing_is_not_answered_with_what_is_in_use(assistant):
    answer = assistant.ask("Hoeveel separeerruimtes zijn er inmiddels gesloten?")
    assert "45" in answer.answer and "27" not in answer.answer
    assert any("45" in c.quote for c in answer.citations)


@pytest.mark.slow
def test_two_counts_in_one_question_are_both_answered(assistant):
    answer = assistant.ask("Hoeveel plaatsingen en unieke jongeren waren er in 2020?")
    assert "1.366" in answer.answer and "1.128" in answer.answer
    assert answer.route == "parts" and len({c.n for c in answer.citations}) == len(answer.citations)


@pytest.mark.slow
def test_conflict_question_uses_the_figure_groups(assistant):
    answer = assistant.ask("Zijn de Kamerbrief en het uitvoeringsplan het eens over het aantal plaatsingen in 2018?")
    assert answer.answer.startswith("De bronnen spreken elkaar hierover niet tegen.")
    assert "1.720" in answer.answer


@pytest.mark.slow
def test_signatory_comes_from_the_signature_block(assistant):
    answer = assistant.ask("Door wie is de Kamerbrief van 2023 ondertekend?")
    assert "Maarten van Ooijen" in answer.answer
    [cite] = answer.citations
    assert assistant.docs[cite.doc_id].text[cite.char_start:cite.char_end] == cite.quote


def _ingested(tmp_path_factory, folder: str):
    """An index of one folder of test documents under tests/data, ingested beside nothing else."""
    from pathlib import Path

    from assistant.assistant import Assistant
    from assistant.ingest import ingest
    from tests.conftest import make_settings

    settings = make_settings(tmp_path_factory.mktemp(folder), Path(__file__).parent / "data" / folder)
    ingest(settings)
    return Assistant(settings)


@pytest.fixture(scope="module")
def regional(tmp_path_factory):
    """A small regional report written for these tests."""
    return _ingested(tmp_path_factory, "regio")


@pytest.mark.slow
def test_list_question_gets_the_intro_and_every_item(regional):
    answer = regional.ask("Wat zijn de speerpunten van de regio?")
    for item in ("gezinsvorm", "eigen school", "nazorg"):
        assert item in answer.answer
    assert len(answer.citations) == 4  # the intro and its three items, each its own verbatim quote


@pytest.mark.slow
def test_a_synonym_counts_and_the_year_must_stand_with_the_number(regional):
    answer = regional.ask("Hoeveel plaatsen voor gesloten verblijf had de regio in 2024?")
    assert "41" in answer.answer and not answer.refused
    assert regional.ask("Hoeveel plaatsen voor gesloten verblijf had de regio in 2023?").refused


@pytest.mark.slow
def test_headings_are_not_answers_and_signatory_is_found(regional):
    answer = regional.ask("Waarom kiest de regio voor kleiner wonen?")
    assert not answer.refused and "Waarom kleiner wonen”" not in answer.answer
    assert "Annelies Verbrugge" in regional.ask("Wie ondertekende het jaarbericht?").answer


@pytest.mark.slow
def test_a_flattened_table_with_space_grouped_thousands_is_read_and_computed(regional):
    answer = regional.ask("Hoeveel jongeren met verblijf waren er in 2022?")
    assert "1 105" in answer.answer and any("1 105" in c.quote for c in answer.citations)
    diff = regional.ask("Hoeveel minder jongeren met verblijf waren er in 2023 dan in 2020?")
    assert "Berekend: 1.020 − 1.240 = −220 (−17,7 %)" in diff.answer


@pytest.mark.slow
def test_difference_with_a_moment_in_the_year(regional):
    answer = regional.ask("Hoeveel plekken minder had de regio in 2024 dan eind 2022?")
    assert "Berekend: 41 − 64 = −23 (−35,9 %)" in answer.answer


@pytest.mark.slow
def test_sum_over_years_and_percentage_change_are_computed_and_verified(assistant):
    total = assistant.ask("Hoeveel plaatsingen waren er in 2020 en 2021 samen?")
    assert "Berekend: 1.366 + 1.175 = 2.541" in total.answer
    pct = assistant.ask("Met hoeveel procent daalde het aantal plaatsingen tussen 2017 en 2022?")
    assert "(−49,1 %)" in pct.answer
    span = assistant.ask("Hoeveel gesloten plaatsingen waren er opgeteld over de jaren 2017 tot en met 2022?")
    assert "1.924 + 1.720 + 1.701 + 1.366 + 1.175 + 979 = 8.865" in span.answer  # every year of the span
    assert verify_problems(assistant, span) == []


@pytest.mark.slow
def test_the_largest_and_smallest_change_from_one_year_to_the_next(assistant):
    most = assistant.ask("In welk jaar nam het aantal gesloten plaatsingen het sterkst af ten opzichte van het jaar ervoor?")
    assert "Berekend: 1.366 − 1.701 = −335 (−19,7 %)" in most.answer and "grootste daling" in most.answer
    assert most.answer.splitlines()[-1].endswith("tussen 2019 en 2020 [3][4].") and verify_problems(assistant, most) == []
    least = assistant.ask("Tussen welke twee opeenvolgende jaren daalde het aantal plaatsingen het minst?")
    assert "kleinste daling" in least.answer and "tussen 2018 en 2019" in least.answer.splitlines()[-1]
    trend = assistant.ask("Is het aantal bedden in de gesloten jeugdhulp tussen 2020 en 2022 gegroeid of afgenomen?")
    assert "afgenomen" in trend.answer  # the computed line says which, in the question's own word


def test_verifier_checks_a_sum():
    cites = {1: _cite(1, "2020 1.366"), 2: _cite(2, "2021 1.175")}
    assert computation_problems("Berekend: 1.366 + 1.175 = 2.541 [1][2], samen.", cites) == []
    assert computation_problems("Berekend: 1.366 + 1.175 = 2.641 [1][2], samen.", cites)


@pytest.mark.slow
def test_an_amount_question_without_an_amount_in_the_documents_is_refused(regional):
    assert regional.ask("Hoeveel investeerde de regio in nazorg?").refused  # nazorg is named, no sum of money
    wanted = answer_type("Hoeveel investeerde de regio?", "amount")
    assert not wanted.satisfied(["De regio investeerde fors in nazorg."], "")
    assert wanted.satisfied(["De regio investeerde 2 miljoen euro."], "")


@pytest.fixture(scope="module")
def linde(tmp_path_factory):
    """An inspection letter and a regional newsletter written for these tests."""
    return _ingested(tmp_path_factory, "regio2")


@pytest.mark.slow
def test_table_cell_by_row_label_under_a_footnoted_year(linde):
    answer = linde.ask("Hoeveel meisjes woonden er in 2023 in een gezinshuis?")
    assert "135" in answer.answer and "381" not in answer.answer  # the gezinshuis row, not the pleeggezin row
    assert "135" in answer.citations[0].quote and "2023" in answer.citations[0].quote
    answer = linde.ask("Hoeveel meisjes woonden er in 2024 in een gezinshuis?")  # column header "2024*"
    assert "149" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, line", [
    ("Hoeveel meisjes woonden er in 2024 meer in een gezinshuis dan in 2021?", "149 − 118 = 31 (26,3 %)"),  # one table row
    ("Met hoeveel daalde het aantal meldingen van geweld tussen het eerste kwartaal van 2024 en dat van 2025?",
     "21 − 38 = −17 (−44,7 %)"),  # two values in one sentence, each after its year
    ("Hoeveel bedden verdwijnen er door de verbouwing van De Linde?", "16 − 24 = −8 (−33,3 %)"),  # "van 24 naar 16"
])
def test_a_difference_is_computed_from_one_row_or_one_sentence(linde, question, line):
    answer = linde.ask(question)
    assert f"Berekend: {line}" in answer.answer
    assert all(linde.docs[c.doc_id].text[c.char_start:c.char_end] == c.quote for c in answer.citations)


@pytest.mark.slow
def test_list_introduced_after_the_best_sentence_holds_every_bullet(linde):
    answer = linde.ask("Welke tekortkomingen zag de inspectie bij De Linde?")
    for item in ("ziekteverzuim", "onderwijs is niet op orde", "meldingen van geweld", "kleiner geworden"):
        assert item in answer.answer
    # a bullet is quoted whole, with the sentence that elaborates it on its own line
    assert "• Het onderwijs is niet op orde. Vier meisjes kregen minder dan tien uur les per week." in [
        c.quote for c in answer.citations]


@pytest.mark.slow
def test_a_named_source_is_the_only_source(linde):
    answer = linde.ask("Hoeveel meldingen van geweld waren er in het eerste kwartaal van 2025 volgens de inspectiebrief?")
    assert "57" not in answer.answer and {c.doc_id for c in answer.citations} == {"inspectiebrief-2025-de-linde"}
    signed = linde.ask("Wie ondertekende de inspectiebrief?")
    assert "K.L. Mulder" in signed.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Wat kost een plek in De Linde per dag?",  # money asked, none stated
    "Hoe heet de directeur van De Linde?",  # a person asked, none named
])
def test_answer_type_not_in_the_documents_is_refused(linde, question):
    assert linde.ask(question).refused


def test_a_year_that_names_a_document_is_not_an_asked_year():
    frame = parse("Noemen de brief van 2023 en het uitvoeringsplan hetzelfde aantal coördinerende gemeenten?")
    assert frame.intent == "conflict" and frame.years == ()
    assert parse("Hoeveel plaatsingen noemt het rapport uit 2024 voor 2021?").years == (2021,)


def test_a_reason_question_mentioning_an_amount_needs_no_count():
    from assistant.steps.select import count_target

    assert count_target(parse("Waarom komt het onderwijs onder druk als het aantal plaatsen afneemt?")) is None
    assert count_target(parse("Hoeveel plaatsen waren er in 2022?")).lemma == "plaats"


@pytest.mark.parametrize("question, parts", [
    ("Hoe groot is het budget van de regeling en tot en met welk jaar loopt ze?", 2),
    ("Wanneer is het regioplan vastgesteld en door welk orgaan?", 2),
    ("Hoe verklaart het plan dat de instroom zo fors is gedaald?", 0),
])
def test_two_part_joiners(question, parts):
    frame = parse(question)
    assert len(frame.parts) == parts
    if parts:
        assert "regeling" in frame.parts[1].text or "regioplan" in frame.parts[1].text  # the topic carries over
    else:
        assert frame.intent == "explanation"


@pytest.mark.parametrize("question, label, names", [
    ("Wat heeft het onderzoek naar een alternatief uiteindelijk gekost?", "bedrag", 0),
    ("Wat zijn de jaarlijkse exploitatiekosten van het logeerhuis?", "bedrag", 0),
    ("What budget is available for the programme in 2025?", "bedrag", 0),
    ("Welke gemeenten horen bij de regio?", "namen", 2),  # a plural asks for more than one name
    ("Welke organisatie beheert het overzicht?", "namen", 1),
    ("Wie was in 2023 minister van Onderwijs?", "naam", 1),
])
def test_answer_type_of_money_and_name_questions(question, label, names):
    found = answer_type(question, parse(question).intent)
    assert (found.label, found.names) == (label, names)


def test_end_of_a_year_is_not_its_first_of_january():
    from assistant.steps.select import other_moment

    text = "Bij de aanbieders waren in 2018 nog 72 kamers in gebruik; per 1 januari 2023 zijn dat er 27."
    assert other_moment("Hoeveel kamers waren er eind 2023 nog in gebruik?", text)
    assert not other_moment("Hoeveel kamers waren er begin 2023 nog in gebruik?", text)
    assert not other_moment("Hoeveel kamers waren er in 2023 nog in gebruik?", text)


def test_a_sentence_that_names_the_year_dates_itself_whatever_the_sentence_before_says():
    from assistant.steps.moments import other_moment
    from assistant.steps.select import _own_moment

    before = "In 2023 sloten nog twee aanbieders hun laatste kamers."
    sentence = "Per 1 januari 2023 waren er 27 kamers in gebruik."
    question = "Hoeveel kamers waren er eind 2023 in gebruik?"
    assert not other_moment(question, f"{before} {sentence}")  # read together, 'In 2023' hides the peildatum
    assert other_moment(question, _own_moment(sentence, f"{before} {sentence}", {"2023"}))
    assert _own_moment("Er waren 27 kamers.", f"{before} Er waren 27 kamers.", {"2023"}).startswith("In 2023")


@pytest.mark.slow
def test_adjective_of_a_place_in_the_corpus_is_known(assistant):
    kb = assistant.composer
    assert kb.known("noord-hollandse") and not kb.known("zeeuwse")
    assert kb.missing_anchor("Hoe heet het bovenregionale Noord-Hollandse plan?", "nl") is None


@pytest.mark.slow
def test_list_items_written_as_sentences_that_name_the_announced_noun(linde):
    answer = linde.ask("Welke drie werkgroepen kent de jeugdregio?")
    for item in ("werkgroep wonen", "werkgroep onderwijs", "werkgroep nazorg"):
        assert item in answer.answer
    assert "Daarnaast houdt" not in answer.answer  # it goes on about an item; it is not one


def test_lemma_of_nothing_is_nothing():
    from assistant.frame import lemma

    assert lemma("") == "" and lemma("plaatsingen") == "plaatsing"


@pytest.mark.slow
def test_a_sub_row_is_grouped_under_its_own_noun(linde):
    metrics = {(f.counted, f.metric) for f in linde.figures() if f.origin == "table"}
    assert ("waarvan in een gezinshuis", "gezinshuis") in metrics and ("waarvan in een pleeggezin", "pleeggezin") in metrics


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Hoeveel plaatsingen waren er in 2021 meer dan unieke jongeren?",
    "Wat is in 2021 het verschil tussen het aantal plaatsingen en het aantal unieke jongeren?",
])
def test_two_things_of_one_year_are_compared_from_their_own_cited_figures(assistant, question):
    answer = assistant.ask(question)
    assert "Berekend: 1.175 − 1.029 = 146 (14,2 %)" in answer.answer  # Tabel 1 and the uitvoeringsplan, 2021
    assert not verify_problems(assistant, answer)


def test_a_comparison_with_another_moment_is_no_comparison_of_two_things():
    from assistant.steps.combine import combination

    assert combination("Hoeveel plaatsingen minder waren er in 2020 dan het jaar ervoor?", "nl") is None
    assert combination("Hoeveel meer meisjes dan jongens werden in 2025 geplaatst?", "nl").questions == (
        "Hoeveel meisjes in 2025?", "Hoeveel jongens geplaatst in 2025?")


def verify_problems(assistant, answer) -> list[str]:
    from assistant.cite import verify

    return verify(answer.answer, list(answer.citations), assistant.docs)


@pytest.mark.parametrize("question, second", [
    # its own count of the same situation ("dat"): the first part's year, not its counted noun
    ("Hoeveel plaatsingen waren er in 2018 en hoeveel unieke jongeren betrof dat?", "hoeveel unieke jongeren betrof 2018?"),
    # "die" points at the first part's things, which stay the topic; "onder hoeveel" joins a second question
    ("Hoeveel separeerruimtes zijn er nog over, en onder hoeveel organisaties vallen die?",
     "onder hoeveel organisaties vallen separeerruimtes?"),
])
def test_the_second_part_inherits_what_its_pronoun_points_at(question, second):
    assert " ".join(parse(question).parts[1].text.split()) == second


@pytest.mark.parametrize("question, first", [
    ("Hoeveel jongens en hoeveel meisjes verbleven in 2026 in een gesloten groep?",
     "Hoeveel jongens verbleven in 2026 in een gesloten groep?"),
    ("Hoeveel separaties en hoeveel fixaties waren er in 2024 op Het Baken?", "Hoeveel separaties waren er in 2024 op Het Baken?"),
    # a first part with a predicate of its own keeps it
    ("Hoeveel plaatsingen waren er in 2018 en hoeveel unieke jongeren betrof dat?", "Hoeveel plaatsingen waren er in 2018?"),
])
def test_a_first_part_without_predicate_shares_the_second_parts(question, first):
    assert parse(question).parts[0].text == first


@pytest.mark.parametrize("question, text", [
    ("Hoeveel plaatsingen minder waren er in 2020 dan het jaar ervoor?", "Hoeveel plaatsingen minder waren er in 2020 dan in 2019?"),
    ("How many fewer placements were there in 2020 than the year before?", "How many fewer placements were there in 2020 than in 2019?"),
    ("Hoeveel bedden waren er op de laatste dag van 2024?", "Hoeveel bedden waren er eind 2024?"),
    ("Hoeveel plekken waren er aan het begin van 2021?", "Hoeveel plekken waren er begin 2021?"),
])
def test_moments_and_relative_years_read_in_one_form(question, text):
    assert parse(question).text == text


@pytest.mark.parametrize("question, noun, metric", [
    ("Hoe vaak is er in 2025 op De Linde iemand afgezonderd?", "afzondering", "separaties"),  # separable verb
    ("Hoe vaak werden jongeren in 2024 gesloten geplaatst?", "plaatsing", "plaatsingen"),
    ("Hoe vaak is er geweld gemeld?", "melding", "melding"),  # 'gemeld': the stem ends in d itself
    ("Hoe vaak rapporteert de aanbieder?", None, None),  # a frequency: no event to count
])
def test_how_often_an_event_happened_counts_its_noun(question, noun, metric):
    from assistant.figstore import question_metrics
    from assistant.vocabulary import event_noun

    assert event_noun(question) == noun
    assert question_metrics(question) == ([metric] if metric else [])
