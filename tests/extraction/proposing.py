"""What the extractor proposes on a document built from sentences written for a test."""

from extraction.propose import document_proposals
from tests.factories import DocumentFactory, ParagraphFactory


def proposed(language: str, kind: str, *texts: str) -> list[tuple[str, list[str]]]:
    """(kind, owner codes) of what the extractor proposes on the last paragraph of a document of ``kind`` whose
    paragraphs are ``texts``."""
    document = DocumentFactory(language=language, kind=kind)
    paragraphs = [
        ParagraphFactory(document=document, text=text, position=n, language=language)
        for n, text in enumerate(texts, start=1)
    ]
    proposals, _warnings = document_proposals(document)
    return [
        (proposal.kind, sorted(owner.code for owner in proposal.owners))
        for proposal in proposals
        if proposal.paragraph == paragraphs[-1]
    ]
