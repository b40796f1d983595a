"""Celery tasks of the extractor."""

from celery import shared_task

from documents.models import Document
from extraction.propose import ExtractionError, document_propose
from tracker.celery import time_limits


@shared_task(**time_limits("proposals"))
def propose_commitments(document_id: int) -> int:
    """Propose candidates for a document (after ingestion). Proposing again never duplicates candidates."""
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return 0
    try:
        candidates, _warnings = document_propose(document)
    except ExtractionError:
        return 0
    return len(candidates)
