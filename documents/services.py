"""Starting and running ingestion jobs. Every entry point (command, admin, API) goes through here."""

from __future__ import annotations

import logging
from functools import partial

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from documents.ingestion.pipeline import IngestionRequest, Overrides, ingest
from documents.ingestion.sources import IngestionError, Source, checksum
from documents.models import Document, IngestionJob
from documents.signals import document_ingested
from tracker.audit import acting_as

logger = logging.getLogger(__name__)


def ingestion_job_create(
    *,
    name: str,
    data: bytes,
    overrides: Overrides,
    user=None,
    replaces: Document | None = None,
    dispatch: bool = True,
    job: IngestionJob | None = None,
) -> IngestionJob:
    """Store the file and a pending job; the ingestion task is sent once the transaction commits.

    ``job`` is an unsaved row to fill (the admin's), else a new one is made."""
    job = job or IngestionJob()
    job.original_name = name
    job.checksum = checksum(data)
    job.options = overrides.as_options()
    job.replaces = replaces
    job.created_by = user
    job.state = IngestionJob.State.PENDING
    job.source_file.save(name, ContentFile(data), save=False)
    job.save()
    if dispatch:
        from documents.tasks import ingest_document

        transaction.on_commit(partial(ingest_document.delay, job.pk))
    return job


def ingestion_job_run(job: IngestionJob) -> IngestionJob:
    """Run the pipeline for a claimed job and record how it ended. Never raises for a bad file."""
    try:
        with job.source_file.open("rb") as handle:
            data = handle.read()
        request = IngestionRequest(
            source=Source(name=job.original_name, data=data),
            overrides=Overrides.from_options(job.options),
            replaces=job.replaces,
        )
        with acting_as(job.created_by or _system_user()):
            outcome = ingest(request)
    except (IngestionError, ValueError) as error:
        return _finish(job, IngestionJob.State.FAILED, error=str(error))
    except Exception as error:  # the job row must say it failed, whatever happened
        logger.exception("Ingestion job %s failed", job.pk)
        return _finish(job, IngestionJob.State.FAILED, error=f"Unexpected error: {error}")
    job = _finish(job, IngestionJob.State.DONE, document=outcome.document, report=outcome.report)
    if outcome.parse is not None:  # new or corrected text: listeners (commitment proposals) act once it is committed
        document = outcome.document
        transaction.on_commit(partial(document_ingested.send, sender=Document, document=document))
    return job


def _finish(job: IngestionJob, state: str, *, error: str = "", document=None, report=None) -> IngestionJob:
    job.state, job.error, job.document = state, error, document
    job.report = report or {}
    job.finished_at = timezone.now()
    job.save(update_fields=["state", "error", "document", "report", "finished_at"])
    return job


def _system_user():
    from accounts.models import User

    return User.objects.system_user()
