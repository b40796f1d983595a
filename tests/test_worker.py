"""A real Celery worker, on the configured broker (Redis in CI), runs a task dispatched on commit."""

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from actors.models import Actor
from commitments.models import Commitment, Status
from commitments.services import status_vocabulary_save
from tests.factories import CommitmentFactory, with_owners

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


@pytest.fixture
def worker(transactional_db):
    # Transactional tests start from (and leave) an emptied database: load what this one needs.
    call_command("load_reference_data", stdout=io.StringIO())
    env = {**os.environ, "DATABASE_URL": database_url(), "MEDIA_ROOT": settings.MEDIA_ROOT}
    env.setdefault("SECRET_KEY", "worker-test-only")
    env.setdefault("ALLOWED_HOSTS", "localhost")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "tracker",
            "worker",
            "--pool=solo",
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
    yield process
    process.terminate()
    process.wait(timeout=20)


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
