"""Ranking Oslo Action Plan actions and themes for a candidate by text similarity.

Actions: trigram word similarity in PostgreSQL (pg_trgm), TF-IDF cosine elsewhere. Themes: TF-IDF cosine against
the keyword profiles of ``themes.csv``.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from pathlib import Path

from django.db import connection

THEME_PROFILES = Path(__file__).resolve().parent / "themes.csv"
STOPWORDS = set(
    [
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "their",
        "they",
        "have",
        "will",
        "shall",
        "which",
        "into",
        "other",
        "such",
        "these",
        "those",
        "also",
        "been",
        "los",
        "las",
        "del",
        "que",
        "por",
        "con",
        "para",
        "una",
        "sus",
        "como",
        "este",
        "esta",
        "más",
        "entre",
        "sobre",
        "ser",
        "han",
        "sin",
        "les",
        "des",
        "pour",
        "dans",
        "une",
        "sur",
        "par",
        "aux",
        "qui",
        "que",
        "leur",
        "leurs",
        "avec",
        "sont",
        "été",
        "cette",
        "ces",
    ]
)
TOKEN = re.compile(r"[^\W\d_]{3,}")
TOP = 3


def tokens(text: str) -> list[str]:
    return [token for token in (t.lower() for t in TOKEN.findall(text)) if token not in STOPWORDS]


class Suggester:
    """TF-IDF vectors for action texts and theme keyword profiles; cosine similarity to a candidate's text."""

    def __init__(self, actions: list, themes: dict[str, str]):
        self.items = [("action", action.ref, action.text) for action in actions if action.text]
        self.items += [("theme", slug, words) for slug, words in themes.items()]
        documents = [Counter(tokens(text)) for _kind, _key, text in self.items]
        frequency = Counter(token for document in documents for token in document)
        total = max(len(documents), 1)
        self.idf = {token: math.log((1 + total) / (1 + count)) + 1 for token, count in frequency.items()}
        self.vectors = [self._vector(document) for document in documents]

    @classmethod
    def load(cls) -> Suggester:
        from commitments.models import Action

        actions = list(Action.objects.exclude(text="").select_related("plan"))
        return cls(actions, load_theme_profiles())

    def _vector(self, counts: Counter) -> dict[str, float]:
        vector = {token: count * self.idf.get(token, 0.0) for token, count in counts.items()}
        norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
        return {token: value / norm for token, value in vector.items()}

    def suggest(self, text: str) -> dict[str, list[dict]]:
        suggestions = self._suggest_tfidf(text)
        if connection.vendor == "postgresql":
            suggestions["actions"] = _actions_by_trigram(text)
        return suggestions

    def _suggest_tfidf(self, text: str) -> dict[str, list[dict]]:
        query = self._vector(Counter(tokens(text)))
        scored: dict[str, list[tuple[float, str]]] = {"action": [], "theme": []}
        for (kind, key, _text), vector in zip(self.items, self.vectors, strict=True):
            score = sum(value * vector.get(token, 0.0) for token, value in query.items())
            if score > 0:
                scored[kind].append((score, key))
        return {
            "actions": [
                {"ref": key, "score": round(score, 3)} for score, key in sorted(scored["action"], reverse=True)[:TOP]
            ],
            "themes": [
                {"slug": key, "score": round(score, 3)} for score, key in sorted(scored["theme"], reverse=True)[:TOP]
            ],
        }


def _actions_by_trigram(text: str) -> list[dict]:
    """On PostgreSQL (pg_trgm): the actions whose words are most like the text's."""
    from django.contrib.postgres.search import TrigramWordSimilarity

    from commitments.models import Action

    ranked = (
        Action.objects.exclude(text="")
        .annotate(score=TrigramWordSimilarity(text[:1000], "text"))
        .filter(score__gt=0.1)
        .select_related("plan")
        .order_by("-score", "plan__code", "number")[:TOP]
    )
    return [{"ref": action.ref, "score": round(action.score, 3)} for action in ranked]


def load_theme_profiles() -> dict[str, str]:
    with THEME_PROFILES.open(encoding="utf-8") as handle:
        return {row["theme"]: row["keywords"] for row in csv.DictReader(handle)}
