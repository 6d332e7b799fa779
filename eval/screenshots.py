"""Screenshots of each tab of the web app, for the README (`make screenshots`).

Starts the real app on a free port against the index in index/, drives Debian's Chromium
through Playwright (Playwright's own browser download cannot work offline), asks a question
and saves the chat (desktop light and dark, a phone), the original page, figures and documents
as PNG in eval/screenshots/. The helpers here are also
what tests/test_browser.py uses to start the app and talk to it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from playwright.sync_api import Browser, Page, Playwright, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "eval" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
QUESTION = "Hoeveel plaatsingen waren er in 2021?"
FOLLOW_UP = "en voor unieke jongeren?"
CHART_POINTS = "#grafiek svg.marks g.mark-symbol.role-mark path"  # the data points, not the legend


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(env: dict[str, str] | None = None, timeout: float = 180) -> Iterator[str]:
    """`python -m assistant serve` on a free port; yields its URL once it answers HTTP."""
    port = free_port()
    log = tempfile.NamedTemporaryFile("w+", prefix="app-", suffix=".log", delete=False)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
           "GRADIO_ANALYTICS_ENABLED": "False", **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"de app stopte bij het starten:\n{Path(log.name).read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"de app antwoordde niet binnen {timeout:.0f} s") from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        os.unlink(log.name)


def launch_browser(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}


def open_app(browser: Browser, url: str, width: int = 1400, height: int = 1000, scheme: str = "light",
             phone: bool = False) -> Page:
    """A fresh browser session on the app (Dutch locale, light or dark OS theme, a touch phone or a
    desktop), once the models have loaded."""
    page = browser.new_context(locale="nl-NL", viewport={"width": width, "height": height}, color_scheme=scheme,
                               has_touch=phone, is_mobile=phone).new_page()
    page.goto(url)
    page.wait_for_selector("#vraag textarea:not([disabled])", timeout=120_000)
    return page


def ask_in_chat(page: Page, question: str, timeout: float = 60_000) -> None:
    """Type a question, send it and wait until the answer and its sources are complete."""
    turns = page.locator("#bronnen details.beurt").count()
    page.fill("#vraag textarea", question)
    page.press("#vraag textarea", "Enter")
    page.wait_for_function(
        """n => document.querySelectorAll('#bronnen details.beurt').length === n + 1
               && !document.querySelector('#bronnen details.beurt[open] .leeg')
               && document.querySelector('#vraag textarea').value === ''""",
        arg=turns, timeout=timeout,
    )


def _chat(browser: Browser, url: str, name: str, size: dict, scheme: str = "light", phone: bool = False) -> Path:
    """A conversation with a follow-up, its sources, and the preview of [1] open."""
    page = open_app(browser, url, **size, scheme=scheme, phone=phone)
    ask_in_chat(page, QUESTION)
    ask_in_chat(page, FOLLOW_UP)
    cite = page.locator("#gesprek [data-testid=bot] a.cite").last
    cite.tap() if phone else cite.hover()
    page.wait_for_selector("#bron-voorbeeld:not([hidden])", timeout=10_000)
    path = OUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=not phone)  # the phone: what fits on its screen
    page.context.close()
    return path


def main() -> None:
    """Desktop light and dark, a phone, and the figures, documents and original-page views."""
    OUT.mkdir(parents=True, exist_ok=True)
    shots = []
    with running_app() as url, sync_playwright() as p:
        browser = launch_browser(p)
        shots.append(_chat(browser, url, "chat-licht", DESKTOP))
        shots.append(_chat(browser, url, "chat-donker", DESKTOP, scheme="dark"))
        shots.append(_chat(browser, url, "telefoon", PHONE, phone=True))
        page = open_app(browser, url, **DESKTOP)
        ask_in_chat(page, QUESTION)
        page.locator("#bronnen button.open-pagina").first.click()
        page.wait_for_selector("#pagina-tekst mark", timeout=30_000)
        page.wait_for_timeout(400)
        page.screenshot(path=str(OUT / "pagina.png"))
        shots.append(OUT / "pagina.png")
        page.get_by_role("tab", name="Cijfers").click()
        points = page.locator(CHART_POINTS)
        points.last.wait_for(timeout=30_000)
        points.nth(points.count() - 3).hover(force=True)  # a tooltip names the sources of that point
        page.wait_for_selector("#vg-tooltip-element.visible", timeout=10_000)
        page.screenshot(path=str(OUT / "cijfers.png"), full_page=True)
        shots.append(OUT / "cijfers.png")
        page.get_by_role("tab", name="Documenten").click()
        page.wait_for_selector("#documenten .virtual-row", timeout=30_000)
        page.wait_for_timeout(400)
        page.screenshot(path=str(OUT / "documenten.png"), full_page=True)
        shots.append(OUT / "documenten.png")
        browser.close()
    for path in shots:
        print(path)


if __name__ == "__main__":
    main()
