"""The public pages in a real browser (Debian's Chromium, driven by Playwright): what a delegation sees and does.

Full-page screenshots of every page, on a laptop and a phone, are saved under ``artifacts/test-screenshots/``."""

import io
from pathlib import Path

import pytest

from tests.browser_support import browser_tests

# Not artifacts/screenshots/, which holds the committed screenshots of the demo (benchmarks/screenshots.py).
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "test-screenshots"
VIEWPORTS = {"laptop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
pytestmark = browser_tests


@pytest.fixture
def site(transactional_db, live_server):
    """Committed data (the live server reads it from its own connection) and fresh summaries."""
    from django.core.management import call_command

    from dashboards import summary

    call_command("load_reference_data", stdout=io.StringIO())
    yield live_server.url
    summary.refresh()


@pytest.fixture
def published(site, data):
    from dashboards import summary

    summary.refresh()
    return site, data


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_every_page_type_in_every_language(browser, published, viewport):
    url, data = published
    offer = data["offer"]
    pages = {
        "overview": ("/", "h1"),
        "states": ("/states/", "h1"),
        "state": ("/states/MEX/", "h1"),
        "documents": ("/documents/", "h1"),
        "document": (f"/documents/{offer.paragraph.document_id}/", "h1"),
        "plan": ("/action-plans/oslo-2019/", "h1"),
        "commitments": ("/commitments/", "h1"),
        "commitment": (f"/commitments/{offer.pk}/", "h1"),
    }
    expected = {
        "en": {
            "overview": "Progress on the commitments",
            "states": "States and their progress",
            "state": "Mexico",
            "documents": "Documents",
            "plan": "Oslo Action Plan",
            "commitments": "Commitments",
            "commitment": "Offer of assistance",
        },
        "fr": {
            "overview": "Avancement des engagements",
            "states": "Les États et leur avancement",
            "state": "Mexique",
            "documents": "Documents",
            "plan": "Plan d'action d'Oslo",
            "commitments": "Engagements",
            "commitment": "Offre d'assistance",
        },
        "es": {
            "overview": "Avance de los compromisos",
            "states": "Los Estados y su avance",
            "state": "México",
            "documents": "Documentos",
            "plan": "Plan de Acción de Oslo",
            "commitments": "Compromisos",
            "commitment": "Ofrecimiento de asistencia",
        },
    }
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    for language, prefix in (("en", ""), ("fr", "/fr"), ("es", "/es")):
        for name, (path, heading) in pages.items():
            response = page.goto(url + prefix + path)
            assert response.status == 200, (language, path)
            page.wait_for_load_state("networkidle")
            assert expected[language].get(name, "") in page.locator(heading).first.inner_text(), (language, name)
            assert page.locator("html").get_attribute("lang") == language
            shoot(page, f"{viewport}-{language}-{name}")
    assert errors == []
    context.close()


def test_what_a_delegation_does(browser, published):
    url, data = published
    page = browser.new_context(viewport=VIEWPORTS["laptop"]).new_page()

    # The overview: counts, the status table with its badges, the latest change.
    page.goto(url + "/")
    page.wait_for_load_state("networkidle")
    assert "3 commitments tracked" in page.locator(".lead").inner_text()
    table = page.locator("section[aria-labelledby=by-status] table")
    assert "In progress" in table.inner_text() and "Not started" in table.inner_text()
    assert "Mexico" in page.locator("section[aria-labelledby=latest]").inner_text()

    # Switch to French with the language switcher: the same page, translated.
    page.get_by_role("link", name="français").click()
    page.wait_for_url(url + "/fr/")
    assert "Engagements par statut" in page.locator("#by-status").inner_text()

    # Click Mexico on the map: its page opens, in French.
    page.wait_for_load_state("networkidle")
    map_frame = next(frame for frame in page.frames if frame.url.endswith("/fr/map.svg"))
    map_frame.locator('a[*|href="/fr/states/MEX/"]').first.click()
    page.wait_for_url(url + "/fr/states/MEX/")
    assert page.locator("h1").inner_text() == "Mexique"
    assert "État partie depuis" in page.locator(".standing").inner_text()
    assert "En cours" in page.locator("section[aria-labelledby=progress]").inner_text()
    shoot(page, "journey-fr-state-from-map")

    # Filter the list: Colombia's commitments not started; the address can be shared.
    page.goto(url + "/commitments/")
    page.select_option("select[name=owner]", "COL")
    page.select_option("select[name=status]", "not_started")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/commitments/?*owner=COL*")
    assert "2 commitments" in page.locator(".count").inner_text()
    items = page.locator("ul.commitment-list > li")
    assert items.count() == 2
    assert "We will ensure survivors are included." in items.all_inner_texts()[1] + items.all_inner_texts()[0]
    csv = page.get_by_role("link", name="Download as CSV").get_attribute("href")
    assert "owner=COL" in csv and "format=csv" in csv
    shoot(page, "journey-filtered-list")

    # Follow a paragraph permalink from a commitment to the document, scrolled to that paragraph.
    offer = data["offer"]
    page.goto(url + f"/commitments/{offer.pk}/")
    page.locator("p.meta a").first.click()
    page.wait_for_url(f"**/documents/{offer.paragraph.document_id}/#{offer.paragraph.anchor}")
    target = page.locator(f"#{offer.paragraph.anchor}")
    assert "We offer technical assistance in demining." in target.inner_text()
    assert target.evaluate("element => element.matches(':target')")
    assert "In progress" in target.inner_text()  # the status of the commitment it holds
    shoot(page, "journey-permalink")
