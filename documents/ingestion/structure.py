"""Structure: which paragraph is a sub-item of which, the heading each falls under, and stable anchors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.utils.text import slugify

from documents.ingestion.labels import BULLET, LETTER, NUMBER, PATH, Label
from documents.ingestion.language import LanguageTracker
from documents.ingestion.segmenter import FOOTNOTE, FURNITURE, HEADING, Piece

_STRUCTURAL_HEADING = re.compile(
    r"^(?:Article|Artículo|Articulo|Chapter|Chapitre|Capítulo|Section|Sección|Part|Partie|Parte|Annex|Annexe|Anexo)"
    r"\s+(?:\d{1,3}|[IVXLC]{1,6})[A-Za-z]?\.?$|^[IVXLC]{1,6}\.$",
    re.IGNORECASE,
)
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_NEXT_LETTER = {"i": "h", "v": "u", "x": "w"}
FURNITURE_KEPT = 200


@dataclass
class ParsedParagraph:
    """A paragraph as the parser found it, before it is stored."""

    position: int
    label: str
    heading: str
    language: str
    text: str
    anchor: str
    label_kind: str = ""
    parent: ParsedParagraph | None = field(default=None, repr=False)
    page: int = 1


@dataclass
class Outline:
    """Everything besides the paragraphs, kept so that nothing of the source is lost."""

    headings: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    # Dropped page numbers, running headers...: the first ones are kept for review and metadata (a symbol in a
    # footer), the rest only counted, so that a long document does not hold one per page.
    furniture: list[str] = field(default_factory=list)
    furniture_dropped: int = 0
    front_matter: list[str] = field(default_factory=list)  # headings before the first paragraph
    # Each run of headings, with the language of the paragraph that follows it (to find the main title).
    heading_runs: list[tuple[list[str], str]] = field(default_factory=list)
    _run: list[str] = field(default_factory=list)
    language: LanguageTracker = field(default_factory=LanguageTracker)

    def keep_furniture(self, text: str) -> None:
        if len(self.furniture) < FURNITURE_KEPT:
            self.furniture.append(text)
        else:
            self.furniture_dropped += 1


class _Nesting:
    """A stack of open list levels. A label kind already open closes the deeper levels; a new kind nests."""

    def __init__(self):
        self.stack: list[tuple[str, ParsedParagraph]] = []

    def reset(self, chapeau: ParsedParagraph | None = None) -> None:
        self.stack = [("plain", chapeau)] if chapeau is not None else []

    def place(self, label: Label, paragraph: ParsedParagraph) -> ParsedParagraph | None:
        kind = self._kind(label)
        if kind == PATH:
            return self._place_path(label, paragraph)
        if kind == NUMBER:
            self.stack = [entry for entry in self.stack if entry[0] != "plain"]
        for depth, (open_kind, _open) in enumerate(self.stack):
            if open_kind == kind:
                del self.stack[depth:]
                break
        parent = self.stack[-1][1] if self.stack else None
        self.stack.append((kind, paragraph))
        return parent

    def _place_path(self, label: Label, paragraph: ParsedParagraph) -> ParsedParagraph | None:
        """A hierarchical label names its parent: "9.b.i." is under the open "9.b.", "5.a." under "5."; when its
        parent is not open (under an annex heading "1. Objectives", "1.1." has none), it starts a new list."""
        wanted = label.value.rsplit(".", 1)[0]
        for depth in range(len(self.stack) - 1, -1, -1):
            open_kind, open_paragraph = self.stack[depth]
            if open_kind in (NUMBER, PATH) and open_paragraph.label.strip("().") == wanted:
                del self.stack[depth + 1 :]
                self.stack.append((PATH, paragraph))
                return open_paragraph
        self.stack = [(PATH, paragraph)]
        return None

    def _kind(self, label: Label) -> str:
        """``(i)`` right after ``(h)`` is the letter i, not the roman numeral one."""
        if label.ambiguous_letter:
            letters = [p for kind, p in self.stack if kind == LETTER]
            if letters and letters[-1].label.strip("().").lower() == _NEXT_LETTER[label.value]:
                return LETTER
        return label.kind


def build(pieces: Iterable[Piece], outline: Outline) -> Iterator[ParsedParagraph]:
    """Paragraphs with parents, headings, languages and anchors; the rest is recorded on ``outline``."""
    nesting = _Nesting()
    anchors = _Anchors()
    heading = ""
    pending_structural = ""
    position = 0
    for piece in pieces:
        if piece.kind == FURNITURE:
            outline.keep_furniture(piece.text)
            continue
        if piece.kind == FOOTNOTE:
            outline.footnotes.append(piece.text)
            continue
        if piece.kind == HEADING:
            text = _clean_text(piece.text)
            outline.headings.append(text)
            if position == 0:
                outline.front_matter.append(text)
            outline._run.append(text)
            if _STRUCTURAL_HEADING.match(text):
                pending_structural = heading = text
            else:
                heading = f"{pending_structural} — {text}" if pending_structural else text
                pending_structural = ""
            nesting.reset()
            continue
        pending_structural = ""
        position += 1
        text = _clean_text(piece.text)
        paragraph = ParsedParagraph(
            position=position,
            label=piece.label_text,
            label_kind=piece.label.kind if piece.label else "",
            heading=heading,
            language=outline.language.paragraph_language(text),
            text=text,
            anchor="",
            page=piece.page,
        )
        if outline._run:
            outline.heading_runs.append((outline._run, paragraph.language))
            outline._run = []
        if piece.label is None:
            nesting.reset(paragraph if text.endswith(":") else None)
        else:
            paragraph.parent = nesting.place(piece.label, paragraph)
        paragraph.anchor = anchors.claim(paragraph)
        yield paragraph


def _clean_text(text: str) -> str:
    return _EMPHASIS.sub(r"\1", text).strip()


class _Anchors:
    """Anchors unique in the document, from label paths: ``p13``, ``p6-a``, ``article-5-p4-b-i``, ``n7``.

    Memory stays bounded on long documents: plain label anchors are few (``p1`` ... ``p99``); prefixed ones only
    need checking within their section, since each section's prefix is unique (``victim-assistance-2`` for a
    second section of that name); unnumbered paragraphs are named by their position."""

    def __init__(self):
        self.plain: set[str] = set()
        self.section: set[str] = set()
        self.heading = ""
        self.prefix = ""
        self.prefixes: dict[str, int] = {}

    def _start_section(self, heading: str) -> None:
        self.heading = heading
        key = _heading_key(heading)
        self.prefixes[key] = self.prefixes.get(key, 0) + 1
        self.prefix = key if self.prefixes[key] == 1 else f"{key}-{self.prefixes[key]}"
        self.section = set()

    def claim(self, paragraph: ParsedParagraph) -> str:
        from documents.models import Paragraph

        if paragraph.heading != self.heading:
            self._start_section(paragraph.heading)
        parent_anchor = paragraph.parent.anchor if paragraph.parent else ""
        label = "" if paragraph.label_kind == BULLET else paragraph.label
        anchor = Paragraph.make_anchor(label, paragraph.position, parent_anchor)
        if not label:
            return anchor  # named by its position: unique
        if parent_anchor:
            return self._in_section(anchor, paragraph.position)  # under a unique parent
        structural = _STRUCTURAL_HEADING.match(paragraph.heading.split(" — ")[0])
        if not structural and anchor not in self.plain:
            self.plain.add(anchor)
            return anchor
        # Under articles, every label path starts again: 'article-5-p4'.
        return self._in_section(f"{self.prefix}-{anchor}" if self.prefix else anchor, paragraph.position)

    def _in_section(self, anchor: str, position: int) -> str:
        if anchor in self.section:
            anchor = f"{anchor}-{position}"
        self.section.add(anchor)
        return anchor[:80]


def _heading_key(heading: str) -> str:
    """'Article 5 — Destruction of ...' -> 'article-5'; other headings -> their first words."""
    structural = heading.split(" — ")[0]
    if _STRUCTURAL_HEADING.match(structural):
        return slugify(structural)
    return slugify(" ".join(heading.split()[:4]))[:40]
