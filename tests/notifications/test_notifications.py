"""Emails when a status changes (to the State's focal points and to followers, in their language, once each), the
weekly digest, reminders, and signed webhooks."""

import datetime
import hashlib
import hmac
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import User
from commitments.models import Theme
from commitments.services import status_set_many
from notifications.models import SentEmail, Watch, WebhookDelivery, WebhookEndpoint
from notifications.tasks import notify_changes, send_digests, send_reminders
from tests.factories import CommitmentFactory, with_owners
from tracker.models import OutboxMessage
from tracker.publication import set_published

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the outbox's sends; eager tasks) as a real commit would."""

    def run(write):
        with django_capture_on_commit_callbacks(execute=True):
            return write()

    return run


@pytest.fixture
def pledge(mexico, colombia):
    commitment = with_owners(CommitmentFactory(text="We will destroy all stockpiled mines."), mexico, colombia)
    commitment.themes.add(Theme.objects.get(slug="stockpile-destruction"))
    return commitment


def follower(name: str, language: str = "en", **watching) -> User:
    user = User.objects.create_user(name, email=f"{name}@example.org", language=language, is_staff=True)
    if watching:
        Watch.objects.create(user=user, **watching)
    return user


def move(commitment, actor, status, by=None):
    return commitment.record_status(actor=actor, status=status, recorded_by=by)


def test_a_status_change_emails_the_focal_point_and_followers_once_each_in_their_language(
    pledge, mexico, colombia, statuses, focal_point, on_commit
):
    theme_fan = follower("theme-fan", theme=Theme.objects.get(slug="stockpile-destruction"))
    state_fan = follower("state-fan", language="es", actor=mexico)
    commitment_fan = follower("commitment-fan", commitment=pledge)
    follower("elsewhere", actor=colombia)  # follows Colombia: Mexico's change is not theirs
    User.objects.create_user("no-email", language="en").watches.create(commitment=pledge)  # nowhere to send

    update = on_commit(lambda: move(pledge, mexico, statuses["in_progress"]))
    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {
        "focal@mex.example",
        "theme-fan@example.org",
        "state-fan@example.org",
        "commitment-fan@example.org",
    }
    # the subject names the commitment
    assert (
        sent["focal@mex.example"].subject
        == "Mexique : « We will destroy all stockpiled mines. » est maintenant « En cours »"
    )
    assert sent["state-fan@example.org"].subject.startswith("México")
    assert "We will destroy all stockpiled mines." in sent["theme-fan@example.org"].body
    assert f"/commitments/{pledge.pk}/" in sent["commitment-fan@example.org"].body
    # A retried task sends nothing again.
    assert notify_changes([update.pk]) == 0 and len(mail.outbox) == 4
    assert SentEmail.objects.filter(sent_at__isnull=False).count() == 4
    assert {theme_fan, state_fan, commitment_fan} <= {email.user for email in SentEmail.objects.all()}


def test_reports_that_keep_the_status_and_drafts_send_nothing(pledge, mexico, statuses, focal_point, on_commit):
    on_commit(lambda: move(pledge, mexico, statuses["not_started"]))  # same status: a report, not a change
    assert mail.outbox == []
    set_published(type(pledge).objects.filter(pk=pledge.pk), False)
    on_commit(lambda: move(pledge, mexico, statuses["in_progress"]))
    assert mail.outbox == []


def test_a_batch_of_changes_is_one_task(mexico, colombia, statuses, staff_user, focal_point, on_commit):
    commitments = [with_owners(CommitmentFactory(), mexico, colombia) for _ in range(20)]
    pairs = [pair for commitment in commitments for pair in commitment.owner_links.all()]
    on_commit(lambda: status_set_many(pairs=pairs, status=statuses["ongoing"], recorded_by=staff_user))
    messages = OutboxMessage.objects.filter(task="notifications.tasks.notify_changes")
    assert messages.count() == 1 and len(messages.get().args[0]) == 40
    assert len(mail.outbox) == 20  # Mexico's focal point: one email per change of Mexico's


