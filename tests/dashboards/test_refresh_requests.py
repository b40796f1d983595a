"""A transaction asks for one refresh of the dashboards' counts, however many commitments it changes."""

from django.db import transaction

from dashboards.receivers import send_refresh
from tests.factories import CommitmentFactory


def _refreshes(callbacks) -> int:
    return sum(callback is send_refresh for callback in callbacks)


def test_many_commitments_saved_in_one_transaction_ask_for_one_refresh(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        for _ in range(5):
            CommitmentFactory()
    assert _refreshes(callbacks) == 1


def test_a_change_after_a_rolled_back_savepoint_still_asks_for_a_refresh(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        try:
            with transaction.atomic():
                CommitmentFactory()  # its request for a refresh goes with the savepoint
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        CommitmentFactory()
    assert _refreshes(callbacks) == 1
