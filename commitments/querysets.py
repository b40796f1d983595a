"""Read-side lookups of the commitments app, shared by the admin, the API, imports and the extractor."""

from __future__ import annotations

import datetime
import functools
import re

from django.db import models
from django.utils import timezone

from tracker.db import parse_id

# An action's reference: plan code, dash, number (OAP-23). Codes are matched without regard to case.
_ACTION_REF = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]{0,11})-([0-9]{1,5})\s*$")


def parse_action_ref(value: str) -> tuple[str, int] | None:
    """``"OAP-23"`` (or ``" oap-23 "``) -> ``("OAP", 23)``; anything else -> None. The one parser of references."""
    match = _ACTION_REF.match(value or "")
    if match is None:
        return None
    number = parse_id(match.group(2), max_value=32767)
    return (match.group(1).upper(), number) if number is not None else None


class ActionQuerySet(models.QuerySet):
    def by_ref(self, value: str):
        """The action a reference such as ``OAP-23`` names, or None."""
        parsed = parse_action_ref(value)
        if parsed is None:
            return None
        code, number = parsed
        return self.filter(plan__code__iexact=code, number=number).select_related("plan").first()


def published(path: str = "") -> models.Q:
    """What the public sees: a commitment reached through ``path`` ("" for the commitment itself, "commitment__"
    from its owners and history) that is published, in a published document. The one rule of publication."""
    return models.Q(**{f"{path}is_published": True, f"{path}paragraph__document__is_published": True})


def sees_drafts(user) -> bool:
    """ISU staff (and their tokens) see drafts; the public, focal points and other clients see published data."""
    return bool(user and user.is_authenticated and user.has_perm("commitments.view_commitment"))


class PublicationMixin:
    publication_path = ""

    def published(self):
        return self.filter(published(self.publication_path))

    def visible_to(self, user):
        return self if sees_drafts(user) else self.published()


class CommitmentQuerySet(PublicationMixin, models.QuerySet):
    def published(self) -> CommitmentQuerySet:
        """The rule of ``published()``, written as "published, and not from a paragraph of a draft document": a
        document's paragraphs are never moved to another one and drafts are few, so the database reads the
        paragraphs of drafts once (a hashed list, empty most of the time) instead of joining every commitment to
        its paragraph and document. Counting 100,000 commitments costs a scan of one table, not three joined."""
        return self.filter(is_published=True).filter(_not_in_draft())


@functools.cache
def _not_in_draft() -> models.Exists:
    """Built once: every list asks for it, and writing its subquery cost 0.4 ms a time (an expression is copied,
    not changed, each time a queryset uses it)."""
    from documents.models import Paragraph

    return ~models.Exists(Paragraph.objects.filter(pk=models.OuterRef("paragraph_id"), document__is_published=False))


class CommitmentOwnerQuerySet(PublicationMixin, models.QuerySet):
    publication_path = "commitment__"

    def not_reported_since(self, cutoff: datetime.datetime) -> CommitmentOwnerQuerySet:
        return self.filter(status_effective_at__lt=cutoff)

    def not_reported_for(self, days: int) -> CommitmentOwnerQuerySet:
        return self.not_reported_since(timezone.now() - datetime.timedelta(days=days))


# A status update that moved its owner from one status to another (not a first status, not a report that kept it).
STATUS_MOVED = models.Q(from_status__isnull=False) & ~models.Q(from_status=models.F("to_status"))


class StatusUpdateQuerySet(PublicationMixin, models.QuerySet):
    publication_path = "commitment__"

    def moves(self) -> StatusUpdateQuerySet:
        """Updates that changed a status: what timelines of progress show (partial indexes serve them)."""
        return self.filter(STATUS_MOVED)

    def update(self, **kwargs):
        raise TypeError("Status history is append-only: record a new update instead.")

    def delete(self):
        raise TypeError("Status history is append-only: updates are never deleted.")

    def latest_first(self) -> StatusUpdateQuerySet:
        return self.order_by("-effective_at", "-id")


class ObligationQuerySet(models.QuerySet):
    def with_state(self, day: datetime.date | None = None) -> ObligationQuerySet:
        """Annotate ``current_state``: completed, overdue, not recorded, extended or pending on ``day`` (default
        today), and ``receipts_recorded`` (see ``Obligation.receipts_recorded``)."""
        from commitments.models.choices import ObligationKind, ObligationState

        day = day or timezone.localdate()
        received = self.model.objects.filter(
            kind=ObligationKind.ANNUAL_REPORT,
            period=models.OuterRef("period"),
            completed_on__isnull=False,
        )
        recorded = models.ExpressionWrapper(
            models.Q(kind=ObligationKind.ANNUAL_REPORT) & models.Exists(received), output_field=models.BooleanField()
        )
        return self.annotate(receipts_recorded=recorded).annotate(
            current_state=models.Case(
                models.When(completed_on__isnull=False, then=models.Value(ObligationState.COMPLETED)),
                models.When(deadline__lt=day, receipts_recorded=True, then=models.Value(ObligationState.OVERDUE)),
                models.When(deadline__lt=day, then=models.Value(ObligationState.NOT_RECORDED)),
                models.When(deadline__gt=models.F("original_deadline"), then=models.Value(ObligationState.EXTENDED)),
                default=models.Value(ObligationState.PENDING),
                output_field=models.CharField(),
            )
        )

    def open(self) -> ObligationQuerySet:
        return self.filter(completed_on__isnull=True)

    def overdue(self, day: datetime.date | None = None) -> ObligationQuerySet:
        return self.open().filter(deadline__lt=day or timezone.localdate())

    def due_within(self, days: int, day: datetime.date | None = None) -> ObligationQuerySet:
        """Open obligations falling due from ``day`` to ``days`` later."""
        day = day or timezone.localdate()
        return self.open().filter(deadline__gte=day, deadline__lte=day + datetime.timedelta(days=days))
