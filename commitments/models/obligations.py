"""The Convention's own obligations per State: stockpile destruction (Article 4), mine clearance (Article 5, with
the extensions the Meetings of the States Parties grant) and transparency reports (Article 7)."""

from __future__ import annotations

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from actors.models import Actor
from commitments.models.choices import DatePrecision, ObligationEventKind, ObligationKind, ObligationState
from commitments.querysets import ObligationQuerySet
from tracker.audit import history_user_getter
from tracker.db import choices_constraint

ARTICLE = {
    ObligationKind.STOCKPILE_DESTRUCTION: 4,
    ObligationKind.CLEARANCE: 5,
    ObligationKind.INITIAL_REPORT: 7,
    ObligationKind.ANNUAL_REPORT: 7,
}


def add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def convention_deadline(kind: str, *, entry_into_force: datetime.date | None, period: int | None = None):
    """The deadline the Convention sets: four years after entry into force for stockpiles (Article 4), ten for
    clearance (Article 5(1)), 180 days for the initial report (Article 7(1)), and 30 April for the annual update
    covering the previous calendar year (Article 7(2)). None when the entry into force is not known."""
    if kind == ObligationKind.ANNUAL_REPORT:
        return datetime.date(period + 1, 4, 30) if period else None
    if entry_into_force is None:
        return None
    if kind == ObligationKind.STOCKPILE_DESTRUCTION:
        return add_years(entry_into_force, 4)
    if kind == ObligationKind.CLEARANCE:
        return add_years(entry_into_force, 10)
    return entry_into_force + datetime.timedelta(days=180)


