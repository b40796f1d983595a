"""Segmentation: from pages of extracted text to headings, paragraphs, footnotes and dropped furniture.

Real extractions are messy: hard-wrapped lines, a blank line between every wrapped line, justified text with runs
of spaces, words hyphenated at line ends, page numbers, running headers and document-symbol footers, a paragraph
cut by a page break. The rules below are general (nothing here knows a particular document):

- furniture lines (page numbers, ``GE.22-05511`` job numbers, lone document symbols, rules, running headers that
  repeat at the top or bottom of pages) are dropped, and kept aside so nothing is silently lost;
- lines are grouped into blocks by blank lines, except in "double-spaced" pages where a blank line follows
  nearly every line and blank lines mean nothing;
- inside a block, a line that starts with a label (``13.``, ``(iv)``, ``a)``, a bullet) starts a new piece, and in
  double-spaced pages so does a line after one that closes a sentence well short of the page's line width;
- a block that stops mid-sentence and a next block that starts in lower case are one paragraph (page breaks);
- a short unlabelled block that does not end like a sentence is a heading; Markdown headings and whole-bold
  blocks are headings; a ``*`` or ``1/`` block after a matching reference mark is a footnote; the rules that
  look at the next block or the last piece (numbered headings, standfirsts, a page going on) are in ``blocks``.

``segment(pages)`` is a generator: pages are consumed one at a time, so memory does not grow with page count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from documents.ingestion.blocks import goes_on_with_time_or_date, is_numbered_heading, is_standfirst, label_of
from documents.ingestion.labels import (
    _TRAILING_LABEL,
    BULLET,
    LETTER,
    NUMBER,
    PATH,
    UPPER,
    UROMAN,
    Label,
    follows_path,
    is_lone_label,
    next_inline_label,
    parse_label,
)
from documents.ingestion.lines import (
    _FOOTNOTE_REFERENCE,
    _FOOTNOTE_START,
    _GLUED_HEADING,
    _HARD_STOP,
    _MD_HEADING,
    _SENTENCE_END,
    _STRUCTURAL_LINE,
    _URL_LINE,
    ADDRESSED_CHAPEAU,
    EDITORIAL_NOTE,
    FINAL_CLAUSE,
    PREAMBLE_CHAPEAU,
    _furniture_key,
    _strip_bold,
    clean_line,
    is_double_spaced,
    is_furniture,
    is_heading_like,
    line_width,
    paragraphs_marked_by_blanks,
    reads_as_cut_sentence,
)

PARAGRAPH, HEADING, FOOTNOTE, FURNITURE = "paragraph", "heading", "footnote", "furniture"

# --- pieces -------------------------------------------------------------------------------------------------


@dataclass
class Piece:
    """A heading, paragraph, footnote or piece of furniture, in document order."""

    kind: str
    text: str
    label: Label | None = None
    page: int = 1

    @property
    def label_text(self) -> str:
        return self.label.text if self.label else ""


@dataclass
class _Line:
    text: str  # cleaned
    raw_length: int
    page: int
    blank_before: int = 0  # blank lines before this one
    markdown_heading: bool = False
    after_furniture: bool = False  # right after a page number or a running header: a page break in a text file


@dataclass
class _Group:
    """Lines that make one piece, before classification."""

    lines: list[_Line] = field(default_factory=list)
    kind: str = ""  # forced kind (Markdown heading, bold block)

    @property
    def first(self) -> str:
        return self.lines[0].text

    @property
    def last(self) -> str:
        return self.lines[-1].text


class Segmenter:
    """Turns pages into pieces. One instance per document; ``feed`` pages, then ``finish``."""

    def __init__(self, *, markdown: bool = False):
        self.markdown = markdown
        self.vocabulary: set[str] = set()
        self.has_footnote_reference = False
        self._pending: _Group | None = None
        self._pending_is_first = False  # the document's first block: its title, which never runs on
        self._emitted_any = False
        self._previous_page_edges: set[str] = set()
        self._page = 0
        self._last_number = 0
        self._last_path = ""  # the last number or hierarchical label that started a piece ("5", "5.a")
        self._lone_label: _Line | None = None  # a label alone on its line, waiting for its text
        self._first_page: list[Piece] = []
        self._blank_separated = False
        self._last_piece: Piece | None = None  # the last heading or paragraph emitted
        self._in_list = False  # the last paragraph is an item of a list a colon opened
        self._last_upper = ""  # the last upper-case letter label ("B.")
        self._last_dropped = ""  # the furniture line dropped since the last line kept, if any

    # pages -> lines

    def feed(self, page_text: str) -> Iterator[Piece]:
        self._page += 1
        raw_lines = page_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        first_page_edges = self._previous_page_edges
        lines, furniture = self._lines_of_page(raw_lines)
        if self._page == 2:
            # The first page's running header is only known as one once it repeats at the top of the second page:
            # the first page's pieces were held back until now.
            yield from self._release_first_page(first_page_edges & self._previous_page_edges)
        yield from furniture
        self._learn_vocabulary(lines)
        pieces = (piece for group in self._groups(lines) for piece in self._merge_or_emit(group))
        if self._page == 1:
            self._first_page = list(pieces)
            return
        yield from pieces

    def _release_first_page(self, repeated: set[str]) -> Iterator[Piece]:
        for piece in self._first_page:
            if piece.kind in (HEADING, PARAGRAPH) and not piece.label and _furniture_key(piece.text) in repeated:
                piece = Piece(FURNITURE, piece.text, page=piece.page)
            yield piece
        self._first_page = []

    def finish(self) -> Iterator[Piece]:
        yield from self._release_first_page(set())  # a one-page document
        if self._lone_label is not None:  # a label with no text after it: the end of a sentence cut by the wrap,
            label, self._lone_label = self._lone_label, None  # or else kept aside, like furniture
            if self._pending is not None and not _SENTENCE_END.search(self._pending.last):
                self._pending.lines.append(label)
            else:
                yield Piece(FURNITURE, label.text, page=label.page)
        if self._pending is not None:
            yield from self._emit(self._pending, None)
            self._pending = None

    def _lines_of_page(self, raw_lines: list[str]) -> tuple[list[_Line], list[Piece]]:
        lines: list[_Line] = []
        furniture: list[Piece] = []
        blanks = 0
        edges = self._page_edges(raw_lines)
        for raw in raw_lines:
            if "\f" in raw:
                raw = raw.replace("\f", "")
            text = clean_line(raw)
            if not text:
                blanks += 1
                continue
            if is_furniture(text) or _furniture_key(text) in self._previous_page_edges & edges:
                furniture.append(Piece(FURNITURE, text, page=self._page))
                blanks, self._last_dropped = blanks + 1, text  # between two halves of a paragraph: a soft break
                continue
            # a label alone on its line, unless a sentence runs on into it ("... under Article" / "5.")
            if is_lone_label(text) and (blanks or not lines or _SENTENCE_END.search(lines[-1].text)):
                self._lone_label = _Line(text, len(raw.rstrip()), self._page, blanks)
                blanks = 0
                continue
            if self._lone_label is not None:
                label, self._lone_label = self._lone_label, None
                text, blanks = f"{label.text} {text}", label.blank_before
            glued = _GLUED_HEADING.match(text)
            if glued:
                lines.append(_Line(glued.group(1), len(glued.group(1)), self._page, blanks, markdown_heading=True))
                text, blanks = text[glued.end() :], 0
            heading = _MD_HEADING.match(text)
            lines.append(
                _Line(
                    text[heading.end() :] if heading else text,
                    len(raw.rstrip()),
                    self._page,
                    blanks,
                    markdown_heading=bool(heading),
                    after_furniture=bool(self._last_dropped),
                )
            )
            blanks, self._last_dropped = 0, ""
        self._previous_page_edges = edges
        return lines, furniture

    @staticmethod
    def _page_edges(raw_lines: list[str]) -> set[str]:
        """The first and last few non-blank lines of a page: where running headers and footers stand."""
        content = [line for line in raw_lines if line.strip()]
        return {_furniture_key(line) for line in content[:3] + content[-3:] if len(line.strip()) <= 80}

    def _learn_vocabulary(self, lines: list[_Line]) -> None:
        for line in lines:
            self.vocabulary.update(word.lower() for word in re.findall(r"[^\W\d_]{3,}", line.text))
            if _FOOTNOTE_REFERENCE.search(line.text) and not _FOOTNOTE_START.match(line.text):
                self.has_footnote_reference = True

    # lines -> groups

    def _split_run_together(self, lines: list[_Line]) -> Iterator[_Line]:
        """Numbered paragraphs run together on one line (``... session. 2. We recall ... 3. We ...``), and lettered
        sub-items after a colon (``in particular: a) ...; b) ...``), become lines of their own. Only the next number
        in sequence after a sentence, and letters in order from ``a`` after a colon, are taken for labels."""
        number, letter, path = self._last_number, "", self._last_path
        lines = self._carry_trailing_labels(lines)
        for line in lines:
            label = parse_label(line.text)[0]
            if label and label.kind in (NUMBER, PATH):
                number, letter, path = int(label.value.split(".")[0]), "", label.value
            elif label and label.kind == LETTER:
                letter = label.value
            pieces, rest = [], line.text
            while True:
                cut = next_inline_label(rest, number, letter, path)
                if cut is None:
                    break
                position, kind, value = cut
                pieces.append(rest[:position].rstrip())
                rest = rest[position:].lstrip()
                if kind in (NUMBER, PATH):
                    number, letter, path = int(value.split(".")[0]), "", value
                else:
                    letter = value
            if not pieces:
                yield line
                continue
            yield _Line(pieces[0], len(pieces[0]), line.page, line.blank_before, line.markdown_heading)
            for text in [*pieces[1:], rest]:
                yield _Line(text, len(text), line.page, 0)

    @staticmethod
    def _carry_trailing_labels(lines: list[_Line]) -> list[_Line]:
        carried: list[_Line] = []
        moving = ""
        for index, line in enumerate(lines):
            text = f"{moving} {line.text}" if moving else line.text
            moving = ""
            following = lines[index + 1] if index + 1 < len(lines) else None
            match = _TRAILING_LABEL.search(text)
            if match and following is not None and not following.blank_before:
                moving, text = match.group(1), text[: match.start()]
            carried.append(line if text == line.text else _Line(text, len(text), line.page, line.blank_before))
        return carried

    def _groups(self, lines: list[_Line]) -> Iterator[_Group]:
        if not lines:
            return
        lines = list(self._split_run_together(lines))
        double_spaced = is_double_spaced(lines)
        # Hard-wrapped paragraphs separated by blank lines: a blank line (or a label) is what ends a paragraph,
        # not a short line that happens to close a sentence.
        self._blank_separated = not double_spaced and paragraphs_marked_by_blanks(lines)
        width = line_width(lines)
        group = _Group()
        for index, line in enumerate(lines):
            previous = lines[index - 1] if index else None
            if previous is not None and group.lines and self._heading_above_number(line, group, width):
                # A heading line directly above a numbered paragraph, with no blank line between: its own piece.
                heading = group.lines.pop()
                if group.lines:
                    yield group
                yield _Group([heading])
                group = _Group()
            starts_new = previous is None or self._starts_new_piece(line, previous, group, double_spaced, width)
            if starts_new and group.lines:
                yield group
                group = _Group()
            if not group.lines:
                self._note_number(line.text)
            # "Article 2" alone on a line is a heading; "... en virtud del / artículo 7." ends a sentence the wrap cut
            if line.markdown_heading or self._is_structural_heading(line, previous):
                if group.lines:
                    yield group
                yield _Group([line], kind=HEADING)
                group = _Group()
                continue
            group.lines.append(line)
            if self._closes_bold_block(group):
                yield _Group(group.lines, kind=HEADING)
                group = _Group()
        if group.lines:
            yield group

    def _heading_above_number(self, line: _Line, group: _Group, width: int) -> bool:
        """A short heading line directly above a numbered paragraph, or above an unnumbered one whose first word
        would have fitted on the heading's line (so the wrap did not cut there)."""
        label, rest = parse_label(line.text)
        above = group.lines[-1]
        numbered = label is not None and label.kind == NUMBER and rest[:1].isupper()
        fits = above.raw_length + 1 + len(line.text.split(maxsplit=1)[0]) <= 0.9 * width
        if not (numbered or (label is None and line.text[:1].isupper() and fits)):
            return False
        if parse_label(above.text)[0] is not None or not above.text[:1].isupper() or above.raw_length >= 0.7 * width:
            return False
        if not is_heading_like(above.text) or above.text.endswith(":"):
            return False
        return len(group.lines) == 1 or bool(_SENTENCE_END.search(group.lines[-2].text))

    def _note_number(self, text: str) -> None:
        label = parse_label(text)[0]
        if label and label.kind == NUMBER:
            self._last_number = int(label.value)
        if label and label.kind in (NUMBER, PATH):
            self._last_path = label.value

    def _starts_new_piece(self, line: _Line, previous: _Line, group: _Group, double: bool, width: int) -> bool:
        if previous.markdown_heading:
            return True
        if self._in_open_bold(group):
            return False
        if self._is_bold_start(line.text):
            return True
        label, _rest = parse_label(line.text)
        if label and self._accept_label(label, previous):
            return True
        if _FOOTNOTE_START.match(line.text) and self.has_footnote_reference:
            return True
        if line.blank_before >= (2 if double else 1):
            return True
        if FINAL_CLAUSE.match(line.text) and _SENTENCE_END.search(previous.text):
            return True
        if double:
            return self._ends_line_on_purpose(previous, line, width)
        # A sentence that ends well short of the line width, or where the next line's first word would have
        # fitted, ends its paragraph (unless blank lines do that): the wrap did not push that word down.
        first_word = len(line.text.split(maxsplit=1)[0]) if line.text.strip() else width
        return (
            not self._blank_separated
            and bool(_SENTENCE_END.search(previous.text))
            and (previous.raw_length < 0.85 * width or previous.raw_length + 1 + first_word <= width)
            and not line.text[:1].islower()
        )

    @staticmethod
    def _ends_line_on_purpose(previous: _Line, line: _Line, width: int) -> bool:
        """In double-spaced text: a line that closes a sentence short of the width, or a much shorter line
        followed by a capital, ends its piece; a line followed by lower case never does."""
        if line.text[:1].islower():
            return False
        if _SENTENCE_END.search(previous.text) and previous.raw_length < 0.85 * width:
            return True
        return previous.raw_length < 0.7 * width

    def _accept_label(self, label: Label, previous: _Line) -> bool:
        """At the start of a wrapped line, a number is a label only after a sentence ends or when it is the next
        number in sequence; a bullet only after a sentence, a colon or another bullet."""
        ends_sentence = bool(_SENTENCE_END.search(previous.text))
        if label.kind == NUMBER:
            return ends_sentence or int(label.value) in (self._last_number + 1, 1)
        if label.kind == BULLET:
            previous_label = parse_label(previous.text)[0]
            return ends_sentence or bool(previous_label and previous_label.kind == BULLET)
        if label.kind == UPPER:
            return ends_sentence
        if label.kind == PATH:  # ("... paragraph" / "5.a. of the decision" is a reference the wrap cut)
            return ends_sentence or follows_path(label.value, self._last_path)
        return True

    @staticmethod
    def _is_structural_heading(line: _Line, previous: _Line | None) -> bool:
        follows_a_stop = previous is None or line.blank_before or bool(_SENTENCE_END.search(previous.text))
        return bool(_STRUCTURAL_LINE.match(line.text)) and line.text[:1].isupper() and follows_a_stop

    @staticmethod
    def _is_bold_start(text: str) -> bool:
        return text.startswith("**") or text.startswith("__")

    def _in_open_bold(self, group: _Group) -> bool:
        joined = " ".join(line.text for line in group.lines)
        return self._is_bold_start(joined) and joined.count("**") % 2 == 1

    def _closes_bold_block(self, group: _Group) -> bool:
        joined = " ".join(line.text for line in group.lines)
        return joined.startswith("**") and joined.endswith("**") and len(joined) > 4 and joined.count("**") == 2

    # groups -> pieces (joining blocks split by page breaks)

    def _merge_or_emit(self, group: _Group) -> Iterator[Piece]:
        if self._pending is not None and not self._pending_is_first and self._continues(self._pending, group):
            self._pending.lines.extend(group.lines)
            return
        if self._pending is not None:
            yield from self._emit(self._pending, group)
        self._pending_is_first = self._pending is None and not self._emitted_any
        self._emitted_any = True
        self._pending = group

    @staticmethod
    def _continues(pending: _Group, group: _Group) -> bool:
        """A block that stops mid-sentence, then one that starts in lower case: one paragraph cut in two. So is a
        page that starts with a time or a date ("10.00 hrs", "3 December 1997") after a page that stopped in the
        middle of a sentence ("... resumed on" / "3 December 1997 at 10.00 hrs")."""
        if pending.kind or group.kind:
            return False
        first = group.first
        if parse_label(first)[0] is not None or _URL_LINE.match(first):
            return False
        new_page = group.lines[0].page != pending.lines[-1].page or group.lines[0].after_furniture
        if not first[:1].islower() and not (new_page and goes_on_with_time_or_date(pending.last, first)):
            return False
        if ADDRESSED_CHAPEAU.match(" ".join(line.text for line in group.lines)):
            return False
        return not _HARD_STOP.search(pending.last)

    def _emit(self, group: _Group, following: _Group | None) -> Iterator[Piece]:
        """The piece a group makes; ``following`` is the next group (None at the end of the document)."""
        page = group.lines[0].page
        text = self._join(group.lines)
        if group.kind == HEADING:
            yield self._note(Piece(HEADING, _strip_bold(text), page=page))
            return
        if _FOOTNOTE_START.match(text) and self.has_footnote_reference:
            yield Piece(FOOTNOTE, text, page=page)
            return
        label, rest, self._last_upper = label_of(text, self._last_upper)
        # (the document's first block is its title, which may run long)
        heading = is_heading_like(rest if label else text, title=self._pending_is_first and group is self._pending)
        following_first = following.first if following is not None else None
        if label is not None:  # (a lettered section heading, "A. Universalization", is one already)
            heading = (label.kind in (UPPER, UROMAN) and heading) or self._labelled_heading(
                label, rest, following_first
            )
        elif heading:
            heading = (
                not PREAMBLE_CHAPEAU.match(text)
                and not (following is None and reads_as_cut_sentence(text))
                and not self._an_item_of_the_list_above(text)
            )
        else:
            heading = self._last_piece is None and bool(EDITORIAL_NOTE.match(text))
        if heading:
            yield self._note(Piece(HEADING, _strip_bold(text), page=page))
            return
        yield self._note(Piece(PARAGRAPH, _strip_bold(rest if label else text), label=label, page=page))

    def _an_item_of_the_list_above(self, text: str) -> bool:
        """An unpunctuated line of five words or more under a paragraph that ends with a colon, or under another
        such item ("on States Parties requesting extensions to:" / "Explain the exceptional circumstances that lead
        to requesting an extension"): an item of its list, not a heading (which is shorter, or in capitals)."""
        last = self._last_piece
        if last is None or last.kind != PARAGRAPH or len(text.split()) < 5 or text.isupper():
            return False
        return last.text.rstrip().endswith(":") or bool(last.label is None and self._in_list)

    def _note(self, piece: Piece) -> Piece:
        if piece.kind == PARAGRAPH or self._last_piece is not None:
            # (a list opens after a paragraph that ends with a colon, and goes on while its items end unpunctuated)
            after = self._last_piece
            self._in_list = piece.kind == PARAGRAPH and (
                (after is not None and after.kind == PARAGRAPH and after.text.rstrip().endswith(":"))
                or (self._in_list and not _HARD_STOP.search(piece.text))
            )
            self._last_piece = piece
        return piece

    def _labelled_heading(self, label: Label, rest: str, following_first: str | None) -> bool:
        last = self._last_piece  # after a chapeau or a short item, a short numbered block is one more item
        in_list = bool(
            last and last.kind == PARAGRAPH and (last.text.endswith(":") or (last.label and is_heading_like(last.text)))
        )
        return is_numbered_heading(label, rest, following_first, in_short_list=in_list) or (
            last is None and is_standfirst(label, following_first)
        )

    def _join(self, lines: list[_Line]) -> str:
        text = lines[0].text
        for line in lines[1:]:
            text = self._join_two(text, line.text)
        return text

    def _join_two(self, left: str, right: str) -> str:
        """Join wrapped lines; rejoin a word hyphenated at the line end when the whole word is known."""
        if left.endswith("-") and right[:1].islower() and not left.endswith(" -"):
            head = re.search(r"([^\W\d_]+)-$", left)
            tail = re.match(r"[^\W\d_]+", right)
            if head and tail and (head.group(1) + tail.group(0)).lower() in self.vocabulary:
                return left[:-1] + right
            return left + right
        return f"{left} {right}"


def segment(pages: Iterable[str], *, markdown: bool = False) -> Iterator[Piece]:
    """All pieces of a document, in order."""
    segmenter = Segmenter(markdown=markdown)
    for page in pages:
        yield from segmenter.feed(page)
    yield from segmenter.finish()
