"""Reading a source file into pages of text: plain text (any common encoding), Markdown, PDF, DOCX.

Every refusal is an ``IngestionError`` whose message is meant for the person who uploaded the file.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import PurePath

from charset_normalizer import from_bytes
from django.conf import settings
from django.utils.translation import gettext as _


class IngestionError(Exception):
    """A file that cannot be ingested, with a message that says why."""


class FileTooLarge(IngestionError):
    """A file over a limit (its bytes, pages, paragraphs or text), not a file of the wrong kind."""


TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES
# Bounds on what a file may unfold into, checked before it is stored: a small hostile file (a zip bomb, a
# 300,000-paragraph Word file, a 20 MB text node, a PDF of endless pages) is refused at once instead of tying up a
# worker. Paragraphs, pages and characters are counted as the reader sees them (the Word body is parsed, streaming
# and namespace-aware, not searched for bytes); the pipeline counts them again as it reads (``parse_stream``).
MAX_DOCX_ENTRIES = 1000
MAX_DOCX_UNCOMPRESSED = 200_000_000  # bytes, all entries together
MAX_DOCX_BODY = 50_000_000  # bytes of word/document.xml
# Tags ("<") of word/document.xml, counted on the bytes before they are parsed (a real paragraph holds a few dozen):
# it bounds the parser's work, so that a body of endless empty elements is refused at once.
MAX_DOCX_TAGS = 1_000_000
MAX_PARAGRAPHS = 20_000
MAX_PAGES = 3000  # PDF pages, or pages of a text file (split at form feeds)
MAX_PDF_PAGES = MAX_PAGES
MAX_TEXT_CHARS = 10_000_000  # characters of text, the whole document (the largest real one holds ~2 million)
# A text file whose characters are more than this share of control characters is binary, whatever its name.
MAX_CONTROL_RATIO = 0.01


@dataclass(frozen=True)
class Source:
    """A file's bytes with its name, checked to be of a kind the tracker reads."""

    name: str
    data: bytes

    @property
    def suffix(self) -> str:
        return PurePath(self.name).suffix.lower()

    @property
    def kind(self) -> str:
        if self.data.startswith(b"%PDF"):
            return "pdf"
        if self.data.startswith(b"PK\x03\x04") and self.suffix in DOCX_SUFFIXES:
            return "docx"
        if self.suffix in PDF_SUFFIXES | DOCX_SUFFIXES:
            return "broken"
        return "text"

    @property
    def is_markdown(self) -> bool:
        return self.suffix in {".md", ".markdown"}

    @property
    def checksum(self) -> str:
        """SHA-256 of the bytes: the same file never makes a second document."""
        return checksum(self.data)


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def max_upload_bytes() -> int:
    """The largest source file accepted, from the INGEST_MAX_UPLOAD_MB setting."""
    return settings.INGEST_MAX_UPLOAD_MB * 1_000_000


def check_size(size: int, max_bytes: int | None = None) -> None:
    max_bytes = max_upload_bytes() if max_bytes is None else max_bytes
    if size > max_bytes:
        raise FileTooLarge(
            _("The file is %(size).1f MB; the limit is %(limit).0f MB.")
            % {"size": size / 1_000_000, "limit": max_bytes / 1_000_000}
        )


def check_source(source: Source, *, max_bytes: int | None = None) -> None:
    """Refuse what cannot be ingested before any work is done."""
    max_bytes = max_upload_bytes() if max_bytes is None else max_bytes
    if source.suffix not in SUPPORTED_SUFFIXES:
        raise IngestionError(
            _("Unsupported file type “%(suffix)s”: use a PDF, a Word (.docx), a text (.txt) or a Markdown (.md) file.")
            % {"suffix": source.suffix or _("(no extension)")}
        )
    if not source.data.strip():
        raise IngestionError(_("The file is empty."))
    check_size(len(source.data), max_bytes)
    if source.kind == "broken":
        raise IngestionError(
            _("The file is named %(suffix)s but is not a valid %(suffix)s file.") % {"suffix": source.suffix}
        )
    if source.kind == "docx":
        _check_docx_bounds(source.data)
    elif source.kind == "pdf":
        _check_pdf_bounds(source.data)
    else:
        _check_text_bounds(source.data)


def too_large(what: str, limit: int) -> IngestionError:
    return FileTooLarge(
        _("The file is refused: %(what)s is over the limit of %(limit)s.") % {"what": what, "limit": f"{limit:,}"}
    )


