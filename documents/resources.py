"""CSV/XLSX import and export of sources (django-import-export)."""

from import_export import resources

from documents.models import Document, Meeting


class MeetingResource(resources.ModelResource):
    class Meta:
        model = Meeting
        import_id_fields = ["slug"]
        fields = [
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
        skip_unchanged = True


class DocumentResource(resources.ModelResource):
    """Document metadata. Paragraphs come from ingestion, not from spreadsheets."""

    class Meta:
        model = Document
        fields = [
            "id",
            "symbol",
            "title",
            "title_fr",
            "title_es",
            "kind",
            "meeting",
            "date",
            "author",
            "language",
            "translation_of",
            "source_url",
        ]
        skip_unchanged = True
