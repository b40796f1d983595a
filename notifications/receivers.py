"""Status changes become notification tasks, written to the outbox in the change's own transaction.

One outbox message per transaction: a batch edit of a thousand pairs is one task that sends each email once, not a
thousand messages. The message's list of updates grows as the transaction records them; if the transaction rolls
back, the message goes with it."""

from __future__ import annotations

import threading

from django.db import connection, transaction
from django.dispatch import receiver

from commitments.models import StatusProposal, StatusUpdate
from commitments.signals import proposal_returned, status_recorded
from tracker.models import OutboxMessage
from tracker.outbox import enqueue

_open = threading.local()  # this thread's message for the transaction under way, if any


@receiver(status_recorded, sender=StatusUpdate, dispatch_uid="notifications.status_recorded")
def status_recorded_in_transaction(sender, update: StatusUpdate, **kwargs) -> None:

    if update.from_status_id is None or update.from_status_id == update.to_status_id:
        return  # a first status or a report that kept it: not a change
    current = getattr(_open, "current", None)
    # The message is this transaction's while its commit hook is still queued: a rollback (of the transaction or
    # of the savepoint that wrote the message) drops the hook with the row.
    if current is not None and any(hook[1] == current.close for hook in connection.run_on_commit):
        current.update_ids.append(update.pk)
        OutboxMessage.objects.filter(pk=current.message_id).update(args=[current.update_ids])
        return
    _open.current = _Batch(enqueue("notifications.tasks.notify_changes", [update.pk]).pk, [update.pk])
    transaction.on_commit(_open.current.close)


class _Batch:
    def __init__(self, message_id: int, update_ids: list[int]):
        self.message_id, self.update_ids = message_id, update_ids

    def close(self) -> None:
        if getattr(_open, "current", None) is self:
            _open.current = None


@receiver(proposal_returned, sender=StatusProposal, dispatch_uid="notifications.proposal_returned")
def proposal_returned_in_transaction(sender, proposal: StatusProposal, **kwargs) -> None:
    """The State hears that its proposal came back, with the ISU's comment (an outbox message: never lost)."""

    enqueue("notifications.tasks.notify_proposal_returned", proposal.pk)
