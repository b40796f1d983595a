"""Filters of commitments and reference data, shared by the API, the dashboards and the exports."""

from __future__ import annotations

import django_filters
from django import forms
from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.validators import ProhibitNullCharactersValidator
from django.db.models import Case, CharField, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django_filters.widgets import QueryArrayWidget
from drf_spectacular.utils import extend_schema_field

from commitments.models import Action, ActionPlan, Actor, Commitment, CommitmentOwner, Status, StatusUpdate, Theme

# PostgreSQL text search configuration for each paragraph language.
SEARCH_CONFIGS = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian"}


class WholeNumberFilter(django_filters.NumberFilter):
    """A whole number within bounds: anything else (1e308, -3, 2.5) is a 400, not a database error."""

    field_class = forms.IntegerField

    def __init__(self, *args, min_value: int = 1, max_value: int = 2**31 - 1, **kwargs):
        super().__init__(*args, min_value=min_value, max_value=max_value, **kwargs)


class YearFilter(WholeNumberFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1900, max_value=2200, **kwargs)


class ValuesField(forms.Field):
    """Repeated (``?owner=MEX&owner=COL``) or comma-separated values, resolved and checked one by one."""

    widget = QueryArrayWidget

    def __init__(self, *args, resolve=None, **kwargs):
        self.resolve = resolve
        super().__init__(*args, **kwargs)

    def clean(self, value):
        values = [item.strip() for raw in (value or []) for item in str(raw).split(",") if item.strip()]
        if not values:
            return None
        for item in values:
            ProhibitNullCharactersValidator()(item)  # as Django's CharField: PostgreSQL refuses them
        resolved, unknown = [], []
        for item in values:
            found = self.resolve(item)
            (resolved if found is not None else unknown).append(found if found is not None else item)
        if unknown:
            # Values as params: django-filter formats the message again, and a value may contain '%'.
            raise forms.ValidationError(_("Unknown value(s): %(values)s."), params={"values": ", ".join(unknown)})
        return resolved


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class ValuesFilter(django_filters.Filter):
    """Filters on any of the values. ``exists(values)`` gives an EXISTS condition for a to-many relation, which
    stays fast on large tables where a join would need DISTINCT."""

    field_class = ValuesField

    def __init__(self, *args, resolve=None, exists=None, **kwargs):
        super().__init__(*args, resolve=resolve, **kwargs)
        self.exists = exists
        if self.method is None:
            self.method = self.filter_values

    def filter_values(self, queryset, name, value):
        if not value:
            return queryset
        if self.exists is not None:
            return queryset.filter(self.exists(value))
        return queryset.filter(**{f"{self.field_name}__in": value})


def linked(model, lookup: str):
    """EXISTS a row of ``model`` for this commitment whose ``lookup`` is one of the values."""
    return lambda values: Exists(model.objects.filter(commitment=OuterRef("pk"), **{lookup: values}))


def resolve_actor(value: str) -> int | None:
    """An actor by id, ISO3 code (MEX), acronym (UNDP) or slug (states-parties)."""
    actors = Actor.objects.all()
    if value.isdigit():
        return actors.filter(pk=int(value)).values_list("pk", flat=True).first() if len(value) < 10 else None
    if len(value) == 3 and value.isalpha():  # the common case, by its unique index
        found = actors.filter(iso3=value.upper()).values_list("pk", flat=True).first()
        if found is not None:
            return found
    found = actors.filter(Q(slug=value.lower()) | Q(acronym__iexact=value))
    return found.values_list("pk", flat=True).first()


def resolve_status(value: str) -> int | None:
    return Status.objects.filter(key=value).values_list("pk", flat=True).first()


def resolve_action(value: str) -> int | None:
    """``OAP-23`` -> the 23rd action of the Oslo Action Plan."""
    code, _dash, number = value.rpartition("-")
    if not (code and number.isdigit()):
        return None
    return Action.objects.filter(plan__code__iexact=code, number=int(number)).values_list("pk", flat=True).first()


def resolve_theme(value: str) -> int | None:
    return Theme.objects.filter(slug=value).values_list("pk", flat=True).first()


def resolve_plan(value: str) -> int | None:
    if value.isdigit() and len(value) >= 10:
        return None
    lookup = {"pk": int(value)} if value.isdigit() else {"code__iexact": value}
    return ActionPlan.objects.filter(**lookup).values_list("pk", flat=True).first()


class CachedFormFilterSet(django_filters.FilterSet):
    """django-filter builds a new form class on every request; its fields do not depend on the request, so it is
    built once per FilterSet class (measured: about 1 ms of a 20 ms commitments page)."""

    def get_form_class(self):
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class


