"""Who can own a commitment or author a document: States, organisations and groups of States."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from simple_history.models import HistoricalRecords

from actors.choices import ActorKind, ActorTreatyStatus
from actors.querysets import ActorManager
from tracker.audit import history_user_getter
from tracker.db import choices_constraint
from tracker.translation import LocalizedNameMixin


def validate_iso3(value: str) -> None:
    if not countries.alpha2(value):
        raise ValidationError(_("%(code)s is not an ISO 3166-1 alpha-3 country code."), params={"code": value})


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
    # Membership, as dates: who is a party on a given day follows from them (ActorQuerySet.parties_on).
    signature_date = models.DateField(_("signature"), null=True, blank=True)
    ratification_date = models.DateField(
        _("ratification or accession"), null=True, blank=True, help_text=_("Deposit of the instrument.")
    )
    ratification_year = models.PositiveSmallIntegerField(_("year of ratification or accession"), null=True, blank=True)
    entry_into_force = models.DateField(_("entry into force"), null=True, blank=True)
    entry_into_force_derived = models.BooleanField(
        _("entry into force derived"),
        default=False,
        help_text=_("Computed by Article 17 from the deposit date, not read from a source."),
    )
    withdrawal_notified = models.DateField(_("withdrawal notified"), null=True, blank=True)
    withdrawal_effective = models.DateField(
        _("withdrawal effective"), null=True, blank=True, help_text=_("From this day the State is no longer a party.")
    )
    expands_to_states_parties = models.BooleanField(
        _("implemented by each State Party"),
        default=False,
        help_text=_("A commitment of this group is tracked State Party by State Party."),
    )
    notes = models.TextField(_("notes"), blank=True)

    objects = ActorManager()
    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["kind", "name_en"]
        indexes = [
            # Actor lists and autocomplete are grouped by kind, then alphabetical.
            models.Index(fields=["kind", "name_en"], name="actors_actor_by_kind"),
        ]
        constraints = [
            choices_constraint("kind", ActorKind),
            models.CheckConstraint(
                condition=(Q(kind=ActorKind.STATE) & Q(iso3__isnull=False))
                | (~Q(kind=ActorKind.STATE) & Q(iso3__isnull=True)),
                name="%(app_label)s_%(class)s_iso3_for_states_only",
            ),
            models.CheckConstraint(
                condition=Q(iso3__isnull=True) | Q(iso3__regex=r"^[A-Z]{3}$"),
                name="%(app_label)s_%(class)s_iso3_format",
            ),
            models.CheckConstraint(
                condition=Q(kind=ActorKind.STATE)
                | Q(ratification_year__isnull=True, entry_into_force__isnull=True, withdrawal_effective__isnull=True),
                name="%(app_label)s_%(class)s_membership_for_states_only",
            ),
            models.CheckConstraint(
                condition=Q(withdrawal_effective__isnull=True)
                | Q(withdrawal_notified__isnull=True)
                | Q(withdrawal_effective__gte=F("withdrawal_notified")),
                name="%(app_label)s_%(class)s_withdrawal_in_order",
            ),
            models.CheckConstraint(
                condition=Q(kind=ActorKind.GROUP) | Q(expands_to_states_parties=False),
                name="%(app_label)s_%(class)s_only_groups_expand",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str | None:
        """A State's public page; other actors have none."""
        return reverse("dashboards:state", args=[self.iso3]) if self.iso3 else None

    def status_on(self, day: datetime.date) -> str:
        """The State's status under the Convention on ``day`` (a TreatyStatus value; '' for others)."""
        if self.kind != ActorKind.STATE:
            return ""
        if self.withdrawal_effective and self.withdrawal_effective <= day:
            return ActorTreatyStatus.WITHDRAWN
        if self.entry_into_force:
            joined = self.entry_into_force <= day
        else:  # only the year is known: a party from the start of that year (see ActorQuerySet.parties_on)
            joined = self.ratification_year is not None and self.ratification_year <= day.year
        if joined:
            return ActorTreatyStatus.STATE_PARTY
        return ActorTreatyStatus.SIGNATORY if self.signature_date else ActorTreatyStatus.NOT_PARTY

    @property
    def treaty_status(self) -> str:
        """Today's status under the Convention."""
        return self.status_on(timezone.localdate())

    @property
    def has_joined(self) -> bool:
        """Whether a State ever ratified or acceded to the Convention (withdrawn States too), whatever the day."""
        return self.kind == ActorKind.STATE and bool(
            self.ratification_date or self.ratification_year or self.entry_into_force
        )

    @property
    def treaty_status_label(self) -> str:
        status = self.treaty_status
        return ActorTreatyStatus(status).label if status else ""

    @property
    def is_state_party(self) -> bool:
        return self.treaty_status == ActorTreatyStatus.STATE_PARTY

    @property
    def code(self) -> str:
        """How the actor is named in compact lists and exports: ISO3 for a State, else acronym or slug."""
        return self.iso3 or self.acronym or self.slug

    def clean(self) -> None:
        if self.kind == self.Kind.STATE and not self.iso3:
            raise ValidationError({"iso3": _("A State needs its ISO 3166-1 alpha-3 code.")})
        if self.kind != self.Kind.STATE and self.iso3:
            raise ValidationError({"iso3": _("Only States have an ISO code.")})
        if self.kind != self.Kind.STATE and (self.ratification_year or self.entry_into_force):
            raise ValidationError({"ratification_year": _("Only States have a status under the Convention.")})
        if self.kind != self.Kind.GROUP and self.expands_to_states_parties:
            raise ValidationError({"expands_to_states_parties": _("Only a group can stand for the States Parties.")})


class FocalPoint(models.Model):
    """A delegation's focal point: a user who speaks for one State, and may propose status updates for its
    commitments (ISU staff review them). A user is the focal point of one State at most."""

    user = models.OneToOneField(
        "accounts.User", on_delete=models.CASCADE, related_name="focal_point", verbose_name=_("user")
    )
    actor = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="focal_points",
        limit_choices_to={"kind": ActorKind.STATE},
        verbose_name=_("State"),
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("focal point")
        verbose_name_plural = _("focal points")
        ordering = ["actor", "user"]

    def __str__(self) -> str:
        return f"{self.user} — {self.actor}"

    def clean(self) -> None:
        if self.actor_id and self.actor.kind != ActorKind.STATE:
            raise ValidationError({"actor": _("A focal point speaks for a State.")})

    @classmethod
    def state_of(cls, user) -> Actor | None:
        """The State ``user`` is a focal point of, or None."""
        if not (user and user.is_authenticated):
            return None
        link = cls.objects.filter(user=user).select_related("actor").first()
        return link.actor if link else None
