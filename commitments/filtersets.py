"""Filters of commitments and their reference data, shared by the API and the exports."""

from __future__ import annotations

import django_filters
from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import Case, CharField, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone
from drf_spectacular.drainage import set_override

from actors.models import Actor
from commitments.models import (
    Action,
    ActionPlan,
    Commitment,
    CommitmentOwner,
    Obligation,
    ObligationKind,
    ObligationState,
    Status,
    StatusUpdate,
    Theme,
)
from commitments.models.obligations import ARTICLE
from tracker.db import parse_id, pk_where
from tracker.filters import CachedFormFilterSet, SinceFilter, ValuesFilter, WholeNumberFilter, YearFilter

# PostgreSQL text search configuration for each paragraph language.
SEARCH_CONFIGS = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian"}


def linked(model, lookup: str):
    """EXISTS a row of ``model`` for this commitment whose ``lookup`` is one of the values."""
    return lambda values: Exists(model.objects.filter(commitment=OuterRef("pk"), **{lookup: values}))


def resolve_actor(value: str) -> int | None:
    """An actor by id, ISO3 code (MEX), acronym (UNDP) or slug (states-parties)."""
    return Actor.objects.pk_by_code(value)


def resolve_status(value: str) -> int | None:
    return pk_where(Status, "key", value)


def resolve_action(value: str) -> int | None:
    """``OAP-23`` -> the 23rd action of the Oslo Action Plan."""
    action = Action.objects.by_ref(value)
    return action.pk if action is not None else None


def resolve_theme(value: str) -> int | None:
    return Theme.objects.filter(slug=value).values_list("pk", flat=True).first()


def resolve_plan(value: str) -> int | None:
    """A plan by id or code (OAP)."""
    pk = parse_id(value)
    lookup = {"pk": pk} if pk is not None else {"code__iexact": value}
    return ActionPlan.objects.filter(**lookup).values_list("pk", flat=True).first()


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
    updated_since = SinceFilter(field_name="updated_at")
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
            pairs = CommitmentOwner.objects.filter(commitment=OuterRef("pk"), actor_id__in=owners, status_id__in=value)
            return queryset.filter(Exists(pairs))
        return queryset.filter(overall_status__in=value)

    def filter_meeting(self, queryset, name, value):
        pk = parse_id(value)
        if pk is not None:
            return queryset.filter(paragraph__document__meeting_id=pk)
        return queryset.filter(paragraph__document__meeting__slug=value)

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
    updated_since = SinceFilter(field_name="recorded_at")

    class Meta:
        model = StatusUpdate
        fields = ["commitment", "owner", "status", "updated_since"]


class ActionFilterSet(django_filters.FilterSet):
    plan = django_filters.CharFilter(method="filter_plan", help_text="Plan code (OAP) or id.")
    number = WholeNumberFilter(max_value=32767)
    section = WholeNumberFilter(field_name="section_id")
    theme = ValuesFilter(field_name="themes", resolve=resolve_theme)

    class Meta:
        model = Action
        fields = ["plan", "number", "section", "theme"]

    def filter_plan(self, queryset, name, value):
        pk = parse_id(value)
        return queryset.filter(plan_id=pk) if pk is not None else queryset.filter(plan__code__iexact=value)


class ObligationFilterSet(CachedFormFilterSet):
    state = ValuesFilter(field_name="actor", resolve=resolve_actor, help_text="The State: ISO3 code or id; repeatable.")
    kind = django_filters.MultipleChoiceFilter(choices=ObligationKind.choices)
    article = django_filters.TypedChoiceFilter(
        choices=[(4, "4"), (5, "5"), (7, "7")], coerce=int, method="filter_article", help_text="4, 5 or 7."
    )
    set_override(article, "field", {"type": "integer", "enum": [4, 5, 7]})
    period = YearFilter(help_text="For annual reports: the calendar year reported on.")
    status = django_filters.MultipleChoiceFilter(
        choices=ObligationState.choices, field_name="current_state", help_text="Today's state; repeatable."
    )
    due_within = WholeNumberFilter(
        method="filter_due_within", max_value=36500, help_text="Open, falling due in the next N days (365: a year)."
    )
    due_after = django_filters.DateFilter(field_name="deadline", lookup_expr="gte")
    due_before = django_filters.DateFilter(field_name="deadline", lookup_expr="lte")
    overdue = django_filters.BooleanFilter(method="filter_overdue", help_text="Deadline passed, not completed.")

    class Meta:
        model = Obligation
        fields = ["state", "kind", "article", "period", "status", "due_within", "due_after", "due_before", "overdue"]

    def filter_article(self, queryset, name, value):
        return queryset.filter(kind__in=[kind for kind, article in ARTICLE.items() if article == value])

    def filter_due_within(self, queryset, name, value):
        return queryset.due_within(value)

    def filter_overdue(self, queryset, name, value):
        overdue = queryset.overdue()
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))
