"""Emails, each sent once: a row per (user, kind, key) is locked while its email goes and marked sent after it."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from notifications.models import SentEmail


def send_once(user, *, kind: str, key: str, template: str, context: dict) -> bool:
    """Send ``template`` to ``user`` in their language unless it was sent already; returns whether it was sent now.

    An error from the mail server propagates (the task retries); the row stays unsent, so the retry sends it."""
    if not user.email:
        return False
    with transaction.atomic():
        SentEmail.objects.get_or_create(user=user, kind=kind, key=key)
        record = SentEmail.objects.select_for_update().get(user=user, kind=kind, key=key)
        if record.sent_at is not None:
            return False
        with translation.override(user.language or settings.LANGUAGE_CODE):
            context = {**context, "user": user, "site": settings.SITE_URL}
            subject = " ".join(render_to_string(f"notifications/email/{template}_subject.txt", context).split())
            body = render_to_string(f"notifications/email/{template}.txt", context)
        EmailMessage(subject=subject, body=body, to=[user.email]).send()
        record.subject, record.sent_at = subject[:300], timezone.now()
        record.save(update_fields=["subject", "sent_at"])
    return True
