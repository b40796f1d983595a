from django.core.validators import URLValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from actors.api.serializers import ActorBriefSerializer
from commitments.filtersets import resolve_action, resolve_actor, resolve_status, resolve_theme
from commitments.models import Action, ActionPlan, Commitment, Evidence, Status, StatusUpdate, Theme
from commitments.shape import schema_serializer
from documents.models import Paragraph
from tracker.db import resolve_each


class ThemeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["id", "slug", "name_en", "name_fr", "name_es", "position"]


class StatusSerializer(serializers.ModelSerializer):
    class Meta:
        model = Status
        fields = ["id", "key", "name_en", "name_fr", "name_es", "progress", "is_closed", "requires_justification"]


class ActionPlanSerializer(serializers.ModelSerializer):
    meeting = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    predecessor = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)

    class Meta:
        model = ActionPlan
        fields = [
            "id",
            "code",
            "name_en",
            "name_fr",
            "name_es",
            "symbol",
            "meeting",
            "document",
            "adopted_on",
            "period_start",
            "period_end",
            "expected_action_count",
            "predecessor",
        ]


class ActionSerializer(serializers.ModelSerializer):
    ref = serializers.CharField(read_only=True)
    plan = serializers.SlugRelatedField(slug_field="code", read_only=True)
    section = serializers.StringRelatedField(allow_null=True)
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    has_text = serializers.BooleanField(read_only=True)

    class Meta:
        model = Action
        fields = ["id", "ref", "plan", "number", "section", "text", "has_text", "paragraph", "themes"]


# Built from the one definition of a commitment's public shape.
CommitmentSerializer = schema_serializer()
CommitmentRowSerializer = schema_serializer(selectable=True)


class CodesField(serializers.ListField):
    """A list of codes resolved to primary keys; unknown codes are named in the error."""

    def __init__(self, *, resolve, **kwargs):
        self.resolve = resolve
        super().__init__(child=serializers.CharField(), **kwargs)

    def to_internal_value(self, data):
        resolved, unknown = resolve_each(super().to_internal_value(data), self.resolve)
        if unknown:
            raise serializers.ValidationError(f"Unknown: {', '.join(unknown)}.", code="does_not_exist")
        return resolved


class CodeField(serializers.CharField):
    """One code resolved to a primary key."""

    def __init__(self, *, resolve, **kwargs):
        self.resolve = resolve
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        pk = self.resolve(value)
        if pk is None:
            raise serializers.ValidationError(f"Unknown: {value}.", code="does_not_exist")
        return pk


class CommitmentWriteSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Commitment.Kind.choices)
    paragraph = serializers.PrimaryKeyRelatedField(queryset=Paragraph.objects.all())
    text = serializers.CharField()
    # At least one: a commitment nobody owns has no status to track (commitment_create refuses it too).
    owners = CodesField(
        resolve=resolve_actor, allow_empty=False, min_length=1, help_text="ISO3 codes, acronyms, slugs or ids."
    )
    themes = CodesField(resolve=resolve_theme, required=False, help_text="Theme slugs.")
    actions = CodesField(resolve=resolve_action, required=False, help_text="Action references, e.g. OAP-23.")
    target_date = serializers.DateField(required=False, allow_null=True)
    status = serializers.SlugRelatedField(
        slug_field="key",
        queryset=Status.objects.all(),
        required=False,
        help_text="First status of the owners (default: not_started).",
    )


class CommitmentUpdateSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Commitment.Kind.choices, required=False)
    text = serializers.CharField(required=False)
    themes = CodesField(resolve=resolve_theme, required=False)
    actions = CodesField(resolve=resolve_action, required=False)
    target_date = serializers.DateField(required=False, allow_null=True)
    owners = CodesField(resolve=resolve_actor, required=False, help_text="Owners to add (never removed).")


class EvidenceSerializer(serializers.ModelSerializer):
    file = serializers.FileField(read_only=True, allow_null=True)
    url = serializers.URLField(
        required=False, allow_blank=True, max_length=500, validators=[URLValidator(schemes=["http", "https"])]
    )

    class Meta:
        model = Evidence
        fields = ["url", "file", "paragraph", "description", "is_public"]
        read_only_fields = ["file"]


class StatusUpdateSerializer(serializers.ModelSerializer):
    owner = serializers.SerializerMethodField()
    from_status = serializers.SlugRelatedField(slug_field="key", read_only=True, allow_null=True)
    to_status = serializers.SlugRelatedField(slug_field="key", read_only=True)
    recorded_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    evidence = serializers.SerializerMethodField()

    class Meta:
        model = StatusUpdate
        fields = [
            "id",
            "commitment",
            "owner",
            "from_status",
            "to_status",
            "effective_at",
            "narrative",
            "evidence",
            "recorded_by",
            "recorded_at",
        ]

    @extend_schema_field(ActorBriefSerializer)
    def get_owner(self, update: StatusUpdate) -> dict:
        return {"id": update.actor_id, "code": update.actor.code, "name": update.actor.name_en}

    def get_evidence(self, update: StatusUpdate) -> list[dict]:
        """Internal evidence is shown to staff only."""
        request = self.context.get("request")
        show_internal = bool(request and request.user.is_staff)
        items = [item for item in update.evidence.all() if item.is_public or show_internal]
        return EvidenceSerializer(items, many=True, context=self.context).data


class StatusUpdateCreateSerializer(serializers.Serializer):
    owner = CodeField(resolve=resolve_actor, help_text="The owner: ISO3 code, acronym, slug or id.")
    status = CodeField(resolve=resolve_status, help_text="The new status key, e.g. in_progress.")
    effective_at = serializers.DateTimeField(required=False)
    narrative = serializers.CharField(required=False, allow_blank=True, default="")
    evidence = EvidenceSerializer(many=True, required=False)
