"""Login brute force: the 6th failed attempt within the window is refused, even with the right password."""

import pytest

pytestmark = pytest.mark.django_db


def login(client, password: str):
    return client.post("/admin/login/", {"username": "officer", "password": password, "next": "/admin/"})


def test_the_sixth_attempt_after_five_failures_is_refused(client, staff_user):
    for _ in range(4):
        assert login(client, "wrong-guess").status_code == 200  # the form again, with an error
    assert login(client, "wrong-guess").status_code == 429  # the fifth failure locks the account out
    refused = login(client, "pw-officer-1")
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_success_before_the_limit_resets_the_count(client, staff_user):
    for _ in range(4):
        login(client, "wrong-guess")
    assert login(client, "pw-officer-1").status_code == 302
    client.logout()
    for _ in range(4):
        login(client, "wrong-guess")
    assert login(client, "pw-officer-1").status_code == 302


@pytest.mark.skipif(
    __import__("django.db").db.connection.vendor != "postgresql", reason="parallel requests need a database server"
)
@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_attempts_check_at_most_five_passwords(staff_user, monkeypatch):
    import threading

    from django.contrib.auth.backends import ModelBackend
    from django.db import connection
    from django.test import Client

    checked, original, lock = [], ModelBackend.authenticate, threading.Lock()

    def counting(self, request, username=None, password=None, **kwargs):
        with lock:
            checked.append(password)
        return original(self, request, username=username, password=password, **kwargs)

    monkeypatch.setattr(ModelBackend, "authenticate", counting)
    barrier, statuses = threading.Barrier(50), []

    def attempt():
        barrier.wait()
        statuses.append(login(Client(), "wrong-guess").status_code)
        connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(checked) <= 5  # the others were refused before any password was checked
    assert login(Client(), "pw-officer-1").status_code != 302  # and the right one is refused now too
