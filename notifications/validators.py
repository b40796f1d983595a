"""Where webhooks may go: public addresses only. Used when a webhook is registered (model and API validation) and
before each delivery, which then connects to the very address checked here."""

from __future__ import annotations

import ipaddress
import socket
import urllib.parse

from django.conf import settings


def resolve(url: str) -> tuple[str, list[str]]:
    """The URL's host and the addresses it resolves to now (none: it does not resolve)."""
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        return host, list(dict.fromkeys(info[4][0] for info in socket.getaddrinfo(host, None)))
    except OSError:
        return host, []


def refusal(host: str, addresses: list[str]) -> str | None:
    """Why these addresses may not receive webhooks, or None."""
    if not addresses:
        return f"{host} does not resolve"
    if settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            return f"{host} is a private or local address ({ip})"
    return None


def refused_address(url: str) -> str | None:
    """Why ``url`` may not receive webhooks (its host resolves to a loopback, private, link-local or reserved
    address), or None. Checked at registration and again before each delivery (the name may point elsewhere)."""
    if settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return None
    return refusal(*resolve(url))
