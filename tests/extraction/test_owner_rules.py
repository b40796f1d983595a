"""Owner rules (issue 22), general, each in English, French and Spanish (``owner_cases.csv``; sentences written for
these tests): who owns what a sentence says, given the document's genre and who speaks in it."""

import csv
from pathlib import Path
from types import SimpleNamespace

import pytest

from actors.models import Actor
from extraction.owners import ActorDirectory, paragraph_owners
from extraction.reader.classifier import classify_paragraphs
from extraction.tables import load_tables

pytestmark = pytest.mark.django_db

CASES_FILE = Path(__file__).with_name("owner_cases.csv")


def load_cases() -> list[tuple]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        return [
            (
                row["case"],
                row["language"],
                row["genre"],
                row["speaker"],
                row["text"],
                row["kind"],
                row["owners"].split(),
            )
            for row in csv.DictReader(handle)
        ]


CASES = load_cases()


@pytest.mark.parametrize(
    ("case", "language", "genre", "speaker", "text", "kind", "owners"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_owner_rule(case, language, genre, speaker, text, kind, owners):
    paragraph = SimpleNamespace(text=text, label="", heading="", language=language, position=1)
    [(_paragraph, _table, found)] = list(classify_paragraphs([paragraph], load_tables(), language, genre))
    if kind:  # the kind that carries the rule ("" where the kind is not the point, or none is expected)
        assert found.kind == kind, (found.kind, found.confidence, found.matches, found.clauses)
    if not owners:
        assert found.kind is None, (found.kind, found.matches, found.clauses)
        return
    assert found.kind is not None, (found.confidence, found.matches, found.clauses)
    directory = ActorDirectory.load()
    who = Actor.objects.by_code(speaker) if speaker else None
    named = paragraph_owners(paragraph, found.kind, who, directory, found.matches, found.clauses)
    assert sorted(actor.code.lower() for actor in named) == sorted(code.lower() for code in owners)
