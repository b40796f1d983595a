"""Site-wide search: paragraph text, commitments, States and documents, for ``/search/?q=``.

On PostgreSQL, paragraphs are matched by full-text search in the configuration of their own language
(``tracker_en``, ``tracker_fr``, ``tracker_es``: the language's stemmer after ``unaccent``, so "deminage" finds
"déminage" and "mines" finds "mine"; other languages ``tracker_simple``), each served by a partial GIN index
(migration ``dashboards.0003_search``); document titles are compared without accents. On SQLite a plain
case-insensitive containment stands in. States are matched in Python on their names in every language, without
accents. Every part is cut to ``LIMIT`` rows and counted: a fixed number of queries whatever the data.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

from actors.models import Actor
from commitments.models import Commitment
from documents.models import Document, Paragraph
from tracker.translation import TRANSLATED_LANGUAGES

LIMIT = 10  # rows shown of each kind; the counts say how many matched
MAX_QUERY = 200  # characters of a query kept
# The text search configuration of each paragraph language (created by the migration); others use the simple one.
CONFIGS = {"en": "tracker_en", "fr": "tracker_fr", "es": "tracker_es"}
SIMPLE = "tracker_simple"


def fold(text: str) -> str:
    """Lower case without accents: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def names_match(query: str, names) -> bool:
    """Each word of ``query`` begins a word of one of the names (accents and case aside): "mex" finds Mexico,
    "rep centr" the Central African Republic, "ma" not Guatemala."""
    words = fold(query).split()
    if not words:
        return False
    for name in names:
        if not name:
            continue
        parts = fold(name).replace("-", " ").replace("(", " ").split()
        if all(any(part.startswith(word) for part in parts) for word in words):
            return True
    return False


@dataclass
class Part:
    """What matched of one kind: the first ``LIMIT`` rows and how many there are."""

    rows: list = field(default_factory=list)
    count: int = 0


@dataclass
class Results:
    query: str
    states: Part
    documents: Part
    commitments: Part
    paragraphs: Part

    @property
    def total(self) -> int:
        return self.states.count + self.documents.count + self.commitments.count + self.paragraphs.count


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def _text_match(query: str) -> Q:
    """Paragraphs whose text matches ``query``: full text in their language's configuration on PostgreSQL."""
    if not _postgres():
        return Q(text__icontains=query)
    condition = ~Q(language__in=list(CONFIGS)) & Q(
        _vector_simple=SearchQuery(query, config=SIMPLE, search_type="websearch")
    )
    for code, config in CONFIGS.items():
        condition |= Q(language=code) & Q(
            **{f"_vector_{code}": SearchQuery(query, config=config, search_type="websearch")}
        )
    return condition


def matching_paragraphs(query: str) -> QuerySet:
    """Current paragraphs of published documents whose text matches (the expressions of the indexes)."""
    paragraphs = Paragraph.objects.current().published()
    if _postgres():
        vectors = {f"_vector_{code}": SearchVector("text", config=config) for code, config in CONFIGS.items()}
        paragraphs = paragraphs.alias(_vector_simple=SearchVector("text", config=SIMPLE), **vectors)
    return paragraphs.filter(_text_match(query))


def _part(queryset, limit: int = LIMIT) -> Part:
    rows = list(queryset[: limit + 1])
    count = len(rows) if len(rows) <= limit else queryset.count()
    return Part(rows[:limit], count)


def _states(query: str, language: str) -> Part:
    folded = fold(query)
    field_name = f"name_{language}" if language in TRANSLATED_LANGUAGES else "name_en"
    found = []
    for iso3, *names in Actor.objects.states().values_list("iso3", field_name, "name_en", "name_fr", "name_es"):
        if folded == fold(iso3) or names_match(query, names[1:]):
            found.append((iso3, names[0] or names[1]))
    found.sort(key=lambda row: fold(row[1]))
    return Part(found[:LIMIT], len(found))


def _documents(query: str) -> Part:
    documents = Document.objects.published().only("pk", "title", "title_fr", "title_es", "date", "symbol", "language")
    if _postgres():
        documents = documents.filter(Q(title__unaccent__icontains=query) | Q(symbol__icontains=query))
    else:
        documents = documents.filter(Q(title__icontains=query) | Q(symbol__icontains=query))
    return _part(documents.order_by("-date", "-id"))


def search(query: str, language: str) -> Results:
    query = " ".join(query.split())[:MAX_QUERY]
    if not query:
        return Results("", Part(), Part(), Part(), Part())
    paragraphs = matching_paragraphs(query)
    commitments = (
        Commitment.objects.published()
        .filter(paragraph__in=paragraphs.values("pk"))
        .select_related("overall_status", "paragraph__document")
        .order_by("-updated_at", "-id")
    )
    return Results(
        query=query,
        states=_states(query, language),
        documents=_documents(query),
        commitments=_part(commitments),
        paragraphs=_part(paragraphs.select_related("document").order_by("-document__date", "document_id", "position")),
    )