def test_weekly_digest_lists_what_changed_in_what_one_follows(pledge, mexico, colombia, statuses, on_commit):
    fan = follower("fan", actor=colombia)
    follower("quiet", theme=Theme.objects.exclude(slug="stockpile-destruction").first())  # nothing changed there
    on_commit(lambda: move(pledge, colombia, statuses["in_progress"]))
    on_commit(lambda: move(pledge, mexico, statuses["in_progress"]))
    mail.outbox.clear()
    assert send_digests(days=7) == 1
    digest = next(message for message in mail.outbox if message.to == [fan.email])
    assert (
        digest.subject == "Your weekly digest: 1 change" and "Colombia" in digest.body and "Mexico" not in digest.body
    )
    assert send_digests(days=7) == 0  # the same day's run again: nothing twice


def test_reminders_for_commitments_past_their_target_date_without_updates(
    pledge, mexico, statuses, focal_point, staff_user
):
    pledge.target_date = timezone.localdate() - datetime.timedelta(days=30)
    pledge.save()
    Watch.objects.create(user=User.objects.create_user("isu", email="isu@example.org", is_staff=True), actor=mexico)
    assert send_reminders(days=90) == 2  # the focal point, and staff following Mexico
    reminder = next(message for message in mail.outbox if message.to == ["focal@mex.example"])
    assert "We will destroy all stockpiled mines." in reminder.body
    assert send_reminders(days=90) == 0
    mail.outbox.clear()
    assert send_reminders(days=500) == 0  # reported on 400 days ago: within 500 days, no reminder


class Receiver(BaseHTTPRequestHandler):
    answers: list[int] = []
    received: list[tuple[dict, bytes]] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((dict(self.headers), body))
        self.send_response(type(self).answers.pop(0) if type(self).answers else 200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True  # the test's receiver listens on loopback
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    Receiver.received, Receiver.answers = [], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, f"http://127.0.0.1:{server.server_port}/hook"
    server.shutdown()


def test_a_published_change_is_posted_to_webhooks_signed_with_hmac(
    pledge, mexico, statuses, outsider, receiver, on_commit
):
    _server, url = receiver
    endpoint = WebhookEndpoint.objects.create(user=outsider, url=url)
    update = on_commit(lambda: move(pledge, mexico, statuses["in_progress"]))
    [(headers, body)] = Receiver.received
    expected = "sha256=" + hmac.new(endpoint.secret.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Tracker-Signature"] == expected
    payload = json.loads(body)
    assert payload["event"] == "status.changed" and payload["status_update"] == update.pk
    assert (payload["owner"]["iso3"], payload["from_status"], payload["to_status"]) == (
        "MEX",
        "not_started",
        "in_progress",
    )
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.last_status_code) == ("delivered", 1, 200)
    notify_changes([update.pk])  # a rerun queues no second delivery
    assert WebhookDelivery.objects.count() == 1 and len(Receiver.received) == 1


def test_a_failing_webhook_is_recorded_and_can_be_delivered_again(
    pledge, mexico, statuses, outsider, receiver, staff_client, on_commit
):
    _server, url = receiver
    WebhookEndpoint.objects.create(user=outsider, url=url)
    Receiver.answers = [500]
    on_commit(lambda: move(pledge, mexico, statuses["in_progress"]))
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
    listing = staff_client.get("/admin/notifications/webhookdelivery/?state=pending")
    assert listing.status_code == 200 and b"500" in listing.content
    on_commit(
        lambda: staff_client.post(
            "/admin/notifications/webhookdelivery/", {"action": "retry", "_selected_action": [delivery.pk]}
        )
    )
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, len(Receiver.received)) == ("delivered", 1, 2)


def test_webhooks_to_private_addresses_are_refused(settings, outsider, pledge, mexico, statuses, on_commit):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    from rest_framework.test import APIClient

    from accounts.models import ApiToken

    _token, key = ApiToken.issue(user=outsider, name="client", scope="write")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    for url in ("http://127.0.0.1:8000/hook", "http://10.0.0.5/hook", "http://[::1]/hook", "http://localhost/hook"):
        answer = client.post("/api/v1/webhooks/", {"url": url}, format="json")
        assert answer.status_code == 403 and "public addresses" in str(answer.json()), url
    assert WebhookEndpoint.objects.count() == 0
    # One stored earlier (or whose name now points inside) is refused at delivery, without a request.
    WebhookEndpoint.objects.create(user=outsider, url="http://127.0.0.1:9/hook")
    on_commit(lambda: move(pledge, mexico, statuses["in_progress"]))
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == "failed" and delivery.last_error.startswith("Refused:")


