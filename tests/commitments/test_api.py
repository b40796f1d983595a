"""The commitments API: resources, filters, pagination, formats, sync headers and writes."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from commitments.models import Action, Commitment, StatusUpdate, Theme
from tests.api_support import API, ids, write_client
from tests.factories import CommitmentFactory, ParagraphFactory, with_owners

pytestmark = pytest.mark.django_db


def test_a_commitment_carries_its_paragraph_owners_status_and_links(api, data):
    offer = data["offer"]
    row = api.get(f"{API}/commitments/{offer.pk}/").json()
    assert row["kind"] == "offer" and row["text"] == offer.text
    assert row["paragraph"]["id"] == offer.paragraph_id
    assert row["paragraph"]["permalink"].endswith(f"/documents/{offer.paragraph.document_id}/#{offer.paragraph.anchor}")
    assert row["owners"] == [
        {
            "actor": {"id": offer.owners.get().pk, "code": "MEX", "name": "Mexico"},
            "status": "in_progress",
            "since": row["owners"][0]["since"],
            "response": None,
        }
    ]
    assert (row["overall_status"], row["progress"]) == ("in_progress", 50)
    assert row["themes"] == ["cooperation-and-assistance"] and row["actions"] == ["OAP-42"]
    assert row["url"].endswith(f"/api/v1/commitments/{offer.pk}/")
    listed = next(r for r in api.get(f"{API}/commitments/").json()["results"] if r["id"] == offer.pk)
    assert listed == row


def test_a_commitments_lists_are_sorted_and_its_references_are_data(api, data):
    call = data["call"]
    call.themes.add(*Theme.objects.filter(slug__in=["victim-assistance", "cooperation-and-assistance"]))
    call.actions.add(*Action.objects.filter(plan__code="OAP", number__in=[42, 7]))
    Commitment.objects.filter(pk=call.pk).update(references=["CRPD", "SDG 16"])
    row = api.get(f"{API}/commitments/{call.pk}/").json()
    assert [owner["actor"]["code"] for owner in row["owners"]] == ["COL", "MEX"]  # by name
    assert row["themes"] == ["cooperation-and-assistance", "victim-assistance"]
    assert row["actions"] == ["OAP-7", "OAP-42"]  # by number, not as text
    assert row["references"] == ["CRPD", "SDG 16"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"owner": "MEX"}, {"offer", "call"}),
        ({"owner": ["MEX", "COL"]}, {"offer", "pledge", "call"}),
        ({"owner": "MEX", "status": "in_progress"}, {"offer"}),
        ({"owner": "COL", "status": "in_progress"}, set()),
        ({"status": "not_started"}, {"pledge", "call"}),
        ({"status": ["not_started", "in_progress"]}, {"offer", "pledge", "call"}),
        ({"kind": "call"}, {"call"}),
        ({"theme": "cooperation-and-assistance"}, {"offer"}),
        ({"action": "OAP-42"}, {"offer"}),
        ({"action_plan": "OAP"}, {"offer"}),
        ({"year_min": 2015}, {"offer"}),
        ({"year_max": 2010}, {"pledge", "call"}),
        ({"overdue": "true"}, {"pledge"}),
        ({"search": "demining"}, {"offer"}),
    ],
)
def test_commitment_filters(api, data, params, expected):
    response = api.get(f"{API}/commitments/", params)
    assert response.status_code == 200, response.json()
    assert ids(response) == {data[name].pk for name in expected}


def test_filters_by_owner_id_document_and_meeting(api, data, mexico):
    assert ids(api.get(f"{API}/commitments/", {"owner": mexico.pk})) == {data["offer"].pk, data["call"].pk}
    document = data["offer"].paragraph.document
    assert ids(api.get(f"{API}/commitments/", {"document": document.pk})) == {data["offer"].pk}
    assert ids(api.get(f"{API}/commitments/", {"meeting": document.meeting.slug})) == {data["offer"].pk}


def test_updated_since_returns_what_changed(api, data, mexico, statuses):
    Commitment.objects.update(updated_at=timezone.now() - datetime.timedelta(days=3))
    since = timezone.now().isoformat()
    data["call"].record_status(actor=mexico, status=statuses["ongoing"], recorded_by=None)
    assert ids(api.get(f"{API}/commitments/", {"updated_since": since})) == {data["call"].pk}
    updates = api.get(f"{API}/status-updates/", {"updated_since": since}).json()["results"]
    assert [(u["owner"]["code"], u["to_status"]) for u in updates] == [("MEX", "ongoing")]


def test_the_api_speaks_utc_whatever_the_local_time_zone(api, data, mexico, statuses, settings):
    settings.TIME_ZONE = "Europe/Zurich"  # as the ISU runs it
    data["call"].record_status(actor=mexico, status=statuses["ongoing"], recorded_by=None)
    row = api.get(f"{API}/commitments/{data['call'].pk}/").json()
    update = api.get(f"{API}/status-updates/", {"commitment": data["call"].pk}).json()["results"][0]
    assert row["updated_at"].endswith("Z") and row["owners"][0]["since"].endswith("Z")
    assert update["recorded_at"].endswith("Z") and update["effective_at"].endswith("Z")
    # A time sent without an offset is UTC too: 01:00 is after 00:30 UTC (in Geneva it would be before).
    half_past_midnight = datetime.datetime(2026, 11, 1, 0, 30, tzinfo=datetime.UTC)
    Commitment.objects.filter(pk=data["pledge"].pk).update(updated_at=half_past_midnight)
    assert data["pledge"].pk not in ids(api.get(f"{API}/commitments/", {"updated_since": "2026-11-01T01:00:00"}))
    assert data["pledge"].pk in ids(api.get(f"{API}/commitments/", {"updated_since": "2026-11-01T00:15:00"}))


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"updated_since": "last week"}, "updated_since"),
        ({"kind": "promise"}, "kind"),
        ({"ordering": "colour"}, "ordering"),
        ({"fields": "id,colour"}, "fields"),
        ({"overdue": "maybe"}, "overdue"),
        ({"owner": ""}, "owner"),
    ],
)
def test_invalid_filter_values_are_400_naming_the_field(api, data, params, field):
    response = api.get(f"{API}/commitments/", params)
    assert response.status_code == 400
    assert field in response.json()


@pytest.mark.parametrize(
    ("params", "field"),
    [({"status": "finished"}, "status"), ({"owner": "XYZ"}, "owner"), ({"action": "OAP-999"}, "action")],
)
def test_a_code_that_names_nothing_is_a_404_naming_the_field(api, data, params, field):
    response = api.get(f"{API}/commitments/", params)
    assert response.status_code == 404
    assert field in response.json() and "Unknown value" in response.json()[field][0]


def test_ordering_by_date_status_and_owner(api, data):
    by_date = [r["id"] for r in api.get(f"{API}/commitments/", {"ordering": "date"}).json()["results"]]
    assert by_date[-1] == data["offer"].pk
    by_status = [r["overall_status"] for r in api.get(f"{API}/commitments/", {"ordering": "status"}).json()["results"]]
    assert by_status == ["not_started", "not_started", "in_progress"]
    by_owner = [
        r["owners"][0]["actor"]["code"] for r in api.get(f"{API}/commitments/", {"ordering": "owner"}).json()["results"]
    ]
    assert by_owner[0] == "COL"


def test_cursor_pagination_walks_every_commitment_once_with_a_hard_maximum(api, mexico):
    for _ in range(7):
        with_owners(CommitmentFactory(), mexico)
    seen, url = [], f"{API}/commitments/?page_size=3"
    while url:
        body = api.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(Commitment.objects.values_list("id", flat=True))
    assert len(seen) == len(set(seen))
    assert api.get(f"{API}/commitments/", {"page_size": 5000}).wsgi_request.GET["page_size"] == "5000"
    from tracker.api.pagination import SyncCursorPagination

    assert SyncCursorPagination.max_page_size == 1000


def test_fields_asks_for_fewer_fields(api, data):
    rows = api.get(f"{API}/commitments/", {"fields": "id,kind"}).json()["results"]
    assert all(set(row) == {"id", "kind"} for row in rows)


def test_csv_export_of_the_whole_filtered_set(api, data):
    response = api.get(f"{API}/commitments/export/", {"format": "csv", "owner": "MEX"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {int(row["id"]) for row in rows} == {data["offer"].pk, data["call"].pk}
    assert next(row for row in rows if int(row["id"]) == data["offer"].pk)["owners"] == "MEX:in_progress"
    same = api.get(f"{API}/commitments/", {"format": "csv", "owner": "MEX"})
    assert b"".join(same.streaming_content) == b"".join(
        api.get(f"{API}/commitments/export/", {"format": "csv", "owner": "MEX"}).streaming_content
    )


def test_xlsx_export(api, data):
    from openpyxl import load_workbook

    response = api.get(f"{API}/commitments/export/", {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [cell.value for cell in sheet[1]][:3] == ["id", "kind", "text"]
    assert sheet.max_row == 4


def test_etag_and_last_modified_give_304(api, data):
    url = f"{API}/commitments/{data['offer'].pk}/"
    first = api.get(url)
    assert first["Last-Modified"] and first["ETag"]
    assert api.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    listing = api.get(f"{API}/commitments/")
    assert api.get(f"{API}/commitments/", HTTP_IF_NONE_MATCH=listing["ETag"]).status_code == 304


def test_staff_create_a_commitment_with_a_token(data, staff_user):
    client = write_client(staff_user)
    paragraph = ParagraphFactory()
    response = client.post(
        f"{API}/commitments/",
        {
            "kind": "commitment",
            "paragraph": paragraph.pk,
            "text": "We will report annually.",
            "owners": ["MEX", "COL"],
            "themes": ["transparency-and-compliance"],
            "actions": ["OAP-47"],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    commitment = Commitment.objects.get(pk=response.json()["id"])
    assert set(commitment.owners.values_list("iso3", flat=True)) == {"MEX", "COL"}
    assert commitment.status_updates.filter(recorded_by=staff_user).count() == 2


def test_validation_errors_name_each_field(data, staff_user):
    response = write_client(staff_user).post(
        f"{API}/commitments/", {"kind": "promise", "owners": ["ZZZ"]}, format="json"
    )
    assert response.status_code == 400
    body = response.json()
    assert {"kind", "paragraph", "text", "owners"} <= set(body)
    assert body["owners"] == ["Unknown: ZZZ."]


def test_a_commitment_with_no_owner_is_refused_naming_the_field(data, staff_user):
    before = Commitment.objects.count()
    response = write_client(staff_user).post(
        f"{API}/commitments/",
        {"kind": "commitment", "paragraph": ParagraphFactory().pk, "text": "We will report.", "owners": []},
        format="json",
    )
    assert response.status_code == 400 and response["Content-Type"].startswith("application/json")
    assert set(response.json()) == {"owners"}
    assert Commitment.objects.count() == before


def test_a_group_with_no_state_party_at_the_document_date_is_no_owner(data, staff_user):
    """A group standing for "the States Parties" in a text dated before any State ratified the Convention
    (opened for signature in December 1997) is nobody: the commitment would have no owner; nothing is stored."""
    paragraph = ParagraphFactory(document__date=datetime.date(1996, 10, 5))
    before = Commitment.objects.count()
    response = write_client(staff_user).post(
        f"{API}/commitments/",
        {"kind": "commitment", "paragraph": paragraph.pk, "text": "We will report.", "owners": ["states-parties"]},
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {"owners": ["A commitment needs at least one owner."]}
    assert Commitment.objects.count() == before


def test_edits_need_the_current_etag(data, staff_user):
    client = write_client(staff_user)
    url = f"{API}/commitments/{data['pledge'].pk}/"
    etag = client.get(url)["ETag"]
    assert client.patch(url, {"target_date": "2030-01-01"}, format="json").status_code == 428
    response = client.patch(url, {"target_date": "2030-01-01"}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200 and response.json()["target_date"] == "2030-01-01"
    stale = client.patch(url, {"text": "Overwritten"}, format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    assert Commitment.objects.get(pk=data["pledge"].pk).text != "Overwritten"


def test_posting_a_status_update(data, staff_user, mexico):
    client = write_client(staff_user)
    url = f"{API}/commitments/{data['call'].pk}/status-updates/"
    response = client.post(
        url,
        {
            "owner": "MEX",
            "status": "completed",
            "narrative": "All joined.",
            "evidence": [{"url": "https://example.org/report.pdf", "is_public": True}],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert (response.json()["from_status"], response.json()["to_status"]) == ("not_started", "completed")
    assert data["call"].owner_links.get(actor=mexico).status.key == "completed"
    history = client.get(url).json()
    assert [(u["owner"]["code"], u["to_status"]) for u in history if u["owner"]["code"] == "MEX"] == [
        ("MEX", "not_started"),
        ("MEX", "completed"),
    ]


@pytest.mark.parametrize(
    ("body", "status_code", "field"),
    [
        ({"owner": "MEX", "status": "completed"}, 409, "narrative"),
        ({"owner": "MEX", "status": "done"}, 404, "status"),
        ({"owner": "MEX", "status": ""}, 400, "status"),
        ({"owner": "PER", "status": "in_progress"}, 409, "owner"),
        ({"owner": "MEX", "status": "in_progress", "effective_at": "2001-01-01T00:00:00Z"}, 409, "effective_at"),
    ],
)
def test_bad_status_updates_are_refused_and_nothing_is_saved(data, staff_user, body, status_code, field):
    before = StatusUpdate.objects.count()
    response = write_client(staff_user).post(
        f"{API}/commitments/{data['call'].pk}/status-updates/", body, format="json"
    )
    assert response.status_code == status_code
    assert field in response.json()
    assert StatusUpdate.objects.count() == before


def test_a_status_update_on_a_stale_version_is_412(data, staff_user):
    client = write_client(staff_user)
    url = f"{API}/commitments/{data['call'].pk}/"
    etag = client.get(url)["ETag"]
    client.post(f"{url}status-updates/", {"owner": "COL", "status": "in_progress"}, format="json")
    response = client.post(
        f"{url}status-updates/", {"owner": "MEX", "status": "in_progress"}, format="json", HTTP_IF_MATCH=etag
    )
    assert response.status_code == 412


def test_internal_evidence_is_shown_to_staff_only(api, data, staff_user):
    url = f"{API}/status-updates/"
    public = [e["url"] for u in api.get(url).json()["results"] for e in u["evidence"]]
    assert public == ["https://example.org/public.pdf"]
    api.force_authenticate(staff_user)
    everything = {e["url"] for u in api.get(url).json()["results"] for e in u["evidence"]}
    assert everything == {"https://example.org/public.pdf", "https://example.org/internal.pdf"}


def test_a_bad_filter_on_an_export_is_a_json_error(api, data):
    response = api.get(f"{API}/commitments/export/", {"format": "csv", "status": "unknown"})
    assert response.status_code == 404
    assert response.json() == {"status": ["Unknown value(s): unknown."]}


@pytest.mark.parametrize("params", [{"commitment": "-7.8e307"}, {"commitment": "99999999999999999999999"}])
def test_out_of_range_numbers_are_a_clean_400(api, params):
    response = api.get(f"{API}/status-updates/", params)
    assert response.status_code == 400 and "commitment" in response.json()


def test_huge_ids_in_codes_are_unknown_values(api):
    assert api.get(f"{API}/commitments/", {"owner": "99999999999999999999999"}).status_code == 404
    assert api.get(f"{API}/actions/", {"plan": "99999999999999999999999"}).status_code == 200
    assert api.get(f"{API}/actions/", {"number": "99999999"}).status_code == 400


def test_an_id_too_large_for_the_database_is_a_404(api):
    assert api.get(f"{API}/actors/99999999999999999999999/").status_code == 404
    assert api.get(f"{API}/actors/abc/").status_code == 404
