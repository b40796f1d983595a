"""A NUL byte, letters or digits of other scripts where an id or a code goes: a 400 or a 404 at every address
(pages, feeds, the API, the admin and its changelist filters, the watch form), never a 500. The sweep walks the
URL configuration, so a new address is covered the day it is added."""

import re
from urllib.parse import quote

import pytest
from django.contrib import admin
from django.contrib.admin import SimpleListFilter
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts.models import User
from tests.factories import CommitmentFactory, with_owners

pytestmark = pytest.mark.django_db

NUL = "MEX\x00"
ODD = ["abc", "²", "١٢", "9" * 25, "%C2%84"]
GROUP = re.compile(r"\(\?P<\w+>[^()]*\)|\([^()]*\)|<(?:\w+:)?\w+>")
SKIPPED = ("(?P<url>", "(?P<format>", "<drf_format_suffix", "media/", "logout")


def _routes(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + re.sub(r"^\^|\$$", "", str(pattern.pattern)).replace("\\.", ".")
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and not any(skip in route for skip in SKIPPED):
            yield route


ROUTES = sorted(set(_routes(get_resolver().url_patterns)))
WITH_PARAMETERS = [route for route in ROUTES if GROUP.search(route)]


def _path(route: str, value: str) -> str:
    return "/" + GROUP.sub(quote(value, safe="%"), route)


@pytest.fixture
def superuser_client() -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser("root", password="pw-root-12345"))
    return client


def _is_json(response) -> bool:
    return response.get("Content-Type", "").startswith("application/json")


def test_the_sweep_sees_every_kind_of_address():
    assert len(WITH_PARAMETERS) > 100
    expected = [
        "states/<str:iso3>/",
        "feeds/states/<str:iso3>/",
        "admin/accounts/user/([^/]+)/history/([^/]+)/",
        "api/v1/actions/(?P<pk>[0-9]{1,18})/",
    ]
    assert set(expected) <= set(ROUTES)


@pytest.mark.slow
@pytest.mark.parametrize("route", WITH_PARAMETERS)
def test_a_nul_or_an_odd_value_in_the_path_is_never_a_server_error(superuser_client, mexico, route):
    refused = superuser_client.get(_path(route, NUL))
    assert refused.status_code in (400, 404), refused.status_code
    for value in ODD:
        response = superuser_client.get(_path(route, value))
        assert response.status_code < 500, (value, response.status_code)
        if route.startswith("api/") and response.status_code == 404:
            assert _is_json(response)


@pytest.mark.slow
@pytest.mark.parametrize("route", [route for route in ROUTES if route not in WITH_PARAMETERS])
def test_a_nul_in_the_query_string_is_a_400(superuser_client, route):
    response = superuser_client.get("/" + route, {"q": "x\x00", "page": "1"})
    assert response.status_code == 400
    if route.startswith("api/"):
        assert _is_json(response)


def _filter_parameters(model_admin) -> set[str]:
    names = {"q", "o", "p", "e", "_to_field"}
    for entry in model_admin.list_filter:
        if isinstance(entry, type) and issubclass(entry, SimpleListFilter):
            names.add(entry.parameter_name)
            continue
        field = entry[0] if isinstance(entry, tuple | list) else entry
        names |= {field, f"{field}__exact", f"{field}__id__exact", f"{field}__in", f"{field}__isnull"}
    return names


@pytest.mark.slow
@pytest.mark.parametrize(
    "model_admin", list(admin.site._registry.values()), ids=lambda model_admin: str(model_admin.opts)
)
def test_admin_changelist_filters_refuse_a_nul_and_survive_odd_values(superuser_client, mexico, model_admin):
    url = reverse(f"admin:{model_admin.opts.app_label}_{model_admin.opts.model_name}_changelist")
    for name in _filter_parameters(model_admin):
        assert superuser_client.get(url, {name: "\x00"}).status_code == 400, name
        for value in ODD:
            response = superuser_client.get(url, {name: value})
            assert response.status_code < 500, (name, value, response.status_code)


def test_the_watch_form_refuses_abc_and_a_superscript_with_400(outsider):
    client = Client()
    client.force_login(outsider)
    for value in ("abc", "²"):
        assert client.post(reverse("dashboards:watch"), {"commitment": value}).status_code == 400


@pytest.mark.parametrize("url", ["/states/MEX%00/", "/feeds/states/MEX%00/", "/fr/states/MEX%00/"])
def test_the_probes_nul_addresses_are_400(client, mexico, url):
    assert client.get(url).status_code == 400


@pytest.mark.parametrize("url", ["/api/v1/actions/%C2%84/", "/api/nope", "/api/v1/nope/", "/api/v1/actions/abc/"])
def test_every_api_404_is_json(client, url):
    response = client.get(url)
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}


def test_an_api_404_is_json_even_from_the_debug_page(client, settings):
    settings.DEBUG = True
    response = client.get("/api/v1/nope/")
    assert response.status_code == 404 and _is_json(response)


@pytest.mark.parametrize("field", ["commitment", "theme", "state"])
@pytest.mark.parametrize("value", ["abc", "²", "١٢", "x\x00", "-1", "9" * 25, "<script>"])
def test_the_watch_form_answers_400_or_404_to_anything_but_an_existing_id_or_code(outsider, field, value):
    client = Client()
    client.force_login(outsider)
    response = client.post(reverse("dashboards:watch"), {field: value})
    assert response.status_code in (400, 404)
    assert not outsider.watches.exists()


def test_the_watch_form_still_adds_and_removes(outsider, mexico):
    commitment = with_owners(CommitmentFactory(), mexico)
    client = Client()
    client.force_login(outsider)
    assert client.post(reverse("dashboards:watch"), {"commitment": commitment.pk}).status_code == 302
    assert client.post(reverse("dashboards:watch"), {"state": "mex"}).status_code == 302
    assert {str(watch.target) for watch in outsider.watches.all()} == {str(commitment), str(mexico)}
    client.post(reverse("dashboards:watch"), {"commitment": commitment.pk, "remove": "1"})
    assert outsider.watches.count() == 1
    assert client.post(reverse("dashboards:watch"), {"commitment": 10**9}).status_code == 404
