"""Faults on real services, each test with its own Redis so the shared one is never stopped: the broker down
while work is saved, and a worker killed in the middle of an ingestion."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from accounts.models import ApiToken, User
from actors.models import Actor
from commitments.models import Commitment, Status
from commitments.services import status_set_many, status_vocabulary_save
from documents.models import Document, IngestionJob
from notifications.models import SentEmail
from tests.factories import CommitmentFactory, many_commitments, with_owners
from tests.test_worker import database_url
from tracker.celery import app
from tracker.models import OutboxMessage
from tracker.outbox import drain_outbox

PROJECT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(settings.CELERY_TASK_ALWAYS_EAGER, reason="needs CELERY_BROKER_URL (a real broker)"),
    pytest.mark.skipif(settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), reason="needs a shared database"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OwnRedis:
    """A redis-server of the test's own, on a port of its own."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def own_broker(transactional_db):
    from django.core.management import call_command

    call_command("load_reference_data", stdout=open(os.devnull, "w"))  # noqa: SIM115
    redis = OwnRedis()
    redis.start()
    previous = app.conf.broker_url
    _use_broker(redis.url)
    yield redis
    if redis.process.poll() is None:
        redis.stop()
    _use_broker(previous)


def _use_broker(url: str) -> None:
    """Point this process's Celery app at ``url``: new connection and producer pools."""
    app.conf.broker_url = app.conf.broker_write_url = app.conf.broker_read_url = url
    app._pool = None
    app.amqp._producer_pool = None


WORKER = [sys.executable, "-m", "celery", "-A", "tracker", "worker", "--loglevel=warning"]
WORKER += ["--without-gossip", "--without-mingle"]


