"""What the extractor proposes on a document built from sentences written for a test."""

from extraction.propose import document_proposals
from extraction.real_evaluation import proposals_of
from tests.factories import DocumentFactory, ParagraphFactory


def proposed(language: str, kind: str, *texts: str, **fields) -> list[tuple[str, list[str]]]:
    """(kind, owner codes) of what the extractor proposes on the last paragraph of a document of ``kind`` whose
    paragraphs are ``texts`` (``fields``: more fields of the document, such as its title or date)."""
    document = DocumentFactory(language=language, kind=kind, **fields)
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


def proposed_by_position(language: str, kind: str, texts: list[str], **document) -> dict[int, list[tuple]]:
    """(kind, owner codes) of what the extractor proposes on each paragraph of a document of ``kind`` whose
    paragraphs are ``texts`` (``document``: more fields of the document, such as its author), by position."""
    made = DocumentFactory(language=language, kind=kind, **document)
    for position, text in enumerate(texts, start=1):
        ParagraphFactory(document=made, text=text, position=position, language=language)
    proposals, _warnings = document_proposals(made)
    found: dict[int, list[tuple]] = {}
    for proposal in proposals:
        found.setdefault(proposal.paragraph.position, []).append(
            (proposal.kind, sorted(owner.code for owner in proposal.owners))
        )
    return found


def case_ids(cases) -> list[str]:
    """Test ids for cases whose first item is their language."""
    return [case[0] for case in cases]


def kinds_and_owners(by_position: dict) -> dict:
    """``proposed_by_position``'s result with kinds as plain strings (a kind may come as its enum)."""
    return {position: [(str(kind), owners) for kind, owners in found] for position, found in by_position.items()}


def uploaded_proposals(name: str, text: str, overrides) -> list[tuple[str, list[str]]]:
    """(kind, owner codes) of each proposal on a text file as the ingestion reads it (bullets become labels, short
    lines headings), in order."""
    return [
        (str(proposal.kind), sorted(owner.code for owner in proposal.owners))
        for _paragraph, proposals in proposals_of(name, text.encode(), overrides)
        for proposal in proposals
    ]
