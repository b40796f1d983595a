"""`load_demo`: the demo corpus ships reviewed, the demo account exists only in demo mode, and a second load
changes nothing.

Loading the demo costs about 15 s on two cores, so the module loads it once (outside demo mode, as a deployment
would) inside a transaction that is rolled back when the module ends; each test runs inside a savepoint of it and
starts from that freshly loaded database."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from accounts.models import User
from commitments.models import Commitment
from extraction.models import Candidate

# One worker loads the demo for all of them (with `--dist loadgroup`), not each worker its own copy.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]


@pytest.fixture(scope="module")
def first_load(django_db_setup, django_db_blocker) -> str:
    """What `load_demo` printed when it loaded the demo into the empty (reference data only) test database."""
    from tracker.celery import app

    out = io.StringIO()
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        previous, app.conf.task_always_eager = app.conf.task_always_eager, True  # as in every test (conftest)
        try:
            with override_settings(DEMO_MODE=False):
                call_command("load_demo", stdout=out)
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
        finally:
            app.conf.task_always_eager = previous
    yield out.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


def test_no_demo_user_outside_demo_mode(first_load):
    assert not User.objects.filter(username="isu-demo").exists()
    assert "no demo user" in first_load


def test_load_demo_ships_the_demo_corpus_reviewed(first_load, settings):
    settings.DEMO_MODE = False
    assert Commitment.objects.count() == 27
    assert not Commitment.objects.filter(paragraph__document__title__contains="note verbale dated 1 April").exists()
    offer = Commitment.objects.get(kind="offer")
    assert list(offer.owners.values_list("iso3", flat=True)) == ["MEX"]
    call = Commitment.objects.get(kind="call", speaker__iso3="MEX")
    assert {"kind": "action_plan", "code": "OAP", "label": "Oslo Action Plan"} in call.references
    demo_documents = Candidate.objects.exclude(document__kind="treaty")
    assert not demo_documents.filter(status="pending").exists()
    call_command("load_demo", stdout=io.StringIO())
    assert Commitment.objects.count() == 27


@override_settings(DEMO_MODE=True)
def test_load_demo_creates_the_demo_staff_user_and_prints_its_credentials(first_load, client):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "isu-demo / mine-free-world" in out.getvalue()
    user = User.objects.get(username="isu-demo")
    assert user.is_staff and not user.is_superuser
    login = client.post("/admin/login/", {"username": "isu-demo", "password": "mine-free-world", "next": "/admin/"})
    assert login.status_code == 302
    assert client.get("/admin/commitments/commitment/").status_code == 200


@override_settings(DEMO_MODE=True)
def test_load_demo_twice_changes_nothing(first_load):
    call_command("load_demo", stdout=io.StringIO())
    users, history = User.objects.count(), User.history.count()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert (User.objects.count(), User.history.count()) == (users, history)
    assert "(0 rows created or changed)" in out.getvalue()
