"""Delegations propose status updates for their own State; ISU staff approve or return them. A proposal is never
public until approved, and every refusal changes nothing."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.models import ApiToken
from commitments.models import StatusProposal, StatusUpdate
from tests.factories import CommitmentFactory, with_owners

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(mexico, colombia):
    return with_owners(CommitmentFactory(text="We will clear all mined areas by 2025."), mexico, colombia)


def api_as(user, scope="write") -> APIClient:
    _token, key = ApiToken.issue(user=user, name="client", scope=scope)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def snapshot():
    return (StatusProposal.objects.count(), StatusUpdate.objects.count())


def test_the_form_sends_a_pending_proposal_that_the_public_does_not_see(focal_point, shared, statuses):
    client = Client()
    client.force_login(focal_point)
    page = client.get(reverse("dashboards:propose", args=[shared.pk]))
    assert page.status_code == 200 and "We will clear all mined areas" in page.content.decode()
    answer = client.post(
        reverse("dashboards:propose", args=[shared.pk]),
        {"status": statuses["completed"].pk, "narrative": "Last area released in May.", "evidence_url": ""},
    )
    assert answer.status_code == 302 and answer.url == reverse("dashboards:account")
    proposal = StatusProposal.objects.get()
    assert (proposal.actor.iso3, proposal.state, proposal.proposed_by) == ("MEX", "pending", focal_point)
    # Not public: the commitment's page, its history and the anonymous API show nothing of it.
    assert "Last area released" not in Client().get(shared.get_absolute_url()).content.decode()
    assert APIClient().get("/api/v1/proposals/").status_code == 401
    history = APIClient().get(f"/api/v1/commitments/{shared.pk}/status-updates/").json()
    assert [row["narrative"] for row in history] == ["", ""]
    # The focal point sees it on its page.
    account = client.get(reverse("dashboards:account")).content.decode()
    assert "Pending review" in account and "We will clear all mined areas" in account


def test_who_may_open_the_proposal_form(focal_point, staff_user, outsider, shared, colombia):
    url = reverse("dashboards:propose", args=[shared.pk])
    assert Client().get(url).status_code == 302  # to the sign-in page
    for person in (outsider, staff_user):  # not a focal point: no form (staff record statuses in the admin)
        client = Client()
        client.force_login(person)
        assert client.get(url).status_code == 403
    other = with_owners(CommitmentFactory(), colombia)
    client = Client()
    client.force_login(focal_point)
    assert client.get(reverse("dashboards:propose", args=[other.pk])).status_code == 404  # not Mexico's


def test_through_the_api_a_focal_point_proposes_for_its_own_state_only(focal_point, shared, statuses):
    client = api_as(focal_point)
    body = {"commitment": shared.pk, "status": "in_progress", "narrative": "Survey started."}
    before = snapshot()
    refused = client.post("/api/v1/proposals/", {**body, "owner": "COL"}, format="json")
    assert refused.status_code == 403 and snapshot() == before
    created = client.post("/api/v1/proposals/", body, format="json")
    assert created.status_code == 201, created.content
    assert created.json()["owner"] == "MEX" and created.json()["state"] == "pending"
    again = client.post("/api/v1/proposals/", body, format="json")
    assert again.status_code == 409 and "already waiting" in str(again.json())
    assert api_as(focal_point, scope="read").post("/api/v1/proposals/", body, format="json").status_code == 403
    # Its own State's proposals only.
    assert [row["owner"] for row in client.get("/api/v1/proposals/").json()["results"]] == ["MEX"]


def test_others_cannot_propose_or_review(outsider, focal_point, shared):
    body = {"commitment": shared.pk, "status": "in_progress", "owner": "MEX"}
    before = snapshot()
    assert api_as(outsider).post("/api/v1/proposals/", body, format="json").status_code == 403
    proposal = api_as(focal_point).post("/api/v1/proposals/", body, format="json").json()
    before = snapshot()
    for person in (outsider, focal_point):
        answer = api_as(person).post(f"/api/v1/proposals/{proposal['id']}/approve/", {}, format="json")
        assert answer.status_code == 403
    assert snapshot() == before and StatusProposal.objects.get().state == "pending"


def test_staff_approve_and_the_update_is_recorded_with_its_evidence(focal_point, staff_user, shared, statuses):
    body = {
        "commitment": shared.pk,
        "status": "completed",
        "narrative": "All areas released.",
        "evidence_url": "https://example.org/art7-2026.pdf",
        "evidence_description": "Article 7 report 2026",
    }
    proposal = api_as(focal_point).post("/api/v1/proposals/", body, format="json").json()
    staff = api_as(staff_user)
    approved = staff.post(f"/api/v1/proposals/{proposal['id']}/approve/", {"comment": "Thanks."}, format="json")
    assert approved.status_code == 200 and approved.json()["state"] == "approved"
    update = StatusUpdate.objects.get(pk=approved.json()["status_update"])
    assert (update.actor.iso3, update.to_status.key, update.narrative) == ("MEX", "completed", "All areas released.")
    assert update.recorded_by == staff_user
    assert [item.url for item in update.evidence.all()] == ["https://example.org/art7-2026.pdf"]
    assert shared.owner_links.get(actor__iso3="MEX").status.key == "completed"
    twice = staff.post(f"/api/v1/proposals/{proposal['id']}/approve/", {}, format="json")
    assert twice.status_code == 409 and StatusUpdate.objects.filter(to_status__key="completed").count() == 1


def test_a_returned_proposal_carries_the_comment_and_records_nothing(focal_point, staff_user, shared):
    body = {"commitment": shared.pk, "status": "in_progress"}
    proposal = api_as(focal_point).post("/api/v1/proposals/", body, format="json").json()
    staff = api_as(staff_user)
    before = StatusUpdate.objects.count()
    assert staff.post(f"/api/v1/proposals/{proposal['id']}/return/", {}, format="json").status_code == 400
    returned = staff.post(
        f"/api/v1/proposals/{proposal['id']}/return/", {"comment": "Please attach the report."}, format="json"
    )
    assert returned.status_code == 200 and returned.json()["state"] == "returned"
    assert StatusUpdate.objects.count() == before
    client = Client()
    client.force_login(focal_point)
    page = client.get(reverse("dashboards:account")).content.decode()
    assert "Please attach the report." in page and "Returned" in page


def test_staff_review_in_the_admin(focal_point, staff_client, shared):
    api_as(focal_point).post("/api/v1/proposals/", {"commitment": shared.pk, "status": "ongoing"}, format="json")
    proposal = StatusProposal.objects.get()
    url = reverse("admin:commitments_statusproposal_changelist")
    form = staff_client.post(url, {"action": "approve", "_selected_action": [proposal.pk]})
    assert form.status_code == 200 and b"Approve the selected proposals" in form.content
    done = staff_client.post(
        url, {"action": "approve", "_selected_action": [proposal.pk], "apply": "1", "comment": ""}, follow=True
    )
    assert done.status_code == 200 and StatusProposal.objects.get().state == "approved"
    assert shared.owner_links.get(actor__iso3="MEX").status.key == "ongoing"


def _upload(name: str, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_a_focal_point_attaches_a_file_that_becomes_evidence_on_approval(focal_point, staff_user, shared, statuses):
    from commitments.services.proposals import proposal_approve

    client = Client()
    client.force_login(focal_point)
    answer = client.post(
        reverse("dashboards:propose", args=[shared.pk]),
        {
            "status": statuses["completed"].pk,
            "narrative": "Report attached.",
            "evidence_file": _upload("report.pdf", b"%PDF-1.7\n%report\n"),
            "evidence_description": "Completion report",
        },
    )
    assert answer.status_code == 302
    proposal = StatusProposal.objects.get()
    assert proposal.evidence_file.name.startswith("proposals/") and proposal.evidence_file.read().startswith(b"%PDF")
    proposal_approve(proposal=proposal, by=staff_user)
    evidence = StatusUpdate.objects.get(to_status__key="completed").evidence.get()
    assert (evidence.file.name, evidence.description) == (proposal.evidence_file.name, "Completion report")


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("report.pdf", b"<html><script>alert(1)</script>", "whose content matches its name"),  # not a PDF inside
        ("photo.pdf", b"\x89PNG\r\n\x1a\n....", "whose content matches its name"),  # a PNG named .pdf
        ("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024), "larger than 10 MB"),
    ],
)
def test_an_evidence_file_is_refused_unless_its_bytes_are_an_accepted_type(
    focal_point, shared, statuses, name, content, words
):
    client = Client()
    client.force_login(focal_point)
    before = snapshot()
    answer = client.post(
        reverse("dashboards:propose", args=[shared.pk]),
        {"status": statuses["in_progress"].pk, "narrative": "See file.", "evidence_file": _upload(name, content)},
    )
    assert answer.status_code == 200 and words in answer.content.decode()
    assert snapshot() == before
