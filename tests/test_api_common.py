"""The API as a whole: anonymous reads, tokens, throttling, query counts, the schema and fuzzing."""

import os

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.utils import timezone
from rest_framework.request import Request
from rest_framework.test import APIClient

from accounts.models import ApiToken
from commitments.models import Status
from tests.api_support import API, write_client
from tests.factories import CommitmentFactory, with_owners
from tracker.api.permissions import ReadAnyoneWriteAuthorised

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "documents/",
        "paragraphs/",
        "meetings/",
        "actors/",
        "action-plans/",
        "actions/",
        "themes/",
        "statuses/",
        "commitments/",
        "status-updates/",
    ],
)
def test_every_list_endpoint_answers_anonymous_clients(api, data, path):
    response = api.get(f"{API}/{path}")
    assert response.status_code == 200
    assert response.json()["results"]


def test_anonymous_clients_cannot_write(api, data):
    assert api.post(f"{API}/commitments/{data['call'].pk}/status-updates/", {}).status_code == 401


def test_read_only_tokens_cannot_write(data, staff_user):
    response = write_client(staff_user, scope="read").post(
        f"{API}/commitments/{data['call'].pk}/status-updates/", {"owner": "MEX", "status": "ongoing"}, format="json"
    )
    assert response.status_code == 403 and "read-only" in response.json()["detail"]


def test_a_revoked_token_is_refused(data, staff_user):
    client = APIClient()
    token, key = ApiToken.issue(user=staff_user, name="old client")
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert client.get(f"{API}/commitments/").status_code == 200
    token.revoked_at = timezone.now()
    token.save()
    assert client.get(f"{API}/commitments/").status_code == 401


def test_a_token_of_a_user_without_permission_cannot_write(data, outsider):
    response = write_client(outsider).post(
        f"{API}/commitments/{data['call'].pk}/status-updates/", {"owner": "MEX", "status": "ongoing"}, format="json"
    )
    assert response.status_code == 403


def test_clients_are_throttled(api, settings):
    from rest_framework.settings import api_settings
    from rest_framework.throttling import AnonRateThrottle

    AnonRateThrottle.THROTTLE_RATES = {**api_settings.DEFAULT_THROTTLE_RATES, "anon": "2/minute"}
    try:
        from django.core.cache import cache

        cache.clear()
        codes = [api.get(f"{API}/themes/").status_code for _ in range(3)]
    finally:
        AnonRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
    assert codes == [200, 200, 429]


@pytest.mark.parametrize(
    "path", ["commitments/", "status-updates/", "documents/", "paragraphs/", "actors/", "actions/", "action-plans/"]
)
def test_queries_per_list_request_do_not_grow_with_page_size(api, data, mexico, path, django_assert_max_num_queries):
    with django_assert_max_num_queries(15) as small:
        api.get(f"{API}/{path}", {"page_size": 2})
    for _ in range(12):
        with_owners(CommitmentFactory(), mexico).record_status(
            actor=mexico, status=Status.by_key("ongoing"), recorded_by=None
        )
    with django_assert_max_num_queries(len(small.captured_queries)):
        api.get(f"{API}/{path}", {"page_size": 50})


def test_the_openapi_schema_generates_without_warnings(tmp_path):
    call_command("spectacular", "--fail-on-warn", "--validate", "--file", str(tmp_path / "schema.yaml"))
    assert "/api/v1/commitments/{id}/status-updates/" in (tmp_path / "schema.yaml").read_text()


def test_docs_are_served_from_packaged_assets(api):
    page = api.get("/api/docs/").content.decode()
    assert "swagger-ui" in page
    assert "cdn" not in page.lower() and "https://" not in page
    assert api.get("/api/schema/").status_code == 200


# Cases per operation: a few in every CI run (derandomised, so repeatable); FUZZ_EXAMPLES=100 for the nightly
# size (README, "Security and reliability").
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "8"))


@pytest.mark.parametrize("client", ["anonymous", "read-write token"])
def test_no_server_error_and_responses_match_the_schema(data, staff_user, client, monkeypatch):
    """A schemathesis run over every operation of the schema, anonymous and with a read-write token."""
    from rest_framework.throttling import SimpleRateThrottle

    # Thousands of requests a minute: the throttles would answer most of them (429) instead of the handlers.
    monkeypatch.setattr(SimpleRateThrottle, "allow_request", lambda self, request, view: True)
    import schemathesis
    from django.core import signals
    from django.db import close_old_connections
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    from tracker.wsgi import application

    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    headers = {}
    if client != "anonymous":
        _token, key = ApiToken.issue(user=staff_user, name="fuzzer", scope="write")
        headers["Authorization"] = f"Token {key}"
    # Like Django's test client: requests must not close the test's database connection when they finish.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 25
        for operation in operations:
            # Derandomized: the same examples every run, so CI is repeatable.
            @settings(
                max_examples=FUZZ_EXAMPLES,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                database=None,
                derandomize=True,
            )
            @given(case=operation.as_strategy())
            def check(case):
                case.validate_response(case.call(headers=headers), checks=checks)

            check()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def test_an_unknown_value_with_a_percent_sign_is_a_clean_404_naming_it(api):
    response = api.get(f"{API}/actions/", {"theme": "100%|"})
    assert response.status_code == 404
    assert response.json() == {"theme": ["Unknown value(s): 100%|."]}


def test_a_null_character_in_a_filter_is_a_clean_400(api):
    response = api.get(f"{API}/commitments/", {"owner": "ME\x00X"})
    assert response.status_code == 400 and "NUL" in response.json()["detail"]


@pytest.mark.parametrize("method", ["get", "head", "options"])
def test_a_read_is_allowed_without_building_the_views_queryset(rf, method):
    class View:
        def get_queryset(self):
            raise AssertionError("a read built the view's queryset")

    request = Request(getattr(rf, method)("/"))
    request.user = AnonymousUser()
    assert ReadAnyoneWriteAuthorised().has_permission(request, View())


def test_a_write_still_needs_the_model_permission(rf):
    class View:
        def get_queryset(self):
            return Status.objects.all()

    request = Request(rf.post("/"))
    request.user = AnonymousUser()
    assert not ReadAnyoneWriteAuthorised().has_permission(request, View())
