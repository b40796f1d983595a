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
