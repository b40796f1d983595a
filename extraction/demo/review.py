"""The demo corpus ships reviewed: the ISU's decisions on each demo document, applied through the review services."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from actors.models import Actor
from commitments.models import Theme
from documents.ingestion.sources import checksum
from documents.models import Document, Paragraph
from extraction.models import Candidate
from extraction.propose import document_propose
from extraction.review import candidate_accept, candidate_reject

REVIEWED = Path(__file__).resolve().parent / "reviewed.json"
CORPUS = Path(settings.BASE_DIR) / "documents" / "corpus"
NOT_A_COMMITMENT = "Not a commitment (demo review)."


def reviewed_decisions() -> list[dict]:
    return json.loads(REVIEWED.read_text(encoding="utf-8"))["documents"]


def find_paragraph(document: Document, key: str) -> Paragraph:
    """'14.' is a printed label; '[5]' is the position of an unnumbered paragraph."""
    paragraphs = Paragraph.objects.current().filter(document=document)
    if key.startswith("[") and key.endswith("]"):
        return paragraphs.get(position=int(key[1:-1]))
    return paragraphs.get(label=key)


def actors(codes: list[str]) -> list[Actor]:
    return [Actor.objects.by_code(code) for code in codes]


@transaction.atomic
def apply_demo_review(*, user) -> int:
    """Propose, then decide every pending candidate of the demo documents. Returns how many were decided."""
    decided = 0
    for entry in reviewed_decisions():
        document = Document.objects.filter(checksum=checksum((CORPUS / entry["file"]).read_bytes())).first()
        if document is None:
            continue
        document_propose(document)
        listed = set()
        for decision in entry["decisions"]:
            paragraph = find_paragraph(document, decision["paragraph"])
            listed.add(paragraph.pk)
            decided += _decide(document, paragraph, decision, user=user)
        for candidate in Candidate.objects.filter(document=document, status=Candidate.Review.PENDING):
            if candidate.paragraph_id not in listed:
                candidate_reject(candidate, user=user, reason=NOT_A_COMMITMENT)
                decided += 1
    return decided


def _decide(document: Document, paragraph: Paragraph, decision: dict, *, user) -> int:
    candidate = Candidate.objects.filter(paragraph=paragraph).first()
    if candidate is not None and candidate.status != Candidate.Review.PENDING:
        return 0
    if "reject" in decision:
        if candidate is not None:
            candidate_reject(candidate, user=user, reason=decision["reject"])
        return 1
    if candidate is None:  # the extractor missed it: staff add it by hand
        candidate = Candidate.objects.create(
            paragraph=paragraph, document=document, kind=decision["kind"], text=paragraph.text, confidence=1.0
        )
    candidate_accept(
        candidate,
        user=user,
        kind=decision["kind"],
        owners=actors(decision["owners"]),
        themes=list(Theme.objects.filter(slug__in=decision.get("themes", []))),
    )
    return 1
