"""Fast checks of the pure helpers: Dutch numbers, sentence splitting, RRF, page recovery."""

from assistant.blocks import Block
from assistant.chunking import split_sentences
from assistant.corpus import split_text_pages
from assistant.evaluation import matches
from assistant.nlp import canonical_numbers, detect_language, parse_number
from assistant.retrieve import rrf


def test_dutch_numbers():
    assert parse_number("1.924") == 1924
    assert parse_number("33,5") == 33.5
    assert 180e6 in canonical_numbers("een budget van € 180 mln. voor de periode")
    assert 3.35e7 in canonical_numbers("(33,5 mln. euro)")
    assert 39 in canonical_numbers("afgenomen met 39% en")


def test_sentences_keep_offsets_and_abbreviations():
    text = "Zie Kamerstukken nr. 871 voor details. Het aantal daalde tot 979. Daarna volgde bijv. een plan."
    block = Block(text, 100, "para")
    sents = split_sentences(block)
    assert [s.text for s in sents] == [
        "Zie Kamerstukken nr. 871 voor details.", "Het aantal daalde tot 979.", "Daarna volgde bijv. een plan."]
    for s in sents:
        assert text[s.char_start - 100 : s.char_end - 100] == s.text


def test_rrf_is_pure_and_rewards_agreement():
    a, b = ["x", "y", "z"], ["y", "x"]
    fused = rrf([a, b], k=60)
    assert [i for i, _ in fused][:2] == ["x", "y"] or [i for i, _ in fused][:2] == ["y", "x"]
    assert fused[-1][0] == "z"
    assert a == ["x", "y", "z"] and b == ["y", "x"]


def test_a_weighted_run_counts_for_its_weight_and_settings_override_the_fitted_fusion():
    from assistant.retrieve import fusion_for, load_fusion

    bm25, dense = ["a", "b", "c"], ["c", "b", "a"]
    assert [i for i, _ in rrf([bm25, dense], k=20, weights=[1.0, 0.2])] == ["a", "b", "c"]  # BM25 leads
    assert [i for i, _ in rrf([bm25, dense], k=20, weights=[0.2, 1.0])] == ["c", "b", "a"]
    fitted = load_fusion()
    assert fusion_for(None, None) == fitted and fitted.dense_weight < 1.0  # fitted on dev: the dense run counts less
    assert fusion_for(60, 1.0).rrf_k == 60 and fusion_for(60, 1.0).dense_weight == 1.0


def test_page_marker_recovers_pages():
    text = " Eerste pagina tekst.\nmeer\nmeer\nmeer\nPagina 2 van 3\nKenmerk\n123-4\ntweede\nmeer\nmeer\n Derde pagina.\nx\n"
    pages = split_text_pages(text)
    assert [p for p, _ in pages] == [1, 2, 3]
    assert "Derde" in pages[2][1]
    assert split_text_pages("Gewoon een tekst\nzonder pagina's.") == [(None, "Gewoon een tekst\nzonder pagina's.")]


def test_language_detection():
    assert detect_language("How many placements were there in 2022?") == "en"
    assert detect_language("Hoeveel plaatsingen waren er in 2022?") == "nl"


def test_scorer_number_aware():
    assert matches("1.924", "In 2017: 1924 plaatsingen")
    assert matches("1.924", "In 2017: 1.924 plaatsingen")
    assert not matches("696", "circa 700 plaatsen")
    assert matches("€ 180 mln", "een budget van € 180 mln. voor")
    assert matches("Consortium Kleinschaligheid", "binnen het consortium   kleinschaligheid")


def test_answer_types_ask_for_what_answers_them():
    from assistant.answertype import answer_type, names

    which = answer_type("Welke twee branchepartijen zijn in 2024 aangehaakt?")
    assert which and which.names == 2
    assert which.satisfied(["Ook de Nederlandse GGZ en de VGN zijn in de zomer van 2024 aangehaakt."], "Welke twee branchepartijen?")
    assert not answer_type("Welke vier organisaties?").satisfied(["Bij vier organisaties zijn alle separeerruimtes gesloten."], "Welke vier organisaties?")
    who = answer_type("Wie is de bestuurlijk aanjager van de transformatie?")
    assert who and who.focus == "aanjager"
    assert not who.satisfied(["VWS en VNG maakten afspraken.", "Dat gebeurde onder regie van een bestuurlijk aanjager."],
                             "Wie is de bestuurlijk aanjager?")
    assert who.satisfied(["De bestuurlijk aanjager is Jan de Vries."], "Wie is de bestuurlijk aanjager?")
    duration = answer_type("Hoe lang duurt een traject?")
    assert duration and duration.satisfied(["gemiddeld 8 maanden"], "") and not duration.satisfied(["liefdevolle zorg"], "")
    assert duration.satisfied(["Het contract loopt af op 4 februari 2023."], "")
    assert duration.satisfied(["De afspraken gelden tot en met 2025."], "")
    assert answer_type("What was the recidivism rate?").label == "percentage"
    assert answer_type("Hoe vaak per jaar is er overleg?").satisfied(["minimaal twee keer per jaar"], "")
    assert answer_type("Welke drie bewegingen zijn nodig?") is None  # movements have no names
    assert names("VWS, VNG en Jeugdzorg Nederland maakten afspraken in juni.", "Wie?") == ["VWS", "VNG", "Jeugdzorg Nederland"]


def test_thousands_grouped_by_a_space_are_one_number_but_table_cells_stay_apart():
    from assistant.nlp import numbers_in

    assert [v for v, _, _ in numbers_in("ongeveer 21 500 onderzoeken; eind 2019 nog 42 310.")] == [21500, 2019, 42310]
    assert [v for v, _, _ in numbers_in("Plaatsen 640 612 590")] == [640, 612, 590]  # three cells
    assert [v for v, _, _ in numbers_in("Jongeren 41 200 40 100")] == [41, 200, 40, 100]  # a run: the table reader's
