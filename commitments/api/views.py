"""The commitments API: reference data, commitments (fast lists, exports, optimistic writes) and status history."""

from __future__ import annotations

import csv
import io
import tempfile

from django.core.exceptions import ValidationError as ModelValidationError
from django.db.models import Min, Prefetch
from django.http import FileResponse, StreamingHttpResponse
from django.utils.http import http_date
from drf_orjson_renderer.renderers import ORJSONRenderer
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.response import Response

from actors.models import Actor
from commitments.api.rows import commitment_row_chunks, commitment_rows, site_root
from commitments.api.serializers import (
    ActionPlanSerializer,
    ActionSerializer,
    CommitmentRowSerializer,
    CommitmentSerializer,
    CommitmentUpdateSerializer,
    CommitmentWriteSerializer,
    StatusSerializer,
    StatusUpdateCreateSerializer,
    StatusUpdateSerializer,
    ThemeSerializer,
)
from commitments.filtersets import ActionFilterSet, CommitmentFilterSet, StatusUpdateFilterSet, resolve_actor
from commitments.models import Action, ActionPlan, Commitment, Evidence, Status, StatusUpdate, Theme
from commitments.services import StaleVersion, commitment_create, commitment_update, status_record
from commitments.shape import EXPORT_COLUMNS, FIELDS, OWNER_COLUMNS, export_cells, owner_cells
from tracker.api.filters import StrictFilterBackend
from tracker.api.pagination import SyncCursorPagination
from tracker.api.renderers import CSVRenderer, XLSXRenderer
from tracker.spreadsheets import csv_row, xlsx_row

ORDERINGS = {
    "updated": ("updated_at", "id"),
    "date": ("paragraph__document__date", "id"),
    "status": ("overall_status__position", "id"),
    "owner": ("first_owner", "id"),
}


IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=True,
    description="The ETag of the commitment as last read.",
)


class PreconditionRequired(APIException):
    status_code = 428
    default_detail = "Send the commitment's ETag in an If-Match header, so a newer change is never overwritten."


class PreconditionFailed(APIException):
    status_code = 412
    default_detail = "The commitment changed since you read it: read it again, then retry with its new ETag."


class Conflict(APIException):
    """A well-formed write that the record's rules refuse (docs/api.md, "Errors")."""

    status_code = 409


class ThemeViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Theme.objects.all()
    serializer_class = ThemeSerializer


class StatusViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Status.objects.all()
    serializer_class = StatusSerializer


class ActionPlanViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = ActionPlan.objects.select_related("meeting", "predecessor")
    serializer_class = ActionPlanSerializer
    filterset_fields = ["code"]


class ActionViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Action.objects.select_related("plan", "section").prefetch_related("themes")
    serializer_class = ActionSerializer
    filterset_class = ActionFilterSet


