"""Shared by the browser test modules: the app served on its own copy of the test index, one
Chromium per module, a fresh page per test, and small locators."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from assistant.settings import Settings
from eval.screenshots import CHROMIUM, launch_browser, open_app, running_app

QUESTION = "Hoeveel plaatsingen waren er in 2021?"

needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium ontbreekt: `make test` installeert het")


@pytest.fixture(scope="module")
def served(settings, tmp_path_factory) -> tuple[str, Settings]:
    """The app on its own copy of the session index, so uploads leave other tests' corpus alone."""
    root = tmp_path_factory.mktemp("browser")
    own = Settings(corpus_dir=root / "corpus", index_dir=root / "index")
    shutil.copytree(settings.corpus_dir, own.corpus_dir)
    shutil.copytree(settings.index_dir, own.index_dir)
    if settings.uploads.exists():
        shutil.copytree(settings.uploads, own.uploads)
    env = {"ASSISTANT_CORPUS_DIR": str(own.corpus_dir), "ASSISTANT_INDEX_DIR": str(own.index_dir),
           "ASSISTANT_UPLOAD_DIR": str(own.uploads)}
    with running_app(env) as url:
        yield url, own


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = launch_browser(p)
        yield b
        b.close()


@pytest.fixture
def page(browser, served) -> Page:
    page = open_app(browser, served[0])
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield page
    page.context.close()


def bot(page: Page):
    return page.locator("#gesprek [data-testid=bot]")


def user(page: Page):
    return page.locator("#gesprek [data-testid=user]")


def flat(text: str) -> str:
    return " ".join(text.split())


