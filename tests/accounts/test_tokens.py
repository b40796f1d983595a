"""API tokens cannot be used to act as someone else: issued by their own user (or by a superuser for a client
account), bound to it for life, never more than it may do, and audited."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accounts.models import ApiToken, User
from tests.api_support import API
from tests.forms import form_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db) -> User:
    return User.objects.create_superuser("root", password="pw-root-12345")


def test_staff_issue_tokens_for_themselves_only(staff_client, staff_user, superuser):
    url = reverse("admin:accounts_apitoken_add")
    page = staff_client.get(url).content.decode()
    assert 'name="user"' not in page  # no choice of user
    response = staff_client.post(url, {"name": "mine", "scope": "write", "user": superuser.pk})
    assert response.status_code == 302
    token = ApiToken.objects.get()
    assert token.user == staff_user and token.issued_by == staff_user  # the posted user is ignored


def test_a_token_can_never_be_moved_to_another_user(staff_client, staff_user, superuser):
    token, _key = ApiToken.issue(user=staff_user, name="mine", issued_by=staff_user)
    url = reverse("admin:accounts_apitoken_change", args=[token.pk])
    data = form_fields(staff_client.get(url).content.decode(), "apitoken_form")
    staff_client.post(url, {**data, "user": superuser.pk, "scope": "write", "name": "renamed"})
    token.refresh_from_db()
    assert (token.user, token.scope, token.name) == (staff_user, "read", "renamed")
    token.user = superuser
    with pytest.raises(PermissionDenied):
        token.save()


def test_staff_see_only_their_own_tokens(staff_client, superuser):
    ApiToken.issue(user=superuser, name="root's", issued_by=superuser)
    listing = staff_client.get(reverse("admin:accounts_apitoken_changelist"))
    assert list(listing.context["cl"].result_list) == []


def test_nobody_issues_a_token_for_a_more_powerful_user(staff_user, superuser, outsider):
    with pytest.raises(PermissionDenied):
        ApiToken.issue(user=superuser, name="x", issued_by=staff_user)
    with pytest.raises(PermissionDenied):
        ApiToken.issue(user=outsider, name="x", issued_by=staff_user)
    token, _key = ApiToken.issue(user=outsider, name="client", issued_by=superuser)  # a client account
    assert token.user == outsider


def test_a_write_token_of_a_powerless_user_cannot_write(outsider, superuser, api, data):
    _token, key = ApiToken.issue(user=outsider, name="client", scope="write", issued_by=superuser)
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    response = api.post(f"{API}/commitments/{data['call'].pk}/status-updates/", {"owner": "MEX", "status": "ongoing"})
    assert response.status_code == 403


def test_issuing_and_revoking_are_audited(staff_client, staff_user):
    token, _key = ApiToken.issue(user=staff_user, name="mine", issued_by=staff_user)
    staff_client.post(
        reverse("admin:accounts_apitoken_changelist"), {"action": "revoke", "_selected_action": [token.pk]}
    )
    token.refresh_from_db()
    assert token.revoked_at is not None
    history = list(token.history.order_by("history_date").values_list("history_type", "history_user__username"))
    assert history == [("+", "officer"), ("~", "officer")]
