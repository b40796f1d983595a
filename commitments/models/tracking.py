"""Tracking: the status vocabulary, commitments and their owners, and each owner's status history."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from statistics import mean

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, URLValidator
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.http import quote_etag
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from simple_history.utils import bulk_create_with_history

from actors.models import Actor
from commitments.models.choices import CommitmentKind, OwnerResponse
from commitments.models.reference import Action, Theme
from commitments.querysets import STATUS_MOVED, CommitmentOwnerQuerySet, CommitmentQuerySet, StatusUpdateQuerySet
from commitments.signals import progress_changed, status_recorded
from tracker.audit import history_user_getter
from tracker.db import choices_constraint
from tracker.translation import LocalizedNameMixin


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

    def rollup_fields_differ_from(self, stored: Status | None) -> bool:
        """Whether the fields that feed commitments' overall status and progress differ from ``stored``."""
        return stored is not None and (stored.progress, stored.is_closed) != (self.progress, self.is_closed)

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
    is_published = models.BooleanField(
        _("published"),
        default=True,
        db_default=True,  # rows loaded in bulk (COPY) are published too
        help_text=_("A draft is seen by ISU staff only; it is public when it and its document are published."),
    )
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
            # Counting what a reader sees (published, and not from a draft document's paragraph) from the index
            # alone: the list of all commitments counts 100,000 in 10 ms instead of 24 at scale 1.
            models.Index(fields=["paragraph"], condition=Q(is_published=True), name="commitments_published"),
        ]
        constraints = [
            choices_constraint("kind", CommitmentKind),
            models.CheckConstraint(condition=~Q(text=""), name="%(app_label)s_%(class)s_text_not_empty"),
            models.CheckConstraint(
                condition=Q(progress__isnull=True) | Q(progress__lte=100),
                name="%(app_label)s_%(class)s_progress_percentage",
            ),
        ]

    def __str__(self) -> str:
        excerpt = self.text if len(self.text) <= 80 else f"{self.text[:77]}..."
        return f"{self.get_kind_display()}: {excerpt}"

    def get_absolute_url(self) -> str:
        return reverse("dashboards:commitment", args=[self.pk])

    def clean(self) -> None:
        if self.paragraph_id is None:
            raise ValidationError({"paragraph": _("A commitment must point to the paragraph it comes from.")})

    @property
    def etag(self) -> str:
        """The version a client read: it changes whenever the commitment or one of its statuses does."""
        return quote_etag(f"{self.pk}-{self.updated_at.timestamp():.6f}")

    def add_owners(
        self,
        actors: Iterable[Actor],
        *,
        status: Status,
        recorded_by,
        effective_at: datetime.datetime | None = None,
        response: str = "",
    ) -> list[CommitmentOwner]:
        """Make ``actors`` owners, each with a first status that starts its history; returns the new owners.

        One of the two writers of status history (``record_status`` is the other). A group that stands for
        the States Parties becomes each State that was a party at the document's date, whatever the entry
        point; actors that are owners already are left as they are.
        """
        actors = Actor.objects.expand_groups(actors, as_of=self.paragraph.document.date)
        effective_at = effective_at or timezone.now()
        with transaction.atomic():
            present = set(self.owner_links.values_list("actor_id", flat=True))
            actors = [actor for actor in actors if actor.pk not in present]
            links = [
                CommitmentOwner(
                    commitment=self, actor=actor, status=status, status_effective_at=effective_at, response=response
                )
                for actor in actors
            ]
            for link in links[:1]:  # one row is enough to check the field rules they share
                link.full_clean(exclude=["commitment", "actor"], validate_constraints=False)
            links = bulk_create_with_history(links, CommitmentOwner, batch_size=500)
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
            if links:
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
        narrative_key: str = "",
        narrative_params: dict | None = None,
    ) -> StatusUpdate:
        """The one way a status changes: lock the pair, append the update and its evidence, move the pair.

        With ``add_owners`` (an owner's first status), the only writer of status history."""
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
                narrative_key=narrative_key,
                narrative_params=narrative_params or {},
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
            status_recorded.send(sender=StatusUpdate, update=update)
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
        progress_changed.send(sender=Commitment, commitment=self)


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
            # Compact API rows: owners counted by status for a page of commitments, from the index alone.
            models.Index(fields=["commitment", "status"], name="commitments_owner_by_pair_stat"),
            # A State's dashboard: its most recently reported commitments.
            models.Index(fields=["actor", "-status_effective_at"], name="commitments_owner_by_recent"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["commitment", "actor"], name="%(app_label)s_%(class)s_unique_pair"),
            choices_constraint("response", OwnerResponse, allow_blank=True),
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
    narrative_key = models.CharField(
        _("automatic narrative"),
        max_length=40,
        blank=True,
        help_text=_("Written by the tracker itself: rendered in the reader's language (commitments/narratives.py)."),
    )
    narrative_params = models.JSONField(_("automatic narrative's parameters"), default=dict, blank=True)
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
            # The dashboards' timelines of changes (all, and a State's): updates that moved a status.
            models.Index(fields=["-effective_at"], condition=STATUS_MOVED, name="commitments_change_by_time"),
            models.Index(fields=["actor", "-effective_at"], condition=STATUS_MOVED, name="commitments_change_by_actor"),
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

    @property
    def narrative_text(self) -> str:
        """The narrative in the reader's language when the tracker wrote it, as written otherwise."""
        from commitments.narratives import narrative_render

        if self.narrative_key:
            return narrative_render(self.narrative_key, self.narrative_params, self.actor) or self.narrative
        return self.narrative

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
    # Links open in readers' browsers: web addresses only (no javascript:, no ftp:).
    url = models.URLField(_("link"), max_length=500, blank=True, validators=[URLValidator(schemes=["http", "https"])])
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
