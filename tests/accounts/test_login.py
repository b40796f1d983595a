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


def login_as(username: str, password: str, address: str):
    from django.test import Client

    return Client(REMOTE_ADDR=address).post(
        "/admin/login/", {"username": username, "password": password, "next": "/admin/"}
    )


def lock_out_from(address: str, username: str = "officer") -> None:
    for _ in range(5):
        login_as(username, "wrong-guess", address)
    assert login_as(username, "wrong-guess", address).status_code == 429


@pytest.fixture
def colleague(db):
    from accounts.models import User

    return User.objects.create_user("colleague", password="pw-colleague-1", is_staff=True)


def test_failures_from_a_shared_address_do_not_lock_out_a_colleague(staff_user, colleague):
    lock_out_from("203.0.113.10")
    assert login_as("colleague", "pw-colleague-1", "203.0.113.10").status_code == 302
    assert login_as("officer", "pw-officer-1", "203.0.113.10").status_code == 429  # the pair stays locked


def test_the_same_username_from_another_address_still_signs_in(staff_user):
    lock_out_from("203.0.113.10")
    assert login_as("officer", "pw-officer-1", "198.51.100.20").status_code == 302


def test_failures_spread_over_addresses_lock_the_username_out_everywhere(staff_user, settings):
    assert settings.LOGIN_USERNAME_FAILURE_LIMIT == 20
    # Four failures from each of five addresses: no pair reaches five; the 20th failure locks the username out.
    answers = [login_as("officer", "wrong-guess", f"198.51.100.{n // 4}").status_code for n in range(20)]
    assert answers == [200] * 19 + [429]
    assert login_as("officer", "pw-officer-1", "192.0.2.77").status_code == 429


def test_axes_reset_username_unlocks_the_pair_and_the_username(staff_user):
    import io

    from django.core.management import call_command

    lock_out_from("203.0.113.10")
    call_command("axes_reset_username", "officer", stdout=io.StringIO())
    assert login_as("officer", "pw-officer-1", "203.0.113.10").status_code == 302
