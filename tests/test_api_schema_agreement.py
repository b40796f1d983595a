"""The API accepts what its schema calls valid and refuses what it calls invalid (what schemathesis checks): empty,
repeated and non-boolean query values, unknown codes (404), the record's rules (409), bodies in JSON."""

import pytest
from drf_spectacular.generators import SchemaGenerator

from commitments.models import Commitment, StatusUpdate
from notifications.models import Watch
from tests.api_support import API, write_client

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def schema(django_db_blocker):
    with django_db_blocker.unblock():
        return SchemaGenerator().get_schema(request=None, public=True)


def parameter(schema, path: str, name: str, method: str = "get") -> dict:
    [found] = [p for p in schema["paths"][path][method]["parameters"] if p["name"] == name]
    return found["schema"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("commitments/", {"updated_since": ""}),
        ("documents/", {"updated_since": ""}),
        ("status-updates/", {"owner": ""}),
        ("paragraphs/", {"label": ""}),
    ],
)
def test_a_filter_sent_empty_is_a_400_and_the_schema_says_so(api, schema, path, params):
    response = api.get(f"{API}/{path}", params)
    assert response.status_code == 400
    [name] = params
    assert response.json() == {name: ["Give a value, or leave the parameter out."]}
    declared = parameter(schema, f"{API}/{path}", name)
    assert (declared.get("items") or declared)["minLength"] == 1


def test_an_empty_ordering_is_the_default_order_and_the_schema_allows_it(api, schema):
    assert api.get(f"{API}/themes/", {"ordering": ""}).status_code == 200
    assert "minLength" not in parameter(schema, f"{API}/themes/", "ordering")


@pytest.mark.parametrize("params", ["states_party=true&states_party=true", "page=1&page=2", "page_size=5&page_size=5"])
def test_a_single_value_parameter_given_twice_is_a_400(api, params):
    response = api.get(f"{API}/actors/?{params}")
    assert response.status_code == 400
    assert "Give one value, not 2." in str(response.json())


def test_a_repeatable_filter_takes_several_values(api, data):
    def ids(query: str) -> set[int]:
        response = api.get(f"{API}/commitments/?{query}")
        assert response.status_code == 200
        return {row["id"] for row in response.json()["results"]}

    assert ids("owner=MEX&owner=COL") == ids("owner=MEX") | ids("owner=COL") > ids("owner=MEX")


@pytest.mark.parametrize("value", ["null", "maybe", "yes"])
def test_a_yes_no_filter_takes_true_or_false_only(api, value):
    response = api.get(f"{API}/actors/", {"states_party": value})
    assert response.status_code == 400 and response.json() == {"states_party": ["true or false."]}


def test_a_yes_no_filter_filters(api, mexico):
    parties = api.get(f"{API}/actors/", {"states_party": "true", "page_size": 1000}).json()["results"]
    assert "MEX" in {row["code"] for row in parties}


@pytest.mark.parametrize("params", [{"page": ""}, {"page": "last"}, {"page": "0"}])
def test_a_page_that_is_not_a_whole_number_from_1_is_a_404(api, params):
    assert api.get(f"{API}/themes/", params).status_code == 404


def test_an_empty_format_is_a_404_as_an_unknown_one(api):
    assert api.get(f"{API}/obligations/", {"format": ""}).status_code == 404
    assert api.get(f"{API}/obligations/", {"format": "doc"}).status_code == 404


@pytest.mark.parametrize(("path", "name"), [("paragraphs/", "document"), ("actions/", "section")])
def test_an_id_filter_matching_nothing_is_an_empty_list_and_0_is_below_the_declared_minimum(api, schema, path, name):
    empty = api.get(f"{API}/{path}", {name: "99999"})
    assert empty.status_code == 200 and empty.json()["results"] == []
    assert api.get(f"{API}/{path}", {name: "0"}).status_code == 400
    assert parameter(schema, f"{API}/{path}", name)["minimum"] == 1


