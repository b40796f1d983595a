"""Celery tasks of the documents app."""

from celery import shared_task
from celery.exceptions import TimeLimitExceeded
from celery.signals import task_failure

from documents.models import IngestionJob
from documents.services import ingestion_job_claim, ingestion_job_run, ingestion_job_time_out, ingestion_jobs_sweep
from tracker.celery import applied_soft_time_limit, time_limits


@shared_task(bind=True, **time_limits("ingestion"))
def ingest_document(self, job_id: int) -> str | None:
    """Run one ingestion job. Claiming the job with a compare-and-set makes a second delivery harmless."""
    if not ingestion_job_claim(job_id, self.request.id or ""):
        return None
    job = ingestion_job_run(IngestionJob.objects.get(pk=job_id), soft_time_limit=applied_soft_time_limit(self))
    return job.state


@shared_task
def sweep_ingestion_jobs() -> dict:
    """Periodic (celery beat): jobs whose worker died are marked failed; lost pending jobs are queued again."""
    return ingestion_jobs_sweep()


@task_failure.connect
def fail_job_at_hard_time_limit(sender=None, exception=None, args=None, **kwargs) -> None:
    """The worker's main process reports a task it killed at its hard time limit: the job says why it stopped
    (at the soft limit the task itself records it). The message is acknowledged, so it is not run again."""
    if getattr(sender, "name", None) == ingest_document.name and isinstance(exception, TimeLimitExceeded) and args:
        # billiard and Celery raise it with the hard limit that was applied (the task's own or one sent with it).
        ingestion_job_time_out(args[0], time_limit=exception.args[0] if exception.args else None)
