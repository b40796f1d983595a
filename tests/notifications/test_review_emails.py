"""The email to a focal point says whether the ISU approved or returned its proposal, names the commitment and
carries the staff comment, greets naturally and links to the server it came from (SITE_URL)."""

import pytest
from django.core import mail

from commitments.models import StatusProposal
from commitments.services import proposal_approve, proposal_return, proposal_submit
from tests.factories import CommitmentFactory, with_owners

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposal(focal_point, mexico, statuses):
    commitment = with_owners(CommitmentFactory(text="We will clear all mined areas by 2025."), mexico)
    return proposal_submit(
        commitment=commitment, actor=mexico, status=statuses["completed"], narrative="Done.", user=focal_point
    )


def test_an_approval_says_so_names_the_commitment_and_carries_the_comment(
    proposal, staff_user, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "http://127.0.0.1:8001"
    with django_capture_on_commit_callbacks(execute=True):
        proposal_approve(proposal=proposal, by=staff_user, comment="Thank you for the survey report.")
    [message] = [message for message in mail.outbox if message.to == ["focal@mex.example"]]
    # the focal point reads French
    assert message.subject.startswith("Approuvée : Mexique, « We will clear all mined areas")
    assert "L'ISU a approuvé la mise à jour de statut proposée pour Mexique." in message.body
    assert "Commentaire de l'ISU : Thank you for the survey report." in message.body
    assert f"http://127.0.0.1:8001/fr/commitments/{proposal.commitment_id}/" in message.body
    assert message.body.startswith("Bonjour,")  # no name on file: no "Focal point" or username


def test_a_return_is_emailed_with_the_comment_in_the_reader_s_language(
    proposal, staff_user, focal_point, django_capture_on_commit_callbacks
):
    focal_point.language, focal_point.first_name = "es", "Ana"
    focal_point.save()
    with django_capture_on_commit_callbacks(execute=True):
        proposal_return(proposal=proposal, by=staff_user, comment="Falta el informe de la encuesta.")
    assert StatusProposal.objects.get().state == StatusProposal.State.RETURNED
    [message] = mail.outbox
    assert message.subject.startswith("Devuelta: México, «We will clear all mined areas")
    assert message.body.startswith("Hola, Ana:")
    assert "La DAA devolvió la actualización de situación propuesta para México («Cumplido»)" in message.body
    assert "Comentario de la DAA: Falta el informe de la encuesta." in message.body
