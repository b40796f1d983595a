"""Every kind of page satisfies the Content-Security-Policy (no inline script), checked in a real Chromium with
its console watched."""

import pytest

from tests.browser_support import NetworkWatch, browser_tests

pytestmark = browser_tests
PAGES = [
    "/admin/",
    "/admin/commitments/commitment/",
    "/admin/commitments/commitment/{commitment}/change/",
    "/admin/commitments/obligation/",
    "/admin/documents/ingestionjob/add/",
    "/",
    "/fr/states/MEX/",
    "/documents/{document}/",
    "/es/commitments/{commitment}/",
    "/commitments/?owner=MEX",
    "/action-plans/oslo-2019/",
    "/api/docs/",
    "/api/redoc/",
    "/api/v1/commitments/",
]


@pytest.fixture
def reference_data(transactional_db):
    """The live server answers from its own connection: data must be committed (a transactional test), and such
    a test starts from an emptied database."""
    import io

    from django.core.management import call_command

    call_command("load_reference_data", stdout=io.StringIO())


def test_no_page_breaks_the_content_security_policy(reference_data, live_server, browser, staff_user, data, tmp_path):
    from django.test import Client

    client = Client()
    client.force_login(staff_user)
    context = browser.new_context()
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    page = context.new_page()
    network = NetworkWatch(page)
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.on("pageerror", lambda error: violations.append(str(error)))
    commitment = data["offer"]
    values = {"commitment": commitment.pk, "document": commitment.paragraph.document_id}
    for path in PAGES:
        response = page.goto(live_server.url + path.format(**values))
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        network.wait_until_idle()  # with the map, loaded inside the overview
        page.screenshot(path=str(tmp_path / f"{path.strip('/').replace('/', '_') or 'root'}.png"))
    # Redoc's bundle points its footer logo at its own CDN: the policy blocks that load, so nothing leaves the
    # site. Any other report is a page breaking the policy.
    violations = [text for text in violations if "cdn.redoc.ly" not in text]
    assert violations == [], "\n".join(violations)