class Obligation(models.Model):
    """One obligation of one State under the Convention, with its deadline as first set and as extended."""

    Kind = ObligationKind

    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="obligations", verbose_name=_("State"))
    kind = models.CharField(_("obligation"), max_length=24, choices=Kind.choices)
    period = models.PositiveSmallIntegerField(
        _("year reported on"), null=True, blank=True, help_text=_("For an annual report: the calendar year it covers.")
    )
    original_deadline = models.DateField(_("deadline set by the Convention"), null=True, blank=True, editable=False)
    deadline = models.DateField(
        _("current deadline"), null=True, blank=True, editable=False, help_text=_("As extended, when it was.")
    )
    deadline_precision = models.CharField(
        _("deadline precision"),
        max_length=8,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        editable=False,
        help_text=_("Where a source gives only the month or year, the deadline is the last day of that period."),
    )
    deadline_derived = models.BooleanField(
        _("deadline derived"),
        default=False,
        editable=False,
        help_text=_("Computed from an entry into force that was itself derived by Article 17."),
    )
    completed_on = models.DateField(
        _("completed on"), null=True, blank=True, help_text=_("Completion declared, or the report received.")
    )
    source_paragraph = models.ForeignKey(
        "documents.Paragraph",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="obligations",
        verbose_name=_("source"),
        help_text=_("The Convention's article, as ingested."),
    )
    notes = models.TextField(_("notes"), blank=True)

    objects = ObligationQuerySet.as_manager()
    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("obligation")
        verbose_name_plural = _("obligations")
        ordering = ["deadline", "actor"]
        indexes = [
            # The calendar: what falls due next, and what is overdue.
            models.Index(fields=["deadline", "actor"], name="commitments_obligation_due"),
        ]
        constraints = [
            choices_constraint("kind", ObligationKind),
            models.UniqueConstraint(
                fields=["actor", "kind"], condition=Q(period__isnull=True), name="%(app_label)s_%(class)s_one_per_kind"
            ),
            models.UniqueConstraint(
                fields=["actor", "kind", "period"],
                condition=Q(period__isnull=False),
                name="%(app_label)s_%(class)s_one_per_period",
            ),
            models.CheckConstraint(
                condition=Q(kind=ObligationKind.ANNUAL_REPORT, period__isnull=False)
                | (~Q(kind=ObligationKind.ANNUAL_REPORT) & Q(period__isnull=True)),
                name="%(app_label)s_%(class)s_period_for_annual_reports",
            ),
            choices_constraint("deadline_precision", DatePrecision),
            models.CheckConstraint(
                condition=Q(deadline__isnull=True)
                | Q(original_deadline__isnull=True)
                | Q(deadline__gte=F("original_deadline")),
                name="%(app_label)s_%(class)s_extensions_move_forward",
            ),
        ]

    def __str__(self) -> str:
        period = f" {self.period}" if self.period else ""
        return f"{self.actor}: {self.get_kind_display()}{period}"

    @property
    def article(self) -> int:
        return ARTICLE[self.kind]

    @property
    def receipts_recorded(self) -> bool:
        """Whether the data say which reports of this year were received: only then is a missing one overdue.
        (Annotated by ``ObligationQuerySet.with_state``; looked up otherwise.)"""
        if "receipts_recorded" in self.__dict__:
            return self.__dict__["receipts_recorded"]
        if self.kind != ObligationKind.ANNUAL_REPORT:
            return False
        return Obligation.objects.filter(kind=self.kind, period=self.period, completed_on__isnull=False).exists()

    @receipts_recorded.setter
    def receipts_recorded(self, value: bool) -> None:
        self.__dict__["receipts_recorded"] = value

    def state_on(self, day: datetime.date) -> str:
        """Completed, overdue, not recorded, extended or pending on ``day`` (the queryset computes the same in SQL).
        A passed deadline is *overdue* only where the data would show the completion (a year of reports received);
        otherwise its status after the deadline is *not recorded*."""
        if self.completed_on:
            return ObligationState.COMPLETED
        if self.deadline and self.deadline < day:
            return ObligationState.OVERDUE if self.receipts_recorded else ObligationState.NOT_RECORDED
        if self.deadline and self.original_deadline and self.deadline > self.original_deadline:
            return ObligationState.EXTENDED
        return ObligationState.PENDING

    @property
    def state(self) -> str:
        return self.state_on(timezone.localdate())

    @property
    def on_time(self) -> bool | None:
        """For a completed obligation (a report received): by its deadline, or not. None while open."""
        if not (self.completed_on and self.deadline):
            return None
        return self.completed_on <= self.deadline

    def clean(self) -> None:
        if self.actor_id and self.actor.kind != Actor.Kind.STATE:
            raise ValidationError({"actor": _("Only States have obligations under the Convention.")})
        if self.kind == ObligationKind.ANNUAL_REPORT and not self.period:
            raise ValidationError({"period": _("Say which calendar year the report covers.")})


