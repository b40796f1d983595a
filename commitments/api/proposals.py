"""/api/v1/proposals/: a focal point proposes status updates for its State; ISU staff approve or return them."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as ModelPermissionDenied
from django.core.exceptions import ValidationError as ModelValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, PermissionDenied
from rest_framework.response import Response

from actors.models import Actor
from commitments.models import Commitment, Status, StatusProposal
from commitments.models.proposals import REVIEWER_PERMISSION
from commitments.services import proposal_approve, proposal_return, proposal_submit
from tracker.api.permissions import TokenScope


class ProposalSerializer(serializers.ModelSerializer):
    commitment = serializers.PrimaryKeyRelatedField(queryset=Commitment.objects.published())
    owner = serializers.SlugRelatedField(
        source="actor", slug_field="iso3", queryset=Actor.objects.states(), required=False, allow_null=True
    )
    status = serializers.SlugRelatedField(slug_field="key", queryset=Status.objects.all())
    proposed_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    reviewed_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = StatusProposal
        fields = [
            "id",
            "commitment",
            "owner",
            "status",
            "narrative",
            "evidence_url",
            "evidence_description",
            "state",
            "proposed_by",
            "proposed_at",
            "reviewed_by",
            "reviewed_at",
            "review_comment",
            "status_update",
        ]
        read_only_fields = ["state", "proposed_at", "reviewed_at", "review_comment", "status_update"]
        validators = []  # one pending proposal per pair: the service says so, with a clear message


class ReviewSerializer(serializers.Serializer):
    comment = serializers.CharField(required=False, allow_blank=True, default="")


class ReturnSerializer(serializers.Serializer):
    comment = serializers.CharField(help_text="Why the proposal goes back to its State.")


class ProposalPermission(TokenScope, permissions.IsAuthenticated):
    """Signed in (a session or a token); a read-only token never proposes. Who may propose for which State, and who
    may review, is the services' object-level rule."""


class ProposalConflict(APIException):
    status_code = 409
    default_code = "conflict"


def _model_errors(error: ModelValidationError) -> dict:
    return error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}


def _owner_named(messages: dict) -> dict:
    """The model's ``actor`` is the API's ``owner``."""
    return {"owner" if key == "actor" else key: value for key, value in messages.items()}


class ProposalViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Proposed status updates: a focal point sees and proposes for its own State; staff see all and review."""

    serializer_class = ProposalSerializer
    permission_classes = [ProposalPermission]
    filterset_fields = ["state"]

    def get_queryset(self):
        return StatusProposal.objects.visible_to(self.request.user).select_related(
            "actor", "status", "proposed_by", "reviewed_by"
        )

    def perform_create(self, serializer):
        data = serializer.validated_data
        try:
            serializer.instance = proposal_submit(
                user=self.request.user,
                commitment=data["commitment"],
                actor=data.get("actor"),
                status=data["status"],
                narrative=data.get("narrative", ""),
                evidence_url=data.get("evidence_url", ""),
                evidence_description=data.get("evidence_description", ""),
            )
        except ModelPermissionDenied as error:
            raise PermissionDenied(str(error)) from error
        except ModelValidationError as error:  # a pending proposal for the pair, an owner that is not one...
            raise ProposalConflict(_owner_named(_model_errors(error))) from error

    def _review(self, review, request, serializer_class):
        if not request.user.has_perm(REVIEWER_PERMISSION):
            raise PermissionDenied("Only ISU staff review proposals.")
        proposal = self.get_object()
        comment = serializer_class(data=request.data)
        comment.is_valid(raise_exception=True)
        try:
            proposal = review(proposal=proposal, by=request.user, comment=comment.validated_data["comment"])
        except ModelValidationError as error:  # reviewed already, or the update it records is refused
            raise ProposalConflict(_model_errors(error)) from error
        return Response(self.get_serializer(proposal).data, status=status.HTTP_200_OK)

    @extend_schema(request=ReviewSerializer, responses={200: ProposalSerializer})
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        """Staff: record the proposed status update."""
        return self._review(proposal_approve, request, ReviewSerializer)

    @extend_schema(request=ReturnSerializer, responses={200: ProposalSerializer})
    @action(detail=True, methods=["post"], url_path="return", url_name="return")
    def return_to_state(self, request, pk=None):
        """Staff: return the proposal to its State with a comment (required)."""
        return self._review(proposal_return, request, ReturnSerializer)
