"""Notification tasks. Each is idempotent (an email or a delivery is recorded once, and sent once) and retries
with back-off when the mail server or a client's address fails."""

from __future__ import annotations

import datetime
import smtplib
from collections import defaultdict

from celery import shared_task
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import User
from actors.models import FocalPoint
from commitments.models import CommitmentOwner, StatusProposal, StatusUpdate
from notifications.emails import send_once
from notifications.models import (
    EmailKind,
    Watch,
    WebhookDelivery,
    WebhookEndpoint,
    focal_points_of,
    recipients_of,
)
from notifications.webhooks import DeliveryFailed, DeliveryRefused, attempt, change_payload
from tracker.celery import time_limits
from tracker.outbox import enqueue

MAIL_ERRORS = (smtplib.SMTPException, OSError)
WEBHOOK_ATTEMPTS = 8  # about two hours of back-off in all (1, 2, 4 ... 64 minutes between attempts)


def _published_changes():
    return (
        StatusUpdate.objects.published()
        .moves()
        .select_related("commitment__overall_status", "actor", "from_status", "to_status", "proposal__proposed_by")
    )


@shared_task(
    autoretry_for=MAIL_ERRORS, retry_backoff=30, retry_backoff_max=1800, max_retries=10, **time_limits("notifications")
)
def notify_changes(update_ids: list[int]) -> int:
    """Email the people concerned by each published change, and queue its webhook deliveries. Returns how many
    emails were sent now (0 on a rerun)."""
    sent = 0
    endpoints = list(WebhookEndpoint.objects.filter(is_active=True))
    for update in _published_changes().filter(pk__in=update_ids).order_by("pk"):
        for user in recipients_of(update):
            sent += send_once(
                user,
                kind=EmailKind.CHANGE,
                key=f"update:{update.pk}",
                template="change",
                context={
                    "update": update,
                    "commitment": update.commitment,
                },
            )
        if endpoints:
            _queue_deliveries(update, endpoints)
    return sent


@shared_task(
    autoretry_for=MAIL_ERRORS, retry_backoff=30, retry_backoff_max=1800, max_retries=10, **time_limits("notifications")
)
def notify_proposal_returned(proposal_id: int) -> int:
    """Tell the State's focal points and the proposer that ISU staff returned a proposal, with their comment.
    Returns how many emails were sent now (0 on a rerun, or when the proposal is gone)."""
    proposal = (
        StatusProposal.objects.select_related("commitment", "actor", "status", "proposed_by")
        .filter(pk=proposal_id, state=StatusProposal.State.RETURNED)
        .first()
    )
    if proposal is None:
        return 0
    context = {"proposal": proposal, "commitment": proposal.commitment}
    return sum(
        send_once(user, kind=EmailKind.RETURNED, key=f"proposal:{proposal.pk}", template="returned", context=context)
        for user in focal_points_of(proposal.actor_id, proposal.proposed_by)
    )


def _queue_deliveries(update: StatusUpdate, endpoints: list[WebhookEndpoint]) -> None:
    payload = change_payload(update)
    with transaction.atomic():
        for endpoint in endpoints:
            delivery, created = WebhookDelivery.objects.get_or_create(
                endpoint=endpoint, status_update=update, defaults={"payload": payload}
            )
            if created:
                enqueue("notifications.tasks.deliver_webhook", delivery.pk)


@shared_task(bind=True, max_retries=WEBHOOK_ATTEMPTS - 1, **time_limits("notifications"))
def deliver_webhook(self, delivery_id: int) -> str:
    """POST one delivery; on failure retry with exponential back-off, then mark it failed."""
    with transaction.atomic():
        delivery = WebhookDelivery.objects.select_for_update().select_related("endpoint").filter(pk=delivery_id).first()
        if delivery is None or delivery.state != WebhookDelivery.State.PENDING or not delivery.endpoint.is_active:
            return delivery.state if delivery else "gone"
        try:
            attempt(delivery)
            return delivery.state
        except DeliveryRefused:
            return delivery.state  # failed for good: retrying would not make it acceptable
        except DeliveryFailed as error:
            if delivery.attempts >= WEBHOOK_ATTEMPTS:
                delivery.state = WebhookDelivery.State.FAILED
                delivery.save(update_fields=["state"])
                return delivery.state
            if self.request.is_eager:
                return delivery.state  # in demo mode a retry would block the request: the admin can retry
            failure = error
    raise self.retry(exc=failure, countdown=60 * 2 ** (delivery.attempts - 1))


