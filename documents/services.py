"""Starting and running ingestion jobs. Every entry point (command, admin, API) goes through here."""

from __future__ import annotations

import datetime
import logging
from functools import partial

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from documents.ingestion.pipeline import IngestionRequest, Overrides, ingest
from documents.ingestion.sources import IngestionError, Source, checksum
from documents.models import Document, IngestionJob
from documents.signals import document_ingested
from tracker.audit import acting_as
from tracker.outbox import enqueue

logger = logging.getLogger(__name__)
# A job still running after this has lost its worker; one still pending after this lost its message.
JOB_TIMEOUT = datetime.timedelta(minutes=30)
PENDING_TIMEOUT = datetime.timedelta(minutes=10)
# Sent by name through the outbox: the task module imports this one, never the other way round.
INGEST_TASK = "documents.tasks.ingest_document"


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
    with transaction.atomic():  # the job and its outbox message commit together
        _fill_job(job, name=name, data=data, overrides=overrides, user=user, replaces=replaces)
        if dispatch:
            enqueue(INGEST_TASK, job.pk)
    return job


def _fill_job(job: IngestionJob, *, name, data, overrides, user, replaces) -> None:
    job.original_name = name
    job.checksum = checksum(data)
    job.options = overrides.as_options()
    job.replaces = replaces
    job.created_by = user
    job.state = IngestionJob.State.PENDING
    job.source_file.save(name, ContentFile(data), save=False)
    job.save()


def ingestion_job_claim(job_id: int, task_id: str) -> bool:
    """Take a pending job for this task run with a compare-and-set, so that a second delivery does nothing.

    The same message again after its worker died mid-run (acks late) may take its running job back: the job's one
    transaction never committed, so running it again makes the document once."""
    claimed = IngestionJob.objects.filter(pk=job_id, state=IngestionJob.State.PENDING).update(
        state=IngestionJob.State.RUNNING, started_at=timezone.now(), task_id=task_id
    )
    return bool(
        claimed
        or (
            task_id
            and IngestionJob.objects.filter(pk=job_id, state=IngestionJob.State.RUNNING, task_id=task_id).update(
                started_at=timezone.now()
            )
        )
    )


def ingestion_job_run(job: IngestionJob, *, soft_time_limit: float | None = None) -> IngestionJob:
    """Run the pipeline for a claimed job and record how it ended. Never raises for a bad file.

    ``soft_time_limit``: the limit the running task was given, named in the job's error if it stops the job."""
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
    except SoftTimeLimitExceeded:  # the task's time limit (settings.TASK_TIME_LIMITS): failed, never retried
        return _finish(job, IngestionJob.State.FAILED, error=time_limit_message(soft_time_limit))
    except Exception as error:  # the job row must say it failed, whatever happened
        logger.exception("Ingestion job %s failed", job.pk)
        return _finish(job, IngestionJob.State.FAILED, error=f"Unexpected error: {error}")
    job = _finish(job, IngestionJob.State.DONE, document=outcome.document, report=outcome.report)
    if outcome.parse is not None:  # new or corrected text: listeners (commitment proposals) act once it is committed
        document = outcome.document
        transaction.on_commit(partial(document_ingested.send, sender=Document, document=document))
    return job


def time_limit_message(seconds: float | None) -> str:
    """Why a job stopped, with the limit that stopped it: the one the task ran with (sent with it, or its kind's
    in ``settings.TASK_TIME_LIMITS``); the ingestion kind's soft limit when the caller does not know it."""
    if seconds is None:
        seconds = settings.TASK_TIME_LIMITS["ingestion"][0]
    return _(
        "The ingestion took longer than its time limit (%(seconds)s seconds) and was stopped: the file is too "
        "long or too complex to ingest. Split it, or ask an administrator."
    ) % {"seconds": f"{seconds:g}"}


def ingestion_job_time_out(job_id: int, *, time_limit: float | None = None) -> bool:
    """A job whose worker was killed at the hard time limit (``time_limit``, as the worker reports it): failed with
    the same message (never retried)."""
    return bool(
        IngestionJob.objects.filter(pk=job_id, state=IngestionJob.State.RUNNING).update(
            state=IngestionJob.State.FAILED, error=time_limit_message(time_limit), finished_at=timezone.now()
        )
    )


def ingestion_job_retry(job: IngestionJob) -> bool:
    """Run a failed (or stuck) job again. Returns whether it was queued."""
    with transaction.atomic():
        queued = IngestionJob.objects.filter(
            pk=job.pk, state__in=[IngestionJob.State.FAILED, IngestionJob.State.PENDING]
        ).update(state=IngestionJob.State.PENDING, error="", task_id="", started_at=None, finished_at=None)
        if queued:
            enqueue(INGEST_TASK, job.pk)
    return bool(queued)


def ingestion_jobs_sweep(*, now=None) -> dict:
    """Jobs that died: a job running for longer than ``JOB_TIMEOUT`` is marked failed (staff can retry it); a
    job pending for longer than ``PENDING_TIMEOUT`` whose message is not waiting in the outbox is queued again."""
    from tracker.models import OutboxMessage

    now = now or timezone.now()
    died = IngestionJob.objects.filter(state=IngestionJob.State.RUNNING, started_at__lt=now - JOB_TIMEOUT).update(
        state=IngestionJob.State.FAILED,
        error=_("The worker stopped before finishing (no result after %(minutes)d minutes): retry it.")
        % {"minutes": JOB_TIMEOUT.total_seconds() // 60},
        finished_at=now,
    )
    waiting = set(
        OutboxMessage.objects.filter(task=INGEST_TASK, dispatched_at__isnull=True)
        .values_list("args", flat=True)
        .iterator()
    )
    stale = IngestionJob.objects.filter(state=IngestionJob.State.PENDING, created_at__lt=now - PENDING_TIMEOUT)
    requeued = 0
    for job in stale:
        if [job.pk] not in [list(args) for args in waiting]:
            requeued += ingestion_job_retry(job)
    return {"failed": died, "requeued": requeued}


def _finish(job: IngestionJob, state: str, *, error: str = "", document=None, report=None) -> IngestionJob:
    job.state, job.error, job.document = state, error, document
    job.report = report or {}
    job.finished_at = timezone.now()
    job.save(update_fields=["state", "error", "document", "report", "finished_at"])
    return job


def _system_user():
    from accounts.models import User

    return User.objects.system_user()
