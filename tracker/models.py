"""What the whole project shares: the outbox of tasks to send to the broker."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """A task to run, written in the same transaction as the change that needs it.

    Sent to the broker once that transaction commits; if the broker is down, the row stays and a periodic task
    sends it when the broker is back. Nothing that was committed is lost; tasks are idempotent, so a message that
    is sent twice (the broker took it, then the database failed to record that) does no harm."""

    task = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    dispatched_at = models.DateTimeField(_("sent to the broker"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        ordering = ["created_at", "id"]
        indexes = [
            # The drain: messages still waiting for the broker, oldest first.
            models.Index(
                fields=["created_at", "id"], condition=Q(dispatched_at__isnull=True), name="tracker_outbox_waiting"
            ),
        ]

    def __str__(self) -> str:
        state = "sent" if self.dispatched_at else "waiting"
        return f"{self.task}{tuple(self.args)} ({state})"


class CircuitBreaker(models.Model):
    """A service found down, shared by every process (web workers, Celery workers, beat): while ``open_until`` is
    in the future, callers skip the service instead of each waiting for its timeout. The row is the state, so a
    failure seen by one process spares all the others."""

    name = models.CharField(_("service"), max_length=50, primary_key=True)
    open_until = models.DateTimeField(_("skipped until"))
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("circuit breaker")
        verbose_name_plural = _("circuit breakers")
        ordering = ["name"]  # the primary key's index

    def __str__(self) -> str:
        return f"{self.name} (skipped until {self.open_until:%H:%M:%S})"

    @classmethod
    def is_open(cls, name: str) -> bool:
        from django.utils import timezone

        return cls.objects.filter(name=name, open_until__gt=timezone.now()).exists()

    @classmethod
    def trip(cls, name: str, *, seconds: float, error: str = "") -> None:
        import datetime

        from django.utils import timezone

        until = timezone.now() + datetime.timedelta(seconds=seconds)
        cls.objects.update_or_create(name=name, defaults={"open_until": until, "last_error": error[:500]})

    @classmethod
    def close(cls, name: str) -> None:
        cls.objects.filter(name=name).delete()
