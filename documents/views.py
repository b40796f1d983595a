from django.db.models import Prefetch
from django.views.generic import DetailView

from documents.models import Document, Paragraph


class DocumentDetailView(DetailView):
    """A document as printed, each paragraph with its permanent anchor."""

    template_name = "documents/document_detail.html"

    def get_queryset(self):
        paragraphs = Paragraph.objects.only(
            "document_id", "label", "heading", "text", "anchor", "position", "parent_id"
        )
        return Document.objects.select_related("meeting").prefetch_related(
            Prefetch("paragraphs", queryset=paragraphs.order_by("position"))
        )
