"""Drafts: a commitment or a document that is not published is seen by ISU staff only — never on the dashboards,
in the feeds, in the counts or in the anonymous API."""

import pytest
from django.test import Client
from rest_framework.test import APIClient

from accounts.models import ApiToken
from commitments.models import Commitment
from dashboards import summary
from documents.models import Document
from tests.factories import CommitmentFactory, with_owners
from tracker.publication import set_published

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(mexico, statuses, staff_user, django_capture_on_commit_callbacks):
    commitment = with_owners(CommitmentFactory(text="A draft pledge to clear the border."), mexico)
    with django_capture_on_commit_callbacks(execute=True):
        assert set_published(Commitment.objects.filter(pk=commitment.pk), False) == 1
        commitment.record_status(actor=mexico, status=statuses["in_progress"], recorded_by=staff_user)
    return commitment


def staff_api(staff_user) -> APIClient:
    _token, key = ApiToken.issue(user=staff_user, name="reader", scope="read")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_a_draft_commitment_is_hidden_from_the_public(draft, staff_user):
    anonymous = APIClient()
    assert anonymous.get(f"/api/v1/commitments/{draft.pk}/").status_code == 404
    assert draft.pk not in [row["id"] for row in anonymous.get("/api/v1/commitments/").json()["results"]]
    assert "A draft pledge" not in anonymous.get("/api/v1/commitments/?format=csv").getvalue().decode()
    assert draft.pk not in [row["commitment"] for row in anonymous.get("/api/v1/status-updates/").json()["results"]]
    pages = Client()
    assert pages.get(f"/commitments/{draft.pk}/").status_code == 404
    assert "A draft pledge" not in pages.get("/commitments/").content.decode()
    assert "A draft pledge" not in pages.get("/feeds/changes/").content.decode()
    assert summary.Summary(summary.Scope.ALL).get(0).total == 0  # not counted
    # Staff see it, through their token too.
    assert staff_api(staff_user).get(f"/api/v1/commitments/{draft.pk}/").status_code == 200


def test_publishing_makes_it_public_and_marks_it_changed_for_sync(draft, django_capture_on_commit_callbacks):
    before = Commitment.objects.get(pk=draft.pk).updated_at
    with django_capture_on_commit_callbacks(execute=True):
        set_published(Commitment.objects.filter(pk=draft.pk), True)
    assert APIClient().get(f"/api/v1/commitments/{draft.pk}/").status_code == 200
    assert Commitment.objects.get(pk=draft.pk).updated_at > before
    assert summary.Summary(summary.Scope.ALL).get(0).total == 1
    assert "A draft pledge" in Client().get("/feeds/changes/").content.decode()
    assert draft.history.first().is_published  # who published it is in its history


def test_a_draft_document_hides_its_paragraphs_and_commitments(mexico, staff_user, django_capture_on_commit_callbacks):
    commitment = with_owners(CommitmentFactory(text="We will report every year."), mexico)
    document = commitment.paragraph.document
    with django_capture_on_commit_callbacks(execute=True):
        set_published(Document.objects.filter(pk=document.pk), False)
    anonymous = APIClient()
    assert anonymous.get(f"/api/v1/documents/{document.pk}/").status_code == 404
    assert anonymous.get(f"/api/v1/paragraphs/?document={document.pk}").json()["results"] == []
    assert anonymous.get(f"/api/v1/commitments/{commitment.pk}/").status_code == 404
    assert Client().get(f"/documents/{document.pk}/").status_code == 404
    assert staff_api(staff_user).get(f"/api/v1/documents/{document.pk}/").status_code == 200


def test_staff_publish_and_unpublish_in_the_admin(staff_client, mexico):
    commitment = with_owners(CommitmentFactory(), mexico)
    url = "/admin/commitments/commitment/"
    staff_client.post(url, {"action": "unpublish", "_selected_action": [commitment.pk]})
    assert not Commitment.objects.get(pk=commitment.pk).is_published
    assert staff_client.get(url + "?is_published__exact=0").context["cl"].result_count == 1
    staff_client.post(url, {"action": "publish", "_selected_action": [commitment.pk]})
    assert Commitment.objects.get(pk=commitment.pk).is_published
