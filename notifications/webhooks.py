"""Webhook deliveries: a signed JSON POST per published change and endpoint.

The body is signed with HMAC-SHA256 under the endpoint's secret; the receiver recomputes it over the raw body and
compares (``X-Tracker-Signature: sha256=<hex>``)."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import socket
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.utils import timezone

from commitments.models import StatusUpdate
from notifications.models import WebhookDelivery

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


def refused_address(url: str) -> str | None:
    """Why ``url`` may not receive webhooks (its host resolves to a loopback, private, link-local or reserved
    address), or None. Checked at registration and again before each delivery (the name may point elsewhere)."""
    if settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return None
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError:
        return f"{host} does not resolve"
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            return f"{host} is a private or local address ({ip})"
    return None


def attempt(delivery: WebhookDelivery) -> None:
    """POST the delivery once; record the outcome. Raises DeliveryFailed on anything but a 2xx answer."""
    body = json.dumps(delivery.payload, sort_keys=True).encode()
    request = urllib.request.Request(
        delivery.endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "mine-ban-commitment-tracker/1",
            "X-Tracker-Event": delivery.payload.get("event", ""),
            "X-Tracker-Delivery": str(delivery.pk),
            "X-Tracker-Signature": signature(delivery.endpoint.secret, body),
        },
    )
    delivery.attempts += 1
    delivery.last_attempt_at = timezone.now()
    refused = refused_address(delivery.endpoint.url)
    if refused:
        delivery.last_status_code, delivery.last_error = None, f"Refused: {refused}."
        delivery.save()
        raise DeliveryFailed(delivery.last_error)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            delivery.last_status_code, delivery.last_error = response.status, ""
    except urllib.error.HTTPError as error:
        delivery.last_status_code, delivery.last_error = error.code, str(error)[:500]
    except (urllib.error.URLError, OSError) as error:
        delivery.last_status_code, delivery.last_error = None, str(error)[:500]
    ok = delivery.last_status_code is not None and 200 <= delivery.last_status_code < 300
    if ok:
        delivery.state, delivery.delivered_at = WebhookDelivery.State.DELIVERED, timezone.now()
    delivery.save()
    if not ok:
        raise DeliveryFailed(delivery.last_error or f"HTTP {delivery.last_status_code}")
