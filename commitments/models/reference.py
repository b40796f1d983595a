"""Reference data of commitments: themes, action plans, their sections and numbered actions."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from commitments.querysets import ActionQuerySet
from tracker.audit import history_user_getter
from tracker.translation import LocalizedNameMixin


class Theme(LocalizedNameMixin, models.Model):
    """A field of work of the Convention: universalization, victim assistance, survey and clearance..."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=120, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["position", "slug"]
        indexes = [models.Index(fields=["position", "slug"], name="commitments_theme_by_position")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        """The public list of its commitments."""
        return f"{reverse('dashboards:commitments')}?theme={self.slug}"


class ActionPlan(LocalizedNameMixin, models.Model):
    """An action plan adopted at a Review Conference (Nairobi 2004 ... Oslo 2019, Siem Reap-Angkor 2024)."""

    code = models.CharField(
        _("short code"), max_length=12, unique=True, help_text=_("Prefix of its actions' references, e.g. OAP.")
    )
    slug = models.SlugField(
        _("slug"), max_length=60, unique=True, help_text=_("Its name in the public page's address, e.g. oslo-2019.")
    )
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    symbol = models.CharField(_("document symbol"), max_length=120, blank=True)
    meeting = models.ForeignKey(
        "documents.Meeting",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="action_plans",
        verbose_name=_("adopted at"),
    )
    document = models.ForeignKey(
        "documents.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="action_plans",
        verbose_name=_("ingested text"),
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    period_start = models.PositiveSmallIntegerField(_("first year covered"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(_("last year covered"), null=True, blank=True)
    expected_action_count = models.PositiveSmallIntegerField(_("number of actions"), null=True, blank=True)
    predecessor = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="successor",
        verbose_name=_("follows"),
    )

    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["-period_start", "code"]
        indexes = [models.Index(fields=["-period_start", "code"], name="commitments_plan_by_period")]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__isnull=True)
                | Q(period_start__isnull=True)
                | Q(period_end__gte=F("period_start")),
                name="%(app_label)s_%(class)s_period_in_order",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("dashboards:plan", args=[self.slug])


class ActionPlanSection(models.Model):
    """A section of an action plan as printed in its text (e.g. 'II. Best practices...')."""

    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="sections", verbose_name=_("plan"))
    number = models.CharField(_("number as printed"), max_length=12, blank=True)
    title = models.CharField(_("title as printed"), max_length=300)
    position = models.PositiveSmallIntegerField(_("position"))

    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("action plan section")
        verbose_name_plural = _("action plan sections")
        ordering = ["plan", "position"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "position"], name="%(app_label)s_%(class)s_unique_position"),
        ]

    def __str__(self) -> str:
        return f"{self.plan.code} {self.number} {self.title}".strip()


class Action(models.Model):
    """A numbered action of an action plan, referred to as e.g. ``OAP-23``."""

    plan = models.ForeignKey(ActionPlan, on_delete=models.PROTECT, related_name="actions", verbose_name=_("plan"))
    number = models.PositiveSmallIntegerField(_("number"))
    section = models.ForeignKey(
        ActionPlanSection,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("section"),
    )
    text = models.TextField(
        _("text"), blank=True, help_text=_("Filled by ingesting the plan's document; never typed from memory.")
    )
    paragraph = models.ForeignKey(
        "documents.Paragraph",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("source paragraph"),
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="actions", verbose_name=_("themes"))

    objects = ActionQuerySet.as_manager()
    history = HistoricalRecords(get_user=history_user_getter, m2m_fields=[themes])

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        # The (plan, number) unique constraint's index serves this ordering.
        ordering = ["plan", "number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="%(app_label)s_%(class)s_unique_number"),
            models.CheckConstraint(condition=Q(number__gte=1), name="%(app_label)s_%(class)s_number_from_one"),
        ]

    def __str__(self) -> str:
        return self.ref

    @property
    def ref(self) -> str:
        return f"{self.plan.code}-{self.number}"

    @property
    def has_text(self) -> bool:
        return bool(self.text)
