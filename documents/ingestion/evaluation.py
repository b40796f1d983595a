"""The ingestion evaluation set: documents written for the purpose, each rendered in the layout it names (blank
lines, a PDF-style hard wrap without blank lines, labels alone on their lines, numbered paragraphs run together,
Markdown emphasis, headings without blank lines, Word automatic numbering, PDF), with the paragraphs the parser
must find. ``manage.py evaluate_ingestion`` scores them; ``evaluate_extraction`` reads their kinds.

Each document (``evaluation/set/*.json``) says its language, genre, split (``dev``: tuned on; ``test``:
scored once, after tuning), layout, title, and blocks: ``{"heading": ...}`` or ``{"label", "parent", "text",
"kind"}`` (``kind``: what the extractor should propose, absent for none).

``evaluate_set(path)`` scores a folder that nobody here wrote, in the format of the shared real-text sets
(``docs/<stem>.txt`` with the title on line 1, ``truth/<stem>.json``), read where it lies and never copied."""

from __future__ import annotations

import io
import json
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from documents.ingestion.labels import BULLET

SET_DIR = Path(__file__).resolve().parents[2] / "evaluation" / "set"
WIDTH = 88


@dataclass
class EvaluationDocument:
    name: str
    language: str
    genre: str
    split: str
    layout: str
    title: str
    blocks: list[dict]
    round: int = 0  # the test part it was first scored in, before it joined the development part (0: never)

    @classmethod
    def load(cls, path: Path) -> EvaluationDocument:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(name=path.stem, **data)

    @property
    def paragraphs(self) -> list[dict]:
        return [block for block in self.blocks if "text" in block]

    @property
    def expected(self) -> list[tuple[str, str, str]]:
        return [(block.get("label", ""), block.get("parent", ""), block["text"]) for block in self.paragraphs]

    def file(self) -> tuple[str, bytes]:
        """(file name, bytes) of the document in its layout."""
        if self.layout == "docx":
            return f"{self.name}.docx", _docx(self)
        if self.layout == "pdf":
            return f"{self.name}.pdf", _pdf(self)
        suffix = ".md" if self.layout == "markdown" else ".txt"
        return f"{self.name}{suffix}", _text(self).encode("utf-8")


def documents(split: str | None = None) -> list[EvaluationDocument]:
    found = [EvaluationDocument.load(path) for path in sorted(SET_DIR.glob("*.json"))]
    return [document for document in found if split in (None, document.split)]


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, break_long_words=False, break_on_hyphens=False) or [""]


def _text(document: EvaluationDocument) -> str:
    """The layouts of plain-text and Markdown extractions."""
    layout, out = document.layout, [document.title, ""]
    blocks = document.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if "heading" in block:
            out += [f"## {block['heading']}" if layout == "markdown" else block["heading"]]
            out += [] if layout in ("no-blank-headings", "pdf-text") else [""]
            index += 1
            continue
        label, text = block.get("label", ""), block["text"]
        if layout == "run-together" and label:
            # Consecutive labelled paragraphs and their sub-items run together in one block.
            run = [f"{label} {text}"]
            while index + 1 < len(blocks) and blocks[index + 1].get("label") and "heading" not in blocks[index + 1]:
                index += 1
                run.append(f"{blocks[index]['label']} {blocks[index]['text']}")
            out += [*_wrap(" ".join(run)), ""]
        elif layout == "lone-labels" and label:
            out += [label, *_wrap(text), ""]
        elif layout == "markdown" and label:
            out += [*_wrap(f"**{label}** {text}"), ""]
        elif layout in ("no-blank-headings", "pdf-text"):
            out += _wrap(f"{label} {text}".strip())
        else:
            out += [*_wrap(f"{label} {text}".strip()), ""]
        index += 1
    return "\n".join(out).rstrip() + "\n"


# Word: each label style is a numbering level with its format and pattern.
_WORD_LEVELS = [
    ("decimal", "%1.", lambda label: label[:-1].isdigit() and label.endswith(".")),
    ("lowerLetter", "(%2)", lambda label: len(label) == 3 and label[0] == "(" and label[1].isalpha()),
    ("lowerRoman", "(%3)", lambda label: label.startswith("(") and set(label[1:-1]) <= set("ivx")),
]


