"""Filters of actors, shared by the API and the pages."""

import django_filters
from django.db.models import Q

from actors.models import Actor


class ActorFilterSet(django_filters.FilterSet):
    states_party = django_filters.BooleanFilter(method="filter_states_party")

    class Meta:
        model = Actor
        fields = ["kind", "iso3", "states_party"]

    def filter_states_party(self, queryset, name, value):
        parties = Q(kind=Actor.Kind.STATE, treaty_status=Actor.TreatyStatus.STATE_PARTY)
        return queryset.filter(parties) if value else queryset.exclude(parties)
