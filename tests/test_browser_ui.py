"""Accessibility, themes and reading aids in Chromium: axe-core finds no serious or critical
violations (contrast included) in light and dark mode, on a desktop and on a phone; names are
Dutch; a citation previews its quote and leads to its source and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from assistant.export import conversation_markdown, fact_sheet
from assistant.feedback import feedback_path, reports
from eval.screenshots import DESKTOP, PHONE, ask_in_chat, open_app
from tests.browser import QUESTION, bot, browser, needs_chromium, page, served  # noqa: F401 (fixtures)

pytestmark = needs_chromium
REFUSED = "Wie is de burgemeester van Atlantis?"
AXE = Axe()


def serious_violations(page: Page) -> list[str]:
    """After every pending update has landed (Gradio dims an output while it waits)."""
    page.wait_for_function("""() => [...document.querySelectorAll('[data-testid=status-tracker]')]
                                    .every(e => e.classList.contains('hide'))""")
    page.wait_for_timeout(300)  # the fade back to full opacity
    response = AXE.run(page).response
    return [f"{v['id']} ({v['impact']}): {[(n['target'], n['failureSummary'][-160:]) for n in v['nodes']][:3]}"
            for v in response["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_axe_finds_no_serious_violations(browser, served, scheme, phone):
    page = open_app(browser, served[0], **(PHONE if phone else DESKTOP), scheme=scheme, phone=phone)
    ask_in_chat(page, QUESTION)
    page.locator("#bronnen button.open-pagina").first.click()
    expect(page.locator("#pagina-tekst mark")).to_be_visible()
    found = {"Origineel": serious_violations(page)}
    page.get_by_role("button", name="Terug naar de chat").click()
    ask_in_chat(page, REFUSED)
    refusal = bot(page).last.locator(".weigering")  # the theme follows the OS, and the refusal with it
    expect(refusal).to_have_css("color", "rgb(253, 230, 138)" if scheme == "dark" else "rgb(120, 53, 15)")
    found["Chat"] = serious_violations(page)
    page.get_by_role("tab", name="Cijfers").click()
    expect(page.locator("#cijfertabel")).to_contain_text("bevestigd")  # the table has loaded
    found["Cijfers"] = serious_violations(page)
    page.get_by_role("tab", name="Documenten").click()
    expect(page.locator("#documenten")).to_contain_text("Kamerbrief")
    found["Documenten"] = serious_violations(page)
    assert found == {"Chat": [], "Origineel": [], "Cijfers": [], "Documenten": []}
    page.context.close()


def test_dutch_names_answers_as_text_and_citation_focus(page, assistant):
    expect(page.get_by_role("button", name=f"Kies voorbeeld 1: {QUESTION}")).to_be_visible()
    ask_in_chat(page, QUESTION)
    expected = assistant.ask(QUESTION).citations[0]
    expect(page.get_by_role("log", name="Gesprek")).to_be_visible()
    expect(page.locator("#gesprek [aria-label*='<']")).to_have_count(0)  # no message read out as raw HTML
    assert page.get_by_text("Gesprek", exact=True).count() == 0  # no floating label over the answer
    link = page.get_by_role("link", name=f"Bron 1: {expected.title}")

    link.hover()  # the preview: quote, title and place, without leaving the answer
    tip = page.get_by_role("tooltip")
    expect(tip).to_contain_text(expected.quote)
    expect(tip).to_contain_text(f"[1] {expected.title}")
    expect(tip).to_contain_text(f"p. {expected.page}" if expected.page else expected.section)

    link.focus()
    page.keyboard.press("Enter")  # the keyboard lands on the source card, and can go back
    card = page.locator("#bron-0-1")
    expect(card).to_be_focused()
    card.get_by_role("button", name="Terug naar het antwoord").click()
    expect(link).to_be_focused()

    expect(page.get_by_role("contentinfo", name="Voettekst")).to_be_attached()
    page.get_by_role("tab", name="Cijfers").click()  # Gradio's own controls speak Dutch too
    expect(page.get_by_role("button", name="Kopieer tabelgegevens").first).to_be_attached()
    page.get_by_role("tab", name="Documenten").click()
    expect(page.get_by_role("button", name="Klik om een bestand te kiezen of sleep het hierheen")).to_be_attached()
    names = page.evaluate("""() => [...document.querySelectorAll('[aria-label], [title], [alt]')]
                                   .flatMap(e => ['aria-label', 'title', 'alt'].map(a => e.getAttribute(a)))""")
    english = {"Copy", "Copy table data", "Download", "Fullscreen", "Open cell menu", "Table actions", "Dataframe",
               "File upload", "Click to upload or drop files", "Gradio footer navigation", "chatbot conversation"}
    assert english.isdisjoint(names)


def test_phone_tap_previews_then_goes_to_the_source_and_back(browser, served, assistant):
    page = open_app(browser, served[0], **PHONE, phone=True)
    ask_in_chat(page, QUESTION)
    quote = assistant.ask(QUESTION).citations[0].quote
    link, card = bot(page).last.locator("a.cite").first, page.locator("#bron-0-1")
    link.tap()
    tip = page.get_by_role("tooltip")
    expect(tip).to_contain_text(quote)
    expect(card).not_to_be_in_viewport()  # a tap previews; it does not jump away
    tip.get_by_role("button", name="Naar de bron").tap()
    expect(card).to_be_in_viewport()
    card.get_by_role("button", name="Terug naar het antwoord").tap()
    expect(link).to_be_in_viewport()

    page.get_by_role("tab", name="Cijfers").click()  # headers wrap between words, not letter by letter
    expect(page.locator("#cijfertabel")).to_contain_text("bevestigd")  # the table has loaded
    lines = page.locator("#cijfertabel thead th").evaluate_all(
        """ths => ths.map(th => { const r = document.createRange(); r.selectNodeContents(th);
                                  const h = [...r.getClientRects()].filter(x => x.width > 0);
                                  return new Set(h.map(x => Math.round(x.top))).size; })""")
    assert lines and max(lines) <= 2, lines
    page.context.close()


def test_history_survives_a_reload_and_exports_the_whole_conversation(page, served, assistant):
    manifest = served[1].corpus_dir / "manifest.toml"  # a public address in the manifest reaches the fact sheet
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'id = "kamerbrief-2023"\n', 'id = "kamerbrief-2023"\nurl = "https://example.org/kamerbrief-2023"\n'),
        encoding="utf-8")
    ask_in_chat(page, QUESTION)
    ask_in_chat(page, "en in 2020?")
    answers = [assistant.ask(QUESTION), assistant.ask("Hoeveel plaatsingen waren er in 2020?")]
    with page.expect_download() as download:
        page.click("#exporteer-gesprek")
    assert Path(download.value.path()).read_text(encoding="utf-8") == conversation_markdown(answers, assistant.docs)
    with page.expect_download() as download:
        page.click("#feitenblad")
    sheet = Path(download.value.path()).read_text(encoding="utf-8")
    assert sheet == fact_sheet(answers, assistant.docs, {"kamerbrief-2023": "https://example.org/kamerbrief-2023"})
    assert "- URL: https://example.org/kamerbrief-2023" in sheet and "1.366" in sheet

    page.reload()  # the conversation is still there, with its sources
    page.wait_for_selector("#vraag textarea:not([disabled])", timeout=120_000)
    expect(page.locator("#gesprek [data-testid=user]")).to_have_count(2)
    expect(bot(page).last).to_contain_text("1.366")
    expect(page.locator("#bronnen details.beurt")).to_have_count(2)
    page.get_by_role("button", name="Nieuw gesprek").click()
    expect(page.locator("#gesprek [data-testid=user]")).to_have_count(0)
    ask_in_chat(page, "Hoeveel separeerruimtes waren er per 1 januari 2023?")

    page.locator("#eerdere-gesprekken input").click()  # both conversations listed, newest first; reopen the first
    options = page.get_by_role("option")
    expect(options).to_have_count(2)
    assert options.first.inner_text().startswith("Hoeveel separeerruimtes")
    options.nth(1).click()
    expect(page.locator("#gesprek [data-testid=user]")).to_have_count(2)
    expect(bot(page).last).to_contain_text("1.366")


def test_copy_edit_report_and_follow_up(page, served, assistant):
    ask_in_chat(page, "Hoeveel plaatsingen waren er in 2019?")
    expected = assistant.ask("Hoeveel plaatsingen waren er in 2019?")
    page.get_by_role("button", name="Kopieer antwoord").click()  # plain text with numbered sources and quotes
    expect(page.get_by_role("button", name="Gekopieerd ✓")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(expected.answer) and "Bronnen:\n[1]" in copied and f"“{expected.citations[0].quote}”" in copied

    page.get_by_role("button", name="Bewerk laatste vraag").click()  # back in the box, the turn taken back
    expect(page.locator("#vraag textarea")).to_have_value("Hoeveel plaatsingen waren er in 2019?")
    expect(page.locator("#gesprek [data-testid=user]")).to_have_count(0)
    ask_in_chat(page, "Hoeveel plaatsingen waren er in 2018?")
    expect(page.locator("#gesprek [data-testid=user]")).to_have_count(1)
    expect(bot(page).last).to_contain_text("1.720")

    page.get_by_text("Meld een fout in het laatste antwoord").click()
    page.get_by_label("Wat klopt er niet? (optioneel)").fill("Ik mis de bron van het CBS.")
    page.get_by_role("button", name="Verstuur melding").click()
    expect(page.locator("#melding-status")).to_contain_text("Bedankt: uw melding (nr. 1)")
    stored = reports(feedback_path(served[1].index_dir))
    assert [(r.question, r.comment) for r in stored] == [("Hoeveel plaatsingen waren er in 2018?", "Ik mis de bron van het CBS.")]
    assert stored[0].answer == assistant.ask("Hoeveel plaatsingen waren er in 2018?").answer and stored[0].citations

    follow_up = page.get_by_role("radio", name="Hoeveel plaatsingen in de gesloten jeugdhulp waren er in 2019?")
    follow_up.check()  # a suggested follow-up is asked at once
    expect(page.locator("#gesprek [data-testid=user]")).to_have_count(2)
    expect(bot(page).last).to_contain_text("1.701", timeout=30_000)