def _docx(document: EvaluationDocument) -> bytes:
    from docx import Document as WordDocument
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    word = WordDocument()
    numbering = word.part.numbering_part.element
    # Numbered paragraphs that start at 12 in the text start at 12 in Word too (the list's start value).
    first = next((block["label"] for block in document.blocks if _WORD_LEVELS[0][2](block.get("label", ""))), "1.")
    starts = [int(first[:-1]), 1, 1]
    levels = "".join(
        f'<w:lvl w:ilvl="{index}"><w:start w:val="{starts[index]}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for index, (fmt, text, _test) in enumerate(_WORD_LEVELS)
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))
    word.add_heading(document.title, level=1)
    for block in document.blocks:
        if "heading" in block:
            word.add_heading(block["heading"], level=2)
            continue
        label = block.get("label", "")
        level = next((index for index, (_f, _t, test) in enumerate(_WORD_LEVELS) if label and test(label)), None)
        paragraph = word.add_paragraph(block["text"] if level is not None else f"{label} {block['text']}".strip())
        if level is not None:
            numbered = f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="80"/></w:numPr>'
            paragraph._p.get_or_add_pPr().append(parse_xml(numbered))
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _pdf(document: EvaluationDocument) -> bytes:
    import logging

    from fpdf import FPDF  # a development dependency: the PDF layout is for the evaluation only

    logging.getLogger("fontTools").setLevel(logging.WARNING)  # (font subsetting reports every glyph otherwise)
    pdf = FPDF()
    pdf.add_page()
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.exists():
        pdf.add_font("dejavu", fname=str(font))
        pdf.set_font("dejavu", size=10)
    else:
        pdf.set_font("helvetica", size=10)
    for block in [{"heading": document.title}, *document.blocks]:
        line = block.get("heading") or f"{block.get('label', '')} {block['text']}".strip()
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


@dataclass
class IngestionScore:
    expected: int = 0
    found: int = 0
    exact: int = 0
    documents: int = 0
    kinds_right: int = 0  # documents whose kind was guessed right (sets that say each document's genre)
    errors: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.exact / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.exact / self.found if self.found else 1.0

    def summary(self) -> dict:
        return {
            "documents": self.documents,
            "paragraphs": self.expected,
            "exact": round(self.recall, 3),
            "precision": round(self.precision, 3),
        }


def parsed_paragraphs(name: str, data: bytes) -> list[tuple[str, str, str]]:
    return _rows(_parse(name, data))


def _parse(name: str, data: bytes):
    from documents.ingestion.pipeline import IngestionRequest, parse
    from documents.ingestion.sources import Source

    return parse(IngestionRequest(source=Source(name=name, data=data)))


def _rows(result, *, bullets_unlabelled: bool = False) -> list[tuple[str, str, str]]:
    """(label, parent's label, text) of each parsed paragraph; with ``bullets_unlabelled``, a bullet counts as no
    label (the convention of sets whose truth drops leading bullets)."""

    def shown(paragraph) -> str:
        if paragraph is None or (bullets_unlabelled and paragraph.label_kind == BULLET):
            return ""
        return paragraph.label

    return [(shown(paragraph), shown(paragraph.parent), paragraph.text) for paragraph in result.paragraphs]


def _match(expected: list[tuple], found: list[tuple]) -> tuple[int, list[tuple]]:
    """How many expected rows were found exactly, and the found rows left over (extras)."""
    remaining = list(found)
    exact = 0
    for row in expected:
        if row in remaining:
            remaining.remove(row)
            exact += 1
    return exact, remaining


def evaluate_ingestion(split: str | None = None) -> dict[str, dict[str, IngestionScore]]:
    """Scores by split, then by "language:xx", "genre:yy" and "all". A paragraph counts when its label, its
    parent's label and its text are exactly as written; the document's title is not a paragraph."""
    scores: dict[str, dict[str, IngestionScore]] = defaultdict(lambda: defaultdict(IngestionScore))
    for document in documents(split):
        name, data = document.file()
        try:
            found = [row for row in parsed_paragraphs(name, data) if row[2] != document.title]
        except Exception as error:  # a file the parser refuses scores nothing, and says why
            found = []
            error_text = f"{document.name}: not parsed ({error})"
        else:
            error_text = ""
        exact, remaining = _match(document.expected, found)
        for key in ("all", f"language:{document.language}", f"genre:{document.genre}", f"layout:{document.layout}"):
            score = scores[document.split][key]
            score.documents += 1
            score.expected += len(document.expected)
            score.found += len(found)
            score.exact += exact
            if key == "all":
                if error_text:
                    score.errors.append(error_text)
                missing = [row for row in document.expected if row not in found]
                score.errors += [f"{document.name} ({document.layout}): missing {row}" for row in missing]
                score.errors += [f"{document.name} ({document.layout}): extra {row}" for row in remaining]
    return scores


