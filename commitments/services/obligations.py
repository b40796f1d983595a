"""Writes on the Convention's obligations: creating them with the deadline the Convention sets, extending a
deadline (with the decision that granted it), recording completion and the transparency reports received."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from actors.models import Actor
from commitments.models import DeadlineExtension, Obligation, ObligationKind
from commitments.models.obligations import convention_deadline
from documents.models import Document, Paragraph
from tracker.audit import current_user

# Where each obligation is written in the Convention: (article, paragraph label; "" for its first paragraph).
CONVENTION_SOURCE = {
    ObligationKind.STOCKPILE_DESTRUCTION: (4, ""),
    ObligationKind.CLEARANCE: (5, "1."),
    ObligationKind.INITIAL_REPORT: (7, "1."),
    ObligationKind.ANNUAL_REPORT: (7, "2."),
}


def convention_paragraph(kind: str) -> Paragraph | None:
    """The paragraph of the ingested Convention that sets the obligation, when the Convention is in the tracker."""
    article, label = CONVENTION_SOURCE[kind]
    paragraphs = Paragraph.objects.current().filter(
        document__kind=Document.Kind.TREATY, heading__startswith=f"Article {article} "
    )
    if label:
        paragraphs = paragraphs.filter(label=label)
    return paragraphs.order_by("document_id", "position").first()


def obligation_create(
    *,
    actor: Actor,
    kind: str,
    period: int | None = None,
    completed_on: datetime.date | None = None,
    notes: str = "",
) -> Obligation:
    """An obligation of ``actor``, its deadline computed from the State's entry into force (marked as derived
    when that date was derived) and its source the Convention's article."""
    obligation = Obligation(actor=actor, kind=kind, period=period, completed_on=completed_on, notes=notes)
    obligation.original_deadline = obligation.deadline = convention_deadline(
        kind, entry_into_force=actor.entry_into_force, period=period
    )
    obligation.deadline_derived = kind != ObligationKind.ANNUAL_REPORT and actor.entry_into_force_derived
    obligation.source_paragraph = convention_paragraph(kind)
    obligation.full_clean()
    obligation.save()
    return obligation


def obligation_extend(
    *,
    obligation: Obligation,
    new_deadline: datetime.date,
    recorded_by,
    granted_on: datetime.date | None = None,
    paragraph: Paragraph | None = None,
) -> DeadlineExtension:
    """Record an extension granted by the States Parties and move the deadline. Only forward."""
    with transaction.atomic():
        obligation = Obligation.objects.select_for_update().get(pk=obligation.pk)
        if obligation.deadline and new_deadline <= obligation.deadline:
            raise ValidationError(
                {
                    "new_deadline": _("An extension moves the deadline later than %(date)s.")
                    % {"date": obligation.deadline}
                }
            )
        extension = DeadlineExtension.objects.create(
            obligation=obligation,
            previous_deadline=obligation.deadline,
            new_deadline=new_deadline,
            granted_on=granted_on or (paragraph.document.date if paragraph else None),
            paragraph=paragraph,
            recorded_by=recorded_by,
        )
        obligation.deadline = new_deadline
        obligation.original_deadline = obligation.original_deadline or extension.previous_deadline
        obligation.save(update_fields=["deadline", "original_deadline"])
    return extension


def obligation_complete(*, obligation: Obligation, completed_on: datetime.date) -> Obligation:
    """Completion declared (Articles 4 and 5), or a report received (Article 7)."""
    obligation.completed_on = completed_on
    obligation.save(update_fields=["completed_on"])
    return obligation


def obligation_for(actor: Actor, kind: str) -> Obligation:
    """The State's obligation of that kind, created when it is first needed (an extension, a completion)."""
    existing = Obligation.objects.filter(actor=actor, kind=kind, period__isnull=True).first()
    return existing or obligation_create(actor=actor, kind=kind)


def annual_reports_open(*, period: int) -> int:
    """Expect the annual report covering ``period`` from each State that was a party at its end and still is on
    the due date (30 April). Idempotent. Returns how many were opened."""
    due = convention_deadline(ObligationKind.ANNUAL_REPORT, entry_into_force=None, period=period)
    parties = Actor.objects.parties_on(datetime.date(period, 12, 31)).filter(
        pk__in=Actor.objects.parties_on(due).values("pk")
    )
    present = Obligation.objects.filter(kind=ObligationKind.ANNUAL_REPORT, period=period).values("actor_id")
    return obligations_open_many(
        states=parties.exclude(pk__in=present), kind=ObligationKind.ANNUAL_REPORT, period=period
    )


def obligations_open_many(*, states: Iterable[Actor], kind: str, period: int | None = None) -> int:
    """``obligation_create`` for many States at once (each row with its history row): opening a year of reports
    for 160 States one by one, each validated against every constraint, took half a minute."""
    paragraph = convention_paragraph(kind)
    rows = []
    for actor in states:
        deadline = convention_deadline(kind, entry_into_force=actor.entry_into_force, period=period)
        derived = kind != ObligationKind.ANNUAL_REPORT and actor.entry_into_force_derived
        rows.append(
            Obligation(
                actor=actor,
                kind=kind,
                period=period,
                original_deadline=deadline,
                deadline=deadline,
                deadline_derived=derived,
                source_paragraph=paragraph,
            )
        )
    with transaction.atomic():
        bulk_create_with_history(rows, Obligation, default_user=current_user())
    return len(rows)


def transparency_reports_import(*, period: int, rows: Iterable[tuple[str, str]]) -> int:
    """The reports received for a year, one line per State (code, date received): all or nothing.
    Returns how many were recorded."""
    errors, received = [], []
    for line, (code, when) in enumerate(rows, start=1):
        state = Actor.objects.by_code(code)
        try:
            day = datetime.date.fromisoformat(when.strip())
        except ValueError:
            day = None
        if state is None or state.kind != Actor.Kind.STATE or day is None:
            errors.append(_("line %(line)d: “%(code)s, %(when)s”") % {"line": line, "code": code, "when": when})
        else:
            received.append((state, day))
    if errors:
        raise ValidationError(_("Not a State code and an ISO date: %(lines)s.") % {"lines": "; ".join(errors)})
    with transaction.atomic():
        annual_reports_open(period=period)
        for state, day in received:
            report = Obligation.objects.filter(actor=state, kind=ObligationKind.ANNUAL_REPORT, period=period).first()
            report = report or obligation_create(actor=state, kind=ObligationKind.ANNUAL_REPORT, period=period)
            obligation_complete(obligation=report, completed_on=day)
    return len(received)


def obligation_decision_apply(*, decision: dict, paragraph: Paragraph, recorded_by) -> Obligation:
    """Apply a decision found in a text and accepted by the ISU (``suggestions["obligation"]`` of a candidate):
    ``extend`` moves the State's deadline, ``complete`` records its completion; the paragraph is the source."""
    state = Actor.objects.by_code(decision["state"])
    if state is None or state.kind != Actor.Kind.STATE:
        raise ValidationError(_("Unknown State: %(code)s.") % {"code": decision["state"]})
    obligation = obligation_for(state, decision["kind"])
    day = datetime.date.fromisoformat(decision["date"])
    if decision["action"] == "extend":
        obligation_extend(obligation=obligation, new_deadline=day, paragraph=paragraph, recorded_by=recorded_by)
    else:
        obligation_complete(obligation=obligation, completed_on=day)
    return obligation
