"""Who commits to what, where it is written, and how its implementation stands over time."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from statistics import mean

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from simple_history.models import HistoricalRecords

from commitments.querysets import (
    ActorQuerySet,
    CommitmentOwnerQuerySet,
    CommitmentQuerySet,
    StatusUpdateQuerySet,
)
from tracker.audit import history_user_getter
from tracker.translation import LocalizedNameMixin


def _choices_constraint(field: str, choices: type[models.TextChoices], *, allow_blank: bool = False):
    values = [choice.value for choice in choices]
    condition = Q(**{f"{field}__in": values})
    if allow_blank:
        condition |= Q(**{field: ""})
    return models.CheckConstraint(condition=condition, name=f"%(app_label)s_%(class)s_{field}_valid")


def validate_iso3(value: str) -> None:
    if not countries.alpha2(value):
        raise ValidationError(_("%(code)s is not an ISO 3166-1 alpha-3 country code."), params={"code": value})


class ActorKind(models.TextChoices):
    """Kinds of actor."""

    STATE = "state", _("State")
    ORGANISATION = "organisation", _("Organisation")
    GROUP = "group", _("Group")


class ActorTreatyStatus(models.TextChoices):
    """A State's status under the Convention."""

    STATE_PARTY = "state_party", _("State Party")
    SIGNATORY = "signatory", _("Signatory")
    NOT_PARTY = "not_party", _("Not a party")


