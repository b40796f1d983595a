"""The actors API: States (with their status under the Convention), organisations and groups."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from actors.api.serializers import ActorSerializer
from actors.filtersets import ActorFilterSet
from actors.models import Actor


class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Actor.objects.all()
    serializer_class = ActorSerializer
    filterset_class = ActorFilterSet
    ordering_fields = ["name_en", "iso3"]


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