def start_worker(broker_url: str, *extra: str, env: dict | None = None) -> subprocess.Popen:
    # the worker reads uploads where this test run keeps them (a temporary MEDIA_ROOT)
    env = {**os.environ, "MEDIA_ROOT": settings.MEDIA_ROOT, **(env or {}), "DATABASE_URL": database_url()}
    env["CELERY_BROKER_URL"] = broker_url
    env.setdefault("SECRET_KEY", "worker-test-only")
    env.setdefault("ALLOWED_HOSTS", "localhost")
    return subprocess.Popen(
        [*WORKER, "--hostname", f"fault-{os.getpid()}-{time.monotonic_ns()}@%h", *extra],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def wait_for(condition, seconds: float = 90, worker: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    if worker is not None:
        print("outbox:", list(OutboxMessage.objects.values_list("task", "dispatched_at", "last_error")))
        print("jobs:", list(IngestionJob.objects.values_list("state", "error", "task_id")))
        os.killpg(worker.pid, signal.SIGKILL)
        raise AssertionError(f"timed out; the worker said:\n{worker.communicate(timeout=30)[0][-3000:]}")
    raise AssertionError("timed out")


def test_broker_down_saves_everything_and_runs_every_task_once_it_is_back(own_broker, staff_user):
    mexico, colombia = Actor.objects.get(iso3="MEX"), Actor.objects.get(iso3="COL")
    commitments = many_commitments(500, mexico, colombia)
    own_broker.stop()

    pairs = [
        pair for commitment in commitments for pair in commitment.owner_links.select_related("commitment", "actor")
    ]
    updates = status_set_many(pairs=pairs, status=Status.by_key("ongoing"), recorded_by=staff_user)
    assert len(updates) == 1000
    ongoing = Status.by_key("ongoing")
    ongoing.progress = 80
    status_vocabulary_save(status=ongoing)  # its recomputation task cannot reach the broker
    _token, key = ApiToken.issue(user=staff_user, name="uploader", scope="write")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    timings = []
    for index in range(5):
        text = f"Declaration {index}\n\n1. We will act on matter {index}.\n\n2. We will report on it.\n"
        upload = {"file": _file(f"d{index}.txt", text), "kind": "declaration"}
        started = time.monotonic()
        assert client.post("/api/v1/documents/", upload, format="multipart").status_code == 202
        timings.append(time.monotonic() - started)
    assert max(timings) < 5, timings  # no request waited long for the broker
    waiting = OutboxMessage.objects.filter(dispatched_at__isnull=True)
    # Nothing else tried it either: the first send that found it down opened the circuit breaker (it may be the
    # dashboards' refresh, which has no outbox row), and every later message was left to the drain untried.
    assert waiting.filter(attempts__gt=0).count() <= 1
    # 5 uploads, the vocabulary's recomputation, and one notification task for the batch of 1,000 changes.
    assert waiting.count() == 7 and IngestionJob.objects.filter(state="pending").count() == 5

    own_broker.start()
    OutboxMessage.objects.update(created_at=OutboxMessage.objects.first().created_at.replace(year=2020))
    assert drain_outbox() == 7
    worker = start_worker(own_broker.url, "--pool=solo")
    try:
        wait_for(lambda: IngestionJob.objects.filter(state="done").count() == 5, worker=worker)
        wait_for(lambda: all(c.progress == 80 for c in Commitment.objects.filter(pk__in=[c.pk for c in commitments])))
        wait_for(lambda: OutboxMessage.objects.filter(dispatched_at__isnull=True).count() == 0)
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
    uploaded = IngestionJob.objects.values_list("document", flat=True)
    assert len(set(uploaded)) == 5 and Document.objects.filter(pk__in=uploaded).count() == 5  # each once
    assert drain_outbox() == 0  # every task was sent once


def test_a_worker_killed_mid_ingestion_runs_it_again_and_the_document_is_whole(own_broker, staff_user):
    from documents.ingestion.pipeline import Overrides
    from documents.services import ingestion_job_create

    text = "\n\n".join(
        f"{n}. We will carry out task number {n} of a long plan, and report on it." for n in range(1, 4000)
    )
    worker = start_worker(own_broker.url, "--pool=prefork", "--concurrency=1")
    try:
        job = ingestion_job_create(name="long.txt", data=f"A long plan\n\n{text}\n".encode(), overrides=Overrides())
        wait_for(lambda: IngestionJob.objects.get(pk=job.pk).state == "running", 60, worker=worker)
        children = subprocess.run(["pgrep", "-P", str(worker.pid)], capture_output=True, text=True).stdout.split()
        assert children, "the worker has a child process"
        os.kill(int(children[0]), signal.SIGKILL)  # the process running the task dies
        wait_for(lambda: IngestionJob.objects.get(pk=job.pk).state == "done", 120)
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
    document = Document.objects.get()
    assert document.paragraphs.count() == 3999  # every numbered paragraph, once
    assert IngestionJob.objects.get(pk=job.pk).document == document


def _file(name: str, text: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, text.encode(), content_type="text/plain")


def test_broker_down_status_changes_are_emailed_once_it_is_back(own_broker, staff_user, tmp_path):
    """Stop Redis, save status changes, start Redis, run a real worker: every email arrives, once."""
    from actors.models import FocalPoint
    from commitments.models import Theme
    from notifications.models import Watch

    mexico = Actor.objects.get(iso3="MEX")
    focal = User.objects.create_user("focal", email="focal@mex.example", language="es")
    FocalPoint.objects.create(user=focal, actor=mexico)
    fan = User.objects.create_user("fan", email="fan@example.org", language="fr")
    Watch.objects.create(user=fan, theme=Theme.objects.get(slug="victim-assistance"))
    commitments = [with_owners(CommitmentFactory(), mexico) for _ in range(5)]
    commitments[0].themes.add(Theme.objects.get(slug="victim-assistance"))
    own_broker.stop()
    for commitment in commitments:  # five separate saves, each its own transaction
        commitment.record_status(actor=mexico, status=Status.by_key("in_progress"), recorded_by=staff_user)
    assert Commitment.objects.filter(pk__in=[c.pk for c in commitments], progress__gt=0).count() == 5  # saved
    waiting = OutboxMessage.objects.filter(dispatched_at__isnull=True, task="notifications.tasks.notify_changes")
    assert waiting.count() == 5

    own_broker.start()
    OutboxMessage.objects.update(created_at=OutboxMessage.objects.first().created_at.replace(year=2020))
    assert drain_outbox() == 5
    # (django-environ reads the path after the third slash: four slashes for an absolute path)
    worker = start_worker(own_broker.url, "--pool=solo", env={"EMAIL_URL": f"filemail:///{tmp_path}"})
    try:
        wait_for(lambda: SentEmail.objects.filter(sent_at__isnull=False).count() == 6, worker=worker)
        for message_id in list(OutboxMessage.objects.values_list("pk", flat=True)):  # sent again: no harm
            app.send_task("notifications.tasks.notify_changes", args=OutboxMessage.objects.get(pk=message_id).args)
        time.sleep(3)
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
    # Django's file backend appends to one file per connection and second, so a file may hold several messages.
    separator = "\n" + "-" * 79 + "\n"
    emails = [text for path in tmp_path.iterdir() for text in path.read_text().split(separator) if text.strip()]
    assert len(emails) == 6  # five to the focal point, one to the theme's follower; none twice
    assert sum("To: focal@mex.example" in text for text in emails) == 5
    assert sum("To: fan@example.org" in text for text in emails) == 1
