"""A real Celery worker, on the configured broker (Redis in CI), runs a task dispatched on commit."""

import io
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from actors.models import Actor
from commitments.models import Commitment, Status
from commitments.services import status_vocabulary_save
from tests.factories import CommitmentFactory, with_owners
from tracker.celery import app as celery_app

PROJECT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(settings.CELERY_TASK_ALWAYS_EAGER, reason="needs CELERY_BROKER_URL (a real broker)"),
    pytest.mark.skipif(settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), reason="needs a shared database"),
]


def database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(pool: str, queue: str) -> subprocess.Popen:
    # Transactional tests start from (and leave) an emptied database: load what this one needs.
    call_command("load_reference_data", stdout=io.StringIO())
    env = {**os.environ, "DATABASE_URL": database_url(), "MEDIA_ROOT": settings.MEDIA_ROOT}
    env["CELERY_TASK_DEFAULT_QUEUE"] = queue
    env.setdefault("SECRET_KEY", "worker-test-only")
    env.setdefault("ALLOWED_HOSTS", "localhost")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "tracker",
            "worker",
            f"--pool={pool}",
            "--concurrency=1",
            "--loglevel=info",
            "--without-gossip",
            "--without-mingle",
            "--hostname",
            f"test-{os.getpid()}@%h",
        ],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.fixture
def own_queue():
    """A queue of this test's own, for what it sends and what its worker consumes: two tests with real workers on
    one broker (each on its own test database, on two xdist workers) would otherwise take each other's messages,
    and a job whose message another test's worker acked stays pending."""
    queue, previous = f"test-worker-{uuid.uuid4().hex}", celery_app.conf.task_default_queue
    celery_app.conf.task_default_queue = queue
    yield queue
    celery_app.conf.task_default_queue = previous


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:  # never leave a worker consuming after its test
        process.kill()
        process.wait(timeout=20)


@pytest.fixture
def worker(transactional_db, own_queue):
    process = start_worker("solo", own_queue)
    yield process
    stop(process)


@pytest.fixture
def prefork_worker(transactional_db, own_queue):
    """The pool docker-compose runs (Celery's default): time limits are enforced by it, never by the solo pool."""
    process = start_worker("prefork", own_queue)
    yield process
    stop(process)


def test_a_task_dispatched_on_commit_runs_in_a_real_worker(worker):
    mexico_and_peru = [Actor.objects.get(iso3="MEX"), Actor.objects.get(iso3="PER")]
    commitment = with_owners(CommitmentFactory(), *mexico_and_peru)
    commitment.record_status(actor=mexico_and_peru[0], status=Status.by_key("ongoing"), recorded_by=None)
    commitment.refresh_from_db()
    assert commitment.progress == 25

    ongoing = Status.by_key("ongoing")
    ongoing.progress = 90
    status_vocabulary_save(status=ongoing)  # autocommit: the recomputation is sent to the broker on commit

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        commitment = Commitment.objects.get(pk=commitment.pk)
        if commitment.progress == 45:
            break
        assert worker.poll() is None, worker.stdout.read()
        time.sleep(0.5)
    assert commitment.progress == 45, "the worker did not recompute the commitment"


def test_a_task_past_its_soft_limit_in_a_real_worker_fails_its_job_once_and_is_not_retried(prefork_worker):
    """The ingestion of a long text sent with a soft limit of 1 second (a limit sent with the task replaces the
    task's own, settings.TASK_TIME_LIMITS, as the worker reads them): the job is failed with the time-limit message
    and the task runs once."""
    from documents.ingestion.pipeline import Overrides
    from documents.models import Document, IngestionJob
    from documents.services import ingestion_job_create
    from documents.tasks import ingest_document

    text = "".join(f"{n}. The States Parties will report on measure {n} every year.\n\n" for n in range(1, 4001))
    job = ingestion_job_create(name="long.txt", data=text.encode(), overrides=Overrides(), dispatch=False)
    ingest_document.apply_async(args=[job.pk], soft_time_limit=1, time_limit=60)

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.state == IngestionJob.State.FAILED:
            break
        assert prefork_worker.poll() is None, prefork_worker.stdout.read()
        time.sleep(0.5)
    assert job.state == IngestionJob.State.FAILED, f"the job is {job.state}"
    # The limit the task ran with (sent with it), not its kind's default of settings.TASK_TIME_LIMITS.
    assert job.error.startswith("The ingestion took longer than its time limit (1 seconds)") and "Split it" in job.error
    assert not Document.objects.exists()
    time.sleep(3)  # a retry would have started within this
    prefork_worker.terminate()
    log = prefork_worker.communicate(timeout=20)[0]
    # Run once, never retried: a second run would meet the same limit and say so again.
    assert log.count("Soft time limit (1s) exceeded for documents.tasks.ingest_document[") == 1, log
    job.refresh_from_db()
    assert job.state == IngestionJob.State.FAILED
