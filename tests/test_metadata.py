"""Metadata of documents users add: any manifest kind, a broken entry skipped with its line, and
title, date, publisher, signatory and kenmerk read from a document without a manifest entry."""

from __future__ import annotations

from pathlib import Path

from assistant.assistant import Assistant
from assistant.corpus import discover, kind_label, load_manifest
from assistant.ingest import ingest, parse
from assistant.settings import Settings

LETTER = """Ministerie van Justitie en Veiligheid

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA Den Haag

Kenmerk
5012345-JenV

Den Haag, 14 februari 2025

Betreft Voortgang pleegzorg in de regio Twente

Geachte voorzitter,

Met deze brief informeer ik u over de pleegzorg in Twente. Op 1 januari 2025 stonden 85 gezinnen
op de wachtlijst. Ik kom voor de zomer terug op de uitkomsten van de verkenning.

De Minister voor Rechtsbescherming,

mr. K.L. de Wit
"""

NOTE = """Notitie over toezicht op crisisopvang

In 2024 bezocht de inspectie 14 locaties voor crisisopvang. Bij 3 locaties waren er tekorten.
"""


def _corpus(tmp_path: Path, manifest: str) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "brief-pleegzorg.txt").write_text(LETTER, encoding="utf-8")
    (corpus / "notitie-crisisopvang.txt").write_text(NOTE, encoding="utf-8")
    (corpus / "manifest.toml").write_text(manifest, encoding="utf-8")
    return Settings(corpus_dir=corpus, index_dir=tmp_path / "index")


def test_any_kind_is_accepted_and_known_kinds_keep_their_label(tmp_path):
    settings = _corpus(tmp_path, '[[document]]\nfile = "notitie-crisisopvang.txt"\nid = "notitie"\n'
                                 'kind = "toezichtnotitie"\nurl = "https://example.org/notitie"\n')
    [note] = [s for s in discover(settings.corpus_dir) if s.doc_id == "notitie"]
    assert note.kind == "toezichtnotitie" and note.url == "https://example.org/notitie"
    assert kind_label("toezichtnotitie") == "toezichtnotitie"
    assert kind_label("kamervragen") == "Antwoorden op Kamervragen"


def test_broken_entry_is_reported_with_its_line_and_the_rest_ingests(tmp_path):
    manifest = ('# two entries, the first one broken\n\n[[document]]\nfile = "brief-pleegzorg.txt"\n'
                'title = "zonder id"\n\n[[document]]\nfile = "notitie-crisisopvang.txt"\nid = "notitie"\n'
                'kind = "rapport"\ntitle = "Notitie crisisopvang"\n')
    settings = _corpus(tmp_path, manifest)
    problems: list[str] = []
    entries = load_manifest(settings.corpus_dir, problems)
    assert list(entries) == ["notitie-crisisopvang.txt"]
    assert problems == ["manifest.toml regel 3: elk [[document]] heeft 'file' en 'id' nodig; "
                        "deze regel wordt overgeslagen"]

    report = ingest(settings)
    assert sorted(report.added) == ["brief-pleegzorg", "notitie"]
    assert any("regel 3" in e for e in report.errors)
    docs = {d.doc_id: d for d in Assistant(settings).documents()}
    assert docs["notitie"].kind == "rapport" and docs["notitie"].title == "Notitie crisisopvang"
    letter = docs["brief-pleegzorg"]  # metadata read from the text survives the index round trip
    assert (letter.title, letter.date, letter.signatory) == (
        "Voortgang pleegzorg in de regio Twente", "2025-02-14", "mr. K.L. de Wit")


def test_toml_syntax_error_in_one_entry_skips_only_that_entry(tmp_path):
    settings = _corpus(tmp_path, '[[document]]\nfile = "brief-pleegzorg.txt"\nid = "brief"\n\n'
                                 '[[document]]\nfile = "notitie-crisisopvang.txt"\nid = notitie\n')
    problems: list[str] = []
    assert list(load_manifest(settings.corpus_dir, problems)) == ["brief-pleegzorg.txt"]
    assert len(problems) == 1 and problems[0].startswith("manifest.toml regel 5:")


def test_metadata_read_from_a_letter_without_manifest_entry(tmp_path):
    settings = _corpus(tmp_path, "")
    source = next(s for s in discover(settings.corpus_dir) if s.path.name == "brief-pleegzorg.txt")
    doc, chunks = parse(source, settings)
    assert doc.title == "Voortgang pleegzorg in de regio Twente"
    assert doc.date == "2025-02-14"
    assert doc.publisher == "Ministerie van Justitie en Veiligheid"
    assert doc.signatory == "mr. K.L. de Wit"
    assert doc.doc_number == "5012345-JenV"
    # The date line and the signer's name are quotable: exact spans, inside chunk sentences.
    assert doc.text[slice(*doc.date_span)] == "Den Haag, 14 februari 2025"
    assert doc.text[slice(*doc.signatory_span)] == "mr. K.L. de Wit"
    sentences = [s for c in chunks for s in c.sentences]
    for start, end in (doc.date_span, doc.signatory_span):
        assert any(s.char_start <= start and end <= s.char_end for s in sentences)
    assert not any(c.section == "Den Haag, 14 februari 2025" for c in chunks)
    assert doc.kind == "kamerbrief"  # addressed to the Voorzitter: a letter to parliament, though no manifest says so