class Actor(LocalizedNameMixin, models.Model):
    """A State, an organisation, or a group of States (such as all States Parties) that owns commitments."""

    Kind = ActorKind

    TreatyStatus = ActorTreatyStatus

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    iso3 = models.CharField(
        _("ISO 3166-1 alpha-3 code"),
        max_length=3,
        null=True,
        blank=True,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{3}$", _("Three capital letters, e.g. MEX.")), validate_iso3],
    )
    acronym = models.CharField(_("acronym"), max_length=24, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    treaty_status = models.CharField(
        _("status under the Convention"), max_length=16, choices=TreatyStatus.choices, blank=True
    )
    ratification_date = models.DateField(_("ratification or accession"), null=True, blank=True)
    ratification_year = models.PositiveSmallIntegerField(_("year of ratification or accession"), null=True, blank=True)
    entry_into_force = models.DateField(_("entry into force"), null=True, blank=True)
    expands_to_states_parties = models.BooleanField(
        _("implemented by each State Party"),
        default=False,
        help_text=_("A commitment of this group is tracked State Party by State Party."),
    )
    notes = models.TextField(_("notes"), blank=True)

    objects = ActorQuerySet.as_manager()
    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["kind", "name_en"]
        indexes = [
            # Actor lists and autocomplete are grouped by kind, then alphabetical.
            models.Index(fields=["kind", "name_en"], name="commitments_actor_by_kind"),
        ]
        constraints = [
            _choices_constraint("kind", ActorKind),
            _choices_constraint("treaty_status", ActorTreatyStatus, allow_blank=True),
            models.CheckConstraint(
                condition=(Q(kind="state") & Q(iso3__isnull=False)) | (~Q(kind="state") & Q(iso3__isnull=True)),
                name="%(app_label)s_%(class)s_iso3_for_states_only",
            ),
            models.CheckConstraint(
                condition=Q(iso3__isnull=True) | Q(iso3__regex=r"^[A-Z]{3}$"),
                name="%(app_label)s_%(class)s_iso3_format",
            ),
            models.CheckConstraint(
                condition=Q(kind="state") | Q(treaty_status=""),
                name="%(app_label)s_%(class)s_treaty_status_for_states_only",
            ),
            models.CheckConstraint(
                condition=Q(kind="group") | Q(expands_to_states_parties=False),
                name="%(app_label)s_%(class)s_only_groups_expand",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_state_party(self) -> bool:
        return self.treaty_status == self.TreatyStatus.STATE_PARTY

    @property
    def code(self) -> str:
        """How the actor is named in compact lists and exports: ISO3 for a State, else acronym or slug."""
        return self.iso3 or self.acronym or self.slug

    def clean(self) -> None:
        if self.kind == self.Kind.STATE and not self.iso3:
            raise ValidationError({"iso3": _("A State needs its ISO 3166-1 alpha-3 code.")})
        if self.kind != self.Kind.STATE and self.iso3:
            raise ValidationError({"iso3": _("Only States have an ISO code.")})
        if self.kind != self.Kind.STATE and self.treaty_status:
            raise ValidationError({"treaty_status": _("Only States have a status under the Convention.")})
        if self.kind != self.Kind.GROUP and self.expands_to_states_parties:
            raise ValidationError({"expands_to_states_parties": _("Only a group can stand for the States Parties.")})


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


class ActionPlan(LocalizedNameMixin, models.Model):
    """An action plan adopted at a Review Conference (Nairobi 2004 ... Oslo 2019, Siem Reap-Angkor 2024)."""

    code = models.CharField(
        _("short code"), max_length=12, unique=True, help_text=_("Prefix of its actions' references, e.g. OAP.")
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


class Status(LocalizedNameMixin, models.Model):
    """An implementation status. The vocabulary is data: administrators can add statuses."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ONGOING = "ongoing"
    NO_LONGER_APPLICABLE = "no_longer_applicable"
    NOT_REPORTED = "not_reported"

    key = models.SlugField(_("key"), max_length=40, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=80)
    name_fr = models.CharField(_("name (French)"), max_length=80, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=80, blank=True)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("Empty: left out of progress averages."),
    )
    is_closed = models.BooleanField(_("closed"), default=False)
    requires_justification = models.BooleanField(
        _("needs a narrative or evidence"),
        default=False,
        help_text=_("Moving to this status needs a narrative or at least one piece of evidence."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("status")
        verbose_name_plural = _("statuses")
        ordering = ["position", "key"]
        indexes = [models.Index(fields=["position", "key"], name="commitments_status_by_position")]
        constraints = [
            models.CheckConstraint(
                condition=Q(progress__isnull=True) | Q(progress__lte=100),
                name="%(app_label)s_%(class)s_progress_percentage",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        rollup_changed = self._rollup_fields_changed()
        super().save(*args, **kwargs)
        if rollup_changed:
            from commitments.tasks import refresh_rollups_for_status

            transaction.on_commit(lambda: refresh_rollups_for_status.delay(self.pk))

    def _rollup_fields_changed(self) -> bool:
        if self.pk is None:
            return False
        before = Status.objects.filter(pk=self.pk).values("progress", "is_closed").first()
        return before is not None and (before["progress"], before["is_closed"]) != (self.progress, self.is_closed)

    @classmethod
    def by_key(cls, key: str) -> Status:
        return cls.objects.get(key=key)

    @classmethod
    def rollup(cls, statuses: Sequence[Status]) -> tuple[Status | None, int | None]:
        """A commitment's overall status and progress, from the statuses of its owners.

        Progress is the average of the owners' progress, leaving out statuses without one (no longer
        applicable). The overall status is the owners' common status when they agree (ignoring those left
        out of progress); all closed gives the most advanced closed status; otherwise 'in progress' once
        any owner has progressed, else 'not started'.
        """
        if not statuses:
            return None, None
        counted = [status for status in statuses if status.progress is not None]
        progress = round(mean(status.progress for status in counted)) if counted else None
        considered = counted or list(statuses)
        distinct = {status.pk: status for status in considered}
        if len(distinct) == 1:
            return considered[0], progress
        if all(status.is_closed for status in considered):
            return max(considered, key=lambda status: status.progress or 0), progress
        advanced = any(status.progress or status.is_closed for status in considered)
        fallback_key = cls.IN_PROGRESS if advanced else cls.NOT_STARTED
        fallback = cls.objects.filter(key=fallback_key).first()
        return fallback or min(considered, key=lambda status: status.progress or 0), progress


class CommitmentKind(models.TextChoices):
    """Kinds of commitment."""

    COMMITMENT = "commitment", _("Commitment or pledge")
    RECOMMENDATION = "recommendation", _("Recommendation")
    CALL = "call", _("Call or appeal")
    OFFER = "offer", _("Offer of assistance")
    CONCLUSION = "conclusion", _("Conclusion")


class Commitment(models.Model):
    """A commitment or recommendation, quoted from the paragraph it comes from, with its owners."""

    Kind = CommitmentKind

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    paragraph = models.ForeignKey(
        "documents.Paragraph",
        on_delete=models.PROTECT,
        related_name="commitments",
        verbose_name=_("source paragraph"),
    )
    text = models.TextField(_("quoted text"))
    speaker = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="spoken_commitments",
        verbose_name=_("made by"),
        help_text=_("Who speaks, as written: a State, or a group such as 'all States Parties'."),
    )
    owners = models.ManyToManyField(
        Actor, through="CommitmentOwner", related_name="commitments", verbose_name=_("owners")
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="commitments", verbose_name=_("themes"))
    actions = models.ManyToManyField(Action, blank=True, related_name="commitments", verbose_name=_("actions"))
    target_date = models.DateField(_("target date"), null=True, blank=True)
    references = models.JSONField(
        _("references"),
        default=list,
        blank=True,
        help_text=_("Other instruments and documents the text refers to (CRPD, SDG 16, a declaration...)."),
    )
    overall_status = models.ForeignKey(
        Status,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("overall status"),
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = CommitmentQuerySet.as_manager()
    history = HistoricalRecords(get_user=history_user_getter, m2m_fields=[themes, actions])

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["paragraph", "id"]
        indexes = [
            # Commitments are listed in the order of their source paragraphs.
            models.Index(fields=["paragraph", "id"], name="commitments_by_paragraph"),
            # Sync clients ask for what changed since their last pull (updated_since).
            models.Index(fields=["updated_at", "id"], name="commitments_by_update"),
        ]
        constraints = [
            _choices_constraint("kind", CommitmentKind),
            models.CheckConstraint(condition=~Q(text=""), name="%(app_label)s_%(class)s_text_not_empty"),
            models.CheckConstraint(
                condition=Q(progress__isnull=True) | Q(progress__lte=100),
                name="%(app_label)s_%(class)s_progress_percentage",
            ),
        ]

    def __str__(self) -> str:
        excerpt = self.text if len(self.text) <= 80 else f"{self.text[:77]}..."
        return f"{self.get_kind_display()}: {excerpt}"

    def clean(self) -> None:
        if self.paragraph_id is None:
            raise ValidationError({"paragraph": _("A commitment must point to the paragraph it comes from.")})

    def add_owner(
        self,
        actor: Actor,
        *,
        status: Status,
        recorded_by,
        effective_at: datetime.datetime | None = None,
        narrative: str = "",
        response: str = "",
    ) -> CommitmentOwner:
        """Make ``actor`` an owner, with a first status recorded as the start of its history."""
        with transaction.atomic():
            owner = CommitmentOwner(commitment=self, actor=actor, status=status, response=response)
            owner.status_effective_at = effective_at or timezone.now()
            owner.full_clean()
            owner.save()
            StatusUpdate.objects.create(
                commitment=self,
                actor=actor,
                from_status=None,
                to_status=status,
                effective_at=owner.status_effective_at,
                narrative=narrative,
                recorded_by=recorded_by,
            )
            self.refresh_rollup()
        return owner

    def add_owners(
        self,
        actors: Iterable[Actor],
        *,
        status: Status,
        recorded_by,
        effective_at: datetime.datetime | None = None,
    ) -> list[CommitmentOwner]:
        """Make many actors owners at once (the 164 States Parties of a collective commitment): the same rows
        as ``add_owner``, written in bulk, with one recomputation of the overall status."""
        from simple_history.utils import bulk_create_with_history

        actors = list(actors)
        effective_at = effective_at or timezone.now()
        with transaction.atomic():
            taken = set(self.owner_links.filter(actor__in=actors).values_list("actor__name_en", flat=True))
            if taken:
                raise ValidationError(
                    {"actor": _("Already owners of this commitment: %(names)s.") % {"names": ", ".join(sorted(taken))}}
                )
            links = bulk_create_with_history(
                [
                    CommitmentOwner(commitment=self, actor=actor, status=status, status_effective_at=effective_at)
                    for actor in actors
                ],
                CommitmentOwner,
                batch_size=500,
            )
            StatusUpdate.objects.bulk_create(
                [
                    StatusUpdate(
                        commitment=self,
                        actor=actor,
                        to_status=status,
                        effective_at=effective_at,
                        recorded_by=recorded_by,
                    )
                    for actor in actors
                ],
                batch_size=500,
            )
            self.refresh_rollup()
        return links

    def record_status(
        self,
        *,
        actor: Actor,
        status: Status,
        recorded_by,
        effective_at: datetime.datetime | None = None,
        narrative: str = "",
        evidence: Iterable[Evidence] = (),
    ) -> StatusUpdate:
        """The one way a status changes: lock the pair, append the update and its evidence, move the pair."""
        evidence = list(evidence)
        with transaction.atomic():
            owner = CommitmentOwner.objects.select_for_update().filter(commitment=self, actor=actor).first()
            if owner is None:
                raise ValidationError({"actor": _("%(actor)s is not an owner of this commitment.") % {"actor": actor}})
            update = StatusUpdate(
                commitment=self,
                actor=actor,
                from_status=owner.status,
                to_status=status,
                effective_at=effective_at or timezone.now(),
                narrative=narrative,
                recorded_by=recorded_by,
            )
            update.validate_transition(owner, has_evidence=bool(evidence))
            update.full_clean()
            update.save()
            for item in evidence:
                item.status_update = update
                item.full_clean()
                item.save()
            owner.status = status
            owner.status_effective_at = update.effective_at
            owner.save(update_fields=["status", "status_effective_at"])
            self.refresh_rollup()
        return update

    def refresh_rollup(self) -> None:
        """Recompute the derived overall status and progress, and mark the commitment as changed for sync."""
        statuses = [link.status for link in self.owner_links.select_related("status")]
        self.overall_status, self.progress = Status.rollup(statuses)
        self.updated_at = timezone.now()
        # A queryset update: derived fields are not an edit, so they add no row to the edit history.
        Commitment.objects.filter(pk=self.pk).update(
            overall_status=self.overall_status, progress=self.progress, updated_at=self.updated_at
        )


class OwnerResponse(models.TextChoices):
    """An owner's response to a recommendation, as in UPR practice."""

    ACCEPTED = "accepted", _("Accepted")
    NOTED = "noted", _("Noted")
    SUPPORTED_IN_PART = "supported_in_part", _("Supported in part")


class CommitmentOwner(models.Model):
    """One owner of a commitment, with its current status (kept equal to its latest StatusUpdate)."""

    Response = OwnerResponse

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="owner_links", verbose_name=_("commitment")
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="owner_links", verbose_name=_("owner"))
    status = models.ForeignKey(
        Status, on_delete=models.PROTECT, related_name="owner_links", verbose_name=_("current status")
    )
    status_effective_at = models.DateTimeField(_("last reported"))
    response = models.CharField(
        _("response"),
        max_length=24,
        choices=Response.choices,
        blank=True,
        help_text=_("The owner's response to a recommendation, kept apart from its implementation."),
    )

    objects = CommitmentOwnerQuerySet.as_manager()
    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("commitment owner")
        verbose_name_plural = _("commitment owners")
        ordering = ["commitment", "actor"]
        indexes = [
            # "Not reported on for N months" lists, by status.
            models.Index(fields=["status_effective_at"], name="commitments_owner_by_report"),
            # API and dashboards: the commitments of an owner in a given status (?owner=MEX&status=in_progress).
            models.Index(fields=["actor", "status", "commitment"], name="commitments_owner_by_status"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["commitment", "actor"], name="%(app_label)s_%(class)s_unique_pair"),
            _choices_constraint("response", OwnerResponse, allow_blank=True),
        ]

    def __str__(self) -> str:
        return f"{self.actor} — {self.status}"


class StatusUpdate(models.Model):
    """An append-only entry of the status history of one (commitment, owner) pair."""

    commitment = models.ForeignKey(
        Commitment, on_delete=models.PROTECT, related_name="status_updates", verbose_name=_("commitment")
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="status_updates", verbose_name=_("owner"))
    from_status = models.ForeignKey(
        Status, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("from")
    )
    to_status = models.ForeignKey(Status, on_delete=models.PROTECT, related_name="+", verbose_name=_("to"))
    effective_at = models.DateTimeField(_("effective"), default=timezone.now)
    narrative = models.TextField(_("narrative"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="status_updates",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    objects = StatusUpdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("status update")
        verbose_name_plural = _("status updates")
        ordering = ["commitment", "actor", "effective_at"]
        indexes = [
            # Sync clients ask for updates recorded since their last pull.
            models.Index(fields=["recorded_at", "id"], name="commitments_update_by_record"),
        ]
        constraints = [
            # Also serves the history of a pair, in order.
            models.UniqueConstraint(
                fields=["commitment", "actor", "effective_at"], name="%(app_label)s_%(class)s_one_per_effective_time"
            ),
        ]

    def __str__(self) -> str:
        start = self.from_status or "—"
        return f"{self.actor}: {start} → {self.to_status} ({self.effective_at:%Y-%m-%d})"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise ValidationError(_("Status history is append-only: record a new update instead."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("Status history is append-only: updates are never deleted."))

    def validate_transition(self, owner: CommitmentOwner, *, has_evidence: bool) -> None:
        """The rules a new update must follow, given the pair's current state."""
        errors: dict[str, str] = {}
        if self.to_status.requires_justification and not (self.narrative.strip() or has_evidence):
            errors["narrative"] = _("Moving to “%(status)s” needs a narrative or evidence.") % {
                "status": self.to_status
            }
        if self.effective_at <= owner.status_effective_at:
            errors["effective_at"] = _(
                "The history of this owner already has an update effective %(when)s; a new update must be later."
            ) % {"when": timezone.localtime(owner.status_effective_at).strftime("%Y-%m-%d %H:%M")}
        if errors:
            raise ValidationError(errors)


class Evidence(models.Model):
    """Support for a status update: a link, a file, or a paragraph of a later document (e.g. a report)."""

    status_update = models.ForeignKey(
        StatusUpdate, on_delete=models.PROTECT, related_name="evidence", verbose_name=_("status update")
    )
    url = models.URLField(_("link"), max_length=500, blank=True)
    file = models.FileField(_("file"), upload_to="evidence/%Y/", blank=True)
    paragraph = models.ForeignKey(
        "documents.Paragraph",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cited_as_evidence",
        verbose_name=_("paragraph of a document"),
    )
    description = models.CharField(_("description"), max_length=300, blank=True)
    is_public = models.BooleanField(_("public"), default=True, help_text=_("Internal evidence is shown to staff only."))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["status_update", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(url="") | ~Q(file="") | Q(paragraph__isnull=False),
                name="%(app_label)s_%(class)s_has_content",
            ),
        ]

    def __str__(self) -> str:
        return self.description or self.url or (self.file.name if self.file else str(self.paragraph))

    def clean(self) -> None:
        if not (self.url or self.file or self.paragraph_id):
            raise ValidationError(_("Evidence needs a link, a file or a paragraph."))


class ExtractionRule(models.Model):
    """A phrase that signals operative language of one kind in one language: the extractor's pattern table.

    Loaded from ``commitments/extraction/rules/<language>.csv`` by ``load_reference_data``; staff can add or
    switch off rules in the admin. A negative weight marks language that is not a commitment (thanks, questions).
    """

    class Kind(models.TextChoices):
        COMMITMENT = "commitment", _("Commitment or pledge")
        RECOMMENDATION = "recommendation", _("Recommendation")
        CALL = "call", _("Call or appeal")
        OFFER = "offer", _("Offer of assistance")
        CONCLUSION = "conclusion", _("Conclusion")
        NONE = "none", _("Not operative (thanks, background, questions)")

    language = models.CharField(_("language"), max_length=3)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    pattern = models.CharField(_("pattern (regular expression)"), max_length=300)
    weight = models.FloatField(_("weight"), default=1.0)
    note = models.CharField(_("note"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("extraction rule")
        verbose_name_plural = _("extraction rules")
        ordering = ["language", "kind", "pattern"]
        constraints = [
            models.UniqueConstraint(fields=["language", "pattern"], name="%(app_label)s_%(class)s_unique_pattern"),
            models.CheckConstraint(
                condition=Q(kind__in=["commitment", "recommendation", "call", "offer", "conclusion", "none"]),
                name="%(app_label)s_%(class)s_kind_valid",
            ),
        ]
        indexes = [
            # The extractor loads the active rules of one language.
            models.Index(fields=["language", "kind", "pattern"], name="commitments_rule_by_language"),
        ]

    def __str__(self) -> str:
        return f"{self.language} {self.kind}: {self.pattern}"

    def clean(self) -> None:
        import re

        try:
            re.compile(self.pattern)
        except re.error as error:
            message = _("Not a valid regular expression: %(error)s") % {"error": error}
            raise ValidationError({"pattern": message}) from error


class Candidate(models.Model):
    """A commitment the system proposes from a paragraph. Nothing becomes a commitment until a person accepts it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending review")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    paragraph = models.OneToOneField(
        "documents.Paragraph", on_delete=models.CASCADE, related_name="candidate", verbose_name=_("paragraph")
    )
    document = models.ForeignKey(
        "documents.Document", on_delete=models.CASCADE, related_name="candidates", verbose_name=_("document")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=CommitmentKind.choices)
    text = models.TextField(_("text"))
    confidence = models.FloatField(_("confidence"))
    matches = models.JSONField(_("matched words"), default=list, help_text=_("[[start, end, kind], ...]"))
    owners = models.ManyToManyField(Actor, blank=True, related_name="candidates", verbose_name=_("owners"))
    speaker = models.ForeignKey(
        Actor, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("made by")
    )
    actions = models.ManyToManyField(
        Action, blank=True, related_name="candidates", verbose_name=_("actions referred to")
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="candidates", verbose_name=_("themes"))
    references = models.JSONField(_("references"), default=list, blank=True)
    suggestions = models.JSONField(_("suggested actions and themes"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    reject_reason = models.CharField(_("reason for rejecting"), max_length=300, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_candidates",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    commitment = models.OneToOneField(
        Commitment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="candidate",
        verbose_name=_("commitment"),
    )
    created_at = models.DateTimeField(_("proposed at"), auto_now_add=True)

    history = HistoricalRecords(get_user=history_user_getter, m2m_fields=[owners, actions, themes])

    class Meta:
        verbose_name = _("candidate commitment")
        verbose_name_plural = _("candidate commitments")
        ordering = ["document", "paragraph__position"]
        indexes = [
            # The review queue: a document's candidates waiting for a decision.
            models.Index(
                fields=["document", "status"], condition=Q(status="pending"), name="commitments_candidate_queue"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "accepted", "rejected"]), name="%(app_label)s_%(class)s_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(reject_reason=""),
                name="%(app_label)s_%(class)s_rejection_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(status="accepted") | Q(commitment__isnull=False),
                name="%(app_label)s_%(class)s_acceptance_has_commitment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.confidence:.2f}): {self.text[:70]}"
