"""Fixtures of the console tests: the real API under uvicorn over a filled SQLite store, and the
Debian Chromium driven by Playwright (never a downloaded browser).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from console_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, TOKEN, Console, Watch, seed
from playwright.sync_api import Browser, Dialog, Page, Playwright, sync_playwright
from webhunt_api.app import create_app
from webhunt_api.server import ServerThread
from webhunt_api.settings import ApiSettings

from webhunt.store import open_store


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Playwright]:
    if not CHROMIUM.exists():
        pytest.skip(f"the Debian chromium package is not installed ({CHROMIUM} is missing)")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    chromium = playwright_driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture
def console(tmp_path: Path) -> Iterator[Console]:
    """The API (with the console) served by uvicorn on a free loopback port over a filled store."""
    with ExitStack() as stack:
        store = stack.enter_context(open_store(f"sqlite:///{tmp_path / 'webhunt.db'}", host="web01"))
        seeded = seed(store)
        app = create_app(ApiSettings(store=store, token=TOKEN, roots=(ROOT,)))
        server = stack.enter_context(ServerThread(app))
        yield Console(store, server.url, seeded)


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(browser: Browser, watch: Watch, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh browser context and page; dialogs and console errors are recorded, a screenshot
    of the last state is saved to test-artifacts/browser/ (kept for failed runs too)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()

    def on_dialog(dialog: Dialog) -> None:
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.on("console", lambda msg: watch.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    yield tab
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)
    tab.screenshot(path=str(ARTIFACTS / f"{name}-final.png"), full_page=True)
    context.close()
