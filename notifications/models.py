"""Who follows what (watch lists), what was sent to whom (emails, once each), and webhooks for REST clients."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actors.models import Actor, FocalPoint
from commitments.models import Commitment, StatusUpdate, Theme
from notifications.validators import refused_address
from tracker.db import choices_constraint

_ONE_TARGET = (
    Q(commitment__isnull=False, theme__isnull=True, actor__isnull=True)
    | Q(commitment__isnull=True, theme__isnull=False, actor__isnull=True)
    | Q(commitment__isnull=True, theme__isnull=True, actor__isnull=False)
)


class WatchQuerySet(models.QuerySet):
    def of(self, user) -> WatchQuerySet:
        return self.filter(user=user)

    def covering(self, update: StatusUpdate) -> WatchQuerySet:
        """Watches that a change of ``update``'s pair concerns: its commitment, one of its themes, its State."""
        return self.filter(
            Q(commitment_id=update.commitment_id)
            | Q(theme__in=update.commitment.themes.all())
            | Q(actor_id=update.actor_id)
        )


class Watch(models.Model):
    """One entry of a user's watch list: a commitment, a theme or a State."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watches", verbose_name=_("user")
    )
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("commitment")
    )
    theme = models.ForeignKey(
        Theme, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("theme")
    )
    actor = models.ForeignKey(
        Actor, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("State")
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    objects = WatchQuerySet.as_manager()

    class Meta:
        verbose_name = _("watch")
        verbose_name_plural = _("watch list")
        ordering = ["user", "-created_at"]
        constraints = [
            models.CheckConstraint(condition=_ONE_TARGET, name="notifications_watch_one_target"),
            models.UniqueConstraint(fields=["user", "commitment"], name="notifications_watch_once_commitment"),
            models.UniqueConstraint(fields=["user", "theme"], name="notifications_watch_once_theme"),
            models.UniqueConstraint(fields=["user", "actor"], name="notifications_watch_once_actor"),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.target}"

    @property
    def target(self):
        return self.commitment or self.theme or self.actor

    def clean(self) -> None:
        if sum(value is not None for value in (self.commitment_id, self.theme_id, self.actor_id)) != 1:
            raise ValidationError(_("Watch one commitment, one theme or one State."))


def focal_points_of(actor_id: int, *also) -> list:
    """The active focal points of a State with an email address, and ``also`` (the proposer), each once."""
    from accounts.models import User

    focal = FocalPoint.objects.filter(actor_id=actor_id).values("user_id")
    extra = [user.pk for user in also if user is not None]
    return list(User.objects.filter(Q(pk__in=focal) | Q(pk__in=extra), is_active=True).exclude(email="").order_by("pk"))


def recipients_of(update: StatusUpdate) -> list:
    """Who is told of ``update``: the focal points of its State and everyone watching its commitment, one of its
    themes or its State; users with an email address, each once."""
    from accounts.models import User

    focal = FocalPoint.objects.filter(actor_id=update.actor_id).values("user_id")
    watching = Watch.objects.covering(update).values("user_id")
    return list(
        User.objects.filter(Q(pk__in=focal) | Q(pk__in=watching), is_active=True).exclude(email="").order_by("pk")
    )


class EmailKind(models.TextChoices):
    CHANGE = "change", _("Status change")
    DIGEST = "digest", _("Weekly digest")
    REMINDER = "reminder", _("Reminder")
    RETURNED = "returned", _("Proposal returned")


class SentEmail(models.Model):
    """An email to one user about one thing (a change, a week, a day's reminders): the row is written before the
    email goes, marked sent after, so a retried task never sends the same email twice."""

    Kind = EmailKind

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="emails", verbose_name=_("user")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=EmailKind.choices)
    key = models.CharField(_("about"), max_length=100)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("email")
        verbose_name_plural = _("emails")
        ordering = ["-created_at", "-id"]
        constraints = [
            choices_constraint("kind", EmailKind),
            models.UniqueConstraint(fields=["user", "kind", "key"], name="notifications_email_once"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.user}: {self.subject}"


def new_secret() -> str:
    return secrets.token_hex(32)


class WebhookEndpoint(models.Model):
    """A REST client's address: each published status change is POSTed to it, signed with its secret."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhooks", verbose_name=_("client")
    )
    url = models.URLField(_("address"), max_length=500, validators=[URLValidator(schemes=["http", "https"])])
    description = models.CharField(_("description"), max_length=200, blank=True)
    secret = models.CharField(_("signing secret"), max_length=64, default=new_secret, editable=False)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["user", "url"]

    def __str__(self) -> str:
        return self.url

    def clean(self) -> None:
        refused = refused_address(self.url)
        if refused:
            raise ValidationError({"url": _("Webhooks go to public addresses: %(why)s.") % {"why": refused}})


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Pending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class WebhookDelivery(models.Model):
    """One change POSTed to one webhook: attempts, the last answer, and whether it got through."""

    State = DeliveryState

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("webhook")
    )
    status_update = models.ForeignKey(
        StatusUpdate, on_delete=models.CASCADE, related_name="+", verbose_name=_("status update")
    )
    payload = models.JSONField(_("payload"))
    state = models.CharField(_("state"), max_length=12, choices=DeliveryState.choices, default=DeliveryState.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_status_code = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-id"]
        constraints = [
            choices_constraint("state", DeliveryState),
            models.UniqueConstraint(fields=["endpoint", "status_update"], name="notifications_delivery_once"),
        ]

    def __str__(self) -> str:
        return f"{self.endpoint} #{self.status_update_id} ({self.get_state_display()})"