class DeadlineExtension(models.Model):
    """An extension of a deadline granted by a Meeting of the States Parties (Article 5(3)-(6)): append-only."""

    obligation = models.ForeignKey(
        Obligation, on_delete=models.CASCADE, related_name="extensions", verbose_name=_("obligation")
    )
    previous_deadline = models.DateField(_("previous deadline"), null=True, blank=True)
    new_deadline = models.DateField(_("new deadline"))
    granted_on = models.DateField(_("granted on"), null=True, blank=True)
    paragraph = models.ForeignKey(
        "documents.Paragraph",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deadline_extensions",
        verbose_name=_("decision"),
        help_text=_("The paragraph of the decision that granted it."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    source = models.ForeignKey(
        "ObligationEvent",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="extensions",
        verbose_name=_("reference source"),
        help_text=_("The sourced fact of the reference data it was loaded from."),
    )

    class Meta:
        verbose_name = _("deadline extension")
        verbose_name_plural = _("deadline extensions")
        ordering = ["obligation", "new_deadline"]
        constraints = [
            models.UniqueConstraint(
                fields=["obligation", "new_deadline"], name="%(app_label)s_%(class)s_one_per_deadline"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.obligation}: {self.previous_deadline or '—'} → {self.new_deadline}"


class ObligationEvent(models.Model):
    """What one public source says about a State's deadline: an original deadline, an extension granted, the
    deadline in force on the source's date, a request pending, a completion. Reference data, loaded from
    ``commitments/reference/deadlines.csv``; the obligation's deadline and completion follow from these rows."""

    Kind = ObligationEventKind
    Precision = DatePrecision

    obligation = models.ForeignKey(
        Obligation, on_delete=models.CASCADE, related_name="events", verbose_name=_("obligation")
    )
    kind = models.CharField(_("event"), max_length=20, choices=Kind.choices)
    event_on = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_(
            "Of the decision, declaration or request; for a deadline in "
            "force, of the source. The first day of the month or year where only that is known."
        ),
    )
    event_precision = models.CharField(
        _("date precision"), max_length=8, choices=Precision.choices, default=Precision.DAY
    )
    meeting = models.CharField(
        _("meeting"), max_length=12, blank=True, help_text=_("Its short code, e.g. 22MSP or 5RC.")
    )
    deadline = models.DateField(
        _("deadline"), null=True, blank=True, help_text=_("The last day of the month or year where only that is known.")
    )
    deadline_precision = models.CharField(
        _("deadline precision"), max_length=8, choices=Precision.choices, default=Precision.DAY
    )
    source_url = models.URLField(_("source"), max_length=500)
    note = models.TextField(_("note"), blank=True)
    doubtful = models.BooleanField(
        _("doubtful"), default=False, help_text=_("Sources conflict: shown with the other source, never relied on.")
    )

    class Meta:
        verbose_name = _("sourced deadline event")
        verbose_name_plural = _("sourced deadline events")
        # A State's page and the API read an obligation's events in the order they happened.
        ordering = ["obligation", "event_on", "id"]
        indexes = [models.Index(fields=["obligation", "event_on", "id"], name="commitments_obligevent_order")]
        constraints = [
            choices_constraint("kind", ObligationEventKind),
            choices_constraint("event_precision", DatePrecision),
            choices_constraint("deadline_precision", DatePrecision),
            models.UniqueConstraint(
                fields=["obligation", "kind", "event_on", "deadline", "source_url"],
                name="%(app_label)s_%(class)s_one_per_source",
                nulls_distinct=False,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.obligation}: {self.get_kind_display()} {self.event_on or ''} {self.deadline or ''}".strip()

    @property
    def meeting_name(self) -> str:
        """ "22MSP" -> "22nd Meeting of the States Parties", in the active language ("" without a meeting)."""
        return meeting_name(self.meeting)

    @property
    def sets_deadline(self) -> bool:
        """Whether it states a deadline in force (a request pending does not, a doubtful row is not relied on)."""
        return self.deadline is not None and not self.doubtful and self.kind in SETS_DEADLINE


SETS_DEADLINE = (ObligationEventKind.ORIGINAL, ObligationEventKind.EXTENSION, ObligationEventKind.INTERIM_DEADLINE)


MEETING_CODE = re.compile(r"^(\d{1,2})(MSP|RC)$")


def meeting_name(code: str) -> str:
    """The name of a meeting from its short code: "22MSP", "5RC". The code itself when it is not one of those."""
    match = MEETING_CODE.match(code or "")
    if not match:
        return code or ""
    number, kind = int(match.group(1)), match.group(2)
    if kind == "MSP":
        return gettext("%(ordinal)s Meeting of the States Parties") % {"ordinal": ordinal(number)}
    return gettext("%(ordinal)s Review Conference") % {"ordinal": ordinal(number)}


def ordinal(number: int) -> str:
    """22 -> "22nd" / "22e" / "22.ª". Both meetings are feminine nouns in French and Spanish (Assemblée,
    Conférence; Reunión, Conferencia), hence "1re" and ".ª"; Django's humanize uses the masculine and HTML."""
    language = (get_language() or "en")[:2]
    if language == "fr":
        return f"{number}re" if number == 1 else f"{number}e"
    if language == "es":
        return f"{number}.ª"
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
