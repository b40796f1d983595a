"""The admin's status history: compact past rows without "None" labels, a picker of the commitment's own owners,
and review messages that name the commitment."""

import re

import pytest
from django.urls import reverse

from commitments.models import Evidence, StatusProposal
from commitments.services import proposal_submit
from tests.factories import CommitmentFactory, DocumentFactory, ParagraphFactory, with_owners

pytestmark = pytest.mark.django_db


@pytest.fixture
def moved(mexico, colombia, statuses, staff_user):
    # Fixed words throughout (a random sentence may begin with "None", which the test below must not find).
    document = DocumentFactory(title="Statement on clearance")
    paragraph = ParagraphFactory(document=document, text="We will clear all mined areas by 2025.")
    commitment = with_owners(CommitmentFactory(text=paragraph.text, paragraph=paragraph), mexico)
    commitment.record_status(
        actor=mexico,
        status=statuses["in_progress"],
        recorded_by=staff_user,
        narrative="Survey finished.",
        evidence=[Evidence(url="https://example.org/report.pdf")],
    )
    return commitment


def test_past_rows_are_compact_and_print_no_none(staff_client, moved):
    page = staff_client.get(reverse("admin:commitments_commitment_change", args=[moved.pk])).content.decode()
    assert "None" not in re.sub(r"<script.*?</script>", "", page, flags=re.S)
    assert "Not started → In progress" in page and "Survey finished." in page
    assert "https://example.org/report.pdf" in page


def test_the_owner_picker_offers_only_the_commitment_s_owners(staff_client, moved, mexico):
    page = staff_client.get(reverse("admin:commitments_commitment_change", args=[moved.pk])).content.decode()
    picker = re.search(r'<select name="status_updates-0-actor".*?</select>', page, flags=re.S).group(0)
    options = [value for value in re.findall(r'<option value="(\d+)"', picker)]
    assert options == [str(mexico.pk)]


def test_the_approval_message_names_the_commitment(staff_client, moved, mexico, statuses, focal_point):
    proposal = proposal_submit(
        commitment=moved, actor=mexico, status=statuses["completed"], narrative="All clear.", user=focal_point
    )
    url = reverse("admin:commitments_statusproposal_changelist")
    response = staff_client.post(
        url,
        {"action": "approve", "_selected_action": [proposal.pk], "apply": "1", "comment": "Well documented."},
        follow=True,
    )
    page = response.content.decode()
    assert StatusProposal.objects.get().state == StatusProposal.State.APPROVED
    assert "Approved: Mexico, “We will clear all mined areas by 2025.” is now “Completed”." in page.replace(
        "&quot;", '"'
    ).replace("&#x27;", "'")
