"""/api/v1/watches/ (a user's watch list) and /api/v1/webhooks/ (a client's webhook addresses): each user's own."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.exceptions import APIException

from actors.models import Actor
from commitments.models import Commitment, Theme
from notifications.models import Watch, WebhookEndpoint
from notifications.validators import refused_address
from tracker.api.permissions import TokenScope
from tracker.api.routers import IdRouter


class OwnRowsPermission(TokenScope, permissions.IsAuthenticated):
    """Signed in; a read-only token only reads. Every row is the user's own (the querysets say so)."""


class AlreadyWatched(APIException):
    """A well-formed request that conflicts with what the list holds: 409, as the schema says."""

    status_code = status.HTTP_409_CONFLICT
    default_detail = "Already on your watch list."


def _one_target(name: str, schema: dict) -> dict:
    """The body that watches ``name``: the other two targets left out or null."""
    others = {other: {"nullable": True, "enum": [None]} for other in ("commitment", "theme", "state") if other != name}
    return {"type": "object", "properties": {name: schema, **others}, "required": [name]}


# "Watch one commitment, one theme or one State", as a schema: exactly one of the three is given.
WATCH_REQUEST = {
    "oneOf": [
        _one_target("commitment", {"type": "integer", "description": "A published commitment's id."}),
        _one_target("theme", {"type": "string", "minLength": 1, "description": "A theme's slug."}),
        _one_target("state", {"type": "string", "minLength": 1, "description": "A State's ISO3 code."}),
    ]
}


class WatchSerializer(serializers.ModelSerializer):
    commitment = serializers.PrimaryKeyRelatedField(
        queryset=Commitment.objects.published(), required=False, allow_null=True
    )
    theme = serializers.SlugRelatedField(
        slug_field="slug", queryset=Theme.objects.all(), required=False, allow_null=True
    )
    state = serializers.SlugRelatedField(
        source="actor", slug_field="iso3", queryset=Actor.objects.states(), required=False, allow_null=True
    )

    class Meta:
        model = Watch
        fields = ["id", "commitment", "theme", "state", "created_at"]

    def validate(self, data):
        targets = [data.get(name) for name in ("commitment", "theme", "actor")]
        if sum(target is not None for target in targets) != 1:
            raise serializers.ValidationError("Watch one commitment, one theme or one State.")
        user = self.context["request"].user
        if Watch.objects.filter(user=user, **{k: v for k, v in data.items() if v is not None}).exists():
            raise AlreadyWatched()
        return data


@extend_schema_view(create=extend_schema(request={"application/json": WATCH_REQUEST}))
class WatchViewSet(mixins.CreateModelMixin, mixins.DestroyModelMixin, viewsets.ReadOnlyModelViewSet):
    """My watch list: a status change of what is here is emailed to me, and listed in my weekly digest."""

    serializer_class = WatchSerializer
    permission_classes = [OwnRowsPermission]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema's generation, with nobody signed in
            return Watch.objects.none()
        return Watch.objects.of(self.request.user).select_related("theme", "actor")

    def perform_create(self, serializer):
        serializer.save(user=self.request.user)


class AddressRefused(APIException):
    status_code = status.HTTP_403_FORBIDDEN


class WebhookSerializer(serializers.ModelSerializer):
    secret = serializers.SerializerMethodField()

    class Meta:
        model = WebhookEndpoint
        fields = ["id", "url", "description", "is_active", "secret", "created_at"]

    def validate_url(self, url: str) -> str:
        refused = refused_address(url)
        if refused:
            # 403, not 400: the address is well formed, this tracker does not send there (tracker.api.schema).
            raise AddressRefused({"url": [f"Webhooks go to public addresses: {refused}."]})
        return url

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_secret(self, endpoint) -> str | None:
        """The signing secret, given once: in the answer to the registration."""
        return endpoint.secret if self.context.get("reveal_secret") else None


class WebhookViewSet(
    mixins.CreateModelMixin, mixins.UpdateModelMixin, mixins.DestroyModelMixin, viewsets.ReadOnlyModelViewSet
):
    """My webhooks: each published status change is POSTed to each active address, signed with HMAC-SHA256
    (header ``X-Tracker-Signature: sha256=<hex>`` over the raw body, with the secret given at registration)."""

    serializer_class = WebhookSerializer
    permission_classes = [OwnRowsPermission]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return WebhookEndpoint.objects.none()
        return WebhookEndpoint.objects.filter(user=self.request.user)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "reveal_secret": self.action == "create"}

    def perform_create(self, serializer):
        serializer.save(user=self.request.user)


router = IdRouter()
router.register("watches", WatchViewSet, basename="watch")
router.register("webhooks", WebhookViewSet, basename="webhook")
