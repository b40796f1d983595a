"""Celery tasks of the documents app."""

from celery import shared_task
from django.utils import timezone

from documents.models import IngestionJob
from documents.services import ingestion_job_run


@shared_task(bind=True)
def ingest_document(self, job_id: int) -> str | None:
    """Run one ingestion job. Claiming the job with a compare-and-set makes a second delivery harmless."""
    claimed = IngestionJob.objects.filter(pk=job_id, state=IngestionJob.State.PENDING).update(
        state=IngestionJob.State.RUNNING, started_at=timezone.now(), task_id=self.request.id or ""
    )
    if not claimed:
        return None
    job = ingestion_job_run(IngestionJob.objects.get(pk=job_id))
    return job.state
