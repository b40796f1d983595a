"""The JSON shape of an ingested document (``ingest --json``), parsed or stored."""

from documents.ingestion.pipeline import ParseResult
from documents.models import Document


def parse_json(file: str, result: ParseResult) -> dict:
    return {
        "file": file,
        "document": None,
        "title": result.title,
        "date": result.date.isoformat() if result.date else None,
        "language": result.language,
        "symbol": result.symbol or None,
        "kind": result.kind,
        "meeting": _meeting_info_json(result),
        "paragraphs": [_paragraph_json(paragraph) for paragraph in result.paragraphs],
        "footnotes": result.outline.footnotes,
    }


def document_json(file: str, document: Document) -> dict:
    paragraphs = document.paragraphs.current().select_related("parent").order_by("position")
    return {
        "file": file,
        "document": document.pk,
        "title": document.title,
        "date": document.date.isoformat() if document.date else None,
        "language": document.language,
        "symbol": document.symbol or None,
        "kind": document.kind,
        "meeting": document.meeting.slug if document.meeting else None,
        "paragraphs": [_paragraph_json(paragraph) for paragraph in paragraphs],
        "footnotes": list(document.footnotes.values_list("text", flat=True)),
    }


def _paragraph_json(paragraph) -> dict:
    """A parsed or a stored paragraph: both have a label, a parent, a heading, a language and a text."""
    return {
        "label": paragraph.label or None,
        "parent": paragraph.parent.label or None if paragraph.parent else None,
        "heading": paragraph.heading or None,
        "language": paragraph.language,
        "text": paragraph.text,
    }


def _meeting_info_json(result: ParseResult) -> dict | None:
    info = result.meeting_info
    if info is None:
        return None
    return {
        "name": info.name or None,
        "city": info.city or None,
        "country": info.country or None,
        "start": info.start.isoformat(),
        "end": info.end.isoformat(),
    }
