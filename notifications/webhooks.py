"""Webhook deliveries: a signed JSON POST per published change and endpoint.

The body is signed with HMAC-SHA256 under the endpoint's secret; the receiver recomputes it over the raw body and
compares (``X-Tracker-Signature: sha256=<hex>``)."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import socket
import ssl
import urllib.parse

from django.conf import settings
from django.utils import timezone

from commitments.models import StatusUpdate
from notifications.models import WebhookDelivery
from notifications.validators import refusal, resolve

TIMEOUT_SECONDS = 10


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def change_payload(update: StatusUpdate) -> dict:
    """What a client receives about one change: enough to act without another request, with links for more."""
    commitment = update.commitment
    return {
        "event": "status.changed",
        "status_update": update.pk,
        "commitment": {
            "id": commitment.pk,
            "url": f"{settings.SITE_URL}/api/v1/commitments/{commitment.pk}/",
            "page": f"{settings.SITE_URL}{commitment.get_absolute_url()}",
            "overall_status": commitment.overall_status.key if commitment.overall_status else None,
            "progress": commitment.progress,
        },
        "owner": {"id": update.actor_id, "iso3": update.actor.iso3 or None, "name": update.actor.name_en},
        "from_status": update.from_status.key if update.from_status else None,
        "to_status": update.to_status.key,
        "effective_at": update.effective_at.isoformat(),
        "recorded_at": update.recorded_at.isoformat(),
        "narrative": update.narrative,
    }


class DeliveryFailed(Exception):
    pass


class DeliveryRefused(DeliveryFailed):
    """A delivery that no retry would make acceptable: a private address, or an answer that redirects."""


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address that was checked, whatever the name resolves to a moment later (DNS rebinding);
    the Host header still names the host."""

    def __init__(self, host: str, port: int | None, address: str, **kwargs):
        super().__init__(host, port, **kwargs)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int | None, address: str, **kwargs):
        super().__init__(host, port, context=ssl.create_default_context(), **kwargs)
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # the certificate names the host


def _post(url: str, address: str, body: bytes, headers: dict) -> http.client.HTTPResponse:
    """One POST to ``address``; redirects are answers like any other (never followed)."""
    parts = urllib.parse.urlsplit(url)
    connection_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(parts.hostname, parts.port, address, timeout=TIMEOUT_SECONDS)
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    connection.request("POST", path, body=body, headers=headers)
    response = connection.getresponse()
    response.read(64 * 1024)  # a receiver's answer is not kept: read a little so the connection closes cleanly
    connection.close()
    return response


def attempt(delivery: WebhookDelivery) -> None:
    """POST the delivery once, to the address that was checked; record the outcome. Raises DeliveryRefused for a
    private address or a redirect (never followed: its target is not checked), DeliveryFailed on anything else but
    a 2xx answer."""
    body = json.dumps(delivery.payload, sort_keys=True).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "mine-ban-commitment-tracker/1",
        "X-Tracker-Event": delivery.payload.get("event", ""),
        "X-Tracker-Delivery": str(delivery.pk),
        "X-Tracker-Signature": signature(delivery.endpoint.secret, body),
    }
    delivery.attempts += 1
    delivery.last_attempt_at = timezone.now()
    host, addresses = resolve(delivery.endpoint.url)  # the one lookup: the connection goes where it says
    if not addresses:  # perhaps a passing DNS failure: tried again later
        delivery.last_status_code, delivery.last_error = None, f"{host} does not resolve"
        delivery.save()
        raise DeliveryFailed(delivery.last_error)
    refused = refusal(host, addresses)
    if refused:
        _refuse(delivery, None, f"Refused: {refused}.")
    try:
        response = _post(delivery.endpoint.url, addresses[0], body, headers)
        delivery.last_status_code, delivery.last_error = response.status, ""
    except (OSError, http.client.HTTPException) as error:
        delivery.last_status_code, delivery.last_error = None, str(error)[:500] or type(error).__name__
    else:
        if 300 <= response.status < 400:
            location = (response.getheader("Location") or "")[:300]
            _refuse(
                delivery,
                response.status,
                f"Refused: the endpoint redirects (to {location}); redirects are not followed.",
            )
        if not 200 <= response.status < 300:
            delivery.last_error = f"HTTP {response.status} {response.reason}"[:500]
    ok = delivery.last_status_code is not None and 200 <= delivery.last_status_code < 300
    if ok:
        delivery.state, delivery.delivered_at = WebhookDelivery.State.DELIVERED, timezone.now()
    delivery.save()
    if not ok:
        raise DeliveryFailed(delivery.last_error or f"HTTP {delivery.last_status_code}")


def _refuse(delivery: WebhookDelivery, status_code: int | None, error: str):
    delivery.last_status_code, delivery.last_error = status_code, error
    delivery.state = WebhookDelivery.State.FAILED
    delivery.save()
    raise DeliveryRefused(error)
