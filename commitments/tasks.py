"""Celery tasks of the commitments app: thin wrappers that load rows by id and call the models."""

from celery import shared_task

from commitments.models import Commitment, Status


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
def propose_commitments(document_id: int) -> int:
    """Propose candidates for a document (after ingestion). Proposing again never duplicates candidates."""
    from commitments.proposals import ExtractionError, document_propose
    from documents.models import Document

    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return 0
    try:
        candidates, _warnings = document_propose(document)
    except ExtractionError:
        return 0
    return len(candidates)
