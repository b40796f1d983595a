"""The project's Celery app with a half-second soft limit on ingestion, for the worker test that runs a task past its
limit (``celery -A tests.celery_tiny_limits worker``)."""

from tracker.celery import app

app.conf.task_annotations = {"documents.tasks.ingest_document": {"soft_time_limit": 0.5, "time_limit": 30}}