def test_a_body_naming_things_that_do_not_exist_is_a_404_naming_each(data, staff_user):
    body = {"kind": "offer", "paragraph": 999999, "text": "We offer.", "owners": ["ZZZ"]}
    response = write_client(staff_user).post(f"{API}/commitments/", body, format="json")
    assert response.status_code == 404
    assert set(response.json()) == {"paragraph", "owners"}
    assert not Commitment.objects.filter(text="We offer.").exists()


def test_a_body_with_a_malformed_field_and_an_unknown_code_is_a_400(data, staff_user):
    body = {"kind": "promise", "paragraph": 999999, "text": "We offer.", "owners": ["ZZZ"]}
    response = write_client(staff_user).post(f"{API}/commitments/", body, format="json")
    assert response.status_code == 400 and "kind" in response.json()


def test_a_form_encoded_body_is_a_415_and_the_schema_lists_json_only(data, staff_user, schema):
    url = f"{API}/commitments/{data['call'].pk}/status-updates/"
    response = write_client(staff_user).post(url, {"owner": "MEX", "status": "in_progress"}, format="multipart")
    assert response.status_code == 415
    body = schema["paths"][f"{API}/commitments/{{id}}/status-updates/"]["post"]["requestBody"]
    assert list(body["content"]) == ["application/json"]


def test_a_created_commitment_is_answered_in_the_read_shape_the_schema_declares(data, staff_user, schema):
    paragraph = data["call"].paragraph
    body = {"kind": "offer", "paragraph": paragraph.pk, "text": "We offer training.", "owners": ["MEX"]}
    response = write_client(staff_user).post(f"{API}/commitments/", body, format="json")
    assert response.status_code == 201
    assert response.json()["paragraph"]["id"] == paragraph.pk  # nested, as in a read
    created = schema["paths"][f"{API}/commitments/"]["post"]["responses"]["201"]["content"]["application/json"]
    patched = schema["paths"][f"{API}/commitments/{{id}}/"]["patch"]["responses"]["200"]["content"]["application/json"]
    assert created["schema"] == patched["schema"] == {"$ref": "#/components/schemas/Commitment"}


def test_a_rule_of_the_record_is_a_409(data, staff_user):
    url = f"{API}/commitments/{data['call'].pk}/status-updates/"
    before = StatusUpdate.objects.count()
    response = write_client(staff_user).post(url, {"owner": "PER", "status": "in_progress"}, format="json")
    assert response.status_code == 409 and "owner" in response.json()
    assert StatusUpdate.objects.count() == before


def test_watching_the_same_thing_twice_is_a_409(data, outsider):
    client = write_client(outsider)
    assert client.post(f"{API}/watches/", {"state": "MEX"}, format="json").status_code == 201
    again = client.post(f"{API}/watches/", {"state": "MEX"}, format="json")
    assert again.status_code == 409 and Watch.objects.filter(user=outsider).count() == 1


def test_the_watch_body_is_one_of_three_targets_in_the_schema(schema):
    body = schema["paths"][f"{API}/watches/"]["post"]["requestBody"]
    assert body["required"] is True
    variants = body["content"]["application/json"]["schema"]["oneOf"]
    assert [variant["required"] for variant in variants] == [["commitment"], ["theme"], ["state"]]


def test_text_parameters_and_fields_declare_the_refused_nul_and_blank(schema):
    assert parameter(schema, f"{API}/actions/", "plan")["pattern"] == "^[^\\x00]*$"
    text = schema["components"]["schemas"]["CommitmentWriteRequest"]["properties"]["text"]
    assert text["pattern"] == "^[^\\x00]*[^\\s\\x00][^\\x00]*$"


def test_obligations_declare_their_filters_and_pages(schema):
    names = {p["name"] for p in schema["paths"][f"{API}/obligations/"]["get"]["parameters"]}
    assert {"state", "kind", "article", "status", "due_within", "overdue", "page", "page_size"} <= names
    assert parameter(schema, f"{API}/obligations/", "article") == {"type": "integer", "enum": [4, 5, 7]}
