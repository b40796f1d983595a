"""Official titles of documents in French and Spanish, from ``reference/document-titles.csv`` (see its README):
given to a document when it is ingested and, for documents already there, by ``load_reference_data``."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DOCUMENT_TITLES_CSV = Path(__file__).resolve().parent / "reference" / "document-titles.csv"
EMPTY = {"title_fr": "", "title_es": ""}


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def titles_read(path: Path = DOCUMENT_TITLES_CSV) -> dict[str, dict[str, str]]:
    """The document's own title (compared without case or spacing) -> its sourced French and Spanish titles."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for language in ("fr", "es"):
            if row[f"title_{language}"] and not row[f"source_{language}"].startswith(("https://", "http://")):
                raise ValueError(f"{path.name}: {row['title'][:60]}: a {language} title without a source address")
    return {_key(row["title"]): {"title_fr": row["title_fr"], "title_es": row["title_es"]} for row in rows}


@cache
def _known() -> dict[str, dict[str, str]]:
    return titles_read()


def titles_for(title: str) -> dict[str, str]:
    """``title_fr`` and ``title_es`` for a document titled ``title`` (blank where no source gives one)."""
    return dict(_known().get(_key(title), EMPTY))


def document_titles_apply() -> int:
    """Give the documents already ingested the sourced titles they lack. Returns how many changed."""
    from documents.models import Document

    changed = 0
    for document in Document.objects.only("pk", "title", "title_fr", "title_es"):
        titles = titles_for(document.title)
        if titles != {"title_fr": document.title_fr, "title_es": document.title_es}:
            Document.objects.filter(pk=document.pk).update(**titles)
            changed += 1
    return changed
