"""Summary tables behind the public dashboards: counts by status for every scope a page shows, computed in SQL
from the commitments and refreshed after each status change (``dashboards.summary``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from commitments.models import Status


class Scope(models.TextChoices):
    # Commitment-level scopes count each commitment once, by its overall status.
    ALL = "all", _("all commitments")
    THEME = "theme", _("theme")
    DOCUMENT = "document", _("document")
    MEETING = "meeting", _("meeting")
    ACTION = "action", _("action")
    PLAN = "plan", _("action plan")
    # Owner-level scopes count each (commitment, State) pair by that State's own status.
    STATE = "state", _("State")
    STATE_THEME = "state_theme", _("State and theme")
    # Moves into a completed status, by the year they took effect.
    COMPLETED_YEAR = "completed_year", _("completions per year")
    # Status changes (from one status to another), by the year they took effect and the status moved to; for all
    # owners, and for each State (subkey: the year).
    MOVES_YEAR = "moves_year", _("status changes per year")
    STATE_YEAR = "state_year", _("status changes of a State per year")


class ProgressCount(models.Model):
    """How many commitments (or ownerships) of one scope stand at one status."""

    scope = models.CharField(_("scope"), max_length=16, choices=Scope.choices)
    key = models.PositiveIntegerField(_("key"), default=0, help_text=_("The id of the theme, document, State..."))
    subkey = models.PositiveIntegerField(_("second key"), default=0)
    status = models.ForeignKey(Status, on_delete=models.CASCADE, null=True, related_name="+", verbose_name=_("status"))
    count = models.PositiveIntegerField(_("count"))

    class Meta:
        verbose_name = _("progress count")
        verbose_name_plural = _("progress counts")
        indexes = [models.Index(fields=["scope", "key", "subkey"], name="dashboards_count_by_scope")]

    def __str__(self) -> str:
        return f"{self.scope} {self.key}/{self.subkey} {self.status_id}: {self.count}"


class SummaryRefresh(models.Model):
    """The one row that says when the summaries were last computed; its lock serialises refreshes."""

    started_at = models.DateTimeField(_("started at"), null=True)
    finished_at = models.DateTimeField(_("finished at"), null=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), null=True)

    class Meta:
        verbose_name = _("summary refresh")
        verbose_name_plural = _("summary refreshes")

    def __str__(self) -> str:
        return f"summaries of {self.finished_at}"
