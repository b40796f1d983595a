"""The actors API and the one actor-code resolver."""

import pytest

from actors.models import Actor
from tests.api_support import API

pytestmark = pytest.mark.django_db


def test_actors_filter_states_parties(api):
    body = api.get(f"{API}/actors/", {"kind": "state", "states_party": "true", "page_size": 1000}).json()
    today = {row["iso3"] for row in body["results"]}
    assert today == set(Actor.objects.states_parties().values_list("iso3", flat=True))
    assert "TON" in today and "EST" not in today  # joined and withdrawn in 2025
    assert all(row["treaty_status"] == "state_party" and row["is_state_party"] for row in body["results"])
    assert api.get(f"{API}/actions/", {"plan": "OAP", "page_size": 100}).json()["results"][22]["ref"] == "OAP-23"


def test_actor_resolution_rejects_unknown_codes():
    assert Actor.objects.filter(iso3="XYZ").count() == 0


@pytest.mark.parametrize("code", ["MEX", "mex", " MEX ", "UNDP", "undp", "states-parties", "XYZ", "0", "99999999999"])
def test_the_id_resolver_names_the_actor_by_code_does(code):
    actor = Actor.objects.by_code(code)
    assert Actor.objects.pk_by_code(code) == (actor.pk if actor is not None else None)


def test_the_id_resolver_takes_an_id():
    mexico = Actor.objects.get(iso3="MEX")
    assert Actor.objects.pk_by_code(str(mexico.pk)) == mexico.pk
