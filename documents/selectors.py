"""Reads of documents that more than one caller needs (the API's document detail and the document page)."""

from __future__ import annotations

from django.core.paginator import Page, Paginator

from documents.models import Document, Paragraph

# Paragraphs shown at once on a document's page and in the API's document detail: a document of 20,000 paragraphs
# (the ingestion limit) is served in pages, never as one 70 MB answer. Real documents hold a few hundred.
PARAGRAPHS_PER_PAGE = 500


def document_paragraphs(document: Document, *, fields: tuple[str, ...] = ()) -> Paginator:
    """The document's current paragraphs in reading order, paginated (``Paginator.page`` raises on a bad page,
    ``get_page`` falls back to the first or last)."""
    paragraphs = Paragraph.objects.current().filter(document=document).order_by("position")
    if fields:
        paragraphs = paragraphs.only(*fields)
    return Paginator(paragraphs, PARAGRAPHS_PER_PAGE)


def document_paragraph_page(document: Document, number) -> Page:
    """One page of paragraphs; raises ``django.core.paginator.InvalidPage`` for a page that does not exist."""
    return document_paragraphs(document).page(number or 1)