# --- a set in the folder format of shared real-text sets: docs/<stem>.txt (title on line 1), truth/<stem>.json ----

# Each genre as its truth file describes it ("press release (Swiss Federal Department of Foreign Affairs)"), reduced
# to the document kind the tracker should give it: the first cue found wins; a clipped page of no other genre is a
# web page.
_GENRE_KINDS = [
    ("press_release", ("press release", "communiqué", "comunicado")),
    ("news", ("news",)),
    ("statement", ("statement", "message")),
    ("declaration", ("declaration",)),
]


def genre_kind(genre: str) -> str:
    lowered = genre.split(" (")[0].lower()  # "news article (an opposition party's communiqué)" is news
    return next((kind for kind, cues in _GENRE_KINDS if any(cue in lowered for cue in cues)), "web_page")


@dataclass
class SetDocument:
    """One document of a set on disk: its file, language, genre and expected paragraphs."""

    name: str
    language: str
    genre: str
    title: str
    data: bytes
    expected: list[tuple[str, str, str]]

    @classmethod
    def load(cls, text_path: Path, truth_path: Path) -> SetDocument:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        expected = [
            (paragraph.get("label") or "", paragraph.get("parent") or "", paragraph["text"])
            for paragraph in truth["paragraphs"]
        ]
        return cls(
            name=text_path.stem,
            language=truth["language"],
            genre=genre_kind(truth.get("genre", "")),
            title=truth.get("title", ""),
            data=text_path.read_bytes(),
            expected=expected,
        )


class SetError(ValueError):
    """A folder that is not an evaluation set."""


def set_documents(path: Path) -> list[SetDocument]:
    """The documents of the set at ``path``: each ``docs/*.txt`` with its ``truth/<stem>.json``."""
    docs, truth = path / "docs", path / "truth"
    if not docs.is_dir() or not truth.is_dir():
        raise SetError(f"{path} is not an evaluation set: it needs a docs/ and a truth/ folder.")
    found = []
    for text_path in sorted(docs.glob("*.txt")):
        truth_path = truth / f"{text_path.stem}.json"
        if not truth_path.exists():
            raise SetError(f"{text_path.name} has no truth file ({truth_path.name}).")
        try:
            found.append(SetDocument.load(text_path, truth_path))
        except (ValueError, KeyError, TypeError) as error:
            raise SetError(f"{truth_path.name} cannot be read: {error!r}") from error
    if not found:
        raise SetError(f"{docs} holds no .txt document.")
    return found


def evaluate_set(path: Path) -> dict[str, IngestionScore]:
    """Scores of the set at ``path`` by "language:xx", "genre:yy" and "all": paragraphs exact (label, parent's
    label, text; a bullet counts as no label) and the document kind guessed (``kinds_right``)."""
    scores: dict[str, IngestionScore] = defaultdict(IngestionScore)
    for document in set_documents(path):
        try:
            result = _parse(f"{document.name}.txt", document.data)  # (the file name is a cue to the kind, as on upload)
        except Exception as error:  # a file the parser refuses scores nothing, and says why
            found, kind, error_text = [], "", f"{document.name}: not parsed ({error})"
        else:
            rows = _rows(result, bullets_unlabelled=True)
            found, kind, error_text = [row for row in rows if row[2] != document.title], result.kind, ""
        exact, remaining = _match(document.expected, found)
        for key in ("all", f"language:{document.language}", f"genre:{document.genre}"):
            score = scores[key]
            score.documents += 1
            score.expected += len(document.expected)
            score.found += len(found)
            score.exact += exact
            score.kinds_right += kind == document.genre
        errors = scores["all"].errors
        errors += [error_text] if error_text else []
        errors += [f"{document.name}: kind {kind}, expected {document.genre}"] if kind != document.genre else []
        errors += [f"{document.name}: missing {row}" for row in document.expected if row not in found]
        errors += [f"{document.name}: extra {row}" for row in remaining]
    return scores
