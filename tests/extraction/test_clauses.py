"""The clause reader (extraction/reader/clauses.py) reads structure, so it holds for verbs that no phrase rule
names: each case below uses such a verb, in English, French and Spanish, with the owner the sentence gives."""

import csv
from pathlib import Path
from types import SimpleNamespace

import pytest

from extraction.owners import ActorDirectory, paragraph_owners
from extraction.reader.classifier import classify_paragraphs
from extraction.reader.clauses import read_clauses
from extraction.tables import load_tables

pytestmark = pytest.mark.django_db

# (case, language, genre, label, text, expected kind or None, expected owners or None = not checked)
# (case, language, genre, label, text, expected kind or None, expected owners or None = not checked), one per row of
# clause_cases.csv: a verb no phrase rule names, in English, French and Spanish. Owners: ISO3 codes or organisation
# slugs separated by spaces; "-" for none expected; empty when not checked.
CASES_FILE = Path(__file__).with_name("clause_cases.csv")


def load_cases() -> list[tuple]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        return [
            (
                row["case"],
                row["language"],
                row["genre"],
                row["label"],
                row["text"],
                row["kind"] or None,
                None if row["owners"] == "" else ([] if row["owners"] == "-" else row["owners"].split()),
            )
            for row in csv.DictReader(handle)
        ]


CASES = load_cases()


@pytest.mark.parametrize(
    ("case", "language", "genre", "label", "text", "kind", "owners"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_clause(case, language, genre, label, text, kind, owners):
    paragraph = SimpleNamespace(text=text, label=label, heading="", language=language, position=1)
    [(_paragraph, _table, found)] = list(classify_paragraphs([paragraph], load_tables(), language, genre))
    assert found.kind == kind, (found.kind, found.confidence, found.matches, found.clauses)
    if owners is not None:
        named = paragraph_owners(paragraph, found.kind, None, ActorDirectory.load(), found.matches, found.clauses)
        assert [actor.iso3 or actor.slug for actor in named] == owners


def test_a_paragraph_is_read_sentence_by_sentence():
    text = "The Meeting thanked the President. The Meeting decided to convene the next Meeting in Geneva."
    clauses = read_clauses(text, "en")
    assert [(clause.kind, clause.subject) for clause in clauses] == [(None, "body"), ("conclusion", "body")]
    assert text[clauses[1].start : clauses[1].end] == "decided"


def test_a_language_without_a_grammar_is_left_to_the_rules():
    assert read_clauses("Die Tagung beschloss, die Frist zu verlängern.", "de") == []


@pytest.mark.parametrize(
    "title",
    [
        "Council Decision (CFSP) 2026/12 in support of the Convention",
        "Décision du Conseil relative au soutien",
        "Decisión del Consejo relativa al apoyo",
    ],
)
def test_a_legal_act_is_known_by_its_title_so_its_articles_bind(title):
    from documents.ingestion.pipeline import IngestionRequest, parse
    from documents.ingestion.sources import Source

    text = f"{title}\n\n1. The period of application is extended until 31 December 2031.\n"
    result = parse(IngestionRequest(source=Source(name="act.txt", data=text.encode())))
    assert result.kind == "legal_act"
