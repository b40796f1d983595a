"""Ask for fresh summaries after any change that moves a count, once the change has committed."""

import logging

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from commitments.models import Commitment
from commitments.signals import progress_changed
from dashboards import summary
from dashboards.tasks import PENDING_KEY, refresh_summaries
from tracker.data_package import package_imported
from tracker.models import CircuitBreaker
from tracker.outbox import BROKER
from tracker.publication import publication_changed

logger = logging.getLogger(__name__)


# A task is sent at most once per window and starts after a delay longer than it, so a change whose request
# falls in the window of a task already sent has committed before that task starts, and is counted by it. This
# holds with a cache per process too; with a shared cache, all processes share one window.
WINDOW_SECONDS = 5
DELAY_SECONDS = 10
# After a failed send, writes do not try the broker again for this long (each try waits for its timeout).
BROKER_DOWN_SECONDS = 60


def request_refresh(**kwargs) -> None:
    """One refresh per transaction, however many rows it changes: an import or a bulk change of thousands of rows
    asks once (in eager mode each refresh ran in turn, 0.9 s each, for every row restored by ``import_data``)."""
    if not _refresh_already_requested():
        transaction.on_commit(send_refresh)


def _refresh_already_requested() -> bool:
    """Whether this block of the transaction (same savepoints) already runs ``send_refresh`` on commit. Only the
    same block: a callback of a savepoint later rolled back is dropped with it, and one of an outer block may never
    be run where a caller runs the callbacks of an inner block (tests that capture them)."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return False
    current = set(connection.savepoint_ids)
    return any(callback is send_refresh and sids == current for sids, callback, _robust in connection.run_on_commit)


def send_refresh() -> None:
    """Send one refresh task for a burst of changes. If the broker is down, the periodic refresh catches up:
    figures lag, nothing is lost from the record."""
    requested_at = timezone.now().isoformat()  # after the commit: a refresh that starts later sees the change
    if not cache.add(PENDING_KEY, requested_at, timeout=WINDOW_SECONDS):
        return
    eager = refresh_summaries.app.conf.task_always_eager
    if not eager and CircuitBreaker.is_open(BROKER):  # another process found the broker down a moment ago
        return
    try:
        refresh_summaries.apply_async(args=[requested_at], countdown=DELAY_SECONDS, retry=False)
    except Exception as error:  # the broker is down: stop asking for a while, the periodic refresh catches up
        cache.set(PENDING_KEY, requested_at, timeout=BROKER_DOWN_SECONDS)
        if not eager:
            CircuitBreaker.trip(BROKER, seconds=BROKER_DOWN_SECONDS, error=str(error))
        logger.warning("Dashboards: could not ask for a refresh (%s); the periodic one will run.", error)


progress_changed.connect(request_refresh, sender=Commitment, dispatch_uid="dashboards-progress")


@receiver(post_save, sender=Commitment, dispatch_uid="dashboards-commitment-saved")
@receiver(post_delete, sender=Commitment, dispatch_uid="dashboards-commitment-deleted")
def commitment_changed(sender, **kwargs) -> None:
    request_refresh()


@receiver(m2m_changed, sender=Commitment.themes.through, dispatch_uid="dashboards-themes")
@receiver(m2m_changed, sender=Commitment.actions.through, dispatch_uid="dashboards-actions")
def links_changed(sender, action: str, **kwargs) -> None:
    if action.startswith("post_"):
        request_refresh()


@receiver(publication_changed, dispatch_uid="dashboards-publication")
def publication_moved(sender, **kwargs) -> None:
    request_refresh()  # a document or commitment published or taken back: the public counts change


@receiver(package_imported, dispatch_uid="dashboards-package-imported")
def package_imported_rebuild(sender, **kwargs) -> None:
    """A restored data package carries no summaries: rebuild them now, so the restored site counts right away."""
    summary.refresh()
