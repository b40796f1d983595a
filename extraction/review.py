"""The review of proposed commitments: nothing becomes a Commitment until ISU staff accept its candidate here."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Actor
from commitments.models import Action, Commitment, Status, Theme
from commitments.services import commitment_create, obligation_decision_apply
from extraction.models import Candidate

# Words of a standing commitment ("We will continue..."), whose first status is 'ongoing'.
CONTINUING = ("continue", "continuar", "seguir", "continuer", "poursuiv", "ongoing", "maintain")


def first_status_for(kind: str, text: str) -> Status:
    """'Ongoing' for a standing commitment ('We will continue...'), else 'not started'."""
    standing = kind == Commitment.Kind.COMMITMENT and any(word in text.lower() for word in CONTINUING)
    return Status.by_key(Status.ONGOING if standing else Status.NOT_STARTED)


@transaction.atomic
def candidate_accept(
    candidate: Candidate,
    *,
    user,
    kind: str | None = None,
    text: str | None = None,
    owners: list[Actor] | None = None,
    themes: list[Theme] | None = None,
    actions: list[Action] | None = None,
) -> Commitment:
    """Create the commitment, with the reviewer's corrections, and record the decision."""
    candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
    if candidate.status != Candidate.Review.PENDING:
        raise ValidationError(_("This candidate was already %(status)s.") % {"status": candidate.get_status_display()})
    owners = list(owners if owners is not None else candidate.owners.all())
    if not owners:
        raise ValidationError({"owners": _("Name at least one owner before accepting.")})
    kind = kind or candidate.kind
    text = text or candidate.text
    commitment = commitment_create(
        paragraph=candidate.paragraph,
        kind=kind,
        text=text,
        owners=owners,
        status=first_status_for(kind, text),
        recorded_by=user,
        speaker=candidate.speaker,
        themes=themes if themes is not None else candidate.themes.all(),
        actions=actions if actions is not None else candidate.actions.all(),
        references=candidate.references,
        target_date=_extended_deadline(candidate) or _suggested_date(candidate),
    )
    decision = candidate.suggestions.get("obligation")
    if decision:  # a decision on a State's obligation: its deadline or completion, sourced to this paragraph
        obligation_decision_apply(decision=decision, paragraph=candidate.paragraph, recorded_by=user)
    candidate.kind, candidate.text = kind, text
    candidate.status, candidate.commitment = Candidate.Review.ACCEPTED, commitment
    candidate.reviewed_by, candidate.reviewed_at = user, timezone.now()
    candidate.save()
    # The candidate keeps the owners as accepted (a group stays a group; the commitment tracks its States): what
    # ``evaluate_extraction --from-reviews`` scores against; what was proposed stays in its history.
    candidate.owners.set(owners)
    return commitment


@transaction.atomic
def candidate_reject(candidate: Candidate, *, user, reason: str) -> Candidate:
    if not reason.strip():
        raise ValidationError({"reject_reason": _("Say why the candidate is rejected.")})
    candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
    if candidate.status != Candidate.Review.PENDING:
        raise ValidationError(_("This candidate was already %(status)s.") % {"status": candidate.get_status_display()})
    candidate.status, candidate.reject_reason = Candidate.Review.REJECTED, reason.strip()
    candidate.reviewed_by, candidate.reviewed_at = user, timezone.now()
    candidate.save()
    return candidate


def _extended_deadline(candidate: Candidate) -> datetime.date | None:
    decision = candidate.suggestions.get("obligation") or {}
    return datetime.date.fromisoformat(decision["date"]) if decision.get("action") == "extend" else None


def _suggested_date(candidate: Candidate) -> datetime.date | None:
    suggested = candidate.suggestions.get("target_date")
    return datetime.date.fromisoformat(suggested) if suggested else None


def candidates_accept(candidates, *, user) -> tuple[int, list[str]]:
    """Accept each pending candidate as it is. Returns how many, and a message per candidate that could not be."""
    accepted, problems = 0, []
    for candidate in candidates.filter(status=Candidate.Review.PENDING).select_related("paragraph"):
        try:
            candidate_accept(candidate, user=user)
            accepted += 1
        except ValidationError as error:
            problems.append(f"¶ {candidate.paragraph.display_label}: {' '.join(error.messages)}")
    return accepted, problems


@transaction.atomic
def candidates_reject(candidates, *, user, reason: str) -> int:
    """Reject every pending candidate with the same reason: all of them, or none. Returns how many."""
    count = 0
    for candidate in candidates.filter(status=Candidate.Review.PENDING):
        candidate_reject(candidate, user=user, reason=reason)
        count += 1
    return count