class CommitmentFilterSet(CachedFormFilterSet):
    owner = ValuesFilter(
        resolve=resolve_actor,
        method="filter_owner",
        help_text="Owner: ISO3 code, acronym, slug or id; repeatable.",
    )
    status = ValuesFilter(
        resolve=resolve_status,
        method="filter_status",
        help_text="Status key; repeatable. With `owner`, the status of that owner; else overall.",
    )
    kind = django_filters.MultipleChoiceFilter(choices=Commitment.Kind.choices)
    theme = ValuesFilter(
        resolve=resolve_theme,
        exists=linked(Commitment.themes.through, "theme__in"),
        help_text="Theme slug; repeatable.",
    )
    action = ValuesFilter(
        resolve=resolve_action,
        exists=linked(Commitment.actions.through, "action__in"),
        help_text="Action reference, e.g. OAP-23; repeatable.",
    )
    action_plan = ValuesFilter(
        resolve=resolve_plan,
        exists=linked(Commitment.actions.through, "action__plan__in"),
        help_text="Plan code, e.g. OAP; repeatable.",
    )
    document = WholeNumberFilter(field_name="paragraph__document_id")
    meeting = django_filters.CharFilter(method="filter_meeting", help_text="Meeting slug or id.")
    year_min = YearFilter(field_name="paragraph__document__date", lookup_expr="year__gte")
    year_max = YearFilter(field_name="paragraph__document__date", lookup_expr="year__lte")
    overdue = django_filters.BooleanFilter(method="filter_overdue", help_text="Target date passed, not completed.")
    updated_since = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    search = django_filters.CharFilter(method="filter_search", help_text="Words in the text or its paragraph.")

    class Meta:
        model = Commitment
        fields = [
            "owner",
            "status",
            "kind",
            "theme",
            "action",
            "action_plan",
            "document",
            "meeting",
            "year_min",
            "year_max",
            "overdue",
            "updated_since",
            "search",
        ]

    def filter_owner(self, queryset, name, value):
        if not value or self.form.cleaned_data.get("status"):
            return queryset  # with a status, the status condition is on this owner's status already
        return queryset.filter(linked(CommitmentOwner, "actor__in")(value))

    def filter_status(self, queryset, name, value):
        if not value:
            return queryset
        owners = self.form.cleaned_data.get("owner")
        if owners:
            pairs = CommitmentOwner.objects.filter(commitment=OuterRef("pk"), actor__in=owners, status__in=value)
            return queryset.filter(Exists(pairs))
        return queryset.filter(overall_status__in=value)

    def filter_meeting(self, queryset, name, value):
        if value.isdigit() and len(value) >= 10:
            return queryset.none()
        field = "paragraph__document__meeting_id" if value.isdigit() else "paragraph__document__meeting__slug"
        return queryset.filter(**{field: value})

    def filter_overdue(self, queryset, name, value):
        overdue = Q(target_date__lt=timezone.localdate()) & ~Q(overall_status__is_closed=True)
        return queryset.filter(overdue) if value else queryset.exclude(overdue)

    def filter_search(self, queryset, name, value):
        if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
            config = Case(
                *[When(paragraph__language=code, then=Value(name)) for code, name in SEARCH_CONFIGS.items()],
                default=Value("simple"),
                output_field=CharField(),
            )
            queryset = queryset.annotate(search_config=config)
            vector = SearchVector("text", "paragraph__text", config=F("search_config"))
            query = SearchQuery(value, config=F("search_config"), search_type="websearch")
            return queryset.annotate(search_vector=vector).filter(search_vector=query)
        return queryset.filter(Q(text__icontains=value) | Q(paragraph__text__icontains=value))


class StatusUpdateFilterSet(django_filters.FilterSet):
    commitment = WholeNumberFilter(field_name="commitment_id")
    owner = ValuesFilter(field_name="actor", resolve=resolve_actor, help_text="ISO3 code, acronym, slug or id.")
    status = ValuesFilter(field_name="to_status", resolve=resolve_status, help_text="New status key; repeatable.")
    updated_since = django_filters.IsoDateTimeFilter(field_name="recorded_at", lookup_expr="gte")

    class Meta:
        model = StatusUpdate
        fields = ["commitment", "owner", "status", "updated_since"]


class ActorFilterSet(django_filters.FilterSet):
    states_party = django_filters.BooleanFilter(method="filter_states_party")

    class Meta:
        model = Actor
        fields = ["kind", "iso3", "states_party"]

    def filter_states_party(self, queryset, name, value):
        parties = Q(kind="state", treaty_status="state_party")
        return queryset.filter(parties) if value else queryset.exclude(parties)


class ActionFilterSet(django_filters.FilterSet):
    plan = django_filters.CharFilter(method="filter_plan", help_text="Plan code (OAP) or id.")
    number = WholeNumberFilter(max_value=32767)
    theme = ValuesFilter(field_name="themes", resolve=resolve_theme)

    class Meta:
        model = Action
        fields = ["plan", "number", "section", "theme"]

    def filter_plan(self, queryset, name, value):
        if value.isdigit() and len(value) < 10:
            return queryset.filter(plan_id=int(value))
        return queryset.filter(plan__code__iexact=value)
