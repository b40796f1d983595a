"""Precision and recall of the extractor on a labelled set, per language (``manage.py evaluate_extraction``)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from commitments.extraction.classifier import classify_paragraphs, load_tables

EVALUATION_DIR = Path(__file__).resolve().parent / "evaluation"
NONE = "none"


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


def labelled_documents() -> Iterator[tuple[str, Path, dict[str, str]]]:
    """(name, path, {paragraph key: kind}) for the demo corpus (from its review) and the evaluation texts."""
    from commitments.demo.review import CORPUS, reviewed_decisions

    for entry in reviewed_decisions():
        labels = {decision["paragraph"]: decision["kind"] for decision in entry["decisions"] if "kind" in decision}
        yield entry["file"], CORPUS / entry["file"], labels
    for name, labels in json.loads((EVALUATION_DIR / "labels.json").read_text(encoding="utf-8")).items():
        yield name, EVALUATION_DIR / name, labels


def evaluate() -> dict[str, Scores]:
    from documents.ingestion.pipeline import IngestionRequest, parse
    from documents.ingestion.sources import Source

    tables = load_tables()
    scores: dict[str, Scores] = defaultdict(Scores)
    for name, path, labels in labelled_documents():
        result = parse(IngestionRequest(source=Source(name=path.name, data=path.read_bytes())))
        for paragraph, _table, found in classify_paragraphs(result.paragraphs, tables, result.language):
            key = paragraph.label or f"[{paragraph.position}]"
            scores[paragraph.language].add(labels.get(key, NONE), found.kind or NONE, f"{name} ¶ {key}")
    return dict(scores)
