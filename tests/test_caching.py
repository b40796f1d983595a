"""Cache headers on anonymous pages and API lists, 304 on conditional requests, nothing per visitor made public;
the system check about a trusted proxy count with the app's own port published."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from tests.api_support import API, write_client

pytestmark = pytest.mark.django_db
PUBLIC_PATHS = ["/", "/commitments/", "/documents/", f"{API}/commitments/", f"{API}/documents/"]


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_anonymous_pages_and_lists_are_public_with_etag_and_last_modified(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert response["ETag"] and response["Last-Modified"]


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_a_conditional_request_gets_a_304(client, path):
    first = client.get(path)
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304


def test_last_modified_stays_while_the_content_does(client):
    first = client.get("/commitments/")
    assert client.get("/commitments/")["Last-Modified"] == first["Last-Modified"]


def test_a_signed_in_visitor_gets_private_answers(client, staff_user):
    client.force_login(staff_user)
    response = client.get("/")
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_a_token_client_gets_private_answers(staff_user):
    response = write_client(staff_user).get(f"{API}/commitments/")
    assert response.status_code == 200 and "private" in response["Cache-Control"]


def test_a_page_that_sets_the_csrf_cookie_is_private(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200 and "private" in response["Cache-Control"]


def test_a_trusted_proxy_count_with_the_apps_port_published_is_warned_about(settings):
    settings.TRUSTED_PROXY_COUNT, settings.APP_PORT_PUBLISHED = 1, True
    with pytest.raises(SystemCheckError, match=r"tracker\.W003"):
        call_command("check", fail_level="WARNING")
    settings.APP_PORT_PUBLISHED = False
    call_command("check", fail_level="ERROR")  # and no W003 then:
    from tracker.checks import check_configuration

    assert "tracker.W003" not in [problem.id for problem in check_configuration(None)]
