"""Celery tasks of commitment tracking: thin wrappers that load rows by id and call the models.

The extraction tasks live with the extractor, in ``extraction/tasks.py``."""

from celery import shared_task

from commitments.models import Commitment, Status
from commitments.services import withdrawals_apply


@shared_task
def refresh_rollups_for_status(status_id: int) -> int:
    """After a status's progress or 'closed' flag changed, recompute the commitments that use it.

    Recomputing is idempotent, so running this twice is harmless. Returns how many were recomputed.
    """
    if not Status.objects.filter(pk=status_id).exists():
        return 0
    commitments = Commitment.objects.filter(owner_links__status_id=status_id).distinct()
    count = 0
    for commitment in commitments.iterator():
        commitment.refresh_rollup()
        count += 1
    return count


@shared_task
def apply_withdrawals() -> int:
    """Daily (celery beat): close the open ownerships of States whose withdrawal took effect. Idempotent."""
    return withdrawals_apply()
