"""Complete, exact source citations for any Dutch policy document a user adds: Kamerstuk and
Aanhangsel numbers, kenmerken, public URLs and real titles read from the document, carried into
source cards, exports and the CLI; and figures of a regional or municipal document scoped to
that place, so they are never weighed against national figures.

The documents in tests/data/bronnen/ were written for these tests."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from assistant.__main__ import main
from assistant.assistant import Assistant
from assistant.cite import make_citation
from assistant.export import answer_markdown, citation_markdown, fact_sheet
from assistant.identifiers import number_label, read_number, read_url
from assistant.metadata import read_metadata
from assistant.reference import reference
from assistant.scope import document_scope
from assistant.types import Answer

from .conftest import make_settings

DATA = Path(__file__).parent / "data" / "bronnen"
BRIEF_URL = "https://www.rijksoverheid.nl/documenten/kamerstukken/2024/03/12/capaciteit-gesloten-jeugdhulp"
KST = "https://zoek.officielebekendmakingen.nl/kst-31839-1021.html"


# ---------------------------------------------------------------- document numbers
@pytest.mark.parametrize("raw, number, url", [
    ("Tweede Kamer der Staten-Generaal   2\nVergaderjaar 2023–2024\n\n31 839        Jeugdzorg\n\n"
     "Nr. 1021      BRIEF VAN DE STAATSSECRETARIS\n", "Kamerstukken II 2023/24, 31 839, nr. 1021", KST),
    ("Kamerstukken II 2023/24, 31 839, nr. 1021\n\nVerslag van een schriftelijk overleg\n",
     "Kamerstukken II 2023/24, 31 839, nr. 1021", KST),
    ("Kamerstuk 31 839, nr. 1021\nBrief over de jeugdzorg\n", "Kamerstuk 31 839, nr. 1021", KST),
    ("Kamerstuknummer: 31839-1021\nNotitie\n", "Kamerstuk 31 839, nr. 1021", KST),
    ("De tekst van de brief.\n's-Gravenhage 2024   Tweede Kamer, vergaderjaar 2023–2024, 36 200 XVI, nr. 12\n",
     "Kamerstukken II 2023/24, 36 200 XVI, nr. 12", "https://zoek.officielebekendmakingen.nl/kst-36200-XVI-12.html"),
    ("De tekst van de brief.\nkst-31839-1021\nISSN 0921 - 7371\n", "Kamerstuk 31 839, nr. 1021", KST),
    ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n\nAanhangsel van de Handelingen\nVragen gesteld "
     "door de leden der Kamer, met de daarop door de regering gegeven antwoorden\n\n1234\n\nVragen van het lid …\n",
     "Aanhangsel van de Handelingen II 2024/25, nr. 1234",
     "https://zoek.officielebekendmakingen.nl/ah-tk-20242025-1234.html"),
    ("Antwoord 3\nNee.\nah-tk-20242025-1234\n", "Aanhangsel van de Handelingen II 2024/25, nr. 1234",
     "https://zoek.officielebekendmakingen.nl/ah-tk-20242025-1234.html"),
    # A letter's own kenmerk, not the Kamerstuk it answers ("Uw brief") or refers to in its text.
    ("Ons kenmerk\n3506927-1042412-J\n\nUw brief\nKamerstuk 31 839, nr. 990\n\nGeachte voorzitter,\n"
     "In mijn brief (Kamerstuk 31 839, nr. 1015) schreef ik dat …\n", "3506927-1042412-J", ""),
    ("Geachte voorzitter,\nZoals ik schreef in Kamerstuk 31 839, nr. 1015, volgt nu de uitwerking.\n", "", ""),
])
def test_document_numbers_are_read_from_the_document_itself(raw, number, url):
    assert read_number(raw) == (number, url)


def test_a_paper_with_a_kenmerk_keeps_both_and_labels_read_in_a_citation():
    raw = "Kamerstuk 31 839, nr. 1021\nOns kenmerk: 3506927-1042412-J\n"
    assert read_number(raw)[0] == "Kamerstuk 31 839, nr. 1021, kenmerk 3506927-1042412-J"
    assert number_label("3506927-1042412-J") == "kenmerk 3506927-1042412-J"
    assert number_label("2025Z01911") == "kenmerk 2025Z01911"
    assert number_label("Kamerstukken II 2023/24, 31 839, nr. 1021") == "Kamerstukken II 2023/24, 31 839, nr. 1021"


def test_a_url_the_document_gives_for_itself():
    assert read_url("Colofon\nVindplaats: https://www.example.nl/rapport-2024.pdf\n") == \
        "https://www.example.nl/rapport-2024.pdf"
    assert read_url("Dit rapport is te downloaden via www.example.nl/publicaties/rapport.") == \
        "www.example.nl/publicaties/rapport"
    assert read_url("Meer informatie over jeugdhulp vindt u bij uw gemeente.") == ""


# ---------------------------------------------------------------- titles
def test_running_header_is_not_the_title():
    text = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n"
            "Verslag van een rondetafelgesprek over gesloten jeugdhulp\n"
            "Op 6 november 2024 sprak de vaste commissie met jongeren, ouders en aanbieders.\n")
    assert read_metadata(text).title == "Verslag van een rondetafelgesprek over gesloten jeugdhulp"


def test_publishing_organisation_above_the_title_is_the_publisher():
    text = ("Stichting Kennisbureau Jeugdhulp (SKJ)\nFeiten over de gesloten jeugdhulp 2024\n"
            "In 2024 verbleven 1.400 jongeren ten minste één dag in een gesloten groep.\n")
    meta = read_metadata(text)
    assert (meta.title, meta.publisher) == ("Feiten over de gesloten jeugdhulp 2024",
                                            "Stichting Kennisbureau Jeugdhulp (SKJ)")


def test_kamervragen_are_titled_by_what_they_ask_about():
    raw = (DATA / "aanhangsel-1234.txt").read_text(encoding="utf-8")
    assert read_metadata(raw).title == "Vragen van het lid Bakker over de sluiting van een gesloten groep in Zwolle"


# ---------------------------------------------------------------- scope
def test_scope_is_read_from_the_document_not_from_a_list_of_places():
    national = "Geachte voorzitter,\nIn de regio Zuidwest sloten twee groepen. Landelijk daalde het aantal plaatsen.\n"
    assert document_scope("Voortgang af- en ombouw", "Ministerie van VWS", national, "kamerbrief") == "landelijk"
    assert document_scope("Jaarverslag Regio Zuid-Kennemerland 2024", "", "", "overig") == "regio Zuid-Kennemerland"
    assert document_scope("Visie (regio's Alkmaar, Kop van Noord-Holland, Westfriesland)", "", "", "regiovisie") == \
        "regio's Alkmaar, Kop van Noord-Holland, Westfriesland"
    assert document_scope("Jaarverslag", "Gemeente Oosterduin", "", "overig") == "gemeente Oosterduin"
    letter = "Rekenkamer Oosterduin\nPostbus 1\n\nAan de gemeenteraad van Oosterduin\n\nGeachte leden van de raad,\n"
    assert document_scope("Onderzoek jeugdhulp", "Rekenkamer Oosterduin", letter, "overig") == "gemeente Oosterduin"
    assert document_scope("Transformatievisie JeugdzorgPlus", "Werkgroep", "Inleiding\n", "regiovisie") == "regio"


# ---------------------------------------------------------------- ingested: metadata, citations, exports
@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Assistant:
    settings = make_settings(tmp_path_factory.mktemp("bronnen"), DATA)
    from assistant.ingest import ingest

    ingest(settings)
    return Assistant(settings)


def test_metadata_of_added_documents(sources):
    docs = sources.docs
    paper = docs["kamerstuk-31839-1021"]
    assert paper.title == "Jeugdzorg; Brief van de staatssecretaris van Volksgezondheid, Welzijn en Sport"
    assert (paper.doc_number, paper.url) == ("Kamerstukken II 2023/24, 31 839, nr. 1021", KST)
    assert (paper.date, paper.signatory) == ("2024-04-04", "M. de Vries")
    assert paper.text[slice(*paper.date_span)] == "Den Haag, 4 april 2024"
    audit = docs["rekenkamerbrief-zeestad-2025"]  # "Onderwerp:" inside a header block normalised into one paragraph
    assert (audit.title, audit.publisher, audit.doc_number) == (
        "rekenkamerbrief 'Wachten op jeugdhulp met verblijf'", "Rekenkamer Zeestad", "RK/2025/014")
    assert docs["regiorapportage-waterland-2024"].url == \
        "https://www.jeugdregio-waterland.nl/publicaties/regiorapportage-2024.pdf"
    assert docs["brief-capaciteit"].url == BRIEF_URL  # the manifest's url
    assert {d.doc_id: d.scope for d in docs.values()} == {
        "aanhangsel-1234": "landelijk", "brief-capaciteit": "landelijk", "kamerstuk-31839-1021": "landelijk",
        "monitor-capaciteit-2024": "landelijk", "regiorapportage-waterland-2024": "regio Waterland",
        "rekenkamerbrief-zeestad-2025": "gemeente Zeestad"}


def _citation(assistant: Assistant, doc_id: str, quote: str, n: int = 1):
    doc = assistant.docs[doc_id]
    start = doc.text.index(quote)
    return make_citation(n, doc, start, start + len(quote), "")


def test_a_citation_is_complete_and_exact(sources):
    c = _citation(sources, "brief-capaciteit", "Per 1 januari 2024 waren er 1.180 plaatsen in de gesloten jeugdhulp.")
    expected = ("Capaciteit van de gesloten jeugdhulp aan het begin van 2024. Kamerbrief, Ministerie van Volksgezondheid, "
                f"Welzijn en Sport, M. de Vries, 12 maart 2024, kenmerk 3506927-1042412-J, p. 2, {BRIEF_URL}")
    assert reference(c) == expected
    paper = _citation(sources, "kamerstuk-31839-1021", "Gemeenten en het Rijk dragen de frictiekosten samen.", 2)
    assert reference(paper) == (
        "Jeugdzorg; Brief van de staatssecretaris van Volksgezondheid, Welzijn en Sport. Kamerbrief, Ministerie van Volksgezondheid, "
        "Welzijn en Sport, M. de Vries, 4 april 2024, Kamerstukken II 2023/24, 31 839, nr. 1021, zonder paginanummer, "
        f"{KST}")

    answer = Answer("Hoeveel plaatsen?", "Er waren 1.180 plaatsen [1]. De kosten worden gedeeld [2].", False, None,
                    citations=(c, paper))
    markdown = answer_markdown(answer, sources.docs)
    assert citation_markdown(c, sources.docs[c.doc_id]).startswith(
        f"[1] **Capaciteit van de gesloten jeugdhulp aan het begin van 2024** (Kamerbrief, Ministerie van "
        f"Volksgezondheid, Welzijn en Sport, M. de Vries, 12 maart 2024, kenmerk 3506927-1042412-J, p. 2, {BRIEF_URL})")
    assert "Kamerstukken II 2023/24, 31 839, nr. 1021" in markdown and KST in markdown
    sheet = fact_sheet([answer], sources.docs, {})
    assert "- Datum: 12 maart 2024\n- Nummer: kenmerk 3506927-1042412-J\n" in sheet
    assert f"- URL: {BRIEF_URL}\n" in sheet and f"- URL: {KST}\n" in sheet
    assert f"- Bronvermelding: {expected}\n" in sheet


def test_source_card_and_copy_show_the_metadata(sources):
    from ui.render import source_card

    c = _citation(sources, "brief-capaciteit", "Per 1 januari 2024 waren er 1.180 plaatsen in de gesloten jeugdhulp.")
    card = source_card(sources, 0, c)
    assert ('<div class="bron-meta">Kamerbrief · Ministerie van Volksgezondheid, Welzijn en Sport, M. de Vries · '
            "12 maart 2024 · kenmerk 3506927-1042412-J · p. 2 · "
            f'<a class="bron-url" href="{BRIEF_URL}" target="_blank" rel="noopener noreferrer">{BRIEF_URL}</a></div>'
            ) in card
    assert "kenmerk 3506927-1042412-J, p. 2, " + BRIEF_URL in card  # "Kopieer bron" copies the same line


def test_exports_keep_metadata_markup_inert(sources):
    c = _citation(sources, "brief-capaciteit", "Per 1 januari 2024 waren er 1.180 plaatsen in de gesloten jeugdhulp.")
    evil = dataclasses.replace(c, publisher="<img src=x onerror=alert(1)>", doc_number="<script>x</script>",
                               url="https://example.org/<b>")
    answer = Answer("Hoeveel plaatsen?", "Er waren 1.180 plaatsen [1].", False, None, citations=(evil,))
    for text in (citation_markdown(evil, None), answer_markdown(answer, {}), fact_sheet([answer], {}, {})):
        assert "<img" not in text and "<script>" not in text and "<b>" not in text
        assert "&lt;script&gt;" in text


def test_cli_json_sources_carry_the_metadata(sources, monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(sources.settings.corpus_dir))
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(sources.settings.index_dir))
    assert main(["ask", "--json", "Welk bedrag stelt het Rijk beschikbaar voor de frictiekosten?"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert not answer["refused"] and "25 miljoen" in answer["answer"]
    cited = [c for c in answer["citations"] if c["doc_id"] == "kamerstuk-31839-1021"]
    assert cited and all(c["doc_number"] == "Kamerstukken II 2023/24, 31 839, nr. 1021" and c["url"] == KST
                         and c["signatory"] == "M. de Vries" for c in cited)


# ---------------------------------------------------------------- like with like
def test_regional_and_municipal_figures_are_not_weighed_against_national_ones(sources):
    groups = {g.scope: g for g in sources.figure_groups("plaatsen", "2024-01-01")}
    assert set(groups) == {"landelijk", "regio Waterland", "gemeente Zeestad"}
    national = groups["landelijk"]
    # The regional report's own national sentence counts as national; its 64 places and the municipality's
    # 1.250 stay out, and the two national sources that do disagree (1.180 and 1.230) are still a conflict.
    assert sorted((f.doc_id, f.value) for f in national.figures) == [
        ("brief-capaciteit", 1180), ("monitor-capaciteit-2024", 1230), ("regiorapportage-waterland-2024", 1180)]
    assert national.status == "conflict"
    assert [f.value for f in groups["regio Waterland"].figures] == [64]
    assert groups["regio Waterland"].status == groups["gemeente Zeestad"].status == "single"
