"""Proposed status updates: submitted by a State's focal point (or drafted by staff), approved or returned by ISU
staff. Approval is the only way a proposal reaches the record, through ``status_record``."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Actor, FocalPoint
from commitments.models import Commitment, CommitmentOwner, Evidence, Status, StatusProposal
from commitments.models.proposals import REVIEWER_PERMISSION
from commitments.services.tracking import status_record
from commitments.signals import proposal_returned

# Staff record statuses themselves; with this permission they may also draft one as a proposal for any owner.
STAFF_PERMISSION = "commitments.add_statusupdate"


class ProposalPending(ValidationError):
    """A proposal for the (commitment, State) pair already waits for review: a conflict with another writer's
    proposal (the API answers 409), whether it was committed before this one started or while it ran."""

    def __init__(self):
        super().__init__({"commitment": _("A proposal for this commitment and State is already waiting for review.")})


def proposal_submit(
    *,
    user,
    commitment: Commitment,
    status: Status,
    narrative: str = "",
    evidence_url: str = "",
    evidence_description: str = "",
    evidence_file=None,
    actor: Actor | None = None,
) -> StatusProposal:
    """A pending proposal for ``commitment``, for the user's own State (a focal point) or, for staff, ``actor``.

    Refused (PermissionDenied) for anyone else, for another State than one's own, and for a commitment the public
    cannot see; refused (ValidationError) when the State is not an owner or a proposal for the pair is pending."""
    own_state = FocalPoint.state_of(user)
    is_staff = user.has_perm(STAFF_PERMISSION)
    if own_state is not None and not is_staff:
        if actor is not None and actor.pk != own_state.pk:
            raise PermissionDenied(_("A focal point proposes updates for its own State only."))
        actor = own_state
    elif not is_staff or not user.has_perm("commitments.add_statusproposal"):
        raise PermissionDenied(_("Only a State's focal point or ISU staff may propose a status update."))
    if actor is None:
        raise ValidationError({"actor": _("Say which owner the update is for.")})
    if not is_staff and not Commitment.objects.published().filter(pk=commitment.pk).exists():
        raise PermissionDenied(_("This commitment is not published."))
    with transaction.atomic():
        if not CommitmentOwner.objects.filter(commitment=commitment, actor=actor).exists():
            raise ValidationError({"actor": _("%(actor)s is not an owner of this commitment.") % {"actor": actor}})
        if StatusProposal.objects.pending().filter(commitment=commitment, actor=actor).exists():
            raise ProposalPending()
        if status.requires_justification and not (narrative.strip() or evidence_url or evidence_file):
            raise ValidationError(
                {"narrative": _("Moving to “%(status)s” needs a narrative or evidence.") % {"status": status}}
            )
        proposal = StatusProposal(
            commitment=commitment,
            actor=actor,
            status=status,
            narrative=narrative,
            evidence_url=evidence_url,
            evidence_description=evidence_description,
            evidence_file=evidence_file or "",
            proposed_by=user,
        )
        proposal.full_clean(validate_constraints=False)
        _save_unless_pending(proposal)
    return proposal


def _save_unless_pending(proposal: StatusProposal) -> None:
    """Save in a savepoint: a concurrent writer may commit its pending proposal for the pair after our check, and
    then the database's one-pending constraint refuses ours; that is the same conflict, not a server error."""
    try:
        with transaction.atomic():
            proposal.save()
    except IntegrityError as error:
        if not StatusProposal.objects.pending().filter(commitment=proposal.commitment, actor=proposal.actor).exists():
            raise
        raise ProposalPending() from error


def _locked_pending(proposal: StatusProposal, by) -> StatusProposal:
    if not by.has_perm(REVIEWER_PERMISSION):
        raise PermissionDenied(_("Only ISU staff review proposals."))
    locked = (
        StatusProposal.objects.select_for_update().select_related("commitment", "actor", "status").get(pk=proposal.pk)
    )
    if locked.state != StatusProposal.State.PENDING:
        raise ValidationError(
            _("This proposal was already reviewed (%(state)s).") % {"state": locked.get_state_display()}
        )
    return locked


def proposal_approve(*, proposal: StatusProposal, by, comment: str = "") -> StatusProposal:
    """Record the proposed status (with its narrative and evidence) and mark the proposal approved."""
    with transaction.atomic():
        locked = _locked_pending(proposal, by)
        evidence = []
        if locked.evidence_url:
            evidence.append(Evidence(url=locked.evidence_url, description=locked.evidence_description))
        if locked.evidence_file:  # the same stored file, now evidence of the record
            evidence.append(Evidence(file=locked.evidence_file.name, description=locked.evidence_description))
        locked.status_update = status_record(
            commitment=locked.commitment,
            actor=locked.actor,
            status=locked.status,
            recorded_by=by,
            narrative=locked.narrative,
            evidence=evidence,
        )
        locked.state = StatusProposal.State.APPROVED
        locked.reviewed_by, locked.reviewed_at, locked.review_comment = by, timezone.now(), comment
        locked.save()
    return locked


def proposal_return(*, proposal: StatusProposal, by, comment: str) -> StatusProposal:
    """Send the proposal back to its State with a comment; nothing reaches the record."""
    if not comment.strip():
        raise ValidationError({"review_comment": _("Say why the proposal is returned.")})
    with transaction.atomic():
        locked = _locked_pending(proposal, by)
        locked.state = StatusProposal.State.RETURNED
        locked.reviewed_by, locked.reviewed_at, locked.review_comment = by, timezone.now(), comment
        locked.save()
        proposal_returned.send(sender=StatusProposal, proposal=locked)
    return locked
