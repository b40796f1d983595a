"""A group that stands for the States Parties, added as an owner through any entry point, becomes its States."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actors.models import Actor
from commitments.models import Commitment, Status
from commitments.services import commitment_owners_add, commitments_edit_links
from extraction.models import Candidate
from extraction.review import candidate_accept
from tests.api_support import API, write_client
from tests.factories import CommitmentFactory, ParagraphFactory, with_owners
from tests.forms import form_fields, format_choices, post_new_owner_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def all_parties() -> Actor:
    return Actor.objects.get(slug="states-parties")


def assert_owned_state_by_state(commitment: Commitment) -> None:
    """Every owner is a State; the States are those that were parties at the document's date."""
    expected = set(Actor.objects.states_parties(as_of=commitment.paragraph.document.date).values_list("pk", flat=True))
    owners = set(commitment.owner_links.values_list("actor_id", flat=True))
    assert len(expected) > 100
    assert owners == expected
    assert commitment.status_updates.filter(from_status__isnull=True).count() == len(expected)


def test_api_create(staff_user, all_parties):
    paragraph = ParagraphFactory()
    response = write_client(staff_user).post(
        f"{API}/commitments/",
        {"kind": "commitment", "paragraph": paragraph.pk, "text": "We will act.", "owners": ["states-parties"]},
        format="json",
    )
    assert response.status_code == 201, response.json()
    commitment = Commitment.objects.get(pk=response.json()["id"])
    assert_owned_state_by_state(commitment)
    assert commitment.speaker == all_parties


def test_api_patch(staff_user, mexico):
    commitment = with_owners(CommitmentFactory(), mexico)
    client = write_client(staff_user)
    url = f"{API}/commitments/{commitment.pk}/"
    response = client.patch(url, {"owners": ["states-parties"]}, format="json", HTTP_IF_MATCH=client.get(url)["ETag"])
    assert response.status_code == 200, response.json()
    assert_owned_state_by_state(commitment)


def test_admin_inline(staff_client, mexico, all_parties):
    commitment = with_owners(CommitmentFactory(), mexico)
    response = post_new_owner_row(staff_client, commitment, all_parties, Status.by_key("not_started"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert_owned_state_by_state(commitment)


def test_admin_import(staff_client):
    paragraph = ParagraphFactory()
    csv_text = f"id,kind,paragraph,text,owners\n,commitment,{paragraph.pk},We will act together.,states-parties\n"
    import_url = reverse("admin:commitments_commitment_import")
    html = staff_client.get(import_url).content.decode()
    upload = SimpleUploadedFile("commitments.csv", csv_text.encode(), content_type="text/csv")
    csv_index = next(value for value in format_choices(html) if value)
    preview = staff_client.post(import_url, {**form_fields(html), "format": csv_index, "import_file": upload})
    confirm = form_fields(preview.content.decode(), None)
    assert staff_client.post(reverse("admin:commitments_commitment_process_import"), confirm).status_code == 302
    assert_owned_state_by_state(Commitment.objects.get())


def test_admin_bulk_action(staff_client, mexico, all_parties):
    commitments = [with_owners(CommitmentFactory(), mexico) for _ in range(2)]
    response = staff_client.post(
        reverse("admin:commitments_commitment_changelist"),
        {
            "action": "edit_links",
            "_selected_action": [commitment.pk for commitment in commitments],
            "apply": "1",
            "add_owners": [all_parties.pk],
        },
        follow=True,
    )
    assert "Edited 2 commitments." in response.content.decode()
    for commitment in commitments:
        assert_owned_state_by_state(commitment)


def test_review_accept(staff_user, all_parties):
    paragraph = ParagraphFactory(text="We will act together.")
    candidate = Candidate.objects.create(
        paragraph=paragraph, document=paragraph.document, kind="commitment", text=paragraph.text, confidence=0.9
    )
    candidate.owners.set([all_parties])
    assert_owned_state_by_state(candidate_accept(candidate, user=staff_user))


def test_services_used_by_tasks_and_batches(staff_user, mexico, all_parties):
    first, second = CommitmentFactory(), with_owners(CommitmentFactory(), mexico)
    commitment_owners_add(commitment=first, actors=[all_parties], recorded_by=staff_user)
    commitments_edit_links(commitments=[second], add_owners=[all_parties], recorded_by=staff_user)
    assert_owned_state_by_state(first)
    assert_owned_state_by_state(second)