@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter(
                "fields",
                {"type": "array", "items": {"type": "string", "enum": list(FIELDS)}},
                style="form",
                explode=False,
                description="Fewer fields, comma-separated (id,kind,owners); none: every field.",
            ),
            OpenApiParameter(
                "compact",
                OpenApiTypes.BOOL,
                description="Owner counts by status (owner_count, owner_statuses) and owners_url instead of every "
                "owner: a collective commitment has one owner per State Party. Default false.",
            ),
            OpenApiParameter(
                "ordering",
                OpenApiTypes.STR,
                enum=[*ORDERINGS, *(f"-{key}" for key in ORDERINGS)],
                description="Default: -updated (newest change first).",
            ),
        ],
        responses={200: CommitmentRowSerializer(many=True)},
    ),
    retrieve=extend_schema(responses={200: CommitmentSerializer}),
    # A write answers with the commitment as a read shows it (the paragraph nested), not with what was sent.
    create=extend_schema(request=CommitmentWriteSerializer, responses={201: CommitmentSerializer}),
    partial_update=extend_schema(
        request=CommitmentUpdateSerializer,
        parameters=[IF_MATCH],
        responses={200: CommitmentSerializer, 412: OpenApiTypes.OBJECT, 428: OpenApiTypes.OBJECT},
    ),
)
class CommitmentViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Commitments and recommendations, each with its source paragraph, owners and their current status."""

    filterset_class = CommitmentFilterSet
    filtered_actions = ("export",)  # the schema lists the filters there too (tracker.api.schema)
    pagination_class = SyncCursorPagination
    renderer_classes = [*viewsets.ReadOnlyModelViewSet.renderer_classes, CSVRenderer, XLSXRenderer]
    filter_backends = [StrictFilterBackend]  # ?ordering= is handled by _ordered, with the cursor

    def get_queryset(self):
        return Commitment.objects.visible_to(self.request.user)

    def finalize_response(self, request, response, *args, **kwargs):
        """An error on an export request (a bad filter) is answered in JSON, like every other error."""
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(response, Response) and response.accepted_renderer.format in ("csv", "xlsx"):
            response.accepted_renderer = ORJSONRenderer()
            response.accepted_media_type = ORJSONRenderer.media_type
        return response

    def get_serializer_class(self):
        if self.action == "create":
            return CommitmentWriteSerializer
        if self.action in ("update", "partial_update"):
            return CommitmentUpdateSerializer
        if self.action == "status_updates":
            return StatusUpdateCreateSerializer
        return CommitmentSerializer

    def _fields(self) -> set[str] | None:
        requested = {name.strip() for name in self.request.query_params.get("fields", "").split(",") if name.strip()}
        unknown = requested - set(FIELDS)
        if unknown:
            raise ValidationError({"fields": [f"Unknown field(s): {', '.join(sorted(unknown))}."]})
        return requested or None

    def _ordered(self, queryset):
        raw = self.request.query_params.get("ordering", "-updated")
        key = raw.lstrip("-")
        if key not in ORDERINGS:
            raise ValidationError({"ordering": [f"Order by one of: {', '.join(ORDERINGS)} (prefix - to reverse)."]})
        if key == "owner":
            queryset = queryset.annotate(first_owner=Min("owner_links__actor__name_en"))
        prefix = "-" if raw.startswith("-") else ""
        self.paginator.ordering = tuple(prefix + field for field in ORDERINGS[key])
        return queryset

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        if request.accepted_renderer.format in ("csv", "xlsx"):
            return self._export(queryset, request.accepted_renderer.format)
        fields = self._fields()
        queryset = self._ordered(queryset)
        ordering = [field.lstrip("-") for field in self.paginator.ordering]
        page = self.paginate_queryset(queryset.values("id", *ordering))
        compact = self._compact()
        return self.get_paginated_response(
            commitment_rows([row["id"] for row in page], request, fields, compact=compact)
        )

    def _compact(self) -> bool:
        value = self.request.query_params.get("compact", "false").lower()
        if value not in ("true", "false", "1", "0"):
            raise ValidationError({"compact": ["true or false."]})
        return value in ("true", "1")

    def retrieve(self, request, *args, **kwargs):
        commitment = self.get_object()
        [row] = commitment_rows([commitment.pk], request, self._fields())
        return Response(
            row,
            headers={
                "ETag": commitment.etag,
                "Last-Modified": http_date(commitment.updated_at.timestamp()),
            },
        )

    def create(self, request, *args, **kwargs):
        data = self._valid(CommitmentWriteSerializer)
        try:
            commitment = commitment_create(
                paragraph=data["paragraph"],
                kind=data["kind"],
                text=data["text"],
                owners=list(Actor.objects.filter(pk__in=data["owners"])),
                status=data.get("status") or Status.by_key(Status.NOT_STARTED),
                recorded_by=request.user,
                themes=Theme.objects.filter(pk__in=data.get("themes", [])),
                actions=Action.objects.filter(pk__in=data.get("actions", [])),
                target_date=data.get("target_date"),
            )
        except ModelValidationError as error:  # the body gives the record no owner (a group with no State yet)
            raise ValidationError(error.message_dict) from error
        commitment.refresh_from_db()
        [row] = commitment_rows([commitment.pk], request)
        return Response(row, status=status.HTTP_201_CREATED, headers={"Location": row["url"], "ETag": commitment.etag})

    @extend_schema(
        request=CommitmentUpdateSerializer,
        parameters=[IF_MATCH],
        responses={200: CommitmentSerializer, 412: OpenApiTypes.OBJECT, 428: OpenApiTypes.OBJECT},
    )
    def update(self, request, *args, **kwargs):
        commitment = self.get_object()
        data = self._valid(CommitmentUpdateSerializer, partial=kwargs.get("partial", False))
        if_match = self._if_match(required=True)
        try:
            commitment = commitment_update(
                commitment=commitment,
                user=request.user,
                expected_etag=if_match,
                kind=data.get("kind"),
                text=data.get("text"),
                target_date=data.get("target_date", ...),
                themes=Theme.objects.filter(pk__in=data["themes"]) if "themes" in data else None,
                actions=Action.objects.filter(pk__in=data["actions"]) if "actions" in data else None,
                add_owners=Actor.objects.filter(pk__in=data.get("owners", [])),
            )
        except StaleVersion as error:
            raise PreconditionFailed() from error
        except ModelValidationError as error:
            raise Conflict(error.message_dict) from error  # the record's rules, not the body's shape
        commitment.refresh_from_db()
        [row] = commitment_rows([commitment.pk], request)
        return Response(row, headers={"ETag": commitment.etag})

    @extend_schema(
        methods=["POST"],
        request=StatusUpdateCreateSerializer,
        parameters=[
            OpenApiParameter(
                "If-Match",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description="Optional: refuse (412) if the commitment changed since read.",
            )
        ],
        responses={201: StatusUpdateSerializer, 409: OpenApiTypes.OBJECT, 412: OpenApiTypes.OBJECT},
    )
    @extend_schema(methods=["GET"], responses={200: StatusUpdateSerializer(many=True)})
    @action(detail=True, methods=["get", "post"], url_path="status-updates", pagination_class=None)
    def status_updates(self, request, pk=None):
        """GET: this commitment's status history. POST: record a new status for one of its owners."""
        commitment = self.get_object()
        if request.method == "GET":
            updates = _status_update_queryset().filter(commitment=commitment).order_by("actor_id", "effective_at")
            # A commitment's history is short: one page.
            return Response(StatusUpdateSerializer(updates, many=True, context={"request": request}).data)
        data = self._valid(StatusUpdateCreateSerializer)
        evidence = [Evidence(**item) for item in data.get("evidence", [])]
        try:
            update = status_record(
                commitment=commitment,
                actor=Actor.objects.get(pk=data["owner"]),
                status=Status.objects.get(pk=data["status"]),
                recorded_by=request.user,
                effective_at=data.get("effective_at"),
                narrative=data["narrative"],
                evidence=evidence,
                expected_etag=self._if_match(required=False),
            )
        except StaleVersion as error:
            raise PreconditionFailed() from error
        except ModelValidationError as error:
            # The body is well formed (400 was the serializer's); the record's rules refuse it: an owner that is
            # not this commitment's, a date before the latest update, a status that needs a narrative.
            messages = error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}
            raise Conflict({"owner" if key == "actor" else key: value for key, value in messages.items()}) from error
        update = _status_update_queryset().get(pk=update.pk)
        return Response(
            StatusUpdateSerializer(update, context={"request": request}).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(
        parameters=[OpenApiParameter("format", OpenApiTypes.STR, enum=["csv", "xlsx"], required=True)],
        responses={(200, "text/csv"): OpenApiTypes.STR, (200, XLSXRenderer.media_type): OpenApiTypes.BINARY},
    )
    @action(detail=False, methods=["get"], url_path="export")
    def export(self, request):
        """The whole filtered set as CSV (streamed) or XLSX; also ``/commitments/?format=csv``."""
        queryset = self.filter_queryset(self.get_queryset())
        file_format = request.accepted_renderer.format
        if file_format not in ("csv", "xlsx"):
            raise ValidationError({"format": ["Export as csv or xlsx: ?format=csv."]})
        return self._export(queryset, file_format)

    def _valid(self, serializer_class, **kwargs) -> dict:
        serializer = serializer_class(data=self.request.data, context=self.get_serializer_context(), **kwargs)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    def _if_match(self, *, required: bool) -> str | None:
        """The ETag the client last read; the service compares it under the commitment's lock."""
        sent = self.request.headers.get("If-Match")
        if not sent and required:
            raise PreconditionRequired()
        return sent or None

    def _export(self, queryset, file_format: str):
        ids = queryset.order_by("id").values_list("id", flat=True).distinct()
        owner = _single_owner(self.request)
        if file_format == "csv":
            lines = _csv_lines(ids, self.request, owner)
            response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="commitments.csv"'
            return response
        return _xlsx_response(ids, self.request, owner)


def _single_owner(request) -> int | None:
    """The actor of ``?owner=`` when it names exactly one (MEX, or an id): its status gets columns of its own."""
    values = [value for raw in request.query_params.getlist("owner") for value in raw.split(",") if value.strip()]
    return resolve_actor(values[0].strip()) if len(values) == 1 else None


def _status_update_queryset():
    public_and_internal = Prefetch("evidence", queryset=Evidence.objects.order_by("id"))
    return StatusUpdate.objects.select_related("actor", "from_status", "to_status", "recorded_by").prefetch_related(
        public_and_internal
    )


def _csv_lines(ids, request, owner: int | None = None):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS + (OWNER_COLUMNS if owner else []))
    for rows in commitment_row_chunks(ids, root=site_root(request), owner=owner):
        for row in rows:
            writer.writerow(csv_row(export_cells(row) + (owner_cells(row) if owner else [])))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _xlsx_response(ids, request, owner: int | None = None) -> FileResponse:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)  # rows go to disk as they are written
    sheet = workbook.create_sheet("commitments")
    sheet.append(EXPORT_COLUMNS + (OWNER_COLUMNS if owner else []))
    for rows in commitment_row_chunks(ids, root=site_root(request), owner=owner):
        for row in rows:
            sheet.append(xlsx_row(sheet, export_cells(row) + (owner_cells(row) if owner else [])))
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it once sent
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename="commitments.xlsx", content_type=XLSXRenderer.media_type)


class StatusUpdateViewSet(viewsets.ReadOnlyModelViewSet):
    """The status history of every (commitment, owner) pair, newest recorded first; ``updated_since`` to sync."""

    serializer_class = StatusUpdateSerializer
    filterset_class = StatusUpdateFilterSet
    pagination_class = SyncCursorPagination
    filter_backends = [StrictFilterBackend]

    def get_queryset(self):
        return _status_update_queryset().visible_to(self.request.user)

    def paginate_queryset(self, queryset):
        self.paginator.ordering = ("-recorded_at", "-id")
        return super().paginate_queryset(queryset)
