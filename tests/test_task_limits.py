"""Every Celery task has a soft and a hard time limit (settings.TASK_TIME_LIMITS); a task stopped by one is failed
with a clear message and never retried."""

from unittest import mock

import pytest
from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from celery.signals import task_failure
from django.conf import settings

from dashboards.tasks import refresh_summaries
from documents.ingestion.pipeline import Overrides
from documents.models import Document, IngestionJob
from documents.services import ingestion_job_create
from documents.tasks import ingest_document
from tracker.celery import app, applied_soft_time_limit, time_limits

PROJECT_APPS = ("tracker.", "accounts.", "actors.", "documents.", "commitments.", "extraction.", "dashboards.")
PROJECT_APPS += ("notifications.",)


def test_every_project_task_has_a_soft_and_a_hard_limit():
    app.loader.import_default_modules()
    tasks = [task for name, task in app.tasks.items() if name.startswith(PROJECT_APPS)]
    assert len(tasks) >= 10
    for task in tasks:
        soft = task.soft_time_limit or app.conf.task_soft_time_limit
        hard = task.time_limit or app.conf.task_time_limit
        assert soft and hard and soft < hard, task.name
    assert (ingest_document.soft_time_limit, ingest_document.time_limit) == settings.TASK_TIME_LIMITS["ingestion"]


def test_each_kind_of_task_has_its_own_limits():
    app.loader.import_default_modules()
    limits = {kind: tuple(time_limits(kind).values()) for kind in settings.TASK_TIME_LIMITS}
    assert (app.tasks["extraction.tasks.propose_commitments"].soft_time_limit,) == limits["proposals"][:1]
    assert app.tasks["notifications.tasks.deliver_webhook"].time_limit == limits["notifications"][1]
    assert app.tasks["dashboards.tasks.refresh_summaries"].soft_time_limit == limits["summaries"][0]


@pytest.mark.django_db
def test_an_ingestion_stopped_at_its_soft_limit_fails_with_a_clear_message(django_capture_on_commit_callbacks):
    with (
        mock.patch("documents.services.ingest", side_effect=SoftTimeLimitExceeded()) as ingest,
        django_capture_on_commit_callbacks(execute=True),
    ):
        job = ingestion_job_create(name="note.txt", data=b"1. We will act.\n", overrides=Overrides())
    job.refresh_from_db()
    assert job.state == IngestionJob.State.FAILED and "time limit (600 seconds)" in job.error
    assert ingest.call_count == 1 and not Document.objects.exists()


@pytest.mark.django_db
def test_the_message_states_the_soft_limit_the_task_ran_with(django_capture_on_commit_callbacks):
    """Not a fixed 600: a task given another limit (its own, or one sent with it) names that one."""
    with (
        mock.patch("documents.services.ingest", side_effect=SoftTimeLimitExceeded()),
        mock.patch.object(ingest_document, "soft_time_limit", 45),
        mock.patch.object(ingest_document, "time_limit", 50),
        django_capture_on_commit_callbacks(execute=True),
    ):
        job = ingestion_job_create(name="note.txt", data=b"1. We will act.\n", overrides=Overrides())
    job.refresh_from_db()
    assert "time limit (45 seconds)" in job.error and "600" not in job.error


def test_a_limit_sent_with_the_task_replaces_the_tasks_own():
    ingest_document.push_request(timelimit=[20, 15])
    try:
        assert applied_soft_time_limit(ingest_document) == 15
    finally:
        ingest_document.pop_request()
    ingest_document.push_request(timelimit=None)
    try:
        assert applied_soft_time_limit(ingest_document) == settings.TASK_TIME_LIMITS["ingestion"][0]
    finally:
        ingest_document.pop_request()


@pytest.mark.django_db
def test_a_job_killed_at_the_hard_limit_is_failed_by_the_workers_report():
    job = IngestionJob.objects.create(original_name="x.txt", checksum="0" * 64, state=IngestionJob.State.RUNNING)
    task_failure.send(sender=ingest_document, task_id="t", exception=TimeLimitExceeded(75), args=[job.pk])
    job.refresh_from_db()
    # The hard limit that was applied, as the worker reports it.
    assert job.state == IngestionJob.State.FAILED and "time limit (75 seconds)" in job.error


@pytest.mark.django_db
def test_a_summary_refresh_stopped_at_its_limit_is_not_retried():
    with (
        mock.patch("dashboards.summary.refresh", side_effect=SoftTimeLimitExceeded()) as refresh,
        pytest.raises(SoftTimeLimitExceeded),
    ):
        refresh_summaries.apply(throw=True)
    assert refresh.call_count == 1
