"""Who can own a commitment or author a document: States, organisations and groups of States."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from simple_history.models import HistoricalRecords

from actors.choices import ActorKind, ActorTreatyStatus
from actors.querysets import ActorQuerySet
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
            models.Index(fields=["kind", "name_en"], name="actors_actor_by_kind"),
        ]
        constraints = [
            choices_constraint("kind", ActorKind),
            choices_constraint("treaty_status", ActorTreatyStatus, allow_blank=True),
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
                condition=Q(kind=ActorKind.STATE) | Q(treaty_status=""),
                name="%(app_label)s_%(class)s_treaty_status_for_states_only",
            ),
            models.CheckConstraint(
                condition=Q(kind=ActorKind.GROUP) | Q(expands_to_states_parties=False),
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