def _check_docx_bounds(data: bytes) -> None:
    """The zip's directory says what it unfolds into: refuse before unpacking anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise IngestionError(_("The Word file cannot be read: %(error)s") % {"error": error}) from error
    entries = archive.infolist()
    names = [entry.filename for entry in entries]
    if len(entries) > MAX_DOCX_ENTRIES:
        raise too_large(_("its number of parts"), MAX_DOCX_ENTRIES)
    if len(set(names)) != len(names):
        raise IngestionError(_("The Word file is refused: it holds the same part twice."))
    if sum(entry.file_size for entry in entries) > MAX_DOCX_UNCOMPRESSED:
        raise too_large(_("its uncompressed size (bytes)"), MAX_DOCX_UNCOMPRESSED)
    body = next((entry for entry in entries if entry.filename == "word/document.xml"), None)
    if body is None:
        raise IngestionError(_("The Word file has no document body (word/document.xml)."))
    if body.file_size > MAX_DOCX_BODY:
        raise too_large(_("the size of its text (bytes)"), MAX_DOCX_BODY)
    with archive.open(body) as handle:  # a first pass on the bytes bounds the parser's work
        tags = sum(chunk.count(b"<") for chunk in iter(partial(handle.read, TEXT_CHUNK), b""))
    if tags > MAX_DOCX_TAGS:
        raise too_large(_("its number of XML tags"), MAX_DOCX_TAGS)
    with archive.open(body) as handle:
        _check_docx_body(handle)


class _BodyCounter:
    """An lxml parser target that counts what python-docx will see: paragraphs are ``p`` elements whatever prefix
    names their namespace (``<w:p>``, ``<ns0:p>``...), text is every character of every node. Counting in
    callbacks builds no tree, so memory stays flat."""

    def __init__(self) -> None:
        self.paragraphs = self.characters = 0

    def start(self, tag: str, attrib) -> None:
        if tag.rpartition("}")[2] == "p":
            self.paragraphs += 1

    def data(self, text: str) -> None:
        self.characters += len(text)

    def end(self, tag: str) -> None:
        pass

    def close(self) -> None:
        pass

    def check(self) -> None:
        if self.paragraphs > MAX_PARAGRAPHS:
            raise too_large(_("its number of paragraphs"), MAX_PARAGRAPHS)
        if self.characters > MAX_TEXT_CHARS:
            raise too_large(_("the size of its text (characters)"), MAX_TEXT_CHARS)


def _check_docx_body(handle) -> None:
    """Stream the body's XML through a counting parser; stop at the first bound passed, so a hostile body is
    refused after reading only as much of it as the bound allows."""
    from lxml import etree

    counter = _BodyCounter()
    # No entity expansion, no network, no "huge tree": lxml itself refuses a text node over 10 MB.
    parser = etree.XMLParser(target=counter, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        while chunk := handle.read(TEXT_CHUNK):
            parser.feed(chunk)
            counter.check()
        parser.close()
    except etree.XMLSyntaxError as error:
        message = str(error).lower()
        if "limit" in message or "too long" in message or "huge" in message:
            raise too_large(_("the size of its text (characters)"), MAX_TEXT_CHARS) from error
        raise IngestionError(
            _("The Word file cannot be read: its document body is not well-formed XML (line %(line)s).")
            % {"line": getattr(error, "lineno", "?")}
        ) from error
    counter.check()


def _check_pdf_bounds(data: bytes) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = 0 if reader.is_encrypted else len(reader.pages)
    except (PdfReadError, ValueError, KeyError) as error:
        raise IngestionError(_("The PDF cannot be read: %(error)s") % {"error": error}) from error
    if pages > MAX_PAGES:
        raise too_large(_("its number of pages"), MAX_PAGES)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _check_text_bounds(data: bytes) -> None:
    """Sniff a text file before it is stored: an encoding it can be read in, few control characters (a binary
    file named .txt is refused), and its pages, paragraphs and characters within bounds, counted as the reader
    will see them (pages at form feeds, paragraphs between blank lines)."""
    decoder = codecs.getincrementaldecoder(_text_encoding(data))(errors="strict")
    pages, paragraphs, characters, controls, blank_before, rest = 1, 0, 0, 0, True, ""
    for start in range(0, len(data) + 1, TEXT_CHUNK):
        final = start + TEXT_CHUNK > len(data)
        try:
            decoded = decoder.decode(data[start : start + TEXT_CHUNK], final=final)
        except UnicodeDecodeError as error:
            raise IngestionError(_("The file is not text in one encoding: it cannot be read as a document.")) from error
        characters += len(decoded)
        text = rest + decoded
        *lines, rest = text.split("\n")
        if final:
            lines.append(rest)
            rest = ""
        for line in lines:
            pages += line.count("\f")
            blank = not line.strip()
            paragraphs += blank_before and not blank
            blank_before = blank or "\f" in line
        controls += len(_CONTROL.findall(text, 0, len(text) - len(rest)))
        if pages > MAX_PAGES:
            raise too_large(_("its number of pages"), MAX_PAGES)
        if paragraphs > MAX_PARAGRAPHS:
            raise too_large(_("its number of paragraphs"), MAX_PARAGRAPHS)
        if characters > MAX_TEXT_CHARS:
            raise too_large(_("the size of its text (characters)"), MAX_TEXT_CHARS)
        if controls > MAX_CONTROL_RATIO * max(characters, TEXT_CHUNK):
            raise IngestionError(_("The file is binary, not text: it cannot be read as a document."))


def read_pages(source: Source) -> Iterator[str]:
    """The text of the source, page by page (text files split at form feeds). Pages are decoded and yielded
    one at a time, so memory does not grow with the page count."""
    if source.kind == "pdf":
        yield from _pdf_pages(source.data)
    elif source.kind == "docx":
        yield _docx_text(source.data)
    else:
        yield from _text_pages(source.data)


TEXT_CHUNK = 64 * 1024


def _text_pages(data: bytes) -> Iterator[str]:
    encoding = _text_encoding(data)
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    page = ""
    for start in range(0, len(data), TEXT_CHUNK):
        page += decoder.decode(data[start : start + TEXT_CHUNK])
        *complete, page = page.split("\f")
        yield from complete
    yield page + decoder.decode(b"", final=True)


def _text_encoding(data: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8; otherwise what charset-normalizer finds (Windows-1252, Latin-1...)."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestionError(_("The file is binary, not text: it cannot be read as a document."))
    if _is_utf8(data):
        return "utf-8-sig"
    best = from_bytes(data[: 4 * TEXT_CHUNK]).best()  # a sample: detection on megabytes takes seconds
    if best is None or best.encoding is None or _control_ratio(str(best)[:TEXT_CHUNK]) > 0.05:
        raise IngestionError(_("The file is binary, not text: it cannot be read as a document."))
    return best.encoding


def _is_utf8(data: bytes) -> bool:
    """Checked chunk by chunk, so that a large file is never decoded whole."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), TEXT_CHUNK):
            decoder.decode(data[start : start + TEXT_CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _control_ratio(text: str) -> float:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f")
    return controls / max(len(text), 1)


def _pdf_pages(data: bytes) -> Iterator[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestionError(_("The PDF is encrypted: remove the password protection and upload it again."))
        page_count = len(reader.pages)
    except PdfReadError as error:
        raise IngestionError(_("The PDF cannot be read: %(error)s") % {"error": error}) from error
    text_found = False
    for number in range(page_count):
        text = _page_text(reader.pages[number])
        # pypdf keeps every object it has read; forgetting them page by page keeps memory flat.
        reader.resolved_objects.clear()
        text_found = text_found or bool(text.strip())
        yield text
    if not text_found:
        raise IngestionError(_("The PDF has no text layer (it is a scan): it needs OCR before it can be ingested."))


# A vertical gap between two lines wider than this many times the font size is a paragraph's spacing: pypdf
# returns the lines without it, and a paragraph without a number would run into the next.
PARAGRAPH_GAP = 1.6


def _page_text(page) -> str:
    """The page's text, with a blank line where the page leaves a paragraph's space between two lines."""
    lines: list[tuple[float, float]] = []  # (baseline, font size) of each line drawn, in drawing order

    def visit(text, cm, tm, _font, size):
        if not text.strip():
            return
        baseline = tm[5] * cm[3] + cm[5]
        if not lines or abs(lines[-1][0] - baseline) >= 1:
            lines.append((baseline, size * abs(tm[3] * cm[3] or 1)))

    return _mark_paragraph_gaps(page.extract_text(visitor_text=visit) or "", lines)


def _mark_paragraph_gaps(text: str, lines: list[tuple[float, float]]) -> str:
    """Blank lines at wide gaps, when the text's lines are the lines drawn (else the text as pypdf gave it)."""
    rows = text.split("\n")
    if "\n\n" in text or len([row for row in rows if row.strip()]) != len(lines):
        return text
    marked, index = [], 0
    for row in rows:
        if row.strip():
            if index and lines[index - 1][0] - lines[index][0] > PARAGRAPH_GAP * max(lines[index][1], 1.0):
                marked.append("")
            index += 1
        marked.append(row)
    return "\n".join(marked)


def _docx_text(data: bytes) -> str:
    from docx import Document as WordDocument
    from lxml.etree import XMLSyntaxError

    from documents.ingestion.word_numbering import WordNumbering

    try:
        word = WordDocument(io.BytesIO(data))
    except XMLSyntaxError as error:  # lxml's own words ("Resource limit exceeded...") mean nothing to the uploader
        raise IngestionError(_("The Word file cannot be read: its XML is malformed or too large.")) from error
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise IngestionError(_("The Word file cannot be read: %(error)s") % {"error": error}) from error
    numbering = WordNumbering(word)
    lines = []
    for paragraph in word.paragraphs:
        text = paragraph.text.strip()
        label = numbering.label(paragraph) if text else ""
        if not text:
            continue
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        level = _heading_level(style)
        if level:
            lines.append(f"{'#' * level} {label} {text}".replace("  ", " "))
        elif label:
            lines.append(f"{label} {text}")  # the label Word shows, rebuilt from numbering.xml
        elif style.startswith("list"):
            lines.append(f"• {text}")
        else:
            lines.append(text)
    # One blank line between Word paragraphs: each is a block of its own.
    return "\n\n".join(lines)


def _heading_level(style: str) -> int:
    if style == "title":
        return 1
    if style.startswith("heading"):
        digits = "".join(char for char in style if char.isdigit())
        return min(int(digits or 1), 6)
    return 0
