"""Computing the summary tables and reading them.

``refresh()`` recomputes every count with a handful of GROUP BY queries and swaps them in one transaction, under
the lock of the ``SummaryRefresh`` row, so that concurrent refreshes queue instead of interleaving. A refresh is
requested after each change of owners or statuses (``dashboards.receivers``) and runs as a Celery task; celery
beat runs one every ten minutes as well, so that a request lost while the broker was down only delays figures.
"""

from __future__ import annotations

import datetime
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Count, F
from django.db.models.functions import ExtractYear
from django.utils import timezone

from commitments.models import Commitment, CommitmentOwner, Status, StatusUpdate
from commitments.querysets import published
from dashboards.models import ProgressCount, Scope, SummaryRefresh

COMPLETE = 100  # the progress of a status that counts as completed


def _rows(scope: str, queryset, key: str | None, status: str, subkey: str | None = None, count=None):
    fields = [name for name in (key, subkey, status) if name]
    for row in queryset.values(*fields).annotate(n=count or Count("pk")).order_by():
        if (key and row[key] is None) or (subkey and row[subkey] is None):
            continue
        yield ProgressCount(
            scope=scope,
            key=row[key] if key else 0,
            subkey=row[subkey] if subkey else 0,
            status_id=row[status],
            count=row["n"],
        )


def compute() -> list[ProgressCount]:
    """Every count, from the tables of the commitments app."""
    # What the public sees only: drafts and commitments of draft documents are left out of every count.
    commitments = Commitment.objects.published()
    owners = CommitmentOwner.objects.published()
    themes = Commitment.themes.through.objects.filter(published("commitment__"))
    actions = Commitment.actions.through.objects.filter(published("commitment__"))
    completions = (
        StatusUpdate.objects.published()
        .filter(to_status__progress=COMPLETE)
        .exclude(from_status=F("to_status"))
        .annotate(year=ExtractYear("effective_at"))
    )
    moves = StatusUpdate.objects.published().moves().annotate(year=ExtractYear("effective_at"))
    rows = []
    rows += _rows(Scope.ALL, commitments, None, "overall_status")
    rows += _rows(Scope.THEME, themes, "theme_id", "commitment__overall_status")
    rows += _rows(Scope.DOCUMENT, commitments, "paragraph__document_id", "overall_status")
    rows += _rows(Scope.MEETING, commitments, "paragraph__document__meeting_id", "overall_status")
    rows += _rows(Scope.ACTION, actions, "action_id", "commitment__overall_status")
    rows += _rows(
        Scope.PLAN, actions, "action__plan_id", "commitment__overall_status", count=Count("commitment", distinct=True)
    )
    rows += _rows(Scope.STATE, owners, "actor_id", "status_id")
    rows += _rows(Scope.STATE_THEME, owners, "actor_id", "status_id", subkey="commitment__themes")
    rows += _rows(Scope.COMPLETED_YEAR, completions, "year", "to_status")
    rows += _rows(Scope.MOVES_YEAR, moves, "year", "to_status")
    rows += _rows(Scope.STATE_YEAR, moves, "actor_id", "to_status", subkey="year")
    return rows


def refresh(requested_at: datetime.datetime | None = None) -> bool:
    """Recompute the summaries unless a refresh started after ``requested_at``. Returns whether it ran."""
    with transaction.atomic():
        SummaryRefresh.objects.get_or_create(pk=1)
        state = SummaryRefresh.objects.select_for_update().get(pk=1)
        if requested_at is not None and state.started_at is not None and state.started_at >= requested_at:
            return False  # a refresh that began after the change already counted it
        started, clock = timezone.now(), time.perf_counter()
        if connection.vendor == "postgresql":  # a few big GROUP BYs: here parallel workers pay
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL max_parallel_workers_per_gather = 2")
        rows = compute()
        ProgressCount.objects.all().delete()
        ProgressCount.objects.bulk_create(rows, batch_size=2000)
        state.started_at, state.finished_at = started, timezone.now()
        state.duration_ms = round((time.perf_counter() - clock) * 1000)
        state.save()
    return True


def version() -> str:
    """Changes with every refresh: a key for anything derived from the summaries (charts, cached fragments)."""
    finished = SummaryRefresh.objects.filter(pk=1).values_list("finished_at", flat=True).first()
    return finished.isoformat() if finished else "never"


@dataclass
class Breakdown:
    """Counts by status for one scope, in the order of the status vocabulary."""

    counts: dict[int | None, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def items(self, statuses: list[Status]) -> list[tuple[Status, int]]:
        return [(status, self.counts[status.pk]) for status in statuses if self.counts.get(status.pk)]

    def count_of(self, statuses: list[Status], predicate) -> int:
        return sum(self.counts.get(status.pk, 0) for status in statuses if predicate(status))

    def _applicable(self, statuses: list[Status]) -> tuple[int, int, int]:
        """(count of what still applies, of which completed, the sum of their progress), in one pass over the
        counts (a handful) rather than three over the vocabulary: the list of States computes it for each."""
        progress_of = progress_by_status(statuses)
        applicable = completed = total = 0
        for status_id, count in self.counts.items():
            progress = progress_of.get(status_id)
            if progress is None:  # no longer applicable, or a status outside the vocabulary
                continue
            applicable += count
            total += count * progress
            if progress == COMPLETE:
                completed += count
        return applicable, completed, total

    def average_progress(self, statuses: list[Status]) -> float | None:
        """The mean progress (0 to 1) of what still applies; None when nothing applies."""
        applicable, _completed, total = self._applicable(statuses)
        return total / applicable / COMPLETE if applicable else None

    def share_completed(self, statuses: list[Status]) -> float | None:
        """Completed over all that still apply (statuses without progress, such as no longer applicable, left
        out); None when nothing applies."""
        applicable, completed, _total = self._applicable(statuses)
        return completed / applicable if applicable else None


def progress_by_status(statuses: list[Status]) -> dict[int, int | None]:
    """{status id: progress}: kept on the vocabulary of the request when it offers one (``progress_by_status``)."""
    kept = getattr(statuses, "progress_by_status", None)
    return kept if kept is not None else {status.pk: status.progress for status in statuses}


class Summary:
    """Read access to the counts of one scope, for one request."""

    def __init__(self, scope: str, keys=None, subkey: int | None = None):
        rows = ProgressCount.objects.filter(scope=scope)
        if keys is not None:
            rows = rows.filter(key__in=list(keys))
        if subkey is not None:
            rows = rows.filter(subkey=subkey)
        self.by_key: dict[tuple[int, int], Breakdown] = defaultdict(Breakdown)
        for key, sub, status_id, count in rows.values_list("key", "subkey", "status_id", "count"):
            self.by_key[(key, sub)].counts[status_id] = count

    def get(self, key: int = 0, subkey: int = 0) -> Breakdown:
        return self.by_key.get((key, subkey)) or Breakdown()

    def scope_keys(self) -> list[int]:
        return sorted({key for key, _sub in self.by_key})

    def subkeys(self, key: int) -> list[int]:
        return sorted(sub for k, sub in self.by_key if k == key)
