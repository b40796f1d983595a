"""The grammar files are data a linguist edits: checked by a system check that names the file and the key, and
each file found in the folder is a language the reader knows."""

import shutil

import pytest

from extraction import checks
from extraction.reader import grammar
from extraction.reader.grammar.validation import GrammarError


@pytest.fixture
def grammar_copy(tmp_path):
    """The shipped grammar files, copied to a folder the test may break; the shipped ones are read again after."""
    shipped = grammar.GRAMMAR_DIR
    for path in shipped.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    grammar.GRAMMAR_DIR = checks.GRAMMAR_DIR = tmp_path
    grammar.reload()
    yield tmp_path
    grammar.GRAMMAR_DIR = checks.GRAMMAR_DIR = shipped
    grammar.reload()


def test_the_shipped_grammar_files_pass_the_check():
    assert checks.grammar_files_are_valid() == []


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('obsreve = ["not"]', "fr.toml: unknown key 'obsreve'"),
        ('body = ["la réunion"]', "fr.toml: 'body' must be a string (a regular expression)"),
        ("head_last = 'no'", "fr.toml: 'head_last' must be true or false"),
        ("future = '(unclosed'", "fr.toml: 'future' is not a valid regular expression"),
    ],
)
def test_a_mistyped_grammar_file_is_reported_by_file_and_key(grammar_copy, line, message):
    path = grammar_copy / "fr.toml"
    kept = [
        existing
        for existing in path.read_text(encoding="utf-8").splitlines()
        if not existing.startswith(line.split(" ")[0] + " =")
    ]
    path.write_text("\n".join([line, *kept]) + "\n", encoding="utf-8")
    errors = checks.grammar_files_are_valid()
    assert [error.id for error in errors] == ["extraction.E001"]
    assert errors[0].msg.startswith(message)
    with pytest.raises(GrammarError, match=r"fr\.toml"):
        grammar.load_grammar("fr")


def test_a_missing_key_is_named(grammar_copy):
    path = grammar_copy / "es.toml"
    path.write_text(
        "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("future =")),
        encoding="utf-8",
    )
    assert [error.msg for error in checks.grammar_files_are_valid()] == ["es.toml: missing key 'future'"]


def test_each_file_in_the_folder_is_a_language(grammar_copy):
    shutil.copy(grammar_copy / "es.toml", grammar_copy / "pt.toml")
    assert grammar.languages() == ["en", "es", "fr", "pt"]
    assert grammar.load_grammar("pt").head_last is False


def _without(path, key: str, entry: str) -> None:
    """Take one entry out of a list of a grammar file (as if it had never been written)."""
    text = path.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith(f"{key} = "))
    assert f"'{entry}'" in line
    path.write_text(text.replace(line, line.replace(f", '{entry}'", "")), encoding="utf-8")


def _proposed_owners(text: str) -> list[list[str]]:
    from documents.ingestion.pipeline import IngestionRequest, Overrides, ingest
    from documents.ingestion.sources import Source
    from extraction.propose import document_proposals

    request = IngestionRequest(
        source=Source("note.txt", text.encode()), overrides=Overrides(kind="conclusions", language="fr")
    )
    proposals, _warnings = document_proposals(ingest(request).document)
    return [sorted(owner.code for owner in proposal.owners) for proposal in proposals]


@pytest.mark.django_db
def test_a_french_reporting_verb_added_to_fr_toml_alone_changes_what_propose_reads(grammar_copy):
    """The party after a reporting verb is the one that acts: "supportés par la Norvège" gives Norway once the verb
    is a line of fr.toml, and nothing else changes (no code, no rule)."""
    text = "Conclusions de l'atelier\n\n1. Les frais de l'atelier au Sénégal seront supportés par la Norvège.\n"
    _without(grammar_copy / "fr.toml", "reporting_verbs", r"supportés?\s+par")
    grammar.reload()
    without = _proposed_owners(text)
    path = grammar_copy / "fr.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("reporting_verbs = [", r"reporting_verbs = ['supportés?\s+par', ", 1),
        encoding="utf-8",
    )
    grammar.reload()
    assert _proposed_owners(text) == [["NOR"]] != without
