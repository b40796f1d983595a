"""What a probe from outside found, each now refused cleanly: odd digits, bad evidence links, JSON 404s,
garbage page sizes, and a race between writers holding the same ETag."""

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from rest_framework.test import APIClient

from accounts.models import ApiToken, User
from commitments.models import StatusUpdate
from tests.api_support import API, write_client
from tracker.reference_data import ISU_STAFF_GROUP

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("commitments/", {"owner": "²"}),
        ("commitments/", {"action_plan": "²"}),
        ("commitments/", {"meeting": "²"}),
        ("commitments/", {"action": "OAP-²"}),
        ("commitments/", {"document": "١٢"}),  # Arabic-Indic digits
        ("actions/", {"plan": "²"}),
        ("obligations/", {"state": "²"}),
    ],
)
def test_digits_of_other_scripts_are_never_a_server_error(api, data, path, params):
    response = api.get(f"{API}/{path}", params)
    assert response.status_code in (200, 400, 404)
    assert response["Content-Type"].startswith("application/json")


def test_an_odd_digit_as_an_owner_is_an_unknown_owner(data, staff_user):
    url = f"{API}/commitments/{data['call'].pk}/status-updates/"
    response = write_client(staff_user).post(url, {"owner": "²", "status": "ongoing"}, format="json")
    assert response.status_code == 404 and response.json() == {"owner": ["Unknown: ²."]}


@pytest.mark.parametrize("link", ["not a url", "javascript:alert(1)", "ftp://example.org/file.pdf"])
def test_an_invalid_evidence_link_is_a_400_naming_the_field(data, staff_user, link):
    url = f"{API}/commitments/{data['call'].pk}/status-updates/"
    body = {"owner": "MEX", "status": "ongoing", "narrative": "x", "evidence": [{"url": link}]}
    before = StatusUpdate.objects.count()
    response = write_client(staff_user).post(url, body, format="json")
    assert response.status_code == 400
    assert "evidence" in response.json()
    assert StatusUpdate.objects.count() == before


@pytest.mark.parametrize("path", ["commitments/abc/", "actors/1.5/", "documents/%C2%B2/", "no-such-resource/"])
def test_an_unknown_api_path_is_a_json_404(api, path):
    response = api.get(f"{API}/{path}")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


@pytest.mark.parametrize("size", ["abc", "0", "-5", "1e3", "²"])
@pytest.mark.parametrize("path", ["actors/", "commitments/", "obligations/"])
def test_a_garbage_page_size_is_a_400(api, path, size):
    response = api.get(f"{API}/{path}", {"page_size": size})
    assert response.status_code == 400 and "page_size" in response.json()


def test_forwarded_for_is_not_a_clients_identity():
    """Without a trusted proxy, a client cannot pick a new identity per request to escape its throttle."""
    from rest_framework.test import APIRequestFactory
    from rest_framework.throttling import AnonRateThrottle

    factory = APIRequestFactory()
    first = factory.get("/", HTTP_X_FORWARDED_FOR="203.0.113.1", REMOTE_ADDR="198.51.100.7")
    second = factory.get("/", HTTP_X_FORWARDED_FOR="203.0.113.2", REMOTE_ADDR="198.51.100.7")
    throttle = AnonRateThrottle()
    throttle.num_proxies = 0
    assert throttle.get_ident(first) == throttle.get_ident(second) == "198.51.100.7"


@pytest.fixture
def committed_reference_data(transactional_db):
    """Writers in threads see only committed rows (a transactional test), and such a test starts empty."""
    import io

    from django.core.management import call_command

    call_command("load_reference_data", stdout=io.StringIO())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions: PostgreSQL")
def test_twenty_writers_with_one_etag_exactly_one_succeeds(committed_reference_data, mexico, colombia, statuses):
    staff_user = User.objects.create_user("racer", password="pw-racer-12345", is_staff=True)
    staff_user.groups.add(Group.objects.get(name=ISU_STAFF_GROUP))
    from tests.factories import CommitmentFactory, with_owners

    commitment = with_owners(CommitmentFactory(), mexico, colombia)
    _token, key = ApiToken.issue(user=staff_user, name="racer", scope="write")
    url = f"{API}/commitments/{commitment.pk}/"
    etag = APIClient().get(url)["ETag"]
    results, barrier = [], threading.Barrier(20)

    def write(index: int) -> None:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
        barrier.wait()
        body = {"owner": "MEX" if index % 2 else "COL", "status": "in_progress", "narrative": f"writer {index}"}
        results.append(client.post(f"{url}status-updates/", body, format="json", HTTP_IF_MATCH=etag).status_code)
        connection.close()

    threads = [threading.Thread(target=write, args=(index,)) for index in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [201] + [412] * 19
    assert StatusUpdate.objects.filter(commitment=commitment, from_status__isnull=False).count() == 1


@pytest.mark.parametrize("path", ["documents/", "commitments/", "status-updates/"])
def test_a_time_with_an_extreme_offset_is_compared_in_utc(api, data, path):
    """PostgreSQL refuses a literal offset beyond ±15:59; found by the fuzzer."""
    response = api.get(f"{API}/{path}", {"updated_since": "0685-03-28T18:06:52-17:32"})
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["actors/", "commitments/", "status-updates/"])
def test_a_page_size_past_the_maximum_is_a_400_not_silently_capped(api, path):
    assert api.get(f"{API}/{path}", {"page_size": 1000}).status_code == 200
    response = api.get(f"{API}/{path}", {"page_size": 1001})
    assert response.status_code == 400 and "1 to 1000" in str(response.json())


def test_the_schema_declares_the_page_bounds(api):
    schema = api.get("/api/schema/?format=json").json()
    parameters = {item["name"]: item["schema"] for item in schema["paths"]["/api/v1/actions/"]["get"]["parameters"]}
    assert (parameters["page_size"]["minimum"], parameters["page_size"]["maximum"]) == (1, 1000)
    assert parameters["page"]["minimum"] == 1


def test_the_schema_says_a_new_commitment_needs_an_owner(api):
    """The API refuses an empty list of owners (400): the schema says so, so a client or a fuzzer never sends one
    as valid."""
    schema = api.get("/api/schema/?format=json").json()
    assert schema["components"]["schemas"]["CommitmentWriteRequest"]["properties"]["owners"]["minItems"] == 1
