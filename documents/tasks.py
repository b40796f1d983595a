"""Celery tasks of the documents app."""

from celery import shared_task

from documents.models import IngestionJob
from documents.services import ingestion_job_claim, ingestion_job_run, ingestion_jobs_sweep


@shared_task(bind=True)
def ingest_document(self, job_id: int) -> str | None:
    """Run one ingestion job. Claiming the job with a compare-and-set makes a second delivery harmless."""
    if not ingestion_job_claim(job_id, self.request.id or ""):
        return None
    job = ingestion_job_run(IngestionJob.objects.get(pk=job_id))
    return job.state


@shared_task
def sweep_ingestion_jobs() -> dict:
    """Periodic (celery beat): jobs whose worker died are marked failed; lost pending jobs are queued again."""
    return ingestion_jobs_sweep()
