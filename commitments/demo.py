"""The demo corpus ships reviewed: the ISU's decisions on each demo document, applied through the review services."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from commitments.models import Actor, Candidate, Theme
from commitments.proposals import candidate_accept, candidate_reject, document_propose
from documents.models import Document, Paragraph

REVIEWED = Path(__file__).resolve().parent / "demo" / "reviewed.json"
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
    return [Actor.objects.get(iso3=code) if code.isupper() else Actor.objects.get(slug=code) for code in codes]


@transaction.atomic
def apply_demo_review(*, user) -> int:
    """Propose, then decide every pending candidate of the demo documents. Returns how many were decided."""
    decided = 0
    for entry in reviewed_decisions():
        checksum = hashlib.sha256((CORPUS / entry["file"]).read_bytes()).hexdigest()
        document = Document.objects.filter(checksum=checksum).first()
        if document is None:
            continue
        document_propose(document)
        listed = set()
        for decision in entry["decisions"]:
            paragraph = find_paragraph(document, decision["paragraph"])
            listed.add(paragraph.pk)
            decided += _decide(document, paragraph, decision, user=user)
        for candidate in Candidate.objects.filter(document=document, status=Candidate.Status.PENDING):
            if candidate.paragraph_id not in listed:
                candidate_reject(candidate, user=user, reason=NOT_A_COMMITMENT)
                decided += 1
    return decided


def _decide(document: Document, paragraph: Paragraph, decision: dict, *, user) -> int:
    candidate = Candidate.objects.filter(paragraph=paragraph).first()
    if candidate is not None and candidate.status != Candidate.Status.PENDING:
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
