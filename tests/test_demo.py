import io

import pytest
from django.core.management import call_command
from django.test import override_settings

from accounts.models import User

pytestmark = pytest.mark.django_db


@override_settings(DEMO_MODE=True)
def test_load_demo_creates_the_demo_staff_user_and_prints_its_credentials(client):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "isu-demo / mine-free-world" in out.getvalue()
    user = User.objects.get(username="isu-demo")
    assert user.is_staff and not user.is_superuser
    login = client.post("/admin/login/", {"username": "isu-demo", "password": "mine-free-world", "next": "/admin/"})
    assert login.status_code == 302
    assert client.get("/admin/commitments/commitment/").status_code == 200


@override_settings(DEMO_MODE=True)
def test_load_demo_twice_changes_nothing():
    call_command("load_demo", stdout=io.StringIO())
    users, history = User.objects.count(), User.history.count()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert (User.objects.count(), User.history.count()) == (users, history)
    assert "(0 rows created or changed)" in out.getvalue()


@override_settings(DEMO_MODE=False)
def test_no_demo_user_outside_demo_mode():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert not User.objects.filter(username="isu-demo").exists()
    assert "no demo user" in out.getvalue()
