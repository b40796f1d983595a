"""Closings that a withdrawal wrote when a text was loaded were dated on the day it was loaded, not on the day the
withdrawal took effect. Where a pair's history is only the tracker's own two rows (its first status, then the
closing), both move to where ``commitment_owners_add`` now puts them: the first status to the text's adoption,
the closing to the withdrawal. A pair with anything a person recorded in between keeps its history as it is.

The history is append-only for the application (its queryset refuses ``update``); this one-off correction of the
tracker's own rows runs on the plain manager of the migration's models. The dashboards count the moved changes
in their year at their next refresh (every ten minutes, or on the next change)."""

import datetime

from django.db import migrations
from django.utils import timezone


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def date_withdrawal_closings(apps, schema_editor) -> None:
    StatusUpdate = apps.get_model("commitments", "StatusUpdate")
    CommitmentOwner = apps.get_model("commitments", "CommitmentOwner")
    closings = StatusUpdate.objects.filter(narrative_key="withdrawal").select_related(
        "actor", "commitment__paragraph__document"
    )
    for closing in closings:
        left, adopted = closing.actor.withdrawal_effective, closing.commitment.paragraph.document.date
        if not (left and adopted and adopted < left) or closing.effective_at <= _start_of(left):
            continue  # dated right already, or nothing to date it by
        pair = StatusUpdate.objects.filter(commitment_id=closing.commitment_id, actor_id=closing.actor_id)
        first, *rest = pair.order_by("effective_at")
        if first.from_status_id is not None or [update.pk for update in rest] != [closing.pk]:
            continue
        pair.filter(pk=first.pk).update(effective_at=_start_of(adopted))
        pair.filter(pk=closing.pk).update(effective_at=_start_of(left))
        CommitmentOwner.objects.filter(commitment_id=closing.commitment_id, actor_id=closing.actor_id).update(
            status_effective_at=_start_of(left)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0012_status_update_narrative_key"),
    ]

    operations = [migrations.RunPython(date_withdrawal_closings, migrations.RunPython.noop)]
