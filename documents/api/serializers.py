from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.utils.urls import replace_query_param

from documents.choices import Language
from documents.models import Document, IngestionJob, Meeting, Paragraph


class MeetingSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country.code", read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "slug",
            "kind",
            "number",
            "title",
            "title_fr",
            "title_es",
            "city",
            "country",
            "start_date",
            "end_date",
        ]


class MeetingBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Meeting
        fields = ["id", "slug", "title"]


class ParagraphSerializer(serializers.ModelSerializer):
    parent = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    permalink = serializers.SerializerMethodField()

    class Meta:
        model = Paragraph
        fields = [
            "id",
            "document",
            "position",
            "label",
            "parent",
            "heading",
            "language",
            "text",
            "anchor",
            "permalink",
            "withdrawn_at",
        ]

    def get_permalink(self, paragraph: Paragraph) -> str:
        return self.context["request"].build_absolute_uri(f"/documents/{paragraph.document_id}/#{paragraph.anchor}")


class DocumentSerializer(serializers.ModelSerializer):
    meeting = MeetingBriefSerializer(read_only=True, allow_null=True)
    url = serializers.HyperlinkedIdentityField(view_name="api:document-detail")

    class Meta:
        model = Document
        fields = [
            "id",
            "url",
            "symbol",
            "title",
            "title_fr",
            "title_es",
            "kind",
            "meeting",
            "date",
            "language",
            "author",
            "translation_of",
            "source_url",
            "created_at",
            "updated_at",
        ]


class ParagraphPageSerializer(serializers.Serializer):
    """Where the detail's ``paragraphs`` sit among the document's: ``?paragraphs_page=N`` asks for another page."""

    number = serializers.IntegerField()
    pages = serializers.IntegerField()
    count = serializers.IntegerField()
    size = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)


class DocumentDetailSerializer(DocumentSerializer):
    """The document with one page of its paragraphs (``context["paragraph_page"]``, the first by default)."""

    paragraphs = serializers.SerializerMethodField()
    paragraphs_page = serializers.SerializerMethodField()

    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "paragraphs", "paragraphs_page"]

    def get_paragraphs(self, document: Document) -> list[dict]:
        page = self.context["paragraph_page"]
        return ParagraphSerializer(page.object_list, many=True, context=self.context).data

    @extend_schema_field(ParagraphPageSerializer)
    def get_paragraphs_page(self, document: Document) -> dict:
        page = self.context["paragraph_page"]
        request = self.context["request"]

        def link(number: int) -> str:
            return replace_query_param(request.build_absolute_uri(), "paragraphs_page", number)

        return {
            "number": page.number,
            "pages": page.paginator.num_pages,
            "count": page.paginator.count,
            "size": page.paginator.per_page,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
        }


class DocumentUploadSerializer(serializers.Serializer):
    """A file to ingest; every other field overrides what the parser would find."""

    file = serializers.FileField()
    kind = serializers.ChoiceField(choices=Document.Kind.choices, required=False)
    meeting = serializers.SlugRelatedField(slug_field="slug", queryset=Meeting.objects.all(), required=False)
    symbol = serializers.CharField(max_length=120, required=False)
    date = serializers.DateField(required=False)
    language = serializers.ChoiceField(choices=Language.choices, required=False)
    title = serializers.CharField(max_length=500, required=False)
    replaces = serializers.PrimaryKeyRelatedField(queryset=Document.objects.all(), required=False)


class IngestionJobSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:ingestionjob-detail")

    class Meta:
        model = IngestionJob
        fields = [
            "id",
            "url",
            "original_name",
            "state",
            "error",
            "document",
            "report",
            "options",
            "created_at",
            "started_at",
            "finished_at",
        ]
