"""Actors by id or by code, one API root listing every resource, and a typed owner in status updates."""

import pytest
import yaml
from django.core.management import call_command

from tests.api_support import API

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["MEX", "mex", "UNDP", "states-parties"])
def test_an_actor_is_found_by_its_code(api, code):
    response = api.get(f"{API}/actors/{code}/")
    assert response.status_code == 200
    assert code.lower() in (response.json()["code"].lower(), response.json()["slug"])


def test_an_actor_by_id_and_an_unknown_code(api, mexico):
    assert api.get(f"{API}/actors/{mexico.pk}/").json()["iso3"] == "MEX"
    assert api.get(f"{API}/actors/ZZZ/").status_code == 404


def test_the_api_root_lists_every_resource(api):
    root = api.get(f"{API}/").json()
    for resource in ("actors", "commitments", "status-updates", "obligations", "documents", "membership", "watches"):
        assert root[resource].endswith(f"/api/v1/{resource}/")


def test_a_status_update_s_owner_is_a_typed_actor_in_the_schema(tmp_path):
    path = tmp_path / "schema.yaml"
    call_command("spectacular", "--file", str(path))
    schema = yaml.safe_load(path.read_text())
    owner = schema["components"]["schemas"]["StatusUpdate"]["properties"]["owner"]
    assert owner.get("$ref", "").endswith("/ActorBrief") or any(
        item.get("$ref", "").endswith("/ActorBrief") for item in owner.get("allOf", [])
    )
