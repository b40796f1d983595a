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
