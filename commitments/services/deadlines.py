"""Load the Convention's deadlines from the reference data: one row per sourced fact (an original deadline, an
extension granted, a deadline in force on a source's date, a request pending, a completion), each with its
source address. An obligation's deadline and completion follow from its rows; nothing is guessed."""

from __future__ import annotations

import calendar
import csv
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Actor
from commitments.models import DatePrecision, DeadlineExtension, Obligation, ObligationEvent, ObligationKind
from commitments.models import ObligationEventKind as Event
from commitments.models.obligations import MEETING_CODE
from commitments.services.obligations import annual_reports_open, obligation_for, obligations_open_many
from tracker.db import upsert

ARTICLE_KINDS = {"4": ObligationKind.STOCKPILE_DESTRUCTION, "5": ObligationKind.CLEARANCE}
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class DeadlineRow:
    """One line of ``deadlines.csv``, checked and typed."""

    iso3: str
    kind: str  # an ObligationKind
    event: str  # an ObligationEventKind
    event_on: datetime.date | None
    event_precision: str
    meeting: str
    deadline: datetime.date | None
    deadline_precision: str
    source_url: str
    doubtful: bool
    note: str


def partial_date(value: str, *, last_day: bool) -> tuple[datetime.date | None, str]:
    """``"2025-12-04"``, ``"2025-12"`` or ``"2025"`` -> (date, precision). A month or a year alone stands for its
    first day (``last_day=False``: when something happened) or its last (``last_day=True``: a deadline)."""
    if not value:
        return None, DatePrecision.DAY
    match = PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(value)
    year, month, day = (int(part) if part else None for part in match.groups())
    if day:
        return datetime.date(year, month, day), DatePrecision.DAY
    if month:
        end = calendar.monthrange(year, month)[1] if last_day else 1
        return datetime.date(year, month, end), DatePrecision.MONTH
    return datetime.date(year, 12, 31) if last_day else datetime.date(year, 1, 1), DatePrecision.YEAR


def _row(line: dict) -> DeadlineRow:
    event_on, event_precision = partial_date(line["event_date"], last_day=False)
    deadline, deadline_precision = partial_date(line["deadline"], last_day=True)
    if line["article"] not in ARTICLE_KINDS or line["event"] not in Event.values:
        raise ValueError(line["article"] + " " + line["event"])
    if line["meeting"] and not MEETING_CODE.match(line["meeting"]):
        raise ValueError(line["meeting"])
    URLValidator()(line["source_url"])
    return DeadlineRow(
        iso3=line["iso3"],
        kind=ARTICLE_KINDS[line["article"]],
        event=line["event"],
        event_on=event_on,
        event_precision=event_precision,
        meeting=line["meeting"],
        deadline=deadline,
        deadline_precision=deadline_precision,
        source_url=line["source_url"],
        doubtful=line["doubtful"] == "yes",
        note=line["note"],
    )


def deadline_rows_read(path: Path) -> list[DeadlineRow]:
    """Every row of the file, or a ValidationError naming each bad line (nothing is loaded then)."""
    rows, errors = [], []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(csv.DictReader(handle), start=2):
            try:
                rows.append(_row(line))
            except (ValueError, KeyError, ValidationError) as error:
                errors.append(f"{path.name}:{number}: {error}")
    if errors:
        raise ValidationError(_("Bad deadline rows: %(lines)s") % {"lines": "; ".join(errors)})
    return rows


def obligation_events_load(rows: Iterable[DeadlineRow]) -> int:
    """Record each sourced fact once on its State's obligation, then bring the obligation's deadline, extensions
    and completion in line with its facts. All or nothing. Returns how many rows were created or changed."""
    changed = 0
    with transaction.atomic():
        touched: dict[int, Obligation] = {}
        for row in rows:
            state = Actor.objects.by_code(row.iso3)
            if state is None or state.kind != Actor.Kind.STATE:
                raise ValidationError(_("Unknown State: %(code)s.") % {"code": row.iso3})
            obligation = obligation_for(state, row.kind)
            lookup = {
                "obligation": obligation,
                "kind": row.event,
                "event_on": row.event_on,
                "deadline": row.deadline,
                "source_url": row.source_url,
            }
            values = {
                "event_precision": row.event_precision,
                "deadline_precision": row.deadline_precision,
                "meeting": row.meeting,
                "doubtful": row.doubtful,
                "note": row.note,
            }
            changed += upsert(ObligationEvent, lookup, values)[1]
            touched[obligation.pk] = obligation
        for obligation in touched.values():
            changed += obligation_follow_events(obligation=obligation)
    return changed


def _in_order(events: list[ObligationEvent]) -> list[ObligationEvent]:
    """Original deadlines first (they have no date), then by date."""
    return sorted(events, key=lambda event: (event.kind != Event.ORIGINAL, event.event_on or datetime.date.min))


def obligation_follow_events(*, obligation: Obligation) -> bool:
    """Set the obligation's original and current deadline and its completion from its sourced facts (doubtful
    ones aside), and one extension row per extension granted. Returns whether anything changed."""
    events = _in_order(list(obligation.events.all()))
    original = next((e for e in events if e.kind == Event.ORIGINAL and e.sets_deadline), None)
    values = {"original_deadline": original.deadline if original else obligation.original_deadline}
    in_force, completion, changed = original, None, False
    for event in events:
        if event.kind == Event.COMPLETION and not event.doubtful:
            completion = event
        elif event.sets_deadline and event is not original:
            changed |= _extension_for(obligation, event, in_force)
            in_force, completion = event, None  # a later deadline reopens what a completion closed
    if in_force:
        values |= {"deadline": in_force.deadline, "deadline_precision": in_force.deadline_precision}
        values["deadline_derived"] = False
    if values["original_deadline"] and values.get("deadline", obligation.deadline):
        values["original_deadline"] = min(values["original_deadline"], values.get("deadline", obligation.deadline))
    values["completed_on"] = completion.event_on if completion else None
    return upsert(Obligation, {"pk": obligation.pk}, values)[1] or changed


def _extension_for(obligation: Obligation, event: ObligationEvent, before: ObligationEvent | None) -> bool:
    if event.kind != Event.EXTENSION:
        return False
    values = {
        "previous_deadline": before.deadline if before else obligation.original_deadline,
        "granted_on": event.event_on if event.event_precision == DatePrecision.DAY else None,
        "source": event,
    }
    return upsert(DeadlineExtension, {"obligation": obligation, "new_deadline": event.deadline}, values)[1]


def reports_open(*, today: datetime.date | None = None) -> int:
    """Article 7 for every State Party: its initial report (due 180 days after entry into force, unknown where
    that date is) and the annual reports covering last year and this year. Idempotent; returns how many opened."""
    today = today or timezone.localdate()
    with transaction.atomic():
        has_initial = Obligation.objects.filter(kind=ObligationKind.INITIAL_REPORT).values("actor_id")
        missing = Actor.objects.parties_on(today).exclude(pk__in=has_initial)
        opened = obligations_open_many(states=missing, kind=ObligationKind.INITIAL_REPORT)
        for period in (today.year - 1, today.year):
            opened += annual_reports_open(period=period)
    return opened
