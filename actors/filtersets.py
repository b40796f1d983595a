"""Filters of actors, shared by the API and the pages."""

import django_filters

from actors.models import Actor


class ActorFilterSet(django_filters.FilterSet):
    states_party = django_filters.BooleanFilter(method="filter_states_party", help_text="A State Party today.")
    party_on = django_filters.DateFilter(method="filter_party_on", help_text="The States that were parties that day.")

    class Meta:
        model = Actor
        fields = ["kind", "iso3", "states_party", "party_on"]

    def filter_states_party(self, queryset, name, value):
        parties = Actor.objects.states_parties().values("pk")
        return queryset.filter(pk__in=parties) if value else queryset.exclude(pk__in=parties)

    def filter_party_on(self, queryset, name, value):
        return queryset.filter(pk__in=Actor.objects.parties_on(value).values("pk"))
