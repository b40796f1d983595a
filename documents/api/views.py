from django.core.paginator import InvalidPage
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from documents.api.serializers import (
    DocumentDetailSerializer,
    DocumentSerializer,
    DocumentUploadSerializer,
    IngestionJobSerializer,
    MeetingSerializer,
    ParagraphSerializer,
)
from documents.filtersets import DocumentFilterSet, IngestionJobFilterSet, MeetingFilterSet, ParagraphFilterSet
from documents.ingestion.pipeline import Overrides
from documents.ingestion.sources import FileTooLarge, IngestionError, Source, check_source
from documents.models import Document, IngestionJob, Meeting, Paragraph
from documents.selectors import PARAGRAPHS_PER_PAGE, document_paragraph_page
from documents.services import ingestion_job_create
from tracker.api.filters import StrictFilterBackend
from tracker.api.pagination import ReadingOrderCursorPagination
from tracker.api.permissions import StaffReadPermission
from tracker.api.schema import ERROR_SCHEMA


class MeetingViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Meeting.objects.all()
    serializer_class = MeetingSerializer
    filterset_class = MeetingFilterSet
    ordering_fields = ["start_date", "title"]


class DocumentViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Documents; the detail has the paragraphs. POST uploads a file for ingestion (202, with the job)."""

    filterset_class = DocumentFilterSet
    ordering_fields = ["date", "title", "updated_at"]
    parser_classes = [MultiPartParser]  # a file and its overrides

    def get_queryset(self):
        return Document.objects.visible_to(self.request.user).select_related("meeting")

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "paragraphs_page",
                {"type": "integer", "minimum": 1},
                description=f"Page of the document's paragraphs ({PARAGRAPHS_PER_PAGE} a page), from 1.",
            )
        ]
    )
    def retrieve(self, request, *args, **kwargs):
        document = self.get_object()
        try:
            page = document_paragraph_page(document, request.query_params.get("paragraphs_page"))
        except InvalidPage as error:
            raise NotFound(_("No such page of paragraphs: %(error)s") % {"error": error}) from error
        context = {**self.get_serializer_context(), "paragraph_page": page}
        return Response(DocumentDetailSerializer(document, context=context).data)

    def get_serializer_class(self):
        if self.action == "retrieve":
            return DocumentDetailSerializer
        if self.action == "create":
            return DocumentUploadSerializer
        return DocumentSerializer

    @extend_schema(
        request=DocumentUploadSerializer,
        responses={
            202: IngestionJobSerializer,
            413: OpenApiResponse(ERROR_SCHEMA, description="The file is over a limit: bytes, pages, paragraphs, text."),
            415: OpenApiResponse(
                ERROR_SCHEMA,
                description="Not a PDF, Word (.docx), text or Markdown file, or not what its name says; nothing "
                "is stored.",
            ),
        },
    )
    def create(self, request, *args, **kwargs):
        upload = DocumentUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        data = upload.validated_data
        content = data["file"].read()
        try:
            check_source(Source(name=data["file"].name, data=content))
        except IngestionError as error:
            # What the file holds, which no schema can say: over a limit (413), or not a kind this tracker reads,
            # or not what its name says (415, "as a result of inspecting the data", RFC 9110 15.5.16).
            refused = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE if isinstance(error, FileTooLarge) else 415
            return Response({"file": [str(error)]}, status=refused)
        overrides = Overrides(
            kind=data.get("kind"),
            meeting=getattr(data.get("meeting"), "slug", None),
            symbol=data.get("symbol"),
            date=data.get("date"),
            language=data.get("language"),
            title=data.get("title"),
        )
        job = ingestion_job_create(
            name=data["file"].name, data=content, overrides=overrides, user=request.user, replaces=data.get("replaces")
        )
        body = IngestionJobSerializer(job, context={"request": request}).data
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})


class ParagraphViewSet(viewsets.ReadOnlyModelViewSet):
    """Every paragraph of every document, in reading order; ``?document=`` for one document."""

    serializer_class = ParagraphSerializer
    filterset_class = ParagraphFilterSet
    filter_backends = [StrictFilterBackend]  # the order is the cursor's
    pagination_class = ReadingOrderCursorPagination

    def get_queryset(self):
        return Paragraph.objects.visible_to(self.request.user)


class IngestionJobViewSet(viewsets.ReadOnlyModelViewSet):
    """The state of an ingestion: pending, running, done (with its document) or failed (with the error)."""

    queryset = IngestionJob.objects.all()
    serializer_class = IngestionJobSerializer
    filterset_class = IngestionJobFilterSet
    permission_classes = [StaffReadPermission]
