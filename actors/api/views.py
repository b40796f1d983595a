"""The actors API: States (with their status under the Convention), organisations and groups."""

from rest_framework import viewsets

from actors.api.serializers import ActorSerializer
from actors.filtersets import ActorFilterSet
from actors.models import Actor


class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Actor.objects.all()
    serializer_class = ActorSerializer
    filterset_class = ActorFilterSet
    ordering_fields = ["name_en", "iso3"]
