from rest_framework import serializers

from actors.choices import ActorTreatyStatus
from actors.models import Actor


class ActorSerializer(serializers.ModelSerializer):
    code = serializers.CharField(read_only=True)
    treaty_status = serializers.ChoiceField(
        choices=ActorTreatyStatus.choices, read_only=True, allow_blank=True, help_text="Today's, from the dates."
    )
    is_state_party = serializers.BooleanField(read_only=True)

    class Meta:
        model = Actor
        fields = [
            "id",
            "code",
            "slug",
            "kind",
            "iso3",
            "acronym",
            "name_en",
            "name_fr",
            "name_es",
            "treaty_status",
            "is_state_party",
            "ratification_year",
            "ratification_date",
            "entry_into_force",
            "entry_into_force_derived",
            "signature_date",
            "withdrawal_notified",
            "withdrawal_effective",
        ]


class ActorBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    name = serializers.CharField()