def test_a_client_registers_a_webhook_and_gets_its_secret_once(settings, outsider):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    from rest_framework.test import APIClient

    from accounts.models import ApiToken

    _token, key = ApiToken.issue(user=outsider, name="client", scope="write")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    created = client.post("/api/v1/webhooks/", {"url": "https://hooks.example.org/tracker"}, format="json")
    assert created.status_code == 201 and len(created.json()["secret"]) == 64
    listed = client.get("/api/v1/webhooks/").json()["results"]
    assert [row["secret"] for row in listed] == [None]  # never shown again
    assert WebhookEndpoint.objects.get().secret == created.json()["secret"]


class Redirector(BaseHTTPRequestHandler):
    """Answers every POST with a redirect to ``target`` (an internal address, in the probe's attack)."""

    target = ""

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(302)
        self.send_header("Location", type(self).target)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def redirector(receiver):
    """A redirecting server on loopback, pointing at the receiver's ``/internal-secret``."""
    receiver_server, _url = receiver
    Redirector.target = f"http://127.0.0.1:{receiver_server.server_port}/internal-secret"
    server = HTTPServer(("127.0.0.1", 0), Redirector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/hook"
    server.shutdown()


def test_a_webhook_redirect_is_not_followed_and_the_delivery_fails(
    pledge, mexico, statuses, outsider, redirector, on_commit
):
    WebhookEndpoint.objects.create(user=outsider, url=redirector)
    on_commit(lambda: move(pledge, mexico, statuses["in_progress"]))
    delivery = WebhookDelivery.objects.get()
    assert Receiver.received == []  # the internal address never saw the request (nor its signature)
    assert (delivery.state, delivery.attempts, delivery.last_status_code) == ("failed", 1, 302)
    assert "redirects are not followed" in delivery.last_error and "/internal-secret" in delivery.last_error


def test_a_webhook_connects_to_the_address_it_checked(pledge, mexico, statuses, outsider, receiver, on_commit):
    """One lookup per delivery: a name that points elsewhere a moment later (DNS rebinding) is not asked again."""
    server, _url = receiver
    lookups, real_lookup = [], socket.getaddrinfo

    def resolve_once(host, *args, **kwargs):
        if host == "127.0.0.1":  # the connection to the address itself (no name to look up)
            return real_lookup(host, *args, **kwargs)
        lookups.append(host)
        address = "127.0.0.1" if len(lookups) == 1 else "10.9.9.9"  # the second answer would go inside
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, 0))]

    WebhookEndpoint.objects.create(user=outsider, url=f"http://hooks.example.org:{server.server_port}/hook")
    with mock.patch("notifications.webhooks.socket.getaddrinfo", side_effect=resolve_once):
        on_commit(lambda: move(pledge, mexico, statuses["in_progress"]))
    assert lookups == ["hooks.example.org"]
    [(headers, _body)] = Receiver.received
    assert headers["Host"] == f"hooks.example.org:{server.server_port}"
    assert WebhookDelivery.objects.get().state == "delivered"


def test_a_webhook_redirect_to_a_private_address_is_refused_even_from_a_public_one(
    settings, pledge, mexico, statuses, outsider, redirector, on_commit
):
    """With private addresses refused, the public name is checked once, the 302 recorded, the target never asked."""
    port = int(redirector.rsplit(":", 1)[1].split("/")[0])
    WebhookEndpoint.objects.create(user=outsider, url=f"http://hooks.example.org:{port}/hook")
    public = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 0))]
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    real_connect, real_lookup = socket.create_connection, socket.getaddrinfo  # "public" is the local redirector

    def lookup(host, *args, **kwargs):
        return real_lookup(host, *args, **kwargs) if host == "127.0.0.1" else public

    with (
        mock.patch("notifications.webhooks.socket.getaddrinfo", side_effect=lookup),
        mock.patch("notifications.webhooks.socket.create_connection") as connect,
    ):
        connect.side_effect = lambda address, timeout: real_connect(("127.0.0.1", port), timeout)
        on_commit(lambda: move(pledge, mexico, statuses["in_progress"]))
    assert [call.args[0] for call in connect.call_args_list] == [("93.184.215.14", port)]
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.last_status_code) == ("failed", 302) and Receiver.received == []
