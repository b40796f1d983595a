"""The ingestion pipeline: read -> segment -> structure -> metadata -> store, over a typed request.

``parse`` does everything but storing (``--dry-run`` stops there); ``ingest`` stores the result in one
transaction, so a failure leaves no document and no paragraph behind.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from documents.ingestion import metadata as metadata_step
from documents.ingestion.language import UNDETERMINED
from documents.ingestion.segmenter import segment
from documents.ingestion.sources import (
    MAX_PAGES,
    MAX_PARAGRAPHS,
    MAX_TEXT_CHARS,
    IngestionError,
    Source,
    check_source,
    read_pages,
    too_large,
)
from documents.ingestion.structure import Outline, ParsedParagraph, build
from documents.models import Document, Footnote, Meeting, Paragraph
from documents.signals import document_stored
from documents.titles import titles_for

# How much of the start of a document is searched for metadata (date ranges, symbols, conference names).
METADATA_SAMPLE_PARAGRAPHS = 12


@dataclass(frozen=True)
class Overrides:
    """What the person ingesting says about the document; each value wins over what the parser found."""

    kind: str | None = None
    meeting: str | None = None  # a Meeting slug
    symbol: str | None = None
    date: datetime.date | None = None
    language: str | None = None
    title: str | None = None

    @classmethod
    def from_options(cls, options: dict) -> Overrides:
        date = options.get("date")
        if isinstance(date, str) and date:
            date = datetime.date.fromisoformat(date)
        return cls(
            kind=options.get("kind") or None,
            meeting=options.get("meeting") or None,
            symbol=options.get("symbol") or None,
            date=date or None,
            language=options.get("language") or None,
            title=options.get("title") or None,
        )

    def as_options(self) -> dict:
        values = {
            "kind": self.kind,
            "meeting": self.meeting,
            "symbol": self.symbol,
            "language": self.language,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
        }
        return {key: value for key, value in values.items() if value}


@dataclass(frozen=True)
class IngestionRequest:
    source: Source
    overrides: Overrides = Overrides()
    replaces: Document | None = None

    @property
    def checksum(self) -> str:
        return self.source.checksum


@dataclass
class ParseResult:
    """A parsed document, not yet stored."""

    title: str
    date: datetime.date | None
    language: str
    symbol: str
    kind: str
    meeting_info: metadata_step.MeetingInfo | None
    paragraphs: list[ParsedParagraph]
    outline: Outline


@dataclass
class Outcome:
    """What ``ingest`` did."""

    document: Document
    created: bool
    parse: ParseResult | None = None
    vanished: list[dict] = field(default_factory=list)

    @property
    def report(self) -> dict:
        return {
            "created": self.created,
            "paragraphs": self.document.paragraphs.current().count(),
            "vanished": self.vanished,
        }


def parse_stream(source: Source, outline: Outline) -> Iterator[ParsedParagraph]:
    """Paragraphs one by one, pages read as they are needed: memory does not grow with page count. Pages,
    characters and paragraphs are counted as they are read, and the first bound passed stops the reading (what
    the check before storing could not see, such as the text of a PDF's pages)."""
    pieces = segment(_bounded_pages(read_pages(source)), markdown=source.is_markdown or source.kind == "docx")
    for count, paragraph in enumerate(build(pieces, outline), start=1):
        if count > MAX_PARAGRAPHS:
            raise too_large(_("its number of paragraphs"), MAX_PARAGRAPHS)
        yield paragraph


def _bounded_pages(pages: Iterator[str]) -> Iterator[str]:
    characters = 0
    for count, page in enumerate(pages, start=1):
        characters += len(page)
        if count > MAX_PAGES:
            raise too_large(_("its number of pages"), MAX_PAGES)
        if characters > MAX_TEXT_CHARS:
            raise too_large(_("the size of its text (characters)"), MAX_TEXT_CHARS)
        yield page


def parse(request: IngestionRequest) -> ParseResult:
    check_source(request.source)
    outline = Outline()
    paragraphs = list(parse_stream(request.source, outline))
    if not paragraphs:
        raise IngestionError(_("No paragraph of text was found in the file: there is nothing to ingest."))
    language = request.overrides.language or outline.language.document_language
    title_candidates = _main_title_run(outline, language)
    found = metadata_step.extract(
        front_matter=outline.front_matter,
        title_candidates=title_candidates,
        text_sample=title_candidates + [paragraph.text for paragraph in islice(paragraphs, METADATA_SAMPLE_PARAGRAPHS)],
        furniture=outline.furniture,
        language=language,
    )
    overrides = request.overrides
    return ParseResult(
        title=overrides.title or found.title or request.source.name.rsplit(".", 1)[0],
        date=overrides.date or found.date,
        language=language,
        symbol=overrides.symbol if overrides.symbol is not None else found.symbol,
        kind=overrides.kind
        or metadata_step.guess_kind(
            title=found.title,
            front_matter=outline.front_matter,
            headings=outline.headings,
            furniture=outline.furniture,
            paragraphs=[(paragraph.label_kind, paragraph.text) for paragraph in paragraphs],
            file_name=request.source.name,
        ),
        meeting_info=found.meeting,
        paragraphs=paragraphs,
        outline=outline,
    )


def _main_title_run(outline: Outline, language: str) -> list[str]:
    """The headings just before the first paragraph in the document's language (after a cover note in
    another language, the annex's own title)."""
    gathered: list[str] = []
    for run, run_language in outline.heading_runs:
        if run_language not in (language, UNDETERMINED):
            gathered = []
            continue
        gathered += run
        if run_language == language:
            break
    return gathered


def ingest(request: IngestionRequest) -> Outcome:
    """Parse and store. The same file (by checksum) never makes a second document."""
    existing = Document.objects.filter(checksum=request.checksum).first()
    if existing is not None:
        return Outcome(document=existing, created=False)
    result = parse(request)
    with transaction.atomic():
        meeting = _resolve_meeting(request.overrides, result)
        if request.replaces is not None:
            document = _update_document(request.replaces, request, result, meeting)
            vanished = replace_paragraphs(document, result.paragraphs)
        else:
            document = _create_document(request, result, meeting)
            _store_paragraphs(document, result.paragraphs)
            vanished = []
        _store_footnotes(document, result.outline.footnotes)
        # Inside the transaction: what listeners store with the document (an action plan's actions) is all or nothing.
        document_stored.send(sender=Document, document=document, created=request.replaces is None)
    return Outcome(document=document, created=request.replaces is None, parse=result, vanished=vanished)


def _document_values(request: IngestionRequest, result: ParseResult, meeting: Meeting | None) -> dict:
    if (
        result.symbol
        and Document.objects.filter(symbol=result.symbol).exclude(pk=getattr(request.replaces, "pk", None)).exists()
    ):
        raise IngestionError(
            _(
                "A document with the symbol %(symbol)s is already in the tracker: ingest this file as its corrected "
                "version, or give another symbol."
            )
            % {"symbol": result.symbol}
        )
    return {
        "title": result.title[:500],
        **titles_for(result.title[:500]),
        "kind": result.kind,
        "date": result.date,
        "language": result.language,
        "symbol": result.symbol,
        "meeting": meeting,
        "checksum": request.checksum,
    }


def _create_document(request: IngestionRequest, result: ParseResult, meeting: Meeting | None) -> Document:
    document = Document(**_document_values(request, result, meeting))
    document.source_file.save(request.source.name, ContentFile(request.source.data), save=False)
    document.full_clean(exclude=["source_file"])
    document.save()
    return document


def _update_document(document: Document, request: IngestionRequest, result: ParseResult, meeting) -> Document:
    for name, value in _document_values(request, result, meeting).items():
        setattr(document, name, value)
    document.source_file.save(request.source.name, ContentFile(request.source.data), save=False)
    document.save()
    return document


def _paragraph_rows(document: Document, paragraphs: list[ParsedParagraph]) -> list[Paragraph]:
    return [
        Paragraph(
            document=document,
            position=parsed.position,
            label=parsed.label,
            heading=parsed.heading[:500],
            language=parsed.language,
            text=parsed.text,
            anchor=parsed.anchor,
        )
        for parsed in paragraphs
    ]


def _store_paragraphs(document: Document, paragraphs: list[ParsedParagraph]) -> None:
    from simple_history.utils import bulk_create_with_history

    bulk_create_with_history(_paragraph_rows(document, paragraphs), Paragraph, batch_size=500)
    # bulk_create sets primary keys on PostgreSQL and SQLite: parents can be linked in a second pass.
    saved = {row.position: row for row in document.paragraphs.all()}
    children = []
    for parsed in paragraphs:
        if parsed.parent is not None:
            child = saved[parsed.position]
            child.parent = saved[parsed.parent.position]
            children.append(child)
    Paragraph.objects.bulk_update(children, ["parent"], batch_size=500)


def _store_footnotes(document: Document, footnotes: list[str]) -> None:
    document.footnotes.all().delete()
    Footnote.objects.bulk_create(
        Footnote(document=document, position=position, text=text) for position, text in enumerate(footnotes, 1)
    )


def _resolve_meeting(overrides: Overrides, result: ParseResult) -> Meeting | None:
    """The meeting named by the user; else one whose dates match what the document prints; else a new one
    when the document names a conference with its dates."""
    if overrides.meeting:
        meeting = Meeting.objects.filter(slug=overrides.meeting).first()
        if meeting is None:
            raise IngestionError(_("There is no meeting “%(slug)s”.") % {"slug": overrides.meeting})
        return meeting
    info = result.meeting_info
    if info is None:
        return None
    overlapping = Meeting.objects.filter(start_date__lte=info.end, end_date__gte=info.start)
    if info.city:
        same_city = overlapping.filter(city__iexact=info.city)
        overlapping = same_city if same_city.exists() else overlapping
    meeting = overlapping.order_by("start_date").first()
    if meeting is not None or not info.name:
        return meeting
    return Meeting.objects.create(
        slug=slugify(f"{info.name[:60]} {info.start.year}")[:80],
        kind=_meeting_kind(info.name),
        title=info.name[:300],
        city=info.city,
        country=info.country,
        start_date=info.start,
        end_date=info.end,
    )


def _meeting_kind(name: str) -> str:
    lowered = name.lower()
    if "review conference" in lowered:
        return Meeting.Kind.REVIEW_CONFERENCE
    if "meeting of the states parties" in lowered:
        return Meeting.Kind.MEETING_OF_STATES_PARTIES
    if "conference" in lowered or "summit" in lowered:
        return Meeting.Kind.THEMATIC_CONFERENCE
    return Meeting.Kind.OTHER


def replace_paragraphs(document: Document, paragraphs: list[ParsedParagraph]) -> list[dict]:
    """Store a corrected version's paragraphs in place of the old ones, keeping commitments on the right ones.

    Old paragraphs are matched to new ones (same label and heading, then similar text, then nearby position);
    a matched paragraph keeps its row, so what points to it still does. Unmatched old paragraphs are deleted,
    or, when commitments or evidence cite them, kept as withdrawn. Returns the vanished paragraphs.
    """
    from documents.ingestion.matching import match_paragraphs

    old = list(document.paragraphs.current().order_by("position"))
    matches = match_paragraphs(old, paragraphs)
    # Make room: positions and anchors of the old rows must not collide while the new ones are written.
    offset = 1_000_000
    for row in old:
        row.position += offset
        row.anchor = f"old-{row.pk}"
    Paragraph.objects.bulk_update(old, ["position", "anchor"], batch_size=500)
    kept: dict[int, Paragraph] = {}
    for index, parsed in enumerate(paragraphs):
        row = matches.get(index) or Paragraph(document=document)
        row.position, row.label, row.heading = parsed.position, parsed.label, parsed.heading[:500]
        row.language, row.text, row.anchor, row.parent = parsed.language, parsed.text, parsed.anchor, None
        row.withdrawn_at = None
        row.save()
        kept[parsed.position] = row
    for parsed in paragraphs:
        if parsed.parent is not None:
            kept[parsed.position].parent = kept[parsed.parent.position]
            kept[parsed.position].save(update_fields=["parent"])
    return _retire_unmatched(document, old, {row.pk for row in matches.values()}, len(paragraphs))


def _retire_unmatched(document: Document, old: list[Paragraph], matched: set[int], last: int) -> list[dict]:
    from django.utils import timezone

    vanished = []
    position = last
    for row in old:
        if row.pk in matched:
            continue
        cited = row.commitments.exists() or row.cited_as_evidence.exists() or row.actions.exists()
        vanished.append({"label": row.label or None, "text": row.text[:200], "kept_as_withdrawn": cited})
        if cited:
            position += 1
            row.position, row.anchor, row.withdrawn_at = position, f"withdrawn-{row.pk}", timezone.now()
            row.parent = None
            row.save()
        else:
            row.children.update(parent=None)
            row.delete()
    return vanished
