"""Shared by the browser tests: Debian's Chromium driven by Playwright, skipped where it is not installed."""

import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
browser_tests = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium"),
]


@pytest.fixture
def browser(monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # the live server and Playwright share a process
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        close_connections_opened_beside_playwright()
        chromium.close()


@pytest.fixture(scope="module")
def module_browser():
    """One Chromium for a whole module: starting it costs about a second, a module's pages far less each."""
    import os

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # the live server and Playwright share a process
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        close_connections_opened_beside_playwright()
        chromium.close()


def close_connections_opened_beside_playwright() -> None:
    """While Playwright's event loop runs in this thread, Django keeps its connections apart from the thread's own
    (asgiref's per-context storage): one a test opened then is closed here, before the loop stops, or it stays open
    on the test database after the test."""
    from django.db import connections

    connections.close_all()


class NetworkWatch:
    """The requests a page has in flight (its frames' too), counted from Playwright's events.

    ``wait_until_idle`` waits, as Playwright's "networkidle" does, until nothing has loaded for 500 ms; it does not
    rely on Chromium's own network-idle signal, which on a loaded machine was sometimes never sent although every
    request had finished (seen on an admin changelist, the test then failing after 30 s)."""

    def __init__(self, page):
        self.page = page
        self.in_flight = set()
        page.on("request", lambda request: self.in_flight.add(request))
        page.on("requestfinished", lambda request: self.in_flight.discard(request))
        page.on("requestfailed", lambda request: self.in_flight.discard(request))

    def wait_until_idle(self, quiet: float = 0.5, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        quiet_since = time.monotonic()
        while time.monotonic() < deadline:
            if self.in_flight:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= quiet:
                return
            self.page.wait_for_timeout(50)  # lets Playwright deliver the page's events meanwhile
        raise AssertionError(f"still loading after {timeout} s: {sorted(r.url for r in self.in_flight)}")