def test_kind_publisher_and_signer_read_from_the_text():
    from assistant.metadata import read_kind, read_metadata

    stats = ("# Meer kinderen in pleeggezinnen\n\nUitgever: Centraal Bureau voor de Statistiek (CBS), Den Haag\n"
             "Publicatiedatum: 2 juni 2026\n\nIn 2025 woonden 21 310 kinderen in een pleeggezin.\n")
    found = read_metadata(stats)
    assert (found.publisher, found.date) == ("Centraal Bureau voor de Statistiek (CBS)", "2026-06-02")
    assert read_kind(stats) == "statistiek"
    answers = "Antwoorden op Kamervragen over pleegzorg\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n"
    assert read_kind(answers) == "kamervragen"
    assert read_kind("Notitie over toezicht op crisisopvang\n\nIn 2024 bezocht de inspectie 14 locaties.") == ""
    signed = "Hoogachtend,\n\nde staatssecretaris van Volksgezondheid, Welzijn en Sport,\ndrs. A.B. (Anna) de Groot\n"
    assert read_metadata(signed).signatory == "drs. A.B. (Anna) de Groot"


def test_note_without_manifest_is_titled_by_its_first_line(tmp_path):
    settings = _corpus(tmp_path, "")
    source = next(s for s in discover(settings.corpus_dir) if s.path.name == "notitie-crisisopvang.txt")
    doc, _ = parse(source, settings)
    assert doc.title == "Notitie over toezicht op crisisopvang"
    assert (doc.date, doc.signatory, doc.date_span) == ("", "", None)


def test_placeholder_pdf_titles_say_nothing():
    from assistant.metadata import useful_title

    assert useful_title("(anonymous)") == "" and useful_title("Untitled") == ""  # reportlab's and others' defaults
    assert useful_title("Microsoft Word - brief.docx") == ""
    assert useful_title("Voortgang pleegzorg") == "Voortgang pleegzorg"


def test_letterheads_signers_and_dates_as_local_and_statistical_texts_print_them():
    from assistant.metadata import read_kind, read_metadata

    note = ("INSPECTIE GEZONDHEIDSZORG EN JEUGD\nMinisterie van Volksgezondheid, Welzijn en Sport\n\nTOEZICHTNOTITIE\n"
            "Bezoek aan leefgroep De Meerkoet\n\nDatum bezoek: 3 en 4 februari 2026\nDatum notitie: 2 maart 2026\n\n"
            "De inspectie sprak met zes jongeren.\n")
    found = read_metadata(note)
    assert (found.publisher, found.date, found.title) == (
        "Inspectie Gezondheidszorg en Jeugd", "2026-03-02", "Toezichtnotitie: Bezoek aan leefgroep De Meerkoet")
    assert read_kind(note) == "inspectierapport"
    council = ("Raadsinformatiebrief\n\nOnderwerp: Gezinshuizen in de regio Zandkust\n\nDe inspectie (IGJ) bezocht twee "
               "locaties.\n\nMet vriendelijke groet,\n\nGemeente Zandkust\nAnneke de Vries-Mol, wethouder jeugd\n")
    assert read_kind(council) == "raadsbrief"  # the earliest cue decides, not a cited inspectorate
    assert read_metadata(council).signatory == "Anneke de Vries-Mol"
    signed = "Namens het Bestuurlijk Overleg Jeugd Zandkust,\n\nJan-Willem Brouwer\nvoorzitter\n"
    assert read_metadata(signed).signatory == "Jan-Willem Brouwer"
    stats = ("# Minder kinderen in gezinshuizen\n\n*Centraal Bureau voor de Statistiek (CBS), nieuwsbericht. "
             "Gepubliceerd op 5 mei 2026.*\n\nIn 2025 woonden 3 200 kinderen in een gezinshuis.\n")
    found = read_metadata(stats)
    assert (found.publisher, found.date) == ("Centraal Bureau voor de Statistiek (CBS)", "2026-05-05")
    answers = ("2026Z01234\n\nAntwoorden van de minister van Volksgezondheid, Welzijn en Sport op vragen van het lid "
               "Visser over gezinshuizen (ingezonden 2 april 2026).\n\nVraag 1\nKent u het bericht?\n")
    assert read_metadata(answers).title == "Antwoorden op vragen van het lid Visser over gezinshuizen"
    assert read_kind(answers) == "kamervragen"
    letter = ("Hoogachtend,\n\nde staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\nJ.M. Kuipers-Bakx\n")
    assert read_metadata(letter).signatory == "J.M. Kuipers-Bakx"  # the ministry's name runs over two lines