def _followed(user) -> Q:
    """The status updates ``user`` follows: its State's (a focal point), and what its watch list names."""
    condition = Q(pk__in=[])
    state = FocalPoint.state_of(user)
    if state is not None:
        condition |= Q(actor=state)
    for watch in Watch.objects.of(user):
        if watch.commitment_id:
            condition |= Q(commitment_id=watch.commitment_id)
        elif watch.theme_id:
            condition |= Q(commitment__themes=watch.theme_id)
        else:
            condition |= Q(actor_id=watch.actor_id)
    return condition


def _followers():
    watching = Watch.objects.values("user_id")
    focal = FocalPoint.objects.values("user_id")
    return User.objects.filter(Q(pk__in=watching) | Q(pk__in=focal), is_active=True).exclude(email="")


@shared_task(autoretry_for=MAIL_ERRORS, retry_backoff=60, max_retries=10, **time_limits("notifications"))
def send_digests(days: int = 7) -> int:
    """Each follower's digest of the published changes of the last ``days`` days in what they follow (nothing
    when nothing changed). Keyed by the period's last day, so a rerun the same day sends nothing new."""
    until = timezone.now()
    since = until - datetime.timedelta(days=days)
    sent = 0
    for user in _followers():
        changes = list(
            _published_changes()
            .filter(_followed(user), effective_at__gte=since, effective_at__lt=until)
            .distinct()
            .order_by("-effective_at")[:200]
        )
        if changes:
            key = f"digest:{timezone.localdate(until).isoformat()}:{days}"
            sent += send_once(
                user,
                kind=EmailKind.DIGEST,
                key=key,
                template="digest",
                context={
                    "changes": changes,
                    "since": since,
                    "days": days,
                },
            )
    return sent


def overdue_pairs(days: int):
    """Published (commitment, owner) pairs past the commitment's target date, open, not reported for ``days``."""
    today = timezone.localdate()
    return (
        CommitmentOwner.objects.published()
        .filter(commitment__target_date__lt=today, status__is_closed=False)
        .not_reported_for(days)
        .select_related("commitment", "actor", "status")
        .order_by("commitment__target_date", "commitment_id")
    )


@shared_task(autoretry_for=MAIL_ERRORS, retry_backoff=60, max_retries=10, **time_limits("notifications"))
def send_reminders(days: int = 90) -> int:
    """Remind focal points and the staff following them of commitments past their target date with no update
    for ``days`` days: one email per person per day, listing them."""
    by_user: dict[int, list[CommitmentOwner]] = defaultdict(list)
    # Who follows what, read once (not per pair): focal points by State, staff watches by target.
    focal: dict[int, set[int]] = defaultdict(set)
    for actor_id, user_id in FocalPoint.objects.values_list("actor_id", "user_id"):
        focal[actor_id].add(user_id)
    watching: dict[tuple[str, int], set[int]] = defaultdict(set)
    staff_watches = Watch.objects.filter(user__is_staff=True, user__is_active=True)
    for user_id, commitment_id, theme_id, actor_id in staff_watches.values_list(
        "user_id", "commitment_id", "theme_id", "actor_id"
    ):
        target = (
            ("commitment", commitment_id) if commitment_id else ("theme", theme_id) if theme_id else ("actor", actor_id)
        )
        watching[target].add(user_id)
    for pair in overdue_pairs(days).prefetch_related("commitment__themes"):
        targets = [("commitment", pair.commitment_id), ("actor", pair.actor_id)]
        targets += [("theme", theme.pk) for theme in pair.commitment.themes.all()]
        for user_id in focal[pair.actor_id].union(*(watching[target] for target in targets)):
            by_user[user_id].append(pair)
    sent = 0
    key = f"reminder:{timezone.localdate().isoformat()}"
    for user in User.objects.filter(pk__in=by_user, is_active=True):
        sent += send_once(
            user,
            kind=EmailKind.REMINDER,
            key=key,
            template="reminder",
            context={
                "pairs": by_user[user.pk][:200],
                "count": len(by_user[user.pk]),
                "days": days,
            },
        )
    return sent
