"""The actors API: States (with their status under the Convention), organisations and groups."""

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from actors.api.serializers import ActorSerializer
from actors.filtersets import ActorFilterSet
from actors.models import Actor


class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    """States, organisations and groups. One actor by id or by code: ``/actors/MEX/``, ``/actors/undp/``,
    ``/actors/states-parties/`` (ISO3 code, acronym or slug)."""

    queryset = Actor.objects.all()
    serializer_class = ActorSerializer
    filterset_class = ActorFilterSet
    ordering_fields = ["name_en", "iso3"]
    lookup_value_regex = "[0-9]{1,18}|[A-Za-z][A-Za-z0-9-]{1,59}"

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "id", OpenApiTypes.STR, OpenApiParameter.PATH, description="Id, ISO3 code, acronym or slug."
            )
        ]
    )
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    def get_object(self):
        actor = self.filter_queryset(self.get_queryset()).by_code(self.kwargs[self.lookup_field])
        if actor is None:
            raise Http404
        self.check_object_permissions(self.request, actor)
        return actor


class MembershipYearSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    parties = serializers.IntegerField(help_text="States Parties at the end of the year.")
    joined = serializers.ListField(child=serializers.CharField(), help_text="ISO3 codes of the States that joined.")
    withdrew = serializers.ListField(child=serializers.CharField(), help_text="ISO3 codes of the States that left.")


class MembershipTimelineView(APIView):
    """The number of States Parties year by year since 1999, with the States that joined and withdrew."""

    queryset = Actor.objects.none()  # for the model permissions of the shared policy: this view only reads

    @extend_schema(responses={200: MembershipYearSerializer(many=True)})
    def get(self, request):
        return Response(Actor.objects.membership_timeline())
