"""Matching a corrected version's paragraphs to the paragraphs already stored, to keep what points to them."""

from __future__ import annotations

from rapidfuzz import fuzz

from documents.ingestion.structure import ParsedParagraph
from documents.models import Paragraph

# Below this text similarity (0-100), two paragraphs are not the same paragraph, whatever their labels.
MIN_SIMILARITY = 60
SAME_LABEL_MIN_SIMILARITY = 35


def match_paragraphs(old: list[Paragraph], new: list[ParsedParagraph]) -> dict[int, Paragraph]:
    """{index in ``new``: old paragraph}. Each old paragraph is used at most once.

    Scored pairs are taken best first: text similarity, plus a bonus for the same label under the same heading
    and a small one for a nearby position. A relabelled paragraph (13. became 14.) still matches by its text.
    """
    scored = []
    for index, parsed in enumerate(new):
        for row in old:
            similarity = fuzz.ratio(parsed.text, row.text)
            same_label = bool(parsed.label) and parsed.label == row.label and parsed.heading == row.heading
            if similarity < (SAME_LABEL_MIN_SIMILARITY if same_label else MIN_SIMILARITY):
                continue
            nearby = max(0.0, 10 - abs(parsed.position - _old_position(row)))
            scored.append((similarity + (30 if same_label else 0) + nearby, index, row))
    scored.sort(key=lambda item: item[0], reverse=True)
    matches: dict[int, Paragraph] = {}
    used: set[int] = set()
    for _score, index, row in scored:
        if index in matches or row.pk in used:
            continue
        matches[index] = row
        used.add(row.pk)
    return matches


def _old_position(row: Paragraph) -> int:
    return row.position % 1_000_000
