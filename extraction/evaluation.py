"""Precision and recall of the extractor on a labelled set, per language (``manage.py evaluate_extraction``)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extraction.reader.classifier import classify_paragraphs
from extraction.tables import load_tables

EVALUATION_DIR = Path(__file__).resolve().parents[1] / "evaluation" / "extraction"
NONE = "none"
# The evaluation set's genres, as the document kinds the ISU gives on upload.
GENRE_KINDS = {
    "declaration": "declaration",
    "conclusions": "conclusions",
    "final_report": "report",
    "action_plan": "action_plan",
    "statement": "statement",
    "legal_act": "legal_act",
    "note_verbale": "note_verbale",
    "information_note": "information_note",
}


@dataclass
class Scores:
    """Counts for one language: detection (is it a candidate?) and kind (is it the right kind?)."""

    detected: dict[str, int] = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0})
    kind: dict[str, int] = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0})
    paragraphs: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, expected: str, predicted: str, where: str) -> None:
        self.paragraphs += 1
        is_expected, is_predicted = expected != NONE, predicted != NONE
        self.detected["tp"] += is_expected and is_predicted
        self.detected["fp"] += is_predicted and not is_expected
        self.detected["fn"] += is_expected and not is_predicted
        right_kind = is_expected and predicted == expected
        self.kind["tp"] += right_kind
        self.kind["fp"] += is_predicted and not right_kind
        self.kind["fn"] += is_expected and not right_kind
        if predicted != expected:
            self.errors.append(f"{where}: expected {expected}, proposed {predicted}")

    @staticmethod
    def ratio(counts: dict[str, int], kind: str) -> float:
        denominator = counts["tp"] + counts["fp" if kind == "precision" else "fn"]
        return counts["tp"] / denominator if denominator else 1.0

    def summary(self) -> dict:
        return {
            "paragraphs": self.paragraphs,
            "detection": {
                "precision": round(self.ratio(self.detected, "precision"), 3),
                "recall": round(self.ratio(self.detected, "recall"), 3),
            },
            "kind": {
                "precision": round(self.ratio(self.kind, "precision"), 3),
                "recall": round(self.ratio(self.kind, "recall"), 3),
            },
        }


@dataclass
class Labelled:
    """A document of the evaluation, the file to parse, and the kind expected of each paragraph."""

    name: str
    file_name: str
    data: bytes
    split: str  # "dev": the rules were tuned on it; "test": scored once, after tuning
    genre: str
    kinds: dict[str, str]  # paragraph key (label, "[position]", or the paragraph's text) -> kind

    def expected(self, paragraph) -> str:
        key = paragraph.label or f"[{paragraph.position}]"
        return self.kinds.get(key) or self.kinds.get(paragraph.text) or NONE


def labelled_documents() -> Iterator[Labelled]:
    """The demo corpus (labels from its review), the texts written for this evaluation, and the ingestion
    evaluation set (``evaluation/set``), whose documents carry their split and genre."""
    from documents.ingestion.evaluation import documents
    from extraction.demo.review import CORPUS, reviewed_decisions

    for entry in reviewed_decisions():
        labels = {decision["paragraph"]: decision["kind"] for decision in entry["decisions"] if "kind" in decision}
        path = CORPUS / entry["file"]
        yield Labelled(entry["file"], path.name, path.read_bytes(), "dev", "demo corpus", labels)
    for name, labels in json.loads((EVALUATION_DIR / "labels.json").read_text(encoding="utf-8")).items():
        path = EVALUATION_DIR / name
        yield Labelled(name, path.name, path.read_bytes(), "dev", "evaluation texts", labels)
    for document in documents():
        file_name, data = document.file()
        kinds = {block["text"]: block["kind"] for block in document.paragraphs if block.get("kind")}
        yield Labelled(document.name, file_name, data, document.split, document.genre, kinds)


def evaluate(split: str | None = None) -> dict[str, Scores]:
    """Scores per language (all documents of ``split``, or all), plus per "split:language" and "split:genre"."""
    from documents.ingestion.pipeline import IngestionRequest, parse
    from documents.ingestion.sources import Source

    tables = load_tables()
    scores: dict[str, Scores] = defaultdict(Scores)
    for labelled in labelled_documents():
        if split and labelled.split != split:
            continue
        result = parse(IngestionRequest(source=Source(name=labelled.file_name, data=labelled.data)))
        genre = GENRE_KINDS.get(labelled.genre, labelled.genre) if labelled.genre in GENRE_KINDS else result.kind
        for paragraph, _table, found in classify_paragraphs(result.paragraphs, tables, result.language, genre):
            key = paragraph.label or f"[{paragraph.position}]"
            expected, predicted = labelled.expected(paragraph), found.kind or NONE
            where = f"{labelled.name} ¶ {key}"
            for scope in (
                paragraph.language,
                f"{labelled.split}:{paragraph.language}",
                f"{labelled.split}:{labelled.genre}",
            ):
                scores[scope].add(expected, predicted, where)
    return dict(scores)
